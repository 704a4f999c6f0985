"""Create, Revert to and Delete snapshots of the current VM (session/snapshots.py does
the work): the dialog and the questions first, which disks cannot hold one said before
anything is tried, the screen's picture kept with each snapshot taken here, and Resume
offered when a failed revert leaves the VM stopped in `restore-vm`."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QInputDialog

from qmpgui.app.actions.domain_snapshots import DomainSnapshots
from qmpgui.app.actions.domain_snapshots import refusal as domain_refusal
from qmpgui.app.actions.host import ActionHost
from qmpgui.i18n import translate
from qmpgui.log.entry import Level
from qmpgui.models.snapshot_pictures import forget_picture, take_picture
from qmpgui.qmp import QmpFailure, StatusInfo
from qmpgui.qmp.action_kinds import shown
from qmpgui.qmp.actions import ACTIONS, SnapshotAction, VmAction
from qmpgui.qmp.reader import Problems
from qmpgui.qmp.screendump import has_display
from qmpgui.qmp.snapshots import (
    DELETE_JOB,
    LOAD_JOB,
    SAVE_JOB,
    Snapshot,
    SnapshotDisk,
    parse_snapshot_disks,
    snapshot_named,
    snapshot_refusal,
)
from qmpgui.session import VmSession
from qmpgui.session.control import perform_action
from qmpgui.session.screendump import screendumper
from qmpgui.session.selection import SNAPSHOT
from qmpgui.session.snapshots import SNAPSHOTS, has_jobs, progress_of, run_snapshot
from qmpgui.session.tasks import TaskSet
from qmpgui.ui.confirm import ConfirmDialog

#: What a failed revert leaves (qapi/run-state.json); `cont` runs the VM on from there.
RESTORE_VM = "restore-vm"


def refusal(session: VmSession, action: SnapshotAction) -> str | None:
    """Why `action` cannot be used on `session` now (it is connected), or None."""
    facts = ACTIONS[action]
    status = session.run_status or "unknown"
    if facts.states is not None and status not in facts.states:
        return translate("snapshots", "not possible while the VM is {status}").format(status=status)
    if session.domain is not None:
        # libvirt's snapshot API: monitor commands would leave its list wrong.
        return domain_refusal(session, action)
    if progress_of(session) is not None:
        return translate("snapshots", "a snapshot is being saved, reverted to or deleted")
    state = session.inspection.snapshots
    if not state.known:
        if SNAPSHOTS not in session.inspection.updated:
            # The dialog names the disks a snapshot goes on: not before they are read.
            return translate("snapshots", "the VM's disks and snapshots are not read yet")
        return None  # neither query-block nor HMP answered: QEMU says why when tried
    if action is SnapshotAction.CREATE:
        return None if state.from_hmp else snapshot_refusal(state.disks, jobs=has_jobs(session))
    if not state.snapshots:
        return translate("snapshots", "this VM has no snapshot")
    return None


def revert_obstacle(snap: Snapshot) -> str | None:
    """Why QEMU cannot revert the running VM to `snap`, or None: a snapshot without RAM
    state (disks only) or one that some disks lack (migration/savevm.c, load_snapshot)."""
    if snap.vm_state_size == 0:
        return translate(
            "snapshots",
            "'{tag}' holds the disks only, no RAM state: QEMU reverts such a snapshot only while the VM is off (qemu-img snapshot -a)",
        ).format(tag=snap.tag)
    if snap.partial:
        return translate(
            "snapshots", "'{tag}' is not on every disk of the VM, so QEMU cannot revert to it"
        ).format(tag=snap.tag)
    return None


def _when(snap: Snapshot) -> str:
    if snap.date_s is None:
        return translate("snapshots", "the moment it was taken")
    return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(snap.date_s))


class Snapshots:
    """Runs the snapshot actions on the current VM."""

    def __init__(self, host: ActionHost) -> None:
        self.host = host
        self.tasks = TaskSet()
        self.domains = DomainSnapshots(host.parent, self.tasks.spawn, self._ask, self._keep_picture)

    def run(self, action: SnapshotAction) -> None:
        """Create, revert to or delete a snapshot of the current VM (asks first)."""
        session = self.host.selection.current
        if session is None or not session.connected:
            return
        why = refusal(session, action)
        if why is not None:
            self.host.say(Level.WARNING, f"{ACTIONS[action].label}: {why}", vm=session)
            return
        if action is SnapshotAction.CREATE:
            if session.domain is not None:
                self.domains.create(session)
            else:
                self._create(session)
            return
        snap = self._chosen(session, action)
        if snap is None:
            return
        if session.domain is not None:
            if action is SnapshotAction.REVERT:
                self.domains.revert(session, snap, _when(snap))
            else:
                self.domains.delete(session, snap, _when(snap))
            return
        if action is SnapshotAction.REVERT:
            self._revert(session, snap)
        else:
            self._delete(session, snap)

    def selected_refusal(self, session: VmSession) -> str | None:
        """Why Revert cannot take the snapshot selected in the pane, or None (also when
        none is selected: the user picks one then)."""
        if session.domain is not None:
            return None  # libvirt says for its own snapshots
        tag = self.host.selection.item(SNAPSHOT, session)
        snap = snapshot_named(session.inspection.snapshots.snapshots, tag or "")
        return None if snap is None else revert_obstacle(snap)

    # -- create -----------------------------------------------------------------------

    def _create(self, session: VmSession) -> None:
        state = session.inspection.snapshots
        taken = {s.tag for s in state.snapshots}
        from qmpgui.ui.snapshot_dialog import SnapshotDialog  # noqa: PLC0415 (first opened)

        choice = SnapshotDialog.ask(self.host.parent, session.display_name, state.disks, taken)
        if choice is None:
            return
        existing = snapshot_named(state.snapshots, choice.tag)
        if existing is not None and not self._ask(
            translate("Snapshots", "Replace snapshot"),
            translate("Snapshots", "Replace snapshot '{tag}' of {display_name}?").format(
                tag=choice.tag, display_name=session.display_name
            ),
            session,
            translate(
                "Snapshots",
                "The snapshot taken {v0} is deleted and a new one saved under its name: the VM can no longer go back to the old one.",
            ).format(v0=_when(existing)),
            translate("Snapshots", "Replace"),
        ):
            return
        self.tasks.spawn(self._save(session, choice.tag, choice.with_ram, existing is not None))

    async def _disks(self, session: VmSession) -> tuple[SnapshotDisk, ...] | None:
        """The disks as QEMU has them now (the list may predate a hot-plug, or not be
        fetched yet); None, said, when QEMU did not answer."""
        try:
            reply = await session.execute("query-block")
        except QmpFailure as failure:
            self.host.say(Level.ERROR, failure.message, vm=session)
            return None
        return parse_snapshot_disks(reply, Problems())

    async def _save(self, session: VmSession, tag: str, with_ram: bool, replace: bool) -> None:
        disks = await self._disks(session)
        if disks is None:
            return
        why = snapshot_refusal(disks, jobs=has_jobs(session))
        if why is not None:
            self.host.say(
                Level.WARNING,
                translate("Snapshots", "Create snapshot: {why}").format(why=why),
                vm=session,
            )
            return
        # HMP savevm replaces a tag by itself; the jobs and the transaction refuse one.
        if replace and (has_jobs(session) or not with_ram):
            deleted = await run_snapshot(session, DELETE_JOB, tag, disks)
            if not deleted.ok:
                return
        outcome = await run_snapshot(session, SAVE_JOB, tag, disks, with_ram=with_ram)
        if outcome.ok:
            await self._keep_picture(session, tag)

    async def _keep_picture(self, session: VmSession, tag: str) -> None:
        dumper = screendumper(session)
        if dumper.obstacle() is not None:
            return
        if has_display(session.inspection.consoles, session.server_caps) is False:
            return
        try:
            await take_picture(session, tag)
        except (QmpFailure, OSError, ValueError) as err:
            why = err.message if isinstance(err, QmpFailure) else str(err)
            self.host.say(
                Level.WARNING,
                translate("Snapshots", "no picture kept of snapshot '{tag}': {why}").format(
                    tag=tag, why=why
                ),
                vm=session,
            )
        session.topicChanged.emit(SNAPSHOTS)  # the pane shows the picture

    # -- revert and delete -------------------------------------------------------------

    def _chosen(self, session: VmSession, action: SnapshotAction) -> Snapshot | None:
        """The snapshot selected in the pane, the only one, or the one the user picks."""
        snapshots = session.inspection.snapshots.snapshots
        picked = snapshot_named(snapshots, self.host.selection.item(SNAPSHOT, session) or "")
        if picked is not None or len(snapshots) == 1:
            return picked or snapshots[0]
        label = ACTIONS[action].label
        tags = [s.tag for s in reversed(snapshots)]  # the newest first
        text, ok = QInputDialog.getItem(
            self.host.parent,
            label,
            translate("Snapshots", "{label} of {display_name}:").format(
                label=label, display_name=session.display_name
            ),
            tags,
            0,
            False,
        )
        return snapshot_named(snapshots, text) if ok else None

    def _revert(self, session: VmSession, snap: Snapshot) -> None:
        why = revert_obstacle(snap)
        if why is not None:
            label = ACTIONS[SnapshotAction.REVERT].label
            self.host.say(Level.WARNING, f"{label}: {why}", vm=session)
            return
        if self._confirm(SnapshotAction.REVERT, session, snap):
            self.tasks.spawn(self._load(session, snap.tag))

    async def _load(self, session: VmSession, tag: str) -> None:
        disks = await self._disks(session)
        if disks is None:
            return
        outcome = await run_snapshot(session, LOAD_JOB, tag, disks)
        if outcome.ok or not session.connected:
            return
        try:
            status = StatusInfo.parse(await session.execute("query-status")).status
        except QmpFailure:
            return
        if status == RESTORE_VM:
            session.request_refresh()
            text = translate(
                "Snapshots",
                "the revert to '{tag}' failed and QEMU left the VM stopped in '{RESTORE_VM}': Resume runs it on as it is now",
            ).format(tag=tag, RESTORE_VM=RESTORE_VM)
            self.host.say(Level.ERROR, text, vm=session)
            QTimer.singleShot(0, lambda: self._offer_resume(session, outcome.error or ""))

    def _offer_resume(self, session: VmSession, error: str) -> None:
        answer = ConfirmDialog.ask(
            self.host.parent,
            translate("Snapshots", "Revert failed"),
            translate(
                "Snapshots", "{display_name} is stopped in '{RESTORE_VM}' after a failed revert."
            ).format(display_name=session.display_name, RESTORE_VM=RESTORE_VM),
            [],
            detail=translate(
                "Snapshots",
                "QEMU said: {error}\nResume runs the VM on with the disks and RAM it has now; Leave stopped keeps it as it is.",
            ).format(error=error),
            accept_text=translate("Snapshots", "Resume"),
            offer_dont_ask=False,
            cancel_text=translate("Snapshots", "Leave stopped"),
        )
        if answer.confirmed and session.connected:
            self.tasks.spawn(perform_action(session, VmAction.RESUME))

    def _delete(self, session: VmSession, snap: Snapshot) -> None:
        if self._confirm(SnapshotAction.DELETE, session, snap):
            self.tasks.spawn(self._remove(session, snap.tag))

    async def _remove(self, session: VmSession, tag: str) -> None:
        disks = await self._disks(session)
        if disks is None:
            return
        outcome = await run_snapshot(session, DELETE_JOB, tag, disks)
        if outcome.ok and session.info.uuid:
            await forget_picture(session.info.uuid, tag)
            session.topicChanged.emit(SNAPSHOTS)  # the pane shows the picture

    def _confirm(self, action: SnapshotAction, session: VmSession, snap: Snapshot) -> bool:
        question = ACTIONS[action].question
        assert question is not None
        fill = {"vm": session.display_name, "tag": snap.tag, "when": _when(snap)}
        return self._ask(
            shown(question.title),
            shown(question.question).format(**fill),
            session,
            shown(question.detail).format(**fill),
            shown(question.title),
        )

    def _ask(self, title: str, text: str, session: VmSession, detail: str, accept: str) -> bool:
        names = [f"{session.display_name} ({session.endpoint_text})"]
        return self.host.confirmer.ask_destructive(title, text, names, detail, accept)

    async def aclose(self) -> None:
        """End what is under way."""
        await self.tasks.aclose()
