"""Faults of a real QEMU, seen through the main window: killed during a command,
frozen with SIGSTOP, its monitor held by another client, a socket of it that is not a
monitor (the guest agent's, a serial port), restarted as another VM, and a user who
connects and disconnects a hundred times in a row."""

from __future__ import annotations

import signal
import time
from pathlib import Path
from typing import Any

import pytest

from qmpgui.session import ConnState
from tests.helpers.console import finished, open_console, type_command
from tests.helpers.guard import Guard
from tests.helpers.holder import PROGRAM, holding
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import (
    Windows,
    log_texts,
    messages,
    state_text,
    status_text,
    told,
)


@pytest.mark.qemu
def test_qemu_killed_during_a_command(
    qemu: QemuVm, windows: Windows, arun: AsyncRunner, guard: Guard
) -> None:
    window, console = open_console(windows, qemu)
    session = window.model.session(0)
    qemu.signal(signal.SIGSTOP)  # the command stays pending until QEMU dies
    item = type_command(arun, console, "query-status")
    guard.responsive_while(lambda: not finished(item), "the command to a stopped QEMU")
    qemu.kill()
    arun.wait(lambda: finished(item) and session.state is ConnState.RECONNECTING)
    assert item.exchange is not None
    assert item.exchange.failure == (
        "query-status did not complete: the connection to QEMU was lost"
    )
    assert state_text(window).startswith("reconnecting (attempt 1, next try in ")
    # EOF or a reset, as the kernel tells it; either way the words say QEMU went away.
    assert status_text(window).startswith("Attention: testvm: connection lost")  # the notice
    assert status_text(window).endswith("exited or was killed)")
    assert told(window, "connection lost: ")
    assert any(
        text.startswith("Error: testvm: connection lost: ") is False
        and text.startswith("testvm: connection lost: ")
        and text.endswith("exited or was killed)")
        for text in messages(window)
    )
    assert any(  # the command itself is in the log, with why it failed
        "query-status" in text and "connection to QEMU was lost" in text
        for text in log_texts(window)
    )
    guard.assert_clean()


@pytest.mark.qemu
def test_frozen_qemu_times_out_and_recovers_after_sigcont(
    qemu: QemuVm, windows: Windows, arun: AsyncRunner, guard: Guard
) -> None:
    # In force from the first poll on.
    window, console = open_console(windows, qemu, config={"command_timeout_s": 0.5})
    session = window.model.session(0)
    assert window.settings.command_timeout_s == 0.5
    qemu.signal(signal.SIGSTOP)
    try:
        item = type_command(arun, console, "query-status")
        guard.responsive_while(lambda: not finished(item), "the command to a frozen QEMU")
        arun.wait(lambda: finished(item))
        assert item.exchange is not None and item.exchange.failure == (
            "query-status timed out: QEMU did not answer within 0.5 s "
            "(is the VM stopped with SIGSTOP, or the monitor stuck?)"
        )
        # The poll times out too, and says so once in the status bar.
        window.settings.poll_interval_s = 0.2
        arun.wait(lambda: told(window, "query-status timed out"))
        assert "did not answer within 0.5 s" in status_text(window)
        assert session.connected  # a slow QEMU is not a lost one
    finally:
        qemu.signal(signal.SIGCONT)
    again = type_command(arun, console, "query-status")
    arun.wait(lambda: finished(again))
    assert again.exchange is not None and again.exchange.ok
    assert again.exchange.reply is not None
    assert again.exchange.reply["return"]["status"] == "running"
    assert state_text(window) == "running"
    guard.assert_clean()


@pytest.mark.qemu
def test_monitor_busy_with_another_client(
    qemu: QemuVm, short_tmp: Path, windows: Windows, arun: AsyncRunner, guard: Guard
) -> None:
    with holding(qemu.app_socket, short_tmp) as holder:  # another program, connected first
        started = time.monotonic()
        window = windows.open(str(qemu.app_socket), config={"greeting_timeout_s": 30})
        session = window.model.session(0)
        guard.responsive_while(
            lambda: session.state in (ConnState.DISCONNECTED, ConnState.CONNECTING),
            "the wait for a greeting",
        )
        arun.wait(lambda: session.state is ConnState.ERROR)
        # Named from the kernel's table at once, not after the 30 s greeting timeout.
        assert time.monotonic() - started < 5
        expected = f"monitor busy: pid {holder.pid} ({PROGRAM} -c "
        assert state_text(window).startswith(f"error: {expected}")
        assert told(window, expected)
        assert "is connected to it" in status_text(window)
        assert "close the other client" in status_text(window)
    window.select_session(session)
    assert window.list_actions.connect.isEnabled()
    window.list_actions.connect.trigger()  # the other client has gone: Connect works
    arun.wait(lambda: session.connected)
    guard.assert_clean()


