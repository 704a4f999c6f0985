"""A tree of rows that updates in place.

Pane models build a fresh list of `Node`s from the session's state and hand it
to `sync()`, which compares it with what the view shows by key and emits only
row removals, moves, insertions and dataChanged. A view's selection, scroll
position and expanded branches therefore survive every refresh.
"""

from __future__ import annotations

import json
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from qmpgui.i18n import translate
from qmpgui.models.palette import Tone, brush
from qmpgui.qmp.glossary import explain
from qmpgui.qmp.reader import one_line
from qmpgui.session import VmSession

_Index = QModelIndex | QPersistentModelIndex

#: The JSON behind a row (the part of a QMP reply it shows, as parsed: dicts, lists,
#: str, int, ...); None for a row without one.
RAW_ROLE = Qt.ItemDataRole.UserRole + 1
#: Cells longer than this (characters) show whole as their tooltip, where the row has none.
LONG_CELL = 32


@dataclass(eq=False)
class Node:
    """One row of a pane's tree: its cells, the JSON behind it and the rows under it."""

    #: What sync() matches the row by among its siblings ("host", ("cpu", 0), ...); a
    #: repeated key is made unique (key, n).
    key: Hashable
    #: One text per column, left to right; each is made one line.
    cells: Sequence[str]
    #: What RAW_ROLE gives: the part of a QMP reply the row shows; None for none.
    raw: Any = None
    #: The row's tooltip; None for none.
    tooltip: str | None = None
    #: The row's text colour (None: the palette's text).
    tone: Tone | None = None
    #: The rows under this one, in order.
    children: list[Node] = field(default_factory=list)
    #: The row above; set when the row is shown (sync()), None before.
    parent: Node | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        # A server's strings may hold line breaks: a cell stays one line (and "copy as
        # text" one line per row).
        self.cells = [one_line(cell) for cell in self.cells]

    def same_look(self, other: Node) -> bool:
        """Whether `other` shows the same: cells, tooltip, tone and raw (not the children)."""
        return (
            list(self.cells) == list(other.cells)
            and self.tooltip == other.tooltip
            and self.tone == other.tone
            and self.raw == other.raw
        )


def prop_node(
    key: str, label: str, value: str, raw: object = None, tone: Tone | None = None
) -> Node:
    """A "Property / Value" row of the two-column panes: cells [label, value], `key` for
    sync(), `raw` for RAW_ROLE, `tone` the text colour; no tooltip, no children."""
    return Node(key, [label, value], raw, None, tone)


def horizontal_header(
    headers: Sequence[str], section: int, orientation: Qt.Orientation, role: int, pane: str = ""
) -> str | None:
    """headerData() of a model whose only headers are its column titles: `headers[section]`
    translated (each table marks its titles under the context "headers") for the
    horizontal DisplayRole, the title explained (qmp/glossary.py, in the pane
    `pane`) for its ToolTipRole and WhatsThisRole, None for anything else (never raises)."""
    if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(headers):
        return None
    if role == Qt.ItemDataRole.DisplayRole:
        return translate("headers", headers[section])  # marked("headers", ...) where made
    if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.WhatsThisRole):
        return explain(headers[section], pane)
    return None


def _unique_keys(nodes: list[Node]) -> None:
    """Make keys unique among siblings: a malformed reply may repeat a name."""
    seen: dict[Hashable, int] = {}
    for node in nodes:
        count = seen.get(node.key, 0)
        seen[node.key] = count + 1
        if count:
            node.key = (node.key, count)


def _adopt(parent: Node, children: list[Node]) -> None:
    """Link a new subtree to its parents, with keys as unique as sync() makes them."""
    _unique_keys(children)
    for child in children:
        child.parent = parent
        _adopt(child, child.children)


