"""How a command ended, read from QEMU's reply or from its absence.

The rules every place that shows an outcome shares (the console, both batch
runners, the actions): an error reply fails; HMP output that reports a
failure fails too, though QEMU sends it as a successful reply; and `quit`
answered by the monitor closing is done. The words the event log says it in
are made here too (command_words(), failure_words()), so that a command reads
the same wherever it was sent from.
"""

from __future__ import annotations

from collections.abc import Mapping

from qmpgui.i18n import marked, translate
from qmpgui.qmp.errors import ConnectionLost, QmpFailure
from qmpgui.qmp.hmp import HMP_COMMAND, command_line, output_error

#: The error class given to HMP output that reports a failure (QEMU's reply has none).
HMP_ERROR_CLASS = "HmpError"
#: Said of a `quit` whose answer was the monitor closing.
QUIT_NOTE = marked("outcome", "QEMU closed the monitor: it quit")


def quits(command: str, arguments: Mapping[str, object] | None = None) -> bool:
    """Whether the command ends QEMU: `quit`, or HMP's `quit` / `q` through
    human-monitor-command. QEMU may close the monitor before it replies to one."""
    if command == "quit":
        return True
    line = command_line(command, arguments)
    return line is not None and line.split()[:1] in (["q"], ["quit"])


def closed_after_sending(failure: QmpFailure) -> bool:
    """Whether `failure` is the monitor closing after the command went out: the answer of
    a QEMU that exits on it (a command not sent is no answer)."""
    return isinstance(failure, ConnectionLost) and failure.cut_off


def closed_by_quit(
    command: str, arguments: Mapping[str, object] | None, failure: QmpFailure
) -> bool:
    """Whether `failure` is QEMU's way of answering a command that ends it (quits()): the
    monitor closed after the command went out."""
    return quits(command, arguments) and closed_after_sending(failure)


def hmp_failure(command: str, value: object) -> str | None:
    """For a human-monitor-command, the failure its output `value` (the reply's `return`)
    reports, in QEMU's words (hmp.output_error); None for any other command or output."""
    if command != HMP_COMMAND or not isinstance(value, str):
        return None
    return output_error(value)


def reply_failure(command: str, reply: Mapping[str, object]) -> tuple[str, str] | None:
    """(error class, description) when QEMU's whole reply `reply` (`{"return": ...}` or
    `{"error": {"class", "desc"}}`) says `command` failed: an error reply, or HMP output
    that reports a failure (class HMP_ERROR_CLASS). None when it worked. Never raises."""
    error = reply.get("error")
    if isinstance(error, Mapping):
        return str(error.get("class", "GenericError")), str(error.get("desc", ""))
    if "error" in reply:
        return "GenericError", str(error)
    hmp = hmp_failure(command, reply.get("return"))
    return (HMP_ERROR_CLASS, hmp) if hmp is not None else None


def command_words(command: str, arguments: Mapping[str, object] | None, label: str = "") -> str:
    """How the event log names a command: "Pause (stop)" for an action's `label`, "HMP
    info status (human-monitor-command)" for an HMP line (give `arguments` with their
    passwords masked), else the command ("query-status")."""
    line = command_line(command, arguments)
    if not label and line is not None:
        label = translate("outcome", "HMP {line}").format(line=line)
    return f"{label} ({command})" if label and label != command else command


def failure_words(error_class: str | None, desc: str) -> str:
    """Why a command failed, as the event log, the status bar and the summaries say it:
    QEMU's error class and its description ("HmpError: unknown command: 'info blah'",
    "GenericError: ..."), or our own sentence alone when no reply came (`error_class`
    None: a timeout, a lost connection)."""
    return f"{error_class}: {desc}" if error_class else desc
