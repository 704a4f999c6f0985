"""Events and event log entries made for tests: times in 2026, numbered summaries."""

from __future__ import annotations

from typing import Any

from qmpgui.log.entry import LogEntry, LogKind
from qmpgui.qmp import Event


def event(name: str, data: dict[str, Any] | None = None, seconds: int = 1795290882) -> Event:
    """An event as QEMU sends it, stamped `seconds` and 278826 microseconds."""
    raw: dict[str, Any] = {"event": name, "timestamp": {"seconds": seconds, "microseconds": 278826}}
    if data is not None:
        raw["data"] = data
    return Event.parse(raw)


def entry(n: int, vm: str = "vm1", name: str = "STOP", endpoint: str = "", **data: Any) -> LogEntry:
    """The `n`th entry of a log: `n` seconds after the first, its data {"n": n, ...}; of
    the VM named `vm` at `endpoint` ("": an entry as files of old kept it, without one)."""
    return LogEntry(
        1_795_290_000.0 + n,
        vm,
        LogKind.EVENT,
        name,
        f"{name} #{n}",
        {"n": n, **data},
        endpoint=endpoint,
    )
