"""The libvirt worker process: `python -m qmpgui.virt.worker URI`.

One process per libvirt connection, so that libvirt never runs in the window's process
(see qmpgui/virt/__init__.py for why). It opens URI, runs libvirt's default event loop
in a thread of its own (this process has no Qt, so nothing else drives GLib), and
serves requests in a small pool of threads (libvirt's client is thread-safe where no
Qt shares the process): a connection's row and all its domains share one worker, and
a request that libvirt holds (a domain busy with a job waits up to 30 s for it) must
not hold the other domains' requests behind it. Answers may so come in another order
than their requests; their ids pair them.

The protocol is JSON, one object per line. Requests on stdin: `{"id": N, "op": NAME,
"args": {...}}`; answers on stdout: `{"id": N, "result": ...}` or `{"id": N, "error":
{"message": SENTENCE, "libvirt": LIBVIRT'S OWN MESSAGE, "code": N, "nothing_listens":
BOOL}}`. Pushed on stdout, without an id: `{"event": "ready"}` once the connection is
open (or `{"event": "failed", "error": {...}}`, then the process ends), `{"event":
"lifecycle", "domain": NAME, "kind": WORD, "state": N, "reason": N}`, `{"event": "qmp",
"domain": NAME, "message": QMP EVENT}` and `{"event": "console", ...}` and `{"event": "console_closed", ...}` for an open
console (virt/console_ops.py), and `{"event": "closed", "reason": WORDS}` when
libvirt closes the connection (the process then ends). The process ends when stdin
closes.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, wait
from typing import Any

from qmpgui.i18n import translate
from qmpgui.virt import device_ops, migration_ops, snapshot_ops
from qmpgui.virt.available import INSTALL_SENTENCE
from qmpgui.virt.console_ops import Consoles
from qmpgui.virt.errors import sentence
from qmpgui.virt.states import event_words, is_active, state_words

try:
    import libvirt
    import libvirt_qemu
except ImportError:  # the optional extra is not installed: main() says how to get it
    libvirt = None

_out_lock = threading.Lock()
#: Requests served at once (see the module's docstring).
REQUEST_THREADS = 8
#: Seconds the requests under way may take once stdin has closed.
CLOSE_GRACE_S = 1.5
#: virConnect.setKeepAlive: a ping every 5 s, the connection closed after 3 unanswered,
#: so a libvirtd that froze or a host that went away is noticed.
KEEPALIVE = (5, 3)


def emit(message: dict[str, Any]) -> None:
    """Write one JSON line to stdout; from any thread."""
    line = json.dumps(message, separators=(",", ":")) + "\n"
    with _out_lock:
        sys.stdout.write(line)
        sys.stdout.flush()


def describe(err: libvirt.libvirtError, uri: str, domain: str | None = None) -> dict[str, Any]:
    """A libvirt error as the answer's `error`: a sentence for the user (virt/errors.py),
    libvirt's own message, its code, and whether waiting can mend it (`nothing_listens`)."""
    code = err.get_error_code() or 0
    text = err.get_error_message() or str(err)
    refusal = sentence(code, text, uri, domain)
    return {
        "message": refusal.sentence,
        "libvirt": text,
        "code": code,
        "nothing_listens": refusal.nothing_listens,
    }


