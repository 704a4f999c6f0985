"""The Add connection dialog: a libvirt connection URI, checked as it is typed, and
whether to connect at start-up."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from qmpgui.i18n import translate
from qmpgui.models.palette import Tone
from qmpgui.qmp import EndpointError
from qmpgui.qmp.libvirt_uri import EXAMPLES, parse_connection_uri
from qmpgui.ui.dialog_foot import ok_cancel, problem_line
from qmpgui.ui.styles import set_tone
from qmpgui.virt.available import INSTALL_SENTENCE, libvirt_installed


@dataclass(frozen=True)
class ConnectionSpec:
    """A connection as the user entered it: its URI (as parse_connection_uri() keeps
    it) and whether to connect at start-up."""

    uri: str
    autoconnect: bool


class ConnectionDialog(QDialog):
    """Asks for a libvirt URI. OK stays off, and a line below the field says why, while
    the URI is not a libvirt connection URI, is in the list already, or libvirt-python
    is missing (a connection that cannot work is not saved: the line says how to
    install it, and Add connection works once it is installed)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        taken_uris: Collection[str] = (),
        installed: Callable[[], bool] = libvirt_installed,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("connectionDialog")
        self.setWindowTitle(translate("ConnectionDialog", "Add connection"))
        self._taken = set(taken_uris)
        self._installed = installed()
        self.uri_edit = QLineEdit()
        self.uri_edit.setObjectName("connectionUri")
        self.uri_edit.setPlaceholderText("qemu:///system")
        self.uri_edit.setToolTip(
            translate(
                "ConnectionDialog",
                "A libvirt connection URI: {EXAMPLES} (with ?keyfile=KEY&no_verify=1 and the other URI parameters libvirt takes). Every domain of it shows under it.",
            ).format(EXAMPLES=translate("libvirt_uri", EXAMPLES))
        )
        self.autoconnect_box = QCheckBox(translate("ConnectionDialog", "Connect at start-up"))
        self.autoconnect_box.setChecked(True)
        self.problem = problem_line("connectionProblem", tone=None)
        self.buttons, _ = ok_cancel(self)
        form = QFormLayout()
        form.addRow(translate("ConnectionDialog", "libvirt &URI:"), self.uri_edit)
        form.addRow("", self.autoconnect_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.uri_edit.textChanged.connect(self._check)
        self.resize(560, self.sizeHint().height())
        self._check()

    def problem_text(self) -> str | None:
        """Why OK is off, in a sentence; None when the URI can be added."""
        if not self._installed:
            return translate("available", INSTALL_SENTENCE)
        text = self.uri_edit.text()
        if not text.strip():
            return translate("ConnectionDialog", "Give a libvirt URI such as {EXAMPLES}.").format(
                EXAMPLES=translate("libvirt_uri", EXAMPLES)
            )
        try:
            uri = parse_connection_uri(text)
        except EndpointError as err:
            return str(err)
        if uri in self._taken:
            return translate("ConnectionDialog", "{uri} is in the list already").format(uri=uri)
        return None

    def _check(self) -> None:
        problem = self.problem_text()
        self.problem.setText(problem or "")
        set_tone(self.problem, Tone.ERROR if problem and self.uri_edit.text().strip() else None)
        if not self._installed:
            set_tone(self.problem, Tone.ERROR)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(problem is None)

    def spec(self) -> ConnectionSpec:
        """The entered connection (call once OK is on)."""
        return ConnectionSpec(
            parse_connection_uri(self.uri_edit.text()), self.autoconnect_box.isChecked()
        )

    def accept(self) -> None:
        """Qt's accept(), only while the URI can be added."""
        if self.problem_text() is None:
            super().accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None = None, taken_uris: Collection[str] = ()
    ) -> ConnectionSpec | None:
        """Show the dialog modally; the entered connection, or None when cancelled."""
        dialog = cls(parent, taken_uris)
        try:
            return dialog.spec() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
