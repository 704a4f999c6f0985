"""Power down: ask the guest, then wait for SHUTDOWN or QEMU's exit, with a deadline.

system_powerdown only presses the virtual power button; a guest without ACPI
support (or a hung one) ignores it: its reply does not mean the guest accepted
(qapi/machine.json, system_powerdown). The watch counts down and, when time is
up, says so, so the window can offer Quit (force off). The guest's SHUTDOWN event
ends the wait; with -no-shutdown QEMU then stays, stopped (qapi/run-state.json).
"""

from __future__ import annotations

import asyncio
import time
from enum import Enum
from typing import Any

from PySide6.QtCore import QObject, Signal

from qmpgui.i18n import translate
from qmpgui.qmp import Event
from qmpgui.qmp.actions import ACTIONS, VmAction
from qmpgui.session.control import Outcome, perform
from qmpgui.session.vm_session import VmSession

#: How long the guest gets to power off, in seconds.
DEFAULT_TIMEOUT_S = 60.0
#: Completes "QEMU exited after ..." when QEMU goes after a power-down, as perform() says it.
_POWERDOWN = ACTIONS[VmAction.POWERDOWN]
_EXIT_WHY = f"{_POWERDOWN.label} ({_POWERDOWN.command})"


class WatchState(Enum):
    """Where a power-down stands; the value is its name in words."""

    #: system_powerdown is sent, QEMU has not answered yet.
    ASKING = "asking"
    #: QEMU passed the request on; counting down to the deadline.
    WAITING = "waiting"
    #: The guest powered off (SHUTDOWN), QEMU exited, or it was forced off.
    DONE = "done"
    #: The deadline passed: wait again (keep_waiting) or force off.
    TIMED_OUT = "timed out"
    #: system_powerdown failed; `detail` says why.
    FAILED = "failed"
    #: The user stopped watching, or the connection ended before the guest powered off.
    CANCELLED = "cancelled"


