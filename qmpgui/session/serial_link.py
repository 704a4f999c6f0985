"""SerialLink: one serial console's connection to a port of a VM (qmp/serial_ports.py)
over session/serial_transports.py: opens it, passes the guest's bytes on as a signal,
sends what is typed through a bounded queue, says how it stands in one status line,
and opens it again when the VM comes back. QtCore only.
"""

from __future__ import annotations

import asyncio
import contextlib

from PySide6.QtCore import QObject, Signal

from qmpgui.i18n import translate
from qmpgui.qmp import QmpFailure
from qmpgui.qmp.machine import parse_chardevs
from qmpgui.qmp.qemu_argv import monitor_chardevs
from qmpgui.qmp.reader import Problems
from qmpgui.qmp.serial_ports import (
    CONSOLE_HELD_SENTENCE,
    RINGBUF_READ_ONLY,
    PortKind,
    SerialPort,
    held_sentence,
    serial_ports,
)
from qmpgui.qmp.unix_peers import holders_of, process
from qmpgui.session.inspection import Fetcher, register_topic
from qmpgui.session.serial_backlog import backlog_of
from qmpgui.session.serial_input import SerialInput, size_words
from qmpgui.session.serial_transports import (
    ConsoleHeld,
    SerialTransport,
    open_libvirt_console,
    open_pty,
    open_ringbuf,
    open_socket,
)
from qmpgui.session.tasks import TaskSet
from qmpgui.session.vm_session import VmSession

#: Seconds between attempts to open a port that is gone, held or not yet there.
RETRY_S = 1.0
#: Host names of this host, for a VM reached over TCP.
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
#: The task that keeps the port open.
LINK_TASK = "serial-link"


