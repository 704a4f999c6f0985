"""Answering the app's modal dialogs from a test, the way a user clicks them."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox, QWidget

from qmpgui.ui.confirm import ConfirmDialog
from qmpgui.ui.vm_dialog import VmDialog
from tests.helpers import running


class Seen:
    """What the answered dialogs showed."""

    def __init__(self) -> None:
        self.texts: list[str] = []


def when_modal(
    kind: type[QWidget], act: Callable[[Any], None], seen: Seen | None = None, within_s: float = 30
) -> Seen:
    """Call `act(dialog)` if a modal dialog of `kind` opens within `within_s` seconds.

    Polling ends then, or when the test that asked ends, so a dialog that never came
    cannot be answered by a later test.
    """
    seen = seen or Seen()
    deadline = time.monotonic() + within_s
    asked_by = running.current()

    def poll() -> None:
        if running.current() is not asked_by:
            return
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            if time.monotonic() < deadline:
                QTimer.singleShot(20, poll)
            return
        text = getattr(dialog, "text", lambda: "")()
        informative = getattr(dialog, "informativeText", lambda: "")()
        buttons = dialog.buttons() if isinstance(dialog, QMessageBox) else []
        named = " | ".join(b.text() for b in buttons)
        seen.texts.append(f"{dialog.windowTitle()}\n{text}\n{informative}\nbuttons: {named}")
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


def ok_button(dialog: VmDialog) -> Any:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def answer_dialog(endpoint: str | None, name: str = "") -> Seen:
    """When the Add/Edit VM dialog opens: fill it and press OK, or cancel it (endpoint None)."""

    def answer(dialog: VmDialog) -> None:
        if endpoint is None:
            dialog.reject()
            return
        dialog.name_edit.setText(name)
        dialog.endpoint_edit.setText(endpoint)
        ok_button(dialog).click()

    return when_modal(VmDialog, answer)


def dismiss_dialogs() -> None:
    """Cancel the modal dialogs left open: a test that failed or ran out of time leaves
    them, and one waiting in its exec() holds everything after it."""
    for _ in range(10):
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            return
        if isinstance(dialog, QDialog):
            dialog.reject()
        else:
            dialog.close()
