"""QmpConnection against a real QEMU and, for faults QEMU cannot produce, the fake server."""

from __future__ import annotations

import asyncio
import errno
import gc
import json
import logging
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from qmpgui.qmp import (
    CommandFailed,
    CommandTimeout,
    ConnectFailure,
    ConnectionLost,
    ConnectKind,
    InvalidRequest,
    NotConnected,
    QmpConnection,
    parse_endpoint,
)
from qmpgui.qmp.errors import MAX_MESSAGE_BYTES, describe_connect_error
from tests.helpers.fake_qmp import FakeQmpServer, negotiate, read_command, reply, serve_basic
from tests.helpers.qemu_vm import QemuVm


def conn_to(path: Path, **kwargs: float) -> QmpConnection:
    return QmpConnection(parse_endpoint(str(path)), **kwargs)  # type: ignore[arg-type]


@pytest.mark.qemu
def test_connects_negotiates_and_discovers(qemu: QemuVm) -> None:
    async def main() -> None:
        conn = conn_to(qemu.app_socket)
        await conn.connect()
        assert conn.connected
        assert conn.greeting.version.major is not None and conn.greeting.version.major >= 7
        assert conn.capabilities.source == "query-qmp-schema"
        assert {"query-status", "stop", "cont", "eject"} <= conn.capabilities.commands
        assert "SHUTDOWN" in conn.capabilities.events
        status = await conn.execute("query-status")
        assert isinstance(status, dict) and status["status"] == "running"
        await conn.close()
        assert not conn.connected

    asyncio.run(main())


@pytest.mark.qemu
def test_error_reply_and_missing_command_read_well(qemu: QemuVm) -> None:
    async def main() -> None:
        conn = conn_to(qemu.app_socket)
        await conn.connect()
        with pytest.raises(CommandFailed) as missing:
            await conn.execute("no-such-command")
        assert missing.value.unavailable
        assert str(missing.value).startswith("this QEMU has no command 'no-such-command'")
        with pytest.raises(CommandFailed) as bad:
            await conn.execute("eject", {"id": "nothing-here"})
        assert bad.value.error_class == "DeviceNotFound"
        assert str(bad.value).startswith("eject failed: DeviceNotFound: ")
        assert (await conn.execute("query-status")) is not None  # still usable
        await conn.close()

    asyncio.run(main())


@pytest.mark.qemu
def test_a_raw_exchange_returns_qemus_whole_reply_with_the_users_id(qemu: QemuVm) -> None:
    """The console's path (qemu.qmp's private _raw, used in this one place)."""

    async def main() -> None:
        conn = conn_to(qemu.app_socket)
        await conn.connect()
        reply = await conn.exchange({"execute": "query-status", "id": "mine-1"})
        assert reply["id"] == "mine-1" and reply["return"]["status"] == "running"
        plain = await conn.exchange({"execute": "query-name"})
        assert "id" not in plain and "return" in plain  # no id given: none shown
        missing = await conn.exchange({"execute": "no-such-command", "id": "x"})
        assert missing["error"]["class"] == "CommandNotFound" and missing["id"] == "x"
        bad = await conn.exchange({"execute": "eject", "arguments": {"id": "nope"}})
        assert bad["error"]["class"] == "DeviceNotFound"
        number = await conn.exchange({"execute": "query-status", "id": 7})
        assert number["id"] == 7 and "return" in number  # QMP allows any JSON value
        with pytest.raises(InvalidRequest):
            await conn.exchange({"execute": "query-status", "id": "__qmp#1"})
        assert (await conn.execute("query-status")) is not None  # still usable
        await conn.close()

    asyncio.run(main())


@pytest.mark.qemu
def test_events_arrive_and_stop_changes_state(qemu: QemuVm) -> None:
    async def main() -> None:
        conn = conn_to(qemu.app_socket)
        await conn.connect()
        qemu.watch.execute("stop")
        events = await asyncio.wait_for(conn.next_events(), 5)
        assert [e.name for e in events] == ["STOP"]
        assert events[0].timestamp is not None
        assert (await conn.execute("query-status"))["status"] == "paused"  # type: ignore[index]
        await conn.close()

    asyncio.run(main())


