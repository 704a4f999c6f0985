"""How values read in the panes: missing is an em dash, a wrong type is "unknown"."""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TypeVar

from qmpgui.qmp.reader import UNKNOWN

T = TypeVar("T")

DASH = "—"

_UNITS = ("B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB")


def human_bytes(count: float) -> str:
    """1536 -> "1.5 KiB"; binary units, as QEMU and qemu-img print them."""
    value = float(count)
    for unit in _UNITS:
        if abs(value) < 1024 or unit == _UNITS[-1]:
            if unit == "B":
                return f"{int(value)} B"
            return f"{value:.1f} {unit}".replace(".0 ", " ")
        value /= 1024
    raise AssertionError("unreachable")


def human_rate(per_second: float | None) -> str:
    return DASH if per_second is None else f"{human_bytes(per_second)}/s"


def ops_rate(per_second: float | None) -> str:
    if per_second is None:
        return DASH
    digits = 1 if 0 < per_second < 10 else 0
    return f"{per_second:.{digits}f} ops/s"


def yes_no(value: bool | None) -> str:
    return DASH if value is None else "yes" if value else "no"


def show(
    value: T | None,
    key: str = "",
    invalid: Collection[str] = (),
    fmt: Callable[[T], str] = str,
) -> str:
    """A value for a cell: "unknown" when its key had the wrong type, "—" when missing."""
    if key and key in invalid:
        return UNKNOWN
    if value is None:
        return DASH
    return fmt(value)


def hex4(value: int | None) -> str:
    return DASH if value is None else f"{value:04x}"


def id_pair(first: int | None, second: int | None) -> str:
    """PCI ids as lspci prints them: 8086:1237."""
    if first is None and second is None:
        return DASH
    return f"{hex4(first)}:{hex4(second)}"
