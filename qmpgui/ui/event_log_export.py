"""Exporting the event log to a file: entries as JSON Lines, one object a line, written
in a worker thread so a large log never holds the window still; the file named with
the time unless the user names it."""

from __future__ import annotations

import asyncio
import datetime
from collections.abc import Iterable
from pathlib import Path

from qmpgui.log.entry import LogEntry

#: What export() can write: every entry, the entries the filters show, the selected rows.
EXPORT_CHOICES = ("all", "shown", "selected")


def write_json_lines(path: Path, entries: Iterable[LogEntry]) -> int:
    """Write one JSON object per line; the number of entries written. Raises OSError."""
    count = 0
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        for entry in entries:
            handle.write(entry.json_line())
            count += 1
    return count


async def write_in_worker(path: Path, entries: list[LogEntry]) -> int:
    """write_json_lines() in the loop's default executor; the number written. Raises OSError."""
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(None, write_json_lines, path, entries)


def default_export_name(now: datetime.datetime | None = None) -> str:
    """The file name offered for an export made at `now` (the present when None)."""
    stamp = (now or datetime.datetime.now()).strftime("%Y%m%d-%H%M%S")
    return f"qmpgui-log-{stamp}.jsonl"
