"""Type text…: a text (the clipboard's, or one typed here) for the screen view to type
into the guest. The field hides what it holds unless Show is ticked, since it is often
a password."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qmpgui.qmp.screen_input import keystrokes, missing_text


class TypeTextDialog(QDialog):
    """Asks for the text; OK stays off while it is empty or has a character a US keyboard
    cannot type (the line below says which)."""

    def __init__(self, vm: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("typeTextDialog")
        self.setWindowTitle(f"Type text into {vm}")
        self.text_edit = QLineEdit()
        self.text_edit.setObjectName("typeTextEdit")
        self.text_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.text_edit.setAccessibleName("Text to type")
        self.show_box = QCheckBox("&Show")
        self.show_box.setObjectName("typeTextShow")
        self.show_box.toggled.connect(
            lambda on: self.text_edit.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
            )
        )
        paste = QPushButton("&Paste the clipboard")
        paste.setObjectName("typeTextPaste")
        paste.clicked.connect(lambda: self.text_edit.setText(QGuiApplication.clipboard().text()))
        self.problem = QLabel()
        self.problem.setObjectName("typeTextProblem")
        self.problem.setWordWrap(True)
        hint = QLabel(
            "Sent key by key as a US keyboard types it; the guest's own layout decides the "
            "characters it reads. The event log says how many characters, never which."
        )
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text_edit)
        layout.addWidget(self.show_box)
        layout.addWidget(paste)
        layout.addWidget(self.problem)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.text_edit.textChanged.connect(self._check)
        self._check(self.text_edit.text())

    def _check(self, text: str) -> None:
        _, missing = keystrokes(text)
        self.problem.setText(missing_text(missing) if missing else "")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(text) and not missing)

    @classmethod
    def ask(cls, parent: QWidget | None, vm: str) -> str | None:
        """Show the dialog modally; the text, or None when cancelled."""
        dialog = cls(vm, parent)
        try:
            return dialog.text_edit.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
