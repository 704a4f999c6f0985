"""A libvirt domain's console in the worker (virDomainOpenConsole on a non-blocking
stream): its bytes pushed as events `{"event": "console", "domain": NAME, "data":
BASE64}` and `{"event": "console_closed", "domain": NAME, "reason": WORDS}` when the
stream ends; what is typed sent by the `console_write` op. One console per domain
in a worker; libvirt itself lets one client hold a domain's console at a time.
"""

from __future__ import annotations

import base64
import threading
import time
from collections.abc import Callable
from typing import Any

from qmpgui.i18n import translate

try:
    import libvirt
except ImportError:  # the worker says how to get it (virt/worker.py's main())
    libvirt = None

#: Bytes read from the stream at once.
READ_SIZE = 65536
#: Seconds a write waits for a full stream to take more, in all.
WRITE_WAIT_S = 5.0
#: libvirt's `recv`/`send` answer on a non-blocking stream with nothing to do now.
WOULD_BLOCK = -2

Emit = Callable[[dict[str, Any]], None]


class Consoles:
    """The open consoles of one worker's domains, by domain name."""

    def __init__(self, conn: Any, emit: Emit) -> None:
        self._conn, self._emit = conn, emit
        self._streams: dict[str, Any] = {}
        self._lock = threading.Lock()

    def open(self, domain: str, device: str | None = None) -> None:
        """Open `domain`'s console (its first serial console, or the `device` alias) and
        push what it writes. Raises libvirtError (another client holds it: code
        VIR_ERR_OPERATION_FAILED, "Active console session exists ...")."""
        self.close(domain)
        dom = self._conn.lookupByName(domain)
        stream = self._conn.newStream(libvirt.VIR_STREAM_NONBLOCK)
        try:
            dom.openConsole(device, stream, 0)
        except libvirt.libvirtError:
            stream.abort()
            raise
        events = (
            libvirt.VIR_STREAM_EVENT_READABLE
            | libvirt.VIR_STREAM_EVENT_ERROR
            | libvirt.VIR_STREAM_EVENT_HANGUP
        )
        stream.eventAddCallback(events, self._readable, domain)
        with self._lock:
            self._streams[domain] = stream

    def _readable(self, stream: Any, events: int, domain: str) -> None:
        """libvirt's event thread: pass on what the stream holds, or its end."""
        reason = None
        if events & libvirt.VIR_STREAM_EVENT_READABLE:
            try:
                data = stream.recv(READ_SIZE)
            except libvirt.libvirtError as err:
                data, reason = (
                    b"",
                    err.get_error_message() or translate("Consoles", "the console failed"),
                )
            if data == WOULD_BLOCK:
                return
            if isinstance(data, bytes) and data:
                self._emit(
                    {"event": "console", "domain": domain, "data": base64.b64encode(data).decode()}
                )
                return
        reason = reason or translate("Consoles", "the domain's console closed")
        with self._lock:
            if self._streams.get(domain) is stream:
                del self._streams[domain]
        try:
            stream.eventRemoveCallback()
            stream.abort()
        except libvirt.libvirtError:
            pass
        self._emit({"event": "console_closed", "domain": domain, "reason": reason})

    def write(self, domain: str, data: str) -> None:
        """Send `data` (base64) to `domain`'s open console. Raises OSError when none is
        open or it stays full."""
        with self._lock:
            stream = self._streams.get(domain)
        if stream is None:
            raise OSError(
                translate("Consoles", "the console of {domain} is not open").format(domain=domain)
            )
        rest = base64.b64decode(data)
        deadline = time.monotonic() + WRITE_WAIT_S
        while rest:
            sent = stream.send(rest)
            if sent == WOULD_BLOCK:
                if time.monotonic() > deadline:
                    raise OSError(
                        translate("Consoles", "the console of {domain} takes no more input").format(
                            domain=domain
                        )
                    )
                time.sleep(0.01)  # a request thread of the worker, not the window's
                continue
            rest = rest[sent:]

    def close(self, domain: str) -> None:
        """Close `domain`'s console, if open."""
        with self._lock:
            stream = self._streams.pop(domain, None)
        if stream is not None:
            try:
                stream.eventRemoveCallback()
                stream.abort()
            except libvirt.libvirtError:
                pass
