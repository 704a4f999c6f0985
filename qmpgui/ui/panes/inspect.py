"""A pane that shows inspection topics of the current VM in a tree view.

The pane follows the selection: it refreshes its model when the current VM says
one of its topics changed, and tells in a header line how fresh the data is. Any
row or the whole pane copies as text and as JSON (the raw QMP reply behind it).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Hashable

from PySide6.QtCore import QMimeData, QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QLabel, QMenu, QTreeView, QVBoxLayout, QWidget

from qmpgui.i18n import translate
from qmpgui.models.node_tree import NodeTreeModel
from qmpgui.session import ConnState, VmSession
from qmpgui.ui.columns import ColumnMemory
from qmpgui.ui.panes.registry import Pane, PaneContext

JSON_MIME = "application/json"


def to_json(value: object) -> str:
    return json.dumps(value, indent=2, default=str)


def put_on_clipboard(text: str, json_text: str | None = None) -> None:
    """Text for every paste target, plus JSON for those that ask for it."""
    mime = QMimeData()
    mime.setText(text)
    if json_text is not None:
        mime.setData(JSON_MIME, json_text.encode())
    QGuiApplication.clipboard().setMimeData(mime)


class InspectView(QTreeView):
    """A tree view with copy actions (Ctrl+C, Ctrl+Shift+C and a context menu)."""

    def __init__(self, model: NodeTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        # Paths and names differ at their ends (/images/web1.qcow2, /images/web2.qcow2).
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        #: Shown columns and widths; the header's menu shows the columns hidden by default.
        self.columns = ColumnMemory(self, self.header(), model.hidden_by_default, fit_text=True)
        self.copy_rows = self._add(
            translate("InspectView", "Copy"), QKeySequence.StandardKey.Copy, self.copy_selection
        )
        self.copy_rows_json = self._add(
            translate("InspectView", "Copy as JSON"),
            "Ctrl+Shift+C",
            self.copy_selection_json,
        )
        self.copy_pane = self._add(translate("InspectView", "Copy whole pane"), None, self.copy_all)
        self.copy_pane_json = self._add(
            translate("InspectView", "Copy whole pane as JSON"), None, self.copy_all_json
        )
        #: Actions of the window shown first in the context menu (Eject in the block pane).
        self.context_actions: list[QAction] = []

    def _add(
        self, text: str, keys: QKeySequence.StandardKey | str | None, slot: Callable[[], None]
    ) -> QAction:
        action = QAction(text, self)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def tree_model(self) -> NodeTreeModel:
        model = self.model()
        assert isinstance(model, NodeTreeModel)
        return model

    def selected_rows(self) -> list[QModelIndex]:
        rows = self.selectionModel().selectedRows(0)
        if not rows and self.currentIndex().isValid():
            rows = [self.currentIndex().siblingAtColumn(0)]
        return sorted(rows, key=lambda i: self.visualRect(i).top())

    def copy_selection(self) -> None:
        model = self.tree_model()
        nodes = [n for n in (model.node(i) for i in self.selected_rows()) if n is not None]
        if not nodes:
            return
        raws = [n.raw for n in nodes]
        text = "\n".join(model.row_text(n) for n in nodes)
        put_on_clipboard(text, to_json(raws[0] if len(raws) == 1 else raws))

    def copy_selection_json(self) -> None:
        model = self.tree_model()
        # node.raw, not data(RAW_ROLE): a QVariant cannot hold QMP's unsigned 64-bit integers.
        raws = [n.raw for n in (model.node(i) for i in self.selected_rows()) if n is not None]
        if raws:
            put_on_clipboard(to_json(raws[0] if len(raws) == 1 else raws))

    def copy_all(self) -> None:
        model = self.tree_model()
        put_on_clipboard(model.pane_text(), model.pane_json())

    def copy_all_json(self) -> None:
        put_on_clipboard(self.tree_model().pane_json())

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        if self.context_actions:
            menu.addActions(self.context_actions)
            menu.addSeparator()
        has_rows = bool(self.selected_rows())
        for action in (self.copy_rows, self.copy_rows_json):
            action.setEnabled(has_rows)
        menu.addActions([self.copy_rows, self.copy_rows_json])
        menu.addSeparator()
        menu.addActions([self.copy_pane, self.copy_pane_json])
        menu.popup(self.viewport().mapToGlobal(pos))


class InspectPane(Pane):
    """Header line + view of one model; subclasses name their topics and add controls."""

    def __init__(
        self,
        context: PaneContext,
        model: NodeTreeModel,
        view_name: str,
        accessible: str,
        parent: QWidget | None = None,
        *,
        expand_new: bool = True,
    ) -> None:
        super().__init__(context, parent)
        self.model = model
        model.setParent(self)
        self.header = QLabel()
        self.header.setObjectName(f"{view_name}Header")
        self.header.setWordWrap(True)
        self.view = InspectView(model)
        self.view.setObjectName(view_name)
        self.view.setAccessibleName(accessible)
        self._expand_new = expand_new
        if not expand_new:
            self.view.setRootIsDecorated(False)
        model.rowsInserted.connect(self._on_inserted)
        #: The VM and key path of the row last chosen here, chosen again when a refresh
        #: brings it back after it went (a monitor that reconnects empties the pane).
        self._chosen: tuple[VmSession, tuple[Hashable, ...]] | None = None
        self._syncing = False
        self.view.selectionModel().currentChanged.connect(self._remember_chosen)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 4, 0, 0)
        self.layout_.addWidget(self.header)
        self.layout_.addWidget(self.view, 1)
        self.update_header()

    def _on_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        if self._expand_new:  # new branches open; what the user collapsed stays collapsed
            for row in range(first, last + 1):
                self.view.expandRecursively(self.model.index(row, 0, parent))

    def _remember_chosen(self, current: QModelIndex) -> None:
        # Rows that a refresh removes move the current row to a neighbour: not a choice.
        if self._syncing or self.session is None or not current.isValid():
            return
        self._chosen = (self.session, self._path(current))

    def _path(self, index: QModelIndex) -> tuple[Hashable, ...]:
        """The keys from the top down to the row at `index`."""
        path: list[Hashable] = []
        node = self.model.node(index)
        while node is not None and node.parent is not None:
            path.append(node.key)
            node = node.parent
        return tuple(reversed(path))

    def _choose_again(self) -> None:
        """Make the row chosen last current again when a refresh moved the current row
        and that row is shown."""
        if self._chosen is None:
            return
        session, path = self._chosen
        current = self.view.currentIndex()
        if session is not self.session or (current.isValid() and self._path(current) == path):
            return
        index = self.model.find(*path)
        if index.isValid():
            self.view.setCurrentIndex(index)

    def current_changed(self, session: VmSession | None) -> None:
        self.refresh()

    def topic_changed(self, topic: str) -> None:
        self.refresh()

    def state_changed(self) -> None:
        self.refresh()  # the run state is part of some panes; sync() repaints only changes

    def refresh(self) -> None:
        """Show the current VM's data as it is now, and how fresh it is."""
        session = self.session
        if session is None:
            self.model.sync([])
            self.model.replies = {}
        else:
            self._syncing = True
            try:
                self.model.refresh(session)
            finally:
                self._syncing = False
            self._choose_again()
        # Columns widen to fit their text as data arrives, unless the user resized them.
        self.view.columns.fit_to_text()
        self.update_header()

    def update_header(self) -> None:
        self.header.setText(self.header_text())

    def header_text(self) -> str:
        """ "No VM selected.", "vm: updated HH:MM:SS", or how the connection stands."""
        session = self.session
        if session is None:
            return translate("InspectPane", "No VM selected.")
        stamps = [
            session.inspection.updated[t] for t in self.topics if t in session.inspection.updated
        ]
        when = time.strftime("%H:%M:%S", time.localtime(max(stamps))) if stamps else None
        if session.state is ConnState.CONNECTED:
            if when is None:
                return translate("InspectPane", "{display_name}: loading…").format(
                    display_name=session.display_name
                )
            return translate("InspectPane", "{display_name}: updated {when}").format(
                display_name=session.display_name, when=when
            )
        state = session.state_text()
        if when is None:
            return f"{session.display_name}: {state}."
        return translate(
            "InspectPane", "{display_name}: {state}; showing data from {when}."
        ).format(display_name=session.display_name, state=state, when=when)
