"""Create, Revert to and Delete snapshots of a libvirt domain through libvirt's
snapshot API (session/domain_snapshots.py runs them): the same dialog and questions as
a VM's, with what libvirt 9.0 refuses said before it is tried, the state a revert
leaves the domain in, and what becomes of a deleted snapshot's children."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from qmpgui.i18n import translate
from qmpgui.models.snapshot_pictures import forget_picture
from qmpgui.qmp.actions import SnapshotAction
from qmpgui.qmp.snapshots import Snapshot, snapshot_named
from qmpgui.session import VmSession
from qmpgui.session.domain_snapshots import CREATE, DELETE, REVERT, run_domain_snapshot
from qmpgui.session.snapshots import SNAPSHOTS, progress_of
from qmpgui.virt.snapshots import MEMORY_REQUIRED, children_of, domain_refusal, state_after

#: Asks a destructive question: (title, text, session, detail, accept) -> confirmed.
Ask = Callable[[str, str, VmSession, str, str], bool]


def refusal(session: VmSession, action: SnapshotAction) -> str | None:
    """Why `action` cannot be used on the connected domain of `session` now, or None."""
    if progress_of(session) is not None:
        return translate("domain_snapshots", "a snapshot is being saved, reverted to or deleted")
    state = session.inspection.snapshots
    if not state.known:
        # The dialog names the disks the snapshot goes on: not before libvirt listed them.
        return translate(
            "domain_snapshots", "libvirt has not listed the domain's disks and snapshots yet"
        )
    if action is SnapshotAction.CREATE:
        return domain_refusal(state.disks)
    if not state.snapshots:
        return translate("domain_snapshots", "this domain has no snapshot")
    return None


def _children_words(snapshots: tuple[Snapshot, ...], snap: Snapshot) -> str:
    children = children_of(snapshots, snap.tag)
    if not children:
        return ""
    names = ", ".join(f"'{c}'" for c in children)
    under = (
        f"'{snap.parent}'"
        if snap.parent
        else translate("domain_snapshots", "no parent (they become roots)")
    )
    return translate(
        "domain_snapshots", " The snapshots taken from it ({names}) are kept, now under {under}."
    ).format(names=names, under=under)


class DomainSnapshots:
    """The snapshot actions on a libvirt domain; `spawn` runs their work in the
    background, `ask` asks the questions, `keep_picture` keeps a new snapshot's
    picture (a coroutine function of the session and the tag)."""

    def __init__(
        self,
        parent: Any,
        spawn: Callable[[Coroutine[Any, Any, None]], object],
        ask: Ask,
        keep_picture: Callable[[VmSession, str], Coroutine[Any, Any, None]],
    ) -> None:
        self.parent = parent
        self.spawn = spawn
        self.ask = ask
        self.keep_picture = keep_picture

    def create(self, session: VmSession) -> None:
        """Ask for the name and description, then take the snapshot (with memory)."""
        state = session.inspection.snapshots
        taken = {s.tag for s in state.snapshots}
        from qmpgui.ui.snapshot_dialog import SnapshotDialog  # noqa: PLC0415 (first opened)

        choice = SnapshotDialog.ask(
            self.parent,
            session.display_name,
            state.disks,
            taken,
            described=True,
            ram_fixed=translate("snapshots", MEMORY_REQUIRED),
        )
        if choice is None:
            return
        existing = snapshot_named(state.snapshots, choice.tag)
        if existing is not None and not self.ask(
            translate("DomainSnapshots", "Replace snapshot"),
            translate("DomainSnapshots", "Replace snapshot '{tag}' of {display_name}?").format(
                tag=choice.tag, display_name=session.display_name
            ),
            session,
            translate(
                "DomainSnapshots",
                "libvirt deletes the old one and saves a new one under its name: the domain can no longer go back to the old one.",
            )
            + _children_words(state.snapshots, existing),
            translate("DomainSnapshots", "Replace"),
        ):
            return
        self.spawn(self._save(session, choice.tag, choice.description, existing is not None))

    async def _save(self, session: VmSession, tag: str, description: str, replace: bool) -> None:
        if replace and not (await run_domain_snapshot(session, DELETE, tag)).ok:
            return
        outcome = await run_domain_snapshot(
            session, CREATE, tag, description=description, memory=True
        )
        if outcome.ok:
            await self.keep_picture(session, tag)

    def revert(self, session: VmSession, snap: Snapshot, when: str) -> None:
        """Ask, naming the snapshot, what is lost and the state it leaves; then revert."""
        after = state_after(snap)
        if self.ask(
            translate("DomainSnapshots", "Revert to snapshot"),
            translate("DomainSnapshots", "Revert {display_name} to snapshot '{tag}'?").format(
                display_name=session.display_name, tag=snap.tag
            ),
            session,
            translate(
                "DomainSnapshots",
                "Everything the domain did since {when} is lost: libvirt brings its disks and its memory back to the snapshot, and the domain is {after} afterwards, as it was then.",
            ).format(when=when, after=after),
            translate("DomainSnapshots", "Revert to snapshot"),
        ):
            self.spawn(self._run(session, REVERT, snap.tag))

    def delete(self, session: VmSession, snap: Snapshot, when: str) -> None:
        """Ask, naming the snapshot and what becomes of its children; then delete it."""
        snapshots = session.inspection.snapshots.snapshots
        if self.ask(
            translate("DomainSnapshots", "Delete snapshot"),
            translate("DomainSnapshots", "Delete snapshot '{tag}' of {display_name}?").format(
                tag=snap.tag, display_name=session.display_name
            ),
            session,
            translate(
                "DomainSnapshots",
                "The domain can no longer go back to how it was at {when}; the running domain is not changed.",
            ).format(when=when)
            + _children_words(snapshots, snap),
            translate("DomainSnapshots", "Delete snapshot"),
        ):
            self.spawn(self._run(session, DELETE, snap.tag))

    async def _run(self, session: VmSession, op: str, tag: str) -> None:
        outcome = await run_domain_snapshot(session, op, tag)
        if outcome.ok and op == DELETE and session.info.uuid:
            await forget_picture(session.info.uuid, tag)
            session.topicChanged.emit(SNAPSHOTS)  # the pane shows the pictures left
