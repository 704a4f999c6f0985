"""Answering the app's modal dialogs from a test, the way a user clicks them."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from qmpgui.ui.confirm import ConfirmDialog


class Seen:
    """What the answered dialogs showed."""

    def __init__(self) -> None:
        self.texts: list[str] = []


def when_modal(
    kind: type[QWidget], act: Callable[[Any], None], seen: Seen | None = None, within_s: float = 10
) -> Seen:
    """Call `act(dialog)` if a modal dialog of `kind` opens within `within_s` seconds.

    Polling ends then, so a dialog that never came cannot be answered by a later test.
    """
    seen = seen or Seen()
    deadline = time.monotonic() + within_s

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            if time.monotonic() < deadline:
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
