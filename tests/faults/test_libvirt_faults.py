"""libvirt's faults seen through the main window, against the tests' own libvirtd:
libvirtd killed and started again, not running at start, a domain undefined while
shown, and a domain connected and disconnected a hundred times (nothing leaks)."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt

from qmpgui.app.main_window import MainWindow
from qmpgui.session import ConnState, VmSession
from qmpgui.session.libvirt_connection import LibvirtConnection
from qmpgui.ui.panes.status import DASH, StatusPane
from tests.helpers.guard import Guard
from tests.helpers.leaks import reconnect_cycles
from tests.helpers.libvirtd import SOCKET, URI, Libvirtd
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, act, messages, told

pytestmark = [pytest.mark.libvirt, pytest.mark.qemu, pytest.mark.timeout(300)]

NO_QUESTIONS = {"confirm_destructive": False}
#: What a VM selected in the list offers to do with its QEMU: none may stay offered once
#: its domain is gone.
VM_ACTIONS = (
    "actionStop",
    "actionSystemReset",
    "actionSystemPowerdown",
    "actionForceOff",
    "actionChangeMedia",
    "actionEject",
    "actionDeviceAdd",
    "actionDeviceDel",
    "actionMigrate",
    "actionScreendump",
    "actionSendKey",
    "actionRefresh",
)


def under(window: MainWindow, name: str) -> VmSession | None:
    """The session of the domain `name` under the list's connection, if it shows."""
    (connection,) = window.model.connections
    return next(
        (s for s in window.model.domain_sessions(connection) if s.configured_name == name), None
    )


def tip(window: MainWindow, item: VmSession | LibvirtConnection) -> str:
    """The row's State tooltip whole: its name, then its state in full."""
    index = window.model.index_of(item, 1)
    return str(index.data(Qt.ItemDataRole.ToolTipRole))


def offered(window: MainWindow) -> list[str]:
    """The VM_ACTIONS enabled now."""
    return [name for name in VM_ACTIONS if act(window, name).isEnabled()]


def test_libvirtd_killed_the_rows_say_so_and_come_back_by_themselves(
    domain: str, libvirtd: Libvirtd, windows: Windows, arun: AsyncRunner, guard: Guard
) -> None:
    window = windows.open(URI, config=NO_QUESTIONS)
    (connection,) = window.model.connections
    arun.wait(lambda: (s := under(window, domain)) is not None and s.connected, timeout=90)
    session = under(window, domain)
    assert session is not None
    window.select_session(session)
    libvirtd.kill_libvirtd()
    try:
        arun.wait(lambda: session.state is ConnState.RECONNECTING)
        guard.responsive_while(lambda: session.state is not ConnState.CONNECTED, "the loss")
        # Which connection, and the likely cause: libvirt's "end of file" alone said
        # neither.
        lost = (
            f"connection lost: libvirt closed the connection to {URI} "
            "(end of file: libvirtd stopped or restarted)"
        )
        assert told(window, lost)
        assert tip(window, session).splitlines()[1:3] == [
            "reconnecting (attempt 1, next try in 1 s)",
            f"last error: {lost}",
        ]
        assert tip(window, connection).splitlines()[1:3] == [
            "lost: trying again in 1 s (attempt 1)",
            lost,
        ]
        assert window.pane(StatusPane).text("connection").startswith("reconnecting (attempt ")
    finally:
        libvirtd.restart_libvirtd()
    # Back by itself, with no click: the connection, then its domain, still selected.
    arun.wait(lambda: connection.state is ConnState.CONNECTED, timeout=90)
    arun.wait(lambda: session.connected and session.run_status == "running", timeout=90)
    assert window.selection.current is session
    assert window.pane(StatusPane).text("run_state") == "running"
    guard.assert_clean()


