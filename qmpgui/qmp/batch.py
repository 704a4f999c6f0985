"""Scripts of QMP commands, run once or N times: the console's batch runner and qmpgui-batch.

A script has one command per line, as JSON or qmp-shell shorthand; `#` starts
a comment line; `sleep SECONDS` pauses. Each command's outcome is a StepResult
with its round trip; the summary counts them and gives min/median/max times.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from qmpgui.qmp.errors import CommandFailed, ConnectionLost, QmpFailure
from qmpgui.qmp.shorthand import InputError, Request, parse_input

#: Runs one command (name, arguments or None) and returns its `return` value, raising
#: QmpFailure: QmpConnection.execute, or a session's.
Execute = Callable[[str, Mapping[str, object] | None], Awaitable[object]]


@dataclass(frozen=True, slots=True)
class Step:
    """One script line to run: a command (`request`), or a pause (`request` None)."""

    line: int  # 1-based line of the script
    request: Request | None = None
    #: Seconds to pause (a `sleep` line), 0 to 3600.
    sleep_s: float = 0.0


class ScriptError(ValueError):
    """A script line that cannot be run; the message names the line."""


def parse_script(text: str) -> list[Step]:
    """The steps of a script, every line checked before anything is sent.

    Blank lines and `#` comments are skipped. Raises ScriptError, naming the line (and
    column), for a line that does not parse (qmp.shorthand.parse_input), a `sleep`
    outside 0 to 3600 seconds, or a script without a command.
    """
    steps: list[Step] = []
    for number, raw in enumerate(text.splitlines(), start=1):
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
                raise ScriptError(f"line {number}: sleep between 0 and 3600 seconds")
            steps.append(Step(number, sleep_s=seconds))
            continue
        try:
            steps.append(Step(number, parse_input(raw)))  # as typed: columns count indentation
        except InputError as err:
            column = f", column {err.column}" if err.column else ""
            raise ScriptError(f"line {number}{column}: {err.message}") from None
    if not any(step.request for step in steps):
        raise ScriptError("the script has no command")
    return steps


@dataclass(frozen=True, slots=True)
class StepResult:
    """How one command of one run ended.

    On success `reply` is its `return` value. On failure `error` is QEMU's `desc` for an
    error reply, else the failure's sentence, and `error_class` the QMP error class, or
    the name of the QmpFailure subclass ("ConnectionLost", "CommandTimeout", ...).
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

    @property
    def ok(self) -> bool:
        """True when the command succeeded."""
        return self.error is None

    def record(self) -> dict[str, Any]:
        """One JSON Lines record: iteration, line, command, arguments, ok, `ms` (the round
        trip in milliseconds), and `return` or `error` {class, desc} as QMP writes them."""
        out: dict[str, Any] = {
            "iteration": self.iteration,
            "line": self.line,
            "command": self.command,
            "arguments": self.arguments,
            "ok": self.ok,
            "ms": round(self.elapsed_s * 1000, 3),
        }
        if self.ok:
            out["return"] = self.reply
        else:
            out["error"] = {"class": self.error_class or "", "desc": self.error}
        return out


@dataclass
class Summary:
    """Counts of a run so far, with every round trip."""

    sent: int = 0
    ok: int = 0
    failed: int = 0
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
        self.sent += 1
        self.ok += result.ok
        self.failed += not result.ok
        self.times_s.append(result.elapsed_s)

    @property
    def text(self) -> str:
        """One line: the counts, round trip min / median / max in milliseconds."""
        parts = [f"sent {self.sent}, ok {self.ok}, failed {self.failed}"]
        if self.times_s:
            ms = [t * 1000 for t in self.times_s]
            parts.append(
                f"round trip min {min(ms):.2f} / median {statistics.median(ms):.2f} / "
                f"max {max(ms):.2f} ms"
            )
        if self.stopped_early:
            parts.append("stopped at the first error")
        return "; ".join(parts)


async def run_script(
    execute: Execute,
    steps: list[Step],
    *,
    repeat: int = 1,
    delay_s: float = 0.0,
    keep_going: bool = False,
    on_result: Callable[[StepResult], None] | None = None,
) -> Summary:
    """Run the steps `repeat` times, `delay_s` seconds apart; the counts and times.

    Stops at the first failure unless `keep_going`; a lost connection always stops the
    run. `on_result` is called with each command's result as it comes. A failure of a
    command is recorded, never raised.
    """
    summary = Summary()
    for iteration in range(1, repeat + 1):
        if iteration > 1 and delay_s > 0:
            await asyncio.sleep(delay_s)
        for step in steps:
            if step.request is None:
                await asyncio.sleep(step.sleep_s)
                continue
            result = await _run_step(execute, step, iteration)
            summary.add(result)
            if on_result is not None:
                on_result(result)
            if result.error_class == "ConnectionLost" or (not result.ok and not keep_going):
                summary.stopped_early = True
                return summary
    return summary


async def _run_step(execute: Execute, step: Step, iteration: int) -> StepResult:
    # Every QmpFailure becomes the result's error: a script goes on or stops by its result.
    request = step.request
    assert request is not None
    start = time.monotonic()
    base = (step.line, iteration, request.command, request.arguments)
    try:
        reply = await execute(request.command, request.arguments or None)
    except CommandFailed as failure:
        return StepResult(*base, time.monotonic() - start, None, failure.desc, failure.error_class)
    except ConnectionLost as lost:
        return StepResult(*base, time.monotonic() - start, None, lost.message, "ConnectionLost")
    except QmpFailure as failure:
        return StepResult(
            *base, time.monotonic() - start, None, failure.message, type(failure).__name__
        )
    return StepResult(*base, time.monotonic() - start, reply)
