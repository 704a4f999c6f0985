"""Remote displays of one VM (`displayPane`): VNC and SPICE servers and their clients."""

from __future__ import annotations

from qmpgui.i18n import marked, translate
from qmpgui.models.node_tree import Node, NodeTreeModel, prop_node
from qmpgui.models.palette import Tone
from qmpgui.models.text import DASH, show
from qmpgui.qmp.display import DisplayClient, DisplayServer, Listener, Transport
from qmpgui.session import VmSession
from qmpgui.session.topic_state import QueryResult

COLUMNS = (marked("headers", "Property"), marked("headers", "Value"))

#: A server row's value when QEMU does not offer the query (built without VNC or SPICE).
NOT_AVAILABLE = marked("display_model", "not available on this QEMU")


def exposure_warning(host: str) -> str:
    """The warning row's text for a server listening on wildcard `host` ("0.0.0.0", "::",
    "" for every address)."""
    return translate(
        "display_model", "listens on {v0}: the display is reachable from the network"
    ).format(v0=host or translate("display_model", "every address"))


def address(host: str | None, port: str | None) -> str:
    """An address for a cell: "host:port", "[::1]:port" for an IPv6 host, the host alone
    without a port; DASH when both are None."""
    if host is None and port is None:
        return DASH
    host = host or DASH
    if not port:
        return host
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def client_node(n: int, client: DisplayClient) -> Node:
    """The row of the `n`th (0-based) client: "Client n+1", its address with family,
    SPICE channel, TLS, websocket, x509 name and SASL user; its raw JSON is the client's
    VncClientInfo (query-vnc's `clients`) or SpiceChannel (query-spice's `channels`)."""
    details = [client.family or ""]
    if client.channel:
        details.append(
            translate("display_model", "channel {channel}").format(channel=client.channel)
        )
    if client.tls is not None:
        details.append("TLS" if client.tls else translate("display_model", "no TLS"))
    if client.websocket:
        details.append("websocket")
    if client.x509_dname:
        details.append(
            translate("display_model", "x509: {x509_dname}").format(x509_dname=client.x509_dname)
        )
    if client.sasl_username:
        details.append(
            translate("display_model", "SASL: {sasl_username}").format(
                sasl_username=client.sasl_username
            )
        )
    text = address(client.host, client.port)
    extra = ", ".join(d for d in details if d)
    key = ("client", client.host, client.port, client.channel, n)
    return Node(
        key,
        [
            translate("display_model", "Client {v0}").format(v0=n + 1),
            f"{text} ({extra})" if extra else text,
        ],
        client.raw,
    )


def listener_node(n: int, sock: Listener) -> Node:
    """The row of the `n`th (0-based) listening socket of a VNC server (query-vnc-servers):
    labelled by its server's `id` (else "Listener n+1"), where it listens (a unix socket,
    a websocket's ws:// or wss:// address, host:port) with family, auth and TLS; the
    warning tone when it listens on every address."""
    details = listener_details(sock)
    text = f"{sock.text} ({', '.join(details)})" if details else sock.text
    tone = Tone.WARNING if sock.wildcard else None
    label = (
        translate("display_model", "Listener {server_id}").format(server_id=sock.server_id)
        if sock.server_id
        else translate("display_model", "Listener {v0}").format(v0=n + 1)
    )
    return Node(("listener", n), [label, text], sock.raw, None, tone)


def listener_details(sock: Listener) -> list[str]:
    """What a listener's address does not say: its family (but "unix", which its address
    says), its auth and whether it speaks TLS (with VeNCrypt's sub-auth)."""
    tls = (
        translate("display_model", "TLS {vencrypt}").format(vencrypt=sock.vencrypt)
        if sock.tls and sock.vencrypt
        else "TLS"
        if sock.tls
        else ""
    )
    family = sock.family if sock.transport is not Transport.UNIX else None
    return [
        d
        for d in (
            family,
            translate("display_model", "auth {auth}").format(auth=sock.auth) if sock.auth else "",
            tls,
        )
        if d
    ]


def summary_text(listeners: tuple[Listener, ...]) -> str:
    """Where a server listens, for its row: "127.0.0.1:5901", "unix socket /run/vm.sock",
    several joined by commas, "(TLS)" after those that speak it."""
    return ", ".join(f"{sock.text} (TLS)" if sock.tls else sock.text for sock in listeners)


