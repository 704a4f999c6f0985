"""Pause, Resume, Wake, Reset, Quit VM and Power down, once the VMs are chosen and the
question asked (app/actions/vm_actions.py does both): the commands, the power-down
countdowns with their Force off, and one summary for several VMs."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any

from qmpgui.app.actions.host import ActionHost
from qmpgui.i18n import translate
from qmpgui.log.entry import Level
from qmpgui.qmp.actions import ACTIONS, VmAction
from qmpgui.session import VmSession
from qmpgui.session.control import Outcome, perform_action, summary
from qmpgui.session.powerdown import PowerdownWatch, WatchState
from qmpgui.session.tasks import TaskSet

_POWERDOWN = ACTIONS[VmAction.POWERDOWN]


class Lifecycle:
    """Runs lifecycle commands on chosen VMs; holds the power-down watches."""

    def __init__(self, host: ActionHost) -> None:
        self.host = host
        self.watches: list[PowerdownWatch] = []
        self.tasks = TaskSet()

    def run(self, action: VmAction, sessions: list[VmSession], skipped: dict[str, str]) -> None:
        """Send `action`'s command to each of `sessions`; one summary for several VMs."""
        runs = [perform_action(s, action) for s in sessions]
        self.tasks.spawn(self._run_all(ACTIONS[action].label, runs, skipped))

    async def _run_all(
        self,
        label: str,
        runs: list[Coroutine[Any, Any, Outcome]],
        skipped: dict[str, str],
        *,
        done_word: str = "done",
    ) -> list[Outcome]:
        outcomes = list(await asyncio.gather(*runs))
        if len(outcomes) + len(skipped) > 1:
            text, level = summary(label, outcomes, skipped, done_word)
            self.host.say(level, text, banner=level is Level.ERROR)
        return outcomes

    def power_down(self, sessions: list[VmSession], skipped: dict[str, str]) -> None:
        """Press each guest's power button and count down until it is off (or time is up)."""
        self.watches = [w for w in self.watches if w.active or w.state is WatchState.TIMED_OUT]
        watches = []
        for session in sessions:
            watch = PowerdownWatch(session, self.host.config.powerdown_timeout_s)
            self.host.show_watch(watch)
            self.watches.append(watch)
            watch.start()
            watches.append(watch)

        async def asked(watch: PowerdownWatch) -> Outcome:
            await watch.asked.wait()
            cancelled = Outcome(
                watch.session.display_name, _POWERDOWN.label, _POWERDOWN.command, 0.0, "cancelled"
            )
            return watch.outcome or cancelled

        runs = [asked(w) for w in watches]
        self.tasks.spawn(self._run_all(_POWERDOWN.label, runs, skipped, done_word="asked"))

    def force_off(self, watch: PowerdownWatch) -> None:
        """The guest ignores the power button: quit QEMU, if the user says so."""
        session = watch.session
        if self.host.confirmer.ask_destructive(
            translate("Lifecycle", "Force off"),
            translate("Lifecycle", "Force {display_name} off?").format(
                display_name=session.display_name
            ),
            [f"{session.display_name} ({session.endpoint_text})"],
            translate(
                "Lifecycle",
                "QEMU ends at once (quit), like pulling the plug: the guest cannot save anything.",
            ),
            translate("Lifecycle", "Force off"),
        ):
            self.tasks.spawn(watch.force_off())

    async def aclose(self) -> None:
        """End the power-down watches and what is under way."""
        await self.tasks.aclose()
        for watch in self.watches:
            await watch.aclose()
