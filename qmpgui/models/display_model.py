"""Remote displays of one VM (`displayPane`): VNC and SPICE servers and their clients."""

from __future__ import annotations

from qmpgui.models.node_tree import Node, NodeTreeModel, prop_node
from qmpgui.models.palette import Tone
from qmpgui.models.text import DASH, show
from qmpgui.qmp.display import DisplayClient, DisplayServer, VncListener
from qmpgui.session import VmSession
from qmpgui.session.topic_state import QueryResult

COLUMNS = ("Property", "Value")

#: A server row's value when QEMU does not offer the query (built without VNC or SPICE).
NOT_AVAILABLE = "not available on this QEMU"


def exposure_warning(host: str) -> str:
    """The warning row's text for a server listening on wildcard `host` ("0.0.0.0", "::",
    "" for every address)."""
    return f"listens on {host or 'every address'}: the display is reachable from the network"


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
        details.append(f"channel {client.channel}")
    if client.tls is not None:
        details.append("TLS" if client.tls else "no TLS")
    if client.websocket:
        details.append("websocket")
    if client.x509_dname:
        details.append(f"x509: {client.x509_dname}")
    if client.sasl_username:
        details.append(f"SASL: {client.sasl_username}")
    text = address(client.host, client.port)
    extra = ", ".join(d for d in details if d)
    key = ("client", client.host, client.port, client.channel, n)
    return Node(key, [f"Client {n + 1}", f"{text} ({extra})" if extra else text], client.raw)


def listener_node(n: int, sock: VncListener) -> Node:
    """The row of the `n`th (0-based) listening socket of query-vnc-servers: labelled by
    its server's `id` (else "Listener n+1"), its address with family, auth, vencrypt and
    websocket; the warning tone when it listens on every address."""
    details = [
        d
        for d in (
            sock.family,
            f"auth {sock.auth}" if sock.auth else "",
            f"vencrypt {sock.vencrypt}" if sock.vencrypt else "",
            "websocket" if sock.websocket else "",
        )
        if d
    ]
    text = address(sock.host, sock.port) + (f" ({', '.join(details)})" if details else "")
    tone = Tone.WARNING if sock.wildcard else None
    label = f"Listener {sock.server_id}" if sock.server_id else f"Listener {n + 1}"
    return Node(("listener", n), [label, text], sock.raw, None, tone)


def server_node(
    protocol: str,
    server: DisplayServer | None,
    result: QueryResult | None,
    listeners: tuple[VncListener, ...] = (),
) -> Node:
    """The row of one display server, `protocol` "VNC" or "SPICE", from `server` (parsed
    query-vnc or query-spice; None when the query failed) and `result` (the query's
    QueryResult; None when not asked yet).

    Its value says "enabled on host:port" (and how many clients are connected),
    "disabled", "error: ..." or NOT_AVAILABLE; DASH before the query was asked. An
    enabled server has children: Host, Port, TLS port (SPICE) or Family (VNC), Auth, one
    row per listener of `listeners` (query-vnc-servers), and Clients with a row per
    client; when it or a listener listens on every address, a Warning row comes first
    and the server's row takes the warning tone. Never raises.
    """
    key = protocol.lower()
    if result is None:
        return Node(key, [protocol, DASH], None)
    if result.unavailable:
        return Node(key, [protocol, NOT_AVAILABLE], result.as_json(), None, Tone.MUTED)
    if server is None:
        return Node(key, [protocol, f"error: {result.error}"], result.as_json(), None, Tone.ERROR)
    bad = server.invalid
    if server.enabled is None:
        return Node(key, [protocol, show(None, "enabled", bad)], server.raw)
    if not server.enabled:
        return Node(key, [protocol, "disabled"], server.raw, None, Tone.MUTED)
    children = [
        prop_node("host", "Host", show(server.host, "host", bad)),
        prop_node(
            "port", "Port", show(server.port, "port" if protocol == "SPICE" else "service", bad)
        ),
    ]
    if protocol == "SPICE":
        children.append(prop_node("tls-port", "TLS port", show(server.tls_port, "tls-port", bad)))
    else:
        children.append(prop_node("family", "Family", show(server.family, "family", bad)))
    children.append(prop_node("auth", "Auth", show(server.auth, "auth", bad)))
    wildcard_hosts = [server.host or ""] if server.wildcard else []
    if listeners:
        children += [listener_node(n, sock) for n, sock in enumerate(listeners)]
        wildcard_hosts += [sock.host or "" for sock in listeners if sock.wildcard]
    clients = [client_node(n, c) for n, c in enumerate(server.clients)]
    children.append(
        Node(
            "clients",
            ["Clients", str(len(clients)) if clients else "none"],
            [c.raw for c in server.clients],
            None,
            None,
            clients,
        )
    )
    tone = None
    if wildcard_hosts:
        tone = Tone.WARNING
        children.insert(
            0,
            prop_node(
                "exposed", "Warning", exposure_warning(wildcard_hosts[0]), None, Tone.WARNING
            ),
        )
    summary = f"enabled on {address(server.host, server.port)}"
    if server.clients:
        summary += f", {len(server.clients)} connected"
    return Node(key, [protocol, summary], server.raw, None, tone, children)


class DisplayModel(NodeTreeModel):
    """The remote displays of one VM: a VNC row and a SPICE row (see server_node()), two
    columns, Property and Value."""

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
