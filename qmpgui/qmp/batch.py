"""Scripts of QMP commands, run once or N times: the console's batch runner and qmpgui-batch.

A script has one command per line, as JSON or qmp-shell shorthand, or an HMP
command line after `hmp ` (every line is HMP in an HMP script); a `transaction(`
block spans the lines up to its `)`, one action per line (qmp.transaction); `#`
starts a comment line; `sleep SECONDS` pauses. Each command goes out as written
(`exec-oob`, the user's `id`) and its outcome is a StepResult with its round
trip, judged by the rules of qmp.outcome; the summary counts them and gives
min/median/max times.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from qmpgui.i18n import translate
from qmpgui.qmp.errors import (
    ConnectionLost,
    InvalidRequest,
    NotConnected,
    QmpFailure,
    oob_unavailable,
)
from qmpgui.qmp.hmp import HMP_COMMAND, command_line
from qmpgui.qmp.outcome import QUIT_NOTE, closed_by_quit, failure_words, quits, reply_failure
from qmpgui.qmp.secrets import mask_arguments, mask_hmp, mask_return, mask_text, resends_mask
from qmpgui.qmp.shorthand import InputError, Request, parse_input
from qmpgui.qmp.transaction import closes_transaction, opens_transaction

#: Sends one command object as written and returns QEMU's whole reply (`{"return": ...}`
#: or `{"error": {"class", "desc"}}`, with the user's `id`), raising QmpFailure when none
#: came: QmpConnection.exchange, or session.console.send_message for a VM's session.
Exchange = Callable[[dict[str, Any]], Awaitable[dict[str, Any]]]


@dataclass(frozen=True, slots=True)
class Step:
    """One script line to run: a command (`request`), or a pause (`request` None)."""

    line: int  # 1-based line of the script
    request: Request | None = None
    #: Seconds to pause (a `sleep` line), 0 to 3600.
    sleep_s: float = 0.0


class ScriptError(ValueError):
    """A script line that cannot be run; the message names the line."""


def parse_script(text: str, *, hmp: bool = False) -> list[Step]:
    """The steps of a script, every line checked before anything is sent.

    Blank lines and `#` comments are skipped. A line `hmp LINE` runs HMP command line
    LINE (as human-monitor-command); with `hmp`, every command line is HMP. Raises
    ScriptError, naming the line (and column), for a line that does not parse
    (qmp.shorthand.parse_input), an `hmp` without a command line, a `sleep` outside 0
    to 3600 seconds, or a script without a command.
    """
    steps: list[Step] = []
    for number, raw in _script_lines(text, hmp=hmp):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        word, *more = line.split(maxsplit=1)
        rest = more[0] if more else ""
        if word == "sleep":
            try:
                seconds = float(rest)
            except ValueError:
                raise ScriptError(f"line {number}: sleep takes seconds, not {rest!r}") from None
            if not 0 <= seconds <= 3600:
                raise ScriptError(
                    translate("batch", "line {number}: sleep between 0 and 3600 seconds").format(
                        number=number
                    )
                )
            steps.append(Step(number, sleep_s=seconds))
            continue
        if hmp or word == "hmp":
            hmp_line = line if hmp else rest
            if not hmp_line:
                raise ScriptError(
                    translate(
                        "batch", "line {number}: hmp needs a command line, such as hmp info status"
                    ).format(number=number)
                )
            steps.append(Step(number, Request(HMP_COMMAND, {"command-line": hmp_line})))
            continue
        try:
            steps.append(Step(number, parse_input(raw)))  # as typed: columns count indentation
        except InputError as err:
            column = (
                translate("batch", ", column {column}").format(column=err.column)
                if err.column
                else ""
            )
            where = number + max(err.line, 1) - 1  # a transaction block spans lines
            raise ScriptError(
                translate("batch", "line {where}{column}: {message}").format(
                    where=where, column=column, message=err.message
                )
            ) from None
    if not any(step.request for step in steps):
        raise ScriptError(translate("batch", "the script has no command"))
    return steps


def _script_lines(text: str, *, hmp: bool) -> list[tuple[int, str]]:
    """The script's lines with their 1-based numbers, a transaction block (from its
    `transaction(` line to the line its `)` ends) joined into one text that keeps its
    line breaks; comment lines inside a block are blanked, so that its line numbers
    stay. An HMP script has no blocks."""
    lines = text.splitlines()
    found: list[tuple[int, str]] = []
    at = 0
    while at < len(lines):
        if hmp or not opens_transaction(lines[at]):
            found.append((at + 1, lines[at]))
            at += 1
            continue
        end = at
        while not closes_transaction(lines[end]) and end + 1 < len(lines):
            end += 1
        inside = ["" if line.lstrip().startswith("#") else line for line in lines[at + 1 : end + 1]]
        found.append((at + 1, "\n".join([lines[at], *inside])))
        at = end + 1
    return found


def check_oob(steps: list[Step], oob: bool) -> None:
    """Before anything is sent: raises ScriptError naming the first `exec-oob` line when
    the server does not offer out-of-band execution (`oob` False; QmpConnection.oob)."""
    if oob:
        return
    for step in steps:
        if step.request is not None and step.request.oob:
            raise ScriptError(
                translate("batch", "line {line}: {v1}").format(
                    line=step.line, v1=oob_unavailable(step.request.command)
                )
            )


@dataclass(frozen=True, slots=True)
class StepResult:
    """How one command of one run ended.

    `reply` is its `return` value (None when no reply came). On failure `error` is
    QEMU's `desc` for an error reply, the failure HMP output reports, or else the
    failure's sentence, and `error_class` the QMP error class, "HmpError", or the name
    of the QmpFailure subclass ("ConnectionLost", "CommandTimeout", ...).
    """

    line: int  # 1-based line of the script
    iteration: int  # 1-based
    command: str
    arguments: dict[str, Any]
    #: The round trip, in seconds.
    elapsed_s: float
    reply: object = None
    error: str | None = None
    error_class: str | None = None
    #: The message as sent, as the user wrote it (`execute` or `exec-oob`, `id`).
    message: dict[str, Any] = field(default_factory=dict)
    #: Added to a success (QUIT_NOTE: a `quit` answered by the monitor closing).
    note: str = ""
    #: Whether QEMU replied (False for a `quit` the monitor's closing answered).
    replied: bool = True
    #: Whether the command went out (False when the connection was gone, or the request
    #: was refused before sending: then it failed without QEMU seeing it).
    sent: bool = True
    #: The failure is qmpgui's own (a timeout, a lost connection: `error_class` names the
    #: QmpFailure), not QEMU's answer.
    own_failure: bool = False

    @property
    def ok(self) -> bool:
        """True when the command succeeded."""
        return self.error is None

    @property
    def error_words(self) -> str | None:
        """Why it failed as the event log says it (outcome.failure_words(): QEMU's class
        and description, or our own sentence); None when it worked."""
        if self.error is None:
            return None
        return failure_words(None if self.own_failure else self.error_class, self.error)

    @property
    def name(self) -> str:
        """The command as a script names it: "query-status", or "hmp info status" for an
        HMP line (passwords masked)."""
        line = command_line(self.command, self.arguments)
        return (
            self.command
            if line is None
            else translate("StepResult", "hmp {v0}").format(v0=mask_hmp(line))
        )

    @property
    def kept_reply(self) -> Any:
        """The reply as files and exports keep it: a secret in it masked
        (qmp.secrets.mask_return())."""
        return mask_return(self.command, self.arguments, self.reply)

    @property
    def kept_error(self) -> str | None:
        """`error` as files and exports keep it: a secret QEMU repeated in it masked
        (qmp.secrets.mask_text())."""
        return None if self.error is None else mask_text(self.command, self.arguments, self.error)

    def record(self) -> dict[str, Any]:
        """One JSON Lines record, secrets masked (the arguments and the reply, as
        qmp.secrets masks them): iteration, line, command, arguments, where given `id`
        (the user's) and `oob` (true: sent as exec-oob), ok, `ms` (the round trip in
        milliseconds), `return` (also of HMP output that reports a failure) and/or
        `error` {class, desc} as QMP writes them, `note` when there is one, and
        `"sent": false` for a command that never went out."""
        out: dict[str, Any] = {
            "iteration": self.iteration,
            "line": self.line,
            "command": self.command,
            "arguments": mask_arguments(self.command, self.arguments),
        }
        if "id" in self.message:
            out["id"] = self.message["id"]
        if "exec-oob" in self.message:
            out["oob"] = True
        out["ok"] = self.ok
        out["ms"] = round(self.elapsed_s * 1000, 3)
        if (self.ok and self.replied) or self.reply is not None:
            out["return"] = self.kept_reply
        if not self.ok:
            out["error"] = {"class": self.error_class or "", "desc": self.kept_error}
        if self.note:
            out["note"] = self.note
        if not self.sent:
            out["sent"] = False
        return out


@dataclass
class Summary:
    """Counts of a run so far, with every round trip: `sent` commands went out, `ok`
    and `failed` of them; `not_sent` failed before going out (the connection was gone)."""

    sent: int = 0
    ok: int = 0
    failed: int = 0
    not_sent: int = 0
    #: Each command's round trip, in seconds, in the order sent.
    times_s: list[float] = field(default_factory=list)
    #: True when a failure (or a lost connection) ended the run before the last step.
    stopped_early: bool = False
    #: The error class of the latest failure, as in StepResult.error_class.
    last_error_class: str | None = None

    def add(self, result: StepResult) -> None:
        """Count one result."""
        if not result.ok:
            self.last_error_class = result.error_class
        if not result.sent:
            self.not_sent += 1  # no round trip, and nothing QEMU did or refused
            return
        self.sent += 1
        self.ok += result.ok
        self.failed += not result.ok
        self.times_s.append(result.elapsed_s)

    @property
    def unsuccessful(self) -> int:
        """Commands that did not succeed: failed, or not sent."""
        return self.failed + self.not_sent

    @property
    def text(self) -> str:
        """One line: the counts ("not sent N" only when some were not), round trip
        min / median / max in milliseconds."""
        counts = translate("Summary", "sent {sent}, ok {ok}, failed {failed}").format(
            sent=self.sent, ok=self.ok, failed=self.failed
        )
        if self.not_sent:
            counts += translate("Summary", ", not sent {not_sent}").format(not_sent=self.not_sent)
        parts = [counts]
        if self.times_s:
            ms = [t * 1000 for t in self.times_s]
            parts.append(
                translate(
                    "Summary", "round trip min {v0:.2f} / median {v1:.2f} / max {v2:.2f} ms"
                ).format(v0=min(ms), v1=statistics.median(ms), v2=max(ms))
            )
        if self.stopped_early:
            parts.append(translate("Summary", "stopped at the first error"))
        return "; ".join(parts)


async def run_script(
    exchange: Exchange,
    steps: list[Step],
    *,
    repeat: int = 1,
    delay_s: float = 0.0,
    keep_going: bool = False,
    on_result: Callable[[StepResult], None] | None = None,
) -> Summary:
    """Run the steps `repeat` times, `delay_s` seconds apart; the counts and times.

    Stops at the first failure unless `keep_going`; a lost connection always stops the
    run (but a `quit` the monitor's closing answered is done, qmp.outcome). After a
    `quit` that worked, the commands left in the pass are not sent (QEMU is ending; a
    command written meanwhile would be lost with the monitor) and the run stops.
    `on_result` is called with each command's result as it comes. A failure of a
    command is recorded, never raised.
    """
    summary = Summary()

    def add(result: StepResult) -> None:
        summary.add(result)
        if on_result is not None:
            on_result(result)

    for iteration in range(1, repeat + 1):
        if iteration > 1 and delay_s > 0:
            await asyncio.sleep(delay_s)
        for index, step in enumerate(steps):
            if step.request is None:
                await asyncio.sleep(step.sleep_s)
                continue
            result = await _run_step(exchange, step.line, step.request, iteration)
            add(result)
            if result.ok and quits(result.command, result.arguments):
                for left in steps[index + 1 :]:
                    if left.request is not None:
                        why = translate("batch", "QEMU quit at line {line}").format(
                            line=result.line
                        )
                        add(_not_sent(left.line, iteration, left.request, why))
                summary.stopped_early = index + 1 < len(steps) or iteration < repeat
                return summary
            if result.error_class == "ConnectionLost" or (not result.ok and not keep_going):
                summary.stopped_early = True
                return summary
    return summary


def _not_sent(line: int, iteration: int, request: Request, why: str) -> StepResult:
    """The result of the request on `line` that the run did not send, `why` in words."""
    return StepResult(
        line,
        iteration,
        request.command,
        request.arguments,
        0.0,
        error=translate("batch", "not sent: {why}").format(why=why),
        error_class="NotSent",
        message=request.message(),
        sent=False,
        own_failure=True,
    )


async def _run_step(exchange: Exchange, line: int, request: Request, iteration: int) -> StepResult:
    # Every QmpFailure becomes the result's error: a script goes on or stops by its result.
    message = request.message()
    command, arguments = request.command, request.arguments
    start = time.monotonic()
    base = (line, iteration, command, arguments)
    try:
        masked = resends_mask(command, arguments)
        if masked is not None:
            raise InvalidRequest(masked)
        reply = await exchange(message)
    except QmpFailure as failure:
        elapsed = time.monotonic() - start
        if closed_by_quit(command, arguments, failure):
            return StepResult(
                *base, elapsed, message=message, note=translate("outcome", QUIT_NOTE), replied=False
            )
        name = type(failure).__name__
        return StepResult(
            *base,
            elapsed,
            None,
            failure.message,
            name,
            message,
            sent=_went_out(failure),
            own_failure=True,
        )
    elapsed = time.monotonic() - start
    value = reply.get("return")
    failed = reply_failure(command, reply)
    if failed is not None:
        error_class, desc = failed
        return StepResult(*base, elapsed, value, desc, error_class, message)
    return StepResult(*base, elapsed, value, message=message)


def _went_out(failure: QmpFailure) -> bool:
    """Whether the command of `failure` reached the connection: not when it was refused
    before sending, nor when the connection was gone already (ConnectionLost that cut
    nothing off)."""
    if isinstance(failure, NotConnected | InvalidRequest):
        return False
    return not isinstance(failure, ConnectionLost) or failure.cut_off
