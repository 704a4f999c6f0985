"""Send key: a combination from the Send key menu, or one typed in the Other keys
dialog, pressed on the chosen VMs' keyboards (QMP's send-key, or libvirt's for a
domain), with one summary when several VMs were chosen."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence

from qmpgui.app.actions.host import ActionHost
from qmpgui.i18n import translate
from qmpgui.log.entry import Level
from qmpgui.qmp.actions import ACTIONS, VmAction
from qmpgui.qmp.keys import key_text, known_keys, unknown_key
from qmpgui.session import VmSession
from qmpgui.session.control import perform_send_key, summary
from qmpgui.session.tasks import TaskSet

_SEND_KEY = ACTIONS[VmAction.SEND_KEY]


def keys_of(session: VmSession) -> frozenset[str]:
    """The key names `session`'s VM takes: its schema's QKeyCodes (QEMU 7.2's when the
    schema does not say); for a libvirt domain, those libvirt can send."""
    schema = session.server_caps.schema
    listed = schema.key_codes if schema is not None else ()
    return known_keys(listed, domain=session.domain is not None)


class Keys:
    """Sends combinations; `why_not(session)` says why a VM cannot take keys now (the
    action table's checks: connected, running), None when it can."""

    def __init__(self, host: ActionHost, why_not: Callable[[VmSession], str | None]) -> None:
        self.host = host
        self.why_not = why_not
        self.tasks = TaskSet()

    def send_selected(self, keys: Sequence[str]) -> None:
        """Send `keys` to the selected VMs."""
        self.send(self.host.selection.sessions, keys)

    def ask_selected(self) -> None:
        """Ask for a combination (Other keys…), then send it to the selected VMs."""
        self.ask(self.host.selection.sessions)

    def ask(self, sessions: Sequence[VmSession]) -> None:
        """Ask for a combination, completed from the first VM that can take keys, and
        send it to `sessions`; a VM that cannot is said why, and nothing is asked."""
        able = [s for s in sessions if self.why_not(s) is None]
        if not able:
            self.send(sessions, ())  # says why not
            return
        from qmpgui.ui.key_dialog import KeyDialog  # noqa: PLC0415 (loads when first opened)

        first = able[0]
        keys = KeyDialog.ask(self.host.parent, keys_of(first), first.display_name)
        if keys:
            self.send(sessions, keys)

    def send(self, sessions: Sequence[VmSession], keys: Sequence[str]) -> None:
        """Press `keys` on each of `sessions` that can take them; each VM passed over is
        said why (as its own entry), and several VMs end in one summary line."""
        label = f"{_SEND_KEY.label} {key_text(keys)}".rstrip()
        skipped: dict[VmSession, str] = {}
        eligible = []
        for session in sessions:
            why = self.why_not(session)
            if why is None and keys:
                known = keys_of(session)
                why = next((unknown_key(k, known) for k in keys if k not in known), None)
            if why is None:
                eligible.append(session)
            else:
                skipped[session] = why
        single = len(sessions) == 1
        for session, why in skipped.items():
            text = (
                f"{label}: {why}"
                if single
                else translate("Keys", "{label} skipped: {why}").format(label=label, why=why)
            )
            self.host.say(Level.WARNING, text, vm=session)
        if not eligible:
            if not single and skipped:
                reasons = "; ".join(f"{s.display_name}: {why}" for s, why in skipped.items())
                self.host.say(Level.WARNING, f"{label}: {reasons}")
            return
        self.tasks.spawn(self._send_all(label, eligible, keys, skipped))

    async def _send_all(
        self,
        label: str,
        sessions: list[VmSession],
        keys: Sequence[str],
        skipped: dict[VmSession, str],
    ) -> None:
        outcomes = list(await asyncio.gather(*(perform_send_key(s, keys) for s in sessions)))
        if len(outcomes) + len(skipped) > 1:
            passed = {s.display_name: why for s, why in skipped.items()}
            text, level = summary(label, outcomes, passed)
            self.host.say(level, text, banner=level is Level.ERROR)

    async def aclose(self) -> None:
        """End what is under way."""
        await self.tasks.aclose()
