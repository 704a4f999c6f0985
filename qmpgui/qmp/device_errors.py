"""QEMU's refusals of `device_add` in words a user can act on: which bus, property,
id or backend, and what to choose instead (QEMU 7.2's sentences, tried on it)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from qmpgui.i18n import marked, translate
from qmpgui.qmp.device_types import a_bus

#: Given the match, the buses that take hot-plug now and the bus chosen ("" for
#: QEMU's choice), the sentence.
_Rule = tuple[re.Pattern[str], Callable[[re.Match[str], Sequence[str], str], str]]


#: What a value of a property whose refusal names no shape looks like.
_SHAPES = {
    "mac": marked("device_errors", "a MAC address is six pairs of hex digits, 52:54:00:12:34:56"),
    "addr": marked(
        "device_errors", "a PCI address is a slot, or slot.function, in hex: 06 or 06.0"
    ),
}


def _holder(by: str) -> str:
    """QEMU's "TYPE,id=ID" of a device in words: "PIIX3" when it has no id."""
    kind, _, ident = by.partition(",id=")
    return kind if ident in ("", "(null)") else f"{kind} '{ident}'"


def _instead(buses: Sequence[str], bus: str = "") -> str:
    others = [b for b in buses if b != bus]
    if others:
        return translate("device_errors", "choose another bus: {v0}").format(v0=", ".join(others))
    return translate(
        "device_errors",
        "this VM has no bus that takes it now: start the VM with one that does (-device pcie-root-port on q35, or a pci-bridge)",
    )


