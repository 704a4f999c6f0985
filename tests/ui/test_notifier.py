"""Desktop notifications of what needs attention, and no alarm for what the user did."""

from __future__ import annotations

from pathlib import Path

import pytest

from qmpgui.log.entry import LogEntry, LogKind
from qmpgui.ui.notifier import Notifier
from tests.helpers.console import open_console
from tests.helpers.guest_images import PANICS_AT_BOOT, boot_floppy, floppy_args
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, log_entries


@pytest.mark.qemu
def test_notifications_for_a_panic_and_a_lost_connection(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    image = boot_floppy(short_tmp / "panic.img", PANICS_AT_BOOT)
    # Paused at start (-S) until the app listens; a panic pauses the VM instead of ending QEMU.
    extra = [*floppy_args(image), "-device", "pvpanic", "-action", "panic=pause", "-S"]
    vm = QemuVm(short_tmp).start(extra=extra)
    try:
        window, _console = open_console(windows, vm)
        vm.watch.execute("cont")
        notifier = window.notifier
        assert notifier.tray is None  # offscreen: no system tray, so the status bar says it
        arun.wait(lambda: any(t.endswith("GUEST_PANICKED") for t, _ in notifier.shown), timeout=30)
        assert window.statusBar().currentMessage().startswith("Attention: testvm: GUEST_PANICKED")
        vm.kill()
        arun.wait(lambda: ("testvm: connection lost") in [t for t, _ in notifier.shown])
        assert window.statusBar().currentMessage().startswith("Attention: testvm: connection lost")
    finally:
        vm.stop()


@pytest.mark.qemu
def test_a_user_disconnect_is_no_alarm(qemu: QemuVm, windows: Windows) -> None:
    window, _console = open_console(windows, qemu)
    window.model.session(0).disconnect_vm()
    entry = log_entries(window, LogKind.CONNECTION)[-1]
    assert isinstance(entry, LogEntry) and entry.name == "disconnected"
    assert window.notifier.shown == []


def test_a_notice_says_connection_lost_once() -> None:
    shown: list[str] = []
    notifier = Notifier(shown.append)
    lost = LogEntry(
        1.0,
        "web1",
        LogKind.CONNECTION,
        "lost",
        "connection lost: the connection was reset",
        level="error",
    )
    notifier.consider(lost, now=100.0)
    notifier.consider(lost, now=101.0)  # within the quiet time: counted, not said
    notifier.consider(lost, now=120.0)
    assert shown == [
        "web1: connection lost — the connection was reset",
        "web1: connection lost — the connection was reset (and 1 more since the last notice)",
    ]
