"""The app side of a libvirt worker process (virt/worker.py): asyncio, no Qt.

VirtClient starts `python -m qmpgui.virt.worker URI` as an asyncio subprocess, sends
requests with ids and resolves their futures from the answers, and hands the events the
worker pushes to the callbacks registered with on_event(). Nothing here blocks the loop:
a cold first connection (libvirtd probing QEMU, about 8 s) is only a longer wait for the
worker's "ready", and a worker that dies, even by a segfault inside libvirt, is a
ConnectionLost whose sentence ends with the last line it wrote on stderr.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import json
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, urlsplit

from qmpgui.i18n import translate
from qmpgui.qmp.errors import ConnectFailure, ConnectionLost, ConnectKind, QmpFailure
from qmpgui.subprograms import module_command
from qmpgui.virt.listed import ListedStates

#: Seconds the worker may take to open its connection: a cold libvirtd probes QEMU first.
OPEN_TIMEOUT_S = 60.0
#: Where qemu:///system's libvirtd listens unless the URI says `socket=`.
SYSTEM_SOCKET = "/var/run/libvirt/libvirt-sock"
#: Seconds a request may take (libvirt's own jobs time out at 30 s).
REQUEST_TIMEOUT_S = 45.0
#: Bytes of one line from the worker (a query-qmp-schema reply is about 200 KiB).
LINE_LIMIT = 64 * 1024 * 1024
#: Seconds close() waits for the worker to end before killing it.
CLOSE_WAIT_S = 2.0


class LibvirtError(QmpFailure):
    """libvirt refused a request: `message` is our sentence with libvirt's own words,
    `libvirt` libvirt's message alone, `code` its virErrorNumber."""

    def __init__(self, message: str, libvirt: str = "", code: int = 0) -> None:
        super().__init__(message)
        self.libvirt = libvirt or message
        self.code = code


#: virErrorNumber VIR_ERR_NO_DOMAIN: the domain is not (or no longer) defined.
NO_DOMAIN = 42

EventCallback = Callable[[dict[str, Any]], None]


