"""QMP as a stream of JSON values: a pretty-printed monitor (a real QEMU's `pretty=on`),
several values on one line, and events around the handshake (the fake server: QEMU
cannot be made to send them there on demand)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import threading
from pathlib import Path

import pytest
from qemu.qmp.message import DeserializationError

from qmpgui.qmp import ConnectFailure, ConnectKind, QmpConnection, parse_endpoint
from qmpgui.qmp.client import StreamClient
from qmpgui.qmp.stream import JsonValueReader, MessageTooLarge, TruncatedMessage
from tests.helpers.fake_qmp import GREETING, FakeQmpServer, negotiate, read_command, reply
from tests.helpers.qemu_vm import QemuVm

# What QEMU 7.2 sends on a `-mon chardev=...,mode=control,pretty=on` monitor.
PRETTY_REPLY = b'{\r\n    "return": {\r\n        "status": "running",\r\n        "running": true\r\n    }\r\n}\r\n'


def read_all(data: bytes, limit: int = 1 << 20) -> list[object]:
    """Every message a JsonValueReader cuts out of `data`, then what ended the stream."""

    async def main() -> list[object]:
        stream = asyncio.StreamReader(limit=limit)
        stream.feed_data(data)
        stream.feed_eof()

        async def readline() -> bytes:
            line = await stream.readline()
            if not line:
                raise EOFError
            return line

        reader = JsonValueReader(readline, limit)
        found: list[object] = []
        while True:
            try:
                found.append(dict(await reader.next_message()))
            except EOFError:
                return found
            except (DeserializationError, MessageTooLarge) as err:
                return [*found, err]

    return asyncio.run(main())


def test_compact_and_pretty_messages_read_alike() -> None:
    compact = b'{"return": {"status": "running", "running": true}}\r\n'
    expected = {"return": {"status": "running", "running": True}}
    assert read_all(compact + PRETTY_REPLY + compact) == [expected] * 3


def test_several_values_on_a_line_and_blank_lines_between() -> None:
    data = b'{"a": 1}{"b": [1, {"c": 2}]} {"d": 3}\r\n\r\n  \r\n{"e":\r\n 4}{"f":\r\n5}\r\n'
    assert read_all(data) == [{"a": 1}, {"b": [1, {"c": 2}]}, {"d": 3}, {"e": 4}, {"f": 5}]


def test_brackets_and_quotes_inside_strings_do_not_count() -> None:
    data = b'{\r\n  "desc": "a } and a ] and a \\" and a {",\r\n  "x": "[[["\r\n}\r\n{"y": 1}\r\n'
    assert read_all(data) == [{"desc": 'a } and a ] and a " and a {', "x": "[[["}, {"y": 1}]


def test_a_stream_that_ends_inside_a_value() -> None:
    [cut] = read_all(PRETTY_REPLY[:40])
    assert isinstance(cut, TruncatedMessage) and cut.raw == PRETTY_REPLY[:40]


def test_a_line_that_is_not_json_fails_at_once_without_more_lines() -> None:
    async def main() -> DeserializationError:
        stream = asyncio.StreamReader()
        stream.feed_data(b"{garbage\r\n")  # and nothing more, no end of stream either
        reader = JsonValueReader(stream.readline, 1 << 20)
        with pytest.raises(DeserializationError) as failure:
            async with asyncio.timeout(5):
                await reader.next_message()
        return failure.value

    assert asyncio.run(main()).raw == b"{garbage\r\n"


def test_a_pretty_message_over_the_limit() -> None:
    line = b'    "' + b"x" * 1000 + b'",\r\n'
    [*_, failure] = read_all(b'{\r\n  "return": [\r\n' + line * 100, limit=50_000)
    assert isinstance(failure, MessageTooLarge)


def conn_to(path: Path, **kwargs: float) -> QmpConnection:
    return QmpConnection(parse_endpoint(str(path)), **kwargs)  # type: ignore[arg-type]


@pytest.mark.qemu
def test_a_pretty_printed_monitor_works_like_any_other(short_tmp: Path) -> None:
    """Also pins qemu.qmp's private reader hooks (StreamClient): every message of a
    session, the greeting and the negotiation's reply included, is read through them."""
    vm = QemuVm(short_tmp).start(pretty=True)

    async def main() -> None:
        conn = conn_to(vm.app_socket)
        await conn.connect()
        assert conn.greeting.version.major is not None and conn.greeting.version.major >= 7
        assert conn.capabilities.source == "query-qmp-schema"  # a 200 KB reply, pretty
        assert {"query-status", "stop", "cont"} <= conn.capabilities.commands
        assert (await conn.execute("query-status"))["status"] == "running"  # type: ignore[index]
        raw = await conn.exchange({"execute": "query-name", "id": "n1"})
        assert raw == {"return": {"name": "testvm"}, "id": "n1"}
        await conn.execute("stop")
        events = await asyncio.wait_for(conn.next_events(), 10)
        assert [e.name for e in events] == ["STOP"]
        await conn.close()

    try:
        assert _first_line(vm.app_socket) == b"{\r\n"  # the monitor does pretty-print
        asyncio.run(main())
        assert vm.watch.execute("query-status")["status"] == "paused"  # the stop was real
    finally:
        vm.stop()


def _first_line(path: Path) -> bytes:
    """The first line the monitor at `path` sends (of its greeting), read by a bare socket."""
    with socket.socket(socket.AF_UNIX) as sock:
        sock.settimeout(10)
        sock.connect(str(path))
        with sock.makefile("rb") as stream:
            return stream.readline()


