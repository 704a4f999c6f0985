"""The Add/Edit VM dialog's TLS part: the CA certificate, client certificate and key
files of a `tls:` endpoint (paths, never the files' contents)."""

from __future__ import annotations

import os

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from qmpgui.i18n import marked, translate
from qmpgui.qmp import TlsFiles

_PEM = marked("tls_files", "PEM files (*.pem *.crt *.cert *.key);;All files (*)")


class TlsFilesBox(QGroupBox):
    """Three file fields, each with Browse…; empty fields mean the defaults (the
    system's trusted CAs, no client certificate). `cwd` is the folder a relative path
    is read against: files() gives absolute paths. `changed` is emitted when a field
    is edited."""

    changed = Signal()

    def __init__(self, cwd: str, parent: QWidget | None = None) -> None:
        super().__init__("TLS", parent)
        self.setObjectName("vmTlsFiles")
        self.cwd = cwd
        self.browser: QFileDialog | None = None
        self.ca_edit = self._field("vmTlsCa", translate("TlsFilesBox", "the system's trusted CAs"))
        self.cert_edit = self._field(
            "vmTlsCert", translate("TlsFilesBox", "none (for QEMU's verify-peer=off)")
        )
        self.key_edit = self._field("vmTlsKey", "none")
        form = QFormLayout(self)
        for label, edit, what in (
            (
                translate("TlsFilesBox", "&CA certificate:"),
                self.ca_edit,
                translate("TlsFilesBox", "CA certificate"),
            ),
            (
                translate("TlsFilesBox", "Client ce&rtificate:"),
                self.cert_edit,
                translate("TlsFilesBox", "client certificate"),
            ),
            (
                translate("TlsFilesBox", "Client &key:"),
                self.key_edit,
                translate("TlsFilesBox", "client key"),
            ),
        ):
            buddy = QLabel(label)
            buddy.setBuddy(edit)
            form.addRow(buddy, self._row(edit, what))
            edit.textChanged.connect(self.changed)

    @staticmethod
    def _field(name: str, default: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(
            translate("TlsFilesBox", "default: {default}").format(default=default)
        )
        return edit

    def _row(self, edit: QLineEdit, what: str) -> QHBoxLayout:
        button = QPushButton(translate("TlsFilesBox", "Browse…"))
        button.setObjectName(f"{edit.objectName()}Browse")
        button.setToolTip(
            translate("TlsFilesBox", "Choose the {what} file (PEM)").format(what=what)
        )
        button.clicked.connect(lambda: self._browse(edit, what))
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(button)
        return row

    def _browse(self, edit: QLineEdit, what: str) -> None:
        start = os.path.dirname(edit.text()) or self.cwd
        browser = QFileDialog(
            self,
            translate("TlsFilesBox", "Choose the {what}").format(what=what),
            start,
            translate("tls_files", _PEM),
        )
        browser.setObjectName("vmTlsBrowseDialog")
        browser.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        browser.setFileMode(QFileDialog.FileMode.ExistingFile)
        browser.fileSelected.connect(edit.setText)
        browser.finished.connect(browser.deleteLater)
        self.browser = browser
        browser.open()

    def set_files(self, files: TlsFiles) -> None:
        """Show `files` in the fields."""
        self.ca_edit.setText(files.ca)
        self.cert_edit.setText(files.cert)
        self.key_edit.setText(files.key)

    def problem(self) -> str | None:
        """Why the files cannot be used together (a certificate without its key, or
        the reverse), or None."""
        cert, key = self.cert_edit.text().strip(), self.key_edit.text().strip()
        if cert and not key:
            return translate("TlsFilesBox", "Give the client certificate's key too (or neither).")
        if key and not cert:
            return translate("TlsFilesBox", "Give the client key's certificate too (or neither).")
        return None

    def files(self) -> TlsFiles:
        """The fields' paths, stripped and made absolute against `cwd` ("" stays "")."""
        return TlsFiles(
            *(
                os.path.normpath(os.path.join(self.cwd, os.path.expanduser(text)))
                if (text := edit.text().strip())
                else ""
                for edit in (self.ca_edit, self.cert_edit, self.key_edit)
            )
        )
