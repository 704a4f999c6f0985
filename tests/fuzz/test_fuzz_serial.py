"""The serial console's readers on any input: query-chardev replies of any shape give
ports without raising, the terminal takes any bytes the guest may send (escape
sequences and UTF-8 cut anywhere, odd parameters) and shows lines of text, and a
ringbuf-read reply of any text gives bytes."""

from __future__ import annotations

import asyncio
import base64
import unicodedata
from typing import Any

from hypothesis import example, given
from hypothesis import strategies as st

from qmpgui.qmp.machine import parse_chardevs
from qmpgui.qmp.reader import Problems
from qmpgui.qmp.serial_ports import serial_ports
from qmpgui.session.serial_transports import open_ringbuf
from qmpgui.ui.terminal_keys import paste_bytes
from qmpgui.ui.terminal_view import TerminalView
from tests.helpers.fuzz_text import terminal_bytes
from tests.helpers.strategies import FUZZ

FILENAMES = st.sampled_from(
    ["ringbuf", "memory", "file", "pty:", "unix:", "disconnected:unix:", "tcp:", "vc", ""]
).flatmap(lambda head: st.text(max_size=20).map(lambda tail: head + tail))
CHARDEV = st.fixed_dictionaries(
    {},
    optional={
        "label": st.text(max_size=10) | st.integers(),
        "filename": FILENAMES | st.none(),
        "frontend-open": st.booleans() | st.text(max_size=2),
    },
)


@FUZZ
@given(
    reply=st.lists(CHARDEV, max_size=6) | st.none() | st.text(max_size=5),
    local=st.booleans(),
    domain=st.booleans(),
)
def test_any_query_chardev_reply_gives_ports_without_raising(
    reply: object, local: bool, domain: bool
) -> None:
    ports = serial_ports(parse_chardevs(reply, Problems()), local=local, domain=domain)
    reachable = [port.reachable for port in ports]
    assert reachable == sorted(reachable, reverse=True)  # those it can open first
    for port in ports:
        assert port.label and port.title.startswith(port.label)
        assert not (port.reachable and port.kind.value == "other")


@FUZZ
@given(text=st.text(max_size=40))
def test_pasted_text_has_no_line_feed_left(text: str) -> None:
    sent = paste_bytes(text)
    assert b"\n" not in sent and sent.decode("utf-8").replace("\r", "") == text.replace(
        "\r\n", ""
    ).replace("\n", "").replace("\r", "")


@FUZZ
@given(chunks=st.lists(terminal_bytes, min_size=1, max_size=4), columns=st.integers(1, 200))
@example(chunks=[b"\x1b[38;5;999999m", b"x"], columns=80)
@example(chunks=[b"\x1b[99999999999999999999;99999999999999999999H", b"x"], columns=80)
@example(chunks=["🙂".encode()[:2], "🙂".encode()[2:], b"\xff\xed\xa0\x80"], columns=1)
def test_the_terminal_takes_any_bytes_and_shows_lines(
    qapp: Any, chunks: list[bytes], columns: int
) -> None:
    """What a guest writes, cut anywhere: the screen keeps its size, every line is text
    without a control character, and printable ASCII the guest wrote alone is shown."""
    view = TerminalView(history=20)
    view.resize_screen(columns, 10)
    for chunk in chunks:
        view.feed(chunk)
    assert (view.columns, view.rows) == (columns, 10)
    for index in range(view.history_lines() + view.rows):
        line = view.line_text(index)
        assert len(line) <= columns
        assert not [c for c in line if unicodedata.category(c) == "Cc"], repr(line)
    view.grab()  # paints every cell (colours of any name) without raising
    stream = b"".join(chunks)
    if stream.isascii() and stream.isalnum() and len(stream) <= columns:
        assert view.text() == stream.decode()


@FUZZ
@given(reply=st.one_of(st.text(max_size=12), st.binary(max_size=9).map(base64.b64encode)))
@example(reply="not base64!")
def test_a_ringbuf_read_of_any_reply_gives_bytes(reply: str | bytes) -> None:
    """QEMU's ringbuf-read answers base64; anything else reads as nothing, not a crash."""
    text = reply.decode() if isinstance(reply, bytes) else reply

    async def execute(command: str, arguments: Any) -> object:
        return text

    async def run() -> bytes:
        transport = await open_ringbuf(execute, "s0", asyncio.Event())
        try:
            return await asyncio.wait_for(transport.read(), 0.05)
        except TimeoutError:
            return b""  # nothing written: read() waits for the guest

    got = asyncio.run(run())
    if isinstance(reply, bytes):
        assert got == base64.b64decode(reply)
