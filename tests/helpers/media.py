"""The Change media dialog as a user fills it in."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QInputDialog

from qmpgui.ui.media_dialog import MediaDialog
from tests.helpers.dialogs import when_modal


def fill_media_dialog(path: str, fmt: str = "raw", mode: str = "read-only") -> list[str]:
    """Type into the Change media dialog when it opens; returns what its note said."""
    notes: list[str] = []

    def act_on(dialog: MediaDialog) -> None:
        dialog.path_box.setEditText("/no/such/image.iso")
        notes.append(dialog.note.text())
        notes.append(str(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()))
        dialog.path_box.setEditText(path)
        dialog.format_box.setCurrentIndex(dialog.format_box.findData(fmt))
        dialog.mode_box.setCurrentIndex(dialog.mode_box.findData(mode))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(MediaDialog, act_on)
    return notes


def pick_drive(label_part: str) -> list[str]:
    """Choose the drive whose label has `label_part` when Eject asks; the labels offered."""
    offered: list[str] = []

    def act_on(dialog: QInputDialog) -> None:
        offered.extend(dialog.comboBoxItems())
        dialog.setTextValue(next(i for i in offered if label_part in i))
        dialog.accept()

    when_modal(QInputDialog, act_on)
    return offered