class NodeTreeModel(QAbstractItemModel):
    """Rows are `Node`s; subclasses set `headers` and call `sync()`.

    One column per header. Roles of every cell: DisplayRole and AccessibleTextRole give
    the cell's text (str; "" past the row's cells), ToolTipRole the row's tooltip (str or
    None), ForegroundRole a QBrush of the row's tone (None: the palette's text), RAW_ROLE
    the row's raw JSON. Rows have children only in column 0.
    """

    #: The column titles, left to right.
    headers: Sequence[str] = ()
    #: The pane whose words the headers are, for their explanations (qmp/glossary.py).
    glossary: str = ""
    #: The titles of the columns a view shows only when the user asks for them.
    hidden_by_default: frozenset[str] = frozenset()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = Node(key=None, cells=())
        #: The replies behind the whole pane, by command (copy pane as JSON).
        self.replies: dict[str, object] = {}

    # -- updating ---------------------------------------------------------------

    def refresh(self, session: VmSession) -> None:
        """Show what `session` knows (its `inspection`); each pane model builds its own
        rows. Raises NotImplementedError here; the pane models never raise."""
        raise NotImplementedError

    def sync(self, nodes: list[Node]) -> None:
        """Show `nodes` (the top-level rows, in order), changing only the rows that differ.

        Rows are matched by key among their siblings; the rows in `nodes` become the
        model's own when they are new. Never raises.
        """
        self._sync_children(self._root, QModelIndex(), nodes)

    def _sync_children(self, parent: Node, parent_index: QModelIndex, new: list[Node]) -> None:
        _unique_keys(new)
        old = parent.children
        wanted = {node.key for node in new}
        for row in reversed(range(len(old))):
            if old[row].key not in wanted:
                self.beginRemoveRows(parent_index, row, row)
                del old[row]
                self.endRemoveRows()
        for row, node in enumerate(new):
            if row < len(old) and old[row].key == node.key:
                self._update(old[row], node, row, parent_index)
                continue
            found = next((j for j in range(row + 1, len(old)) if old[j].key == node.key), None)
            if found is not None:
                self.beginMoveRows(parent_index, found, found, parent_index, row)
                old.insert(row, old.pop(found))
                self.endMoveRows()
                self._update(old[row], node, row, parent_index)
            else:
                self.beginInsertRows(parent_index, row, row)
                node.parent = parent
                _adopt(node, node.children)
                old.insert(row, node)
                self.endInsertRows()

    def _update(self, current: Node, new: Node, row: int, parent_index: QModelIndex) -> None:
        if not current.same_look(new):
            current.cells, current.tooltip = new.cells, new.tooltip
            current.tone, current.raw = new.tone, new.raw
            last = max(0, len(self.headers) - 1)
            self.dataChanged.emit(
                self.index(row, 0, parent_index), self.index(row, last, parent_index)
            )
        self._sync_children(current, self.index(row, 0, parent_index), new.children)

    # -- reading ------------------------------------------------------------------

    def node(self, index: _Index) -> Node | None:
        """The Node of `index`'s row (any column); None for an invalid index."""
        if not index.isValid():
            return None
        node = index.internalPointer()
        return node if isinstance(node, Node) else None

    def find(self, *keys: Hashable) -> QModelIndex:
        """The index (column 0) of the node reached by following `keys` from the top, one
        key per level; an invalid index when a key is not found."""
        index = QModelIndex()
        node = self._root
        for key in keys:
            row = next((n for n, child in enumerate(node.children) if child.key == key), None)
            if row is None:
                return QModelIndex()
            node = node.children[row]
            index = self.index(row, 0, index)
        return index

    def row_text(self, node: Node) -> str:
        """`node`'s cells joined by tabs, one line (for "copy as text")."""
        return "\t".join(node.cells)

    def pane_text(self) -> str:
        """The whole tree as text: a header line, then one line per row (row_text()),
        indented two spaces per level, every row whether expanded or not."""
        lines = ["\t".join(self.headers)]

        def walk(nodes: Iterable[Node], depth: int) -> None:
            for node in nodes:
                lines.append("  " * depth + self.row_text(node))
                walk(node.children, depth + 1)

        walk(self._root.children, 0)
        return "\n".join(lines)

    def pane_json(self) -> str:
        """`replies` as indented JSON text; a value JSON cannot hold is written as its str()."""
        return json.dumps(self.replies, indent=2, default=str)

    # -- Qt model API ---------------------------------------------------------------

    def _node_or_root(self, index: _Index) -> Node:
        return self.node(index) or self._root

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """Qt's index(); invalid under a parent outside column 0."""
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        children = self._node_or_root(parent).children
        if 0 <= row < len(children) and 0 <= column < len(self.headers):
            return self.createIndex(row, column, children[row])
        return QModelIndex()

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        """Qt's parent(): the parent row's index in column 0."""
        node = self.node(index)
        if node is None or node.parent is None or node.parent is self._root:
            return QModelIndex()
        up = node.parent
        siblings = up.parent.children if up.parent is not None else []
        return self.createIndex(siblings.index(up), 0, up) if up in siblings else QModelIndex()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Qt's rowCount(); 0 under a parent outside column 0."""
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node_or_root(parent).children)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Qt's columnCount(): one column per header, at every level."""
        return len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Qt's headerData(): the column titles (see horizontal_header())."""
        return horizontal_header(self.headers, section, orientation, role, self.glossary)

    def _tooltip(self, node: Node, column: int) -> str | None:
        # A long cell is cut where its column ends: the whole of it on hover, above
        # the row's own tooltip unless that says it already.
        cell = node.cells[column] if column < len(node.cells) else ""
        tip = node.tooltip
        if len(cell) > LONG_CELL and (tip is None or cell not in tip):
            tip = cell if tip is None else f"{cell}\n\n{tip}"
        # A row named by a QEMU term (the Machine pane's Balloon) says what it means.
        term = explain(cell, self.glossary) if column == 0 and cell else None
        if term is None:
            return tip
        return term if tip is None else f"{tip}\n\n{term}"

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt's data(), with the roles the class describes; None for other roles."""
        node = self.node(index)
        if node is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return node.cells[column] if column < len(node.cells) else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node, column)
        if role == Qt.ItemDataRole.ForegroundRole and node.tone is not None:
            return brush(node.tone)
        if role == RAW_ROLE:
            return node.raw
        return None
