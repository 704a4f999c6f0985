"""The device types a QEMU offers and the buses of a VM they can be plugged into.

`qom-list-types {"implements": "device", "abstract": false}` names every device type
but says nothing else; HMP `device_add help` gives the types a user can create, grouped
by category, each with its bus and a one-line description (QEMU 7.2:
`name "e1000", bus PCI, alias "e1000-82540em", desc "Intel Gigabit Ethernet"`).
HMP `info qtree` lists the VM's buses with their types; whether a bus takes a device
while the VM runs is its QOM property `hotplug-handler` (empty: it does not).
Parsers here never raise: what they cannot read is left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from qmpgui.i18n import marked, translate

#: The kinds of bus `device_add help` names that a running VM can take a device on,
#: with the bus types `info qtree` gives them (a PCI Express bus is "PCIE").
HOTPLUG_KINDS: dict[str, frozenset[str]] = {
    "PCI": frozenset({"PCI", "PCIE"}),
    "usb-bus": frozenset({"usb-bus"}),
    "SCSI": frozenset({"SCSI"}),
    "virtio-serial-bus": frozenset({"virtio-serial-bus"}),
}

#: The device types whose bus has a single slot (PCIe ports: the link to one device).
SINGLE_SLOT_PORTS = frozenset(
    {"pcie-root-port", "ioh3420", "xio3130-downstream", "cxl-rp", "cxl-downstream"}
)
#: What q35 needs to take PCI hot-plug, said where its pcie.0 is the only PCI bus.
Q35_ROOT_PORTS = marked(
    "device_types",
    "q35's pcie.0 takes no hot-plug: give root ports when QEMU starts (-device pcie-root-port,id=rp1,chassis=1), one per device to plug",
)

#: What to add first when a VM has no bus of a kind, in words.
_KIND_WORDS: dict[str, str] = {
    "PCI": marked(
        "device_types", "a PCI bus that takes hot-plug (a pci-bridge, or a pcie-root-port on q35)"
    ),
    "usb-bus": marked("device_types", "a USB controller (qemu-xhci)"),
    "SCSI": marked("device_types", "a SCSI controller (virtio-scsi-pci)"),
    "virtio-serial-bus": marked("device_types", "a virtio-serial controller (virtio-serial-pci)"),
}

_LINE = re.compile(r'^name "(?P<name>[^"]+)"(?P<rest>.*)$')
_BUS = re.compile(r"(?:^|, )bus (?P<bus>[^,]+)")
_ALIAS = re.compile(r', alias "(?P<alias>[^"]*)"')
_DESC = re.compile(r', desc "(?P<desc>.*)"$')


@dataclass(frozen=True, slots=True)
class DeviceType:
    """One device type as `device_add help` describes it."""

    name: str
    #: The category's heading without " devices" ("USB", "Storage", "Uncategorized").
    category: str
    #: The kind of bus it goes on ("PCI", "usb-bus", ...); None for a type without one
    #: (CPUs, memory modules), which plugs into the machine itself.
    bus: str | None = None
    alias: str | None = None
    #: The one-line description; "" when QEMU gives none.
    desc: str = ""


def parse_device_help(text: str) -> dict[str, DeviceType]:
    """The types of HMP `device_add help`'s text, by name, in QEMU's order; never raises.

    A line that is not a category heading or a `name "..."` line is passed over."""
    types: dict[str, DeviceType] = {}
    category = "Uncategorized"
    for raw in text.splitlines():
        line = raw.strip()
        if line.endswith(":") and not line.startswith("name "):
            category = line[:-1].removesuffix(" devices").strip() or category
            continue
        match = _LINE.match(line)
        if match is None:
            continue
        rest = match["rest"]
        desc = _DESC.search(rest)
        before_desc = rest[: desc.start()] if desc else rest
        bus = _BUS.search(before_desc)
        alias = _ALIAS.search(before_desc)
        types[match["name"]] = DeviceType(
            match["name"],
            category,
            bus["bus"].strip() if bus else None,
            alias["alias"] if alias else None,
            desc["desc"].replace('\\"', '"') if desc else "",
        )
    return types


def type_names(reply: object) -> list[str]:
    """The names of a `qom-list-types` reply (a list of ObjectTypeInfo {"name", ...});
    an entry whose name is no string is left out. Never raises."""
    if not isinstance(reply, list):
        return []
    return [t["name"] for t in reply if isinstance(t, dict) and isinstance(t.get("name"), str)]


@dataclass(frozen=True, slots=True)
class Bus:
    """A bus of the VM, as `info qtree` shows it."""

    name: str
    #: The bus type ("PCI", "PCIE", "usb-bus", "SCSI", "virtio-serial-bus", "ISA", ...).
    type: str
    #: The qdev id of the device the bus belongs to ("" for one without an id).
    owner_id: str = ""
    #: The type of that device ("pcie-root-port", "qemu-xhci", ...).
    owner_type: str = ""
    #: Devices on it now.
    devices: int = 0

    @property
    def qom_path(self) -> str:
        """The bus's QOM path: whole under a device with an id, else its name alone
        (QEMU resolves a partial path when only one object has that name)."""
        if self.owner_id:
            return f"/machine/peripheral/{self.owner_id}/{self.name}"
        return self.name

    @property
    def full(self) -> bool:
        """Whether the bus has no room left: a PCIe port (a root port, a switch's
        downstream port) has one slot, and QEMU 7.2 takes a second device at slot 1 of it
        without a word, where the guest never sees it."""
        return self.owner_type in SINGLE_SLOT_PORTS and self.devices >= 1

    @property
    def kind(self) -> str | None:
        """The `device_add help` bus kind it serves among HOTPLUG_KINDS, or None."""
        return next((k for k, types in HOTPLUG_KINDS.items() if self.type in types), None)


_QTREE_BUS = re.compile(r"^(?P<indent> *)bus: (?P<name>\S+)\s*$")
_QTREE_TYPE = re.compile(r"^ *type (?P<type>\S+)\s*$")
_QTREE_DEV = re.compile(r'^(?P<indent> *)dev: (?P<type>[^,]+), id "(?P<id>[^"]*)"')


def parse_qtree(text: str) -> list[Bus]:
    """The buses of HMP `info qtree`'s text, in its order; never raises."""
    buses: list[Bus] = []
    # The devices above each line, by indentation: the owner of a bus is the last
    # device less indented than it.
    devices: list[tuple[int, str, str]] = []
    counts: list[int] = []
    open_bus: list[tuple[int, int]] = []  # (indent, index in buses)
    lines = text.splitlines()
    for number, line in enumerate(lines):
        bus = _QTREE_BUS.match(line)
        if bus is not None:
            indent = len(bus["indent"])
            while devices and devices[-1][0] >= indent:
                devices.pop()
            while open_bus and open_bus[-1][0] >= indent:
                open_bus.pop()
            kind = _QTREE_TYPE.match(lines[number + 1]) if number + 1 < len(lines) else None
            owner = devices[-1] if devices else (0, "", "")
            buses.append(Bus(bus["name"], kind["type"] if kind else "", owner[2], owner[1]))
            counts.append(0)
            open_bus.append((indent, len(buses) - 1))
            continue
        dev = _QTREE_DEV.match(line)
        if dev is not None:
            indent = len(dev["indent"])
            while devices and devices[-1][0] >= indent:
                devices.pop()
            while open_bus and open_bus[-1][0] >= indent:
                open_bus.pop()
            if open_bus:
                counts[open_bus[-1][1]] += 1
            devices.append((indent, dev["type"].strip(), dev["id"]))
    return [
        Bus(b.name, b.type, b.owner_id, b.owner_type, count)
        for b, count in zip(buses, counts, strict=True)
    ]