@pytest.mark.qemu
def test_frozen_qemu_times_out_then_recovers(qemu: QemuVm) -> None:
    async def main() -> None:
        conn = conn_to(qemu.app_socket, command_timeout=0.5)
        await conn.connect()
        qemu.signal(signal.SIGSTOP)
        try:
            with pytest.raises(CommandTimeout, match=r"did not answer within 0\.5 s"):
                await conn.execute("query-status")
        finally:
            qemu.signal(signal.SIGCONT)
        assert (await conn.execute("query-status"))["status"] == "running"  # type: ignore[index]
        await conn.close()

    asyncio.run(main())


@pytest.mark.qemu
def test_killed_qemu_fails_pending_command_and_reports_loss(qemu: QemuVm) -> None:
    async def main() -> None:
        conn = conn_to(qemu.app_socket)
        await conn.connect()
        qemu.signal(signal.SIGSTOP)  # the command stays pending
        pending = asyncio.ensure_future(conn.execute("query-status"))
        await asyncio.sleep(0)  # one turn: the command is asked of qemu.qmp ...
        assert conn._client._pending
        async with asyncio.timeout(30):
            await conn._client._outgoing.join()  # ... and written to the socket
        assert not pending.done()
        qemu.kill()
        with pytest.raises(ConnectionLost, match="connection to QEMU was lost"):
            await asyncio.wait_for(pending, 5)
        reason = await asyncio.wait_for(conn.wait_closed(), 5)
        assert reason.startswith("connection lost")
        with pytest.raises(ConnectionLost):
            await conn.execute("query-status")
        await conn.close()

    asyncio.run(main())


@pytest.mark.qemu
def test_busy_monitor_is_detected_by_the_greeting_timeout(qemu: QemuVm) -> None:
    async def main() -> None:
        holder = conn_to(qemu.app_socket)
        await holder.connect()
        second = conn_to(qemu.app_socket, greeting_timeout=0.5)
        with pytest.raises(ConnectFailure) as failure:
            await second.connect()
        assert failure.value.kind is ConnectKind.BUSY
        assert "monitor busy" in str(failure.value) and "one client at a time" in str(failure.value)
        await holder.close()

    asyncio.run(main())


def connect_error(path: Path, **kwargs: float) -> ConnectFailure:
    async def main() -> ConnectFailure:
        conn = conn_to(path, **kwargs)
        try:
            await conn.connect()
        except ConnectFailure as failure:
            return failure
        raise AssertionError("connected")

    return asyncio.run(main())


def test_no_such_socket(tmp_path: Path) -> None:
    failure = connect_error(tmp_path / "missing.sock")
    assert failure.kind is ConnectKind.NO_SOCKET
    assert str(failure).startswith(f"no such socket: {tmp_path / 'missing.sock'}")


def test_stale_socket_file_is_refused(short_tmp: Path) -> None:
    path = short_tmp / "stale.sock"
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(str(path))
    listener.close()  # the file stays, nobody listens
    failure = connect_error(path)
    assert failure.kind is ConnectKind.REFUSED and "nothing listens" in str(failure)


def test_a_folder_or_a_plain_file_is_not_taken_for_a_dead_socket(short_tmp: Path) -> None:
    folder = short_tmp / "vms"
    folder.mkdir()
    failure = connect_error(folder)
    assert failure.kind is ConnectKind.NO_SOCKET
    assert str(failure).startswith(f"{folder} is a folder, not a socket")
    plain = short_tmp / "vm.qmp"
    plain.write_text("not a socket")
    assert str(connect_error(plain)).startswith(f"{plain} is a file, not a socket")


def test_tcp_refused() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    failure = asyncio.run(_tcp_failure(port))
    assert failure.kind is ConnectKind.REFUSED
    assert str(failure) == f"connection refused: nothing listens on 127.0.0.1:{port}"


async def _tcp_failure(port: int) -> ConnectFailure:
    try:
        await QmpConnection(parse_endpoint(f"127.0.0.1:{port}")).connect()
    except ConnectFailure as failure:
        return failure
    raise AssertionError("connected")


