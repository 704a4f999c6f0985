"""QEMU's object tree (QOM) as `qom-list` and `qom-get` give it: each object's properties
with their types, which of them are children (`child<TYPE>`) and links (`link<TYPE>`),
which values are plain enough to read and to set, and the exact commands the console takes.

QEMU 7.2 has /machine, /objects and /chardevs under the root (newer ones add /backend):
the top nodes are what `qom-list /` lists. Property types are QEMU's own words: "bool",
"int", "uint32", "str" or "string", "size", an enum's name ("OnOffAuto"), a struct's
("BootConfiguration"), "child<container>", "link<bus>", ...
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from qmpgui.i18n import translate

#: The QOM commands, as QMP names them.
QOM_LIST = "qom-list"
QOM_GET = "qom-get"
QOM_SET = "qom-set"

_WRAPPED = re.compile(r"(child|link)<(.*)>")
_INTEGERS = frozenset(
    {"int", "uint", "size"}
    | {f"{sign}int{bits}" for sign in ("", "u") for bits in (8, 16, 32, 64)}
    | {f"{sign}int{bits}_t" for sign in ("", "u") for bits in (8, 16, 32, 64)}
)
_STRINGS = frozenset({"str", "string"})
#: Types whose value qom-get reads as one JSON scalar (enums read as strings too, but
#: their names are not known here: they are read on demand).
SCALAR_TYPES = _INTEGERS | _STRINGS | {"bool", "number", "double"}


@dataclass(frozen=True, slots=True)
class QomProperty:
    """One property of a QOM object as `qom-list` lists it: its `name` and QEMU's `type`
    ("bool", "child<pci-bridge>", "link<bus>", ...)."""

    name: str
    type: str

    @property
    def child_type(self) -> str | None:
        """The child's QOM type for a `child<TYPE>` property; None for any other."""
        return _inner(self.type, "child")

    @property
    def link_type(self) -> str | None:
        """The linked object's type for a `link<TYPE>` property; None for any other."""
        return _inner(self.type, "link")

    @property
    def readable(self) -> bool:
        """Whether the pane reads its value by itself: a scalar or a link (a path)."""
        return self.type in SCALAR_TYPES or self.link_type is not None

    @property
    def settable(self) -> bool:
        """Whether the pane offers to set it: a bool, an integer or a string."""
        return self.type == "bool" or self.type in _INTEGERS or self.type in _STRINGS


def _inner(kind: str, wrapper: str) -> str | None:
    match = _WRAPPED.fullmatch(kind)
    return match.group(2) if match and match.group(1) == wrapper else None


def parse_qom_list(reply: object) -> list[QomProperty]:
    """The properties in a `qom-list` reply (a list of {"name", "type", ...}), in QEMU's
    order; entries that are not such objects are left out. Never raises."""
    found: list[QomProperty] = []
    for item in reply if isinstance(reply, list) else ():
        if not isinstance(item, dict):
            continue
        name, kind = item.get("name"), item.get("type")
        if isinstance(name, str) and name and isinstance(kind, str):
            found.append(QomProperty(name, kind))
    return found


def children(properties: list[QomProperty]) -> list[QomProperty]:
    """The `child<...>` properties, sorted by name as `qom-tree` prints them."""
    return sorted((p for p in properties if p.child_type is not None), key=lambda p: p.name)


def join(path: str, name: str) -> str:
    """The path of child `name` of the object at `path` ("/" + "machine" -> "/machine")."""
    return f"{path.rstrip('/')}/{name}"


def parent_paths(path: str) -> list[str]:
    """The paths from the root's first child down to `path` itself:
    "/machine/peripheral/x" -> ["/machine", "/machine/peripheral", "/machine/peripheral/x"]."""
    parts = [part for part in path.split("/") if part]
    return ["/" + "/".join(parts[: i + 1]) for i in range(len(parts))]


def value_text(value: object) -> str:
    """A value read by `qom-get` in one line: strings as they are, the rest as JSON."""
    if isinstance(value, str):
        return value
    return json.dumps(value)


def command_json(command: str, arguments: dict[str, object]) -> str:
    """One QMP command as JSON the console takes: {"execute": ..., "arguments": ...}."""
    return json.dumps({"execute": command, "arguments": arguments})


def get_command(path: str, prop: str) -> str:
    """The `qom-get` of property `prop` of the object at `path`, as console JSON."""
    return command_json(QOM_GET, {"path": path, "property": prop})


def set_command(path: str, prop: str, value: object) -> str:
    """The `qom-set` of property `prop` of the object at `path` to `value`, as console
    JSON."""
    return command_json(QOM_SET, {"path": path, "property": prop, "value": value})


def parse_value(prop: QomProperty, text: str) -> bool | int | str:
    """The value typed in `text` for a settable `prop`, as JSON sends it: "on", "true",
    "1" for a bool's True (and their opposites), an integer (decimal, 0x hex) for an
    integer type, `text` itself for a string.

    Raises ValueError with a sentence for the user when `text` is not such a value."""
    if prop.type == "bool":
        word = text.strip().lower()
        if word in ("true", "on", "yes", "1"):
            return True
        if word in ("false", "off", "no", "0"):
            return False
        raise ValueError(
            translate("qom_tree", "{name} is a bool: type true or false").format(name=prop.name)
        )
    if prop.type in _INTEGERS:
        try:
            number = int(text.strip(), 0)
        except ValueError:
            raise ValueError(
                translate("qom_tree", "{name} is an integer ({type}): type a number").format(
                    name=prop.name, type=prop.type
                )
            ) from None
        if (prop.type.startswith("uint") or prop.type == "size") and number < 0:
            raise ValueError(
                translate("qom_tree", "{name} is unsigned ({type}): type 0 or more").format(
                    name=prop.name, type=prop.type
                )
            )
        return number
    return text


def matches(needle: str, path: str, kind: str) -> bool:
    """Whether a search for `needle` finds the object at `path` of QOM type `kind`: the
    words of `needle` each in the path or the type, case-insensitively."""
    haystack = f"{path} {kind}".lower()
    return all(word in haystack for word in needle.lower().split())
