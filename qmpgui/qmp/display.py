"""Remote displays: `query-vnc`, `query-vnc-servers` and `query-spice`.

Shapes from qapi/ui.json (VncInfo, VncInfo2, SpiceInfo). Each command exists only
when QEMU was built with VNC or SPICE (CommandNotFound otherwise). The parsers never
raise: a value of the wrong type reads as None and is noted in Problems (qmp.reader).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from qmpgui.qmp.reader import Problems, Reader, reply_list

#: Listen addresses that accept connections from every network interface.
WILDCARD_HOSTS = frozenset({"0.0.0.0", "::", "[::]", "*", ""})


@dataclass(frozen=True, slots=True)
class DisplayClient:
    """A connected VNC client (VncClientInfo) or SPICE channel (SpiceChannel)."""

    host: str | None
    #: The client's port, as text (VNC's `service`, SPICE's `port`).
    port: str | None = None
    #: "ipv4", "ipv6", "unix", ... (qapi/sockets.json, NetworkAddressFamily).
    family: str | None = None
    x509_dname: str | None = None
    sasl_username: str | None = None
    websocket: bool | None = None
    tls: bool | None = None  # SPICE channels
    channel: str | None = None  # SPICE: "type/id", e.g. "main/0"
    raw: Any = None
    invalid: frozenset[str] = frozenset()

    @classmethod
    def parse(cls, value: object, where: str, problems: Problems) -> DisplayClient:
        """Parse one VncClientInfo or SpiceChannel; `where` names it in `problems`."""
        r = Reader(value, where, problems)
        kind, ident = r.number("channel-type"), r.number("channel-id")
        return cls(
            host=r.text("host"),
            port=r.text("service") or r.text("port"),
            family=r.text("family"),
            x509_dname=r.text("x509_dname"),
            sasl_username=r.text("sasl_username"),
            websocket=r.flag("websocket"),
            tls=r.flag("tls"),
            channel=None if kind is None else f"{_SPICE_CHANNELS.get(kind, kind)}/{ident}",
            raw=value,
            invalid=r.frozen_invalid(),
        )


#: SPICE's channel type numbers (SpiceChannel's `channel-type`; 1 is the main channel),
#: named as spice-protocol names them.
_SPICE_CHANNELS = {
    1: "main",
    2: "display",
    3: "inputs",
    4: "cursor",
    5: "playback",
    6: "record",
    8: "smartcard",
    9: "usbredir",
    10: "port",
    11: "webdav",
}


@dataclass(frozen=True, slots=True)
class DisplayServer:
    """What `query-vnc` or `query-spice` reports about one display server."""

    protocol: str  # "VNC" or "SPICE"
    enabled: bool | None = None
    #: The listen address (may be a wildcard: see WILDCARD_HOSTS).
    host: str | None = None
    #: The listening port, as text (VNC's `service`; SPICE's `port`).
    port: str | None = None
    #: SPICE's TLS port, as text.
    tls_port: str | None = None
    family: str | None = None
    #: "none", "vnc", "vencrypt+tls+vnc", ... (VNC); "none" or "spice" (SPICE).
    auth: str | None = None
    clients: tuple[DisplayClient, ...] = ()
    raw: Any = None
    invalid: frozenset[str] = frozenset()

    @property
    def wildcard(self) -> bool:
        """Listens on every interface: reachable from the network."""
        return bool(self.enabled) and self.host is not None and self.host in WILDCARD_HOSTS

    @classmethod
    def parse_vnc(cls, value: object, problems: Problems) -> DisplayServer:
        """Parse `query-vnc`'s reply, a VncInfo (0.14+); never raises."""
        r = Reader(value, "query-vnc", problems)
        clients = r.array("clients")
        return cls(
            "VNC",
            enabled=r.flag("enabled"),
            host=r.text("host"),
            port=r.text("service"),
            family=r.text("family"),
            auth=r.text("auth"),
            clients=tuple(
                DisplayClient.parse(c, f"query-vnc.clients[{n}]", problems)
                for n, c in enumerate(clients)
            ),
            raw=value,
            invalid=r.frozen_invalid(),
        )

    @classmethod
    def parse_spice(cls, value: object, problems: Problems) -> DisplayServer:
        """Parse `query-spice`'s reply, a SpiceInfo (0.14+); never raises."""
        r = Reader(value, "query-spice", problems)
        port, tls_port = r.number("port"), r.number("tls-port")
        return cls(
            "SPICE",
            enabled=r.flag("enabled"),
            host=r.text("host"),
            port=None if port is None else str(port),
            tls_port=None if tls_port is None else str(tls_port),
            auth=r.text("auth"),
            clients=tuple(
                DisplayClient.parse(c, f"query-spice.channels[{n}]", problems)
                for n, c in enumerate(r.array("channels"))
            ),
            raw=value,
            invalid=r.frozen_invalid(),
        )


@dataclass(frozen=True, slots=True)
class VncListener:
    """One listening socket of a VNC server (`query-vnc-servers`, QEMU 2.3+).

    `server_id` is the VNC server's `id`; the other fields come from the socket's entry
    in VncInfo2's `server` list.
    """

    server_id: str | None
    host: str | None
    port: str | None = None
    family: str | None = None
    auth: str | None = None
    vencrypt: str | None = None
    websocket: bool | None = None
    raw: Any = None
    invalid: frozenset[str] = frozenset()

    @property
    def wildcard(self) -> bool:
        """Listens on every interface: reachable from the network."""
        return self.host is not None and self.host in WILDCARD_HOSTS


def parse_vnc_servers(value: object, problems: Problems) -> tuple[VncListener, ...]:
    """Every listening socket in `query-vnc-servers`' reply (a list of VncInfo2).

    `auth` and `vencrypt` are per socket since 2.9 (VncServerInfo2); before, only the
    server gives them, and each of its sockets takes the server's. Never raises.
    """
    listeners = []
    for n, item in enumerate(reply_list(value, "query-vnc-servers", problems)):
        server = Reader(item, f"query-vnc-servers[{n}]", problems)
        for m, sock in enumerate(server.array("server")):
            r = Reader(sock, f"query-vnc-servers[{n}].server[{m}]", problems)
            listeners.append(
                VncListener(
                    server_id=server.text("id"),
                    host=r.text("host"),
                    port=r.text("service"),
                    family=r.text("family"),
                    auth=r.text("auth") or server.text("auth"),
                    vencrypt=r.text("vencrypt") or server.text("vencrypt"),
                    websocket=r.flag("websocket"),
                    raw=sock,
                    invalid=r.frozen_invalid(),
                )
            )
    return tuple(listeners)
