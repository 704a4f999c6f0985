"""Which host-side backends a new device can use: the block nodes and drives no device
holds (`query-block`, `x-debug-query-block-graph` or `query-named-block-nodes`), the
netdevs no NIC holds (HMP `info network`), the chardevs whose front end is not open
(`query-chardev`) and the memory backends neither the machine's RAM nor a memory device
uses (`qom-get /machine memory-backend`, `query-memory-devices`). Each reader takes the
replies as QEMU gives them and never raises.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from qmpgui.i18n import translate
from qmpgui.qmp.network import NetClient, nics

#: A device's QOM path as `query-block`'s `qdev` gives it: the id of a device with one.
_PERIPHERAL = re.compile(r"^/machine/peripheral/(?P<id>[^/]+)")


@dataclass(frozen=True, slots=True)
class Choices:
    """The backends a device can name: `free` (ids or node names, in QEMU's order) and
    `busy`, those left out as (name, why in words)."""

    free: list[str] = field(default_factory=list)
    busy: list[tuple[str, str]] = field(default_factory=list)


def _holder(qdev: str) -> str:
    """A device's id from its QOM path, or the path when it has no id."""
    match = _PERIPHERAL.match(qdev)
    return match["id"] if match is not None else qdev.removesuffix("/virtio-backend")


def _dicts(reply: object) -> list[dict[str, object]]:
    return [e for e in reply if isinstance(e, dict)] if isinstance(reply, list) else []


def _graph_tops(graph: object) -> tuple[set[str], set[str]] | None:
    """From `x-debug-query-block-graph`: the names of the block-driver nodes no other node
    has as a child (top nodes: a format node, not its file child), and those a block
    backend holds; None when the graph is not one."""
    if not isinstance(graph, dict):
        return None
    nodes = {n["id"]: n for n in _dicts(graph.get("nodes")) if isinstance(n.get("id"), int)}
    tops = {
        str(n.get("name"))
        for n in nodes.values()
        if n.get("type") == "block-driver" and isinstance(n.get("name"), str)
    }
    held: set[str] = set()
    for edge in _dicts(graph.get("edges")):
        ends = edge.get("parent"), edge.get("child")
        if not all(isinstance(end, int) for end in ends):
            continue
        parent, child = nodes.get(ends[0]), nodes.get(ends[1])
        if parent is None or child is None:
            continue
        tops.discard(str(child.get("name")))
        if parent.get("type") == "block-backend":
            held.add(str(child.get("name")))
    return tops, held


def free_block_nodes(block: object, graph: object, named: object) -> Choices:
    """The drives and block nodes a new device can take as `drive`: the named drives of
    `query-block` with no device (`-drive if=none`), then the top nodes with a node name
    that no drive holds (from the graph; without one, `query-named-block-nodes`'s
    named nodes); in use are those a device holds, said with the device."""
    free: list[str] = []
    busy: list[tuple[str, str]] = []
    in_use: set[str] = set()
    for entry in _dicts(block):
        name, qdev = str(entry.get("device") or ""), str(entry.get("qdev") or "")
        inserted = entry.get("inserted")
        node = str(inserted.get("node-name") or "") if isinstance(inserted, dict) else ""
        in_use.add(node)
        if qdev:
            shown = name or node
            if shown and not shown.startswith("#"):
                busy.append(
                    (shown, translate("backends", "in use by {v0}").format(v0=_holder(qdev)))
                )
        elif name:
            free.append(name)
    found = _graph_tops(graph)
    if found is not None:
        tops, held = found
        names = [str(n.get("node-name")) for n in _dicts(named)] or sorted(tops)
        candidates = [n for n in names if n in tops and n not in held]
    else:
        candidates = [str(n.get("node-name") or "") for n in _dicts(named)]
    for node in candidates:
        if node and not node.startswith("#") and node not in in_use and node not in free:
            free.append(node)
    return Choices(free, busy)


def free_netdevs(clients: list[NetClient]) -> Choices:
    """The netdevs of `info network` (`clients`, parse_info_network's) that no NIC has
    as its peer; those a NIC has are busy, said with the NIC."""
    busy = [
        (c.peer.name, translate("backends", "in use by {name}").format(name=c.name))
        for c in nics(clients)
        if c.peer is not None
    ]
    held = {name for name, _ in busy}
    free = [
        c.name
        for c in clients
        if c not in nics(clients)
        and c.type not in ("", "nic", "hubport")
        and c.peer is None
        and c.name not in held
    ]
    return Choices(free, busy)


def free_chardevs(reply: object) -> Choices:
    """The chardevs of `query-chardev` whose front end is not open (no device or monitor
    reads them); the open ones are busy."""
    free: list[str] = []
    busy: list[tuple[str, str]] = []
    for entry in _dicts(reply):
        label = entry.get("label")
        if not isinstance(label, str):
            continue
        if entry.get("frontend-open") is True:
            busy.append(
                (
                    label,
                    translate("backends", "its front end is open: a device or a monitor uses it"),
                )
            )
        else:
            free.append(label)
    return Choices(free, busy)


def free_memdevs(
    ids: list[str],
    machine_ram: object,
    devices: object,
    containers: Mapping[str, object] | None = None,
) -> Choices:
    """Of the memory backends `ids` (their ids under /objects), those no memory device
    (`query-memory-devices`, whose `memdev` is a QOM path "/objects/m1") and not the
    machine's RAM (`qom-get /machine memory-backend`: "/objects/pc.ram") use, and whose
    memory region is in no container (`containers`: id -> `qom-get /objects/ID/ID[0]
    container`, "" for none, "/machine/pc.ram[0]" for a NUMA node's memory)."""
    why: dict[str, str] = {}
    for memdev, container in (containers or {}).items():
        if isinstance(container, str) and container:
            why[memdev] = translate(
                "backends", "in use: mapped into the VM's memory ({container})"
            ).format(container=container)
    if isinstance(machine_ram, str) and machine_ram:
        why[machine_ram.rsplit("/", 1)[-1]] = translate("backends", "the VM's main RAM")
    for device in _dicts(devices):
        data = device.get("data")
        if not isinstance(data, dict) or not isinstance(data.get("memdev"), str):
            continue
        memdev = str(data["memdev"]).rsplit("/", 1)[-1]
        holder = data.get("id") or translate("backends", "a {v0} device").format(
            v0=device.get("type", "memory")
        )
        why[memdev] = translate("backends", "in use by {holder}").format(holder=holder)
    return Choices([i for i in ids if i not in why], [(i, why[i]) for i in ids if i in why])
