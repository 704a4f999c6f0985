"""The VM's network: its NICs and their backends (HMP `info network`), user networking's
host forwards (HMP `info usernet`), virtio-net's receive filter (`query-rx-filter`), and
the rules `hostfwd_add` / `hostfwd_remove` take, checked before they are sent.

QMP lists no NICs and no netdevs: `info network` is the only listing QEMU has. It prints
one line per net client, `NAME: index=N,type=TYPE,INFO`, and under a NIC its peer (the
netdev) as ` \\ NAME: index=N,type=TYPE,INFO`; a `hub N` line stands for the hub of the
old `-net` options, its ports under it. QEMU 7.2's text, as a real one prints it:

    nic0: index=0,type=nic,model=virtio-net-pci,macaddr=52:54:00:12:34:56
     \\ n0: index=0,type=user,net=10.0.2.0,restrict=off

QEMU before 2.x printed `NAME: type=TYPE,INFO` (no index) under `VLAN N devices:`.
A NIC's link state is in no reply of QEMU 7.2 (`info network` and `query-rx-filter`
leave it out), so a link is known only as `set_link` last set it.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field, replace

from qmpgui.i18n import translate
from qmpgui.qmp.outcome import HMP_ERROR_CLASS
from qmpgui.qmp.reader import Problems, Reader, parse_each

#: The QMP command that sets a NIC's (or a netdev's) link: `{name, up}`.
SET_LINK = "set_link"
#: User networking's backend type, the one whose host forwards can be added and removed.
USER = "user"
#: Where user networking puts the guest when a rule names no guest address.
DEFAULT_GUEST = "10.0.2.15"
PROTOCOLS = ("tcp", "udp")

#: `NAME: index=N,type=T,...` (7.2) or `NAME: type=T,...` (before 2.x); a peer line has
#: ` \ ` before it.
_CLIENT = re.compile(r"^(?P<peer>\s*\\\s*)?\s*(?P<name>[^\s:\\][^:]*?):\s+(?P<info>\S.*)$")
#: ` \ hub0port0: e1000.0: index=0,type=nic,...`: a client on a port of hub 0.
_HUB_PORT = re.compile(
    r"^\s*\\\s*(?P<hub>hub\d+)port\d+:\s+(?P<name>[^\s:][^:]*?):\s+(?P<info>\S.*)$"
)
#: `Hub -1 (n0):` heads a netdev's table in `info usernet`.
_HUB = re.compile(r"^Hub\s+-?\d+\s+\((?P<name>[^)]+)\):\s*$")
#: A forward's row: `TCP[HOST_FORWARD]  8  127.0.0.1 44105  10.0.2.15  22  0  0`; a port
#: is at most five ASCII digits (a longer one is no port, and int() refuses 4300).
_FORWARD = re.compile(
    r"^\s*(?P<proto>TCP|UDP)\[HOST_FORWARD\]\s+\d+\s+(?P<host>\S+)\s+(?P<hport>[0-9]{1,5})"
    r"\s+(?P<guest>\S+)\s+(?P<gport>[0-9]{1,5})\s"
)


@dataclass(frozen=True, slots=True)
class NetClient:
    """One net client of `info network`: `name` (a NIC's qdev id, or `e1000.0` without
    one; a netdev's id), `type` (nic, user, tap, socket, hubport, ...), the rest of its
    line as (key, value) pairs in QEMU's order (`model`, `macaddr`, `net`, ...), and its
    peer (a NIC's netdev), or None."""

    name: str
    type: str
    options: tuple[tuple[str, str], ...] = ()
    peer: NetClient | None = None

    def option(self, key: str) -> str | None:
        """The value of `key` on the client's line (`model`, `macaddr`), or None."""
        return next((value for k, value in self.options if k == key), None)

    @property
    def info(self) -> str:
        """The line's details after its type, as QEMU printed them: `net=10.0.2.0,...`."""
        return ",".join(f"{k}={v}" if v else k for k, v in self.options)


def _client(name: str, info: str, peer: NetClient | None = None) -> NetClient:
    pairs: list[tuple[str, str]] = []
    kind = ""
    for part in info.split(","):
        key, _, value = part.partition("=")
        key = key.strip()
        if key == "type" and not kind:
            kind = value.strip()
        elif key != "index" and key:
            pairs.append((key, value.strip()))
    return NetClient(name.strip(), kind, tuple(pairs), peer)


def parse_info_network(text: str) -> list[NetClient]:
    """The top-level net clients of HMP `info network` output (`text`), each with its
    peer, in QEMU's order. Lines that are no client (`hub 0`, `VLAN 0 devices:`,
    `filters:`) are skipped; a peer line joins the client above it. The clients on a
    hub's ports (` \\ hub0port0: e1000.0: ...`, what `-net nic -net user` and a plain
    pc's default NIC make) are listed too, a NIC's peer being the hub's first backend.
    Never raises."""
    clients: list[NetClient] = []
    hubs: dict[str, list[NetClient]] = {}
    for line in text.splitlines():
        port = _HUB_PORT.match(line)
        if port is not None:
            hubs.setdefault(port["hub"], []).append(_client(port["name"], port["info"]))
            continue
        match = _CLIENT.match(line)
        if match is None or match["name"].startswith(("VLAN ", "Devices ", "filters")):
            continue
        if match["peer"] is not None and clients and clients[-1].peer is None:
            top = clients[-1]
            clients[-1] = NetClient(
                top.name, top.type, top.options, _client(match["name"], match["info"])
            )
        elif match["peer"] is None:
            clients.append(_client(match["name"], match["info"]))
    for on_hub in hubs.values():
        backend = next((c for c in on_hub if c.type not in ("nic", "")), None)
        for client in on_hub:
            clients.append(client if client is backend else replace(client, peer=backend))
    return clients


def nics(clients: list[NetClient]) -> list[NetClient]:
    """The NICs among `clients` (type `nic`, or a `model=` on a line of QEMU before 2.x)."""
    return [c for c in clients if c.type == "nic" or (not c.type and c.option("model"))]


@dataclass(frozen=True, slots=True)
class HostForward:
    """One host forward of user networking: `protocol` tcp or udp, `host_addr` ("" for
    any address of QEMU's host), `host_port`, `guest_addr` ("" for the guest's DHCP
    address) and `guest_port` (ports 1-65535; a listed forward's host port may be the
    one QEMU chose for port 0)."""

    protocol: str
    host_addr: str
    host_port: int
    guest_addr: str
    guest_port: int

    @property
    def rule(self) -> str:
        """hostfwd_add's rule: `tcp:127.0.0.1:2222-:22`."""
        return (
            f"{self.protocol}:{self.host_addr}:{self.host_port}-{self.guest_addr}:{self.guest_port}"
        )

    @property
    def host_side(self) -> str:
        """hostfwd_remove's argument: `tcp:127.0.0.1:2222`."""
        return f"{self.protocol}:{self.host_addr}:{self.host_port}"

    @property
    def text(self) -> str:
        """In words for the pane: `tcp 127.0.0.1:2222 → 10.0.2.15:22` (`*` for any)."""
        guest = self.guest_addr or DEFAULT_GUEST
        return (
            f"{self.protocol} {self.host_addr or '*'}:{self.host_port} → {guest}:{self.guest_port}"
        )

    def as_json(self) -> dict[str, object]:
        """The forward as JSON for "copy as JSON"."""
        return {
            "protocol": self.protocol,
            "host-addr": self.host_addr,
            "host-port": self.host_port,
            "guest-addr": self.guest_addr,
            "guest-port": self.guest_port,
        }


def parse_usernet(text: str) -> dict[str, tuple[HostForward, ...]]:
    """The host forwards of each user-networking netdev in HMP `info usernet` output
    (`text`), by the netdev's id; a netdev without forwards maps to (). Connections that
    are no forward are left out. Never raises."""
    found: dict[str, list[HostForward]] = {}
    current: list[HostForward] | None = None
    for line in text.splitlines():
        hub = _HUB.match(line)
        if hub is not None:
            current = found.setdefault(hub["name"], [])
            continue
        row = _FORWARD.match(line)
        if row is None or current is None:
            continue
        host = "" if row["host"] in ("*", "0.0.0.0") else row["host"]
        current.append(
            HostForward(
                row["proto"].lower(), host, int(row["hport"]), row["guest"], int(row["gport"])
            )
        )
    return {name: tuple(forwards) for name, forwards in found.items()}


def forward_refusal(forward: HostForward) -> str | None:
    """Why hostfwd_add would refuse `forward`, as a sentence; None when it is well formed.
    QEMU 7.2's user networking takes IPv4 addresses only."""
    if forward.protocol not in PROTOCOLS:
        return translate("network", "the protocol is tcp or udp, not {v0}").format(
            v0=forward.protocol or "nothing"
        )
    for what, port in (("host", forward.host_port), ("guest", forward.guest_port)):
        if not 1 <= port <= 65535:
            return translate(
                "network", "the {what} port is a number from 1 to 65535, not {port}"
            ).format(what=what, port=port)
    for what, addr in (("host", forward.host_addr), ("guest", forward.guest_addr)):
        if not addr:
            continue
        try:
            ipaddress.IPv4Address(addr)
        except ValueError:
            return f"the {what} address is an IPv4 address such as 127.0.0.1, not {addr!r}"
    return None


def hostfwd_words(error: str, *, netdev: str, rule: str) -> str:
    """QEMU's HMP refusal of hostfwd_add or hostfwd_remove (`error`, its words) as a
    sentence that says what to do; `netdev` and `rule` are what was sent. `error` may
    carry the class perform() puts before HMP's words (`HmpError: `). Never raises."""
    error = error.removeprefix(f"{HMP_ERROR_CLASS}: ")
    if error.startswith("Could not set up host forwarding rule"):
        return translate(
            "network",
            "QEMU could not listen for {rule} on its host: the host port is in use or the address is not one of the host's (choose another port)",
        ).format(rule=rule)
    if error.startswith("Invalid host forwarding rule"):
        why = error.partition("(")[2].rstrip(")") or translate("network", "QEMU could not read it")
        return translate("network", "QEMU refused the rule {rule}: {why}").format(
            rule=rule, why=why
        )
    if error.startswith("unrecognized netdev id"):
        return f"this VM has no netdev {netdev!r} (it may have been removed)"
    if "not found" in error and error.startswith("host forwarding rule"):
        return translate(
            "network", "{netdev} has no host forward {rule} (it may have been removed already)"
        ).format(netdev=netdev, rule=rule)
    if error == "invalid format":
        return translate("network", "QEMU could not read the rule {rule}").format(rule=rule)
    return error


@dataclass(frozen=True, slots=True)
class RxFilter:
    """A virtio-net NIC's receive filter (`query-rx-filter`, 1.6+): its name, main MAC,
    promiscuous mode, the unicast and multicast modes (normal, none, all) with their MAC
    tables, whether they overflowed, broadcast and the VLAN mode. None where QEMU sent
    nothing usable."""

    name: str
    main_mac: str | None = None
    promiscuous: bool | None = None
    broadcast_allowed: bool | None = None
    unicast: str | None = None
    unicast_overflow: bool | None = None
    unicast_table: tuple[str, ...] = ()
    multicast: str | None = None
    multicast_overflow: bool | None = None
    multicast_table: tuple[str, ...] = ()
    vlan: str | None = None
    raw: dict[str, object] = field(default_factory=dict, compare=False)


def _rx_filter(value: object, where: str, problems: Problems) -> RxFilter:
    r = Reader(value, where, problems)

    def macs(key: str) -> tuple[str, ...]:
        return tuple(m for m in r.array(key) if isinstance(m, str))

    # The VLAN table lists up to 4096 ids: the pane shows the mode, not the table.
    raw = {k: v for k, v in r.obj.items() if k != "vlan-table"}
    return RxFilter(
        r.text("name") or "",
        r.text("main-mac"),
        r.flag("promiscuous"),
        r.flag("broadcast-allowed"),
        r.text("unicast"),
        r.flag("unicast-overflow"),
        macs("unicast-table"),
        r.text("multicast"),
        r.flag("multicast-overflow"),
        macs("multicast-table"),
        r.text("vlan"),
        raw,
    )


def parse_rx_filters(reply: object, problems: Problems) -> dict[str, RxFilter]:
    """The receive filters of a `query-rx-filter` reply, by NIC name (the net client's
    name, as `info network` and set_link know it). Never raises."""
    found = parse_each(reply, "query-rx-filter", problems, _rx_filter)
    return {f.name: f for f in found if f.name}
