"""Lifecycle actions against real QEMUs, each checked through the test's own monitor."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from qmpgui.app.main_window import MainWindow
from qmpgui.qmp import Event
from qmpgui.session import ConnState, VmSession
from qmpgui.session.control import perform
from qmpgui.session.powerdown import WatchState
from qmpgui.ui.confirm import ConfirmDialog
from qmpgui.ui.powerdown_bar import PowerdownRow
from tests.helpers.dialogs import answer_confirm, when_modal
from tests.helpers.fake_qmp import FakeQmpServer, RecordingServer, negotiate, read_command, reply
from tests.helpers.guest_images import (
    OBEYS_POWER_BUTTON,
    SUSPENDS_AT_BOOT,
    boot_floppy,
    floppy_args,
    running_boot_sector,
)
from tests.helpers.qemu_vm import QemuVm, events_seen, host_resets, watched_status
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, act, config_file, log_of, messages

LIFECYCLE = (
    "actionStop",
    "actionCont",
    "actionSystemReset",
    "actionSystemPowerdown",
    "actionQuitVm",
    "actionSystemWakeup",
)


def wait_status(arun: AsyncRunner, window: MainWindow, session: VmSession, status: str) -> None:
    arun.wait(lambda: session.run_status == status)


def saved(tmp_path: Path) -> dict[str, Any]:
    path = config_file(tmp_path)
    return json.loads(path.read_text()) if path.exists() else {}  # type: ignore[no-any-return]


@pytest.mark.qemu
def test_actions_follow_the_run_state_and_say_why_not(
    qemu: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(qemu)
    session = window.model.session(0)
    vm_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&VM")
    for name in (*LIFECYCLE, "actionScreendump", "actionEject", "actionChangeMedia"):
        action = act(window, name)
        assert action.property("accessibleName") and not action.shortcut().isEmpty()
        assert action in vm_menu.actions()

    wait_status(arun, window, session, "running")
    assert act(window, "actionStop").isEnabled()
    cont = act(window, "actionCont")
    assert not cont.isEnabled() and "already running" in cont.toolTip()
    assert "Ctrl+R" in cont.toolTip()  # the shortcut is in the tooltip
    wake = act(window, "actionSystemWakeup")
    assert not wake.isEnabled() and "only a suspended VM" in wake.toolTip()

    act(window, "actionStop").trigger()
    arun.wait(lambda: watched_status(qemu) == "paused")
    wait_status(arun, window, session, "paused")  # the window follows on its own
    assert cont.isEnabled() and not act(window, "actionStop").isEnabled()
    power = act(window, "actionSystemPowerdown")
    assert not power.isEnabled() and "Resume it first" in power.toolTip()
    arun.wait(lambda: any("Pause (stop) ok (" in m and " ms)" in m for m in messages(window)))

    act(window, "actionCont").trigger()
    arun.wait(lambda: watched_status(qemu) == "running")
    wait_status(arun, window, session, "running")
    arun.wait(lambda: any("Resume (cont) ok" in m for m in messages(window)))

    window.vm_list.clearSelection()
    assert "select a VM first" in act(window, "actionStop").toolTip()


@pytest.mark.qemu
def test_reset_asks_first_and_the_answer_can_be_remembered(
    qemu: QemuVm, windows: Windows, arun: AsyncRunner, tmp_path: Path
) -> None:
    window = windows.on(qemu)
    session = window.model.session(0)

    seen = answer_confirm(accept=False)
    act(window, "actionSystemReset").trigger()
    assert session.display_name in seen.texts[0] and "Reset this VM?" in seen.texts[0]
    assert not events_seen(qemu, "RESET")  # cancelled: nothing sent

    seen = answer_confirm(accept=True, dont_ask=True)
    act(window, "actionSystemReset").trigger()
    arun.wait(lambda: bool(events_seen(qemu, "RESET")))
    assert events_seen(qemu, "RESET")[0]["data"]["reason"] == "host-qmp-system-reset"
    arun.wait(lambda: saved(tmp_path).get("confirm_destructive") is False)

    # No dialog from now on: a second reset goes straight to QEMU.
    act(window, "actionSystemReset").trigger()
    arun.wait(lambda: host_resets(qemu) == 2)


@pytest.mark.qemu
def test_quit_ends_qemu_and_the_vm_is_not_reconnected(
    qemu: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(qemu, config={"confirm_destructive": False})
    session = window.model.session(0)
    events = qemu.watch  # connect the watch monitor before QEMU goes
    act(window, "actionQuitVm").trigger()  # no dialog: confirm_destructive is false
    assert qemu.process is not None
    arun.wait(lambda: qemu.process.poll() is not None)
    arun.wait(lambda: session.state is ConnState.DISCONNECTED)
    assert events is not None
    arun.wait(lambda: any("Quit VM (quit) ok" in m for m in messages(window)))
    arun.wait(lambda: any("QEMU exited after Quit VM" in m for m in messages(window)))
    assert session.next_retry_at is None  # no reconnect attempts to a VM the user quit
    assert not act(window, "actionQuitVm").isEnabled()


@pytest.fixture
def power_vms(short_tmp: Path) -> Iterator[tuple[QemuVm, QemuVm]]:
    """Two VMs: one guest obeys the power button, one ignores it (no OS at all)."""
    (short_tmp / "a").mkdir()
    (short_tmp / "b").mkdir()
    image = boot_floppy(short_tmp / "power.img", OBEYS_POWER_BUTTON)
    obeys = QemuVm(short_tmp / "a", name="obeys").start(extra=floppy_args(image))
    try:
        ignores = QemuVm(short_tmp / "b", name="ignores").start()
        try:
            yield obeys, ignores
        finally:
            ignores.stop()
    finally:
        obeys.stop()


@pytest.mark.qemu
def test_power_down_waits_for_the_guest_and_offers_force_off(
    power_vms: tuple[QemuVm, QemuVm], windows: Windows, arun: AsyncRunner
) -> None:
    obeys, ignores = power_vms
    window = windows.on(obeys, ignores)
    window.config.powerdown_timeout_s = 1.5
    by_name = {s.display_name: s for s in window.model.sessions}
    arun.wait(lambda: all(s.run_status == "running" for s in window.model.sessions))
    arun.wait(lambda: running_boot_sector(obeys))  # it sees only presses after that

    seen = answer_confirm(accept=True)
    act(window, "actionSystemPowerdown").trigger()  # both selected: one question, both named
    assert "obeys" in seen.texts[0] and "ignores" in seen.texts[0]
    bar = window.powerdown_bar
    arun.wait(lambda: len(bar.rows) == 2 and bar.isVisible())

    # The obedient guest powers off: QEMU exits, the row says so, no reconnecting.
    assert obeys.process is not None
    arun.wait(lambda: obeys.process.poll() is not None)
    row = next(r for r in bar.rows if r.watch.session is by_name["obeys"])
    arun.wait(lambda: row.watch.state is WatchState.DONE)
    assert "powered off" in row.label.text()
    arun.wait(lambda: by_name["obeys"].state is ConnState.DISCONNECTED)

    # The other counts down, then says it was ignored and offers Force off.
    other = next(r for r in bar.rows if r.watch.session is by_name["ignores"])
    assert "s left" in other.label.text() or other.watch.state is WatchState.TIMED_OUT
    arun.wait(lambda: other.watch.state is WatchState.TIMED_OUT)
    assert "did not power off within 1.5 s" in other.label.text()
    assert other.force.isVisibleTo(bar) and other.wait_more.isVisibleTo(bar)
    assert watched_status(ignores) == "running"

    seen = answer_confirm(accept=True)
    other.force.click()
    assert "Force ignores off?" in seen.texts[0]
    assert ignores.process is not None
    arun.wait(lambda: ignores.process.poll() is not None)
    arun.wait(lambda: other.watch.state is WatchState.DONE)
    arun.wait(lambda: any("Power down: 2 of 2 VMs asked" in m for m in messages(window)))
    # QEMU's SHUTDOWN (host-qmp-quit) as it quits is the force's, not the guest's doing.
    forced = "ignores: forced off (quit): the guest had no chance to shut down cleanly"
    assert other.label.text() == forced
    arun.wait(lambda: forced in messages(window))
    assert not any(m.startswith("ignores: powered off") for m in messages(window))


@pytest.mark.qemu
def test_a_power_down_that_times_out_is_said_as_the_vms(
    qemu: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(qemu)  # no guest at all: nothing hears the power button
    window.config.powerdown_timeout_s = 1
    session = window.model.session(0)
    answer_confirm(accept=True)
    act(window, "actionSystemPowerdown").trigger()
    arun.wait(lambda: any("did not power off within 1 s" in m for m in messages(window)))
    assert watched_status(qemu) == "running"
    said = [e for e in log_of(arun, window, session) if "did not power off" in e.summary]
    assert [(e.vm, e.endpoint, e.level) for e in said] == [
        ("testvm", str(qemu.app_socket), "warning")
    ]
    assert any(m.startswith("testvm: the guest did not power off") for m in messages(window))


@pytest.mark.qemu
def test_pause_and_resume_apply_to_every_selected_vm_with_one_summary(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    (short_tmp / "a").mkdir()
    (short_tmp / "b").mkdir()
    first = QemuVm(short_tmp / "a", name="one").start()
    second = QemuVm(short_tmp / "b", name="two")
    try:
        second.start()
        window = windows.on(first, second)
        arun.wait(lambda: all(s.run_status == "running" for s in window.model.sessions))
        assert not act(window, "actionSystemReset").isEnabled()
        assert "select one VM" in act(window, "actionSystemReset").toolTip()

        act(window, "actionStop").trigger()
        arun.wait(lambda: watched_status(first) == watched_status(second) == "paused")
        arun.wait(lambda: any("Pause: 2 of 2 VMs done" in m for m in messages(window)))
        arun.wait(lambda: all(s.run_status == "paused" for s in window.model.sessions))

        # One VM is running again: Resume applies to the paused one and skips the other.
        first.watch.execute("cont")
        arun.wait(lambda: window.model.sessions[0].run_status == "running")
        act(window, "actionCont").trigger()
        arun.wait(lambda: watched_status(second) == "running")
        arun.wait(lambda: any("Resume: 1 of 2 VMs done" in m for m in messages(window)))
        arun.wait(
            lambda: any("one skipped: the VM is already running" in m for m in messages(window))
        )
    finally:
        first.stop()
        second.stop()


@pytest.mark.qemu
def test_wake_a_suspended_guest(short_tmp: Path, windows: Windows, arun: AsyncRunner) -> None:
    image = boot_floppy(short_tmp / "s3.img", SUSPENDS_AT_BOOT)
    vm = QemuVm(short_tmp, name="sleeper").start(extra=floppy_args(image))
    try:
        window = windows.on(vm)
        session = window.model.session(0)
        wait_status(arun, window, session, "suspended")
        cont = act(window, "actionCont")
        assert not cont.isEnabled() and "wakes with Wake" in cont.toolTip()
        wake = act(window, "actionSystemWakeup")
        assert wake.isEnabled()
        wake.trigger()
        arun.wait(lambda: bool(events_seen(vm, "WAKEUP")))
        arun.wait(lambda: any("Wake (system_wakeup) ok" in m for m in messages(window)))
    finally:
        vm.stop()


@pytest.mark.qemu
def test_a_failed_action_reports_the_error_class(
    qemu: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(qemu)
    session = window.model.session(0)
    # The window never offers Wake to a running VM; sent anyway, QEMU refuses it.
    outcome = arun(perform(session, "Wake", "system_wakeup"))
    assert not outcome.ok and outcome.error_class == "GenericError"
    arun.wait(lambda: any("Wake failed: GenericError: " in m for m in messages(window)))


@pytest.mark.qemu
def test_hmp_output_that_reports_an_error_is_a_failed_outcome(
    qemu: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(qemu)
    session = window.model.session(0)
    # QEMU "returns" HMP's error text: the outcome must not say ok.
    outcome = arun(
        perform(session, "Save snapshot", "human-monitor-command", {"command-line": "savevm s1"})
    )
    assert not outcome.ok and outcome.error_class == "HmpError"
    assert outcome.text == (
        "testvm: Save snapshot failed: HmpError: no block device can store vmstate for snapshot"
    )
    arun.wait(lambda: outcome.text in messages(window))
    done = arun(
        perform(session, "Status", "human-monitor-command", {"command-line": "info status"})
    )
    assert done.ok


@pytest.mark.qemu
def test_resume_after_migrating_away_warns_even_with_confirmations_off(
    qemu: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(qemu)
    window.config.confirm_destructive = False
    session = window.model.session(0)
    qemu.watch.execute("migrate", {"uri": "exec:cat > /dev/null"})
    wait_status(arun, window, session, "postmigrate")
    assert act(window, "actionCont").isEnabled()

    def look_and_cancel(dialog: ConfirmDialog) -> None:
        assert dialog.checkBox() is None  # a warning, not a confirmation to switch off
        dialog.reject()

    seen = when_modal(ConfirmDialog, look_and_cancel)
    act(window, "actionCont").trigger()
    assert "two copies of the same guest" in seen.texts[0]
    assert watched_status(qemu) == "postmigrate"  # cancelled: not resumed


@pytest.mark.qemu
def test_power_down_with_no_shutdown_leaves_qemu_up_and_a_later_loss_reconnects(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    image = boot_floppy(short_tmp / "power.img", OBEYS_POWER_BUTTON)
    vm = QemuVm(short_tmp, name="stays").start(extra=[*floppy_args(image), "-no-shutdown"])
    try:
        window = windows.on(vm)
        window.config.confirm_destructive = False
        session = window.model.session(0)
        arun.wait(lambda: running_boot_sector(vm))
        act(window, "actionSystemPowerdown").trigger()
        wait_status(arun, window, session, "shutdown")
        arun.wait(lambda: bool(window.powerdown_bar.rows))
        row = window.powerdown_bar.rows[0]
        arun.wait(lambda: "-no-shutdown" in row.label.text())
        assert row.watch.state is WatchState.DONE
        assert act(window, "actionSystemReset").isEnabled()
        assert "Reset first" in act(window, "actionCont").toolTip()

        vm.kill()  # a crash later on is a loss, not the power-down's end
        arun.wait(lambda: session.state is ConnState.RECONNECTING)
        assert not any("QEMU exited after" in m for m in messages(window))
    finally:
        vm.stop()


def power_down_ignored(
    windows: Windows, arun: AsyncRunner, qemu: QemuVm, timeout_s: float = 60
) -> tuple[MainWindow, VmSession, PowerdownRow]:
    """Power down a VM with no guest at all, which ignores the button; the countdown runs."""
    window = windows.on(qemu)
    window.config.confirm_destructive = False
    window.config.powerdown_timeout_s = timeout_s
    session = window.model.session(0)
    wait_status(arun, window, session, "running")
    act(window, "actionSystemPowerdown").trigger()
    arun.wait(lambda: bool(window.powerdown_bar.rows))
    row = window.powerdown_bar.rows[0]
    arun.wait(lambda: row.watch.state is not WatchState.ASKING)
    return window, session, row


@pytest.mark.qemu
def test_disconnecting_during_the_countdown_is_not_a_power_off(
    qemu: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window, _session, row = power_down_ignored(windows, arun, qemu)
    assert row.watch.state is WatchState.WAITING
    act(window, "actionDisconnect").trigger()
    arun.wait(lambda: row.watch.state is WatchState.CANCELLED)
    assert "connection to QEMU ended before the guest powered off" in row.label.text()
    assert not any("powered off" in m for m in messages(window))
    assert watched_status(qemu) == "running"


@pytest.mark.qemu
def test_a_power_off_after_the_timeout_still_counts(
    qemu: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window, session, row = power_down_ignored(windows, arun, qemu, timeout_s=1)
    arun.wait(lambda: row.watch.state is WatchState.TIMED_OUT)
    # A slow guest powers off at last: QEMU sends SHUTDOWN, then exits.
    late = Event.parse({"event": "SHUTDOWN", "data": {"guest": True, "reason": "guest-shutdown"}})
    session.eventsReceived.emit([late])
    assert row.watch.state is WatchState.DONE and "guest-shutdown" in row.label.text()
    qemu.kill()
    arun.wait(lambda: session.state is ConnState.DISCONNECTED)
    arun.wait(lambda: any("QEMU exited after Power down" in m for m in messages(window)))


def test_quit_counts_as_done_when_qemu_closes_before_replying(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await negotiate(reader, writer)
        while True:
            request = await read_command(reader)
            if request.get("execute") == "quit":
                writer.close()  # as QEMU may: gone before the reply is written
                return
            value = {"status": "running", "running": True}
            writer.write(reply(request, value if request.get("execute") == "query-status" else {}))
            await writer.drain()

    with FakeQmpServer(short_tmp / "quit.sock", handler):
        window = windows.on(short_tmp / "quit.sock", poll_interval_s=None)
        window.config.confirm_destructive = False
        session = window.model.session(0)
        act(window, "actionQuitVm").trigger()
        arun.wait(lambda: session.state is ConnState.DISCONNECTED)
        assert any(
            "Quit VM (quit) ok" in m and "QEMU closed the monitor" in m for m in messages(window)
        )
        assert not any("failed" in m for m in messages(window))


def test_power_down_answered_by_the_monitor_closing_is_done(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    # A guest that powers off at once: QEMU exits before it replies to system_powerdown.
    server = RecordingServer(close_on=("system_powerdown",))
    with FakeQmpServer(short_tmp / "off.sock", server):
        window = windows.on(short_tmp / "off.sock", poll_interval_s=None)
        session = window.model.session(0)
        outcome = arun(perform(session, "Power down", "system_powerdown", exits=True))
        assert outcome.ok and outcome.note == "QEMU closed the monitor"
        arun.wait(lambda: session.state is ConnState.DISCONNECTED)
        assert session.exit_seen
        assert not any("failed" in m for m in messages(window))