def server_node(
    protocol: str,
    server: DisplayServer | None,
    result: QueryResult | None,
    listeners: tuple[Listener, ...] = (),
) -> Node:
    """The row of one display server, `protocol` "VNC" or "SPICE", from `server` (parsed
    query-vnc or query-spice; None when the query failed) and `result` (the query's
    QueryResult; None when not asked yet).

    Its value says "enabled on" where it listens (`listeners`: query-vnc-servers' sockets
    for VNC; else the server's own, see DisplayServer.listeners) and how many clients are
    connected, "disabled", "error: ..." or NOT_AVAILABLE; DASH before the query was
    asked. An enabled server has children: Socket (a unix socket) or Host and Port, TLS
    port (SPICE) or Family (VNC), Auth, one row per VNC listener, and Clients with a row
    per client; when it listens on every address (never a unix socket), a Warning row
    comes first and the server's row takes the warning tone. Never raises.
    """
    key = protocol.lower()
    if result is None:
        return Node(key, [protocol, DASH], None)
    if result.unavailable:
        return Node(
            key,
            [protocol, translate("display_model", NOT_AVAILABLE)],
            result.as_json(),
            None,
            Tone.MUTED,
        )
    if server is None:
        return Node(
            key,
            [protocol, translate("display_model", "error: {error}").format(error=result.error)],
            result.as_json(),
            None,
            Tone.ERROR,
        )
    bad = server.invalid
    if server.enabled is None:
        return Node(key, [protocol, show(None, "enabled", bad)], server.raw)
    if not server.enabled:
        return Node(key, [protocol, "disabled"], server.raw, None, Tone.MUTED)
    own = server.listeners()
    unix = bool(own) and own[0].transport is Transport.UNIX
    if unix:
        children = [prop_node("socket", translate("display_model", "Socket"), own[0].path or DASH)]
    else:
        port_key = "port" if protocol == "SPICE" else "service"
        children = [
            prop_node("host", translate("display_model", "Host"), show(server.host, "host", bad)),
            prop_node("port", translate("display_model", "Port"), show(server.port, port_key, bad)),
        ]
    if protocol == "SPICE":
        if not unix:
            tls_port = show(server.tls_port, "tls-port", bad)
            children.append(prop_node("tls-port", translate("display_model", "TLS port"), tls_port))
    else:
        children.append(
            prop_node(
                "family", translate("display_model", "Family"), show(server.family, "family", bad)
            )
        )
    children.append(
        prop_node("auth", translate("display_model", "Auth"), show(server.auth, "auth", bad))
    )
    children += [listener_node(n, sock) for n, sock in enumerate(listeners)]
    everywhere = [sock.host or "" for sock in listeners or own if sock.wildcard]
    clients = [client_node(n, c) for n, c in enumerate(server.clients)]
    children.append(
        Node(
            "clients",
            [translate("display_model", "Clients"), str(len(clients)) if clients else "none"],
            [c.raw for c in server.clients],
            None,
            None,
            clients,
        )
    )
    tone = None
    if everywhere:
        tone = Tone.WARNING
        warning = exposure_warning(everywhere[0])
        children.insert(
            0,
            prop_node(
                "exposed", translate("display_model", "Warning"), warning, None, Tone.WARNING
            ),
        )
    summary = translate("display_model", "enabled on {v0}").format(
        v0=summary_text(listeners or own) or DASH
    )
    if server.clients:
        summary += translate("display_model", ", {v0} connected").format(v0=len(server.clients))
    return Node(key, [protocol, summary], server.raw, None, tone, children)


class DisplayModel(NodeTreeModel):
    """The remote displays of one VM: a VNC row and a SPICE row (see server_node()), two
    columns, Property and Value."""

    glossary = "display"

    headers = COLUMNS

    def refresh(self, session: VmSession) -> None:
        """Show `session.inspection.display`; `replies` becomes the latest query-vnc,
        query-vnc-servers and query-spice results. Never raises."""
        inspection = session.inspection
        display = inspection.display
        results = inspection.results
        self.replies = inspection.results_of(["query-vnc", "query-vnc-servers", "query-spice"])
        self.sync(
            [
                server_node("VNC", display.vnc, results.get("query-vnc"), display.vnc_listeners),
                server_node("SPICE", display.spice, results.get("query-spice")),
            ]
        )