def test_libvirtd_not_running_at_start_names_the_uri_and_its_socket(
    domain: str, libvirtd: Libvirtd, windows: Windows, arun: AsyncRunner, guard: Guard
) -> None:
    libvirtd.kill_libvirtd()
    try:
        window = windows.open(URI, f"{URI}#{domain}", config=NO_QUESTIONS)
        (connection,) = window.model.connections
        (session,) = window.model.sessions
        arun.wait(lambda: connection.state is ConnState.WAITING)
        arun.wait(lambda: session.state is ConnState.WAITING)
        guard.responsive_while(lambda: connection.state is ConnState.WAITING, "the wait")
        cause = (
            f"libvirtd is not running for {URI}: nothing listens at {SOCKET} "
            "(start libvirtd, or check the URI)"
        )
        assert tip(window, connection).splitlines()[1:3] == [
            "libvirtd not running: trying again in 1 s (attempt 1)",
            cause,
        ]
        assert tip(window, session).splitlines()[1:3] == ["waiting for QEMU", cause]
        assert told(window, f"{URI}: {cause}; qmpgui tries again")
        assert f"{URI}#{domain}: waiting for libvirtd: {cause}; qmpgui connects once " in (
            "\n".join(messages(window))
        )
    finally:
        libvirtd.restart_libvirtd()
    arun.wait(lambda: session.connected and connection.state is ConnState.CONNECTED, timeout=120)
    guard.assert_clean()


def test_a_domain_undefined_while_shown_is_said_gone_and_nothing_stale_is_offered(
    libvirtd: Libvirtd, windows: Windows, arun: AsyncRunner, guard: Guard
) -> None:
    name = libvirtd.define(f"qmpgui-fault-undefined-{os.getpid()}")
    # Shown twice: under its connection, and as a domain endpoint of its own.
    window = windows.open(URI, f"{URI}#{name}", config=NO_QUESTIONS)
    arun.wait(lambda: (s := under(window, name)) is not None and s.connected, timeout=90)
    child = under(window, name)
    assert child is not None
    (alone,) = window.model.sessions
    arun.wait(lambda: alone.connected)
    window.select_session(child)
    assert offered(window) == list(VM_ACTIONS)
    libvirtd.undefine(name)  # destroyed, then undefined
    start = guard.ticks
    arun.wait(lambda: under(window, name) is None)
    # Its row under the connection goes, said in the status bar; the panes show no VM.
    gone = f"{URI}: domain {name} was undefined in libvirt; removed from the list"
    assert told(window, gone)
    assert window.selection.current is None
    assert window.pane(StatusPane).text("run_state") == DASH
    assert offered(window) == []
    # The domain endpoint of its own ends as an error saying so, not a row retrying for
    # ever ("reconnecting (attempt 9, ...)").
    arun.wait(lambda: alone.state is ConnState.ERROR, timeout=60)
    guard.ticked_since(start)
    why = (
        f"no domain named '{name}' on {URI}: it was undefined, or the name is wrong "
        "(virsh list --all lists them)"
    )
    assert tip(window, alone).splitlines()[1] == f"error: {why}"
    assert told(window, why)
    assert f"{name}: {why}" in messages(window)
    window.select_session(alone)
    assert window.pane(StatusPane).text("connection") == f"error: {why}"
    assert window.pane(StatusPane).text("run_state") == DASH
    assert offered(window) == []
    assert act(window, "actionConnect").isEnabled()  # after a define, Connect mends it
    guard.assert_clean()


def test_a_hundred_connects_and_disconnects_of_a_domain_leak_nothing(
    domain: str, windows: Windows, arun: AsyncRunner, guard: Guard
) -> None:
    window = windows.open(URI, config=NO_QUESTIONS)
    arun.wait(lambda: (s := under(window, domain)) is not None and s.connected, timeout=90)
    session = under(window, domain)
    assert session is not None
    result = reconnect_cycles(arun, window, session)
    print(result.report(f"libvirt domain {domain} under {URI}"))
    result.assert_bounded()
    guard.assert_clean()
