"""The console's command history, one per mode (QMP, HMP), kept across runs.

Entries are stored as typed, except that passwords are masked before an entry
is kept (qmpgui.qmp.secrets): a secret never reaches the history in memory or
on disk. Both modes share one file,
`$XDG_STATE_HOME/qmpgui/history.json` (default `~/.local/state/qmpgui/history.json`):
`{"version": 1, "qmp": [...], "hmp": [...]}`, oldest entry first.

History is plain data for the UI thread; HistoryFile blocks on disk: run its
load and save in a worker thread, handing save a snapshot (`History.entries`).
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, get_args

from qmpgui.i18n import translate
from qmpgui.qmp.secrets import has_secret, mask_arguments, mask_hmp
from qmpgui.qmp.shorthand import InputError, parse_input, to_shorthand
from qmpgui.store.config import xdg_folder
from qmpgui.store.files import set_aside, write_atomic

#: The console's two modes, each with its own history.
Mode = Literal["qmp", "hmp"]
MODES: tuple[Mode, ...] = get_args(Mode)
#: Entries kept per mode.
DEFAULT_LIMIT = 1000
#: The file's `version`.
FILE_VERSION = 1


def default_history_path() -> Path:
    """`$XDG_STATE_HOME/qmpgui/history.json` (default `~/.local/state/qmpgui/history.json`)."""
    return xdg_folder("XDG_STATE_HOME", ".local", "state") / "history.json"


def mask_entry(text: str, mode: Mode) -> str:
    """`text` with its passwords masked, otherwise as typed; never raises.

    A QMP entry with a secret is rewritten in its own form (shorthand, or JSON on one
    line or indented as typed); HMP lines are masked one by one (qmp.secrets).
    """
    if mode == "hmp":
        parts = re.split(r"(\r?\n)", text)  # line breaks kept as typed, between the lines
        return "".join(part if i % 2 else mask_hmp(part) for i, part in enumerate(parts))
    try:
        request = parse_input(text)
    except InputError:
        return text  # nothing was sent, so there is nothing to recognise a secret by
    if not has_secret(request.command, request.arguments):
        return text
    masked = mask_arguments(request.command, request.arguments)
    if not text.lstrip().startswith("{"):
        return to_shorthand(request.command, masked)
    message = dataclasses.replace(request, arguments=masked).message()
    return json.dumps(message, indent=2 if "\n" in text.strip() else None, ensure_ascii=False)


class History:
    """One mode's entries, oldest first, with shell-like Up/Down and Ctrl+R."""

    def __init__(self, limit: int = DEFAULT_LIMIT) -> None:
        self._entries: deque[str] = deque(maxlen=max(1, limit))
        #: Index of the entry shown by Up/Down; None when not browsing.
        self._cursor: int | None = None
        #: What was in the input when browsing began, given back past the newest entry.
        self._draft = ""

    @property
    def limit(self) -> int:
        """The most entries kept; older ones are dropped as new ones come."""
        return self._entries.maxlen or 0

    @property
    def entries(self) -> tuple[str, ...]:
        """A snapshot, oldest first (what HistoryFile.save takes)."""
        return tuple(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def add(self, text: str, mode: Mode) -> bool:
        """Remember a sent command; False when it is blank or repeats the newest entry."""
        self.reset_cursor()
        if not text.strip():
            return False
        text = mask_entry(text, mode)
        if self._entries and self._entries[-1] == text:
            return False
        self._entries.append(text)  # the deque drops the oldest past the limit
        return True

    def previous(self, current_text: str) -> str | None:
        """The next older entry (Up); None when there is none. The first call keeps
        `current_text` as the draft that next() gives back."""
        if self._cursor is None:
            if not self._entries:
                return None
            self._cursor, self._draft = len(self._entries), current_text
        if self._cursor == 0:
            return None
        self._cursor -= 1
        return self._entries[self._cursor]

    def next(self) -> str | None:
        """The next newer entry (Down); past the newest, the draft, and browsing ends.
        None when not browsing: the input stays as it is."""
        if self._cursor is None:
            return None
        self._cursor += 1
        if self._cursor < len(self._entries):
            return self._entries[self._cursor]
        draft = self._draft
        self.reset_cursor()
        return draft

    def reset_cursor(self) -> None:
        """Stop browsing: the next previous() starts again at the newest entry."""
        self._cursor, self._draft = None, ""

    def search(self, query: str, before: int | None = None) -> tuple[int, str] | None:
        """The newest entry containing `query` (any case), older than index `before`
        when given: pass the last match's index to find the one before it."""
        if not query:
            return None
        needle = query.casefold()
        start = len(self._entries) if before is None else min(before, len(self._entries))
        for index in range(start - 1, -1, -1):
            if needle in self._entries[index].casefold():
                return index, self._entries[index]
        return None


@dataclass
class HistoryLoad:
    """What HistoryFile.load() found: a History per mode, and what went wrong."""

    histories: dict[Mode, History]
    #: A sentence for the user when the file could not be used; None when all went well.
    problem: str | None = None
    #: Entries left out because they were not text.
    skipped: int = 0


class HistoryFile:
    """The history file. Every call blocks on disk: run it in a worker thread."""

    def __init__(self, path: Path | None = None, limit: int = DEFAULT_LIMIT) -> None:
        self.path = path or default_history_path()
        self.limit = max(1, limit)
        #: False once the file could neither be read nor moved aside: saving would destroy it.
        self.writable = True

    def load(self) -> HistoryLoad:
        """Both modes' histories, newest `limit` entries each, masked again (an older
        version may have written a secret). A missing file is an empty history; one
        that is not a history file is moved aside and reported, never overwritten."""
        empty = HistoryLoad({mode: History(self.limit) for mode in MODES})
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return empty
        except UnicodeDecodeError as err:
            return self._set_aside(
                empty,
                translate("HistoryFile", "not UTF-8 text ({reason})").format(reason=err.reason),
            )
        except OSError as err:
            self.writable = False
            empty.problem = translate(
                "HistoryFile",
                "cannot read the command history {path}: {v1}; commands from this run will not be saved",
            ).format(path=self.path, v1=err.strerror or err)
            return empty
        try:
            data = json.loads(text)
        except json.JSONDecodeError as err:
            return self._set_aside(
                empty,
                translate("HistoryFile", "line {lineno} column {colno}: {msg}").format(
                    lineno=err.lineno, colno=err.colno, msg=err.msg
                ),
            )
        lists = _entry_lists(data)
        if lists is None:
            return self._set_aside(empty, translate("HistoryFile", "not a history file"))
        result = HistoryLoad({})
        for mode in MODES:
            history = History(self.limit)
            for entry in lists[mode][-self.limit :]:
                if isinstance(entry, str):
                    history.add(entry, mode)
                else:
                    result.skipped += 1
            result.histories[mode] = history
        if result.skipped:
            result.problem = translate(
                "HistoryFile",
                "{skipped} entries of the command history {path} were not text and were left out",
            ).format(skipped=result.skipped, path=self.path)
        return result

    def save(self, entries: Mapping[Mode, Sequence[str]]) -> bool:
        """Write atomically (mode 0600); False when skipped because an unreadable file
        is in the way. On a failure the old file is left as it was and OSError raised."""
        if not self.writable:
            return False
        data: dict[str, Any] = {"version": FILE_VERSION}
        for mode in MODES:
            kept = [mask_entry(text, mode) for text in entries.get(mode, ())]
            data[mode] = kept[-self.limit :]
        # Commands can name paths and hosts: the file is private (0600), as write_atomic makes it.
        write_atomic(self.path, (json.dumps(data, indent=1, ensure_ascii=False) + "\n").encode())
        return True

    def _set_aside(self, empty: HistoryLoad, what: str) -> HistoryLoad:
        try:
            aside = set_aside(self.path, "corrupt")
        except OSError as err:
            self.writable = False
            empty.problem = translate(
                "HistoryFile",
                "the command history {path} is unreadable ({what}) and could not be moved aside ({v2}); commands from this run will not be saved",
            ).format(path=self.path, what=what, v2=err.strerror or err)
            return empty
        empty.problem = translate(
            "HistoryFile",
            "the command history {path} was unreadable ({what}); it was kept as {name} and the history starts empty",
        ).format(path=self.path, what=what, name=aside.name)
        return empty


def _entry_lists(data: Any) -> dict[Mode, list[Any]] | None:
    """The entry lists of a decoded file; None when it is not a history file."""
    if not isinstance(data, dict):
        return None
    lists: dict[Mode, list[Any]] = {}
    for mode in MODES:
        value = data.get(mode, [])
        if not isinstance(value, list):
            return None
        lists[mode] = value
    return lists