class Worker:
    """The open connection and the requests it serves (all on the main thread)."""

    def __init__(self, uri: str) -> None:
        self.uri = uri
        self.conn = libvirt.open(uri)
        # A driver without a daemon (libvirt's test:///default) has no keepalive, no
        # close callback and no QEMU monitor: its domains are still listed and followed.
        _unless_unsupported(self.conn.setKeepAlive, *KEEPALIVE)
        _unless_unsupported(self.conn.registerCloseCallback, self._closed, None)
        self.conn.domainEventRegisterAny(
            None, libvirt.VIR_DOMAIN_EVENT_ID_LIFECYCLE, self._lifecycle, None
        )
        _unless_unsupported(
            libvirt_qemu.qemuMonitorEventRegister, self.conn, None, None, self._qmp_event, None, 0
        )
        self.ops: dict[str, Callable[..., object]] = {
            "list": self.list,
            "state": self.state,
            "qmp": self.qmp,
            "hmp": self.hmp,
            "create": lambda domain: self._dom(domain).create(),
            "suspend": lambda domain: self._dom(domain).suspend(),
            "resume": lambda domain: self._dom(domain).resume(),
            "reset": lambda domain: self._dom(domain).reset(0),
            "shutdown": lambda domain: self._dom(domain).shutdown(),
            "destroy": lambda domain: self._dom(domain).destroy(),
            "change_media": self.change_media,
            "graphics_password": self.graphics_password,
            "screenshot": self.screenshot,
            "memory": self.memory,
            "set_memory": self.set_memory,
            "send_key": self.send_key,
            # The active networks a NIC can join (virConnectListNetworks): an inactive
            # one is refused when the NIC is attached.
            "networks": lambda domain: sorted(self.conn.listNetworks()),
        }
        # The domain's console stream (virt/console_ops.py): bytes pushed as events.
        self.consoles = Consoles(self.conn, emit)
        self.ops["console_open"] = self.consoles.open
        self.ops["console_write"] = self.consoles.write
        self.ops["console_close"] = self.consoles.close
        # Devices through libvirt's device XML (virt/device_ops.py): its definition
        # stays right.
        for op in ("attach_device", "detach_device", "disk_files"):
            call = getattr(device_ops, op)
            self.ops[op] = lambda domain, _call=call, **args: _call(self._dom(domain), **args)
        # libvirt's snapshot API (virt/snapshot_ops.py), so that its list stays right.
        for op in ("snapshot_list", "snapshot_create", "snapshot_revert", "snapshot_delete"):
            call = getattr(snapshot_ops, op)
            self.ops[op] = lambda domain, _call=call, **args: _call(self._dom(domain), **args)
        # Migrations (virt/migration_ops.py): libvirt's own, never a QMP migrate behind
        # its back.
        for op in migration_ops.OPS:
            call = getattr(migration_ops, op)
            self.ops[op] = lambda domain, _call=call, **args: _call(self._dom(domain), **args)
        # A migration's figures from a connection of their own: on the connection that
        # takes QEMU's monitor events, libvirt 9.0 answered a job's statistics 5 s late
        # now and then while the migration ran (the window's figures froze).
        self._queries: Any = None
        self._queries_lock = threading.Lock()
        for op in migration_ops.QUERY_OPS:
            call = getattr(migration_ops, op)
            self.ops[op] = lambda domain, _call=call, **args: _call(self._query_dom(domain), **args)

    # -- callbacks (libvirt's event thread) ------------------------------------------

    def _closed(self, _conn: object, reason: int, _opaque: object) -> None:
        # virConnectCloseReason; the likely cause beside each, for the row and the log.
        words = {
            0: translate("Worker", "an error"),
            1: translate("Worker", "end of file: libvirtd stopped or restarted"),
            2: translate(
                "Worker", "a keepalive timeout: libvirtd or the network stopped answering"
            ),
            3: translate("Worker", "a client"),
        }
        emit(
            {
                "event": "closed",
                "reason": translate(
                    "Worker", "libvirt closed the connection to {uri} ({v0})"
                ).format(uri=self.uri, v0=words.get(reason, reason)),
            }
        )
        os._exit(0)  # the app side reads the end of the pipe as the connection lost

    def _lifecycle(self, _conn: object, dom: Any, event: int, detail: int, _opaque: object) -> None:
        state, reason = self._state_of(dom)
        gone = state == 0 and self._gone(dom)
        if gone and event == libvirt.VIR_DOMAIN_EVENT_STOPPED:
            # Its state as the stop left it: each virDomainEventStoppedDetailType is
            # the virDomainShutoffReason after it ("shut off (migrated)").
            state, reason = libvirt.VIR_DOMAIN_SHUTOFF, detail + 1
        name = dom.name()
        emit(
            {
                "event": "lifecycle",
                "domain": name,
                "kind": event_words(event, detail),
                "state": state,
                "reason": reason,
            }
        )
        if gone and event != libvirt.VIR_DOMAIN_EVENT_UNDEFINED:
            # libvirt says no "undefined" for a domain that a stop took away: a
            # transient one (a cancelled incoming migration's) or one a migration
            # undefined at its source; the list would keep it.
            emit(
                {"event": "lifecycle", "domain": name, "kind": "undefined", "state": 0, "reason": 0}
            )

    def _gone(self, dom: Any) -> bool:
        try:
            self.conn.lookupByUUID(dom.UUID())
        except libvirt.libvirtError as err:
            return bool(err.get_error_code() == libvirt.VIR_ERR_NO_DOMAIN)
        return False

    def _qmp_event(
        self,
        _conn: object,
        dom: Any,
        event: str,
        seconds: int,
        micros: int,
        details: str | None,
        _opaque: object,
    ) -> None:
        message: dict[str, Any] = {
            "event": event,
            "timestamp": {"seconds": seconds, "microseconds": micros},
        }
        if details:
            message["data"] = json.loads(details)
        emit({"event": "qmp", "domain": dom.name(), "message": message})

    # -- requests ----------------------------------------------------------------------

    def _dom(self, name: str) -> Any:
        return self.conn.lookupByName(name)

    def _query_dom(self, name: str) -> Any:
        # Opened at the first query (most workers never migrate anything), and again
        # when libvirt closed it.
        with self._queries_lock:
            if self._queries is None or not self._queries.isAlive():
                self._queries = libvirt.open(self.uri)
        return self._queries.lookupByName(name)

    @staticmethod
    def _state_of(dom: Any) -> tuple[int, int]:
        try:
            state, reason = dom.state()
        except libvirt.libvirtError:  # undefined meanwhile
            return 0, 0
        return int(state), int(reason)

    def _describe_state(self, dom: Any) -> dict[str, Any]:
        state, reason = self._state_of(dom)
        return {
            "name": dom.name(),
            "uuid": dom.UUIDString(),
            "state": state,
            "reason": reason,
            "words": state_words(state, reason),
            "active": is_active(state),
        }

    def list(self) -> list[dict[str, Any]]:
        """Every domain, active or not, with its state."""
        return [self._describe_state(d) for d in self.conn.listAllDomains(0)]

    def state(self, domain: str) -> dict[str, Any]:
        """One domain's name, uuid and state."""
        return self._describe_state(self._dom(domain))

    def qmp(self, domain: str, command: str) -> Any:
        """A QMP command object (text) through the pass-through; QEMU's reply, parsed."""
        reply = libvirt_qemu.qemuMonitorCommand(self._dom(domain), command, 0)
        return json.loads(reply)

    def hmp(self, domain: str, line: str) -> str:
        """An HMP line through the pass-through; its output."""
        flag = libvirt_qemu.VIR_DOMAIN_QEMU_MONITOR_COMMAND_HMP
        return str(libvirt_qemu.qemuMonitorCommand(self._dom(domain), line, flag))

    def change_media(
        self,
        domain: str,
        alias: str,
        path: str | None = None,
        image_format: str = "",
        read_only: bool = False,
    ) -> None:
        """Insert `path` into (None: eject from) the disk whose alias (QEMU's qdev id)
        or target is `alias`, with libvirt's device update; `image_format` ("raw",
        "qcow2", ...; "" to keep the disk's) and `read_only` for the new medium."""
        dom = self._dom(domain)
        tree = ET.fromstring(dom.XMLDesc(0))
        for disk in tree.iter("disk"):
            names = {_attribute(disk, "alias", "name"), _attribute(disk, "target", "dev")}
            if alias in names:
                break
        else:
            raise libvirt.libvirtError(
                translate("Worker", "{domain} has no removable disk '{alias}'").format(
                    domain=domain, alias=alias
                )
            )
        source = disk.find("source")
        if source is not None:
            disk.remove(source)
        if path is not None:
            disk.set("type", "file")
            ET.SubElement(disk, "source", {"file": path})
            if read_only and disk.find("readonly") is None:
                ET.SubElement(disk, "readonly")
            driver = disk.find("driver")
            if image_format and driver is not None:
                driver.set("type", image_format)
        xml = ET.tostring(disk, encoding="unicode")
        dom.updateDeviceFlags(xml, libvirt.VIR_DOMAIN_AFFECT_LIVE)

    def graphics_password(
        self,
        domain: str,
        graphics: str,
        password: str | None = None,
        valid_to: str | None = None,
    ) -> None:
        """Set the password (None: keep it) and its end (`valid_to`, UTC
        "YYYY-MM-DDTHH:MM:SS"; None: never) of the domain's `graphics` ("vnc", "spice")
        display, with libvirt's device update of the running domain."""
        dom = self._dom(domain)
        # With the secure flag the XML holds the current passwd: a device update without
        # it would set the password to none when only the expiry changes.
        tree = ET.fromstring(dom.XMLDesc(libvirt.VIR_DOMAIN_XML_SECURE))
        for device in tree.iter("graphics"):
            if device.get("type") == graphics:
                break
        else:
            raise libvirt.libvirtError(
                translate("Worker", "{domain} has no {v1} display").format(
                    domain=domain, v1=graphics.upper()
                )
            )
        if password is not None:
            device.set("passwd", password)
        if valid_to is None:
            device.attrib.pop("passwdValidTo", None)
        else:
            device.set("passwdValidTo", valid_to)
        xml = ET.tostring(device, encoding="unicode")
        dom.updateDeviceFlags(xml, libvirt.VIR_DOMAIN_AFFECT_LIVE)

    def screenshot(self, domain: str, path: str, screen: int = 0) -> str:
        """Write the domain's screen to `path` (this host); its MIME type."""
        stream = self.conn.newStream(0)
        with open(path, "wb") as file:
            mime = self._dom(domain).screenshot(stream, screen, 0)
            stream.recvAll(lambda _s, data, f: f.write(data), file)
            stream.finish()
        return str(mime)

    def memory(self, domain: str) -> dict[str, Any]:
        """The domain's memory as libvirt sees it, in KiB: `max_kib` and `current_kib`
        (virDomainGetInfo: virsh dominfo's Max and Used memory), `stats`
        (virDomainMemoryStats by name: `actual` with a balloon, `rss`, ...) and whether
        its XML has a balloon (`balloon`: a <memballoon> whose model is not 'none')."""
        dom = self._dom(domain)
        _state, max_kib, current_kib, _cpus, _cpu_time = dom.info()
        try:
            stats = {str(k): int(v) for k, v in dom.memoryStats().items()}
        except libvirt.libvirtError:  # not running meanwhile; the rest still says much
            stats = {}
        balloons = ET.fromstring(dom.XMLDesc(0)).iter("memballoon")
        balloon = any(b.get("model") not in (None, "none") for b in balloons)
        return {
            "max_kib": int(max_kib),
            "current_kib": int(current_kib),
            "stats": stats,
            "balloon": balloon,
        }

    def set_memory(self, domain: str, kib: int) -> None:
        """Set the running domain's balloon target to `kib` KiB (virDomainSetMemoryFlags,
        live: libvirt asks QEMU and keeps its own view)."""
        self._dom(domain).setMemoryFlags(int(kib), libvirt.VIR_DOMAIN_AFFECT_LIVE)

    def send_key(self, domain: str, keys: Sequence[int], hold_ms: int) -> None:
        """Press the Linux key codes `keys` together for `hold_ms` ms, released in
        reverse (virDomainSendKey with VIR_KEYCODE_SET_LINUX; libvirt turns them into
        the numbers QEMU's send-key takes)."""
        dom = self._dom(domain)
        dom.sendKey(libvirt.VIR_KEYCODE_SET_LINUX, hold_ms, list(keys), len(keys), 0)

    def serve(self, line: str) -> None:
        """Answer one request line."""
        try:
            request = json.loads(line)
            ident = request["id"]
            op = self.ops[request["op"]]
        except (ValueError, KeyError, TypeError):
            emit({"event": "garbled", "line": line[:200]})
            return
        args = request.get("args") or {}
        try:
            result = op(**args)
        except libvirt.libvirtError as err:
            emit({"id": ident, "error": describe(err, self.uri, args.get("domain"))})
        except (OSError, ValueError) as err:
            emit({"id": ident, "error": {"message": str(err), "libvirt": str(err), "code": 0}})
        else:
            emit({"id": ident, "result": result})


