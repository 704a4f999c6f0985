"""A device type's properties as `device-list-properties` gives them (name, type,
default-value, description), read into what a form needs: the kind of field, an
integer's range, an enum's values, a link's target type; and the text typed into a
field turned into the JSON value `device_add` takes. Never raises but where said.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from enum import Enum

from qmpgui.qmp.reader import whole


class Kind(Enum):
    """The field a property gets in the form."""

    BOOL = "bool"
    INT = "integer"
    SIZE = "size"
    ENUM = "enum"
    STR = "string"
    #: link<TYPE>: the id of an object of TYPE (an iothread, a memory backend, ...).
    LINK = "link"
    #: child<TYPE>: made by the device itself, never set.
    CHILD = "child"


#: The integer types of qdev properties and their ranges (QEMU's qdev-properties.c).
INT_RANGES: dict[str, tuple[int, int]] = {
    "uint8": (0, 2**8 - 1),
    "uint16": (0, 2**16 - 1),
    "uint32": (0, 2**32 - 1),
    "uint64": (0, 2**64 - 1),
    "int8": (-(2**7), 2**7 - 1),
    "int16": (-(2**15), 2**15 - 1),
    "int32": (-(2**31), 2**31 - 1),
    "int64": (-(2**63), 2**63 - 1),
    "int": (-(2**63), 2**63 - 1),
}

#: Enum types whose values QEMU does not list in the description.
_KNOWN_ENUMS: dict[str, tuple[str, ...]] = {
    "OnOffAuto": ("on", "off", "auto"),
    "OnOffSplit": ("on", "off", "split"),
}

#: "on/off/auto", "Error handling policy, report/ignore/enospc/stop/auto": the values
#: are the last word of the description, separated by slashes.
_VALUES = re.compile(r"(?:^|[\s,])(?P<values>[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)+)\s*$")

_UNITS = {"": 1, "b": 1, "k": 2**10, "m": 2**20, "g": 2**30, "t": 2**40, "p": 2**50}
_SIZE = re.compile(r"^\s*(?P<number>\d+(?:\.\d+)?)\s*(?P<unit>[kmgtpKMGTP]?)(?:i?[bB])?\s*$")


@dataclass(frozen=True, slots=True)
class Property:
    """One property of a device type."""

    name: str
    #: QEMU's type name ("uint32", "OnOffAuto", "link<iothread>", "size", "str").
    type: str
    kind: Kind
    #: QEMU's default (any JSON value); None when it gives none.
    default: object = None
    description: str = ""
    #: For INT: the type's range (inclusive).
    low: int = 0
    high: int = 0
    #: For ENUM: the values, in QEMU's order.
    values: tuple[str, ...] = ()
    #: For LINK and CHILD: the type named in brackets.
    target: str = ""
    #: QEMU's default is its "not set" marker (-1 of a signed type, all ones of an
    #: unsigned one): QEMU decides when the property is left out.
    unset: bool = False
    #: What the property names on the host side: "block" (a block node or drive),
    #: "netdev", "chardev", "audiodev" (str properties QEMU describes as "... to use as
    #: a backend"), a link's target for a link<...-backend>; "" for none.
    backend: str = ""


def _kind(type_name: str, description: str) -> tuple[Kind, tuple[str, ...], str]:
    bracket = re.fullmatch(r"(link|child)<(.+)>", type_name)
    if bracket is not None:
        return (Kind.LINK if bracket[1] == "link" else Kind.CHILD), (), bracket[2]
    if type_name == "bool":
        return Kind.BOOL, (), ""
    if type_name in INT_RANGES:
        # A PCI `addr` is listed as int32 but read from text ("06.0"): its
        # description gives an example to type.
        return (Kind.STR if "example:" in description else Kind.INT), (), ""
    if type_name == "size":
        return Kind.SIZE, (), ""
    if type_name in _KNOWN_ENUMS:
        return Kind.ENUM, _KNOWN_ENUMS[type_name], ""
    listed = _VALUES.search(description)
    if listed is not None and type_name not in ("str", "string"):
        return Kind.ENUM, tuple(listed["values"].split("/")), ""
    return Kind.STR, (), ""


#: "ID of a netdev to use as a backend", "Node name or ID of a block device to use as a
#: backend": the word before "to use as a backend" names what it is.
_BACKEND_WORDS = (("block device", "block"), ("netdev", "netdev"), ("chardev", "chardev"))
_AS_BACKEND = re.compile(r"(?:ID|name) of (?:an? )?(?P<what>.+?) to use as a backend", re.I)


def _backend(kind: Kind, target: str, description: str) -> str:
    if kind is Kind.LINK:
        return target if target.endswith("backend") else ""
    if kind is not Kind.STR:
        return ""
    match = _AS_BACKEND.search(description)
    if match is None:
        return ""
    what = match["what"].lower()
    for words, backend in _BACKEND_WORDS:
        if words in what:
            return backend
    return what.split()[-1]


def _unset(type_name: str, default: object) -> bool:
    """Whether `default` is QEMU's "not set" marker for `type_name`: qdev properties
    written with -1 read back as -1 (signed), as the type's all-ones (unsigned), and a
    32-bit size (discard_granularity) as 2**32 - 1. QEMU 7.2 lists, for example: PCI
    `addr`, virtio-net `speed`, pc-dimm `slot`, a CPU's `socket-id` int32 -1; `vectors`,
    `romsize`, scsi-hd `lun`/`scsi-id`, a CPU's `level` uint32 4294967295; virtio-blk
    `num-queues` uint16 65535 ("auto"). `bootindex` has no default; scsi-hd
    `max_io_size` uint64 2147483647 is a real limit, not a marker."""
    if not isinstance(default, int) or isinstance(default, bool):
        return False
    if type_name == "size":
        return default in (2**32 - 1, 2**64 - 1)
    low, high = INT_RANGES.get(type_name, (0, 0))
    if low < 0:
        return default == -1
    return high > 0 and default == high


def parse_properties(reply: object) -> list[Property]:
    """The properties of a `device-list-properties` reply, sorted by name; never raises
    (entries without a name or type are left out)."""
    if not isinstance(reply, list):
        return []
    found: list[Property] = []
    for entry in reply:
        if not isinstance(entry, dict):
            continue
        name, type_name = entry.get("name"), entry.get("type")
        if not isinstance(name, str) or not isinstance(type_name, str):
            continue
        description = entry.get("description")
        description = description if isinstance(description, str) else ""
        kind, values, target = _kind(type_name, description)
        low, high = INT_RANGES.get(type_name, (0, 0))
        default = entry.get("default-value")
        if isinstance(default, int) and whole(default) is None and not isinstance(default, bool):
            default = None  # wider than any qdev property: none QEMU could have sent
        found.append(
            Property(
                name,
                type_name,
                kind,
                default,
                description,
                low,
                high,
                values,
                target,
                _unset(type_name, default),
                _backend(kind, target, description),
            )
        )
    return sorted(found, key=lambda p: p.name)


def parse_size(text: str) -> int | None:
    """Bytes from "4096", "4K", "4 KiB", "1.5M" (binary units, as QEMU reads them);
    None for text that is not a size."""
    match = _SIZE.match(text)
    if match is None:
        return None
    value = float(match["number"]) * _UNITS[match["unit"].lower()]
    if value >= 2**64:  # no size QEMU takes (and 310 digits are a float's infinity)
        return None
    return int(value) if value == int(value) else None


def format_size(value: object) -> str:
    """A default size in the largest binary unit that holds it whole ("4K"), as
    parse_size() reads it back; a string as it is, any other value as JSON."""
    if isinstance(value, str):
        return value
    if not isinstance(value, int) or isinstance(value, bool):
        return "" if value is None else json.dumps(value, ensure_ascii=False)
    for unit, factor in (("P", 2**50), ("T", 2**40), ("G", 2**30), ("M", 2**20), ("K", 2**10)):
        if value and value % factor == 0:
            return f"{value // factor}{unit}"
    return str(value)


def default_text(prop: Property) -> str:
    """The default as the form shows it: "on"/"off", a size with its unit, "" for none
    and for QEMU's "not set" marker, an object or a list as JSON."""
    if prop.default is None or prop.unset:
        return ""
    if isinstance(prop.default, bool):
        return "on" if prop.default else "off"
    if prop.kind is Kind.SIZE:
        return format_size(prop.default)
    if isinstance(prop.default, str):
        return prop.default
    return json.dumps(prop.default, ensure_ascii=False)  # a number, or an object as JSON