@pytest.mark.qemu
@pytest.mark.parametrize(
    ("extra", "what"),
    [
        (
            [
                "-chardev",
                "socket,id=ga0,path={sock},server=on,wait=off",
                "-device",
                "virtio-serial-pci",
                "-device",
                "virtserialport,chardev=ga0,name=org.qemu.guest_agent.0",
            ],
            "the guest agent's channel org.qemu.guest_agent.0 (-chardev socket,id=ga0 on "
            "its command line)",
        ),
        (
            ["-serial", "unix:{sock},server=on,wait=off"],
            "a serial port of the guest (-serial unix:{sock} on its command line)",
        ),
    ],
    ids=["guest-agent", "serial"],
)
def test_a_socket_that_is_not_a_monitor_is_named_at_once(
    short_tmp: Path,
    windows: Windows,
    arun: AsyncRunner,
    *,
    guard: Guard,
    extra: list[str],
    what: str,
) -> None:
    sock = short_tmp / "other.sock"
    vm = QemuVm(short_tmp).start(extra=[a.format(sock=sock) for a in extra], sockets=(sock,))
    try:
        # A greeting timeout longer than the wait: the answer must not wait for it.
        window = windows.open(str(sock), config={"greeting_timeout_s": 600})
        session = window.model.session(0)
        arun.wait(lambda: session.state is ConnState.ERROR)
        expected = (
            f"{sock} is not a QMP monitor: QEMU (pid {vm.pid}) uses it as "
            f"{what.format(sock=sock)}. Give qmpgui a QMP socket: start QEMU with "
            "-qmp unix:PATH,server=on,wait=off"
        )
        assert state_text(window) == f"error: {expected}"
        assert told(window, expected)
    finally:
        vm.stop()
    guard.assert_clean()


@pytest.mark.qemu
def test_qemu_restarted_as_another_vm_on_the_same_socket(
    qemu: QemuVm, windows: Windows, arun: AsyncRunner, guard: Guard
) -> None:
    window = windows.open(str(qemu.app_socket))
    session = window.model.session(0)
    arun.wait(lambda: session.connected)
    first = qemu.uuid
    qemu.kill()
    arun.wait(lambda: session.state is ConnState.RECONNECTING)
    start = guard.ticks
    qemu.start(new_uuid=True)
    arun.wait(lambda: session.connected, timeout=20)
    guard.ticked_since(start)
    expected = f"UUID changed from {first} to {qemu.uuid}"
    assert told(window, expected)
    assert status_text(window).startswith(f"Warning: testvm: {expected}")
    assert state_text(window) == "running"
    guard.assert_clean()


@pytest.mark.qemu
def test_a_hundred_connects_and_disconnects_end_connected(
    qemu: QemuVm, windows: Windows, arun: AsyncRunner, qtbot: Any, guard: Guard
) -> None:
    window = windows.open(str(qemu.app_socket))
    window.settings.poll_interval_s = 0.1  # polls under way are cut too
    session = window.model.session(0)
    window.select_session(session)
    arun.wait(lambda: session.connected)
    start = guard.ticks
    for cycle in range(100):
        assert window.list_actions.disconnect.isEnabled()
        window.list_actions.disconnect.trigger()
        assert session.state is ConnState.DISCONNECTED
        assert window.list_actions.connect.isEnabled()
        window.list_actions.connect.trigger()
        # Cut the next connection at every stage: at once, while connecting, once connected.
        if cycle % 3 == 1:
            # 1 to 40 ms: in the socket connect, the greeting, the discovery, the first queries.
            qtbot.wait(1 + cycle * 7 % 40)
        elif cycle % 3 == 2:
            arun.wait(lambda: session.connected)
    arun.wait(lambda: session.connected)
    assert guard.ticks > start
    assert state_text(window) == "running"
    assert "connected to QEMU 7." in status_text(window)
    assert messages(window).count("testvm: disconnected by the user") == 100
    assert session.error is None
    guard.assert_clean()
