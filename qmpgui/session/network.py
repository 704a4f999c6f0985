"""The Network pane's topic and its work: the NICs and their backends, user networking's
host forwards and virtio-net's receive filters; a NIC's link set up or down
(`set_link`), and host forwards added and removed (HMP `hostfwd_add`/`hostfwd_remove`).

QMP lists no NICs: HMP `info network` does, and names each NIC's netdev. QOM says the
rest where the NIC has an id (`qom-get` of its `mac` and `netdev`, asked once per NIC:
neither changes while the device exists), `info usernet` the host forwards, and
`query-rx-filter` the receive filters of virtio-net NICs (it sends NIC_RX_FILTER_CHANGED
again only once asked). QEMU reports no link state: the topic keeps what was set here.
"""

from __future__ import annotations

from qmpgui.i18n import marked, translate
from qmpgui.log.entry import Level
from qmpgui.qmp.hmp import HMP_COMMAND
from qmpgui.qmp.network import (
    SET_LINK,
    HostForward,
    forward_refusal,
    hostfwd_words,
    nics,
    parse_info_network,
    parse_rx_filters,
    parse_usernet,
)
from qmpgui.session.control import Outcome, perform
from qmpgui.session.inspection import Fetcher, register_topic
from qmpgui.session.peripherals import PERIPHERALS_KEY, parse_peripherals
from qmpgui.session.vm_session import VmSession

#: The topic's HMP queries in Inspection.results.
INFO_NETWORK_KEY = "info network"
INFO_USERNET_KEY = "info usernet"
#: The actions' names in words (the log's and the status bar's).
LINK_DOWN_LABEL = marked("network", "Set link down")
LINK_UP_LABEL = marked("network", "Set link up")
ADD_FORWARD_LABEL = marked("network", "Add host forward")
REMOVE_FORWARD_LABEL = marked("network", "Remove host forward")


def _hmp(line: str) -> dict[str, object]:
    return {"command-line": line}


async def _fetch(fetcher: Fetcher) -> None:
    state = fetcher.inspection.network
    problems = fetcher.inspection.problems
    listing = await fetcher.query(HMP_COMMAND, _hmp("info network"), key=INFO_NETWORK_KEY)
    if listing.ok and isinstance(listing.reply, str):
        state.nics, state.known = tuple(nics(parse_info_network(listing.reply))), True
    usernet = await fetcher.query(HMP_COMMAND, _hmp("info usernet"), key=INFO_USERNET_KEY)
    if usernet.ok and isinstance(usernet.reply, str):
        state.forwards = parse_usernet(usernet.reply)
    rx = await fetcher.query("query-rx-filter")
    state.rx_filters = parse_rx_filters(rx.reply, problems) if rx.ok else {}
    await _read_qom(fetcher)


async def _read_qom(fetcher: Fetcher) -> None:
    """QOM's `mac` and `netdev` of each NIC with an id not asked yet on this connection."""
    state = fetcher.inspection.network
    names = {nic.name for nic in state.nics}
    for gone in set(state.qom) - names:
        del state.qom[gone]
    wanted = [name for name in names if name not in state.qom]
    if not wanted:
        return
    peripherals = await fetcher.query(
        "qom-list", {"path": "/machine/peripheral"}, key=PERIPHERALS_KEY
    )
    with_id = {p.id for p in parse_peripherals(peripherals.reply)} if peripherals.ok else set()
    for name in sorted(set(wanted) & with_id):
        found: dict[str, str] = {}
        for prop in ("mac", "netdev"):
            result = await fetcher.query(
                "qom-get",
                {"path": f"/machine/peripheral/{name}", "property": prop},
                key=f"qom-get {name} {prop}",
            )
            if result.ok and isinstance(result.reply, str):
                found[prop] = result.reply
        state.qom[name] = found


#: The NICs, their backends, host forwards and receive filters. NIC_RX_FILTER_CHANGED
#: comes when a virtio-net guest changes its filter, DEVICE_DELETED when a NIC goes; a
#: device_add refreshes what is on screen.
NETWORK = register_topic("network", _fetch, events={"NIC_RX_FILTER_CHANGED", "DEVICE_DELETED"})


def _changed(session: VmSession) -> None:
    session.topicChanged.emit(NETWORK)
    session.request_refresh(frozenset({NETWORK}))


async def set_link(session: VmSession, nic: str, up: bool) -> Outcome:
    """Set the link of NIC `nic` (its net client name) up or down with `set_link`; the
    pane shows the new state at once. Said and logged as perform() does; never raises a
    QmpFailure."""
    label = translate("network", LINK_UP_LABEL) if up else translate("network", LINK_DOWN_LABEL)
    inspection = session.inspection
    outcome = await perform(session, label, SET_LINK, {"name": nic, "up": up})
    if outcome.ok and session.inspection is inspection:  # not a later connection's
        inspection.network.link_down[nic] = not up
        _changed(session)
    return outcome


async def add_forward(session: VmSession, netdev: str, forward: HostForward) -> Outcome:
    """Add `forward` to user-networking netdev `netdev` (HMP `hostfwd_add NETDEV RULE`).
    A rule refused before sending (forward_refusal()) is the outcome's error, sent
    nowhere; QEMU's refusals are said in words (hostfwd_words()). Said and logged as
    perform() does; never raises a QmpFailure."""
    refusal = forward_refusal(forward)
    if refusal is not None:
        outcome = Outcome(
            session.display_name, translate("network", ADD_FORWARD_LABEL), HMP_COMMAND, 0.0, refusal
        )
        session.message.emit(Level.ERROR, outcome.text)
        return outcome
    outcome = await perform(
        session,
        translate("network", ADD_FORWARD_LABEL),
        HMP_COMMAND,
        _hmp(f"hostfwd_add {netdev} {forward.rule}"),
        explain=lambda error: hostfwd_words(error, netdev=netdev, rule=forward.rule),
    )
    if outcome.ok:
        _changed(session)
    return outcome


async def remove_forward(session: VmSession, netdev: str, forward: HostForward) -> Outcome:
    """Remove `forward` from netdev `netdev` (HMP `hostfwd_remove NETDEV PROTO:ADDR:PORT`),
    said as add_forward() says its outcome. Never raises a QmpFailure."""
    rule = forward.host_side
    outcome = await perform(
        session,
        translate("network", REMOVE_FORWARD_LABEL),
        HMP_COMMAND,
        _hmp(f"hostfwd_remove {netdev} {rule}"),
        explain=lambda error: hostfwd_words(error, netdev=netdev, rule=rule),
    )
    if outcome.ok:
        _changed(session)
    return outcome
