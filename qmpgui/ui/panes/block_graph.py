"""The Block graph pane (`blockGraphView`): each drive's chain of nodes (filters,
format, protocol, backing files), the nodes each running job works on, and the nodes
under no drive, with each node's driver, file, sizes, read-only, cache mode and dirty
bitmaps.

An indented tree rather than boxes and arrows: a drive's chain is a path with few
branches (file and backing under each format node), which reads top to bottom as the
graph does, copies as text and JSON as every pane does, and keeps its columns
aligned for comparing nodes; a node two parents share (a job's, a filter's) is shown
in full once and named, greyed, where it appears again."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QWidget

from qmpgui.i18n import translate
from qmpgui.models.block_graph_model import BlockGraphModel
from qmpgui.qmp.block_graph import BACKEND, JOB
from qmpgui.session import VmSession
from qmpgui.session.block_graph import BLOCK_GRAPH
from qmpgui.session.block_jobs import job_watch
from qmpgui.session.inspection import BLOCK
from qmpgui.ui.panes.inspect import InspectPane
from qmpgui.ui.panes.registry import PaneContext


class BlockGraphPane(InspectPane):
    """The block graph of the current VM, as a tree of drives, jobs and nodes."""

    topics = frozenset({BLOCK_GRAPH, BLOCK})

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            BlockGraphModel(),
            "blockGraphView",
            translate("BlockGraphPane", "Block graph"),
            parent,
        )
        self.setObjectName("blockGraphPane")

    def current_changed(self, session: VmSession | None) -> None:
        if session is not None:
            job_watch(session)  # block commands from the console refresh the graph
        super().current_changed(session)

    def refresh(self) -> None:
        super().refresh()
        self._span(QModelIndex())

    def _span(self, parent: QModelIndex) -> None:
        # A bitmap's row and a drive's or job's are one text: across the columns.
        model = self.model
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            node = model.node(index)
            if node is not None:
                whole = isinstance(node.key, tuple) and node.key[0] in ("bitmap", BACKEND, JOB)
                self.view.setFirstColumnSpanned(row, parent, whole)
            self._span(index)
