"""How QEMU announces its own end: the SHUTDOWN event before it exits.

QEMU sends SHUTDOWN {"guest", "reason"} when it is about to end (qapi/run-state.json,
ShutdownCause) and then exits, unless -no-shutdown (or -action shutdown=pause) keeps
it, stopped: a STOP follows then. A monitor that closes after such an announcement was
not lost: QEMU ended in order, and the event says why. A monitor that closes without
one (QEMU killed, crashed) is a lost connection.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from qmpgui.i18n import marked, translate
from qmpgui.qmp import Event

#: ShutdownCause values (qapi/run-state.json) in words, as the VM list says them:
#: "exited (guest shut down)".
_CAUSES = {
    "guest-shutdown": marked("ending", "guest shut down"),
    "guest-reset": marked("ending", "guest reset, and QEMU runs with -no-reboot"),
    "guest-panic": marked("ending", "guest panicked"),
    "host-qmp-quit": marked("ending", "quit from another monitor"),
    "host-qmp-system-reset": marked("ending", "system_reset, and QEMU runs with -no-reboot"),
    "host-signal": marked("ending", "QEMU was told to end by a signal"),
    "host-ui": marked("ending", "QEMU's window was closed"),
    "host-error": marked("ending", "QEMU hit an error"),
    "subsystem-reset": marked(
        "ending", "a device reset the machine, and QEMU runs with -no-reboot"
    ),
    "snapshot-load": marked("ending", "a snapshot was loaded"),
    # Not QEMU's: libvirt's lifecycle event STOPPED_FROM_SNAPSHOT (virt/states.py).
    "libvirt-snapshot-revert": marked(
        "ending", "libvirt restarts it to revert the domain to a snapshot"
    ),
}
#: The reason of the notice a libvirt domain's revert gives (no SHUTDOWN comes then).
REVERT_CAUSE = "libvirt-snapshot-revert"
#: Events after which QEMU stays: the guest runs again, or QEMU stopped instead of
#: exiting (-no-shutdown).
_STAYS = frozenset({"STOP", "RESUME", "RESET"})


@dataclass(frozen=True, slots=True)
class ShutdownNotice:
    """A SHUTDOWN event that announced QEMU's end: its `reason` (a ShutdownCause, ""
    when the event had none) and whether the `guest` asked for it."""

    reason: str
    guest: bool | None

    @property
    def cause(self) -> str:
        """Why QEMU ended, in words ("guest shut down"); the reason itself for one this
        list does not know, "SHUTDOWN" for none."""
        return translate("ending", _CAUSES.get(self.reason, "")) or self.reason or "SHUTDOWN"

    @property
    def sentence(self) -> str:
        """The log's words: "QEMU exited: guest shut down (guest-shutdown)"."""
        shown = self.reason and self.reason not in (self.cause, REVERT_CAUSE)
        reason = f" ({self.reason})" if shown else ""
        return translate("ShutdownNotice", "QEMU exited: {cause}{reason}").format(
            cause=self.cause, reason=reason
        )


class EndWatch:
    """Follows one connection's events for the SHUTDOWN that announces QEMU's exit.

    `notice` is the announcement while it stands: a later STOP, RESUME or RESET means
    QEMU stays (-no-shutdown, a reset), and withdraws it.
    """

    def __init__(self) -> None:
        self.notice: ShutdownNotice | None = None

    def take(self, events: Iterable[Event]) -> None:
        """Look at a batch of events (oldest first)."""
        for event in events:
            if event.name == "SHUTDOWN":
                reason = event.data.get("reason")
                guest = event.data.get("guest")
                self.notice = ShutdownNotice(
                    reason if isinstance(reason, str) else "",
                    guest if isinstance(guest, bool) else None,
                )
            elif event.name in _STAYS:
                self.notice = None
