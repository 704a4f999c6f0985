"""One line of the event log, and its summary in words. No Qt: the log file and
the headless runner use it too.

Kinds: a QMP event, a command the user gave (with its outcome), something
that happened to the connection (connected, lost, reconnecting, an error), or
a message of qmpgui itself (a file not saved; a screendump saved, which names its VM).

An entry of a VM carries the VM's endpoint: names change (QEMU's -name arrives once
connected, a user renames the VM), the endpoint is what keeps one VM's history together.
"""

from __future__ import annotations

import datetime
import json
import math
import time
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from qmpgui.i18n import translate
from qmpgui.qmp.outcome import command_words
from qmpgui.qmp.reader import one_line
from qmpgui.qmp.secrets import mask_arguments, mask_text
from qmpgui.qmp.types import Event


class Level(StrEnum):
    """How much a message or log entry matters: its prefix in the status bar ("Error: "),
    its colour, and the `level` of its JSON line. A StrEnum, so the files keep plain
    strings and read back the same."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @classmethod
    def parse(cls, text: str) -> Level:
        """The level named `text`; INFO for a name it does not know (a hand-edited file)."""
        try:
            return cls(text)
        except ValueError:
            return cls.INFO


class LogKind(StrEnum):
    """What a log entry records (its `kind` in the JSON line)."""

    EVENT = "event"
    COMMAND = "command"
    CONNECTION = "connection"
    APP = "app"


@dataclass(frozen=True, slots=True)
class LogEntry:
    """One entry of the event log; one JSON Lines record in its files.

    The summary is made one line (line breaks and control characters escaped) when the
    entry is made.
    """

    #: Wall-clock seconds since the epoch (QEMU's own timestamp for events); None when
    #: QEMU could not tell.
    time: float | None
    #: The VM's name as shown when the entry was made ("" for a message of qmpgui itself).
    vm: str
    kind: LogKind
    #: The event's or command's name, or the connection turn's ("connected", ...).
    name: str
    summary: str
    #: Details: an event's whole message, a command's `execute`, masked `arguments`,
    #: round trip `ms` (milliseconds) and `error` {class, desc}.
    data: dict[str, Any] = field(default_factory=dict)
    level: Level = Level.INFO
    #: The VM's endpoint text ("unix:/run/vm1.qmp"): what the log keys a VM's history by.
    #: "" for a message of qmpgui itself, and for an entry of an older file that had none.
    endpoint: str = ""

    @property
    def vm_key(self) -> str:
        """The VM this entry belongs to: its endpoint; its name for an entry of an older
        file without one; "" for qmpgui's own messages."""
        return self.endpoint or self.vm

    def __post_init__(self) -> None:
        # A summary is one line of the log, whatever a server's text held.
        object.__setattr__(self, "summary", one_line(self.summary))

    def to_json(self) -> dict[str, Any]:
        """The entry as a JSON object: time, vm, endpoint, kind, name, summary, level, data."""
        return {
            "time": self.time,
            "vm": self.vm,
            "endpoint": self.endpoint,
            "kind": str(self.kind),
            "name": self.name,
            "summary": self.summary,
            "level": self.level,
            "data": self.data,
        }

    def json_line(self) -> str:
        """The entry as one line of a JSON Lines file (the log's files and exports)."""
        return json.dumps(self.to_json(), ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, value: object) -> LogEntry | None:
        """An entry read back from a log file (a decoded JSON line); None for one that is
        not an entry. Never raises: a time that is not a finite number reads as None, an
        unknown level as INFO, a missing endpoint (files written before it was kept) as ""."""
        if not isinstance(value, dict):
            return None
        try:
            kind = LogKind(str(value.get("kind")))
        except ValueError:
            return None
        stamp = value.get("time")
        data = value.get("data")
        texts = [value.get(k) for k in ("vm", "name", "summary", "level")]
        if not all(isinstance(t, str) for t in texts):
            return None
        vm, name, summary, level = (str(t) for t in texts)
        number = isinstance(stamp, int | float) and not isinstance(stamp, bool)
        time = float(stamp) if number and math.isfinite(stamp) else None  # type: ignore[arg-type]
        data = data if isinstance(data, dict) else {}
        endpoint = value.get("endpoint")
        endpoint = endpoint if isinstance(endpoint, str) else ""
        return cls(time, vm, kind, name, summary, data, Level.parse(level), endpoint)


def format_time(stamp: float | None) -> str:
    """Local time with microseconds; "unknown" when QEMU sent -1."""
    if stamp is None:
        return "unknown"
    try:
        return datetime.datetime.fromtimestamp(stamp).strftime("%Y-%m-%d %H:%M:%S.%f")
    except (OverflowError, OSError, ValueError):  # a hand-edited log file: year 10000
        return "unknown"


