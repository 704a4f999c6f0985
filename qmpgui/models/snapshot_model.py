"""The snapshots of one VM (`snapshotView`): tag, id, date, VM clock, RAM state size,
the disks that hold each and its picture; what the disks can hold is the pane's
header."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap

from qmpgui.i18n import marked, translate
from qmpgui.models.node_tree import Node, NodeTreeModel
from qmpgui.models.palette import Tone
from qmpgui.models.text import DASH, human_bytes
from qmpgui.qmp.snapshots import Snapshot
from qmpgui.session import VmSession
from qmpgui.session.snapshots import HMP_LIST_KEY, SNAPSHOTS_KEY

COLUMNS = (
    marked("headers", "Name"),
    marked("headers", "ID"),
    marked("headers", "Date"),
    marked("headers", "VM clock"),
    marked("headers", "RAM state"),
    marked("headers", "Disks"),
    marked("headers", "State"),
    marked("headers", "Description"),
)
#: State says libvirt's word alone; the RAM state column says it too, beside the memory
#: (a VM's snapshots have no state to show).
HIDDEN_BY_DEFAULT = frozenset({"ID", "State", "Description"})

#: libvirt's words for a domain's state when a snapshot was taken, as the window says them.
_STATES = {
    "shutoff": marked("snapshot_model", "shut off"),
    "disk-snapshot": marked("snapshot_model", "disks only, external"),
}


def clock_text(seconds: float | None) -> str:
    """The guest's clock as QEMU's HMP prints it: "00:01:02.345"; DASH when unknown."""
    if seconds is None:
        return DASH
    whole = int(seconds)
    return f"{whole // 3600:02d}:{whole // 60 % 60:02d}:{whole % 60:02d}.{int(seconds * 1000) % 1000:03d}"


def date_text(seconds: float | None) -> str:
    """Local date and time, "2026-11-30 08:14:37"; DASH when unknown; "out of range"
    for a date the C library cannot hold (a server's year 292 billion)."""
    if seconds is None:
        return DASH
    try:
        return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(seconds))
    except (OverflowError, OSError, ValueError):
        return translate("snapshot_model", "out of range")


def _state_text(state: str) -> str:
    """libvirt's snapshot `state` in words where it has none of its own ("shutoff")."""
    return translate("snapshot_model", _STATES[state]) if state in _STATES else state


def ram_text(snap: Snapshot) -> str:
    """The RAM state's size, or "none (disks only)"; for a libvirt domain's snapshot
    (libvirt gives no size) "saved" or "none", with the domain's state then: "saved
    (paused)", "none (shut off)"."""
    if snap.vm_state_size is None:
        if snap.memory is not None:
            state = _state_text(snap.state)
            saved = (
                translate("snapshot_model", "saved")
                if snap.memory
                else translate("snapshot_model", "none")
            )
            return f"{saved} ({state})" if state else saved
        return DASH
    return (
        human_bytes(snap.vm_state_size)
        if snap.vm_state_size
        else translate("snapshot_model", "none (disks only)")
    )


def snapshot_node(snap: Snapshot) -> Node:
    """The row of one snapshot; a snapshot that some disks lack is marked in its Disks
    cell, its tooltip and the warning tone. Never raises."""
    disks = ", ".join(snap.disks) if snap.disks else DASH
    if snap.partial:
        disks += translate("snapshot_model", " (partial: not on every disk)")
    values = [
        translate("snapshot_model", "{tag} (current)").format(tag=snap.tag)
        if snap.current
        else snap.tag,
        snap.id or DASH,
        date_text(snap.date_s),
        clock_text(snap.vm_clock_s),
        ram_text(snap),
        disks,
        _state_text(snap.state) or DASH,
        snap.description or DASH,
    ]
    tips = [f"{column}: {value}" for column, value in zip(COLUMNS, values, strict=True)]
    if snap.parent:
        tips.append(translate("snapshot_model", "Taken from: {parent}").format(parent=snap.parent))
    if snap.current:
        tips.append(
            translate(
                "snapshot_model",
                "libvirt's current snapshot: the domain was last taken or reverted to it.",
            )
        )
    if snap.partial:
        tips.append(
            translate("snapshot_model", "Some disks lack this snapshot: reverting to it fails.")
        )
    tone = Tone.WARNING if snap.partial else None
    return Node(snap.tag, values, snap.raw, "\n".join(tips), tone)


def snapshot_nodes(snapshots: tuple[Snapshot, ...]) -> list[Node]:
    """The rows of `snapshots` (oldest first): each under the snapshot it was taken
    from (`parent`, a libvirt domain's), the others at the top; a tag listed twice (HMP
    lists a partial snapshot once per disk) is shown once. Never raises."""
    first: dict[str, Snapshot] = {}
    for snap in snapshots:
        first.setdefault(snap.tag, snap)
    snapshots = tuple(first.values())
    nodes = {snap.tag: snapshot_node(snap) for snap in snapshots}
    top = []
    for snap in snapshots:
        parent = nodes.get(snap.parent) if snap.parent and snap.parent != snap.tag else None
        if parent is not None and not _below(nodes, snapshots, snap.tag, snap.parent):
            parent.children.append(nodes[snap.tag])
        else:
            top.append(nodes[snap.tag])
    return top


def _below(
    nodes: dict[str, Node], snapshots: tuple[Snapshot, ...], tag: str, parent: str | None
) -> bool:
    """Whether `parent` descends from `tag` (a loop a server should never send)."""
    parents = {s.tag: s.parent for s in snapshots}
    seen = {tag}
    while parent is not None and parent in nodes:
        if parent in seen:
            return True
        seen.add(parent)
        parent = parents.get(parent)
    return False


def _icon(image: QImage) -> QIcon:
    # The same picture when selected: Qt would tint it with the selection's colour.
    pixmap = QPixmap.fromImage(image)
    icon = QIcon(pixmap)
    icon.addPixmap(pixmap, QIcon.Mode.Selected)
    return icon


class SnapshotModel(NodeTreeModel):
    """The snapshots of one VM, oldest first, one row each; the Name column carries the
    snapshot's picture (DecorationRole, a QIcon) where qmpgui kept one."""

    glossary = "snapshots"

    headers = COLUMNS
    hidden_by_default = HIDDEN_BY_DEFAULT

    def __init__(self) -> None:
        super().__init__()
        #: The pictures by tag (models/snapshot_pictures.py loads them).
        self.pictures: dict[str, QImage] = {}
        #: The same as icons, which a view scales to its icon size.
        self._icons: dict[str, QIcon] = {}

    def refresh(self, session: VmSession) -> None:
        """Show `session`'s snapshots as last fetched."""
        state = session.inspection.snapshots
        self.sync(snapshot_nodes(state.snapshots))
        self.replies = session.inspection.results_of([SNAPSHOTS_KEY, HMP_LIST_KEY])

    def set_pictures(self, pictures: dict[str, QImage]) -> None:
        """Show `pictures` (by tag) beside the snapshots they belong to."""
        self.pictures = pictures
        self._icons = {tag: _icon(image) for tag, image in pictures.items()}
        rows = self.rowCount()
        if rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(rows - 1, 0), [Qt.ItemDataRole.DecorationRole]
            )

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """NodeTreeModel's roles, and the picture of the row's snapshot in column 0 (a
        QIcon)."""
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            node = self.node(index)
            return self._icons.get(str(node.key)) if node is not None else None
        return super().data(index, role)
