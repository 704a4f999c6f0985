"""Which lifecycle command makes sense in which run state, and why not otherwise.

The table follows QEMU's run states (query-status `status`): `cont` after a
guest shutdown fails, a suspended guest wakes with system_wakeup, and an
incoming migration takes no power action at all.
"""

from __future__ import annotations

from enum import StrEnum


class VmAction(StrEnum):
    """A lifecycle action; the value is the QMP command it sends."""

    PAUSE = "stop"
    RESUME = "cont"
    RESET = "system_reset"
    POWERDOWN = "system_powerdown"
    QUIT = "quit"
    WAKE = "system_wakeup"
    SCREENDUMP = "screendump"


_P, _R, _X, _D, _Q, _W, _S = (
    VmAction.PAUSE,
    VmAction.RESUME,
    VmAction.RESET,
    VmAction.POWERDOWN,
    VmAction.QUIT,
    VmAction.WAKE,
    VmAction.SCREENDUMP,
)

#: What each known run state offers. The screen can be dumped in any state but
#: an incoming migration's (a guest that panicked or shut down still has one).
#: Quit also ends a stuck incoming migration.
OFFERS: dict[str, frozenset[VmAction]] = {
    "running": frozenset({_P, _X, _D, _Q, _S}),
    "paused": frozenset({_R, _X, _Q, _S}),
    "prelaunch": frozenset({_R, _Q, _S}),
    "shutdown": frozenset({_X, _Q, _S}),
    "internal-error": frozenset({_X, _Q, _S}),
    "guest-panicked": frozenset({_X, _Q, _S}),
    "io-error": frozenset({_R, _X, _Q, _S}),
    "watchdog": frozenset({_R, _X, _Q, _S}),
    "suspended": frozenset({_W, _X, _Q, _S}),
    "inmigrate": frozenset({_Q}),  # quit ends a destination that waits in vain
    "postmigrate": frozenset({_R, _Q, _S}),
    "finish-migrate": frozenset({_Q, _S}),
    "save-vm": frozenset({_Q, _S}),
    "restore-vm": frozenset({_Q, _S}),
    "colo": frozenset({_Q, _S}),
    "debug": frozenset({_Q, _S}),
}

#: Offered whatever the state: a state this version does not know, from a newer QEMU.
UNKNOWN_STATE_OFFERS = frozenset(VmAction) - {VmAction.WAKE}

#: Actions that lose guest state or data: they ask first (unless switched off).
DESTRUCTIVE = frozenset({VmAction.RESET, VmAction.POWERDOWN, VmAction.QUIT})

#: Actions that apply to every selected VM at once.
MULTI_VM = frozenset({VmAction.PAUSE, VmAction.RESUME, VmAction.POWERDOWN, VmAction.SCREENDUMP})


def offered(status: str) -> frozenset[VmAction]:
    return OFFERS.get(status, UNKNOWN_STATE_OFFERS)


def refusal(action: VmAction, status: str) -> str | None:
    """Why `action` is not offered in run state `status`, or None when it is."""
    if action in offered(status):
        return None
    if status == "inmigrate":
        return "an incoming migration is in progress (only Quit works)"
    if action is VmAction.PAUSE:
        return f"the VM is not running (it is {status})"
    if action is VmAction.RESUME:
        if status == "running":
            return "the VM is already running"
        if status == "suspended":
            return "a suspended VM wakes with Wake, not Resume"
        if status in {"shutdown", "internal-error", "guest-panicked"}:
            return f"Resume fails after '{status}': Reset first, then Resume"
    if action is VmAction.WAKE:
        return f"only a suspended VM can be woken (it is {status})"
    if action is VmAction.POWERDOWN and status == "paused":
        return "a paused guest cannot answer the power button: Resume it first"
    if action is VmAction.POWERDOWN:
        return f"only a running guest can be asked to power down (it is {status})"
    return f"not possible while the VM is {status}"


def needs_warning(action: VmAction, status: str) -> str | None:
    """A warning to confirm before an offered action, or None."""
    if action is VmAction.RESUME and status == "postmigrate":
        return (
            "This VM was migrated away. If the destination runs, resuming here runs two copies "
            "of the same guest, which can corrupt its disks."
        )
    return None