def format_elapsed(seconds: float) -> str:
    """A round trip in words: "12.3 ms" below a second, else "1.25 s"."""
    return (
        translate("entry", "{v0:.1f} ms").format(v0=seconds * 1000)
        if seconds < 0.99995
        else f"{seconds:.2f} s"
    )


#: One encoder for every compact value: json.dumps with arguments builds a new one per call.
_COMPACT = json.JSONEncoder(separators=(",", ":"))


def _word(value: object) -> str:
    # One value of a summary's key=value pairs, as one word: JSON where a bare word would
    # be read wrongly.
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value if value and " " not in value else json.dumps(value)
    if type(value) is int:  # the usual case, and what JSON would write
        return str(value)
    return _COMPACT.encode(value)


#: Events whose summary reads better than key=value pairs.
_SPECIAL = {
    "DEVICE_TRAY_MOVED": lambda d: (
        f"{d.get('id') or d.get('device') or '?'} {'open' if d.get('tray-open') else 'closed'}"
    ),
    "BALLOON_CHANGE": lambda d: f"actual={d.get('actual')}",
    "BLOCK_IO_ERROR": lambda d: (
        f"{d.get('device') or d.get('node-name') or '?'} "
        f"{d.get('operation', '?')} {d.get('action', '?')}: {d.get('reason', '')}".rstrip(": ")
    ),
}


def summarise_event(event: Event) -> str:
    """`SHUTDOWN guest=true reason=guest-shutdown`, `DEVICE_TRAY_MOVED cd0 open`.

    The event's name and its data as key=value pairs; DEVICE_TRAY_MOVED, BALLOON_CHANGE
    and BLOCK_IO_ERROR in their own words (their data as qmp-protocol.md, section 3,
    lists it). One line whatever the server sent: line breaks and control characters are
    escaped. Never raises."""
    data = dict(event.data)
    special = _SPECIAL.get(event.name)
    if special is not None:
        try:
            return one_line(f"{event.name} {special(data)}")
        except (TypeError, ValueError):
            pass
    pairs = " ".join(f"{key}={_word(value)}" for key, value in data.items())
    return one_line(f"{event.name} {pairs}".rstrip())


#: Events worth a desktop notification.
ALARMING_EVENTS = frozenset({"GUEST_PANICKED", "BLOCK_IO_ERROR", "WATCHDOG"})


def event_entry(vm: str, event: Event, endpoint: str = "") -> LogEntry:
    """The log entry of `event` from the VM named `vm` at `endpoint`, at QEMU's timestamp.

    ERROR for ALARMING_EVENTS, INFO otherwise; `data` is the whole event message.
    """
    level = Level.ERROR if event.name in ALARMING_EVENTS else Level.INFO
    return LogEntry(
        event.timestamp,
        vm,
        LogKind.EVENT,
        one_line(event.name),
        summarise_event(event),
        dict(event.raw),
        level,
        endpoint,
    )


def command_entry(
    vm: str,
    label: str,
    command: str,
    arguments: dict[str, Any] | None,
    elapsed_s: float,
    *,
    error: str | None = None,
    error_class: str | None = None,
    note: str = "",
    endpoint: str = "",
) -> LogEntry:
    """A command the user gave to the VM named `vm` at `endpoint` and how it ended;
    passwords are masked.

    `label` is the action's name when it differs from the command ("Pause" for `stop`);
    `elapsed_s` is the round trip in seconds; `error` and `error_class` are QEMU's
    `desc` and `class` (or the failure's sentence and kind) when it failed; `note` is
    added to a success. Timestamped now.
    """
    data: dict[str, Any] = {"execute": command}
    masked = mask_arguments(command, arguments) if arguments else None
    if masked:
        data["arguments"] = masked
    data["ms"] = round(elapsed_s * 1000, 3)
    words = command_words(command, masked, label)
    if error is not None:
        error = mask_text(command, arguments, error)
        data["error"] = {"class": error_class or "", "desc": error}
        return LogEntry(
            time.time(),
            vm,
            LogKind.COMMAND,
            one_line(command),
            translate("entry", "{words} failed: {error}").format(words=words, error=error),
            data,
            Level.ERROR,
            endpoint,
        )
    done = translate("entry", "{words} ok ({v1})").format(
        words=words, v1=format_elapsed(elapsed_s)
    ) + (f"; {note}" if note else "")
    return LogEntry(
        time.time(), vm, LogKind.COMMAND, one_line(command), done, data, Level.INFO, endpoint
    )
