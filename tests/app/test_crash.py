"""An exception that escapes the loop's work shows the crash dialog, and every VM's work
goes on, in order, while it shows."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from qmpgui.ui.crash import loop_exception_handler
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows


def crash_dialog() -> QMessageBox | None:
    found = [w for w in QApplication.topLevelWidgets() if w.objectName() == "crashDialog"]
    return next((w for w in found if isinstance(w, QMessageBox) and w.isVisible()), None)


@pytest.mark.qemu
def test_an_exception_in_a_loop_callback_strands_no_vm(
    short_tmp: Path,
    qloop: asyncio.AbstractEventLoop,
    windows: Windows,
    arun: AsyncRunner,
    capsys: pytest.CaptureFixture[str],
) -> None:
    (short_tmp / "a").mkdir()
    (short_tmp / "b").mkdir()
    first = QemuVm(short_tmp / "a", name="one").start()
    second = QemuVm(short_tmp / "b", name="two").start()
    qloop.set_exception_handler(loop_exception_handler)
    try:
        window = windows.on(first, second, poll_interval_s=0.1)
        sessions = window.model.sessions
        order: list[str] = []

        def fails() -> None:
            order.append("fails")
            raise RuntimeError("a bug in a callback")

        # The failing callback runs in one pass of the loop with the callbacks around it.
        qloop.call_soon(order.append, "before")
        qloop.call_soon(fails)
        qloop.call_soon(order.append, "after")
        arun.wait(lambda: crash_dialog() is not None)
        assert order == ["before", "fails", "after"]  # none run twice, none out of turn
        dialog = crash_dialog()
        assert dialog is not None and not dialog.isModal()
        assert "a bug in a callback" in dialog.text()
        assert "RuntimeError: a bug in a callback" in capsys.readouterr().err

        polls = [s.poll_count for s in sessions]
        arun.wait(lambda: all(s.poll_count >= p + 3 for s, p in zip(sessions, polls, strict=True)))
        assert crash_dialog() is dialog  # still open, and one only
        dialog.close()
        arun.wait(lambda: crash_dialog() is None)
    finally:
        qloop.set_exception_handler(None)
        first.stop()
        second.stop()
