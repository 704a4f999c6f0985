"""The snapshots of one VM (`snapshotView`): tag, id, date, VM clock, RAM state size,
the disks that hold each and its picture; what the disks can hold is the pane's
header."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap

from qmpgui.models.node_tree import Node, NodeTreeModel
from qmpgui.models.palette import Tone
from qmpgui.models.text import DASH, human_bytes
from qmpgui.qmp.snapshots import Snapshot
from qmpgui.session import VmSession
from qmpgui.session.snapshots import HMP_LIST_KEY, SNAPSHOTS_KEY

COLUMNS = ("Name", "ID", "Date", "VM clock", "RAM state", "Disks")
HIDDEN_BY_DEFAULT = frozenset({"ID"})


def clock_text(seconds: float | None) -> str:
    """The guest's clock as QEMU's HMP prints it: "00:01:02.345"; DASH when unknown."""
    if seconds is None:
        return DASH
    whole = int(seconds)
    return f"{whole // 3600:02d}:{whole // 60 % 60:02d}:{whole % 60:02d}.{int(seconds * 1000) % 1000:03d}"


def date_text(seconds: float | None) -> str:
    """Local date and time, "2026-11-30 08:14:37"; DASH when unknown."""
    if seconds is None:
        return DASH
    return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(seconds))


def ram_text(snap: Snapshot) -> str:
    """The RAM state's size, or "none (disks only)"."""
    if snap.vm_state_size is None:
        return DASH
    return human_bytes(snap.vm_state_size) if snap.vm_state_size else "none (disks only)"


def snapshot_node(snap: Snapshot) -> Node:
    """The row of one snapshot; a snapshot that some disks lack is marked in its Disks
    cell, its tooltip and the warning tone. Never raises."""
    disks = ", ".join(snap.disks) if snap.disks else DASH
    if snap.partial:
        disks += " (partial: not on every disk)"
    values = [
        snap.tag,
        snap.id or DASH,
        date_text(snap.date_s),
        clock_text(snap.vm_clock_s),
        ram_text(snap),
        disks,
    ]
    tips = [f"{column}: {value}" for column, value in zip(COLUMNS, values, strict=True)]
    if snap.partial:
        tips.append("Some disks lack this snapshot: reverting to it fails.")
    tone = Tone.WARNING if snap.partial else None
    return Node(snap.tag, values, snap.raw, "\n".join(tips), tone)


def _icon(image: QImage) -> QIcon:
    # The same picture when selected: Qt would tint it with the selection's colour.
    pixmap = QPixmap.fromImage(image)
    icon = QIcon(pixmap)
    icon.addPixmap(pixmap, QIcon.Mode.Selected)
    return icon


class SnapshotModel(NodeTreeModel):
    """The snapshots of one VM, oldest first, one row each; the Name column carries the
    snapshot's picture (DecorationRole, a QIcon) where qmpgui kept one."""

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
        self.sync([snapshot_node(s) for s in state.snapshots])
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
