"""The trace events pane's work on a VM: the events matching a pattern and their state
(`trace-event-get-state`), events switched on or off (`trace-event-set-state`: one, a
pattern, or a set of names), and where QEMU writes the trace.

Nothing polls: the pane asks when it shows a VM, on Refresh and after a change, so a
change made by another client shows at the next refresh.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from dataclasses import dataclass

from qmpgui.i18n import marked, translate
from qmpgui.log.entry import Level
from qmpgui.qmp import QmpFailure
from qmpgui.qmp.hmp import HMP_COMMAND
from qmpgui.qmp.trace import (
    GET_STATE,
    SET_STATE,
    TraceEvent,
    TraceSetup,
    libvirt_log,
    parse_states,
    set_arguments,
    trace_setup,
    where_words,
)
from qmpgui.qmp.unix_peers import process
from qmpgui.session.control import Outcome, perform
from qmpgui.session.vm_session import VmSession

ENABLE_LABEL = marked("trace", "Enable trace events")
DISABLE_LABEL = marked("trace", "Disable trace events")


async def get_states(session: VmSession, pattern: str) -> list[TraceEvent]:
    """The events matching `pattern` ("*" for all) with their state, sorted by name.

    Raises QmpFailure (CommandFailed "unknown event" when nothing matches a name
    without wildcards, NotConnected, CommandTimeout, ConnectionLost)."""
    return parse_states(await session.execute(GET_STATE, {"name": pattern}))


async def set_state(session: VmSession, name: str, enable: bool) -> Outcome:
    """Switch event or pattern `name` on (`enable`) or off. Said and logged as
    perform() does; never raises a QmpFailure."""
    label = translate("trace", ENABLE_LABEL) if enable else translate("trace", DISABLE_LABEL)
    return await perform(session, label, SET_STATE, set_arguments(name, enable))


@dataclass(frozen=True, slots=True)
class SetResult:
    """How switching a set of events ended: how many worked and the first failure."""

    done: int
    failed: Outcome | None


async def set_states(session: VmSession, names: Iterable[str], enable: bool) -> SetResult:
    """Switch each event of `names` on or off, one command each, stopping at the first
    failure (logged as perform() does, the failure said). Never raises a QmpFailure."""
    label = translate("trace", ENABLE_LABEL) if enable else translate("trace", DISABLE_LABEL)
    done = 0
    for name in names:
        outcome = await perform(
            session, label, SET_STATE, set_arguments(name, enable), report=False
        )
        if not outcome.ok:
            session.message.emit(Level.ERROR, outcome.text)
            return SetResult(done, outcome)
        done += 1
    return SetResult(done, None)


async def where(session: VmSession) -> str:
    """Where QEMU writes the trace, in words: its command line's -trace and -D options
    (read from /proc in a worker thread when the monitor is a local socket) and what
    HMP `trace-file` says (only the simple backend has it). Never raises a QmpFailure:
    what cannot be read is said so."""
    conn = session.connection
    setup: TraceSetup | None = None
    why = ""
    stderr_log: str | None = None
    pid = conn.peer_pid if conn is not None else None
    if session.domain is not None:
        stderr_log = libvirt_log(session.domain.uri, session.domain.name)
        why = translate("trace", "a libvirt domain: virsh dumpxml shows its <qemu:commandline>")
    elif pid is None:
        why = translate(
            "trace", "the monitor is not a local socket, so QEMU's process is not visible here"
        )
    else:
        found = await asyncio.to_thread(process, pid)
        if found is None or not found.argv:
            why = translate(
                "trace", "/proc/{pid}/cmdline is not readable (another user's QEMU)"
            ).format(pid=pid)
        else:
            setup = trace_setup(found.argv)
    status: str | None = None
    try:
        said = await session.execute(HMP_COMMAND, {"command-line": "trace-file"})
    except QmpFailure:
        said = None
    if isinstance(said, str) and said.strip() and "unknown command" not in said:
        status = said
    return where_words(setup, status, why, stderr_log)
