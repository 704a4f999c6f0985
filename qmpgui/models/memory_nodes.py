"""The Machine pane's Memory rows: the RAM, the memory devices, the balloon and the
target asked of it, and libvirt's view of a domain's memory."""

from __future__ import annotations

import time

from qmpgui.i18n import translate
from qmpgui.models.node_tree import Node, prop_node
from qmpgui.models.palette import Tone
from qmpgui.models.text import human_bytes, show, why_missing
from qmpgui.qmp.memory import BALLOON_DEVICE, NEEDS_DRIVER, MemoryDevice
from qmpgui.qmp.reader import UNKNOWN
from qmpgui.session import VmSession
from qmpgui.session.memory import LIBVIRT_KEY, ram_bytes
from qmpgui.session.topic_state import MemoryState, QueryResult

#: The queries behind the rows, for "copy as JSON".
QUERIES = ("query-memory-size-summary", "query-memory-devices", "query-balloon", LIBVIRT_KEY)

#: QEMU's device types (MemoryDeviceInfo's `type`) in words.
_KINDS = {
    "dimm": "DIMM",
    "nvdimm": "NVDIMM",
    "virtio-pmem": "virtio-pmem",
    "virtio-mem": "virtio-mem",
    "sgx-epc": "SGX EPC",
    "hv-balloon": "Hyper-V balloon",
}


def _size(value: int | None, key: str, bad: frozenset[str]) -> str:
    return show(value, key, bad, human_bytes)


def device_node(dev: MemoryDevice) -> Node:
    """The row of one memory device: "dimm1 (DIMM)", then its size, and for virtio-mem
    the size asked and its most, its backend and NUMA node."""
    bad = dev.invalid
    name = f"{show(dev.id, 'data.id', bad)} ({_KINDS.get(dev.kind or '', show(dev.kind))})"
    parts = [_size(dev.size, "data.size", bad)]
    if dev.max_size is not None:
        parts[0] += translate("memory_nodes", " of {v0} at most").format(
            v0=human_bytes(dev.max_size)
        )
    if dev.requested is not None:
        parts.append(
            translate("memory_nodes", "{v0} requested").format(v0=human_bytes(dev.requested))
        )
    if dev.memdev:
        parts.append(
            translate("memory_nodes", "backend {v0}").format(
                v0=dev.memdev.removeprefix("/objects/")
            )
        )
    if dev.node is not None:
        parts.append(translate("memory_nodes", "node {node}").format(node=dev.node))
    if dev.hotplugged:
        parts.append("hot-plugged")
    return Node(("memdev", dev.id), [name, ", ".join(parts)], dev.raw)


def ram_text(state: MemoryState, result: QueryResult | None) -> str:
    """The RAM: "128 MiB", or "192 MiB (128 MiB at start + 64 MiB plugged)"."""
    summary = state.summary
    if summary is None or summary.base is None:
        if summary is not None and summary.invalid:
            return UNKNOWN
        return why_missing(result)
    if not summary.plugged:
        return human_bytes(summary.base)
    total = human_bytes(summary.base + summary.plugged)
    return translate("memory_nodes", "{total} ({v1} at start + {v2} plugged)").format(
        total=total, v1=human_bytes(summary.base), v2=human_bytes(summary.plugged)
    )


def balloon_text(state: MemoryState, result: QueryResult | None, domain: bool) -> str:
    """What the balloon leaves the guest: "the guest keeps 96 MiB of 128 MiB (the balloon
    holds 32 MiB)", or why that is not known ("no balloon device (... adds one)")."""
    if state.has_balloon is False:
        add = (
            translate("memory_nodes", "<memballoon model='virtio'/> in the domain's XML")
            if domain
            else BALLOON_DEVICE
        )
        return translate("memory_nodes", "no balloon device ({add} adds one)").format(add=add)
    if state.balloon_unknown:
        return UNKNOWN
    actual = state.balloon_actual
    if actual is None:
        return why_missing(result)
    ram = ram_bytes(state)
    if ram is None:
        return translate("memory_nodes", "the guest keeps {v0}").format(v0=human_bytes(actual))
    held = (
        translate("memory_nodes", " (the balloon holds {v0})").format(v0=human_bytes(ram - actual))
        if ram > actual
        else ""
    )
    return translate("memory_nodes", "the guest keeps {v0} of {v1}{held}").format(
        v0=human_bytes(actual), v1=human_bytes(ram), held=held
    )


