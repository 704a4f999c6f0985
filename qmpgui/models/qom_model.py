"""The QOM browser's models: the object tree, filled lazily as the view opens a node, and
the selected object's properties with their values.

The tree asks for nothing itself: `fetchMore()` (a view opening a node that was never
listed) emits `fetchRequested(path)`, and whoever lists it hands the properties to
`set_children()`. A node's type is its `child<TYPE>` in its parent's listing, so opening
a node is one `qom-list`, however many children it has.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from qmpgui.i18n import marked, translate
from qmpgui.models.node_tree import horizontal_header
from qmpgui.models.palette import Tone, brush
from qmpgui.qmp.qom_tree import QomProperty, children, join, matches
from qmpgui.qmp.reader import one_line

_Index = QModelIndex | QPersistentModelIndex
#: A node's QOM path (str) under Qt.UserRole.
PATH_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(eq=False)
class QomNode:
    """One object of the tree: its `name` under its parent, `path`, QOM `type`, and its
    children once listed (None before)."""

    name: str
    path: str
    type: str
    parent: QomNode | None = field(default=None, repr=False)
    children: list[QomNode] | None = None
    #: A listing was asked and has not come back.
    loading: bool = False
    #: Its row under its parent, kept by the model (a search of the siblings would make
    #: a view's layout of 1,000 children quadratic).
    number: int = 0

    def row(self) -> int:
        """Its row under its parent."""
        return self.number


def _renumber(nodes: list[QomNode], start: int = 0) -> None:
    for number in range(start, len(nodes)):
        nodes[number].number = number


class QomTreeModel(QAbstractItemModel):
    """Objects by name, with their QOM type; `fetchRequested(path)` asks for a listing."""

    fetchRequested = Signal(str)
    COLUMNS = (marked("headers", "Object"), marked("headers", "Type"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.root = QomNode("", "/", "")
        self._by_path: dict[str, QomNode] = {"/": self.root}

    # -- what is known ----------------------------------------------------------------

    def node(self, index: _Index) -> QomNode:
        """The node of `index`; the (invisible) root for an invalid one."""
        found = index.internalPointer() if index.isValid() else None
        return found if isinstance(found, QomNode) else self.root

    def find(self, path: str) -> QomNode | None:
        """The node at `path` where it is loaded, else None."""
        return self._by_path.get(path)

    def index_of(self, node: QomNode) -> QModelIndex:
        """The index of `node` (column 0); invalid for the root."""
        if node is self.root or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.row(), 0, node)

    def loaded(self) -> list[QomNode]:
        """Every node listed so far or shown, the root's children first."""
        return [node for path, node in self._by_path.items() if path != "/"]

    def search(self, needle: str) -> list[QomNode]:
        """The loaded nodes whose path or type match `needle` (qom_tree.matches())."""
        return [node for node in self.loaded() if matches(needle, node.path, node.type)]

    def clear(self) -> None:
        """Forget every node (another VM, or a new connection)."""
        self.beginResetModel()
        self.root = QomNode("", "/", "")
        self._by_path = {"/": self.root}
        self.endResetModel()

    # -- filling ----------------------------------------------------------------------

    def set_children(self, path: str, properties: list[QomProperty]) -> None:
        """The listing of the object at `path` came: its child<> properties become its
        rows, in name order. Rows already shown stay (with what is under them), new
        ones are inserted and gone ones removed, so a refresh keeps the view's state."""
        parent = self._by_path.get(path)
        if parent is None:
            return
        parent.loading = False
        wanted = [(p.name, p.child_type or "") for p in children(properties)]
        index = self.index_of(parent)
        if parent.children is None:
            parent.children = []
            if not wanted:
                # The view showed an arrow for the unknown: say there is nothing under it
                # (the root has no row, and Qt takes no change of an invalid index).
                if index.isValid():
                    self.dataChanged.emit(index, index)
                return
            self.beginInsertRows(index, 0, len(wanted) - 1)
            parent.children = [self._make(parent, name, kind) for name, kind in wanted]
            _renumber(parent.children)
            self.endInsertRows()
            return
        names = {name for name, _ in wanted}
        for row in reversed(range(len(parent.children))):
            if parent.children[row].name not in names:
                self.beginRemoveRows(index, row, row)
                self._forget(parent.children.pop(row))
                _renumber(parent.children, row)
                self.endRemoveRows()
        have = [child.name for child in parent.children]
        for name, kind in wanted:
            if name in have:
                continue
            row = bisect.bisect(have, name)
            self.beginInsertRows(index, row, row)
            parent.children.insert(row, self._make(parent, name, kind))
            _renumber(parent.children, row)
            have.insert(row, name)
            self.endInsertRows()

    def unload(self, path: str) -> None:
        """Forget what is under the node at `path` (a closed node the refresh does not
        list again): opening it lists it anew."""
        node = self._by_path.get(path)
        if node is None or not node.children:
            if node is not None:
                node.children, node.loading = None, False
            return
        index = self.index_of(node)
        self.beginRemoveRows(index, 0, len(node.children) - 1)
        for child in node.children:
            self._forget(child)
        node.children = None
        self.endRemoveRows()

    def remove(self, path: str) -> QomNode | None:
        """Drop the node at `path` and everything under it (the object is gone: a device
        unplugged); returns its parent, or None when the node was not loaded."""
        node = self._by_path.get(path)
        parent = node.parent if node is not None else None
        if node is None or parent is None or not parent.children:
            return None
        row = node.row()
        self.beginRemoveRows(self.index_of(parent), row, row)
        parent.children.pop(row)
        self._forget(node)
        _renumber(parent.children, row)
        self.endRemoveRows()
        return parent

    def listing_failed(self, path: str) -> None:
        """The listing of `path` failed: it can be asked again."""
        node = self._by_path.get(path)
        if node is not None:
            node.loading = False

    def _make(self, parent: QomNode, name: str, kind: str) -> QomNode:
        node = QomNode(name, join(parent.path, name), kind, parent)
        self._by_path[node.path] = node
        return node

    def _forget(self, node: QomNode) -> None:
        self._by_path.pop(node.path, None)
        for child in node.children or ():
            self._forget(child)

    # -- QAbstractItemModel -------------------------------------------------------------

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """Qt's index()."""
        rows = self.node(parent).children or []
        if 0 <= row < len(rows) and 0 <= column < len(self.COLUMNS):
            return self.createIndex(row, column, rows[row])
        return QModelIndex()

    def parent(self, child: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        """Qt's parent()."""
        if not child.isValid():
            return QModelIndex()
        above = self.node(child).parent
        return self.index_of(above) if above is not None else QModelIndex()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Qt's rowCount()."""
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children or ())

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Qt's columnCount()."""
        return len(self.COLUMNS)

    def hasChildren(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        """Qt's hasChildren(): True for a node not listed yet."""
        node = self.node(parent)
        return node.children is None or bool(node.children)

    def canFetchMore(self, parent: _Index) -> bool:
        """Qt's columnCount()."""
        node = self.node(parent)
        return node.children is None and not node.loading

    def fetchMore(self, parent: _Index) -> None:
        """Qt's fetchMore(): asks for the listing (fetchRequested)."""
        node = self.node(parent)
        if node.children is None and not node.loading:
            node.loading = True
            self.fetchRequested.emit(node.path)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Qt's data()."""
        if not index.isValid():
            return None
        node = self.node(index)
        if role == Qt.ItemDataRole.DisplayRole:  # one line: a name is QEMU's to choose
            return one_line(node.name if index.column() == 0 else node.type)
        if role == Qt.ItemDataRole.ToolTipRole:
            return node.path
        if role == PATH_ROLE:
            return node.path
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1:
            return brush(Tone.MUTED)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Qt's headerData(): the column titles."""
        return horizontal_header(self.COLUMNS, section, orientation, role, "qom")


@dataclass
class PropertyRow:
    """One property of the selected object: what `qom-list` says, the value's text
    once read (None: not read), whether the text is an error, and the path it leads to
    (a link's value, a child's path; None for others)."""

    prop: QomProperty
    text: str | None = None
    error: bool = False
    target: str | None = None
    value: object = None


class QomPropertyModel(QAbstractItemModel):
    """The properties of one object: name, type, value (a link's value looks like one)."""

    COLUMNS = (marked("headers", "Property"), marked("headers", "Type"), marked("headers", "Value"))
    VALUE = 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: The object shown ("" for none).
        self.path = ""
        self.rows: list[PropertyRow] = []

    def show(self, path: str, properties: list[QomProperty]) -> None:
        """Show `properties` of the object at `path`, values not read yet (a child's
        value is its path, known without asking)."""
        self.beginResetModel()
        self.path = path
        self.rows = [PropertyRow(p) for p in properties]
        for row in self.rows:
            if row.prop.child_type is not None:
                row.text = row.target = join(path, row.prop.name)
        self.endResetModel()

    def set_value(self, name: str, text: str, *, error: bool = False, value: object = None) -> None:
        """Property `name`'s value was read (or refused: `error`)."""
        for number, row in enumerate(self.rows):
            if row.prop.name == name:
                row.text, row.error, row.value = text, error, value
                link = row.prop.link_type is not None
                row.target = text if link and not error and text.startswith("/") else None
                self.dataChanged.emit(self.index(number, 0), self.index(number, self.VALUE))

    def row_of(self, name: str) -> PropertyRow | None:
        """The row of property `name`, or None."""
        return next((row for row in self.rows if row.prop.name == name), None)

    def at(self, index: _Index) -> PropertyRow | None:
        """The row of `index`, or None."""
        return self.rows[index.row()] if index.isValid() and index.row() < len(self.rows) else None

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """Qt's index()."""
        if parent.isValid() or not (0 <= row < len(self.rows)) or column >= len(self.COLUMNS):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, child: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        """Qt's parent()."""
        return QModelIndex()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Qt's rowCount()."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Qt's columnCount()."""
        return len(self.COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Qt's data(): a cell's text is one line (qmp.reader.one_line())."""
        text = self._text(index, role)
        if role == Qt.ItemDataRole.DisplayRole and isinstance(text, str):
            return one_line(text)
        return text

    def _text(self, index: _Index, role: int) -> object:
        row = self.at(index)
        if row is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return row.prop.name
            if column == 1:
                return row.prop.type
            if row.text is None:
                return (
                    ""
                    if role == Qt.ItemDataRole.DisplayRole
                    else translate("QomPropertyModel", "Not read: select it and Read")
                )
            if role == Qt.ItemDataRole.ToolTipRole and row.target:
                return translate("QomPropertyModel", "Go to {target}").format(target=row.target)
            return row.text
        if column == self.VALUE and role == Qt.ItemDataRole.ForegroundRole:
            if row.error:
                return brush(Tone.ERROR)
            return brush(Tone.ACTION) if row.target else None
        if column == self.VALUE and role == Qt.ItemDataRole.FontRole and row.target:
            font = QFont()
            font.setUnderline(True)
            return font
        if column == 1 and role == Qt.ItemDataRole.ForegroundRole:
            return brush(Tone.MUTED)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Qt's headerData(): the column titles."""
        return horizontal_header(self.COLUMNS, section, orientation, role, "qom")
