"""The PCI topology from `query-pci`: buses, functions, bridges, BARs.

A bridge's secondary bus nests under it (`pci_bridge.devices`). The reply is
JSON, so it cannot loop by reference, but a server can name a bus it already
described or nest without end; both stop the descent with a problem noted.
Shapes from qapi/pci.json (PciInfo, PciDeviceInfo, PciMemoryRegion). Nothing here
raises: a value of the wrong type reads as None and is noted in Problems (qmp.reader).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from qmpgui.i18n import translate
from qmpgui.qmp.reader import Problems, Reader, reply_list

#: Deeper than any real topology (PCI has at most 256 buses, nesting far less).
MAX_BRIDGE_DEPTH = 32

#: Class descriptions for servers that omit `desc` (QEMU sends it only for classes it knows).
_CLASS_NAMES = {
    0x0100: "SCSI controller",
    0x0101: "IDE controller",
    0x0105: "ATA controller",
    0x0106: "SATA controller",
    0x0107: "SAS controller",
    0x0108: "NVMe controller",
    0x0200: "Ethernet controller",
    0x0300: "VGA controller",
    0x0380: "Display controller",
    0x0401: "Audio controller",
    0x0403: "Audio device",
    0x0500: "RAM controller",
    0x0600: "Host bridge",
    0x0601: "ISA bridge",
    0x0604: "PCI bridge",
    0x0680: "Bridge",
    0x0700: "Serial controller",
    0x0880: "System peripheral",
    0x0C03: "USB controller",
    0x0C05: "SMBus",
}
_BASE_CLASS_NAMES = {
    0x00: "Unclassified device",
    0x01: "Storage controller",
    0x02: "Network controller",
    0x03: "Display controller",
    0x04: "Multimedia controller",
    0x05: "Memory controller",
    0x06: "Bridge",
    0x07: "Communication controller",
    0x08: "System peripheral",
    0x09: "Input device controller",
    0x0C: "Serial bus controller",
    0x0D: "Wireless controller",
    0x10: "Encryption controller",
    0x11: "Signal processing controller",
    0xFF: "Unassigned class",
}


def class_name(code: int) -> str | None:
    """A name for a PCI class code (`class_info.class`: base class << 8 | subclass).

    The subclass's name where known, else the base class's; None for neither.
    """
    return _CLASS_NAMES.get(code) or _BASE_CLASS_NAMES.get(code >> 8)


@dataclass(frozen=True, slots=True)
class PciBar:
    """One region of a PCI function: an item of `regions` (PciMemoryRegion)."""

    #: The Base Address Register's number (`bar`).
    index: int | None
    io: bool | None = None  # True: I/O ports; False: memory
    #: A 64-bit memory BAR (`mem_type_64`; memory regions only).
    mem64: bool | None = None
    prefetch: bool | None = None
    #: The guest physical address, or first I/O port; -1 when not mapped.
    address: int | None = None
    #: In bytes.
    size: int | None = None
    invalid: frozenset[str] = frozenset()

    @property
    def unmapped(self) -> bool:
        """True when the guest has not mapped the region (QEMU reports address -1)."""
        return self.address == -1

    @classmethod
    def parse(cls, value: object, where: str, problems: Problems) -> PciBar:
        """Parse one PciMemoryRegion; `where` names it in `problems`."""
        r = Reader(value, where, problems)
        kind = r.text("type")
        return cls(
            index=r.number("bar"),
            io=None if kind is None else kind == "io",
            mem64=r.flag("mem_type_64"),
            prefetch=r.flag("prefetch"),
            address=r.number("address"),
            size=r.number("size"),
            invalid=r.frozen_invalid(),
        )


@dataclass(frozen=True, slots=True)
class PciFunction:
    """One PCI function: an item of a bus's `devices`, a dict shaped like PciDeviceInfo.

    IDs are the numbers from the device's configuration space (`id`, PciDeviceId).
    """

    bus: int | None
    slot: int | None
    function: int | None
    #: `class_info.class`: base class << 8 | subclass (0x0300: VGA controller).
    class_code: int | None = None
    #: QEMU's name for the class, when it has one (not stable: for display only).
    class_desc: str | None = None
    vendor: int | None = None
    device: int | None = None
    #: `id.subsystem-vendor` (3.1+).
    subsystem_vendor: int | None = None
    #: `id.subsystem` (3.1+).
    subsystem: int | None = None
    #: The qdev id users gave (-device ...,id=X); None when empty.
    qdev_id: str | None = None
    #: The IRQ number, when one is assigned.
    irq: int | None = None
    bars: tuple[PciBar, ...] = ()
    #: The bus behind a bridge, None for other devices.
    secondary: PciBus | None = None
    raw: Any = None
    invalid: frozenset[str] = frozenset()

    @property
    def description(self) -> str | None:
        """QEMU's class description, else class_name() of the class code; None for neither."""
        if self.class_desc:
            return self.class_desc
        return class_name(self.class_code) if self.class_code is not None else None


