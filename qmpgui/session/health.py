"""How the VMs of the list fare, in two numbers: how many run and how many have a
problem (the tray's tooltip and badge say them)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from qmpgui.i18n import translate
from qmpgui.session.state import ConnState
from qmpgui.session.vm_session import VmSession

#: QEMU run states (qapi/run-state.json) that mean the guest needs a person: it
#: panicked, QEMU stopped it on an internal error or on a disk's I/O error, or its
#: watchdog fired.
PROBLEM_RUN_STATES = frozenset({"guest-panicked", "internal-error", "io-error", "watchdog"})

#: Connection states that are a problem: connecting failed for good, or a good
#: connection was lost (retried). A VM the user disconnected, or one whose QEMU has
#: not started or ended in order, is not one.
PROBLEM_CONN_STATES = frozenset({ConnState.ERROR, ConnState.RECONNECTING})


def problem_of(session: VmSession) -> str | None:
    """The problem `session` has, in the VM list's words ("guest-panicked", "error: no
    such socket", "reconnecting (attempt 2, ...)"); None when it has none."""
    status = session.run_status
    if status in PROBLEM_RUN_STATES or session.state in PROBLEM_CONN_STATES:
        return session.state_brief()
    return None


@dataclass(frozen=True)
class Health:
    """What `health()` counted: VMs running, and the VMs with a problem (in list order)."""

    running: int = 0
    problems: tuple[VmSession, ...] = field(default=())

    def summary(self) -> str:
        """One line: "3 running, 1 with a problem" ("no VMs running" when none)."""
        running = (
            translate("Health", "{running} running").format(running=self.running)
            if self.running
            else translate("Health", "no VMs running")
        )
        if not self.problems:
            return running
        return translate("Health", "{running}, {v1} with a problem").format(
            running=running, v1=len(self.problems)
        )


def health(sessions: Iterable[VmSession]) -> Health:
    """Count `sessions`: running (run state "running") and with a problem (problem_of())."""
    running = 0
    problems: list[VmSession] = []
    for session in sessions:
        if session.run_status == "running":
            running += 1
        if problem_of(session) is not None:
            problems.append(session)
    return Health(running, tuple(problems))