class SerialLink(QObject):
    """A console's link to one port of one VM; open() chooses it, close() ends it."""

    #: (bytes): what the guest wrote.
    received = Signal(bytes)
    #: (str, bool): the status line, and whether it reports a problem.
    statusChanged = Signal(str, bool)
    #: (bool): a paste large enough to report its progress is being sent (or ended).
    sendingChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = TaskSet()
        self.port: SerialPort | None = None
        self.session: VmSession | None = None
        self._transport: SerialTransport | None = None
        self._input = SerialInput()
        #: The status line while connected, said again after a paste's progress.
        self._connected_words = ""
        #: Set while the console is on screen: a ringbuf is polled only then.
        self.active = asyncio.Event()
        self.status = ""
        self.problem = False
        #: aclose() was called: nothing opens again.
        self.ended = False

    @property
    def connected(self) -> bool:
        """Whether the port is open now."""
        return self._transport is not None

    @property
    def writable(self) -> bool:
        """Whether what is typed reaches the guest now."""
        return self._transport is not None and self._transport.writable

    @property
    def reading(self) -> bool:
        """Whether a read over QMP (a ringbuf's) is under way now."""
        return bool(getattr(self._transport, "reading", False))

    def set_active(self, on: bool) -> None:
        """The console is on screen (`on`) or not."""
        if on:
            self.active.set()
        else:
            self.active.clear()

    def open(self, session: VmSession, port: SerialPort) -> None:
        """Connect to `port` of `session`'s VM (closing any other), and keep it open;
        nothing after aclose()."""
        if self.ended:
            return
        self.session, self.port = session, port
        self.stop_sending(quietly=True)
        self._tasks.spawn(self._keep_open(session, port), LINK_TASK)

    def close(self) -> None:
        """Close the port (its text stays where it was shown)."""
        self.session = self.port = None
        task = self._tasks.get(LINK_TASK)
        if task is not None:
            task.cancel()
        self._say("", problem=False)

    async def aclose(self) -> None:
        """Close the port and wait until its work has ended; it opens no more."""
        self.ended = True
        self.close()
        await self._tasks.aclose()

    def send(self, data: bytes) -> bool:
        """Queue `data` (typed or pasted) for the guest, written in order as the guest
        reads it; False when it was not taken: nothing is open, the port takes no input,
        or it is more than may wait (said, with its size)."""
        if not self.writable or not data:
            if self.port is not None and self.port.kind is PortKind.RINGBUF:
                self._say(f"{self.port.label}: {RINGBUF_READ_ONLY}", problem=True)
            return False
        refusal = self._input.refusal(len(data))
        if refusal is not None:
            self._say(f"{self._name()}: {refusal}", problem=True)
            return False
        self._input.put(data)
        if self._input.reporting:
            self.sendingChanged.emit(True)
        return True

    @property
    def sending(self) -> bool:
        """Whether a paste large enough to report its progress is being sent."""
        return self._input.reporting and not self._input.done

    def stop_sending(self, *, quietly: bool = False) -> None:
        """Send no more of what waits (a long paste); the status line says how much
        was not sent, unless `quietly`."""
        reporting = self._input.reporting
        dropped = self._input.stop()
        sent = self._input.sent
        self._input.end_batch()
        if reporting:
            self.sendingChanged.emit(False)
        if dropped and not quietly:
            self._say(
                translate(
                    "SerialLink", "{v0}: paste stopped: {v1} sent, the other {v2} not"
                ).format(v0=self._name(), v1=size_words(sent), v2=size_words(dropped)),
                problem=False,
            )

    # -- the task -----------------------------------------------------------

    def _name(self) -> str:
        return self.port.label if self.port is not None else translate("SerialLink", "serial port")

    def _say(self, text: str, *, problem: bool) -> None:
        if (text, problem) != (self.status, self.problem):
            self.status, self.problem = text, problem
            self.statusChanged.emit(text, problem)

    async def _keep_open(self, session: VmSession, port: SerialPort) -> None:
        was_open = False
        try:
            while True:
                why = await self._why_not_now(session, port)
                if why is not None:
                    self._say(why, problem=True)
                    await asyncio.sleep(RETRY_S)
                    continue
                # What the guest wrote before (a chardev's logfile=), once per open().
                backlog = None if was_open else await backlog_of(session, port)
                try:
                    transport = await self._open(session, port)
                except ConsoleHeld:
                    self._say(f"{port.label}: {CONSOLE_HELD_SENTENCE}", problem=True)
                    await asyncio.sleep(RETRY_S)
                    continue
                except (OSError, QmpFailure) as err:
                    self._say(
                        translate("SerialLink", "{label}: could not open {title}: {err}").format(
                            label=port.label, title=port.title, err=err
                        ),
                        problem=True,
                    )
                    await asyncio.sleep(RETRY_S)
                    continue
                self._transport = transport
                if backlog is not None:
                    earlier = await backlog.read()
                    if earlier:
                        self.received.emit(earlier)
                note = "" if transport.writable else f" ({RINGBUF_READ_ONLY})"
                again = translate("SerialLink", "connected again") if was_open else "connected"
                self._connected_words = translate("SerialLink", "{v0} to {title}{note}").format(
                    v0=again.capitalize(), title=port.title, note=note
                )
                self._say(self._connected_words, problem=False)
                was_open = True
                try:
                    await self._serve(transport)
                finally:
                    self._transport = None
                    with contextlib.suppress(OSError):
                        await transport.close()
                self._say(
                    translate(
                        "SerialLink",
                        "{label}: the serial port closed (the VM went away?): its text stays here; connecting again when it is back",
                    ).format(label=port.label),
                    problem=True,
                )
                await asyncio.sleep(RETRY_S)
        finally:
            self._transport = None

    async def _why_not_now(self, session: VmSession, port: SerialPort) -> str | None:
        """Why the port cannot be opened now (the VM is away, another client holds the
        socket), or None."""
        if not session.connected:
            return translate(
                "SerialLink", "{label}: {display_name} is not connected: waiting for it"
            ).format(label=port.label, display_name=session.display_name)
        if port.kind is not PortKind.SOCKET:
            return None
        try:
            reply = await session.execute("query-chardev")
        except QmpFailure:
            return None  # the attempt to open says what is wrong
        for info in parse_chardevs(reply, Problems()):
            if info.label == port.label:
                if info.backend is not None and not info.backend.startswith("disconnected:"):
                    # The socket is on this host (a remote VM's is out of reach): the
                    # kernel's table names who holds it, as for a busy monitor.
                    holders = await asyncio.to_thread(holders_of, port.path) if port.path else ()
                    return f"{port.label}: {held_sentence(holders)}"
                return None
        return translate("SerialLink", "{label}: {display_name} has no chardev {label} now").format(
            label=port.label, display_name=session.display_name
        )

    async def _open(self, session: VmSession, port: SerialPort) -> SerialTransport:
        if port.kind is PortKind.SOCKET and port.path is not None:
            return await open_socket(port.path)
        if port.kind is PortKind.PTY and port.path is not None:
            return await open_pty(port.path)
        if port.kind is PortKind.RINGBUF:
            return await open_ringbuf(session.execute, port.label, self.active)
        if port.kind is PortKind.LIBVIRT and session.domain is not None:
            return await open_libvirt_console(session.domain)
        raise OSError(port.reason or translate("SerialLink", "qmpgui cannot open it"))

    async def _serve(self, transport: SerialTransport) -> None:
        """Pass bytes both ways until the port closes."""
        writer = asyncio.ensure_future(self._write_all(transport))
        try:
            while True:
                try:
                    data = await transport.read()
                except QmpFailure:
                    return
                if not data:
                    return
                self.received.emit(data)
                if writer.done():
                    return
        finally:
            writer.cancel()
            with contextlib.suppress(asyncio.CancelledError, OSError):
                await writer

    async def _write_all(self, transport: SerialTransport) -> None:
        queue = self._input
        while True:
            chunk = await queue.take()
            if transport.writable:
                await transport.write(chunk)  # waits while the guest does not read
            queue.written(chunk)
            if queue.reporting:
                if queue.done:
                    self._say(
                        translate("SerialLink", "{connected_words}; pasted {v1}").format(
                            connected_words=self._connected_words, v1=size_words(queue.sent)
                        ),
                        problem=False,
                    )
                    queue.end_batch()
                    self.sendingChanged.emit(False)
                else:
                    self._say(
                        translate(
                            "SerialLink",
                            "{v0}: pasting, {v1} of {v2} sent as the guest reads them (Stop sends no more)",
                        ).format(
                            v0=self._name(), v1=size_words(queue.sent), v2=size_words(queue.batch)
                        ),
                        problem=False,
                    )
            elif queue.done:
                queue.end_batch()


