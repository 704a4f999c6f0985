"""SSH's faults seen through the main window, against a private sshd (tests/helpers/
sshd.py) and a real QEMU behind it: the connection dropped while a command waits, the
host key changed, authentication refused, and a VM behind SSH connected and
disconnected a hundred times (nothing leaks)."""

from __future__ import annotations

import signal

import pytest
from PySide6.QtWidgets import QMessageBox

from qmpgui.app.main_window import MainWindow
from qmpgui.session import ConnState
from tests.helpers.console import finished, open_console, type_command
from tests.helpers.dialogs import when_modal
from tests.helpers.guard import Guard
from tests.helpers.leaks import reconnect_cycles
from tests.helpers.qemu_vm import QemuVm, watched_status
from tests.helpers.runner import AsyncRunner
from tests.helpers.sshd import Sshd, SshHome, fingerprint, keygen
from tests.helpers.windows import Windows, act, state_text, told

pytestmark = [pytest.mark.qemu, pytest.mark.sshd]


def failed(windows: Windows, arun: AsyncRunner, guard: Guard, url: str) -> MainWindow:
    """A window on `url`, once its VM has given up with an error: no dialog was asked
    and it was never connected."""
    asked = when_modal(QMessageBox, lambda box: box.reject(), within_s=5)
    window = windows.open(url)
    session = window.model.session(0)
    states = [session.state]
    session.stateChanged.connect(lambda: states.append(session.state))
    start = guard.ticks
    arun.wait(lambda: session.state is ConnState.ERROR, timeout=60)
    guard.ticked_since(start)
    assert asked.texts == []
    assert ConnState.CONNECTED not in states
    return window


def test_the_connection_dropped_while_a_command_waits_ends_it_and_the_vm_reconnects(
    qemu: QemuVm, trusted: Sshd, windows: Windows, arun: AsyncRunner, guard: Guard
) -> None:
    sshd = trusted
    window, console = open_console(windows, sshd.url(qemu.app_socket))
    session = window.model.session(0)
    qemu.freeze()  # the command waits for QEMU's answer
    try:
        item = type_command(arun, console, "query-status")
        guard.responsive_while(lambda: not finished(item), "the command")
        assert sshd.drop_connections()
        arun.wait(lambda: finished(item))
        assert item.exchange is not None
        assert (
            item.exchange.failure
            == "query-status did not complete: the connection to QEMU was lost"
        )
        arun.wait(lambda: session.state is ConnState.RECONNECTING)
        lost = (
            "connection lost: the SSH connection to 127.0.0.1 was lost (it ended without a word "
            "from the host: its sshd process ended, or the network dropped it)"
        )
        assert told(window, lost)
        assert state_text(window).startswith("reconnecting (attempt 1, next try in ")
    finally:
        qemu.signal(signal.SIGCONT)
    arun.wait(lambda: session.connected, timeout=60)
    act(window, "actionStop").trigger()  # the new connection works
    arun.wait(lambda: watched_status(qemu) == "paused")
    guard.assert_clean()


def test_a_changed_host_key_is_refused_naming_the_host_and_what_to_do(
    qemu: QemuVm,
    sshd: Sshd,
    ssh_home: SshHome,
    windows: Windows,
    arun: AsyncRunner,
    *,
    guard: Guard,
) -> None:
    known = sshd.known_hosts_line()
    ssh_home.known_hosts.write_text(known)
    sshd.stop()
    sshd.new_host_key()  # as after a reinstall, or a host in the middle
    sshd.start()
    window = failed(windows, arun, guard, sshd.url(qemu.app_socket))
    host = f"[127.0.0.1]:{sshd.port}"
    sentence = (
        f"the host key of {host} has CHANGED: it offers ssh-ed25519 {fingerprint(sshd)}, "
        f"but {ssh_home.known_hosts} line 1 holds another key for it. Someone may be "
        "intercepting the connection, or the host was reinstalled: check with its "
        f"administrator, then remove the old line (ssh-keygen -R '{host}')"
    )
    assert state_text(window) == f"error: {sentence}"
    assert told(window, sentence)
    assert ssh_home.known_hosts.read_text() == known  # neither replaced nor added to
    arun.wait(lambda: sshd.connections() == 0)
    guard.assert_clean()


def test_authentication_refused_names_the_user_and_host_and_what_to_do(
    qemu: QemuVm,
    trusted: Sshd,
    ssh_home: SshHome,
    windows: Windows,
    arun: AsyncRunner,
    *,
    guard: Guard,
) -> None:
    sshd = trusted
    keygen(ssh_home.key)  # a key the host was never given
    window = failed(windows, arun, guard, sshd.url(qemu.app_socket))
    sentence = (
        f"authentication failed for {sshd.user}@127.0.0.1:{sshd.port}: tried publickey (keys "
        "from the SSH agent and ~/.ssh); the host accepted none: add your public key to "
        "its ~/.ssh/authorized_keys (ssh-copy-id does), or name the key to use in "
        "~/.ssh/config"
    )
    assert state_text(window) == f"error: {sentence}"
    assert told(window, sentence)
    arun.wait(lambda: sshd.connections() == 0)
    guard.assert_clean()


def test_a_hundred_connects_and_disconnects_of_an_ssh_vm_leak_nothing(
    qemu: QemuVm, trusted: Sshd, windows: Windows, arun: AsyncRunner, guard: Guard
) -> None:
    sshd = trusted
    window = windows.on(sshd.url(qemu.app_socket))
    session = window.model.session(0)

    result = reconnect_cycles(arun, window, session)
    print(result.report(f"ssh VM {sshd.url(qemu.app_socket)}"))
    result.assert_bounded()
    act(window, "actionDisconnect").trigger()
    arun.wait(lambda: sshd.connections() == 0)  # the last SSH connection let go too
    guard.assert_clean()
