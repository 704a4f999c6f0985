"""The Add/Edit VM dialog: name, endpoint (typed, browsed, or chosen among the QMP
sockets found on this host), the certificate files of a `tls:` endpoint, connect at
start-up.

What is typed is refused at once when it cannot be an endpoint; what the file system
says of it (nothing there yet, a folder, the same socket as a VM in the list through a
symbolic link) comes from a worker thread a moment later, and OK waits for it.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Collection

from PySide6.QtCore import QDir
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qmpgui.host.sockets import EndpointCheck, PathKind, check_endpoint
from qmpgui.i18n import marked, translate
from qmpgui.models.palette import Tone
from qmpgui.qmp import EndpointError, endpoint_key, parse_endpoint
from qmpgui.qmp.endpoint import SOCKET_SUFFIXES
from qmpgui.qmp.endpoint_keys import current_folder
from qmpgui.session.tasks import TaskSet
from qmpgui.ui.dialog_foot import ok_cancel, problem_line
from qmpgui.ui.found_sockets import FoundSockets
from qmpgui.ui.styles import set_tone
from qmpgui.ui.tls_files import TlsFilesBox
from qmpgui.ui.vm_spec import VmSpec

#: What the dialog says of the endpoint to give, and of a `tls:` endpoint.
_HINT = marked(
    "vm_dialog",
    "Start QEMU with <tt>-qmp unix:/run/vm1.qmp,server=on,wait=off</tt> and enter <tt>/run/vm1.qmp</tt> here.",
)
_TLS_HINT = marked(
    "vm_dialog",
    "QEMU serves QMP over TLS with <tt>-object tls-creds-x509,id=tls0,dir=DIR,endpoint=server,verify-peer=on</tt> and a monitor chardev with <tt>tls-creds=tls0</tt>; the client certificate must be signed by the CA in DIR.",
)

#: What at a typed path makes Found sockets search its folder.
_LOOK_AROUND = (PathKind.FOLDER, PathKind.MISSING, PathKind.FILE)


class VmDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        initial: VmSpec | None = None,
        taken_endpoints: Collection[str] = (),
        cwd: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("vmDialog")
        self.setWindowTitle(
            translate("VmDialog", "Edit VM") if initial else translate("VmDialog", "Add VM")
        )
        self._taken_texts = list(taken_endpoints)
        self._taken = {endpoint_key(e) for e in taken_endpoints}
        #: Relative paths are read against this folder, and kept absolute.
        self.cwd = cwd or current_folder()
        self.tasks = TaskSet()
        #: The endpoint text the last finished check was for, and what it found.
        self._check: tuple[str, EndpointCheck] | None = None
        self._accept_when_checked = False

        self._build_fields(taken_endpoints)
        self._lay_out()

        if initial is not None:
            self.name_edit.setText(initial.name)
            self.endpoint_edit.setText(initial.endpoint)
            self.autoconnect_box.setChecked(initial.autoconnect)
            self.tls_box.set_files(initial.tls)
        self.endpoint_edit.textChanged.connect(self._changed)
        self.tls_box.changed.connect(self._show)
        self.endpoint_edit.setFocus()
        self.resize(640, 520)
        self._changed()

    def _build_fields(self, taken_endpoints: Collection[str]) -> None:
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("vmNameEdit")
        self.name_edit.setPlaceholderText(
            translate("VmDialog", "optional: defaults to the VM's -name, else the endpoint")
        )
        self.endpoint_edit = QLineEdit()
        self.endpoint_edit.setObjectName("vmEndpointEdit")
        self.endpoint_edit.setPlaceholderText(
            "/run/vm1.qmp   unix:/path   tcp:host:port   [::1]:4444   tls:host:port"
        )
        self.browse_button = QPushButton(translate("VmDialog", "&Browse…"))
        self.browse_button.setObjectName("vmBrowse")
        self.browse_button.setToolTip(translate("VmDialog", "Choose the QMP socket file"))
        self.browse_button.clicked.connect(self.browse)
        self.browser: QFileDialog | None = None
        self.autoconnect_box = QCheckBox(translate("VmDialog", "Connect at start-up"))
        self.autoconnect_box.setObjectName("vmAutoconnect")
        self.autoconnect_box.setChecked(True)
        self.problem_label = problem_line("vmDialogProblem", tone=None)
        self.tls_box = TlsFilesBox(self.cwd)
        self.found = FoundSockets(taken_endpoints, self)
        self.found.chosen.connect(self.endpoint_edit.setText)

    def _lay_out(self) -> None:
        self.hint = hint = QLabel(translate("vm_dialog", _HINT))
        hint.setWordWrap(True)
        endpoint_row = QHBoxLayout()
        endpoint_row.addWidget(self.endpoint_edit, 1)
        endpoint_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(translate("VmDialog", "&Name:"), self.name_edit)
        endpoint_label = QLabel(translate("VmDialog", "&Endpoint:"))
        endpoint_label.setBuddy(self.endpoint_edit)
        form.addRow(endpoint_label, endpoint_row)
        form.addRow(self.tls_box)
        form.addRow("", self.autoconnect_box)
        self.buttons, _ = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.found, 1)
        layout.addWidget(self.buttons)

    # -- checking what was typed ------------------------------------------------------------

    def _current_check(self) -> EndpointCheck | None:
        """The finished check of the text in the field, None while it runs."""
        if self._check is not None and self._check[0] == self.endpoint_edit.text():
            return self._check[1]
        return None

    def _quick_problem(self, text: str) -> str | None:
        """What is wrong with `text` without looking at the file system."""
        try:
            parse_endpoint(text)
        except EndpointError as err:
            return str(err)
        if endpoint_key(text) in self._taken:
            return translate("VmDialog", "This endpoint is already in the list.")
        return None

    def problem(self) -> str | None:
        """Why the entered endpoint cannot be accepted, or None."""
        text = self.endpoint_edit.text()
        if not text.strip():
            return translate("VmDialog", "Enter the QMP socket path or HOST:PORT.")
        if self.tls_box.isVisibleTo(self) and (tls := self.tls_box.problem()) is not None:
            return tls
        check = self._current_check()
        return check.refusal if check is not None else self._quick_problem(text)

    def warning(self) -> str | None:
        """What may be wrong with the entered endpoint but need not be (no socket there
        yet), with where a relative path is kept; None when nothing is, or not known yet."""
        check = self._current_check()
        if check is None or check.refusal is not None:
            return None
        kept = self.endpoint_edit.text().strip()
        where = (
            translate("VmDialog", "kept as {endpoint}").format(endpoint=check.endpoint)
            if check.endpoint not in (None, kept)
            else None
        )
        parts = [p for p in (check.warning, where) if p]
        return "; ".join(parts) or None

    def _changed(self) -> None:
        self._accept_when_checked = False  # OK was for what the field held before
        try:
            tls = parse_endpoint(self.endpoint_edit.text()).scheme == "tls"
        except EndpointError:
            tls = False
        self.tls_box.setVisible(tls)
        self.hint.setText(
            translate("vm_dialog", _TLS_HINT) if tls else translate("vm_dialog", _HINT)
        )
        self._show()
        text = self.endpoint_edit.text()
        if text.strip():
            self.tasks.spawn(self._run_check(text), "check")

    async def _run_check(self, text: str) -> None:
        loop = asyncio.get_running_loop()
        check = await loop.run_in_executor(None, check_endpoint, text, self.cwd, self._taken_texts)
        if text != self.endpoint_edit.text():
            return  # typed on meanwhile: a newer check is coming
        self._check = (text, check)
        self._show()
        if check.kind in _LOOK_AROUND and check.folder != self.found.folder:
            # A folder typed, or a path with no socket (yet): the sockets that are there,
            # one of which may be the one meant under another name.
            self.found.search(check.folder)
        if self._accept_when_checked:
            self._accept_when_checked = False
            self.accept()

    def _show(self) -> None:
        problem = self.problem()
        warning = self.warning()
        # An empty field is not an error yet: say nothing until the user types.
        if problem is not None and self.endpoint_edit.text().strip():
            self.problem_label.setText(problem)
            set_tone(self.problem_label, Tone.ERROR)
        else:
            self.problem_label.setText(warning or "")
            set_tone(self.problem_label, Tone.WARNING)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(problem is None)
        ok.setToolTip(problem or warning or "")

    # -- Browse… ------------------------------------------------------------------------------

    def browse(self) -> None:
        """Open a file dialog that shows sockets; the file chosen fills the endpoint."""
        check = self._current_check()
        start = (check.folder if check is not None else None) or os.environ.get(
            "XDG_RUNTIME_DIR", ""
        )
        # The filters: sockets by their usual names, or every file.
        filters = translate("VmDialog", "QMP sockets ({patterns});;All files (*)").format(
            patterns=" ".join("*" + s for s in SOCKET_SUFFIXES)
        )
        browser = QFileDialog(self, translate("VmDialog", "Choose the QMP socket"), start, filters)
        browser.setObjectName("vmBrowseDialog")
        # Qt's own dialog: a desktop's native one may hide sockets whatever the filter.
        browser.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        # To Qt a socket is a "system" file: without this it never lists one.
        browser.setFilter(browser.filter() | QDir.Filter.System)
        browser.setFileMode(QFileDialog.FileMode.ExistingFile)
        browser.fileSelected.connect(self._browsed)
        browser.finished.connect(browser.deleteLater)
        self.browser = browser
        browser.open()

    def _browsed(self, path: str) -> None:
        self.endpoint_edit.setText(path)
        self.found.search(os.path.dirname(path))

    # -- the dialog's life ------------------------------------------------------------------

    def _typed_folder(self) -> str | None:
        """The folder of the socket path in the field (an edited VM's), None for TCP and
        for a socket on another host (ssh://)."""
        try:
            endpoint = parse_endpoint(self.endpoint_edit.text())
        except EndpointError:
            return None
        path = endpoint.path if endpoint.is_unix else None
        return os.path.dirname(os.path.join(self.cwd, path)) if path else None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.found.places:  # the first time: look for sockets
            self.found.search(self._typed_folder())

    def accept(self) -> None:
        if not self.endpoint_edit.text().strip():
            return
        check = self._current_check()
        if check is None:  # still looking at the file system: accept once that is done
            self._accept_when_checked = True
            return
        if check.refusal is None:
            super().accept()

    def done(self, result: int) -> None:
        self.tasks.cancel()
        self.found.cancel()
        super().done(result)

    def spec(self) -> VmSpec:
        check = self._current_check()
        endpoint = check.endpoint if check is not None else None
        return VmSpec(
            self.name_edit.text().strip(),
            endpoint or self.endpoint_edit.text().strip(),
            self.autoconnect_box.isChecked(),
            self.tls_box.files(),
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None = None,
        initial: VmSpec | None = None,
        taken_endpoints: Collection[str] = (),
    ) -> VmSpec | None:
        """Show the dialog modally; the entered VM, or None when cancelled."""
        dialog = cls(parent, initial, taken_endpoints)
        try:
            return dialog.spec() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
