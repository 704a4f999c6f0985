"""The PCI tree of one VM (`pciView`): bus -> device -> function, bridges nested.

A device with one function is shown as that function; a multi-function device
groups its functions. A bridge's secondary bus hangs under the bridge.
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import groupby

from qmpgui.i18n import marked, translate
from qmpgui.models.node_tree import Node, NodeTreeModel
from qmpgui.models.palette import Tone
from qmpgui.models.text import DASH, human_bytes, id_pair, show
from qmpgui.qmp.pci import PciBar, PciBus, PciFunction
from qmpgui.qmp.pci_ids import PciIds
from qmpgui.session import VmSession
from qmpgui.session.unplug import unplug_words

COLUMNS = (
    marked("headers", "Slot"),
    marked("headers", "Class"),
    marked("headers", "Vendor:device"),
    marked("headers", "Subsystem"),
    marked("headers", "qdev id"),
    marked("headers", "IRQ"),
    marked("headers", "BARs"),
)
#: The BARs column: left out of a row's tooltip, which lists its BARs one a line.
BARS = COLUMNS.index("BARs")
CLASS = COLUMNS.index("Class")


def bar_text(bar: PciBar) -> str:
    """One region of query-pci's `regions`: "BAR0 mem32 prefetchable 0xfebc0000 4 KiB" (its
    `bar`, `type`, `mem_type_64`, `prefetch`, `address` or "unmapped", `size`)."""
    name = f"BAR{show(bar.index, 'bar', bar.invalid)}"
    if bar.io is None:
        kind = "unknown"
    elif bar.io:
        kind = translate("pci_model", "I/O")
    else:
        kind = "mem64" if bar.mem64 else "mem32" if bar.mem64 is False else "mem"
        if bar.prefetch:
            kind += translate("pci_model", " prefetchable")
    if bar.unmapped:
        where = "unmapped"
    else:
        where = show(bar.address, "address", bar.invalid, lambda a: f"0x{a:x}")
    size = show(bar.size, "size", bar.invalid, human_bytes)
    return f"{name} {kind} {where} {size}"


def _slot(fn: PciFunction) -> str:
    slot = show(fn.slot, "slot", fn.invalid, lambda s: f"{s:02x}")
    return f"{slot}.{show(fn.function, 'function', fn.invalid, lambda f: f'{f:x}')}"


def _class(fn: PciFunction) -> str:
    if fn.class_code is None:
        return show(fn.description, "class_info.class", fn.invalid)
    return f"{fn.description or 'class'} [{fn.class_code:04x}]"


def function_node(
    fn: PciFunction,
    ids: PciIds | None = None,
    pending: str = "",
    unplugging: Mapping[str, str] | None = None,
) -> Node:
    """The row of one PCI function, from its PciDeviceInfo in query-pci: Slot
    ("slot.function", hex), Class (`class_info.desc`, else a name of ours, and
    `class_info.class` in hex), Vendor:device (`id.vendor`:`id.device`), Subsystem
    (`id.subsystem-vendor`:`id.subsystem`, 3.1+), qdev id (`qdev_id`), IRQ (`irq`),
    BARs (`regions`, see bar_text()). `ids` names the vendor and device (pci.ids:
    "Intel 82540EM Gigabit Ethernet Controller [8086:100e]"); a device
    whose unplug is pending (`pending`, its words) says so before its class (the
    pane cuts the column's end: the words stay whole), in the pending tone. A bridge
    has its secondary bus under it (bus_node()). Never raises."""
    kind = _class(fn)
    cells = [
        _slot(fn),
        f"{pending}: {kind}" if pending else kind,
        (ids or PciIds()).describe(fn.vendor, fn.device, id_pair(fn.vendor, fn.device)),
        id_pair(fn.subsystem_vendor, fn.subsystem),
        show(fn.qdev_id, "qdev_id", fn.invalid),
        show(fn.irq, "irq", fn.invalid),
        "; ".join(bar_text(bar) for bar in fn.bars) or DASH,
    ]
    tips = [f"{translate('headers', COLUMNS[n])}: {cell}" for n, cell in enumerate(cells[:BARS])]
    tips += [bar_text(bar) for bar in fn.bars]
    children = [bus_node(fn.secondary, fn, ids, unplugging)] if fn.secondary is not None else []
    tone = Tone.PENDING if pending else None
    return Node(("function", fn.function), cells, fn.raw, "\n".join(tips), tone, children)


def bus_node(
    bus: PciBus,
    bridge: PciFunction | None = None,
    ids: PciIds | None = None,
    unplugging: Mapping[str, str] | None = None,
) -> Node:
    """The muted row of a bus, "Bus n" ("behind" the `bridge`'s qdev id for a secondary
    bus), with its functions under it: a slot with one function is that function's row,
    a multi-function device a row with its functions under it. `ids` names vendors and
    devices; `unplugging` holds the words of each pending unplug by qdev id. Never
    raises."""
    pending = unplugging or {}
    label = (
        translate("pci_model", "Bus (not numbered yet)")
        if bus.number is None
        else translate("pci_model", "Bus {number}").format(number=bus.number)
    )
    if bridge is not None and bridge.qdev_id:
        label += translate("pci_model", " (behind {qdev_id})").format(qdev_id=bridge.qdev_id)
    children: list[Node] = []
    for slot, group in groupby(bus.functions, key=lambda fn: fn.slot):
        functions = list(group)
        if len(functions) == 1:
            fn = functions[0]
            node = function_node(fn, ids, pending.get(fn.qdev_id or "", ""), pending)
            node.key = ("slot", slot)
            children.append(node)
            continue
        first = functions[0]
        cells = [
            show(slot, fmt=lambda s: f"{s:02x}"),
            translate("pci_model", "multi-function device ({functions_count} functions)").format(
                functions_count=len(functions)
            ),
            (ids or PciIds()).describe(
                first.vendor, first.device, id_pair(first.vendor, first.device)
            ),
            "",
            "",
            "",
            "",
        ]
        kids = [
            function_node(fn, ids, pending.get(fn.qdev_id or "", ""), pending) for fn in functions
        ]
        children.append(Node(("slot", slot), cells, [fn.raw for fn in functions], None, None, kids))
    raw = bus.raw if bus.raw is not None else {"bus": bus.number}
    return Node(
        ("bus", bus.number), [label, "", "", "", "", "", ""], raw, None, Tone.MUTED, children
    )


class PciModel(NodeTreeModel):
    """The PCI tree of one VM: root buses in query-pci's order, their functions, and
    bridges' buses nested under the bridges (see function_node() for the columns)."""

    glossary = "pci"

    headers = COLUMNS

    def refresh(self, session: VmSession) -> None:
        """Show `session.inspection.pci`; `replies` becomes the latest query-pci result.
        Never raises."""
        self.replies = session.inspection.results_of(["query-pci"])
        ids = session.inspection.pci_ids
        pending = unplug_words(session)
        self.sync([bus_node(bus, None, ids, pending) for bus in session.inspection.pci])
