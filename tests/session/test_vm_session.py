"""VmSession under the qasync loop against a real QEMU."""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path

import pytest

from qmpgui.log.entry import Level, LogEntry
from qmpgui.qmp import ConnectionLost, NotConnected
from qmpgui.session import ConnState, SessionSettings, VmSession
from qmpgui.session.backoff import reconnect_delay
from qmpgui.session.ending import EndWatch, ShutdownNotice
from tests.helpers.entries import event
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner


def make_session(path: Path, **settings: float) -> VmSession:
    return VmSession("", str(path), settings=SessionSettings(**settings))


class Messages:
    def __init__(self, session: VmSession) -> None:
        self.items: list[tuple[str, str]] = []
        session.message.connect(lambda level, text: self.items.append((level, text)))

    def texts(self) -> list[str]:
        return [text for _, text in self.items]


def test_backoff_doubles_to_thirty_seconds() -> None:
    assert [reconnect_delay(n) for n in range(1, 8)] == [1, 2, 4, 8, 16, 30, 30]
    assert reconnect_delay(10_000) == 30
    with pytest.raises(ValueError):
        reconnect_delay(0)


@pytest.mark.qemu
def test_connect_shows_state_and_identity(qemu: QemuVm, arun: AsyncRunner) -> None:
    session = make_session(qemu.app_socket)
    states: list[str] = []
    session.stateChanged.connect(lambda: states.append(session.state_text()))
    session.connect_vm()
    arun.wait(lambda: session.connected)
    assert states[0] == "connecting"
    assert session.state_text() == "running"
    assert session.display_name == "testvm"  # from query-name: no name was configured
    assert session.info.uuid == qemu.uuid
    assert session.info.version.major is not None and session.info.version.major >= 7
    assert session.info.command_count is not None and session.info.command_count > 100
    arun(session.aclose())
    assert session.state is ConnState.DISCONNECTED


@pytest.mark.qemu
def test_run_state_follows_the_vm(qemu: QemuVm, arun: AsyncRunner) -> None:
    # Events, not polling: the waits end well before the first 30 s tick.
    session = make_session(qemu.app_socket, poll_interval_s=30)
    session.connect_vm()
    arun.wait(lambda: session.run_status == "running")
    events: list[str] = []
    session.eventsReceived.connect(lambda batch: events.extend(e.name for e in batch))
    qemu.watch.execute("stop")
    arun.wait(lambda: session.run_status == "paused", timeout=20)
    assert "STOP" in events
    qemu.watch.execute("cont")
    arun.wait(lambda: session.run_status == "running", timeout=20)
    arun(session.aclose())


@pytest.mark.qemu
def test_reconnects_after_kill_and_reports_new_uuid(qemu: QemuVm, arun: AsyncRunner) -> None:
    session = make_session(qemu.app_socket)
    messages = Messages(session)
    session.connect_vm()
    arun.wait(lambda: session.connected)
    first_uuid = session.info.uuid

    # A command waiting for its reply when QEMU dies fails with a clear message.
    qemu.signal(signal.SIGSTOP)
    pending = asyncio.ensure_future(session.execute("query-status"))
    assert session._conn is not None
    client = session._conn._client
    arun.wait(lambda: bool(client._pending))  # asked of qemu.qmp ...
    arun(client._outgoing.join())  # ... and written to the socket; QEMU cannot answer
    assert not pending.done()
    qemu.kill()
    arun.wait(pending.done)
    with pytest.raises(ConnectionLost, match="connection to QEMU was lost"):
        pending.result()
    arun.wait(lambda: session.state is ConnState.RECONNECTING)
    assert session.state_text().startswith("reconnecting (attempt 1, next try in")
    assert any("connection lost" in text for text in messages.texts())
    with pytest.raises(NotConnected):
        arun(session.execute("query-status"))

    qemu.start(new_uuid=True)
    arun.wait(lambda: session.connected, timeout=20)
    assert session.info.uuid == qemu.uuid != first_uuid
    assert any(
        level == "warning" and f"UUID changed from {first_uuid} to {qemu.uuid}" in text
        for level, text in messages.items
    )
    assert session.attempt == 0  # the backoff starts over after a good connection
    arun(session.aclose())


@pytest.mark.qemu
def test_busy_monitor_is_an_error_with_a_reason(qemu: QemuVm, arun: AsyncRunner) -> None:
    from tests.helpers.qemu_vm import WatchMonitor

    holder = WatchMonitor(qemu.app_socket)  # the test itself holds the app's socket
    try:
        session = make_session(qemu.app_socket, greeting_timeout_s=0.5)
        messages = Messages(session)
        session.connect_vm()
        arun.wait(lambda: session.state is ConnState.ERROR)
        assert session.state_text().startswith("error: monitor busy")
        assert any("monitor busy" in text for text in messages.texts())
    finally:
        holder.close()
    session.connect_vm()  # once the other client has gone, Connect works
    arun.wait(lambda: session.connected)
    arun(session.aclose())


