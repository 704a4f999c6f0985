"""QEMU's trace events: `trace-event-get-state` read, the arguments of
`trace-event-set-state`, and where QEMU writes the trace, from its command line.

Names are QEMU's trace event names ("qmp_enter_query_status"); a pattern has `*` or `?`
wildcards, as `-trace enable=...` takes them. Which backend QEMU was built with is
not in QMP: a "simple" backend has HMP's `trace-file` command (it writes a binary trace
file, `trace-PID` by default); the "log" backend, which Debian's and most distributions'
builds use, writes the enabled events as lines to QEMU's stderr, or to the `-D` file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from qmpgui.qmp.qemu_argv import parse_opts

GET_STATE = "trace-event-get-state"
SET_STATE = "trace-event-set-state"
#: Setting more events than this at once asks first: every enabled event slows QEMU.
ASK_ABOVE = 50
ENABLED = "enabled"


@dataclass(frozen=True, slots=True)
class TraceEvent:
    """One trace event: its `name`, `state` ("enabled", "disabled" or "unavailable":
    compiled out) and whether it is per vCPU (`vcpu`)."""

    name: str
    state: str
    vcpu: bool = False

    @property
    def enabled(self) -> bool:
        """Whether QEMU traces it now."""
        return self.state == ENABLED


def parse_states(reply: object) -> list[TraceEvent]:
    """The events in a `trace-event-get-state` reply (a list of {"name", "state",
    "vcpu"}), sorted by name; malformed entries are left out. Never raises."""
    found: list[TraceEvent] = []
    for item in reply if isinstance(reply, list) else ():
        if not isinstance(item, dict):
            continue
        name, state = item.get("name"), item.get("state")
        if isinstance(name, str) and isinstance(state, str):
            found.append(TraceEvent(name, state, item.get("vcpu") is True))
    return sorted(found, key=lambda event: event.name)


def has_wildcards(text: str) -> bool:
    """Whether `text` is a pattern QEMU expands (`*` or `?` in it)."""
    return "*" in text or "?" in text


def pattern_of(text: str) -> str:
    """The pattern to send for search text `text`: itself when it has wildcards, the
    events whose names contain it ("*text*") otherwise, every event ("*") when empty."""
    text = text.strip()
    if not text:
        return "*"
    return text if has_wildcards(text) else f"*{text}*"


def set_arguments(name: str, enable: bool) -> dict[str, object]:
    """The arguments of `trace-event-set-state` for event or pattern `name`."""
    return {"name": name, "enable": enable}


@dataclass
class TraceSetup:
    """What QEMU's command line says about tracing: each `-trace` argument as written,
    the trace file it names (`file=`), the events files (`events=`), the patterns it
    enables, `-D`'s log file and `-d`'s items."""

    options: list[str] = field(default_factory=list)
    file: str | None = None
    events_files: list[str] = field(default_factory=list)
    enabled: list[str] = field(default_factory=list)
    logfile: str | None = None
    log_items: str | None = None


def trace_setup(argv: Sequence[str]) -> TraceSetup:
    """The tracing options of QEMU command line `argv` (as /proc/PID/cmdline gives it).
    `-trace PATTERN` enables PATTERN (QEMU's implied key); `--trace` is the same option.
    Never raises."""
    setup = TraceSetup()
    words = list(argv)
    for number, word in enumerate(words[:-1]):
        name = word.lstrip("-") if word.startswith("-") else ""
        value = words[number + 1]
        if name == "trace":
            setup.options.append(value)
            opts = parse_opts(value, "enable")
            if "enable" in opts:
                setup.enabled.append(opts["enable"])
            if "events" in opts:
                setup.events_files.append(opts["events"])
            if "file" in opts:
                setup.file = opts["file"]
        elif name == "D":
            setup.logfile = value
        elif name == "d":
            setup.log_items = value
    return setup


def where_words(setup: TraceSetup | None, trace_file: str | None, why_no_argv: str = "") -> str:
    """Where the trace goes, in words, from the command line's `setup` (None when it
    cannot be read: `why_no_argv` says why) and HMP `trace-file`'s answer (`trace_file`:
    its status line, or None when QEMU has no such command: not the simple backend)."""
    parts: list[str] = []
    if trace_file is not None:
        parts.append(
            f'Backend "simple": {trace_file.strip()} (binary: read it with QEMU\'s simpletrace.py)'
        )
    else:
        target = "QEMU's stderr"
        if setup is not None and setup.logfile:
            target = f"the -D log file {setup.logfile}"
        parts.append(
            'QEMU has no trace-file command, so its backend is not "simple": with the "log" '
            f"backend (Debian's and most builds) enabled events are written as lines to {target}"
        )
    if setup is None:
        parts.append(f"QEMU's command line: {why_no_argv or 'not readable from here'}")
    elif setup.options:
        parts.append("-trace " + ", -trace ".join(setup.options))
        if setup.file and trace_file is None:
            parts.append(f"file={setup.file} is used by the simple backend only")
    else:
        parts.append("No -trace option on QEMU's command line")
    return ". ".join(parts) + "."
