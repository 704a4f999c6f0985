"""Setting and expiring a VM's VNC or SPICE password, each ending in one Outcome.

A plain QMP VM gets `set_password` then `expire_password` with the chosen expiry
(QEMU keeps an earlier expiry across a new password, so one is always sent, "never" by
default). A libvirt domain gets libvirt's device update of its `<graphics>` (`passwd`
and `passwdValidTo`), so libvirt's view stays right. The password never reaches the
log: command entries are masked (qmp/secrets.py), and sentences say that a password
was set, never what it is.
"""

from __future__ import annotations

import time

from qmpgui.i18n import translate
from qmpgui.log.entry import Level
from qmpgui.qmp import QmpFailure
from qmpgui.qmp.display_password import (
    Expiry,
    expire_arguments,
    label,
    refusal_words,
    set_arguments,
)
from qmpgui.session.control import Outcome, perform
from qmpgui.session.vm_session import VmSession

#: The libvirt worker's op (virt/worker.py), logged as "libvirt graphics_password".
LIBVIRT_OP = "graphics_password"


async def set_display_password(
    session: VmSession, protocol: str, password: str, expiry: Expiry
) -> Outcome:
    """Set the password of the VM's `protocol` display ("vnc" or "spice") and its expiry;
    say how it went (the status bar and the log) and return the Outcome, whose note
    says when the password expires. Never raises a QmpFailure."""
    name = label(protocol)
    text = translate("display_password", "Set {name} password").format(name=name)
    now = time.time()
    if session.domain is not None:
        outcome = await _libvirt(session, text, protocol, password=password, expiry=expiry, now=now)
    else:
        outcome = await perform(
            session,
            text,
            "set_password",
            set_arguments(protocol, password),
            report=False,
            explain=lambda error: refusal_words(protocol, error),
        )
        if outcome.ok:
            outcome = await _expire(session, text, protocol, expiry, now, after_set=True)
    _say(session, outcome)
    return outcome


async def expire_display_password(session: VmSession, protocol: str, expiry: Expiry) -> Outcome:
    """Set when the password of the VM's `protocol` display expires, keeping the password;
    say how it went and return the Outcome. Never raises a QmpFailure."""
    text = translate("display_password", "Set {v0} password expiry").format(v0=label(protocol))
    now = time.time()
    if session.domain is not None:
        outcome = await _libvirt(session, text, protocol, password=None, expiry=expiry, now=now)
    else:
        outcome = await _expire(session, text, protocol, expiry, now, after_set=False)
    _say(session, outcome)
    return outcome


async def _expire(
    session: VmSession, text: str, protocol: str, expiry: Expiry, now: float, *, after_set: bool
) -> Outcome:
    outcome = await perform(
        session, text, "expire_password", expire_arguments(protocol, expiry), report=False
    )
    if not outcome.ok:
        if after_set:
            return _with_error(
                outcome,
                translate(
                    "display_password",
                    "the password was set but its expiry was not ({error}): an expiry set before still applies",
                ).format(error=outcome.error),
            )
        return outcome
    command = (
        translate("display_password", "set_password, {command}").format(command=outcome.command)
        if after_set
        else outcome.command
    )
    return Outcome(outcome.vm, text, command, outcome.elapsed_s, note=expiry.words(now))


async def _libvirt(
    session: VmSession,
    text: str,
    protocol: str,
    *,
    password: str | None,
    expiry: Expiry,
    now: float,
) -> Outcome:
    assert session.domain is not None
    args: dict[str, object] = {"graphics": protocol, "valid_to": expiry.valid_to(now)}
    if password is not None:
        args["password"] = password
    command = translate("display_password", "libvirt {LIBVIRT_OP}").format(LIBVIRT_OP=LIBVIRT_OP)
    start = time.monotonic()
    try:
        await session.domain.call(LIBVIRT_OP, **args)
    except QmpFailure as failure:
        error = refusal_words(protocol, failure.message, libvirt=True)
        outcome = Outcome(
            session.display_name, text, command, time.monotonic() - start, error, "LibvirtError"
        )
    else:
        elapsed = time.monotonic() - start
        outcome = Outcome(session.display_name, text, command, elapsed, note=expiry.words(now))
    session.report_command(
        text,
        command,
        args,
        outcome.elapsed_s,
        error=outcome.error,
        error_class=outcome.error_class,
        note=outcome.note,
        quiet=True,
    )
    return outcome


def _with_error(outcome: Outcome, error: str) -> Outcome:
    return Outcome(
        outcome.vm, outcome.label, outcome.command, outcome.elapsed_s, error, outcome.error_class
    )


def _say(session: VmSession, outcome: Outcome) -> None:
    session.message.emit(Level.INFO if outcome.ok else Level.ERROR, outcome.text)
