"""The VM list as the view shows it: filtered by a search text and sorted by a column,
over models/vm_list.py's VmListModel, which keeps the list's own order (the config's).

The filter keeps a row whose name, endpoint or state holds every word of the text
(case-insensitive, in any order); a libvirt connection stays while one of its
domains matches. The sort is stable (Qt sorts with std::stable_sort): rows that
compare equal keep the list's order. A sort by Disk I/O goes by the rate (bytes/s),
a VM without one last.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from qmpgui.models.vm_list import COLUMNS, DISK_IO, ENDPOINT, NAME, STATE, Row, VmListModel
from qmpgui.session import VmSession
from qmpgui.store.preferences import VM_LIST_SORTS

_Index = QModelIndex | QPersistentModelIndex

#: The config's names of the columns a sort may go by (`vm_list_sort`: one of them, or
#: one after "-" for descending; "" for the list's own order).
SORT_KEYS = dict(zip(VM_LIST_SORTS, (NAME, STATE, DISK_IO, ENDPOINT), strict=True))
#: The columns searched by the filter.
SEARCHED = (NAME, ENDPOINT, STATE)


def sort_setting(column: int, order: Qt.SortOrder) -> str:
    """The config's `vm_list_sort` value of a sort by `column` in `order`; "" for a
    column below 0 (no sort: the list's own order)."""
    if not 0 <= column < len(COLUMNS):
        return ""
    name = next(key for key, number in SORT_KEYS.items() if number == column)
    return f"-{name}" if order is Qt.SortOrder.DescendingOrder else name


def sort_of(setting: str) -> tuple[int, Qt.SortOrder]:
    """The column (-1: none) and order of a `vm_list_sort` value; ValueError for a
    value that names no column."""
    if not setting:
        return -1, Qt.SortOrder.AscendingOrder
    descending = setting.startswith("-")
    column = SORT_KEYS.get(setting.removeprefix("-"))
    if column is None:
        raise ValueError(f"no column {setting!r}")
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    return column, order


class VmListProxy(QSortFilterProxyModel):
    """`source` filtered by set_filter()'s text and sorted by sort(); `vms` is the
    source model."""

    def __init__(self, source: VmListModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vms = source
        self._words: list[str] = []
        #: Each cell's sort key while the list does not change: a sort of 500 rows
        #: compares some 5,000 times, each reading two cells.
        self._keys: dict[tuple[int, int, int], tuple[float, str]] = {}
        # Connected before setSourceModel(): the cache is emptied before Qt sorts again.
        for signal in (
            source.dataChanged,
            source.rowsInserted,
            source.rowsRemoved,
            source.layoutChanged,
            source.modelReset,
        ):
            signal.connect(self._keys.clear)
        self.setRecursiveFilteringEnabled(True)  # a connection stays for its domains
        self.setSourceModel(source)

    @property
    def filter_text(self) -> str:
        """The words rows must hold, as set ("" for none)."""
        return " ".join(self._words)

    def set_filter(self, text: str) -> None:
        """Keep only the rows whose name, endpoint or state holds every word of `text`."""
        words = text.casefold().split()
        if words == self._words:
            return
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # Qt 6.8, where invalidateRowsFilter() is not yet deprecated
            self._words = words
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        """Qt's filterAcceptsRow(): every word in one of the SEARCHED columns' text."""
        if not self._words:
            return True
        model = self.vms
        texts = [
            str(model.data(model.index(source_row, column, source_parent)) or "")
            for column in SEARCHED
        ]
        haystack = "\n".join(texts).casefold()
        return all(word in haystack for word in self._words)

    def lessThan(self, left: _Index, right: _Index) -> bool:
        """Qt's lessThan(): names and endpoints as words (case-insensitive), states as
        shown, Disk I/O by rate; rows that compare equal in the list's order, in either
        direction (Qt's dynamic sort moves a changed row among its equals otherwise)."""
        one, other = self._key(left), self._key(right)
        if one != other:
            return one < other
        first = self._position(left) < self._position(right)
        # Descending, Qt asks lessThan(right, left): turned round, the list's order stays.
        return first != (self.sortOrder() is Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Qt's sort(), on sort keys read afresh."""
        self._keys.clear()
        super().sort(column, order)

    def _key(self, index: _Index) -> tuple[float, str]:
        cell = (index.internalId(), index.row(), index.column())
        key = self._keys.get(cell)
        if key is None:
            if index.column() == DISK_IO:
                key = _rate(self.vms.item(index)), ""
            else:
                key = 0.0, _text(self.vms, index)
            self._keys[cell] = key
        return key

    @staticmethod
    def _position(index: _Index) -> tuple[int, int]:
        parent = index.parent()
        return (parent.row(), index.row()) if parent.isValid() else (index.row(), -1)

    # -- between the view's rows and the list's items -------------------------------------

    def item(self, index: _Index) -> Row | None:
        """The session or connection of the shown `index` (None when invalid)."""
        return self.vms.item(self.mapToSource(index))

    def index_of(self, item: Row, column: int = 0) -> QModelIndex:
        """The shown index of `item`'s row; invalid when it has none or is filtered out."""
        return self.mapFromSource(self.vms.index_of(item, column))


def _text(model: VmListModel, index: _Index) -> str:
    value: Any = model.data(index)
    return str(value or "").casefold()


def _rate(item: Row | None) -> float:
    # A VM without a rate (not connected, a connection's row) sorts below any rate.
    if isinstance(item, VmSession) and item.connected:
        rate = item.inspection.block.total_rate
        if rate is not None:
            return rate
    return -1.0
