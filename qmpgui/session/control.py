"""Commands a user sends to a VM, each ending in one Outcome with its round trip.

`quit` may close the socket before it replies: that counts as done, and HMP
output that reports a failure is a failure (the rules of qmp.outcome). Every
outcome is also said through the session's message signal, so it reaches the
status bar, and the event log keeps it as a command entry.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from qmpgui.i18n import translate
from qmpgui.log.entry import Level, format_elapsed
from qmpgui.qmp import CommandFailed, CommandTimeout, QmpFailure
from qmpgui.qmp.actions import ACTIONS, VmAction
from qmpgui.qmp.keys import HOLD_TIME_MS, key_text, linux_codes, send_key_arguments
from qmpgui.qmp.outcome import HMP_ERROR_CLASS, closed_after_sending, failure_words, hmp_failure
from qmpgui.session.vm_session import VmSession


@dataclass(frozen=True, slots=True)
class Outcome:
    """How one user command on one VM ended."""

    #: The VM's name as shown when the command was sent.
    vm: str
    #: The action's name in words ("Pause").
    label: str
    #: The QMP command sent ("stop").
    command: str
    #: The round trip, in seconds (time.monotonic()).
    elapsed_s: float
    #: Why it failed, in words ("GenericError: ..." for QEMU's error); None when it worked.
    error: str | None = None
    #: QEMU's `error.class`; None when it worked or no error reply came (a timeout).
    error_class: str | None = None
    #: Added to a success ("QEMU closed the monitor" after quit).
    note: str = ""
    #: No answer came in time (CommandTimeout): QEMU may still carry the command out.
    timed_out: bool = False

    @property
    def ok(self) -> bool:
        """Whether the command worked."""
        return self.error is None

    @property
    def short(self) -> str:
        """The result without the VM's name: "ok (1.2 ms)" or the error."""
        if self.error is not None:
            return self.error
        return translate("Outcome", "ok ({v0}){v1}").format(
            v0=format_elapsed(self.elapsed_s), v1="; " + self.note if self.note else ""
        )

    @property
    def sentence(self) -> str:
        """The outcome without the VM's name: "Pause (stop) ok (1.2 ms)" or
        "Pause failed: ..."."""
        if self.error is not None:
            return translate("Outcome", "{label} failed: {error}").format(
                label=self.label, error=self.error
            )
        return f"{self.label} ({self.command}) {self.short}"

    @property
    def text(self) -> str:
        """The sentence for the status bar: "vm1: Pause (stop) ok (1.2 ms)" or
        "vm1: Pause failed: ..."."""
        return f"{self.vm}: {self.sentence}"


def failure_text(failure: QmpFailure) -> str:
    """For a CommandFailed, QEMU's class and description ("GenericError: ..."); for a
    missing command or any other failure (a timeout, a lost connection), its own
    sentence. Never raises."""
    if isinstance(failure, CommandFailed) and not failure.unavailable:
        return failure_words(failure.error_class, failure.desc)
    return failure.message


async def perform(
    session: VmSession,
    label: str,
    command: str,
    arguments: Mapping[str, object] | None = None,
    *,
    exits: bool = False,
    report: bool = True,
    note: str = "",
    libvirt: str | None = None,
    explain: Callable[[str], str] | None = None,
) -> Outcome:
    """Run one user command on `session` and say how it went; its Outcome.

    `label` is the action's name in words, `command` and `arguments` what is sent.
    `exits`: the command ends QEMU (quit), so a connection that closes before
    the reply means it worked, and the session stops instead of reconnecting.
    `report`: the outcome is also said through `session.message` (the status bar);
    it is always logged as a command entry. `note` is added to a success.
    `libvirt`: on a libvirt domain, libvirt's call made instead (perform_libvirt()).
    `explain` turns a failure's words into the sentence said and logged (what to do
    about QEMU's refusal added). A QmpFailure is never raised: it becomes the outcome's
    `error`.
    """
    if libvirt is not None and session.domain is not None:
        return await perform_libvirt(session, label, libvirt, report=report)
    name = session.display_name
    start = time.monotonic()
    if exits:
        session.expect_exit(f"{label} ({command})")
    try:
        value = await session.execute(command, arguments)
    except QmpFailure as failure:
        elapsed = time.monotonic() - start
        if exits and closed_after_sending(failure):  # quit, or a guest that powers off at once
            outcome = Outcome(
                name, label, command, elapsed, note=translate("control", "QEMU closed the monitor")
            )
        else:
            if exits:
                session.expect_exit(None)
            error_class = failure.error_class if isinstance(failure, CommandFailed) else None
            outcome = Outcome(
                name,
                label,
                command,
                elapsed,
                failure_text(failure),
                error_class,
                timed_out=isinstance(failure, CommandTimeout),
            )
    else:
        elapsed = time.monotonic() - start
        hmp = hmp_failure(command, value)
        if hmp is not None:
            if exits:
                session.expect_exit(None)
            error = failure_words(HMP_ERROR_CLASS, hmp)
            outcome = Outcome(name, label, command, elapsed, error, HMP_ERROR_CLASS)
        else:
            outcome = Outcome(name, label, command, elapsed, note=note)
    if explain is not None and outcome.error is not None:
        outcome = Outcome(
            name, label, command, outcome.elapsed_s, explain(outcome.error), outcome.error_class
        )
    session.report_command(
        label,
        command,
        arguments,
        outcome.elapsed_s,
        error=outcome.error,
        error_class=outcome.error_class,
        note=outcome.note,
        quiet=True,
    )
    if report:
        session.message.emit(Level.INFO if outcome.ok else Level.ERROR, outcome.text)
    return outcome