class VirtClient:
    """One libvirt connection, served by one worker process.

    `uri` is the libvirt connection URI (`qemu:///system`, `qemu+ssh://...`). open()
    starts the worker; request() asks it; on_event() receives what it pushes; `closed`
    is set (and `reason` says why, in words) when the worker ends. `listed` holds
    each domain's state from the last "list" request, kept by the events since.
    """

    def __init__(self, uri: str) -> None:
        self.uri = uri
        self._process: asyncio.subprocess.Process | None = None
        self._pending: dict[int, asyncio.Future[Any]] = {}
        self._next_id = 0
        self._stderr: collections.deque[str] = collections.deque(maxlen=5)
        self._listeners: list[EventCallback] = []
        self._tasks: list[asyncio.Task[None]] = []
        self._ready: asyncio.Future[None] | None = None
        self.closed = asyncio.Event()
        #: Why the worker ended, in words; None while it runs.
        self.reason: str | None = None
        self.listed = ListedStates()

    def on_event(self, callback: EventCallback) -> Callable[[], None]:
        """Call `callback(event)` for each event the worker pushes (a dict: "lifecycle",
        "qmp", ...); returns a function that stops it."""
        self._listeners.append(callback)
        return lambda: self._listeners.remove(callback) if callback in self._listeners else None

    async def open(self, timeout: float | None = None) -> None:
        """Start the worker and wait until its connection is open.

        Raises ConnectFailure with a sentence: libvirtd not running or not answering
        within `timeout` seconds (OPEN_TIMEOUT_S when None) (both nothing_listens:
        waiting can mend them), permission denied on its socket, libvirt-python
        missing, the worker ending.
        """
        timeout = OPEN_TIMEOUT_S if timeout is None else timeout
        loop = asyncio.get_running_loop()
        self._ready = loop.create_future()
        self._process = await asyncio.create_subprocess_exec(
            *module_command("qmpgui.virt.worker"),
            self.uri,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            limit=LINE_LIMIT,
        )
        self._tasks = [
            loop.create_task(self._read_stdout(), name="virt-stdout"),
            loop.create_task(self._read_stderr(), name="virt-stderr"),
        ]
        try:
            async with asyncio.timeout(timeout):
                await asyncio.shield(self._ready)
        except TimeoutError:
            self._ready.cancel()  # close() ends it otherwise, with nobody to read that
            await self.close()
            # A libvirtd that froze is waited for like one not started: tried again.
            raise ConnectFailure(
                ConnectKind.UNREACHABLE,
                silent_sentence(self.uri, timeout),
                translate("VirtClient", "libvirtd not answering"),
                nothing_listens=True,
            ) from None
        except BaseException:
            self._ready.cancel()  # nobody reads it now (a cancelled opening)
            await self.close()
            raise

    async def request(self, op: str, timeout: float = REQUEST_TIMEOUT_S, **args: Any) -> Any:
        """Ask the worker for `op` with `args`; its result (JSON).

        Raises LibvirtError when libvirt refuses, ConnectionLost when the worker has
        ended (or ends before it answers) or does not answer within `timeout` seconds.
        """
        if op != "list":
            return await self._send(op, timeout, args)
        # Events read while the listing is on its way reach `listed` after it.
        self.listed.listing_started()
        listing = None
        try:
            listing = await self._send(op, timeout, args)
            return listing
        finally:
            self.listed.listing_ended(listing)

    async def _send(self, op: str, timeout: float, args: dict[str, Any]) -> Any:
        process = self._process
        if process is None or process.stdin is None or self.reason is not None:
            raise ConnectionLost(
                translate("VirtClient", "{op} not sent: {v1}").format(
                    op=op, v1=self.reason or translate("VirtClient", "not connected to libvirt")
                )
            )
        self._next_id += 1
        ident = self._next_id
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._pending[ident] = future
        line = json.dumps({"id": ident, "op": op, "args": args}) + "\n"
        try:
            process.stdin.write(line.encode())
            await process.stdin.drain()
            async with asyncio.timeout(timeout):
                return await future
        except TimeoutError:
            raise ConnectionLost(
                translate("VirtClient", "libvirt did not answer {op} within {timeout:g} s").format(
                    op=op, timeout=timeout
                ),
                cut_off=True,
            ) from None
        except (ConnectionError, BrokenPipeError):
            raise ConnectionLost(
                translate("VirtClient", "{op} not sent: {v1}").format(op=op, v1=self._lost_words())
            ) from None
        finally:
            self._pending.pop(ident, None)

    async def close(self) -> None:
        """End the worker (its stdin closed, then killed if it lingers); safe to call
        at any time, any number of times."""
        process = self._process
        try:
            if process is not None and process.returncode is None:
                if process.stdin is not None:
                    process.stdin.close()
                try:
                    async with asyncio.timeout(CLOSE_WAIT_S):
                        await process.wait()
                except TimeoutError:
                    with contextlib.suppress(ProcessLookupError):
                        process.kill()
                    await process.wait()
        finally:
            # Also when cancelled while the worker is waited for: the readers go
            # with it (a cancelled caller must not leave them running).
            if process is not None and process.returncode is None:
                with contextlib.suppress(ProcessLookupError):
                    process.kill()
            self._end("disconnected")
            for task in self._tasks:
                task.cancel()
            await asyncio.gather(*self._tasks, return_exceptions=True)

    # -- reading ---------------------------------------------------------------------

    def _lost_words(self) -> str:
        last = next((line for line in reversed(self._stderr) if line.strip()), "")
        words = translate("VirtClient", "the libvirt worker for {uri} ended").format(uri=self.uri)
        return f"{words}: {last}" if last else words

    def _end(self, reason: str) -> None:
        if self.reason is None:
            self.reason = reason
        for future in self._pending.values():
            if not future.done():
                future.set_exception(ConnectionLost(self.reason, cut_off=True))
        if self._ready is not None and not self._ready.done():
            self._ready.set_exception(
                ConnectFailure(
                    ConnectKind.OTHER, self.reason, translate("VirtClient", "libvirt worker ended")
                )
            )
        self.closed.set()

    async def _read_stdout(self) -> None:
        process = self._process
        assert process is not None and process.stdout is not None
        closed_reason: str | None = None
        while True:
            try:
                line = await process.stdout.readline()
            except (ValueError, asyncio.LimitOverrunError):  # an answer beyond LINE_LIMIT
                closed_reason = translate(
                    "VirtClient", "the libvirt worker sent an answer too large to read"
                )
                break
            if not line:
                break
            try:
                message = json.loads(line)
            except ValueError:
                continue  # not ours (a library printing to stdout): passed over
            closed_reason = self._take(message) or closed_reason
        await process.wait()
        # stderr's last words explain a crash; let its reader take them first.
        with contextlib.suppress(Exception):
            await asyncio.wait_for(asyncio.shield(self._tasks[1]), 1.0)
        self._end(closed_reason or self._lost_words())

    def _take(self, message: object) -> str | None:
        """Dispatch one line (any JSON: a line that is no object is not the worker's and
        is passed over); the reason the connection closes, when it says one."""
        if not isinstance(message, dict):
            return None
        ident = message.get("id")
        if ident is not None:
            future = self._pending.get(ident) if isinstance(ident, int) else None
            if future is not None and not future.done():
                error = message.get("error")
                if error is not None:
                    future.set_exception(_refusal(error))
                else:
                    future.set_result(message.get("result"))
            return None
        kind = message.get("event")
        if not isinstance(kind, str):  # no event the listeners know
            return None
        self.listed.take(message)
        if kind == "ready" and self._ready is not None and not self._ready.done():
            self._ready.set_result(None)
        elif kind == "failed":
            error = message.get("error")
            error = error if isinstance(error, dict) else {}
            sentence = _text(error.get("message"), translate("VirtClient", "libvirt failed"))
            if self._ready is not None and not self._ready.done():
                waits = bool(error.get("nothing_listens"))
                self._ready.set_exception(
                    ConnectFailure(
                        ConnectKind.REFUSED if waits else ConnectKind.OTHER,
                        sentence,
                        translate("VirtClient", "libvirtd not running") if waits else None,
                        nothing_listens=waits,
                    )
                )
            return sentence
        elif kind == "closed":
            return _text(
                message.get("reason"), translate("VirtClient", "libvirt closed the connection")
            )
        for callback in list(self._listeners):
            callback(message)
        return None

    async def _read_stderr(self) -> None:
        process = self._process
        assert process is not None and process.stderr is not None
        while line := await process.stderr.readline():
            self._stderr.append(line.decode(errors="replace").rstrip())