_RULES: list[_Rule] = [
    (
        re.compile(r"Bus '(?P<bus>[^']+)' does not support hotplugging"),
        lambda m, buses, bus: translate(
            "device_errors",
            "bus '{v0}' does not take devices while the VM runs (no hot-plug there): {v1}",
        ).format(v0=m["bus"], v1=_instead(buses, m["bus"])),
    ),
    (
        re.compile(
            r"PCI: slot (?P<slot>\d+) function (?P<fn>\d+) not available for [^,]+, in use by (?P<by>.+)"
        ),
        lambda m, buses, bus: translate(
            "device_errors",
            "PCI slot {v0} function {v1} is in use by {v2}: choose another addr, or leave addr empty for the next free slot",
        ).format(v0=m["slot"], v1=m["fn"], v2=_holder(m["by"])),
    ),
    (
        re.compile(r"PCI: no slot/function available for (?P<dev>[^,]+)"),
        lambda m, buses, bus: translate(
            "device_errors", "{v0} is full, no free slot for {v1}: {v2}"
        ).format(
            v0=f"bus {bus!r}" if bus else translate("device_errors", "the bus QEMU chose"),
            v1=m["dev"],
            v2=_instead(buses, bus),
        ),
    ),
    (
        re.compile(r"Property '(?P<type>[^.']+)\.(?P<prop>[^']+)' not found"),
        lambda m, buses, bus: translate("device_errors", "{v0} has no property '{v1}'").format(
            v0=m["type"], v1=m["prop"]
        ),
    ),
    (
        re.compile(r"Parameter '(?P<prop>[^']+)' expects (?P<what>.+)"),
        lambda m, buses, bus: translate(
            "device_errors", "'{v0}' takes {v1}: the value given is not one"
        ).format(v0=m["prop"], v1=m["what"].replace("_t", "")),
    ),
    (
        re.compile(r"Property '[^.']+\.(?P<prop>[^']+)' doesn't take value '(?P<value>[^']*)'"),
        lambda m, buses, bus: (
            translate("device_errors", "'{v0}' does not take the value '{v1}'").format(
                v0=m["prop"], v1=m["value"]
            )
            + (
                f": {translate('device_errors', _SHAPES[m['prop']])}"
                if m["prop"] in _SHAPES
                else ""
            )
        ),
    ),
    (
        re.compile(r"Duplicate device ID '(?P<id>[^']+)'"),
        lambda m, buses, bus: translate(
            "device_errors", "the id '{v0}' is in use by another device: choose another id"
        ).format(v0=m["id"]),
    ),
    (
        re.compile(r"Property '[^.']+\.(?P<prop>[^']+)' can't find value '(?P<value>[^']*)'"),
        lambda m, buses, bus: translate(
            "device_errors",
            "'{v0}': no backend '{v1}' exists (create it first: blockdev-add for a drive, netdev_add for a netdev, chardev-add for a chardev)",
        ).format(v0=m["prop"], v1=m["value"]),
    ),
    (
        re.compile(
            r"Property '[^.']+\.(?P<prop>[^']+)' can't take value '(?P<value>[^']*)', it's in use"
        ),
        lambda m, buses, bus: translate(
            "device_errors",
            "the backend '{v0}' ('{v1}') is in use by another device: each device needs a backend of its own",
        ).format(v0=m["value"], v1=m["prop"]),
    ),
    (
        re.compile(r"Permission conflict on node '(?P<node>[^']+)'.*?block device '(?P<by>[^']+)'"),
        lambda m, buses, bus: translate(
            "device_errors",
            "the backend '{v0}' is in use by the device '{v1}': each disk needs a block node of its own",
        ).format(v0=m["node"], v1=m["by"]),
    ),
    (
        re.compile(r"(?P<prop>drive|netdev|chardev) property not set"),
        lambda m, buses, bus: translate(
            "device_errors", "'{v0}' must name the backend this device uses"
        ).format(v0=m["prop"]),
    ),
    (
        re.compile(r"Device '(?P<dev>[^']+)' can't go on (?P<bus>\S+) bus"),
        lambda m, buses, bus: translate("device_errors", "{v0} does not go on {v1}: {v2}").format(
            v0=m["dev"], v1=a_bus(m["bus"]), v2=_instead(buses)
        ),
    ),
    (
        re.compile(r"Bus '(?P<bus>[^']+)' not found"),
        lambda m, buses, bus: translate("device_errors", "this VM has no bus '{v0}': {v1}").format(
            v0=m["bus"], v1=_instead(buses, m["bus"])
        ),
    ),
    (
        re.compile(r"Device '(?P<dev>[^']+)' can not be hotplugged on this machine"),
        lambda m, buses, bus: translate(
            "device_errors", "QEMU cannot plug a {v0} into this machine while it runs"
        ).format(v0=m["dev"]),
    ),
    (
        re.compile(r"no slots where allocated, please specify the 'slots' option"),
        lambda m, buses, bus: translate(
            "device_errors",
            "this VM has no memory slots: QEMU plugs memory only into a VM started with -m SIZE,slots=N,maxmem=MAX",
        ),
    ),
    (
        re.compile(
            r"memory devices \(e\.g\. for memory hotplug\) are not (?P<why>enabled|supported)"
        ),
        lambda m, buses, bus: (
            translate(
                "device_errors",
                "this VM takes no memory devices: start it with -m SIZE,slots=N,maxmem=MAX",
            )
            if m["why"] == "enabled"
            else translate("device_errors", "this machine type takes no memory devices")
        ),
    ),
    (
        re.compile(r"can't use already busy memdev: (?P<memdev>\S+)"),
        lambda m, buses, bus: translate(
            "device_errors",
            "the memory backend '{v0}' is in use (by another memory device, or as the VM's own RAM): each memory device needs a backend of its own; make one in the console: object-add qom-type=memory-backend-ram id=mem1 size=134217728",
        ).format(v0=m["memdev"]),
    ),
    (
        re.compile(r"CPU (?P<prop>[a-z]+-id) is not set"),
        lambda m, buses, bus: translate(
            "device_errors",
            "a vCPU needs its place ({v0} and the other -id properties): the vCPU preset under Common devices takes a free one from query-hotpluggable-cpus",
        ).format(v0=m["prop"]),
    ),
    (
        re.compile(r"CPU\[\d+\] with APIC ID \d+ exists"),
        lambda m, buses, bus: translate(
            "device_errors",
            "that vCPU place is taken already: the vCPU preset under Common devices takes a free one from query-hotpluggable-cpus",
        ),
    ),
    (
        re.compile(
            r"Invalid CPU (?P<prop>[a-z]+-id): (?P<value>-?\d+) must be in range (?P<low>\d+):(?P<high>\d+)"
        ),
        lambda m, buses, bus: translate(
            "device_errors",
            "{v0} {v1} is outside this VM's CPU topology (from {v2} to {v3}): the vCPU preset under Common devices takes a free place",
        ).format(v0=m["prop"], v1=m["value"], v2=m["low"], v3=m["high"]),
    ),
    (
        re.compile(r"Invalid CPU type, expected cpu type: '(?P<type>[^']+)'"),
        lambda m, buses, bus: translate(
            "device_errors", "this VM's vCPUs are {v0}: a vCPU added must be of the same type"
        ).format(v0=m["type"]),
    ),
    (
        re.compile(r"tried to attach usb device (?P<dev>.+) to a bus with no free ports"),
        lambda m, buses, bus: translate(
            "device_errors", "{v0} has no free port for {v1}: {v2}"
        ).format(
            v0=f"USB bus {bus!r}" if bus else translate("device_errors", "the USB bus QEMU chose"),
            v1=m["dev"],
            v2=_instead(buses, bus),
        ),
    ),
    (
        re.compile(
            r'speed mismatch trying to attach usb device "(?P<dev>[^"]+)" \((?P<speed>[^)]+)\) '
            r'to bus "(?P<bus>[^"]+)", port "[^"]*" \((?P<port>[^)]+)\)'
        ),
        lambda m, buses, bus: translate(
            "device_errors", "{v0} is a {v1} device and bus '{v2}' has only {v3} ports free: {v4}"
        ).format(
            v0=m["dev"], v1=m["speed"], v2=m["bus"], v3=m["port"], v4=_instead(buses, m["bus"])
        ),
    ),
    (
        re.compile(r"nvdimm is not enabled: missing 'nvdimm' in '-M'"),
        lambda m, buses, bus: translate(
            "device_errors",
            "this VM was started without NVDIMM support: QEMU takes an nvdimm only with -machine nvdimm=on and -m SIZE,slots=N,maxmem=MAX",
        ),
    ),
    (
        re.compile(r"'memdev' property (?:must be|is not) set"),
        lambda m, buses, bus: translate(
            "device_errors",
            "'memdev' must name the memory backend this device uses: make one in the console: object-add qom-type=memory-backend-ram id=mem1 size=134217728",
        ),
    ),
    (
        re.compile(r"^serial property not set"),
        lambda m, buses, bus: translate(
            "device_errors",
            "'serial' must be set: give the device a serial number (any short text)",
        ),
    ),
    (
        re.compile(r"usb port (?P<port>\S+) \(bus (?P<bus>[^)]+)\) not found"),
        lambda m, buses, bus: translate(
            "device_errors",
            "USB bus '{v0}' has no free port {v1} (no such port, or it holds a device): leave port empty for a free one",
        ).format(v0=m["bus"], v1=m["port"]),
    ),
    (
        re.compile(r"Parameter 'driver' expects a pluggable device type"),
        lambda m, buses, bus: translate(
            "device_errors", "QEMU cannot plug a device of this type into a running VM"
        ),
    ),
]


def device_add_error(desc: str, buses: Sequence[str] = (), bus: str = "") -> str:
    """A sentence for QEMU's `device_add` error `desc`, naming what to choose instead
    among `buses` (the names of the VM's buses that take hot-plug now) other than `bus`
    (the one chosen, "" for QEMU's choice); QEMU's own words for an error not known
    here. Never raises."""
    for pattern, words in _RULES:
        match = pattern.search(desc)
        if match is not None:
            return words(match, buses, bus)
    return desc
