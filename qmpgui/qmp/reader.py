"""Defensive reading of QMP replies.

A `Reader` wraps one JSON object of a reply. A missing key reads as None (shown
as an em dash); a key whose value has the wrong type also reads as None, but
its name lands in `invalid` (shown as "unknown") and one line describing it in
the shared `problems` list, which the session reports once. Nothing raises.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from qmpgui.i18n import marked, translate

T = TypeVar("T")

#: How a value of the wrong type is shown.
UNKNOWN = "unknown"

#: QMP integers are 64-bit (signed or unsigned); anything wider is malformed.
INT_LIMIT = 2**64

_JSON_TYPES = {
    str: marked("reader", "a string"),
    bool: marked("reader", "a boolean"),
    int: marked("reader", "an integer"),
    float: marked("reader", "a fractional number"),
    list: marked("reader", "an array"),
    dict: marked("reader", "an object"),
    type(None): marked("reader", "null"),
}


#: Characters that break a line of text or are not shown: C0 and C1 controls, U+2028, U+2029.
_BREAKING = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def one_line(text: str) -> str:
    """`text` with line breaks and control characters written as JSON escapes (\\n, \\u0000),
    for a table cell or a summary a server's strings must not split."""
    return _BREAKING.sub(lambda m: json.dumps(m.group())[1:-1], text)


def whole(value: object) -> int | None:
    """`value` when it is a JSON integer within QMP's 64 bits (signed or unsigned); None
    for anything else: a boolean, a fraction, or an integer wider than any QMP member,
    which a size or a rate computed with floats would overflow. Never raises."""
    if isinstance(value, int) and not isinstance(value, bool) and -INT_LIMIT <= value < INT_LIMIT:
        return value
    return None


def json_type(value: object) -> str:
    """What a JSON value is, with its article: "an integer", "a string", ..."""
    known = _JSON_TYPES.get(type(value))
    if known is not None:
        return translate("reader", known)
    if isinstance(value, Mapping):
        return translate("reader", "an object")
    return translate("reader", "a value")


class Problems:
    """Type problems found while parsing, each described once, in the order found.

    One instance is shared by the parsers of a VM's replies; `lines` are sentences such as
    "query-block[0]: 'removable' should be a boolean, not a string".
    """

    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, line: str) -> None:
        """Note one problem, unless the same line is noted already."""
        if line not in self.lines:
            self.lines.append(line)


class Reader:
    """One JSON object of a reply, read leniently; `where` names it in problems.

    Anything but an object (other than null) reads as an empty object, with a problem
    noted. The getters return None for a missing key or a null, and for a value of the
    wrong type, whose key then lands in `invalid`. Nothing raises.
    """

    def __init__(self, value: object, where: str, problems: Problems | None = None) -> None:
        self.where = where
        self.problems = problems if problems is not None else Problems()
        self.invalid: set[str] = set()
        if isinstance(value, Mapping):
            self.obj: Mapping[str, Any] = value
        else:
            self.obj = {}
            if value is not None:
                self.problems.add(
                    translate("Reader", "{where}: expected an object, got {v1}").format(
                        where=where, v1=json_type(value)
                    )
                )

    def _wrong(self, key: str, expected: str) -> None:
        self.invalid.add(key)
        value = self.obj[key]
        got = json_type(value)
        if got == "an integer":  # too wide; str() of a huge int is slow, bit_length is not
            got = translate("Reader", "a {v0}-bit integer").format(v0=value.bit_length())
        self.problems.add(
            translate("Reader", "{where}: '{key}' should be {expected}, not {got}").format(
                where=self.where, key=key, expected=expected, got=got
            )
        )

    def has(self, key: str) -> bool:
        """Whether the object has `key`, whatever its value."""
        return key in self.obj

    def text(self, key: str) -> str | None:
        """The string under `key`; None when missing, null or not a string."""
        value = self.obj.get(key)
        if value is None or isinstance(value, str):
            return value
        self._wrong(key, translate("Reader", "a string"))
        return None

    def number(self, key: str) -> int | None:
        """The integer under `key`; None when missing, null, not an integer (a boolean
        or a fraction), or wider than QMP's 64 bits."""
        value = self.obj.get(key)
        if value is None:
            return None
        # bool is an int subclass; a JSON true is not a number.
        if isinstance(value, int) and not isinstance(value, bool):
            if -INT_LIMIT <= value < INT_LIMIT:
                return value
            self._wrong(
                key, translate("Reader", "a 64-bit integer")
            )  # QMP has no larger ones; floats would overflow
            return None
        self._wrong(key, translate("Reader", "an integer"))
        return None

    def flag(self, key: str) -> bool | None:
        """The boolean under `key`; None when missing, null or not a boolean."""
        value = self.obj.get(key)
        if value is None or isinstance(value, bool):
            return value
        self._wrong(key, translate("Reader", "a boolean"))
        return None

    def child(self, key: str, where: str | None = None) -> Reader:
        """The object under `key` (an empty reader when missing or not an object)."""
        value = self.obj.get(key)
        if value is not None and not isinstance(value, Mapping):
            self._wrong(key, translate("Reader", "an object"))
            value = None
        return Reader(value, where or f"{self.where}.{key}", self.problems)

    def array(self, key: str) -> list[object]:
        """The list under `key` (its items unchecked); [] when missing, null or not a list."""
        value = self.obj.get(key)
        if value is None:
            return []
        if isinstance(value, list):
            return value
        self._wrong(key, translate("Reader", "an array"))
        return []

    def frozen_invalid(self, prefix: str = "") -> frozenset[str]:
        """The keys read with a wrong type so far, each with `prefix` ("image.") in front."""
        return frozenset(prefix + key for key in self.invalid)


def reply_list(value: object, where: str, problems: Problems) -> list[object]:
    """A reply that should be an array; anything else is a problem and reads as empty."""
    if isinstance(value, list):
        return value
    if value is not None:
        problems.add(
            translate("reader", "{where}: expected an array, got {v1}").format(
                where=where, v1=json_type(value)
            )
        )
    return []


def parse_each(
    value: object, command: str, problems: Problems, parse: Callable[[object, str, Problems], T]
) -> tuple[T, ...]:
    """Parse every item of an array reply, each named `command[n]` in problems."""
    items = reply_list(value, command, problems)
    return tuple(parse(item, f"{command}[{n}]", problems) for n, item in enumerate(items))