EVENT = {
    "event": "RTC_CHANGE",
    "data": {"offset": 7},
    "timestamp": {"seconds": 1700000000, "microseconds": 5},
}


def event_bytes(offset: int) -> bytes:
    return json.dumps({**EVENT, "data": {"offset": offset}}).encode() + b"\r\n"


@pytest.mark.parametrize(
    ("after_greeting", "before_reply"),
    [(1, 0), (0, 1), (0, 3), (2, 2)],
    ids=["after-greeting", "before-reply", "three-before-reply", "both"],
)
def test_events_around_the_handshake_are_events(
    short_tmp: Path, after_greeting: int, before_reply: int
) -> None:
    """Events after the greeting, before qmp_capabilities is sent or before its reply:
    the connection is made and every event is delivered, in order."""
    offsets = list(range(after_greeting + before_reply))

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(GREETING + b"".join(event_bytes(o) for o in offsets[:after_greeting]))
        await writer.drain()
        request = await read_command(reader)
        assert request["execute"] == "qmp_capabilities"
        writer.write(b"".join(event_bytes(o) for o in offsets[after_greeting:]))
        writer.write(reply(request, {}))
        await writer.drain()
        while True:
            request = await read_command(reader)
            value = (
                {"status": "running", "running": True}
                if request["execute"] == "query-status"
                else []
            )
            writer.write(reply(request, value))
            await writer.drain()

    async def main() -> None:
        conn = conn_to(short_tmp / "fake.sock")
        await conn.connect()
        assert (await conn.execute("query-status"))["status"] == "running"  # type: ignore[index]
        events = await asyncio.wait_for(conn.next_events(), 5)
        assert [(e.name, e.data["offset"]) for e in events] == [("RTC_CHANGE", o) for o in offsets]
        await conn.close()

    with FakeQmpServer(short_tmp / "fake.sock", handler):
        asyncio.run(main())


def test_a_reply_that_is_not_the_negotiations_still_fails_clearly(short_tmp: Path) -> None:
    """Only events are passed over: an error reply to qmp_capabilities is still a failed
    negotiation, not a wait."""

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(GREETING + event_bytes(1))
        await writer.drain()
        await read_command(reader)
        writer.write(b'{"error": {"class": "GenericError", "desc": "no"}}\r\n')
        await writer.drain()
        await asyncio.sleep(30)

    async def main() -> ConnectFailure:
        with pytest.raises(ConnectFailure) as failure:
            await conn_to(short_tmp / "fake.sock", greeting_timeout=10).connect()
        return failure.value

    with FakeQmpServer(short_tmp / "fake.sock", handler):
        failure = asyncio.run(main())
    assert failure.kind is ConnectKind.NOT_QMP
    assert "did not accept qmp_capabilities" in str(failure)


def test_what_qemu_sent_before_the_connection_broke_is_still_read() -> None:
    # A write to a monitor QEMU has just closed fails (EPIPE), and asyncio's reader then
    # raises at once, though QEMU's last lines (a guest's SHUTDOWN) are in its buffer.
    async def messages() -> tuple[list[object], BaseException | None]:
        client = StreamClient("vm", lambda _: None)
        reader = asyncio.StreamReader()
        client._reader = reader
        reader.feed_data(b'{"event": "SHUTDOWN"}\r\n{"event": "STOP"}\r\n{"ev')
        reader.set_exception(BrokenPipeError(32, "Broken pipe"))
        read: list[object] = []
        try:
            while True:
                read.append((await client._values.next_message())["event"])
        except BrokenPipeError as error:
            return read, error

    read, error = asyncio.run(messages())
    assert read == ["SHUTDOWN", "STOP"]
    assert isinstance(error, BrokenPipeError)  # then the connection is said lost


def test_qemus_last_event_before_it_closed_is_delivered_though_a_write_failed_first(
    short_tmp: Path,
) -> None:
    # QEMU says SHUTDOWN and closes the monitor while qmpgui writes a command: the write
    # fails (EPIPE) before the reader has looked, and asyncio then stops reading the
    # socket, whose last bytes (the SHUTDOWN) the kernel still holds.
    go, closed = threading.Event(), threading.Event()

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await negotiate(reader, writer)
        await asyncio.get_running_loop().run_in_executor(None, go.wait)
        writer.write(
            b'{"event": "SHUTDOWN", "data": {"guest": true, "reason": "guest-shutdown"}}\r\n'
        )
        await writer.drain()
        writer.close()
        try:
            await writer.wait_closed()
        finally:
            closed.set()

    async def main() -> list[object]:
        seen: list[object] = []
        client = StreamClient("vm", lambda event: seen.append(event.get("event")))
        await client.connect(str(short_tmp / "fake.sock"))
        go.set()
        assert closed.wait(5)  # the loop held while QEMU writes and closes
        assert client._writer is not None
        client._writer.write(b'{"execute": "query-status"}\r\n')  # EPIPE, at once
        for _ in range(50):
            if client.runstate.name == "IDLE" or seen:
                break
            await asyncio.sleep(0.05)
        with contextlib.suppress(OSError):  # the library passes the write's error on
            await client.disconnect()
        return seen

    with FakeQmpServer(short_tmp / "fake.sock", handler):
        assert asyncio.run(main()) == ["SHUTDOWN"]
