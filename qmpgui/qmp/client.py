"""qemu.qmp's QMPClient with its message reading and event delivery replaced: the one
place that overrides the library's private hooks."""

from __future__ import annotations

import asyncio
import logging
import os
import socket
from collections.abc import Callable
from ssl import SSLContext

from qemu.qmp import Message, QMPClient, Runstate

from qmpgui.qmp.errors import MAX_MESSAGE_BYTES
from qmpgui.qmp.stream import JsonValueReader
from qmpgui.qmp.tls import TlsChannel

#: Events read in a row before the reader lets the window (and the event consumer) run.
EVENTS_PER_TURN = 200


class StreamClient(QMPClient):
    """QMPClient that reads a stream of JSON values and sends events to one callback.

    `name` names the connection in the library's log; `sink` takes each event, the
    parsed object as QEMU sent it, on the reader's turn (it must not block). One client
    serves one connection.

    qemu.qmp reads one message per line, which a pretty-printed monitor breaks, and its
    default listener keeps every event in an unbounded queue and an unbounded history.
    The library's private parts this relies on, for the exact version in pyproject.toml:
    the message reader hook (_do_recv) and its line reader (_readline; and asyncio's
    StreamReader._buffer, see _line), pinned by the
    pretty-printed monitor and handshake tests of tests/qmp/test_wire.py; the dispatch
    hook, the message hooks and Message._object, pinned by tests/qmp/test_connection.py.
    The reader hook may take many turns of the event loop for one message (a big one is
    decoded in slices, qmp/json_slices): the library's reader awaits it before it routes
    the next, so events and replies keep the server's order, pinned by
    tests/qmp/test_big_messages.py.

    `tls` makes the connection QMP over TLS: the connect hook (_do_connect) does the
    handshake on the socket given, the send hook (_do_send) follows each message with a
    line end of its own, and the flush at disconnect (_bh_flush_writer) drains without
    the library's zero limits (tests/qmp/test_tls.py pins them against QEMU).
    """

    def __init__(
        self,
        name: str,
        sink: Callable[[dict[str, object]], None],
        tls: TlsChannel | None = None,
    ) -> None:
        super().__init__(name, readbuflen=MAX_MESSAGE_BYTES)
        self._sink = sink
        self._unyielded = 0
        self._values = JsonValueReader(self._line, MAX_MESSAGE_BYTES)
        self._tls = tls
        #: Whole lines that were read already when the connection broke (see _line).
        self._salvaged: list[bytes] = []

    async def _line(self) -> bytes:
        """The next line from QEMU, also those it sent before the connection broke.

        A write that fails (EPIPE on a monitor QEMU has just closed) makes asyncio's
        StreamReader raise at once on every read, though lines QEMU sent before it
        closed are still in its buffer (StreamReader.readuntil checks the error first):
        QEMU's last words, such as the SHUTDOWN event of a guest that powered off, were
        lost, and an orderly end looked like a lost connection. Those lines are read
        first; then the error stands. Relies on StreamReader._buffer (CPython 3.11+),
        pinned by tests/qmp/test_wire.py."""
        if self._salvaged:
            return self._salvaged.pop(0)
        try:
            return await self._readline()
        except (BrokenPipeError, ConnectionResetError):
            buffer = getattr(self._reader, "_buffer", None)
            if not isinstance(buffer, bytearray):
                raise
            lines = [
                line for line in bytes(buffer).splitlines(keepends=True) if line.endswith(b"\n")
            ]
            buffer.clear()
            if not lines:
                raise
            self._salvaged = lines[1:]
            return lines[0]

    async def _do_connect(self, address: object, ssl: SSLContext | None = None) -> None:
        if self._tls is None or not isinstance(address, socket.socket):
            await super()._do_connect(address, ssl)  # type: ignore[arg-type]
            self._keep_last_words()
            return
        # The library's own TLS path gives asyncio no server name, which it needs to
        # check the server's certificate against.
        self._set_state(Runstate.CONNECTING)
        # Small writes go out at once: the lone line end below must not wait for Nagle.
        address.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._reader, self._writer = await asyncio.open_connection(
            sock=address,
            ssl=self._tls.context,
            server_hostname=self._tls.server_hostname,
            limit=self.readbuflen,
        )

    def _keep_last_words(self) -> None:
        """Keep what QEMU sent before a write failed: asyncio's transport stops reading
        the socket at a failed write (EPIPE: QEMU said SHUTDOWN and closed meanwhile)
        and closes it, though the kernel still holds QEMU's last bytes. They are read
        into the stream before the loss is passed on (see _line). Relies on the
        transport's protocol (StreamReaderProtocol.connection_lost), pinned by
        tests/qmp/test_wire.py."""
        if self._writer is None or self._reader is None:
            return
        transport = self._writer.transport
        sock = transport.get_extra_info("socket")
        protocol = transport.get_protocol()
        if sock is None or protocol is None:
            return
        fd, reader = sock.fileno(), self._reader
        lost = protocol.connection_lost

        def connection_lost(exc: Exception | None) -> None:
            # After the end of the stream the kernel holds nothing more: no data then.
            data = _unread(fd) if isinstance(exc, (BrokenPipeError, ConnectionResetError)) else b""
            if data:
                reader.feed_data(data)
            lost(exc)

        protocol.connection_lost = connection_lost  # type: ignore[method-assign]

    async def _bh_flush_writer(self) -> None:
        if self._tls is None:
            await super()._bh_flush_writer()
            return
        # The library's flush sets the write buffer's limits to 0 before draining: an SSL
        # transport then pauses writing at an empty buffer and never resumes (CPython
        # 3.11), so the drain, and the disconnect, would never end.
        if self._writer_task is not None:
            await self._outgoing.join()
        if self._writer is not None:
            await self._writer.drain()

    def _do_send(self, msg: Message) -> None:
        super()._do_send(msg)
        if self._tls is not None:
            # QEMU's TLS monitor (7.2) acts on a command only once a later TLS record
            # arrives: a line end written apart, a record of its own, is that record.
            assert self._writer is not None
            self._writer.write(b"\n")

    async def _do_recv(self) -> Message:
        # Every message the library reads, from the greeting on, comes through here.
        msg = await self._values.next_message()
        # Events may come between the greeting and the reply to qmp_capabilities (and a
        # server may send them before the command): qemu.qmp would take the first for the
        # reply and give up. After the greeting they are events like any other.
        while self.runstate is Runstate.CONNECTING and self.greeting is not None and "event" in msg:
            await self._event_dispatch(self._cb_inbound(msg))
            msg = await self._values.next_message()
        return msg

    async def _event_dispatch(self, msg: Message) -> None:
        # The parsed object itself: dict(msg) goes key by key through Python code.
        self._sink(msg._object)
        # The reader goes on without waiting while whole lines sit in its buffer: under a
        # flood of events it would hold the window's thread until the backlog is read.
        self._unyielded += 1
        if self._unyielded >= EVENTS_PER_TURN:
            self._unyielded = 0
            await asyncio.sleep(0)

    # The library pretty-prints every message for its debug log even while that log is
    # off (json.dumps with indent: the pure-Python encoder): about 40 % of the cost of a
    # poll, and on the window's thread for every reply and event, however big.
    def _cb_outbound(self, msg: Message) -> Message:
        if self.logger.isEnabledFor(logging.DEBUG):
            self.logger.debug("--> %s", msg)
        return msg

    def _cb_inbound(self, msg: Message) -> Message:
        if self.logger.isEnabledFor(logging.DEBUG):
            self.logger.debug("<-- %s", msg)
        return msg


def _unread(fd: int) -> bytes:
    """What the socket `fd` (non-blocking) still holds, up to MAX_MESSAGE_BYTES."""
    chunks: list[bytes] = []
    size = 0
    while size < MAX_MESSAGE_BYTES:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # nothing more now (EAGAIN), or the reset itself
            break
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)