PROBE = """
import asyncio, sys
from qmpgui.qmp import ConnectFailure, QmpConnection, parse_endpoint
async def main():
    try:
        await QmpConnection(parse_endpoint(sys.argv[1])).connect()
    except ConnectFailure as failure:
        print(failure.kind.name, failure, sep="|")
asyncio.run(main())
"""


def test_permission_denied(short_tmp: Path) -> None:
    short_tmp.chmod(0o755)
    path = short_tmp / "locked.sock"
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(str(path))
    listener.listen()
    path.chmod(0o000)
    # Root ignores socket permissions: probe as an unprivileged user, for real.
    drop = (
        ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]
        if os.geteuid() == 0
        else []
    )
    try:
        result = subprocess.run(
            [*drop, sys.executable, "-c", PROBE, str(path)],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
            cwd=Path(__file__).resolve().parents[2],
        )
    finally:
        listener.close()
    kind, _, message = result.stdout.strip().partition("|")
    assert kind == "PERMISSION", result.stderr
    assert message.startswith(f"permission denied on {path}: your user may not open this socket")


def test_permission_wording_without_a_socket() -> None:
    failure = describe_connect_error(
        PermissionError(errno.EACCES, "Permission denied"), parse_endpoint("/run/vm.qmp")
    )
    assert failure.kind is ConnectKind.PERMISSION


def test_not_connected_is_clear() -> None:
    async def main() -> None:
        with pytest.raises(NotConnected, match="not connected"):
            await QmpConnection(parse_endpoint("/x.sock")).execute("query-status")

    asyncio.run(main())


# -- the fake server: what a real QEMU cannot do on demand --------------------


def fake_failure(short_tmp: Path, payload: bytes, **kwargs: float) -> ConnectFailure:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(payload)
        await writer.drain()
        await asyncio.sleep(30)

    with FakeQmpServer(short_tmp / "fake.sock", handler):
        return connect_error(short_tmp / "fake.sock", **kwargs)


def test_garbage_greeting(short_tmp: Path) -> None:
    failure = fake_failure(short_tmp, b"\x8f\x02 garbage bytes {{{\r\n")
    assert failure.kind is ConnectKind.NOT_QMP
    assert str(failure).startswith("not a QMP server: its first message is not JSON")


