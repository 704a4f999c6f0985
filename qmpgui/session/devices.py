"""What the Add device dialog asks QEMU: the device types it offers and the buses of
the VM that take them now, a type's properties, and the `device_add` itself (what a
link or a backend property can name: session/backends.py). Every query is a command of
its own on the session's queue, so the window never waits for one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from qmpgui.i18n import marked, translate
from qmpgui.qmp import QmpFailure
from qmpgui.qmp.device_props import Property, parse_properties
from qmpgui.qmp.device_types import (
    Bus,
    DeviceType,
    Offer,
    narrow_cpus,
    offers,
    parse_device_help,
    parse_qtree,
    type_names,
)
from qmpgui.qmp.presets import cpu_why_not, free_cpu_slots
from qmpgui.session.control import Outcome, perform
from qmpgui.session.vm_session import VmSession

#: The Add device action's name in words (the log's and the status bar's).
ADD_LABEL = marked("devices", "Add device")


@dataclass(frozen=True, slots=True)
class Catalogue:
    """The types a user can add to the VM now and where they go."""

    offers: list[Offer]
    buses: list[Bus]
    #: Names of the buses that take a device while the VM runs (or could not be asked).
    hotpluggable: set[str]
    #: The qdev ids of the VM's devices.
    ids: set[str]
    #: Types QEMU makes only itself (not in `device_add help`): left out, counted.
    internal: int = 0
    #: Why the list is rougher than it could be (HMP unavailable), or "".
    note: str = ""
    #: The categories in QEMU's order.
    categories: list[str] = field(default_factory=list)


async def _hmp(session: VmSession, line: str) -> str | None:
    try:
        text = await session.execute("human-monitor-command", {"command-line": line})
    except QmpFailure:
        return None
    return text if isinstance(text, str) else None


async def device_ids(session: VmSession) -> set[str]:
    """The ids of the VM's devices (children of /machine/peripheral); raises QmpFailure."""
    reply = await session.execute("qom-list", {"path": "/machine/peripheral"})
    if not isinstance(reply, list):
        return set()
    return {
        str(p["name"])
        for p in reply
        if isinstance(p, dict) and str(p.get("type", "")).startswith("child<")
    }


async def _takes_hotplug(session: VmSession, bus: Bus) -> bool:
    """Whether `bus` has a hot-plug handler; True when QEMU cannot say (a partial path
    two objects share): QEMU decides when the device is added."""
    try:
        handler = await session.execute(
            "qom-get", {"path": bus.qom_path, "property": "hotplug-handler"}
        )
    except QmpFailure:
        return True
    return bool(handler)


async def read_catalogue(session: VmSession) -> Catalogue:
    """The device types of the VM's QEMU, with the buses each can go on now; raises
    QmpFailure when QEMU does not answer `qom-list-types`."""
    reply = await session.execute("qom-list-types", {"implements": "device", "abstract": False})
    names = type_names(reply)
    help_text = await _hmp(session, "device_add help")
    described = parse_device_help(help_text or "")
    qtree = await _hmp(session, "info qtree")
    buses = parse_qtree(qtree or "")
    hotpluggable = {b.name for b in buses if b.kind and await _takes_hotplug(session, b)}
    ids = await device_ids(session)
    note = ""
    if described:
        types = [described[n] for n in described if n in set(names)]
        internal = len(set(names) - set(described))
    else:
        types = [DeviceType(n, "Uncategorized") for n in sorted(names)]
        internal = 0
        note = translate(
            "devices", "QEMU's HMP did not describe its devices: every type is listed, unsorted"
        )
    categories = list(dict.fromkeys(t.category for t in types))
    try:
        cpus: object = await session.execute("query-hotpluggable-cpus")
    except QmpFailure:
        cpus = None  # a machine without vCPU hot-plug
    vcpu_types = (
        {str(e["type"]) for e in cpus if isinstance(e, dict) and "type" in e}
        if isinstance(cpus, list)
        else set()
    )
    offered, other_cpus = narrow_cpus(
        offers(types, buses, hotpluggable), vcpu_types, cpu_why_not(cpus, free_cpu_slots(cpus))
    )
    if other_cpus:
        kinds = ", ".join(sorted(vcpu_types))
        cpu_note = translate(
            "devices", "{other_cpus} other vCPU types left out: a vCPU added must be {kinds}"
        ).format(other_cpus=other_cpus, kinds=kinds)
        note = f"{note}; {cpu_note}" if note else cpu_note
    return Catalogue(offered, buses, hotpluggable, ids, internal, note, categories)


async def read_properties(session: VmSession, typename: str) -> list[Property]:
    """The properties of `typename`; raises QmpFailure."""
    reply = await session.execute("device-list-properties", {"typename": typename})
    return parse_properties(reply)


async def add_device(session: VmSession, arguments: Mapping[str, object]) -> Outcome:
    """Send `device_add` with `arguments` (the log keeps the command as sent), and
    refresh the panes after it worked; its Outcome, never raises."""
    outcome = await perform(
        session, translate("devices", ADD_LABEL), "device_add", arguments, report=False
    )
    if outcome.ok:
        session.request_refresh()
    return outcome
