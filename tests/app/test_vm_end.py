"""How a VM's QEMU ends, as the window tells it: in order, when QEMU said SHUTDOWN
before its monitor closed (no error, no alarm, its endpoint watched quietly for a new
QEMU), or lost, when it went without a word."""

from __future__ import annotations

from pathlib import Path

import pytest

from qmpgui.log.entry import Level, LogKind
from qmpgui.session import ConnState
from tests.helpers.guest_images import POWERS_OFF_AT_BOOT, boot_floppy, floppy_args
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, log_entries, state_text


@pytest.mark.qemu
def test_a_guest_that_powers_itself_off_ends_in_order_and_a_kill_is_still_a_loss(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    image = boot_floppy(short_tmp / "off.img", POWERS_OFF_AT_BOOT)
    vm = QemuVm(short_tmp)
    try:
        vm.start(extra=[*floppy_args(image), "-S"])  # held before boot until the app is on
        window = windows.on(vm)
        session = window.model.session(0)
        vm.watch.execute("cont")  # from the test's own monitor: the app asked for nothing
        assert vm.process is not None
        arun.wait(lambda: vm.process is not None and vm.process.poll() is not None, timeout=60)
        assert vm.process.returncode == 0  # QEMU ended by itself, in order

        arun.wait(lambda: session.state is ConnState.EXITED)
        assert state_text(window) == "exited (guest shut down); waiting for QEMU to come back"
        said = [e for e in log_entries(window, LogKind.CONNECTION) if e.name == "exited"]
        assert [(e.level, e.summary) for e in said] == [
            (
                Level.INFO,
                "QEMU exited: guest shut down (guest-shutdown); waiting for QEMU to come back",
            )
        ]
        assert "SHUTDOWN" in [e.name for e in log_entries(window, LogKind.EVENT)]
        assert window.notifier.shown == []
        assert [e for e in window.event_log.entries() if e.level is not Level.INFO] == []
        assert window.statusBar().currentMessage().startswith("testvm: QEMU exited")

        # QEMU again on the same socket: picked up, and the wait for it was no failure.
        vm.kill()  # lets go of the test's monitor of the QEMU that ended
        vm.start()
        arun.wait(lambda: session.connected, timeout=60)
        assert session.run_status == "running"
        assert [e for e in window.event_log.entries() if e.level is not Level.INFO] == []
        assert window.notifier.shown == []

        # A QEMU that goes without a word is still lost: an error and a notification.
        vm.kill()
        arun.wait(lambda: session.state is ConnState.RECONNECTING)
        lost = [e for e in log_entries(window, LogKind.CONNECTION) if e.name == "lost"]
        assert [e.level for e in lost] == [Level.ERROR]
        arun.wait(
            lambda: [title for title, _ in window.notifier.shown] == ["testvm: connection lost"]
        )
        assert state_text(window).startswith("reconnecting (attempt 1")
    finally:
        vm.stop()
