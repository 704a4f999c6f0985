"""Remote displays: `query-vnc`, `query-vnc-servers` and `query-spice`.

Shapes from qapi/ui.json (VncInfo, VncInfo2, SpiceInfo). Each command exists only
when QEMU was built with VNC or SPICE (CommandNotFound otherwise). The parsers never
raise: a value of the wrong type reads as None and is noted in Problems (qmp.reader).

A server listens on one or more sockets (Listener): TCP, a unix socket (VNC reports
family "unix", host "" and the path as its service; SPICE reports the path as its
host and no port), or a VNC websocket; each with TLS or not.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from qmpgui.i18n import translate
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
        """Listens on every interface: reachable from the network (never a unix socket)."""
        return any(listener.wildcard for listener in self.listeners())

    def listeners(self) -> tuple[Listener, ...]:
        """Where clients connect, as this reply says (empty when not enabled): VNC's one
        address of query-vnc; SPICE's port and TLS port, or its unix socket."""
        if not self.enabled:
            return ()
        if self.protocol == "VNC":
            scheme, _, rest = (self.auth or "").partition("+")  # "vencrypt+x509+none"
            tls = _vencrypt_tls(scheme, rest)
            return (Listener("VNC", None, self.host, self.port, self.family, self.auth, tls=tls),)
        if self.port is None and self.tls_port is None and (self.host or "").startswith("/"):
            return (Listener("SPICE", None, "", self.host, "unix", self.auth),)  # unix=on
        found = [Listener("SPICE", None, self.host, self.port, auth=self.auth)]
        found.append(replace(found[0], port=self.tls_port, tls=True))
        return tuple(f for f in found if f.port is not None)

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


class Transport(StrEnum):
    """How a client reaches a listener."""

    TCP = "tcp"
    UNIX = "unix"
    #: VNC over websocket (RFC 6455), for clients in a web browser such as noVNC.
    WEBSOCKET = "websocket"


def _vencrypt_tls(auth: str, vencrypt: str | None) -> bool:
    # VeNCrypt's sub-auths (qapi/ui.json, VncVencryptSubAuth) but "plain" run over TLS;
    # QEMU uses VeNCrypt only with TLS credentials.
    return auth == "vencrypt" and not (vencrypt or "").startswith("plain")


@dataclass(frozen=True, slots=True)
class Listener:
    """One listening socket of a display server: where a client connects.

    VNC's come from `query-vnc-servers` (QEMU 2.3+; a socket of VncInfo2's `server`
    list, VncServerInfo2) or from `query-vnc` before; SPICE's from `query-spice`.
    """

    #: "VNC" or "SPICE".
    protocol: str
    #: The VNC server's `id` ("default"); None for SPICE and query-vnc.
    server_id: str | None
    #: The listen address (a wildcard: see WILDCARD_HOSTS); "" for a unix socket.
    host: str | None
    #: The port, as text; a unix socket's path (VNC's `service`).
    port: str | None = None
    #: "ipv4", "ipv6", "unix", ... (qapi/sockets.json, NetworkAddressFamily).
    family: str | None = None
    #: "none", "vnc", "vencrypt", "sasl", ... (VNC); "none" or "spice" (SPICE).
    auth: str | None = None
    #: VeNCrypt's sub-auth ("x509-none", "tls-vnc", ...) when `auth` is "vencrypt".
    vencrypt: str | None = None
    websocket: bool | None = None
    #: Clients speak TLS here: VeNCrypt, SPICE's TLS port, or a websocket of a VNC
    #: server with TLS credentials (wss; QEMU does TLS there at the websocket layer).
    tls: bool = False
    raw: Any = None
    invalid: frozenset[str] = frozenset()

    @property
    def transport(self) -> Transport:
        """TCP, a unix socket or a websocket."""
        if self.family == "unix":
            return Transport.UNIX
        return Transport.WEBSOCKET if self.websocket else Transport.TCP

    @property
    def path(self) -> str | None:
        """A unix socket's path; None for the others."""
        return self.port if self.transport is Transport.UNIX else None

    @property
    def wildcard(self) -> bool:
        """Listens on every interface: reachable from the network (never a unix socket)."""
        unix = self.transport is Transport.UNIX
        return not unix and self.host is not None and self.host in WILDCARD_HOSTS

    @property
    def text(self) -> str:
        """Where it listens, in words: "127.0.0.1:5901", "[::1]:5901", "unix socket
        /run/vm/vnc.sock", "ws://127.0.0.1:5701" ("wss://" with TLS)."""
        return self.text_at(self.host or "?")

    def text_at(self, host: str) -> str:
        """As `text`, with `host` (where a client reaches it) for the listen address."""
        if self.transport is Transport.UNIX:
            return translate("Listener", "unix socket {v0}").format(v0=self.path or "?")
        where = f"[{host}]:{self.port}" if ":" in host else f"{host}:{self.port}"
        if self.transport is Transport.WEBSOCKET:
            return f"{'wss' if self.tls else 'ws'}://{where}"
        return where


def parse_vnc_servers(value: object, problems: Problems) -> tuple[Listener, ...]:
    """Every listening socket in `query-vnc-servers`' reply (a list of VncInfo2), each
    server's plain and unix sockets before its websockets.

    `auth` and `vencrypt` are per socket since 2.9 (VncServerInfo2); before, only the
    server gives them, and each of its sockets takes the server's. A websocket speaks
    TLS when its server's other sockets do (VncInfo2's `auth` is theirs). Never raises.
    """
    listeners = []
    for n, item in enumerate(reply_list(value, "query-vnc-servers", problems)):
        server = Reader(item, f"query-vnc-servers[{n}]", problems)
        server_auth, server_vencrypt = server.text("auth"), server.text("vencrypt")
        sockets = []
        for m, sock in enumerate(server.array("server")):
            r = Reader(sock, f"query-vnc-servers[{n}].server[{m}]", problems)
            own = r.has("auth")
            auth = r.text("auth") if own else server_auth
            vencrypt = r.text("vencrypt") if own else server_vencrypt
            websocket = r.flag("websocket")
            tls = _vencrypt_tls(server_auth or "", server_vencrypt)
            sockets.append(
                Listener(
                    "VNC",
                    server_id=server.text("id"),
                    host=r.text("host"),
                    port=r.text("service"),
                    family=r.text("family"),
                    auth=auth,
                    vencrypt=vencrypt,
                    websocket=websocket,
                    tls=tls if websocket else _vencrypt_tls(auth or "", vencrypt),
                    raw=sock,
                    invalid=r.frozen_invalid(),
                )
            )
        listeners += sorted(sockets, key=lambda s: bool(s.websocket))
    return tuple(listeners)


def vnc_listeners(vnc: DisplayServer | None, sockets: tuple[Listener, ...]) -> tuple[Listener, ...]:
    """Where VNC clients connect: every socket of query-vnc-servers (`sockets`, 2.3+: all
    servers, websockets too), else query-vnc's one address (`vnc`, None when it did not
    answer)."""
    if sockets:
        return sockets
    return vnc.listeners() if vnc is not None else ()
