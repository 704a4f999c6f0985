"""The foot most dialogs share: a line that says why the dialog cannot be accepted, and
the Ok/Cancel buttons wired to accept and reject."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton

from qmpgui.models.palette import Tone
from qmpgui.ui.styles import set_tone


def problem_line(name: str, tone: Tone | None = Tone.ERROR) -> QLabel:
    """An empty, word-wrapped line named `name`, in `tone` (callers that change the
    tone with what they say give None)."""
    line = QLabel()
    line.setObjectName(name)
    line.setWordWrap(True)
    if tone is not None:
        set_tone(line, tone)
    return line


def ok_cancel(dialog: QDialog, ok_text: str = "") -> tuple[QDialogButtonBox, QPushButton]:
    """Ok and Cancel, accepting and rejecting `dialog`; Ok says `ok_text` when given.
    The box and its Ok button."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    if ok_text:
        ok.setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok
