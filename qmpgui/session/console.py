"""One exchange of the raw console: a message sent as typed, QEMU's whole reply back.

The reply is kept as QEMU sent it (`return` or `error`, with the user's id);
what went wrong before QEMU could answer (not connected, a timeout, the
connection lost) is our own `failure` sentence instead. Every exchange is
kept in the event log as a command the user gave, its passwords masked.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from qmpgui.i18n import translate
from qmpgui.qmp import InvalidRequest, NotConnected, QmpFailure
from qmpgui.qmp.hmp import HMP_COMMAND
from qmpgui.qmp.outcome import QUIT_NOTE, closed_by_quit, failure_words, quits, reply_failure
from qmpgui.qmp.secrets import mask_arguments, mask_return, mask_text, resends_mask
from qmpgui.qmp.shorthand import Request
from qmpgui.session.vm_session import VmSession

__all__ = ["HMP_COMMAND", "Exchange", "hmp_request", "send", "send_message"]


@dataclass(eq=False)
class Exchange:
    """One message of the raw console and how it ended; filled in by send()."""

    #: The VM's name as shown.
    vm: str
    #: The message as sent (a copy; display it through `shown`, which masks passwords).
    message: dict[str, Any]
    #: When it was made: wall-clock seconds since the epoch (time.time()).
    started: float = field(default_factory=time.time)
    #: The round trip in seconds (0.0 when it was not sent); None until send() ends.
    elapsed_s: float | None = None
    #: QEMU's whole reply, `{"return": ...}` or `{"error": {"class", "desc"}}`, with the
    #: user's `id` if the message had one; None when none came.
    reply: dict[str, Any] | None = None
    #: Our own sentence when no reply came (not connected, a timeout, the connection lost).
    failure: str | None = None
    #: An HMP line typed in HMP mode (sent as human-monitor-command).
    hmp_line: str | None = None
    #: How it ended when there is no reply and nothing went wrong (QEMU quit as asked).
    note: str = ""

    @property
    def command(self) -> str:
        """The command's name (`execute` or `exec-oob`), or "?" when the message has none."""
        return str(self.message.get("execute") or self.message.get("exec-oob") or "?")

    @property
    def arguments(self) -> dict[str, Any]:
        """The message's `arguments` object, unmasked; {} when absent or not an object."""
        value = self.message.get("arguments")
        return value if isinstance(value, dict) else {}

    @property
    def shown(self) -> dict[str, Any]:
        """The message with passwords masked: what the transcript and exports show."""
        masked = dict(self.message)
        if "arguments" in masked:
            masked["arguments"] = mask_arguments(self.command, self.arguments)
        return masked

    @property
    def done(self) -> bool:
        """Whether it has ended: a reply, a failure or a note."""
        return self.reply is not None or self.failure is not None or bool(self.note)

    @property
    def ends_qemu(self) -> bool:
        """`quit`, or HMP's `q`/`quit`: the monitor closes, which is then no loss."""
        return quits(self.command, self.arguments)

    @property
    def error(self) -> dict[str, Any] | None:
        """The reply's `error` object `{"class", "desc"}`; None without one."""
        error = (self.reply or {}).get("error")
        return error if isinstance(error, dict) else None

    @property
    def failed(self) -> tuple[str, str] | None:
        """(class, description) when the reply says the command failed: an error reply,
        or HMP output that reports a failure ("HmpError"); None otherwise."""
        return None if self.reply is None else reply_failure(self.command, self.reply)

    @property
    def ok(self) -> bool:
        """Whether QEMU replied, and the reply does not say the command failed."""
        return self.reply is not None and self.failed is None

    @property
    def error_text(self) -> str | None:
        """ "CommandNotFound: The command foo has not been found", "HmpError: unknown
        command: 'info blah'", or our own sentence."""
        if self.failure is not None:
            return self.failure
        failed = self.failed
        return None if failed is None else failure_words(*failed)

    def record(self) -> dict[str, Any]:
        """The exchange as one JSON Lines record, secrets masked (also a secret in the
        reply, qmp.secrets.mask_return()): `time` (wall-clock seconds since the epoch),
        `vm`, `request`, and where known `hmp` (the masked HMP line), `ms` (round trip,
        milliseconds), `reply`, `failure`, `note`."""
        out: dict[str, Any] = {"time": self.started, "vm": self.vm, "request": self.shown}
        if self.hmp_line is not None:
            out["hmp"] = self.shown.get("arguments", {}).get("command-line")
        if self.elapsed_s is not None:
            out["ms"] = round(self.elapsed_s * 1000, 3)
        if self.reply is not None:
            out["reply"] = self.reply
            if "return" in self.reply:
                kept = mask_return(self.command, self.arguments, self.reply["return"])
                out["reply"] = {**self.reply, "return": kept}
            error = self.error
            if error is not None and isinstance(error.get("desc"), str):
                desc = mask_text(self.command, self.arguments, error["desc"])
                out["reply"] = {**self.reply, "error": {**error, "desc": desc}}
        if self.failure is not None:
            out["failure"] = self.failure
        if self.note:
            out["note"] = self.note
        return out