@dataclass(frozen=True, slots=True)
class PciBus:
    """A PCI bus and the functions on it, in the order the server listed them.

    `number` is None for a bridge's bus the firmware has not numbered yet. `raw` is the
    PciInfo object of a root bus, None for a bus behind a bridge.
    """

    number: int | None
    functions: tuple[PciFunction, ...] = ()
    raw: Any = None


class _Parser:
    # Remembers the buses seen, so a bus described twice is shown once.
    def __init__(self, problems: Problems) -> None:
        self.problems = problems
        self.seen_buses: set[int] = set()

    def bus(self, number: int | None, devices: list[object], where: str, depth: int) -> PciBus:
        if number is not None:
            self.seen_buses.add(number)
        functions = tuple(
            self.function(item, f"{where}.devices[{n}]", depth) for n, item in enumerate(devices)
        )
        return PciBus(number, functions)

    def function(self, value: object, where: str, depth: int) -> PciFunction:
        r = Reader(value, where, self.problems)
        info, ids = r.child("class_info"), r.child("id")
        bars = tuple(
            PciBar.parse(item, f"{where}.regions[{n}]", self.problems)
            for n, item in enumerate(r.array("regions"))
        )
        secondary = self.secondary(r, where, depth) if r.has("pci_bridge") else None
        return PciFunction(
            bus=r.number("bus"),
            slot=r.number("slot"),
            function=r.number("function"),
            class_code=info.number("class"),
            class_desc=info.text("desc") or None,
            vendor=ids.number("vendor"),
            device=ids.number("device"),
            subsystem_vendor=ids.number("subsystem-vendor"),
            subsystem=ids.number("subsystem"),
            qdev_id=r.text("qdev_id") or None,
            irq=r.number("irq"),
            bars=bars,
            secondary=secondary,
            raw=value,
            invalid=r.frozen_invalid()
            | info.frozen_invalid("class_info.")
            | ids.frozen_invalid("id."),
        )

    def secondary(self, r: Reader, where: str, depth: int) -> PciBus | None:
        bridge = r.child("pci_bridge")
        number = bridge.child("bus").number("secondary")
        if number == 0:  # the firmware has not numbered the bridge yet (-S, or no BIOS run)
            return PciBus(None)
        if depth >= MAX_BRIDGE_DEPTH:
            self.problems.add(
                translate(
                    "_Parser", "{where}: bridges nested deeper than {MAX_BRIDGE_DEPTH}; not shown"
                ).format(where=where, MAX_BRIDGE_DEPTH=MAX_BRIDGE_DEPTH)
            )
            return PciBus(number)
        if number is not None and number in self.seen_buses:
            self.problems.add(
                translate("_Parser", "{where}: bus {number} is described twice; shown once").format(
                    where=where, number=number
                )
            )
            return PciBus(number)
        return self.bus(number, bridge.array("devices"), f"{where}.pci_bridge", depth + 1)


def parse_pci(value: object, problems: Problems) -> tuple[PciBus, ...]:
    """`query-pci`'s reply (a list of PciInfo) as a tuple of root PciBus, in its order.

    Buses behind bridges nest in their bridge's PciFunction.secondary, at most
    MAX_BRIDGE_DEPTH deep. Never raises.
    """
    parser = _Parser(problems)
    buses = []
    for n, item in enumerate(reply_list(value, "query-pci", problems)):
        r = Reader(item, f"query-pci[{n}]", problems)
        number = r.number("bus")
        if number is not None and number in parser.seen_buses:
            problems.add(
                translate(
                    "pci", "query-pci[{n}]: bus {number} is described twice; shown once"
                ).format(n=n, number=number)
            )
            continue
        bus = parser.bus(number, r.array("devices"), f"query-pci[{n}]", 0)
        buses.append(PciBus(bus.number, bus.functions, item))
    return tuple(buses)
