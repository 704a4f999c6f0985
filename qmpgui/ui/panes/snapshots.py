"""The Snapshots pane (`snapshotView`): the VM's snapshots with their pictures, which
disks can hold one and why not, and the progress of a snapshot being saved, reverted
to or deleted (the rest of the window stays usable meanwhile). Revert and Delete act
on the snapshot selected here."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QToolBar, QWidget

from qmpgui.i18n import translate
from qmpgui.models import snapshot_pictures
from qmpgui.models.snapshot_model import SnapshotModel
from qmpgui.models.snapshot_pictures import PICTURE_WIDTH, load_pictures
from qmpgui.qmp.snapshots import job_status_words, reasons, snapshot_refusal
from qmpgui.session import (
    ConnState,
    VmSession,
    domain_snapshots,  # noqa: F401  (its reader lists a domain's)
)
from qmpgui.session.selection import SNAPSHOT
from qmpgui.session.snapshots import SNAPSHOTS, has_jobs, progress_of
from qmpgui.session.tasks import TaskSet
from qmpgui.session.topic_state import SnapshotState
from qmpgui.ui.panes.inspect import InspectPane
from qmpgui.ui.panes.registry import PaneContext
from qmpgui.virt.snapshots import MEMORY_REQUIRED, domain_refusal


class SnapshotPane(InspectPane):
    """The snapshots of the current VM; the selected row is the one Revert and Delete take."""

    topics = frozenset({SNAPSHOTS})

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        self.progress_label = QLabel()
        self.progress_bar = QProgressBar()
        super().__init__(
            context, SnapshotModel(), "snapshotView", translate("SnapshotPane", "Snapshots"), parent
        )
        self.setObjectName("snapshotPane")
        self.snapshot_model: SnapshotModel = self.model  # type: ignore[assignment]
        # A 4:3 screen's picture at a size that leaves room for the columns.
        self.view.setIconSize(QSize(PICTURE_WIDTH * 3 // 5, PICTURE_WIDTH * 9 // 20))
        self.progress_label.setObjectName("snapshotProgress")
        self.progress_bar.setObjectName("snapshotProgressBar")
        self.layout_.insertWidget(2, self.progress_label)
        self.layout_.insertWidget(3, self.progress_bar)
        actions = [
            context.action("actionSnapshotCreate"),
            context.action("actionSnapshotRevert"),
            context.action("actionSnapshotDelete"),
        ]
        self.view.context_actions = actions
        self.toolbar = QToolBar(translate("SnapshotPane", "Snapshots"))
        self.toolbar.setObjectName("snapshotToolBar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addActions(actions)
        self.layout_.insertWidget(0, self.toolbar)
        context.selection.provide(SNAPSHOT, self.selected_tag)
        self.view.selectionModel().currentChanged.connect(
            lambda *_: context.selection.selectionChanged.emit()
        )
        self._tasks = TaskSet()
        #: (uuid, tags, generation) whose pictures were last asked for.
        self._pictures_for: tuple[str, tuple[str, ...], int] | None = None
        self._show_progress()

    def selected_tag(self, session: VmSession) -> str | None:
        """The tag of the snapshot selected here while `session` is shown, else None."""
        if self.session is not session:
            return None
        node = self.model.node(self.view.currentIndex())
        return str(node.key) if node is not None else None

    def refresh(self) -> None:
        """The snapshots, their pictures and any progress of the current VM."""
        super().refresh()
        session = self.session
        # A libvirt domain's snapshots are a tree (each under the one it was taken from).
        snapshots = session.inspection.snapshots.snapshots if session is not None else ()
        self.view.setRootIsDecorated(any(s.parent for s in snapshots))
        self._show_progress()
        self._load_pictures()

    def _show_progress(self) -> None:
        session = self.session
        progress = progress_of(session) if session is not None else None
        shown = progress is not None
        self.progress_label.setVisible(shown)
        self.progress_bar.setVisible(shown)
        if progress is None:
            return
        words = job_status_words(progress.status, failed=progress.failed)
        status = f" ({words})" if progress.status else ""
        self.progress_label.setText(f"{progress.doing}…{status}")
        if progress.total:
            self.progress_bar.setRange(0, progress.total)
            self.progress_bar.setValue(progress.current or 0)
        else:
            self.progress_bar.setRange(0, 0)  # busy: HMP says nothing until it ends

    def _load_pictures(self) -> None:
        session = self.session
        uuid = session.info.uuid if session is not None else None
        if session is None or not uuid:
            self._pictures_for = None
            self.snapshot_model.set_pictures({})
            return
        tags = tuple(s.tag for s in session.inspection.snapshots.snapshots)
        wanted = (uuid, tags, snapshot_pictures.generation)
        if wanted == self._pictures_for:
            return
        self._pictures_for = wanted

        async def load() -> None:
            pictures = await load_pictures(uuid, tags)
            if self._pictures_for == wanted:
                self.snapshot_model.set_pictures(pictures)
                self.view.columns.fit_to_text()  # the Name column holds them

        self._tasks.spawn(load(), "pictures")

    async def aclose(self) -> None:
        """Stop reading pictures."""
        await self._tasks.aclose()

    def header_text(self) -> str:
        """The base header, then which disks cannot hold a snapshot and why."""
        text = super().header_text()
        session = self.session
        if session is None or session.state is not ConnState.CONNECTED:
            return text
        state = session.inspection.snapshots
        if session.domain is not None:
            return domain_header(text, state)
        if state.from_hmp:
            return translate("SnapshotPane", "{text} (from HMP 'info snapshots')").format(text=text)
        if not state.known:
            return text
        why = snapshot_refusal(state.disks, jobs=has_jobs(session))
        if why is not None:
            return translate("SnapshotPane", "{text}\nNo snapshot can be saved: {why}.").format(
                text=text, why=why
            )
        cannot = reasons([d for d in state.disks if d.why_not])
        return (
            translate("SnapshotPane", "{text}\nNot in snapshots: {cannot}.").format(
                text=text, cannot=cannot
            )
            if cannot
            else text
        )


def domain_header(text: str, state: SnapshotState) -> str:
    """The header of a libvirt domain's snapshots: from libvirt, what it refuses and
    why, and libvirt's sentence when it would not list them."""
    text = translate("snapshots", "{text} (libvirt's snapshots; the current one marked)").format(
        text=text
    )
    if state.libvirt_error:
        text += translate("snapshots", "\nlibvirt did not list them: {libvirt_error}").format(
            libvirt_error=state.libvirt_error
        )
    if not state.known:
        return text
    why = domain_refusal(state.disks)
    if why is not None:
        return translate("snapshots", "{text}\nNo snapshot can be saved: {why}.").format(
            text=text, why=why
        )
    text += translate("snapshots", "\nA snapshot keeps the memory: {MEMORY_REQUIRED}.").format(
        MEMORY_REQUIRED=translate("snapshots", MEMORY_REQUIRED)
    )
    cannot = reasons([d for d in state.disks if d.why_not])
    return (
        translate("snapshots", "{text}\nNot in snapshots: {cannot}.").format(
            text=text, cannot=cannot
        )
        if cannot
        else text
    )
