"""Does a unix socket answer with a QMP greeting? A short look that never negotiates.

Finding the QMP monitors on this machine connects to each candidate socket, reads the
first JSON value within a timeout and closes: a monitor greets at once, one that
another client holds says nothing (busy), other servers send something else, or
nothing. Nothing is ever sent, so QEMU sees a client come and go.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import struct
from dataclasses import dataclass
from enum import StrEnum

from qmpgui.qmp.types import Greeting
from qmpgui.qmp.unix_peers import holders_of

#: The most bytes read looking for a greeting (a real one is about 130).
GREETING_LIMIT = 64 * 1024


class Answer(StrEnum):
    """How a socket answered a connection."""

    #: `{"QMP": ...}`: a QMP monitor, free.
    GREETED = "greeted"
    #: Connected, and nothing came within the timeout: a busy monitor, or not QMP.
    SILENT = "silent"
    #: Something that is not a QMP greeting came, or the server closed at once.
    OTHER = "other"
    #: No connection: refused (no server behind the file), no permission, gone.
    UNREACHABLE = "unreachable"


@dataclass(frozen=True, slots=True)
class Probe:
    """What one connection to a socket showed.

    `version` is QEMU's version from the greeting ("7.2.0"; "" unless GREETED);
    `server_pid` the listening process (SO_PEERCRED), None when the kernel did not
    say; `holders` (SILENT only) the other clients connected, each "pid N (command
    line)" or "" for a process qmpgui may not see.
    """

    answer: Answer
    version: str = ""
    server_pid: int | None = None
    holders: tuple[str, ...] = ()


def _server_pid(sock: socket.socket) -> int | None:
    option = getattr(socket, "SO_PEERCRED", None)
    if option is None:
        return None
    try:
        raw = sock.getsockopt(socket.SOL_SOCKET, option, struct.calcsize("3i"))
    except OSError:
        return None
    return struct.unpack("3i", raw)[0] or None


def _first_value(data: bytes) -> object:
    """The first JSON value in `data`; raises ValueError while it is incomplete or wrong."""
    text = data.decode("utf-8", "replace").lstrip()
    return json.JSONDecoder().raw_decode(text)[0]


async def _read_greeting(loop: asyncio.AbstractEventLoop, sock: socket.socket) -> Probe | None:
    """Read until a JSON value is complete: the Probe it makes, or None at the end of the
    stream with nothing usable."""
    data = b""
    while len(data) < GREETING_LIMIT:
        chunk = await loop.sock_recv(sock, 4096)
        if not chunk:
            return None
        data += chunk
        try:
            value = _first_value(data)
        except ValueError:
            if data.lstrip()[:1] not in (b"{", b"["):
                return Probe(Answer.OTHER)  # not JSON at all: an HTTP server, a banner
            continue
        if isinstance(value, dict) and isinstance(value.get("QMP"), dict):
            return Probe(Answer.GREETED, Greeting.parse(value).version.text)
        return Probe(Answer.OTHER)
    return Probe(Answer.OTHER)


async def probe_socket(path: str, timeout: float) -> Probe:
    """Connect to the unix socket `path` and wait up to `timeout` seconds (float) for a
    QMP greeting; the Probe. Never raises but CancelledError."""
    loop = asyncio.get_running_loop()
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.setblocking(False)
    try:
        try:
            sock.connect(path)  # a unix socket connects at once or not at all
        except BlockingIOError:
            # The server's queue is full: it accepts nobody while a client holds it.
            return Probe(Answer.SILENT, holders=await _look(path, sock))
        except OSError:
            return Probe(Answer.UNREACHABLE)
        pid = _server_pid(sock)
        try:
            async with asyncio.timeout(timeout):
                seen = await _read_greeting(loop, sock)
        except TimeoutError:
            # Still connected: the kernel can say who else is, which makes it "busy".
            return Probe(Answer.SILENT, server_pid=pid, holders=await _look(path, sock))
        except OSError:
            return Probe(Answer.OTHER, server_pid=pid)
        if seen is None:
            return Probe(Answer.OTHER, server_pid=pid)
        return Probe(seen.answer, seen.version, pid)
    finally:
        sock.close()


async def _look(path: str, sock: socket.socket) -> tuple[str, ...]:
    with contextlib.suppress(Exception):  # a look that fails leaves the holders unknown
        async with asyncio.timeout(3):
            return await asyncio.to_thread(holders_of, path, sock)
    return ()
