"""QEMU's trace events: `trace-event-get-state` read, the arguments of
`trace-event-set-state`, and where QEMU writes the trace, from its command line.

Names are QEMU's trace event names ("qmp_enter_query_status"); a pattern has `*` or `?`
wildcards, as `-trace enable=...` takes them. Which backend QEMU was built with is
not in QMP: a "simple" backend has HMP's `trace-file` command (it writes a binary trace
file, `trace-PID` by default); the "log" backend, which Debian's and most distributions'
builds use, writes the enabled events as lines to QEMU's log: stderr, the `-D` file, or
the last `-trace`'s `file=`, which names the log file and wins over `-D` (QEMU's
trace/control.c: every `-trace` sets the file afresh, and trace_init_file() makes it the
log's file name after `-D` was read; seen on QEMU 7.2).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from qmpgui.i18n import PLURAL, translate
from qmpgui.qmp.qemu_argv import parse_opts

GET_STATE = "trace-event-get-state"
SET_STATE = "trace-event-set-state"
#: Setting more events than this at once asks first: every enabled event slows QEMU.
ASK_ABOVE = 50
ENABLED = "enabled"
#: The state of an event compiled out of this build ("disabled" at build time in
#: trace-events; QEMU's refusals call it "disabled" too).
UNAVAILABLE = "unavailable"
#: QEMU's refusal of a name or pattern that covers an unavailable event (QEMU 7.2's
#: qmp_trace_event_set_state: the whole command is refused, nothing is changed).
_UNAVAILABLE_REFUSAL = re.compile(r'event "([^"]+)" is disabled')


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

    @property
    def available(self) -> bool:
        """Whether this build of QEMU has it (not compiled out)."""
        return self.state != UNAVAILABLE


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


def unavailable_named(error: str) -> str | None:
    """The event QEMU names in `error` when it refused a name or pattern for covering
    an event this build does not have ('event "qxl_interface_set_mm_time" is
    disabled'); None for any other error."""
    found = _UNAVAILABLE_REFUSAL.search(error)
    return found.group(1) if found else None


def refusal_words(error: str, name: str) -> str | None:
    """`error` (QEMU's refusal of `trace-event-set-state` for event or pattern `name`)
    in words when it is the refusal of an unavailable event: that nothing changed,
    why, and what works instead; None for any other error."""
    event = unavailable_named(error)
    if event is None:
        return None
    whole = (
        translate("trace", "the whole pattern {name}").format(name=name)
        if has_wildcards(name)
        else name
    )
    return translate(
        "trace",
        'Nothing changed: {event} is not available in this build of QEMU (compiled out; QEMU says "disabled"), and QEMU refuses {whole} for it. Refresh, then choose Checked events without it, or Every event matching the search: the available ones are then sent by name.',
    ).format(event=event, whole=whole)


def left_out_words(skipped: Sequence[str]) -> str:
    """What was left out of a switch for not being in this build of QEMU, in words
    ("" when nothing was)."""
    if not skipped:
        return ""
    shown = ", ".join(skipped[:3]) + (
        translate("trace", " and {v0} more").format(v0=len(skipped) - 3) if len(skipped) > 3 else ""
    )
    return translate(
        "trace",
        "{shown} (is|are) not available in this build of QEMU (compiled out) and left out: QEMU refuses a whole pattern that covers one, so the available events were sent by name",
        None,
        PLURAL,
        len(skipped),
    ).format(shown=shown)


@dataclass
class TraceSetup:
    """What QEMU's command line says about tracing: each `-trace` argument as written,
    the trace file the last one names (`file=`; None when the last `-trace` has none,
    as QEMU reads it), the events files (`events=`), the patterns it enables, `-D`'s log
    file and `-d`'s items."""

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
            # Each -trace sets QEMU's trace file afresh, to nothing when it has no file=.
            setup.file = opts.get("file")
        elif name == "D":
            setup.logfile = value
        elif name == "d":
            setup.log_items = value
    return setup


#: Where libvirt writes a domain's QEMU stderr, by the daemon its URI reaches
#: (libvirt's qemu.conf `stdio_handler`, virtlogd's files; the session daemon's
#: under the user's ~/.cache).
LIBVIRT_LOGS = {
    "system": "/var/log/libvirt/qemu/{name}.log",
    "session": "~/.cache/libvirt/qemu/log/{name}.log",
}


def libvirt_log(uri: str, name: str) -> str:
    """The file where libvirt writes domain `name`'s QEMU stderr, for connection `uri`
    ("qemu:///system", "qemu+ssh://host/system", "qemu:///session"), on the domain's
    host. Never raises."""
    kind = "session" if uri.split("?", 1)[0].rstrip("/").endswith("session") else "system"
    return LIBVIRT_LOGS[kind].format(name=name)


def log_target(setup: TraceSetup) -> str:
    """Where the "log" backend writes for command line `setup`, in words: the last
    `-trace`'s file= (which wins over -D), else -D's file, else QEMU's stderr."""
    if setup.file:
        if setup.logfile and setup.logfile != setup.file:
            return translate(
                "trace", "{file} (-trace file= names QEMU's log file, so it wins over -D {logfile})"
            ).format(file=setup.file, logfile=setup.logfile)
        return translate("trace", "{file} (-trace file= names QEMU's log file)").format(
            file=setup.file
        )
    if setup.logfile:
        return translate("trace", "the -D log file {logfile}").format(logfile=setup.logfile)
    return translate("trace", "QEMU's stderr")


def where_words(
    setup: TraceSetup | None,
    trace_file: str | None,
    why_no_argv: str = "",
    stderr_log: str | None = None,
) -> str:
    """Where the trace goes, in words, from the command line's `setup` (None when it
    cannot be read: `why_no_argv` says why) and HMP `trace-file`'s answer (`trace_file`:
    its status line, or None when QEMU has no such command: not the simple backend).
    `stderr_log` is the file QEMU's stderr goes to when a manager keeps it (libvirt's
    log of the domain), None for a QEMU whose stderr qmpgui cannot know."""
    parts: list[str] = []
    log_intro = translate(
        "trace",
        'QEMU has no trace-file command, so its backend is not "simple": with the "log" backend (Debian\'s and most builds) enabled events are written as lines to ',
    )
    if trace_file is not None:
        parts.append(
            translate(
                "trace", 'Backend "simple": {v0} (binary: read it with QEMU\'s simpletrace.py)'
            ).format(v0=trace_file.strip())
        )
    elif setup is not None:
        parts.append(log_intro + log_target(setup))
    elif stderr_log is not None:
        parts.append(
            log_intro
            + translate(
                "trace",
                "QEMU's stderr, which libvirt writes to {stderr_log} on the domain's host (or the file its <qemu:commandline> gives with -D or -trace file=)",
            ).format(stderr_log=stderr_log)
        )
    else:
        parts.append(
            log_intro
            + translate("trace", "QEMU's stderr, or the file its -D or -trace file= option names")
        )
    if setup is None:
        parts.append(
            translate("trace", "QEMU's command line: {v0}").format(
                v0=why_no_argv or translate("trace", "not readable from here")
            )
        )
    elif setup.options:
        parts.append("-trace " + ", -trace ".join(setup.options))
    else:
        parts.append(translate("trace", "No -trace option on QEMU's command line"))
    return ". ".join(parts) + "."
