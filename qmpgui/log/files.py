"""The event log on disk: one JSON Lines file per VM under $XDG_STATE_HOME/qmpgui/logs.

A file is rotated when it would pass `max_bytes`: `x.jsonl` becomes
`x.jsonl.1`, which becomes `x.jsonl.2`, and so on up to `files` files in all.
Reading back skips lines that are not log entries (a torn last line after a
crash, a hand edit) instead of failing. Calls block on disk: run them in a
worker thread.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path

from qmpgui.host.demo import FOLDER_PREFIX, SOCKET_NAME
from qmpgui.log.entry import LogEntry
from qmpgui.store.config import xdg_folder

#: Size past which a VM's file is rotated, in bytes.
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
#: Files kept per VM, the current one included.
DEFAULT_FILES = 3


def default_log_folder() -> Path:
    """`$XDG_STATE_HOME/qmpgui/logs` (default `~/.local/state/qmpgui/logs`)."""
    return xdg_folder("XDG_STATE_HOME", ".local", "state") / "logs"


class LogStore:
    """The log files in `folder`: one per VM, at most `max_bytes` bytes each, `files`
    files per VM. Every call blocks on disk and raises OSError when it fails."""

    def __init__(
        self, folder: Path, max_bytes: int = DEFAULT_MAX_BYTES, files: int = DEFAULT_FILES
    ) -> None:
        self.folder = folder
        self.max_bytes = max_bytes
        self.files = max(1, files)

    def path_for(self, endpoint: str) -> Path:
        """The VM's file, named after its endpoint (names change, endpoints less so)."""
        digest = hashlib.sha1(endpoint.encode(), usedforsecurity=False).hexdigest()[:10]
        readable = re.sub(r"[^A-Za-z0-9_.-]+", "_", endpoint).strip("_")[-40:] or "vm"
        return self.folder / f"{readable}-{digest}.jsonl"

    def append(self, endpoint: str, entries: Iterable[LogEntry]) -> None:
        """Append `entries` to the file of the VM at `endpoint`."""
        self.append_lines(endpoint, "".join(e.json_line() for e in entries))

    def append_lines(self, endpoint: str, lines: str) -> None:
        """Append JSON Lines made by LogEntry.json_line(), rotating the file first when
        they would take it past `max_bytes`. Creates the folder (0700) if missing."""
        if not lines:
            return
        data = lines.encode()
        path = self.path_for(endpoint)
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            size = 0
        if size and size + len(data) > self.max_bytes:
            self._rotate(path)
        with open(path, "ab") as handle:
            handle.write(data)

    def _rotate(self, path: Path) -> None:
        # x.jsonl -> x.jsonl.1 -> ... -> x.jsonl.<files - 1>; the oldest is deleted.
        oldest = path.with_name(f"{path.name}.{self.files - 1}")
        if self.files == 1:
            path.unlink(missing_ok=True)
            return
        oldest.unlink(missing_ok=True)
        for number in range(self.files - 2, 0, -1):
            older = path.with_name(f"{path.name}.{number}")
            if older.exists():
                older.rename(path.with_name(f"{path.name}.{number + 1}"))
        path.rename(path.with_name(f"{path.name}.1"))

    def load(self, limit: int) -> list[LogEntry]:
        """The newest `limit` entries of every VM together, oldest first (by time; an
        entry without one counts as the oldest). Lines that are no entry are skipped.

        Entries of files written before entries kept their endpoint get the endpoint of
        their file, where the file tells it (see _with_endpoint)."""
        entries: list[LogEntry] = []
        for log in sorted(self.folder.glob("*.jsonl")):
            found: list[LogEntry] = []
            for number in range(self.files - 1, -1, -1):  # oldest file first
                path = log if number == 0 else log.with_name(f"{log.name}.{number}")
                found += _read(path)
            entries += self._with_endpoint(log, found)
        entries.sort(key=lambda e: e.time if e.time is not None else 0.0)
        return entries[-limit:] if limit > 0 else []

    def _with_endpoint(self, log: Path, entries: list[LogEntry]) -> list[LogEntry]:
        """`entries` of the file `log`, those without an endpoint given the file's.

        A file is named after its endpoint by a digest, which cannot be read back; but
        its "connected" entries name the endpoint in their data, and a name whose file
        is `log` is the one."""
        if all(e.endpoint for e in entries):
            return entries
        named = _endpoints_named(entries)
        endpoint = next((n for n in sorted(named) if self.path_for(n) == log), "")
        if not endpoint:
            return entries
        return [e if e.endpoint else dataclasses.replace(e, endpoint=endpoint) for e in entries]

    def forget_demo_logs(self) -> list[Path]:
        """Delete the files of past demo VMs (`qmpgui --demo`, whose entries are no longer
        written), rotated ones too, and return them. Never raises: a file that cannot go
        stays.

        A demo VM's endpoint is `unix:<temporary folder>/qmpgui-demo-XXXXXXXX/qmp.sock`,
        new each run. A file is a demo VM's only when such an endpoint is the file's own
        (path_for): the one its name ends with, in this run's temporary folder, or one
        its entries name (a run with another TMPDIR)."""
        prefix, socket = re.escape(FOLDER_PREFIX), re.escape(SOCKET_NAME)
        named = re.compile(rf"{prefix}([a-z0-9_]{{8}})_{socket}-[0-9a-f]{{10}}\.jsonl$")
        demo = re.compile(rf"unix:/.*/{prefix}[a-z0-9_]{{8}}/{socket}")
        gone = []
        for log in sorted(self.folder.glob(f"*{FOLDER_PREFIX}*.jsonl")):
            match = named.search(log.name)
            if match is None:
                continue
            folder = Path(tempfile.gettempdir()) / f"{FOLDER_PREFIX}{match.group(1)}"
            endpoints = {f"unix:{folder / SOCKET_NAME}"}
            with contextlib.suppress(OSError):  # unreadable: the name alone decides
                endpoints |= _endpoints_named(_read(log))
            if not any(demo.fullmatch(e) and self.path_for(e) == log for e in endpoints):
                continue
            for number in range(self.files):
                path = log if number == 0 else log.with_name(f"{log.name}.{number}")
                try:
                    path.unlink()
                except OSError:  # not there (no rotation yet), or not ours to delete
                    continue
                gone.append(path)
        return gone


def _endpoints_named(entries: list[LogEntry]) -> set[str]:
    """The endpoints entries name: their own, and those "connected" entries give in data."""
    named = {e.endpoint for e in entries if e.endpoint}
    return named | {e.data["endpoint"] for e in entries if isinstance(e.data.get("endpoint"), str)}


def _read(path: Path) -> list[LogEntry]:
    try:
        text = path.read_text("utf-8", errors="replace")
    except FileNotFoundError:
        return []
    found = []
    for line in text.splitlines():
        try:
            entry = LogEntry.from_json(json.loads(line))
        except json.JSONDecodeError:
            continue
        if entry is not None:
            found.append(entry)
    return found