#: The serial topic's query in Inspection.results.
SERIAL_KEY = "query-chardev serial"


#: The chardevs QEMU's command line gives to monitors, by QEMU's pid (read once).
_MONITOR_CHARDEVS: dict[int, frozenset[str]] = {}


async def _fetch_chardevs(fetcher: Fetcher) -> None:
    await fetcher.query("query-chardev", key=SERIAL_KEY)
    pid = fetcher.peer_pid
    if pid is not None and pid not in _MONITOR_CHARDEVS:
        found = await asyncio.to_thread(process, pid)
        if len(_MONITOR_CHARDEVS) > 1000:  # QEMUs come and go: keep it bounded
            _MONITOR_CHARDEVS.clear()
        _MONITOR_CHARDEVS[pid] = monitor_chardevs(found.argv if found is not None else ())


#: The VM's character devices as the Serial pane lists them (who holds a socket changes
#: with no event, so it is asked on the tick while the pane shows).
SERIAL = register_topic("serial", _fetch_chardevs, events={"DEVICE_DELETED"})


def ports_of(session: VmSession) -> list[SerialPort]:
    """The serial ports of `session`'s VM as last read (qmp/serial_ports.py's order):
    its sockets and ptys reachable when the VM runs on this host. [] before a read."""
    result = session.inspection.results.get(SERIAL_KEY)
    domain = session.domain is not None
    if result is None or not result.ok:
        return serial_ports((), local=False, domain=True) if domain else []
    endpoint = session.endpoint
    # A VM reached over a unix socket, a TCP port of this host or a libvirt URI without
    # a host runs here.
    local = endpoint is not None and (
        endpoint.is_unix
        or (endpoint.is_domain and endpoint.is_local)
        or (not endpoint.scheme.startswith(("ssh", "libvirt")) and endpoint.host in LOCAL_HOSTS)
    )
    monitor = endpoint.path if endpoint is not None and endpoint.is_unix else None
    chardevs = parse_chardevs(result.reply, Problems())
    pid = session.connection.peer_pid if session.connection is not None else None
    monitors = _MONITOR_CHARDEVS.get(pid, frozenset()) if pid is not None else frozenset()
    return serial_ports(
        chardevs, local=local, monitor_path=monitor, domain=domain, monitors=monitors
    )
