"""The Network pane's tree (`networkView`): one row per NIC with its model, MAC, backend
and link; under it the host forwards of its user networking and, for virtio-net, its
receive filter."""

from __future__ import annotations

from qmpgui.i18n import marked, translate
from qmpgui.models.node_tree import Node, NodeTreeModel
from qmpgui.models.palette import Tone
from qmpgui.qmp.network import USER, HostForward, NetClient, RxFilter
from qmpgui.session import VmSession
from qmpgui.session.network import INFO_NETWORK_KEY, INFO_USERNET_KEY
from qmpgui.session.topic_state import NetworkState

COLUMNS = (
    marked("headers", "NIC"),
    marked("headers", "Model"),
    marked("headers", "MAC"),
    marked("headers", "Link"),
    marked("headers", "Backend"),
    marked("headers", "Backend details"),
)
#: Said where QEMU sent nothing.
DASH = "—"
#: A link's words: QEMU reports none, so a link not set here is up, as every NIC starts.
LINK_UP, LINK_DOWN = "up", "down"
LINK_TIP = marked(
    "network_model",
    "QEMU reports no link state: a NIC's link is up from its start until set_link sets it down, and the pane shows it as set from this window",
)
#: The key of a host forward's row under its NIC: ("forward", rule).
FORWARD = "forward"


def _flag(value: bool | None) -> str:
    return DASH if value is None else ("yes" if value else "no")


def _table(mode: str | None, table: tuple[str, ...], overflow: bool | None) -> str:
    listed = ", ".join(table) if table else translate("network_model", "no addresses listed")
    full = translate("network_model", "; table overflowed") if overflow else ""
    return f"{mode or DASH} ({listed}{full})"


def rx_rows(rx: RxFilter) -> list[Node]:
    """A NIC's receive filter as rows [label, value]: promiscuous, main MAC, unicast and
    multicast (mode and table), broadcast, VLAN."""
    rows = [
        ("promiscuous", translate("network_model", "Promiscuous"), _flag(rx.promiscuous)),
        ("main-mac", translate("network_model", "Main MAC"), rx.main_mac or DASH),
        (
            "unicast",
            translate("network_model", "Unicast"),
            _table(rx.unicast, rx.unicast_table, rx.unicast_overflow),
        ),
        (
            "multicast",
            translate("network_model", "Multicast"),
            _table(rx.multicast, rx.multicast_table, rx.multicast_overflow),
        ),
        ("broadcast", translate("network_model", "Broadcast"), _flag(rx.broadcast_allowed)),
        ("vlan", "VLAN", rx.vlan or DASH),
    ]
    return [Node(key, [f"{label}: {value}"], rx.raw.get(key)) for key, label, value in rows]


def backend_text(netdev: NetClient | None, netdev_id: str | None) -> str:
    """A NIC's backend in words, its type and id: `user n0`; the id QOM names without
    a line of `info network`, or "none" for a NIC without a netdev."""
    if netdev is not None:
        return f"{netdev.type or DASH} {netdev.name}"
    return netdev_id or "none"


def nic_node(nic: NetClient, state: NetworkState) -> Node:
    """One NIC's row and the rows under it."""
    qom = state.qom.get(nic.name, {})
    netdev = nic.peer
    mac = qom.get("mac") or nic.option("macaddr") or DASH
    down = state.link_down.get(nic.name, False)
    link = LINK_DOWN if down else LINK_UP
    details = netdev.info if netdev is not None and netdev.info else DASH
    cells = [
        nic.name,
        nic.option("model") or DASH,
        mac,
        link,
        backend_text(netdev, qom.get("netdev")),
        details,
    ]
    raw = {
        "name": nic.name,
        "type": nic.type,
        "options": dict(nic.options),
        "qom": qom,
        "link": link,
        "netdev": None
        if netdev is None
        else {"name": netdev.name, "type": netdev.type, "options": dict(netdev.options)},
    }
    node = Node(
        nic.name, cells, raw, translate("network_model", LINK_TIP), Tone.WARNING if down else None
    )
    if netdev is not None and netdev.type == USER:
        forwards = state.forwards.get(netdev.name, ())
        node.children.extend(forward_node(netdev.name, f) for f in forwards)
        if not forwards:
            node.children.append(
                Node("no-forward", [translate("network_model", "Host forwards: none")])
            )
    rx = state.rx_filters.get(nic.name)
    if rx is not None:
        node.children.append(
            Node(
                "rx-filter",
                [translate("network_model", "RX filter (query-rx-filter)")],
                rx.raw,
                None,
                None,
                rx_rows(rx),
            )
        )
    return node


def forward_node(netdev: str, forward: HostForward) -> Node:
    """A host forward's row: "Host forward tcp 127.0.0.1:2222 → 10.0.2.15:22"; its raw
    JSON names the netdev."""
    raw = {"netdev": netdev, **forward.as_json()}
    return Node(
        (FORWARD, forward.rule),
        [translate("network_model", "Host forward {text}").format(text=forward.text)],
        raw,
    )


class NetworkModel(NodeTreeModel):
    """The NICs of the current VM, in QEMU's order, with what is under each: rows of
    one cell, which the pane spans across the columns."""

    glossary = "network"

    headers = COLUMNS
    hidden_by_default = frozenset({"Backend details"})

    def refresh(self, session: VmSession) -> None:
        """Show the session's latest network topic; `replies` becomes the replies behind
        it. Never raises."""
        inspection = session.inspection
        self.replies = inspection.results_of(
            [INFO_NETWORK_KEY, INFO_USERNET_KEY, "query-rx-filter"]
        )
        state = inspection.network
        self.sync([nic_node(nic, state) for nic in state.nics])
