"""Which action makes sense in which run state, and why not otherwise, in words.

The run states each action allows are facts of the action table (qmp/actions.py);
this module answers from them, and says why an action is refused: `cont` after a
guest shutdown fails, a suspended guest wakes with system_wakeup, an incoming
migration takes nothing but `quit`.
"""

from __future__ import annotations

from qmpgui.i18n import translate
from qmpgui.qmp.actions import ACTIONS, KNOWN_STATES, VmAction

__all__ = ["OFFERS", "UNKNOWN_STATE_OFFERS", "VmAction", "needs_warning", "offered", "refusal"]

#: What each known run state offers, from the action table's run states.
OFFERS: dict[str, frozenset[VmAction]] = {
    state: frozenset(
        facts.action
        for facts in ACTIONS.values()
        if isinstance(facts.action, VmAction) and facts.states and state in facts.states
    )
    for state in sorted(KNOWN_STATES)
}

#: Offered whatever the state: a state this version does not know, from a newer QEMU.
UNKNOWN_STATE_OFFERS = frozenset(
    facts.action
    for facts in ACTIONS.values()
    if isinstance(facts.action, VmAction) and facts.unknown_state
)


def offered(status: str) -> frozenset[VmAction]:
    """The actions run state `status` (query-status `status`) offers: a frozenset of
    VmAction. A state not in KNOWN_STATES (a newer QEMU's) offers UNKNOWN_STATE_OFFERS.
    Never raises."""
    return OFFERS.get(status, UNKNOWN_STATE_OFFERS)


def refusal(action: VmAction, status: str) -> str | None:
    """Why `action` is not offered in run state `status`, a sentence for a disabled
    action's tip; None when it is offered. Never raises."""
    if action in offered(status):
        return None
    if status == "inmigrate":
        return translate("runstate", "an incoming migration is in progress (only Quit works)")
    if action is VmAction.PAUSE:
        return translate("runstate", "the VM is not running (it is {status})").format(status=status)
    if action is VmAction.RESUME:
        if status == "running":
            return translate("runstate", "the VM is already running")
        if status == "prelaunch":
            return translate(
                "runstate", "the VM was never started (QEMU -S): Start boots it, after asking"
            )
        if status == "suspended":
            return translate("runstate", "a suspended VM wakes with Wake, not Resume")
        if status in {"shutdown", "internal-error", "guest-panicked"}:
            return translate(
                "runstate", "Resume fails after '{status}': Reset first, then Resume"
            ).format(status=status)
    if action is VmAction.START:
        if status == "running":
            return translate("runstate", "the VM is already running")
        return translate(
            "runstate",
            "only a VM that was never started (QEMU -S) can be started (it is {status}); Resume continues a paused one",
        ).format(status=status)
    if action is VmAction.WAKE:
        return translate("runstate", "only a suspended VM can be woken (it is {status})").format(
            status=status
        )
    if action is VmAction.POWERDOWN and status == "paused":
        return translate(
            "runstate", "a paused guest cannot answer the power button: Resume it first"
        )
    if action is VmAction.SEND_KEY:
        return translate("runstate", "keys reach a running guest only (it is {status})").format(
            status=status
        )
    if action is VmAction.POWERDOWN:
        return translate(
            "runstate", "only a running guest can be asked to power down (it is {status})"
        ).format(status=status)
    return translate("runstate", "not possible while the VM is {status}").format(status=status)


def needs_warning(action: VmAction, status: str) -> str | None:
    """A warning to confirm before an offered action, or None. The one case: `cont` in
    "postmigrate", where the guest may run at the destination too (qmp-protocol.md,
    section 4). Never raises."""
    if action is VmAction.RESUME and status == "postmigrate":
        return translate(
            "runstate",
            "This VM was migrated away. If the destination runs, resuming here runs two copies of the same guest, which can corrupt its disks.",
        )
    return None