def devices_hint(session: VmSession) -> str:
    """Where to look when libvirt refuses a device: the domain's device XML."""
    name = session.domain.name if session.domain is not None else session.display_name
    return translate("control", "virsh dumpxml {name} shows the domain's devices").format(name=name)


async def perform_libvirt(
    session: VmSession,
    label: str,
    op: str,
    *,
    report: bool = True,
    look_at: str | None = None,
    **args: object,
) -> Outcome:
    """Run libvirt's call `op` ("suspend", "create", "destroy", ...) on the session's
    domain and say how it went, as perform() does; its Outcome, whose command reads
    "libvirt OP". libvirt's refusal is its own sentence (virError's message) with what to
    look at (`look_at`: where, in words; the domain's state by default). `args` go with
    the call (change_media's alias, path, ...). A started
    domain is connected to at once. Never raises a QmpFailure."""
    assert session.domain is not None
    name, command = session.display_name, translate("control", "libvirt {op}").format(op=op)
    start = time.monotonic()
    try:
        await session.domain.call(op, **args)
    except QmpFailure as failure:
        where = look_at or translate(
            "control", "virsh domstate {name} --reason shows libvirt's view"
        ).format(name=session.domain.name)
        error = f"{failure.message} ({where})"
        outcome = Outcome(name, label, command, time.monotonic() - start, error, "LibvirtError")
    else:
        outcome = Outcome(name, label, command, time.monotonic() - start)
    session.report_command(
        label,
        command,
        args or None,
        outcome.elapsed_s,
        error=outcome.error,
        error_class=outcome.error_class,
        quiet=True,
    )
    if report:
        session.message.emit(Level.INFO if outcome.ok else Level.ERROR, outcome.text)
    if outcome.ok and op == "create":
        session.connect_vm()  # its QEMU runs now: no wait for the next look
    return outcome


async def perform_action(session: VmSession, action: VmAction) -> Outcome:
    """A lifecycle action by its QMP command (the action table's), as perform() runs it;
    `quit` counts a closed connection as done. After a success the run state (and the
    pane on screen) is refreshed at once: events do not always say which state
    followed (qmp-protocol.md, section 4). Never raises a QmpFailure."""
    facts = ACTIONS[action]
    libvirt = facts.libvirt
    if action is VmAction.START and session.connected:
        libvirt = "resume"  # a domain held before boot (prelaunch) runs on: QEMU is there
    outcome = await perform(
        session, facts.label, facts.command, exits=action is VmAction.QUIT, libvirt=libvirt
    )
    if outcome.ok and session.connected:
        session.request_refresh()
    return outcome


async def perform_send_key(session: VmSession, keys: Sequence[str]) -> Outcome:
    """Press the QKeyCodes `keys` together on the guest's keyboard (in order, released
    in reverse after HOLD_TIME_MS), as perform() runs a command: QMP's send-key, or on a
    libvirt domain libvirt's send-key with their Linux key codes, so that the keys go
    through libvirt. The label names the keys ("Send key ctrl-alt-delete"). The names
    must be ones the VM takes (qmp.keys.known_keys()). Never raises a QmpFailure."""
    facts = ACTIONS[VmAction.SEND_KEY]
    label = f"{facts.label} {key_text(keys)}"
    if session.domain is not None:
        return await perform_libvirt(
            session, label, "send_key", report=True, keys=linux_codes(keys), hold_ms=HOLD_TIME_MS
        )
    return await perform(session, label, facts.command, send_key_arguments(keys))


def summary(
    label: str, outcomes: list[Outcome], skipped: Mapping[str, str], done_word: str = "done"
) -> tuple[str, Level]:
    """One line for an action applied to several VMs, and its level: (sentence, Level).

    `outcomes` are the VMs it ran on; `skipped` maps the name of each VM it did not run
    on to why. The level is ERROR when one failed, WARNING when one was skipped, else
    INFO. `done_word` ends "2 of 3 VMs done". Never raises.
    """
    done = [o for o in outcomes if o.ok]
    failed = [o for o in outcomes if not o.ok]
    parts = [
        translate("control", "{label}: {done_count} of {v2} VMs {done_word}").format(
            label=label, done_count=len(done), v2=len(outcomes) + len(skipped), done_word=done_word
        )
    ]
    parts += [
        translate("control", "{vm} failed: {error}").format(vm=o.vm, error=o.error) for o in failed
    ]
    parts += [
        translate("control", "{vm} skipped: {why}").format(vm=vm, why=why)
        for vm, why in skipped.items()
    ]
    level = Level.ERROR if failed else Level.WARNING if skipped else Level.INFO
    return "; ".join(parts), level
