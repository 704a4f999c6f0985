"""The Change media dialog as a user fills it in."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog

from qmpgui.ui.media_dialog import MediaDialog
from tests.helpers.dialogs import when_modal


def fill_media_dialog(path: str, fmt: str = "raw", mode: str = "read-only") -> list[str]:
    """Type into the Change media dialog when it opens; returns what its note said."""
    notes: list[str] = []

    def act_on(dialog: MediaDialog) -> None:
        dialog.path_box.setEditText("/no/such/image.iso")
        # The path is looked at in a worker thread: its verdict comes a moment later.
        when_looked(dialog, lambda: said(dialog))

    def said(dialog: MediaDialog) -> None:
        notes.append(dialog.note.text())
        notes.append(str(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()))
        dialog.path_box.setEditText(path)
        dialog.format_box.setCurrentIndex(dialog.format_box.findData(fmt))
        dialog.mode_box.setCurrentIndex(dialog.mode_box.findData(mode))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(MediaDialog, act_on)
    return notes


def when_looked(dialog: MediaDialog, then: Callable[[], None], within_s: float = 10) -> None:
    """Call `then()` once `dialog` has looked at the path typed (or after `within_s`)."""
    deadline = time.monotonic() + within_s

    def poll() -> None:
        if dialog.checking and time.monotonic() < deadline:
            QTimer.singleShot(10, poll)
        else:
            then()

    poll()


def pick_drive(label_part: str) -> list[str]:
    """Choose the drive whose label has `label_part` when Eject asks; the labels offered."""
    offered: list[str] = []

    def act_on(dialog: QInputDialog) -> None:
        offered.extend(dialog.comboBoxItems())
        dialog.setTextValue(next(i for i in offered if label_part in i))
        dialog.accept()

    when_modal(QInputDialog, act_on)
    return offered