def _unless_unsupported(call: Callable[..., object], *args: object) -> None:
    """`call(*args)`, passed over when the connection's driver does not support it."""
    try:
        call(*args)
    except libvirt.libvirtError as err:
        if err.get_error_code() != libvirt.VIR_ERR_NO_SUPPORT:
            raise


def _attribute(element: ET.Element, child: str, name: str) -> str | None:
    found = element.find(child)
    return None if found is None else found.get(name)


def _run_events() -> None:
    while True:
        libvirt.virEventRunDefaultImpl()


def main(argv: list[str]) -> int:
    """Open argv[1] and serve stdin until it closes; 0, or 1 when the open failed."""
    uri = argv[1] if len(argv) > 1 else ""
    if libvirt is None:
        emit(
            {
                "event": "failed",
                "error": {"message": translate("available", INSTALL_SENTENCE), "code": -1},
            }
        )
        return 1
    # libvirt's own error printing to stderr would repeat what the answers carry.
    libvirt.registerErrorHandler(lambda _ctx, _err: None, None)
    libvirt.virEventRegisterDefaultImpl()
    threading.Thread(target=_run_events, name="libvirt-events", daemon=True).start()
    try:
        worker = Worker(uri)
    except libvirt.libvirtError as err:
        emit({"event": "failed", "error": describe(err, uri)})
        return 1
    emit({"event": "ready"})
    pool = ThreadPoolExecutor(REQUEST_THREADS, thread_name_prefix="libvirt-request")
    served: set[Future[None]] = set()
    for line in sys.stdin:
        if line.strip():
            future = pool.submit(worker.serve, line)
            served.add(future)
            future.add_done_callback(served.discard)
    # stdin closed: the app let go. What was asked is answered, but a request libvirt
    # holds is not waited for beyond a moment.
    wait(list(served), timeout=CLOSE_GRACE_S)
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