def hmp_request(line: str) -> Request:
    """The request that runs HMP command line `line` through human-monitor-command."""
    return Request(HMP_COMMAND, {"command-line": line})


async def send_message(
    session: VmSession, message: dict[str, Any], exit_reason: str
) -> dict[str, Any]:
    """Send `message` as written on the session's connection (QmpConnection.exchange,
    with the session's command timeout); QEMU's whole reply.

    A message that ends QEMU (qmp.outcome.quits) makes the session expect the exit,
    `exit_reason` completing "QEMU exited after ..." ("quit from the console"), and
    withdraws that when the command failed. Raises NotConnected when the VM is not
    connected and InvalidRequest when it would set a secret to the mask (nothing is
    sent: qmp.secrets.resends_mask()), and what exchange() raises.
    """
    conn = session.connection
    if conn is None:
        raise NotConnected(
            translate("console", "not sent: {display_name} is not connected").format(
                display_name=session.display_name
            )
        )
    conn.command_timeout = session.settings.command_timeout_s
    command = str(message.get("execute") or message.get("exec-oob") or "?")
    raw_arguments = message.get("arguments")
    arguments = raw_arguments if isinstance(raw_arguments, dict) else None
    masked = resends_mask(command, arguments)
    if masked is not None:
        raise InvalidRequest(masked)
    exits = quits(command, arguments)
    if exits:
        session.expect_exit(exit_reason)
    try:
        reply = await conn.exchange(message)
    except QmpFailure as failure:
        if exits and not closed_by_quit(command, arguments, failure):
            session.expect_exit(None)
        raise
    if exits and reply_failure(command, reply) is not None:
        session.expect_exit(None)
    return reply


async def send(session: VmSession, exchange: Exchange) -> Exchange:
    """Send the exchange's message as typed (send_message()); fill in its reply or
    failure, its round trip and, when it ended QEMU as asked, a note; return the same
    exchange.

    An error reply is kept as the reply, anything else that went wrong as `failure`:
    a QmpFailure is never raised. The exchange is logged as a command the user gave,
    as failed when its reply says so (HMP output that reports a failure included).
    """
    start = time.monotonic()
    sent = True
    try:
        exchange.reply = await send_message(
            session,
            exchange.message,
            translate("console", "{command} from the console").format(command=exchange.command),
        )
    except QmpFailure as failure:
        sent = not isinstance(failure, NotConnected | InvalidRequest)
        if closed_by_quit(exchange.command, exchange.arguments, failure):
            exchange.note = translate("outcome", QUIT_NOTE)
        else:
            exchange.failure = failure.message
    exchange.elapsed_s = time.monotonic() - start if sent else 0.0
    failed = exchange.failed
    session.report_command(
        "",  # an HMP line is named by the log (outcome.command_words)
        exchange.command,
        exchange.arguments,
        exchange.elapsed_s or 0.0,
        error=exchange.error_text,
        error_class=failed[0] if failed else None,
        note=exchange.note,
        quiet=True,
    )
    return exchange