def target_node(state: MemoryState) -> Node:
    """The target asked and whether the guest reached it ("96 MiB, asked at 10:52:13:
    reached"), with why it may not in the tooltip. QEMU reports no target, so only one
    asked from qmpgui on this connection is known; a BALLOON_CHANGE seen on it shows the
    guest has a driver, and one since the target was asked a move of the guest's own or
    another client's target."""
    if state.target is None or state.target_at is None:
        tip = translate(
            "memory_nodes",
            "QEMU keeps the target for the guest's balloon driver and does not report it.",
        )
        text = translate("memory_nodes", "not known: QEMU reports only what the guest keeps")
        return Node(
            "target", [translate("memory_nodes", "Balloon target"), text], None, tip, Tone.MUTED
        )
    when = time.strftime("%H:%M:%S", time.localtime(state.target_at))
    asked, actual = (
        translate("memory_nodes", "{v0}, asked at {when}").format(
            v0=human_bytes(state.target), when=when
        ),
        state.balloon_actual,
    )
    tone: Tone | None = Tone.WARNING
    if actual == state.target:
        text, tip, tone = (
            translate("memory_nodes", "{asked}: reached").format(asked=asked),
            translate("memory_nodes", "The guest keeps what was asked."),
            None,
        )
    elif actual is not None and state.changed_at is not None and state.changed_at > state.target_at:
        text = translate("memory_nodes", "{asked}: the guest has moved since, to {v1}").format(
            asked=asked, v1=human_bytes(actual)
        )
        tip = translate(
            "memory_nodes",
            "Another client asked another target, or the guest's driver chose so itself.",
        )
    elif state.changed_at is not None:  # the guest's driver answered before: it is there
        text, tip = (
            translate("memory_nodes", "{asked}: not reached yet").format(asked=asked),
            translate("memory_nodes", "The guest's balloon driver has yet to act."),
        )
    else:
        way = (
            translate("memory_nodes", "given back")
            if actual is None or state.target < actual
            else translate("memory_nodes", "taken back")
        )
        text = translate(
            "memory_nodes", "{asked}: not {way} yet (needs the guest's driver)"
        ).format(asked=asked, way=way)
        tip = (
            translate("memory", NEEDS_DRIVER)[0].upper()
            + translate("memory", NEEDS_DRIVER)[1:]
            + "."
        )
    return Node("target", [translate("memory_nodes", "Balloon target"), text], None, tip, tone)


def libvirt_text(state: MemoryState, result: QueryResult | None) -> str:
    """libvirt's view: "64 MiB of 64 MiB (virsh dominfo); balloon 40 MiB (dommemstat)"."""
    view = state.libvirt
    if view is None:
        return why_missing(result)
    current = show(view.current_kib, fmt=lambda kib: human_bytes(kib * 1024))
    most = show(view.max_kib, fmt=lambda kib: human_bytes(kib * 1024))
    text = translate("memory_nodes", "{current} used of {most} (virsh dominfo)").format(
        current=current, most=most
    )
    if view.actual_kib is not None:
        text += translate("memory_nodes", "; balloon actual {v0} (virsh dommemstat)").format(
            v0=human_bytes(view.actual_kib * 1024)
        )
    return text


def memory_node(session: VmSession) -> Node:
    """The Memory group: its value the RAM, under it the RAM at start and plugged, the
    memory devices, the balloon, the target, and libvirt's view for a domain."""
    state, results = session.inspection.memory, session.inspection.results
    summary_result = results.get("query-memory-size-summary")
    balloon_result = results.get("query-balloon")
    children = [device_node(d) for d in state.devices]
    children.append(
        prop_node(
            "balloon",
            translate("memory_nodes", "Balloon"),
            balloon_text(state, balloon_result, session.domain is not None),
            balloon_result.as_json() if balloon_result else None,
        )
    )
    if state.has_balloon:
        children.append(target_node(state))
    if session.domain is not None:
        libvirt_result = results.get(LIBVIRT_KEY)
        raw = libvirt_result.as_json() if libvirt_result else None
        children.append(prop_node("libvirt", "libvirt", libvirt_text(state, libvirt_result), raw))
    raw = summary_result.as_json() if summary_result else None
    return Node(
        "memory",
        [translate("memory_nodes", "Memory"), ram_text(state, summary_result)],
        raw,
        None,
        None,
        children,
    )
