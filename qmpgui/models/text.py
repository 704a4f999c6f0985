"""How values read in the panes: missing is an em dash, a wrong type is "unknown"."""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TYPE_CHECKING, TypeVar

from qmpgui.i18n import translate
from qmpgui.qmp.reader import UNKNOWN

if TYPE_CHECKING:
    from qmpgui.session.topic_state import QueryResult

T = TypeVar("T")

#: A value the server did not send (or that does not apply): an em dash.
DASH = "—"

_UNITS = ("B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB")


def human_bytes(count: float) -> str:
    """A number of bytes for a cell: 1536 -> "1.5 KiB", 512 -> "512 B"; binary units up to
    EiB, at most one decimal, as QEMU and qemu-img print them. Never raises."""
    value = float(count)
    for unit in _UNITS:
        if abs(value) < 1024 or unit == _UNITS[-1]:
            if unit == "B":
                return translate("text", "{v0} B").format(v0=int(value))
            return f"{value:.1f} {unit}".replace(".0 ", " ")
        value /= 1024
    raise AssertionError("unreachable")


def human_rate(per_second: float | None) -> str:
    """Bytes/s for a cell: 1536.0 -> "1.5 KiB/s" (see human_bytes()); DASH for None."""
    return DASH if per_second is None else f"{human_bytes(per_second)}/s"


def ops_rate(per_second: float | None) -> str:
    """Operations/s for a cell: "12 ops/s", one decimal between 0 and 10 ("2.5 ops/s");
    DASH for None."""
    if per_second is None:
        return DASH
    digits = 1 if 0 < per_second < 10 else 0
    return f"{per_second:.{digits}f} ops/s"


def why_missing(result: QueryResult | None) -> str:
    """Why a query's value is absent: "not available on this QEMU" (the command is
    missing), "error: ..." (it failed), or DASH (not asked yet, or nothing to say)."""
    if result is None:
        return DASH
    if result.unavailable:
        return translate("text", "not available on this QEMU")
    return translate("text", "error: {error}").format(error=result.error) if result.error else DASH


def yes_no(value: bool | None) -> str:
    """A flag for a cell: "yes", "no", or DASH for None."""
    return DASH if value is None else "yes" if value else "no"


def show(
    value: T | None,
    key: str = "",
    invalid: Collection[str] = (),
    fmt: Callable[[T], str] = str,
) -> str:
    """A value for a cell: "unknown" when `key` is in `invalid` (the reply's value had the
    wrong type), DASH when `value` is None, else `fmt(value)` (str by default)."""
    if key and key in invalid:
        return UNKNOWN
    if value is None:
        return DASH
    return fmt(value)


def hex4(value: int | None) -> str:
    """An id as four hex digits or more: 0x1237 -> "1237", 0x15 -> "0015"; DASH for None."""
    return DASH if value is None else f"{value:04x}"


def id_pair(first: int | None, second: int | None) -> str:
    """Two PCI ids as lspci prints them: (0x8086, 0x1237) -> "8086:1237"; DASH when both
    are None."""
    if first is None and second is None:
        return DASH
    return f"{hex4(first)}:{hex4(second)}"