@dataclass(frozen=True, slots=True)
class Offer:
    """A device type as the Add device dialog offers it."""

    type: DeviceType
    #: The buses it can go on now (their names); empty for a bus-less type.
    buses: tuple[str, ...] = ()
    #: Why it cannot be plugged into this VM now; None when it can.
    why_not: str | None = None


def offers(
    types: Iterable[DeviceType], buses: Iterable[Bus], hotpluggable: set[str]
) -> list[Offer]:
    """Each of `types` with the buses of the VM it can go on now: a bus whose kind it
    needs and whose name is in `hotpluggable` (the buses whose `hotplug-handler` is
    set, or could not be asked). A type whose bus kind no running VM takes, or for
    which this VM has no such bus, says why. Never raises."""
    by_kind: dict[str, list[str]] = {}
    seen_kind: dict[str, list[str]] = {}
    full_kind: dict[str, list[str]] = {}
    for bus in buses:
        if bus.kind is None:
            continue
        seen_kind.setdefault(bus.kind, []).append(bus.name)
        if bus.name in hotpluggable and bus.full:
            full_kind.setdefault(bus.kind, []).append(bus.name)
        elif bus.name in hotpluggable:
            by_kind.setdefault(bus.kind, []).append(bus.name)
    result: list[Offer] = []
    for device in types:
        if device.bus is None:
            result.append(Offer(device))
        elif device.bus not in HOTPLUG_KINDS:
            why = translate(
                "device_types", "goes on {v0} bus, which takes no device while the VM runs"
            ).format(v0=_a(device.bus))
            result.append(Offer(device, why_not=why))
        elif device.bus in by_kind:
            # In their names' order (rp1 before rp2): `info qtree` lists them backwards.
            result.append(Offer(device, tuple(sorted(by_kind[device.bus], key=_natural))))
        elif device.bus in full_kind:
            names = ", ".join(full_kind[device.bus])
            why = translate(
                "device_types",
                "every {bus} port that takes hot-plug holds a device already ({names}; a PCIe port takes one): start QEMU with another -device pcie-root-port,id=rpN,chassis=N",
            ).format(bus=device.bus, names=names)
            result.append(Offer(device, why_not=why))
        elif device.bus == "PCI" and seen_kind.get(device.bus) == ["pcie.0"]:
            result.append(Offer(device, why_not=translate("device_types", Q35_ROOT_PORTS)))
        elif device.bus in seen_kind:
            names = ", ".join(seen_kind[device.bus])
            why = translate(
                "device_types", "needs {v0} bus that takes hot-plug: {names} does not"
            ).format(v0=_a(device.bus), names=names)
            result.append(Offer(device, why_not=why))
        else:
            result.append(
                Offer(
                    device,
                    why_not=translate("device_types", "needs {v0} first").format(
                        v0=translate("device_types", _KIND_WORDS[device.bus])
                    ),
                )
            )
    return result


