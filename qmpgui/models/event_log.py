"""The event log model: a bounded list behind a table, fed in batches.

Entries arriving between two frames are inserted with one beginInsertRows;
when the bound is passed, the oldest rows go with one beginRemoveRows. Rows
are kept in a list with a moving start, so any row is found in O(1) and
dropping the oldest costs nothing until the list is compacted.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor

from qmpgui.log_entry import LogEntry, format_time
from qmpgui.models.node_tree import horizontal_header

DEFAULT_LIMIT = 100_000
#: How often arrived entries are inserted (a frame at 60 Hz).
FLUSH_MS = 16

TIME, VM, KIND, NAME, SUMMARY = range(5)
HEADERS = ("Time", "VM", "Kind", "Name", "Summary")
#: The entry itself, for views and proxies.
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex
_LEVEL_COLOURS = {"error": QColor("#b41e1e"), "warning": QColor("#9a6700")}


class EventLogModel(QAbstractTableModel):
    def __init__(self, limit: int = DEFAULT_LIMIT, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.limit = max(1, limit)
        self._items: list[LogEntry] = []
        self._start = 0
        self._pending: list[LogEntry] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FLUSH_MS)
        self._timer.timeout.connect(self.flush)
        #: Entries dropped because the log was full (oldest first).
        self.dropped = 0

    # -- feeding --------------------------------------------------------------------

    def append(self, entries: Iterable[LogEntry]) -> None:
        """Queue entries; they appear with the next frame."""
        self._pending.extend(entries)
        if self._pending and not self._timer.isActive():
            self._timer.start()

    def flush(self) -> None:
        """Insert what arrived, then drop the oldest beyond the limit."""
        overflow = max(0, len(self._pending) - self.limit)  # a burst bigger than the log
        pending, self._pending = self._pending[overflow:], []
        self.dropped += overflow
        if not pending:
            return
        count = self.rowCount()
        self.beginInsertRows(QModelIndex(), count, count + len(pending) - 1)
        self._items.extend(pending)
        self.endInsertRows()
        excess = self.rowCount() - self.limit
        if excess > 0:
            self.beginRemoveRows(QModelIndex(), 0, excess - 1)
            self._start += excess
            self.endRemoveRows()
            self.dropped += excess
            if self._start > len(self._items) // 2:  # compact now and then, not per row
                del self._items[: self._start]
                self._start = 0

    def clear(self) -> None:
        self.beginResetModel()
        self._items, self._start, self._pending = [], 0, []
        self.endResetModel()

    # -- reading ----------------------------------------------------------------------

    def entry(self, row: int) -> LogEntry:
        return self._items[self._start + row]

    def entries(self) -> list[LogEntry]:
        return self._items[self._start :]

    def names(self) -> list[str]:
        return sorted({e.name for e in self.entries()})

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items) - self._start

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return horizontal_header(HEADERS, section, orientation, role)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entry(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == TIME:
                return format_time(entry.time)
            return (None, entry.vm, str(entry.kind), entry.name, entry.summary)[column]
        if role == Qt.ItemDataRole.ForegroundRole:
            return _LEVEL_COLOURS.get(entry.level)
        if role == ENTRY_ROLE:
            return entry
        return None
