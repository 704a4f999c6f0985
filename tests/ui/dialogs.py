"""Answering the app's modal dialogs from a test, the way a user clicks them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from qmpgui.ui.confirm import ConfirmDialog


class Seen:
    """What the answered dialogs showed."""

    def __init__(self) -> None:
        self.texts: list[str] = []


def when_modal(kind: type[QWidget], act: Callable[[Any], None], seen: Seen | None = None) -> Seen:
    """Call `act(dialog)` as soon as a modal dialog of `kind` is open."""
    seen = seen or Seen()

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, poll)
            return
        text = getattr(dialog, "text", lambda: "")()
        informative = getattr(dialog, "informativeText", lambda: "")()
        seen.texts.append(f"{dialog.windowTitle()}\n{text}\n{informative}")
        act(dialog)

    QTimer.singleShot(0, poll)
    return seen


def answer_confirm(*, accept: bool, dont_ask: bool = False) -> Seen:
    def act(dialog: ConfirmDialog) -> None:
        if dont_ask:
            dialog.dont_ask.setChecked(True)
        if accept:
            dialog.accept_button.click()
        else:
            dialog.reject()

    return when_modal(ConfirmDialog, act)
