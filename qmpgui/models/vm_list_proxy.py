"""The VM list as the view shows it: filtered by a search text and sorted by a column,
over models/vm_list.py's VmListModel, which keeps the list's own order (the config's).

The list is shown as it is, or grouped (models/vm_groups.py's VmGroupModel:
set_source()). The filter keeps a row whose name, endpoint or state holds every word
of the text (case-insensitive, in any order); a libvirt connection stays while one of
its domains matches, a group while one of its rows does (never for its own name), its
header then counting the VMs shown ("1 of 3 VMs, 1 running"). The sort orders the
groups, and the rows within each group; it is stable (Qt sorts with std::stable_sort):
rows that compare equal keep the list's order. Names, endpoints and
states sort naturally (natural_key(): vm2 before vm10, case-insensitive); a sort by
Disk I/O goes by the rate (bytes/s), a VM without one last.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from qmpgui.models.vm_groups import VmGroupModel
from qmpgui.models.vm_list import COLUMNS, DISK_IO, ENDPOINT, NAME, STATE, Row, VmListModel
from qmpgui.session import VmSession
from qmpgui.store.preferences import VM_LIST_SORTS

_Index = QModelIndex | QPersistentModelIndex

#: The config's names of the columns a sort may go by (`vm_list_sort`: one of them, or
#: one after "-" for descending; "" for the list's own order).
SORT_KEYS = dict(zip(VM_LIST_SORTS, (NAME, STATE, DISK_IO, ENDPOINT), strict=True))
#: The columns searched by the filter.
SEARCHED = (NAME, ENDPOINT, STATE)
#: A text's runs of digits (ASCII only: other digits sort as letters).
_DIGITS = re.compile(r"([0-9]+)")
#: A natural_key(): text runs (casefolded) at even places, numbers as (length of the
#: digits without leading zeros, those digits) at odd places.
NaturalKey = tuple[str | tuple[int, str], ...]


def natural_key(text: str) -> NaturalKey:
    """The sort key of `text` as people read it: case-insensitive, its runs of digits
    compared as numbers ("vm2" before "vm10", "VM2" between "vm1" and "vm10").

    Numbers are compared by their digits, not by int(): a name of thousands of digits
    is still a name (Python refuses int() of over 4,300 digits). Texts that differ only
    in leading zeros or case compare equal (the sort's stability then keeps them in the
    list's order)."""
    parts = _DIGITS.split(text.casefold())
    key: list[str | tuple[int, str]] = []
    for place, part in enumerate(parts):
        if place % 2:
            digits = part.lstrip("0")
            key.append((len(digits), digits))
        else:
            key.append(part)
    return tuple(key)


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
    """`source` (or the groups of set_source()) filtered by set_filter()'s text and
    sorted by sort(); `vms` is the list, `source` the model shown."""

    def __init__(self, source: VmListModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vms = source
        self._words: list[str] = []
        #: Each cell's sort key while the list does not change: a sort of 500 rows
        #: compares some 5,000 times, each reading two cells.
        self._keys: dict[tuple[int, int, int], tuple[float, NaturalKey]] = {}
        self._follow(source)
        self.setRecursiveFilteringEnabled(True)  # a connection stays for its domains
        self.source: VmListModel | VmGroupModel = source
        self.setSourceModel(source)

    def set_source(self, source: VmListModel | VmGroupModel) -> None:
        """Show `source`: the list, or its groups (a reset of the rows shown)."""
        if source is not self.vms:  # the list's signals are followed from the start
            self._follow(source)
        self._keys.clear()
        self.source = source
        self.setSourceModel(source)
        self._count_shown()

    def _follow(self, source: VmListModel | VmGroupModel) -> None:
        # Connected before setSourceModel(): the cache is emptied before Qt sorts again.
        for signal in (
            source.dataChanged,
            source.rowsInserted,
            source.rowsRemoved,
            source.layoutChanged,
            source.modelReset,
        ):
            signal.connect(self._keys.clear)

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
        self._count_shown()

    def _count_shown(self) -> None:
        # The groups' headers count the VMs the filter leaves.
        if isinstance(self.source, VmGroupModel):
            self.source.count_shown(self._matches if self._words else None)

    def _matches(self, session: VmSession) -> bool:
        """Whether the filter keeps `session`'s row (its own texts: a domain's row is
        kept for itself, not for its connection's)."""
        texts = [
            str(self.vms.item_data(session, column, Qt.ItemDataRole.DisplayRole) or "")
            for column in SEARCHED
        ]
        return self._holds_words(texts)

    def _holds_words(self, texts: list[str]) -> bool:
        haystack = "\n".join(texts).casefold()
        return all(word in haystack for word in self._words)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        """Qt's filterAcceptsRow(): every word in one of the SEARCHED columns' text."""
        if not self._words:
            return True
        model = self.source
        if model is not self.vms and not source_parent.isValid():
            return False  # a group: shown for the rows it holds that match
        texts = [
            str(model.data(model.index(source_row, column, source_parent)) or "")
            for column in SEARCHED
        ]
        return self._holds_words(texts)

    def lessThan(self, left: _Index, right: _Index) -> bool:
        """Qt's lessThan(): names, endpoints and states by natural_key(), Disk I/O by
        rate; rows that compare equal in the list's order, in either
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

    def _key(self, index: _Index) -> tuple[float, NaturalKey]:
        cell = (index.internalId(), index.row(), index.column())
        key = self._keys.get(cell)
        if key is None:
            if index.column() == DISK_IO:
                key = _rate(self.source.item(index)), ()
            else:
                key = 0.0, natural_key(str(self.source.data(index) or ""))
            self._keys[cell] = key
        return key

    @staticmethod
    def _position(index: _Index) -> tuple[int, int]:
        parent = index.parent()
        return (parent.row(), index.row()) if parent.isValid() else (index.row(), -1)

    # -- between the view's rows and the list's items -------------------------------------

    def item(self, index: _Index) -> Row | None:
        """The session or connection of the shown `index` (None when invalid)."""
        return self.source.item(self.mapToSource(index))

    def index_of(self, item: Row, column: int = 0) -> QModelIndex:
        """The shown index of `item`'s row; invalid when it has none or is filtered out."""
        return self.mapFromSource(self.source.index_of(item, column))


def _rate(item: Row | None) -> float:
    # A VM without a rate (not connected, a connection's row) sorts below any rate.
    if isinstance(item, VmSession) and item.connected:
        rate = item.inspection.block.total_rate
        if rate is not None:
            return rate
    return -1.0