def _text(value: object, otherwise: str) -> str:
    return value if isinstance(value, str) and value else otherwise


def _refusal(error: object) -> LibvirtError:
    """A worker's refusal (`{"message", "libvirt", "code"}`) as a LibvirtError; a damaged
    one still says that libvirt refused."""
    error = error if isinstance(error, dict) else {}
    code = error.get("code")
    return LibvirtError(
        _text(error.get("message"), translate("VirtClient", "libvirt refused")),
        _text(error.get("libvirt"), ""),
        code if isinstance(code, int) and not isinstance(code, bool) else 0,
    )


def silent_sentence(uri: str, timeout: float) -> str:
    """What a libvirt connection `uri` that did not open within `timeout` seconds is:
    a local libvirtd that took the connection and froze (a unix socket connects at
    once or not at all), or a remote host or daemon that does not answer."""
    parts = urlsplit(uri)
    query = parse_qs(parts.query)
    if parts.hostname and "+unix" not in parts.scheme:
        return translate(
            "client",
            "libvirt did not open {uri} within {timeout:g} s: the host or its libvirtd does not answer",
        ).format(uri=uri, timeout=timeout)
    if "socket" in query:
        where = query["socket"][0]
    elif parts.path.rstrip("/") == "/system":
        where = SYSTEM_SOCKET
    else:
        where = translate("client", "the socket of {uri}").format(uri=uri)
    return translate(
        "client",
        "libvirtd at {where} accepted the connection but has not answered in {timeout:g} s (is it stuck?)",
    ).format(where=where, timeout=timeout)