class PowerdownWatch(QObject):
    """One power-down request of one VM and its countdown.

    Made for `session` (also its Qt parent) with `timeout_s` seconds for the guest;
    start() sends the request. `detail` completes the state in words ("the guest
    powered off (guest-shutdown)"); `outcome` is system_powerdown's Outcome once QEMU
    answered. It listens to the session's events and state until it is over.
    """

    #: (): the state, `detail` or the remaining time changed (each second while waiting).
    changed = Signal()

    def __init__(self, session: VmSession, timeout_s: float = DEFAULT_TIMEOUT_S) -> None:
        super().__init__(session)
        self.session = session
        self.timeout_s = timeout_s
        self.state = WatchState.ASKING
        self.detail = ""
        self.outcome: Outcome | None = None
        #: When the wait ends: time.monotonic() seconds (reset when QEMU answers).
        self.deadline = time.monotonic() + timeout_s
        self._task: asyncio.Task[Any] | None = None
        self._countdown: asyncio.Task[Any] | None = None
        self._listening = False
        #: force_off() is under way: QEMU's SHUTDOWN is its doing, not the guest's.
        self._forcing = False
        #: Whether it ended forced off (force_off()), not by the guest.
        self.forced = False
        #: Set once QEMU answered system_powerdown (see `outcome`) or the watch was cancelled.
        self.asked = asyncio.Event()

    @property
    def active(self) -> bool:
        """Whether it is still asking or waiting (not over, not timed out)."""
        return self.state in (WatchState.ASKING, WatchState.WAITING)

    def remaining_s(self, now: float | None = None) -> float:
        """Seconds left before the deadline, at least 0; `now` is time.monotonic()
        seconds (the current time when None)."""
        return max(0.0, self.deadline - (now or time.monotonic()))

    def start(self) -> None:
        """Send system_powerdown (perform(), which says the outcome) and start watching;
        once only. Raises RuntimeError without a running loop."""
        self.session.eventsReceived.connect(self._on_events)
        self.session.stateChanged.connect(self._on_state)
        self._listening = True
        self._task = asyncio.get_running_loop().create_task(
            self._run(), name=f"powerdown {self.session.display_name}"
        )

    def keep_waiting(self) -> None:
        """Another full timeout after the guest ignored the first; only when TIMED_OUT
        (otherwise nothing happens)."""
        if self.state is WatchState.TIMED_OUT:
            self.deadline = time.monotonic() + self.timeout_s
            self._set(WatchState.WAITING)
            self.session.expect_exit(_EXIT_WHY)
            self._countdown = asyncio.get_running_loop().create_task(self._count_down())

    def cancel(self) -> None:
        """Stop watching (CANCELLED), unless it is over already; the guest may still power
        off later."""
        if self.state in (WatchState.ASKING, WatchState.WAITING, WatchState.TIMED_OUT):
            self.session.expect_exit(None)
            self._set(WatchState.CANCELLED, translate("PowerdownWatch", "stopped waiting"))
            self.asked.set()

    async def force_off(self) -> Outcome:
        """Quit QEMU now (the guest gets no chance to shut down cleanly); quit's Outcome,
        also said through the session's message signal. Never raises a QmpFailure."""
        quit_facts = ACTIONS[VmAction.QUIT]
        # QEMU says SHUTDOWN (host-signal, host-qmp-quit) as it ends: that is the force,
        # not the guest powering off, and must not read as the guest's.
        self._forcing = True
        outcome = await perform(
            self.session, "Force off", quit_facts.command, exits=True, libvirt=quit_facts.libvirt
        )
        if not outcome.ok:
            self._forcing = False
        elif self.state is not WatchState.DONE or self.detail.startswith("the guest"):
            how = quit_facts.libvirt if self.session.domain is not None else quit_facts.command
            self.forced = True
            self._set(
                WatchState.DONE, translate("PowerdownWatch", "forced off ({how})").format(how=how)
            )
        return outcome

    async def aclose(self) -> None:
        """Cancel the request and the countdown and wait until both have ended; the state
        is left as it was."""
        tasks = [t for t in (self._task, self._countdown) if t is not None and not t.done()]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    # -- internals ------------------------------------------------------------

    def _set(self, state: WatchState, detail: str = "") -> None:
        # The countdown ends with the active states, but never cancels itself: it sets
        # TIMED_OUT from inside. CANCELLED and FAILED end the watch: stop listening.
        if (state, detail) == (self.state, self.detail):
            return
        self.state = state
        self.detail = detail
        countdown = self._countdown
        if not self.active and countdown is not None and countdown is not asyncio.current_task():
            countdown.cancel()
        if state in (WatchState.CANCELLED, WatchState.FAILED):
            self._disconnect_signals()
        self.changed.emit()

    def _disconnect_signals(self) -> None:
        if self._listening:
            self._listening = False
            self.session.eventsReceived.disconnect(self._on_events)
            self.session.stateChanged.disconnect(self._on_state)

    async def _run(self) -> None:
        try:
            # A guest may power off so fast that the monitor closes before the reply.
            outcome = await perform(
                self.session,
                _POWERDOWN.label,
                _POWERDOWN.command,
                exits=True,
                libvirt=_POWERDOWN.libvirt,
            )
        finally:
            self.asked.set()
        self.outcome = outcome
        if self.state is not WatchState.ASKING:
            return  # SHUTDOWN (or the user) came before the reply
        if not outcome.ok:
            self.session.expect_exit(None)
            self._set(WatchState.FAILED, outcome.error or "")
            return
        self.deadline = time.monotonic() + self.timeout_s
        self._set(WatchState.WAITING)
        self._countdown = asyncio.get_running_loop().create_task(self._count_down())

    async def _count_down(self) -> None:
        while self.state is WatchState.WAITING:
            left = self.remaining_s()
            if left <= 0:
                self.session.expect_exit(None)
                self._set(
                    WatchState.TIMED_OUT,
                    translate(
                        "PowerdownWatch", "the guest did not power off within {timeout_s:g} s"
                    ).format(timeout_s=self.timeout_s),
                )
                return
            self.changed.emit()
            await asyncio.sleep(min(left % 1.0 or 1.0, left))  # wake as the shown second changes

    def _on_events(self, events: list[Event]) -> None:
        waiting = self.active or self.state is WatchState.TIMED_OUT  # a late power-off counts
        for event in events:
            if event.name == "SHUTDOWN" and waiting and not self._forcing:
                # QEMU exits next, unless it runs with -no-shutdown (see _on_state).
                self.session.expect_exit(_EXIT_WHY)
                reason = event.data.get("reason")
                self._set(
                    WatchState.DONE,
                    translate("PowerdownWatch", "the guest powered off ({v0})").format(
                        v0=reason or "SHUTDOWN"
                    ),
                )

    def _on_state(self) -> None:
        session = self.session
        if session.connected:
            if self.state is WatchState.DONE and session.run_status == "shutdown":
                # -no-shutdown: QEMU stays, so a later end of the connection is a real loss.
                session.expect_exit(None)
                self._set(
                    WatchState.DONE,
                    translate(
                        "PowerdownWatch",
                        "the guest powered off; QEMU keeps running (-no-shutdown): Reset or Quit VM",
                    ),
                )
                self._disconnect_signals()
            return
        self._disconnect_signals()
        if session.exit_seen:
            if self.state is not WatchState.DONE:
                self._set(WatchState.DONE, translate("PowerdownWatch", "QEMU exited"))
        elif self.state is not WatchState.DONE:
            session.expect_exit(None)
            self._set(
                WatchState.CANCELLED,
                translate(
                    "PowerdownWatch", "the connection to QEMU ended before the guest powered off"
                ),
            )
