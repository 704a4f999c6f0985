"""The actions on the selected VMs, made from the action table (qmp/actions.py).

Each action is enabled only where it works and says why not in its tooltip: in the
run states QEMU accepts it, on a VM with a drive to eject or change, with a display to
dump (read from the session's kept topics, so they follow the VM without its pane). One
that applies to several VMs asks once and ends in one summary. Destructive ones ask
first (unless confirm_destructive is off). Modal dialogs are opened from plain Qt
callbacks, never from inside an asyncio task: a nested event loop inside a running
task would re-enter the loop. The parts that act on devices, snapshots and migrations
are made, and their modules loaded, when first used: the window shows sooner.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from qmpgui.app.actions.domains import CHECK_ON, START_DOMAIN, domain_refusal
from qmpgui.app.actions.host import ActionHost
from qmpgui.app.actions.keys import Keys
from qmpgui.app.actions.lifecycle import Lifecycle
from qmpgui.app.actions.media import Media
from qmpgui.app.actions.screendumps import Screendumps
from qmpgui.i18n import PLURAL, translate
from qmpgui.log.entry import Level
from qmpgui.qmp.action_kinds import shown
from qmpgui.qmp.actions import (
    ACTIONS,
    ActionFacts,
    AnyAction,
    DeviceAction,
    Group,
    MediaAction,
    MigrationAction,
    SnapshotAction,
    VmAction,
    in_group,
)
from qmpgui.qmp.media import media_refusal
from qmpgui.qmp.runstate import needs_warning, refusal
from qmpgui.qmp.screendump import NO_DISPLAY, has_display
from qmpgui.session import VmSession
from qmpgui.session.migration import MIGRATION, migrations_of
from qmpgui.ui.confirm import ConfirmDialog
from qmpgui.ui.qactions import enable, make_action
from qmpgui.ui.send_key_menu import SendKeyMenu

if TYPE_CHECKING:
    from qmpgui.app.actions.device_removal import DeviceRemoval
    from qmpgui.app.actions.devices import Devices
    from qmpgui.app.actions.migrate import Migrate
    from qmpgui.app.actions.snapshots import Snapshots

#: The parts made when first used (VmActions' cached properties of these names).
_LATER = ("snapshots", "devices", "removal", "migrate")


class VmActions(QObject):
    """The QActions of the table (by action in `actions`), and what they do."""

    def __init__(self, host: ActionHost) -> None:
        super().__init__(host.parent)
        self.host = host
        self.actions: dict[AnyAction, QAction] = {
            facts.action: make_action(
                host.parent,
                facts.object_name,
                shown(facts.text),
                facts.shortcut,
                shown(facts.tip),
                icon=facts.icon,
            )
            for facts in ACTIONS.values()
        }
        self.lifecycle = Lifecycle(host)
        self.media = Media(host)
        self.keys = Keys(host, lambda s: self.why_not(s, ACTIONS[VmAction.SEND_KEY]))
        self.screendumps = Screendumps(host, self.keys)
        # Send key is a submenu: its combinations act, the action itself only opens it.
        self.key_menu = SendKeyMenu(host.parent)
        self.actions[VmAction.SEND_KEY].setMenu(self.key_menu)
        self.key_menu.chosen.connect(self.keys.send_selected)
        self.key_menu.otherRequested.connect(self.keys.ask_selected)
        for action, qaction in self.actions.items():
            qaction.triggered.connect(lambda _=False, a=action: self.run(a))
        host.selection.selectionChanged.connect(self.update)
        # Migrate is refused while a migration runs: the migration topic is not a kept
        # one (it changes twice a second), so only its start and end re-evaluate.
        host.selection.currentTopicChanged.connect(self._migration_changed)
        self._migrating: bool | None = None

    @functools.cached_property
    def snapshots(self) -> Snapshots:
        """Take, revert to and delete snapshots."""
        from qmpgui.app.actions.snapshots import Snapshots  # noqa: PLC0415 (first use)

        return Snapshots(self.host)

    @functools.cached_property
    def devices(self) -> Devices:
        """Add device."""
        from qmpgui.app.actions.devices import Devices  # noqa: PLC0415 (first use)

        return Devices(self.host)

    @functools.cached_property
    def removal(self) -> DeviceRemoval:
        """Remove device."""
        from qmpgui.app.actions.device_removal import DeviceRemoval  # noqa: PLC0415

        return DeviceRemoval(self.host)

    @functools.cached_property
    def migrate(self) -> Migrate:
        """Migrate…"""
        from qmpgui.app.actions.migrate import Migrate  # noqa: PLC0415 (first use)

        return Migrate(self.host)

    def _migration_changed(self, name: str) -> None:
        current = self.host.selection.current
        if name != MIGRATION or current is None:
            return
        migrating = migrations_of(current).state.info.active
        if migrating != self._migrating:
            self._migrating = migrating
            self.update()

    def group(self, group: Group) -> list[QAction]:
        """The QActions of `group`, in menu order."""
        return [self.actions[facts.action] for facts in in_group(group)]

    # -- enabling ---------------------------------------------------------------------

    @staticmethod
    def why_not(session: VmSession, facts: ActionFacts) -> str | None:
        """Why the action cannot be used on `session` now, or None. (A VM not connected
        is refused before the checks whose modules load when first used: see the top.)"""
        if isinstance(facts.action, MigrationAction) and session.domain is not None:
            from qmpgui.app.actions.migrate import migrate_refusal  # noqa: PLC0415

            return migrate_refusal(session)  # before the checks of a domain's actions
        if facts.domain_only or session.domain is not None:
            why = domain_refusal(session, facts)
            if why is not translate("domains", CHECK_ON):
                return why
        if not session.connected:
            return translate("VmActions", "not connected")
        inspection = session.inspection
        if isinstance(facts.action, MediaAction):
            # The drives as last fetched (a kept topic); unknown until the first answer,
            # and then the action asks QEMU itself.
            block = inspection.results.get("query-block")
            if block is None or not block.ok:
                return None
            return media_refusal(facts.action, inspection.block.devices)
        if isinstance(facts.action, SnapshotAction):
            from qmpgui.app.actions.snapshots import refusal as snapshot_refusal  # noqa: PLC0415

            return snapshot_refusal(session, facts.action)
        caps = session.capabilities
        if caps and facts.command not in caps:
            return translate("VmActions", "this QEMU has no '{command}' command").format(
                command=facts.command
            )
        status = session.run_status or "unknown"
        if isinstance(facts.action, DeviceAction):
            known = facts.states is None or status in facts.states
            return (
                None
                if known
                else translate("VmActions", "not possible while the VM is {status}").format(
                    status=status
                )
            )
        if isinstance(facts.action, MigrationAction):
            if status == "inmigrate":
                return translate(
                    "VmActions", "this VM waits for an incoming migration: it is a destination"
                )
            if facts.states is not None and status not in facts.states:
                return translate(
                    "VmActions", "only a running or paused VM can migrate (it is {status})"
                ).format(status=status)
            from qmpgui.app.actions.migrate import migrate_refusal  # noqa: PLC0415

            return migrate_refusal(session)
        why = refusal(facts.action, status)
        if why is None and facts.action is VmAction.SCREENDUMP:
            shown = has_display(inspection.consoles, session.server_caps)
            why = translate("screendump", NO_DISPLAY) if shown is False else None
        return why

    def update(self) -> None:
        """Re-evaluate every action for the selection; runs on each change of it."""
        sessions = self.host.selection.sessions
        domains = any(s.domain is not None for s in sessions)
        all_domains = bool(sessions) and all(s.domain is not None for s in sessions)
        for facts in ACTIONS.values():
            qaction = self.actions[facts.action]
            tip = facts.tip_on_domain if all_domains else shown(facts.tip)  # what it will do
            qaction.setStatusTip(tip)
            qaction.setProperty("baseTip", tip)
            enable(qaction, self._reason(facts, sessions))
            if facts.domain_only:  # shown where it can apply, as Quit VM is elsewhere
                self.actions[facts.action].setVisible(domains)

    def _reason(self, facts: ActionFacts, sessions: list[VmSession]) -> str | None:
        if not sessions:
            return translate("VmActions", "select a VM first")
        if len(sessions) > 1 and not facts.multi_vm:
            if isinstance(
                facts.action, MediaAction | SnapshotAction | DeviceAction | MigrationAction
            ):
                return translate("VmActions", "select one VM")
            return translate("VmActions", "select one VM: this acts on one VM at a time")
        reasons = [self.why_not(s, facts) for s in sessions]
        if len(sessions) == 1:
            if reasons[0] is None and facts.action is SnapshotAction.REVERT:
                return self.snapshots.selected_refusal(sessions[0])
            return reasons[0]
        if any(r is None for r in reasons):
            return None
        return translate("VmActions", "none of the selected VMs can ({v0})").format(v0=reasons[0])

    # -- running ------------------------------------------------------------------------

    def run(self, action: AnyAction) -> None:
        """Apply `action` to the selected VMs (the first one for single-VM actions)."""
        if isinstance(action, MediaAction):
            self.media.run(action)
            return
        if isinstance(action, SnapshotAction):
            self.snapshots.run(action)
            return
        if action is VmAction.SEND_KEY:  # its menu's items send (self.keys)
            return
        if isinstance(action, MigrationAction):
            current = self.host.selection.current
            why = self.why_not(current, ACTIONS[action]) if current is not None else None
            if current is not None and why is not None:
                self.host.say(Level.WARNING, f"{ACTIONS[action].label}: {why}", vm=current)
            else:
                self.migrate.open()
            return
        if isinstance(action, DeviceAction):
            if self.host.selection.current is not None:
                why = self.why_not(self.host.selection.current, ACTIONS[action])
                if why is not None:
                    self.host.say(Level.WARNING, f"{ACTIONS[action].label}: {why}")
                    return
            if action is DeviceAction.DEL:
                self.removal.remove()
            else:
                self.devices.add()
            return
        facts = ACTIONS[action]
        selected = self.host.selection.sessions
        if not facts.multi_vm:
            selected = selected[:1]
        eligible = [s for s in selected if self.why_not(s, facts) is None]
        passed = {s: why for s in selected if (why := self.why_not(s, facts))}
        skipped = {s.display_name: why for s, why in passed.items()}
        if not eligible:
            if len(selected) == 1 and skipped:  # one VM: the message is that VM's
                why = next(iter(skipped.values()))
                self.host.say(Level.WARNING, f"{facts.label}: {why}", vm=selected[0])
            elif skipped:
                self.say_skipped(facts.label, passed)
                reasons = "; ".join(f"{vm}: {why}" for vm, why in skipped.items())
                self.host.say(Level.WARNING, f"{facts.label}: {reasons}")
            return
        if not self._confirm(facts, eligible):
            return
        self.say_skipped(facts.label, passed)
        if action is VmAction.SCREENDUMP:
            self.screendumps.open_viewers(eligible, skipped)
        elif action is VmAction.POWERDOWN:
            self.lifecycle.power_down(eligible, skipped)
        else:
            self.lifecycle.run(action, eligible, skipped)

    def say_skipped(self, label: str, skipped: dict[VmSession, str]) -> None:
        """Give each VM an action of several VMs passed over its own entry ("Pause
        skipped: not connected"), so that the log filtered to that VM shows it; the
        summary of them all follows as the window's line."""
        for session, why in skipped.items():
            self.host.say(
                Level.WARNING,
                translate("VmActions", "{label} skipped: {why}").format(label=label, why=why),
                vm=session,
            )

    def _confirm(self, facts: ActionFacts, sessions: list[VmSession]) -> bool:
        names = [f"{s.display_name} ({s.endpoint_text})" for s in sessions]
        assert isinstance(facts.action, VmAction)
        action = facts.action
        warnings = {w for s in sessions if (w := needs_warning(action, s.run_status or ""))}
        if warnings:  # asked even with confirmations off: no "don't ask again" here
            these = translate("VmActions", "(this VM|these VMs)", None, PLURAL, len(names))
            answer = ConfirmDialog.ask(
                self.host.parent,
                facts.label,
                translate("VmActions", "{action} {these}?").format(action=facts.label, these=these),
                names,
                detail=" ".join(sorted(warnings)),
                accept_text=facts.label,
                offer_dont_ask=False,
            )
            return answer.confirmed
        if facts.question is None:
            return True
        question = facts.question
        if action is VmAction.START and all(s.domain and not s.connected for s in sessions):
            question = START_DOMAIN
        these = translate("VmActions", "(this VM|these %n VMs)", None, PLURAL, len(sessions))
        return self.host.confirmer.ask_destructive(
            shown(question.title),
            shown(question.question).format(these=these),
            names,
            shown(question.detail),
            shown(question.title),
        )

    async def aclose(self) -> None:
        """Close the screendump viewers and end the power-down watches."""
        await self.screendumps.aclose()
        await self.keys.aclose()
        await self.lifecycle.aclose()
        await self.media.aclose()
        for name in _LATER:  # only those made
            made = self.__dict__.get(name)
            if made is not None:
                await made.aclose()
