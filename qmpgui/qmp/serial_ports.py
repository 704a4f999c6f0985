"""Which of a VM's character devices a serial console can reach, read from
`query-chardev` (qapi/char.json, ChardevInfo's `filename`). No Qt, no I/O: the
transports are in session/serial_link.py.

What QEMU 7.2 reports, and what it means here:
- `disconnected:unix:PATH,server=on`: a socket chardev no client holds: reachable.
- `unix:PATH,server=on`: a socket chardev a client holds. QEMU serves one client at a
  time: a second one is accepted by the kernel but never served, so it is not tried.
- `pty:/dev/pts/N`: a pseudo-terminal on the VM's host.
- `ringbuf` (and `memory`, its old name): read over QMP with `ringbuf-read`. QEMU's
  `ringbuf-write` only adds to the buffer (the guest never reads it), so it is read-only.
- anything else (`file`, `stdio`, `null`, `vc`, `pipe`, a socket QEMU connects out
  from, ...): out of reach, with the reason.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from qmpgui.i18n import PLURAL, marked, translate
from qmpgui.qmp.machine import ChardevInfo

#: The prefix QEMU gives a server socket's filename while no client is connected.
DISCONNECTED = "disconnected:"
#: The labels QEMU gives the chardevs of `-qmp` and `-monitor` (compat_monitor0, 1, ...).
MONITOR_LABEL_PREFIX = "compat_monitor"
#: The id libvirt gives its domains' monitor chardev.
LIBVIRT_MONITOR = "charmonitor"
#: What is said of a socket chardev another client holds.
HELD_SENTENCE = marked(
    "serial_ports",
    "another program holds this serial port (QEMU serves one client at a time): close it there",
)
#: What is said of a libvirt domain's console another client holds.
CONSOLE_HELD_SENTENCE = marked(
    "serial_ports",
    "another program holds this domain's console (libvirt serves one client at a time, such as virsh console): close it there",
)
#: The port of a libvirt domain's console, listed first for a domain.
LIBVIRT_CONSOLE = "console"
#: Why a domain's pty is not opened itself.
DOMAIN_PTY = marked("serial_ports", "libvirt's pty: choose the console above, which libvirt serves")
#: What is said of a ringbuf, whose input QEMU does not pass to the guest.
RINGBUF_READ_ONLY = marked(
    "serial_ports",
    "read-only: QEMU's ringbuf-write only adds to the buffer, the guest never reads it",
)


class PortKind(enum.Enum):
    """How a serial port is reached."""

    SOCKET = "socket"
    PTY = "pty"
    RINGBUF = "ringbuf"
    #: libvirt's console stream of a domain (virDomainOpenConsole).
    LIBVIRT = "libvirt"
    #: Not reachable from here (`SerialPort.reason` says why).
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class SerialPort:
    """One character device as a console could open it.

    `label` is the chardev's id ("serial0", "s0"); `kind` how it is reached; `path` the
    unix socket's or pty's path (None for the others); `held` that another client holds
    the socket now; `reason` why it cannot be opened from here (None when it can).
    """

    label: str
    kind: PortKind
    backend: str = ""
    path: str | None = None
    held: bool = False
    reason: str | None = None

    @property
    def reachable(self) -> bool:
        """Whether a console can open it (a held socket can, once freed)."""
        return self.reason is None

    @property
    def title(self) -> str:
        """The port as listed: "s0 (unix socket /run/vm/serial.sock)"."""
        what = {
            PortKind.SOCKET: f"unix socket {self.path}",
            PortKind.PTY: f"pty {self.path}",
            PortKind.RINGBUF: "ringbuf over QMP",
            PortKind.LIBVIRT: "libvirt's console",
        }.get(self.kind, self.backend or "unknown backend")
        return f"{self.label} ({what})"


def _options(text: str) -> tuple[str, set[str]]:
    """A filename's first part and its `key=value` options: "/p,server=on" -> ("/p", {...})."""
    first, *rest = text.split(",")
    return first, set(rest)