def test_bad_endpoint_is_an_error_not_an_exception(arun: AsyncRunner, tmp_path: Path) -> None:
    session = VmSession("x", "tcp:host:notaport")
    session.connect_vm()
    arun.wait(lambda: session.state is ConnState.ERROR)
    assert "port must be a number" in session.state_text()
    plain = tmp_path / "plain.sock"
    plain.write_text("")  # no waiting mends a plain file where the socket should be
    wrong = VmSession("y", str(plain))
    wrong.connect_vm()
    arun.wait(lambda: wrong.state is ConnState.ERROR)
    assert wrong.state_text() == (
        f"error: {plain} is a file, not a socket: give the socket's path (the -qmp unix: path)"
    )
    arun(wrong.aclose())


@pytest.mark.qemu
def test_disconnect_while_reconnecting_stops_retrying(qemu: QemuVm, arun: AsyncRunner) -> None:
    session = make_session(qemu.app_socket)
    session.connect_vm()
    arun.wait(lambda: session.connected)
    qemu.kill()
    arun.wait(lambda: session.state is ConnState.RECONNECTING)
    session.disconnect_vm()
    assert session.state is ConnState.DISCONNECTED
    qemu.start()
    arun(asyncio.sleep(1.5))  # what is under test: the 1 s retry falls due, and is not made
    assert session.state is ConnState.DISCONNECTED
    arun(session.aclose())


@pytest.mark.qemu
@pytest.mark.soak
@pytest.mark.timeout(300)
def test_soak_20000_round_trips_through_the_qasync_loop(qemu: QemuVm, arun: AsyncRunner) -> None:
    session = make_session(qemu.app_socket)
    session.connect_vm()
    arun.wait(lambda: session.connected)

    async def worker(count: int) -> int:
        ok = 0
        for _ in range(count):
            status = await session.execute("query-status")
            ok += isinstance(status, dict) and status.get("status") == "running"
        return ok

    async def soak() -> int:
        results = await asyncio.gather(*(worker(2500) for _ in range(8)))
        return sum(results)

    assert arun(soak(), timeout=280) == 20_000
    assert session.connected
    arun(session.aclose())


def test_only_a_shutdown_that_stands_announces_qemus_end() -> None:
    watch = EndWatch()
    watch.take([event("RESUME"), event("SHUTDOWN", {"guest": True, "reason": "guest-shutdown"})])
    assert watch.notice == ShutdownNotice("guest-shutdown", True)
    assert watch.notice.cause == "guest shut down"
    watch.take([event("STOP")])  # -no-shutdown: QEMU stays, stopped
    assert watch.notice is None
    watch.take([event("SHUTDOWN", {"reason": "host-newer-cause"}), event("VNC_DISCONNECTED")])
    assert watch.notice is not None
    assert watch.notice.sentence == "QEMU exited: host-newer-cause"  # a cause of a later QEMU
    watch.take([event("RESET", {"guest": True, "reason": "guest-reset"})])
    assert watch.notice is None


@pytest.mark.qemu
def test_qemu_ended_by_a_signal_is_an_orderly_end(qemu: QemuVm, arun: AsyncRunner) -> None:
    """SIGTERM: QEMU says SHUTDOWN (host-signal) and exits; the session says so, as
    news, and watches the endpoint without counting the attempts as failures."""
    session = make_session(qemu.app_socket)
    messages = Messages(session)
    entries: list[LogEntry] = []
    session.logged.connect(entries.append)
    session.connect_vm()
    arun.wait(lambda: session.connected)
    qemu.signal(signal.SIGTERM)
    arun.wait(lambda: session.state is ConnState.EXITED)
    assert session.state_text() == (
        "exited (QEMU was told to end by a signal); waiting for QEMU to come back"
    )
    assert session.error is None
    assert messages.items[-1] == (
        Level.INFO,
        "testvm: QEMU exited: QEMU was told to end by a signal (host-signal); "
        "waiting for QEMU to come back",
    )
    assert session.can_connect
    arun.wait(lambda: session.attempt >= 2, timeout=10)  # tries again, quietly
    assert session.state is ConnState.EXITED
    assert [e.name for e in entries if e.level is not Level.INFO] == []
    arun(session.aclose())
    assert session.state_text() == "disconnected"  # Disconnect ends the watching


@pytest.mark.qemu
def test_a_path_typed_with_slashes_and_dots_connects(qemu: QemuVm, arun: AsyncRunner) -> None:
    folder = qemu.app_socket.parent
    session = VmSession("", f"/{folder}/./x/../app.sock/")
    session.connect_vm()
    try:
        arun.wait(lambda: session.state is not ConnState.CONNECTING)
        assert session.connected, session.state_text()
    finally:
        arun(session.aclose())