#: Bus types as said, where QEMU's type name is not a word ("usb-bus", "System").
_BUS_WORDS = {
    "usb-bus": "USB",
    "virtio-serial-bus": "virtio-serial",
    "System": "system",
    "i2c-bus": "I2C",
    "ccid-bus": "CCID",
}
#: Initialisms said with a vowel sound first ("an HDA", "an SD").
_AN = frozenset({"HDA", "I2C", "SD", "LPC", "HD-audio", "MMIO", "SMBus"})


def _natural(name: str) -> tuple[tuple[int, str], ...]:
    """A sort key that puts rp2 before rp10."""
    return tuple((int(p), "") if p.isdigit() else (-1, p) for p in re.split(r"(\d+)", name))


def _a(word: str) -> str:
    """A bus type `word` after its article, by how it is said: "an ISA", "an HDA", "a
    PCI", "a USB", "a system"."""
    word = _BUS_WORDS.get(word, word.removesuffix("-bus"))
    return (
        translate("device_types", "an {word}").format(word=word)
        if word[:1].upper() in "AEIO" or word in _AN
        else f"a {word}"
    )


def a_bus(kind: str) -> str:
    """A bus of type `kind` (QEMU's name: "usb-bus", "PCI", "HDA") in words, with its
    article: "a USB bus", "an HDA bus", "a system bus"."""
    return translate("device_types", "{v0} bus").format(v0=_a(kind))


def pluggable_buses(kind: str | None, buses: Iterable[Bus], hotpluggable: set[str]) -> list[str]:
    """The names of the buses of `kind` that take a device now (hot-pluggable, with
    room); never raises."""
    return [b.name for b in buses if b.kind == kind and b.name in hotpluggable and not b.full]


#: The category of vCPU types in `device_add help`.
CPU_CATEGORY = "CPU"


def narrow_cpus(
    offers: list[Offer], vcpu_types: set[str], why_not: str | None
) -> tuple[list[Offer], int]:
    """`offers` with the vCPU types (category CPU_CATEGORY) narrowed to `vcpu_types`,
    the types query-hotpluggable-cpus names (QEMU refuses any other: "Invalid CPU
    type, expected cpu type"), each greyed with `why_not` when it is not None (no free
    slot, no vCPU hot-plug); and how many vCPU types were left out. With `vcpu_types`
    empty (QEMU did not say), every vCPU type stays, greyed with `why_not`. Never
    raises."""
    kept: list[Offer] = []
    dropped = 0
    for offer in offers:
        if offer.type.category != CPU_CATEGORY:
            kept.append(offer)
        elif vcpu_types and offer.type.name not in vcpu_types:
            dropped += 1
        else:
            kept.append(Offer(offer.type, offer.buses, why_not or offer.why_not))
    return kept, dropped
