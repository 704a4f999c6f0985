"""A VM whose QEMU is not running yet: its endpoint is watched quietly ("waiting for
QEMU", no error, no alarm) and connected to once QEMU starts; Disconnect ends the watch.
What waiting cannot mend (a plain file where the socket should be) stays an error."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from qmpgui.log.entry import Level, LogKind
from qmpgui.models.palette import Tone, brush
from qmpgui.models.vm_list import STATE
from qmpgui.qmp.probe import Answer, probe_socket
from qmpgui.session import ConnState
from qmpgui.session.backoff import WATCH_MAX_DELAY_S
from tests.helpers.qemu_vm import QemuVm, watched_status
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, act, log_entries, state_text


@pytest.mark.qemu
def test_a_vm_started_after_the_window_is_awaited_then_connected(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    vm = QemuVm(short_tmp)
    window = windows.open(str(vm.app_socket))  # no QEMU there yet
    session = window.model.session(0)
    arun.wait(lambda: session.state is ConnState.WAITING)
    assert state_text(window) == "waiting for QEMU"
    index = window.model.index(0, STATE)
    tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert f"qmpgui connects once QEMU listens on {vm.app_socket}" in tooltip
    assert f"now: no such socket: {vm.app_socket}" in tooltip
    assert index.data(Qt.ItemDataRole.ForegroundRole) == brush(Tone.MUTED)  # not red
    # A few looks later it still waits, and nobody was alarmed.
    looks = session.attempt
    arun.wait(lambda: session.attempt >= looks + 2)
    assert session.state is ConnState.WAITING
    waiting = [e for e in log_entries(window, LogKind.CONNECTION) if e.name == "waiting"]
    assert [(e.level, e.summary.split(":")[0]) for e in waiting] == [
        (Level.INFO, "waiting for QEMU")
    ]
    assert [e for e in window.event_log.entries() if e.level is not Level.INFO] == []
    assert window.notifier.shown == []
    try:
        vm.start()
        started = time.monotonic()
        arun.wait(lambda: session.connected, timeout=60)
        # Within the longest wait between looks, and the connection's own time.
        assert time.monotonic() - started < WATCH_MAX_DELAY_S + 8
        arun.wait(lambda: session.run_status == watched_status(vm) == "running")
        assert [e for e in window.event_log.entries() if e.level is not Level.INFO] == []
        assert window.notifier.shown == []
    finally:
        vm.stop()


@pytest.mark.qemu
def test_disconnect_stops_waiting_for_qemu(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    vm = QemuVm(short_tmp)
    window = windows.open(str(vm.app_socket))
    session = window.model.session(0)
    arun.wait(lambda: session.state is ConnState.WAITING)
    window.vm_list.selectAll()
    assert act(window, "actionDisconnect").isEnabled()
    act(window, "actionDisconnect").trigger()
    assert session.state is ConnState.DISCONNECTED
    try:
        vm.start()
        # The behaviour under test is that nothing happens: wait out several looks.
        arun(asyncio.sleep(2 * WATCH_MAX_DELAY_S + 1))
        assert session.state is ConnState.DISCONNECTED
        # Nobody holds the app's monitor: it greets a client of the test's own.
        assert arun(probe_socket(str(vm.app_socket), 10)).answer is Answer.GREETED
    finally:
        vm.stop()


def test_a_plain_file_where_the_socket_should_be_is_an_error_at_once(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    plain = short_tmp / "vm.qmp"
    plain.write_text("not a socket")
    window = windows.open(str(plain))
    session = window.model.session(0)
    arun.wait(lambda: session.state is not ConnState.CONNECTING)
    assert session.state is ConnState.ERROR
    assert state_text(window).startswith(f"error: {plain} is a file, not a socket")
