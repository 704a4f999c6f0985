"""Replies of many megabytes: decoded in slices between which the event loop (the
window's) runs, whole, in the order the server sent them, and a broken one ends the
connection with a sentence. Over the fake server: no QEMU command returns 30 MB on
demand."""

from __future__ import annotations

import asyncio
import functools
import json
from pathlib import Path

import pytest
from qemu.qmp import Message

from qmpgui.qmp import ConnectionLost, QmpConnection, json_slices, parse_endpoint
from qmpgui.qmp.client import StreamClient
from qmpgui.qmp.stream import INLINE_BYTES, JsonValueReader
from tests.helpers.fake_qmp import FakeQmpServer, negotiate, read_command, reply


@functools.cache
def huge() -> tuple[list[str], bytes]:
    """300,000 strings, 30.6 MB as sent (made once, when first asked for)."""
    value = [f"{n:08d}" + "x" * 90 for n in range(300_000)]
    return value, json.dumps(value).encode()


def _reply_bytes(request: dict[str, object], encoded: bytes) -> bytes:
    ident = json.dumps(request.get("id")).encode()
    return b'{"return": ' + encoded + b', "id": ' + ident + b"}\r\n"


def _event(name: str) -> bytes:
    return json.dumps({"event": name, "timestamp": {"seconds": 1, "microseconds": 0}}).encode()


async def _serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """x-huge: 30 MB; x-bad: 10 MB that stop being JSON near the end; x-cut: 10 MB cut
    off by the server's close; x-around: an event, 10 MB, an event, all in one write;
    x-pretty-around: the same with the reply pretty-printed over many lines."""
    await negotiate(reader, writer)
    strings, encoded = huge()
    while True:
        request = await read_command(reader)
        command = request.get("execute")
        if command == "x-huge":
            writer.write(_reply_bytes(request, encoded))
        elif command == "x-bad":
            # The array closed with a brace: not JSON 20 bytes before the end.
            writer.write(_reply_bytes(request, encoded[:10_000_000] + b'"}'))
        elif command == "x-cut":
            writer.write(_reply_bytes(request, encoded)[:10_000_000])
            await writer.drain()
            writer.close()
            return
        elif command in ("x-around", "x-pretty-around"):
            if command == "x-around":
                big = _reply_bytes(request, encoded[:10_000_000] + b'"]')
            else:
                value = {"return": strings[:40_000], "id": request.get("id")}
                big = json.dumps(value, indent=4).replace("\n", "\r\n").encode() + b"\r\n"
            writer.write(_event("BEFORE") + b"\r\n" + big + _event("AFTER") + b"\r\n")
        else:
            writer.write(reply(request, {"status": "running", "running": True}))
        await writer.drain()


def test_a_30_mb_reply_arrives_whole_and_the_connection_stays_up(short_tmp: Path) -> None:
    async def main() -> None:
        conn = QmpConnection(parse_endpoint(str(short_tmp / "big.sock")), command_timeout=120)
        await conn.connect()
        value = await conn.execute("x-huge")
        assert value == huge()[0]
        # The connection goes on: the next command is answered on it.
        assert (await conn.execute("query-status")) == {"status": "running", "running": True}
        assert conn.connected
        await conn.close()

    with FakeQmpServer(short_tmp / "big.sock", _serve):
        asyncio.run(main())


def test_the_loop_runs_while_a_big_message_is_decoded(monkeypatch: pytest.MonkeyPatch) -> None:
    """The whole message is in the buffer: only the decoding is left, and the loop (the
    window's, in the app) must run between its slices, not wait for all of it."""
    monkeypatch.setattr(json_slices, "SLICE_S", 0.0)  # a turn of the loop after every step
    line = _reply_bytes({"id": 7}, huge()[1][:10_000_000] + b'"]')

    async def main() -> tuple[Message, int]:
        stream = asyncio.StreamReader(limit=len(line) + 1)
        stream.feed_data(line)
        ticks = 0
        decoding = asyncio.create_task(JsonValueReader(stream.readline, len(line)).next_message())
        while not decoding.done():
            ticks += 1
            await asyncio.sleep(0)
        return decoding.result(), ticks

    message, ticks = asyncio.run(main())
    assert dict(message) == json.loads(line)
    # About one turn per window of the text: 10 MB / 64 Ki characters is 150 windows.
    assert ticks >= len(line) // json_slices.WINDOW_CHARS // 2


class _Recording(StreamClient):
    """A client that notes every message in the order its reader hands them on."""

    def __init__(self) -> None:
        super().__init__("vm", lambda _: None)
        self.order: list[str] = []

    async def _on_message(self, msg: Message) -> None:
        self.order.append(str(msg.get("event", "reply")))
        await super()._on_message(msg)


@pytest.mark.parametrize("command", ["x-around", "x-pretty-around"])
def test_events_around_a_big_reply_keep_the_servers_order(short_tmp: Path, command: str) -> None:
    async def main() -> tuple[list[str], object]:
        client = _Recording()
        await client.connect(str(short_tmp / "big.sock"))
        value = await client.execute(command)
        await client.execute("query-status")  # the AFTER event is read by now
        await client.disconnect()
        return client.order, value

    with FakeQmpServer(short_tmp / "big.sock", _serve):
        order, value = asyncio.run(main())
    assert isinstance(value, list) and len(value) > INLINE_BYTES // 100
    assert order[-4:] == ["BEFORE", "reply", "AFTER", "reply"]


@pytest.mark.parametrize(
    ("command", "reason"),
    [
        (
            "x-bad",
            "connection lost: the server sent data that is not JSON; the connection was dropped",
        ),
        (
            "x-cut",
            "connection lost: the connection closed in the middle of a message "
            "(QEMU exited or was killed?)",
        ),
    ],
    ids=["not-json", "cut-off"],
)
def test_a_broken_huge_reply_ends_the_connection_with_a_sentence(
    short_tmp: Path, command: str, reason: str
) -> None:
    async def main() -> str:
        conn = QmpConnection(parse_endpoint(str(short_tmp / "big.sock")), command_timeout=120)
        await conn.connect()
        with pytest.raises(ConnectionLost) as lost:
            await conn.execute(command)
        assert str(lost.value) == f"{command} did not complete: the connection to QEMU was lost"
        return await asyncio.wait_for(conn.wait_closed(), 60)

    with FakeQmpServer(short_tmp / "big.sock", _serve):
        assert asyncio.run(main()) == reason