def read_port(
    info: ChardevInfo, *, local: bool, monitors: frozenset[str] = frozenset()
) -> SerialPort | None:
    """`info` as a console port, or None for a monitor's chardev (never a console):
    QEMU's `compat_monitorN`, libvirt's `charmonitor`, and those named in `monitors`
    (read from QEMU's command line: `-mon chardev=ID`).

    `local`: the VM runs on this host (its sockets and ptys are ours to open).
    """
    label = info.label or ""
    backend = info.backend or ""
    if not label or label.startswith(MONITOR_LABEL_PREFIX):
        return None
    if label == LIBVIRT_MONITOR or label in monitors:
        return None
    held = not backend.startswith(DISCONNECTED)
    rest = backend.removeprefix(DISCONNECTED)
    if rest.startswith("unix:"):
        path, options = _options(rest.removeprefix("unix:"))
        if "server=on" not in options and "server" not in options:
            return SerialPort(
                label,
                PortKind.OTHER,
                backend,
                path,
                reason=translate(
                    "serial_ports",
                    "QEMU connects out to this socket: the program listening there has it",
                ),
            )
        return SerialPort(
            label,
            PortKind.SOCKET,
            backend,
            path,
            held=held,
            reason=None
            if local
            else translate("serial_ports", "a socket on the VM's host, not this one"),
        )
    if rest.startswith("pty:"):
        path = rest.removeprefix("pty:")
        return SerialPort(
            label,
            PortKind.PTY,
            backend,
            path,
            reason=None
            if local
            else translate("serial_ports", "a pseudo-terminal on the VM's host, not this one"),
        )
    if rest in {"ringbuf", "memory"}:
        return SerialPort(label, PortKind.RINGBUF, backend)
    return SerialPort(label, PortKind.OTHER, backend, reason=_why_not(rest))


def _why_not(backend: str) -> str:
    """Why a chardev of `backend` cannot be opened here, in words."""
    kind = backend.split(":", 1)[0]
    words = {
        "file": translate("serial_ports", "its output goes to a file on the VM's host"),
        "stdio": translate("serial_ports", "it is QEMU's own standard input and output"),
        "null": translate("serial_ports", "a null chardev: the guest's output is dropped"),
        "vc": translate("serial_ports", "it is shown in QEMU's own window"),
        "pipe": translate("serial_ports", "a named pipe on the VM's host"),
        "tcp": translate(
            "serial_ports", "a TCP socket: qmpgui opens unix sockets, ptys and ringbufs"
        ),
        "udp": translate(
            "serial_ports", "a UDP socket: qmpgui opens unix sockets, ptys and ringbufs"
        ),
        "spicevmc": translate("serial_ports", "a SPICE channel, for a SPICE client"),
        "spiceport": translate("serial_ports", "a SPICE channel, for a SPICE client"),
    }
    return words.get(kind, f"qmpgui cannot open a {kind or 'nameless'} chardev")


def serial_ports(
    chardevs: Sequence[ChardevInfo],
    *,
    local: bool,
    monitor_path: str | None = None,
    domain: bool = False,
    monitors: frozenset[str] = frozenset(),
) -> list[SerialPort]:
    """The ports of `query-chardev`'s chardevs (ChardevInfo, in QEMU's order) a console
    could show: reachable ones first, then the others (greyed, with why).

    Monitors are left out: QEMU's `compat_monitorN` chardevs, libvirt's `charmonitor`,
    the chardevs in `monitors` and the socket at `monitor_path` (the VM's own QMP
    socket). A libvirt `domain`'s console (libvirt's
    stream) comes first; its ptys are libvirt's. Never raises.
    """
    ports = [SerialPort(LIBVIRT_CONSOLE, PortKind.LIBVIRT)] if domain else []
    for info in chardevs:
        port = read_port(info, local=local, monitors=monitors)
        if port is None or (monitor_path is not None and port.path == monitor_path):
            continue
        if domain and port.kind is PortKind.PTY:
            port = SerialPort(
                port.label,
                port.kind,
                port.backend,
                port.path,
                reason=translate("serial_ports", DOMAIN_PTY),
            )
        ports.append(port)
    return sorted(ports, key=lambda port: not port.reachable)


def held_sentence(holders: Sequence[str] = ()) -> str:
    """What is said of a socket chardev other clients hold: HELD_SENTENCE, with the
    holders named where the kernel's table shows them (`holders` each "pid N (command
    line)", or "" for one /proc hides: unix_peers.holders_of())."""
    named = [h for h in holders if h]
    if not named:
        return translate("serial_ports", HELD_SENTENCE)
    return translate(
        "serial_ports",
        "{holders} (holds|hold) this serial port (QEMU serves one client at a time): close it there",
        None,
        PLURAL,
        len(named),
    ).format(holders=", ".join(named))
