"""The byte transports of a serial console: a unix socket chardev, a pty on this host,
a ringbuf read over QMP and a libvirt domain's console stream. asyncio only: nothing
here blocks the loop (the pty is read with the loop's add_reader).

Each transport is made open by its `open_*` function, which raises OSError (or a
QmpFailure for QMP's) with a readable message; `read()` returns the next bytes, b""
once the port has closed; `write()` sends bytes; `close()` ends it.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import os
import socket
import termios
import tty
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Protocol

from qmpgui.i18n import translate
from qmpgui.virt.client import LibvirtError
from qmpgui.virt.domain import Domain

#: Seconds a unix socket has to accept us.
CONNECT_TIMEOUT_S = 5.0
#: Bytes asked of a ringbuf at once (QEMU's ringbuf-read `size`).
RINGBUF_READ_SIZE = 65536
#: Seconds between two reads of an empty ringbuf: a few a second keeps typing's echo
#: close, at one small QMP command each.
RINGBUF_POLL_S = 0.25
#: Bytes read from a socket or pty at once.
READ_SIZE = 4096
#: The socket's send buffer and the writer's high-water mark (bytes).
SEND_BUFFER_BYTES = 4096

#: Runs a QMP command: (command, arguments) -> its `return` value (VmSession.execute).
Execute = Callable[[str, Mapping[str, object] | None], Awaitable[object]]


class SerialTransport(Protocol):
    """An open serial port."""

    #: Whether what is written reaches the guest (a ringbuf's does not).
    writable: bool

    async def read(self) -> bytes:
        """The next bytes from the guest; b"" once the port has closed."""

    async def write(self, data: bytes) -> None:
        """Send `data` to the guest. Raises OSError when the port has closed."""

    async def close(self) -> None:
        """End the transport; it reads b"" after."""


class SocketTransport:
    """A client of a QEMU socket chardev (`-chardev socket,path=...,server=on`)."""

    writable = True

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._reader, self._writer = reader, writer

    async def read(self) -> bytes:
        """The next bytes QEMU sends; b"" when it closed the connection."""
        try:
            return await self._reader.read(READ_SIZE)
        except OSError:
            return b""

    async def write(self, data: bytes) -> None:
        """Send `data`; raises OSError when the connection has closed."""
        self._writer.write(data)
        await self._writer.drain()

    async def close(self) -> None:
        """Close the connection, freeing the chardev for another client."""
        self._writer.close()
        with contextlib.suppress(OSError):
            await self._writer.wait_closed()


async def open_socket(path: str) -> SocketTransport:
    """Connect to the unix socket at `path`. Raises OSError (TimeoutError after
    CONNECT_TIMEOUT_S)."""
    async with asyncio.timeout(CONNECT_TIMEOUT_S):
        reader, writer = await asyncio.open_unix_connection(path)
    # Small buffers on our side: a write waits while the guest does not read, so that
    # a long paste goes as the guest reads it and Stop leaves little already sent.
    sock = writer.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, SEND_BUFFER_BYTES)
    writer.transport.set_write_buffer_limits(high=SEND_BUFFER_BYTES)
    return SocketTransport(reader, writer)


class PtyTransport:
    """The terminal side of a QEMU `pty` chardev on this host, opened non-blocking and
    put in raw mode (no echo, no line editing: the guest's own)."""

    writable = True

    def __init__(self, fd: int) -> None:
        self._fd = fd
        self._loop = asyncio.get_running_loop()
        self._chunks: asyncio.Queue[bytes] = asyncio.Queue()
        self._closed = False
        self._loop.add_reader(fd, self._readable)

    def _readable(self) -> None:
        try:
            data = os.read(self._fd, READ_SIZE)
        except BlockingIOError:
            return
        except OSError:  # EIO: QEMU closed its side (it exited)
            data = b""
        if not data:
            self._loop.remove_reader(self._fd)
        self._chunks.put_nowait(data)

    async def read(self) -> bytes:
        """The next bytes the guest wrote; b"" once QEMU closed the pty."""
        if self._closed:
            return b""
        return await self._chunks.get()

    async def write(self, data: bytes) -> None:
        """Write `data`, waiting while the pty's buffer is full. Raises OSError when
        it has closed."""
        while data:
            if self._closed:
                raise OSError(translate("PtyTransport", "the pty is closed"))
            try:
                sent = os.write(self._fd, data)
            except BlockingIOError:
                ready = self._loop.create_future()
                self._loop.add_writer(self._fd, ready.set_result, None)
                try:
                    await ready
                finally:
                    self._loop.remove_writer(self._fd)
                continue
            data = data[sent:]

    async def close(self) -> None:
        """Close the pty's file."""
        if self._closed:
            return
        self._closed = True
        self._loop.remove_reader(self._fd)
        os.close(self._fd)
        self._chunks.put_nowait(b"")


async def open_pty(path: str) -> PtyTransport:
    """Open the pty at `path` ("/dev/pts/3"). Raises OSError."""
    fd = os.open(path, os.O_RDWR | os.O_NOCTTY | os.O_NONBLOCK)
    try:
        tty.setraw(fd, termios.TCSANOW)
    except termios.error as err:
        os.close(fd)
        raise OSError(
            translate("serial_transports", "{path} is not a terminal: {err}").format(
                path=path, err=err
            )
        ) from err
    return PtyTransport(fd)


class RingbufTransport:
    """A `ringbuf` chardev read over the VM's QMP connection (`ringbuf-read`, base64,
    so that a character cut between two reads stays whole).

    Polled every RINGBUF_POLL_S while `active` is set (the console is on screen); the
    ringbuf keeps what the guest writes meanwhile, up to its size. Not writable: QEMU's
    `ringbuf-write` only adds to the buffer, the guest never reads it (QEMU 7.2).
    """

    writable = False

    def __init__(
        self, execute: Execute, label: str, active: asyncio.Event, first: bytes = b""
    ) -> None:
        self._execute, self._label, self._active = execute, label, active
        self._closed = asyncio.Event()
        self._first = first
        #: A ringbuf-read is under way (asked while `active` was set).
        self.reading = False

    async def _read_once(self) -> bytes:
        self.reading = True
        try:
            reply = await self._execute(
                "ringbuf-read",
                {"device": self._label, "size": RINGBUF_READ_SIZE, "format": "base64"},
            )
        finally:
            self.reading = False
        try:
            return base64.b64decode(reply) if isinstance(reply, str) else b""
        except ValueError:  # binascii.Error: not the base64 asked for, read as nothing
            return b""

    async def read(self) -> bytes:
        """The bytes the guest wrote since the last read; waits for some. b"" after
        close(). Raises QmpFailure (the VM went away, the chardev was removed)."""
        if self._first:
            data, self._first = self._first, b""
            return data
        while not self._closed.is_set():
            await self._active.wait()
            data = await self._read_once()
            if data:
                return data
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(RINGBUF_POLL_S):
                    await self._closed.wait()
        return b""

    async def write(self, data: bytes) -> None:
        """Refused: raises OSError (see the class)."""
        raise OSError(translate("RingbufTransport", "a ringbuf chardev takes no input"))

    async def close(self) -> None:
        """Stop reading."""
        self._closed.set()


async def open_ringbuf(execute: Execute, label: str, active: asyncio.Event) -> RingbufTransport:
    """A ringbuf chardev `label` of the VM `execute` speaks to, read while `active` is set.
    Raises QmpFailure when it is not a ringbuf ("s0 is not a ringbuf device")."""
    transport = RingbufTransport(execute, label, active)
    transport._first = await transport._read_once()  # what the guest wrote so far
    return transport


#: What libvirt says when another client holds a domain's console (virsh console).
LIBVIRT_HELD = "Active console session exists"


class LibvirtConsoleTransport:
    """A libvirt domain's console stream, opened in its connection's worker
    (virt/console_ops.py); its bytes come as the worker's events."""

    writable = True

    def __init__(self, domain: Domain) -> None:
        self._domain = domain
        self._chunks: asyncio.Queue[bytes] = asyncio.Queue()
        self._stop = domain.on_console(self._take)
        self._closed = False

    def _take(self, event: dict[str, Any]) -> None:
        if event.get("event") == "console":
            try:
                data = base64.b64decode(str(event.get("data") or ""))
            except ValueError:  # binascii.Error: not the worker's base64, passed over
                return
            if data:
                self._chunks.put_nowait(data)
        else:
            self._chunks.put_nowait(b"")

    async def read(self) -> bytes:
        """The next bytes of the console; b"" once libvirt closed it (the domain stopped)."""
        if self._closed:
            return b""
        data = await self._chunks.get()
        if not data:
            self._closed = True
        return data

    async def write(self, data: bytes) -> None:
        """Send `data` to the console. Raises OSError when libvirt refuses."""
        try:
            await self._domain.call("console_write", data=base64.b64encode(data).decode())
        except LibvirtError as err:
            raise OSError(err.message) from err

    async def close(self) -> None:
        """Close the console in the worker, freeing it for another client."""
        self._stop()
        self._chunks.put_nowait(b"")
        with contextlib.suppress(Exception):
            await self._domain.call("console_close")


async def open_libvirt_console(domain: Domain) -> LibvirtConsoleTransport:
    """Open `domain`'s console through libvirt. Raises OSError with libvirt's sentence
    (HELD_BY_OTHER's words when another client, such as virsh console, holds it)."""
    transport = LibvirtConsoleTransport(domain)
    try:
        await domain.call("console_open")
    except LibvirtError as err:
        transport._stop()
        if LIBVIRT_HELD in err.libvirt or LIBVIRT_HELD in err.message:
            raise ConsoleHeld(err.message) from err
        raise OSError(err.message) from err
    return transport


class ConsoleHeld(OSError):
    """Another client holds the domain's console."""
