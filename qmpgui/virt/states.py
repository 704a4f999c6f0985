"""libvirt's domain states, their reasons and lifecycle events in libvirt's words (virsh's).

Pure tables by number (include/libvirt/libvirt-domain.h), so that the app side reads
what a worker sends without importing libvirt.
"""

from __future__ import annotations

from qmpgui.i18n import translate

#: virDomainState: virsh domstate's words.
STATES = {
    0: "no state",
    1: "running",
    2: "idle",
    3: "paused",
    4: "in shutdown",
    5: "shut off",
    6: "crashed",
    7: "pmsuspended",
}

#: The reasons of each state (virDomainRunningReason, ...), as `virsh domstate --reason`.
REASONS: dict[int, tuple[str, ...]] = {
    1: (
        "unknown",
        "booted",
        "migrated",
        "restored",
        "from snapshot",
        "unpaused",
        "migration canceled",
        "save canceled",
        "event wakeup",
        "crashed",
        "post-copy",
        "post-copy failed",
    ),
    3: (
        "unknown",
        "user",
        "migrating",
        "saving",
        "dumping",
        "I/O error",
        "watchdog",
        "from snapshot",
        "shutting down",
        "creating snapshot",
        "crashed",
        "starting up",
        "post-copy",
        "post-copy failed",
        "API error",
    ),
    4: ("unknown", "user"),
    5: (
        "unknown",
        "shutdown",
        "destroyed",
        "crashed",
        "migrated",
        "saved",
        "failed",
        "from snapshot",
        "daemon",
    ),
    6: ("unknown", "panicked"),
    7: ("unknown",),
}

#: virDomainEventType: what a lifecycle event says happened.
EVENTS = (
    "defined",
    "undefined",
    "started",
    "suspended",
    "resumed",
    "stopped",
    "shutdown",
    "pmsuspended",
    "crashed",
)

#: The detail that means a migration, by event: STARTED_MIGRATED, SUSPENDED_MIGRATED,
#: RESUMED_MIGRATED, STOPPED_MIGRATED.
_MIGRATED = {2: 1, 3: 1, 4: 1, 5: 3}
#: STOPPED_FROM_SNAPSHOT: libvirt stopped QEMU to revert the domain to a snapshot (and
#: starts a new one at once).
_REVERTED = (5, 6)


def number(value: object) -> int:
    """A state, reason or event number of a worker's line as an integer: 0 ("no state")
    for anything that is no JSON integer (the line came damaged). Never raises."""
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def state_words(state: int, reason: int) -> str:
    """`state` and `reason` (virDomainGetState's numbers) as virsh says them:
    "shut off (destroyed)", "running (booted)", "paused (user)"; never raises."""
    name = STATES.get(state, f"state {state}")
    reasons = REASONS.get(state, ())
    if 0 < reason < len(reasons):
        return f"{name} ({reasons[reason]})"
    return name


def is_active(state: int) -> bool:
    """Whether a domain in `state` has a running QEMU (and so a monitor)."""
    return state in (1, 2, 3, 4, 7)


def event_words(event: int, detail: int) -> str:
    """A lifecycle event (virDomainEventType, its detail) in a word: "started",
    "stopped", ..., "migrated" for a start or stop that a migration made, and
    "reverted" for the stop of QEMU that a snapshot revert makes."""
    if _MIGRATED.get(event) == detail:
        return "migrated"
    if (event, detail) == _REVERTED:
        return "reverted"
    return (
        EVENTS[event]
        if 0 <= event < len(EVENTS)
        else translate("states", "event {event}").format(event=event)
    )
