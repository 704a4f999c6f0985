"""The process table as /proc shows it, for tests that look at what a process started."""

from __future__ import annotations

from pathlib import Path


def children_of(parent: int) -> list[int]:
    """The pids whose parent is `parent` now (a process that ends meanwhile is left out)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        if int(stat[stat.rfind(")") + 2 :].split()[1]) == parent:
            found.append(int(entry.name))
    return found