def test_http_server(short_tmp: Path) -> None:
    failure = fake_failure(short_tmp, b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
    assert str(failure) == "an HTTP server answered, not a QMP monitor"


def test_hmp_monitor(short_tmp: Path) -> None:
    failure = fake_failure(
        short_tmp, b"QEMU 7.2.22 monitor - type 'help' for more information\r\n(qemu) "
    )
    assert "human monitor (HMP)" in str(failure)


def test_json_that_is_not_a_greeting(short_tmp: Path) -> None:
    failure = fake_failure(short_tmp, b'{"hello": "world"}\r\n')
    assert "JSON but not a QMP greeting" in str(failure)


def test_silence_after_greeting(short_tmp: Path) -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await negotiate(reader, writer)
        await asyncio.sleep(30)  # never answers a command

    async def main() -> None:
        conn = conn_to(short_tmp / "fake.sock", command_timeout=0.3)
        with pytest.raises(CommandTimeout):
            await conn.connect()  # capability discovery times out
        assert not conn.connected

    with FakeQmpServer(short_tmp / "fake.sock", handler):
        asyncio.run(main())


async def _discovery(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    await negotiate(reader, writer)
    request = await read_command(reader)  # query-qmp-schema
    writer.write(reply(request, []))
    await writer.drain()


def test_close_in_the_middle_of_a_reply(short_tmp: Path) -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await _discovery(reader, writer)
        await read_command(reader)
        writer.write(b'{"return": {"status": "runn')
        await writer.drain()
        writer.close()

    async def main() -> None:
        conn = conn_to(short_tmp / "fake.sock")
        await conn.connect()
        with pytest.raises(ConnectionLost):
            await conn.execute("query-status")
        assert (await conn.wait_closed()).startswith("connection lost")

    with FakeQmpServer(short_tmp / "fake.sock", handler):
        asyncio.run(main())


def test_oversized_message_drops_the_connection(short_tmp: Path) -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await _discovery(reader, writer)
        request = await read_command(reader)
        writer.write(reply(request, "x" * (MAX_MESSAGE_BYTES + 1024 * 1024)))
        await writer.drain()
        await asyncio.sleep(30)

    async def main() -> None:
        conn = conn_to(short_tmp / "fake.sock")
        await conn.connect()
        with pytest.raises(ConnectionLost):
            await conn.execute("query-status")
        assert "over the 32 MiB limit" in await conn.wait_closed()

    with FakeQmpServer(short_tmp / "fake.sock", handler):
        asyncio.run(main())


def test_event_flood_is_bounded_and_counted(short_tmp: Path) -> None:
    sent = 30_000

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await _discovery(reader, writer)
        event = {
            "event": "RTC_CHANGE",
            "data": {"offset": 1},
            "timestamp": {"seconds": 1, "microseconds": 2},
        }
        writer.write((json.dumps(event).encode() + b"\r\n") * sent)
        await writer.drain()
        await asyncio.sleep(30)

    async def main() -> None:
        conn = QmpConnection(parse_endpoint(str(short_tmp / "fake.sock")), event_buffer=1000)
        await conn.connect()
        deadline = asyncio.get_running_loop().time() + 10
        while conn.dropped_events + len(conn._events) < sent:
            assert asyncio.get_running_loop().time() < deadline
            await asyncio.sleep(0.05)
        batch = await conn.next_events()
        assert len(batch) == 1000  # bounded: only the newest are kept
        assert conn.dropped_events == sent - 1000
        # The library's own unbounded listener must never see events (private hook pinned).
        assert conn._client.events.history == ()
        await conn.close()

    with FakeQmpServer(short_tmp / "fake.sock", handler):
        asyncio.run(main())


@pytest.mark.qemu
def test_protocol_lines_are_logged_only_when_debugging(
    qemu: QemuVm, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--debug shows every message sent and received; without it no message is formatted
    for a log nobody reads (that pretty-printing once cost most of each poll)."""
    from qemu.qmp import Message

    formatted = []
    original = Message.__str__
    monkeypatch.setattr(Message, "__str__", lambda m: formatted.append(1) or original(m))

    async def exchange() -> None:
        conn = conn_to(qemu.app_socket)
        await conn.connect()
        await conn.execute("query-status")
        await conn.close()

    caplog.set_level(logging.INFO, logger="qemu.qmp")
    asyncio.run(exchange())
    assert formatted == []
    assert not [r for r in caplog.records if r.getMessage().startswith(("-->", "<--"))]

    caplog.set_level(logging.DEBUG, logger="qemu.qmp")
    asyncio.run(exchange())
    lines = [r.getMessage() for r in caplog.records]
    assert any(line.startswith("-->") and '"execute": "query-status"' in line for line in lines)
    assert any(line.startswith("<--") and '"running": true' in line for line in lines)


def test_a_close_cancelled_as_the_server_goes_leaves_no_unread_error(short_tmp: Path) -> None:
    """The window closes, or the user disconnects, just as QEMU goes away: the wait for the
    end is cancelled while qemu.qmp disconnects. The reader's EOFError must still be read,
    not reported by asyncio as an exception nobody retrieved."""
    from qemu.qmp import Runstate

    async def cancelled_after(turns: int, server: FakeQmpServer) -> list[dict[str, object]]:
        loop = asyncio.get_running_loop()
        errors: list[dict[str, object]] = []
        loop.set_exception_handler(lambda _loop, context: errors.append(context))
        conn = conn_to(server.path)
        await conn.connect()
        ending = asyncio.ensure_future(conn.wait_closed())
        server.__exit__(None, None, None)  # EOF for the reader
        async with asyncio.timeout(30):
            while conn._client.runstate is Runstate.RUNNING:
                await conn._client.runstate_changed()
        for _ in range(turns):  # into qemu.qmp's disconnect, part of the way
            await asyncio.sleep(0)
        ending.cancel()
        await asyncio.gather(ending, return_exceptions=True)
        await conn.close()
        del ending
        gc.collect()
        await asyncio.sleep(0)
        return errors

    for turns in range(6):
        server = FakeQmpServer(short_tmp / f"gone{turns}.sock", serve_basic).__enter__()
        assert asyncio.run(cancelled_after(turns, server)) == [], f"cancelled after {turns} turns"
