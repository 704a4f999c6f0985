"""The event log model: a bounded list behind a table, fed in batches.

Entries arriving between two frames are inserted with one beginInsertRows;
when the bound is passed, the oldest rows go with one beginRemoveRows. Rows
are kept in a list with a moving start, so any row is found in O(1) and
dropping the oldest costs nothing until the list is compacted.

The names and VMs seen are counted as rows come and go, so listing them for a
filter menu costs O(distinct names), never O(rows). EventLogFilter narrows the
log by VM, by names and by free text without sorting.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
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
    #: The set of entry names in the log changed (a new one arrived, or the last row of one went).
    namesChanged = Signal()
    #: The set of VMs in the log changed.
    vmsChanged = Signal()
    #: Rows were inserted, dropped or cleared: emitted once per batch, after the row signals.
    countsChanged = Signal()

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
        self._names: Counter[str] = Counter()
        self._vms: Counter[str] = Counter()

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
        names_changed = _count_in(self._names, (e.name for e in pending))
        vms_changed = _count_in(self._vms, (e.vm for e in pending))
        excess = self.rowCount() - self.limit
        if excess > 0:
            gone = self._items[self._start : self._start + excess]
            self.beginRemoveRows(QModelIndex(), 0, excess - 1)
            self._start += excess
            self.endRemoveRows()
            self.dropped += excess
            if self._start > len(self._items) // 2:  # compact now and then, not per row
                del self._items[: self._start]
                self._start = 0
            names_changed |= _count_out(self._names, (e.name for e in gone))
            vms_changed |= _count_out(self._vms, (e.vm for e in gone))
        if names_changed:
            self.namesChanged.emit()
        if vms_changed:
            self.vmsChanged.emit()
        self.countsChanged.emit()

    def clear(self) -> None:
        """Empty the log; what was dropped is forgotten too."""
        had_names, had_vms = bool(self._names), bool(self._vms)
        self.beginResetModel()
        self._items, self._start, self._pending = [], 0, []
        self._names.clear()
        self._vms.clear()
        self.dropped = 0
        self.endResetModel()
        if had_names:
            self.namesChanged.emit()
        if had_vms:
            self.vmsChanged.emit()
        self.countsChanged.emit()

    # -- reading ----------------------------------------------------------------------

    def entry(self, row: int) -> LogEntry:
        return self._items[self._start + row]

    def entries(self) -> list[LogEntry]:
        return self._items[self._start :]

    def names(self) -> list[str]:
        """The entry names in the log, sorted."""
        return sorted(self._names)

    def vms(self) -> list[str]:
        """The VMs in the log, sorted."""
        return sorted(self._vms)

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


def _count_in(counter: Counter[str], keys: Iterable[str]) -> bool:
    """Count keys in; True when a key was new."""
    before = len(counter)
    counter.update(keys)
    return len(counter) != before


def _count_out(counter: Counter[str], keys: Iterable[str]) -> bool:
    """Count keys out; True when the last of a key went."""
    changed = False
    for key in keys:
        left = counter[key] - 1
        if left > 0:
            counter[key] = left
        else:
            del counter[key]
            changed = True
    return changed


class EventLogFilter(QSortFilterProxyModel):
    """The rows of an EventLogModel that match a VM, a set of names and a text.

    Never sorts: rows keep the order they arrived in. The text is matched,
    ignoring case, against the VM, the name, the summary and the entry's data
    as compact JSON; that text is built only while a text filter is set, once
    per entry.
    """

    def __init__(self, source: EventLogModel | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._log: EventLogModel | None = None
        self._vm: str | None = None
        self._names: frozenset[str] | None = None
        self._text = ""
        #: id(entry) -> (entry, its searchable text). The entry is held so its id stays its own.
        self._haystacks: dict[int, tuple[LogEntry, str]] = {}
        if source is not None:
            self.setSourceModel(source)

    def setSourceModel(self, sourceModel: QAbstractItemModel, /) -> None:
        if self._log is not None:
            self._log.modelReset.disconnect(self._haystacks_cleared)
            self._log.rowsAboutToBeRemoved.disconnect(self._forget_rows)
        self._log = sourceModel if isinstance(sourceModel, EventLogModel) else None
        self._haystacks.clear()
        if self._log is not None:
            self._log.modelReset.connect(self._haystacks_cleared)
            self._log.rowsAboutToBeRemoved.connect(self._forget_rows)
        super().setSourceModel(sourceModel)

    # -- the filter -------------------------------------------------------------------

    @property
    def vm(self) -> str | None:
        return self._vm

    @property
    def names(self) -> frozenset[str] | None:
        return self._names

    @property
    def text(self) -> str:
        return self._text

    @property
    def active(self) -> bool:
        """True when some rows may be hidden."""
        return self._vm is not None or self._names is not None or bool(self._text)

    def set_vm(self, vm: str | None) -> None:
        """Show only this VM's entries; None shows every VM's."""
        if vm != self._vm:
            self._vm = vm
            self._refilter()

    def set_names(self, names: frozenset[str] | None) -> None:
        """Show only entries with these names; None shows all names."""
        if names != self._names:
            self._names = names
            self._refilter()

    def set_text(self, text: str) -> None:
        """Show only entries containing this text, ignoring case; "" shows all."""
        needle = text.strip().casefold()
        if needle != self._text:
            self._text = needle
            if not needle:
                self._haystacks.clear()  # the texts are built again only when needed
            self._refilter()

    def _refilter(self) -> None:
        """Filter every row again, in one pass.

        invalidate() maps all rows anew in linear time; the row-by-row path of
        invalidateRowsFilter() moves the whole mapping for every run of rows that
        appears or goes, which costs seconds when a filter keeps every third row
        of 100,000. No sort column is set, so nothing is sorted.
        """
        self.invalidate()

    def accepts(self, entry: LogEntry) -> bool:
        if self._vm is not None and entry.vm != self._vm:
            return False
        if self._names is not None and entry.name not in self._names:
            return False
        return not self._text or self._text in self._haystack(entry)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if self._log is None or source_parent.isValid():
            return True
        return self.accepts(self._log.entry(source_row))

    def _haystacks_cleared(self) -> None:
        self._haystacks.clear()

    def _forget_rows(self, _parent: QModelIndex, first: int, last: int) -> None:
        """Rows dropped at the bound take their texts along (only while a text is set)."""
        if self._log is not None and self._haystacks:
            for row in range(first, last + 1):
                self._haystacks.pop(id(self._log.entry(row)), None)

    def _haystack(self, entry: LogEntry) -> str:
        cached = self._haystacks.get(id(entry))
        if cached is not None and cached[0] is entry:
            return cached[1]
        data = json.dumps(entry.data, ensure_ascii=False, separators=(",", ":"), default=str)
        text = "\n".join((entry.vm, entry.name, entry.summary, data)).casefold()
        self._haystacks[id(entry)] = (entry, text)
        return text

    # -- reading ----------------------------------------------------------------------

    def entry(self, row: int) -> LogEntry:
        """The entry shown in this proxy row."""
        if self._log is None:
            raise IndexError(row)
        return self._log.entry(self.mapToSource(self.index(row, 0)).row())

    def shown_entries(self) -> list[LogEntry]:
        """The entries shown, oldest first."""
        if self._log is None:
            return []
        entries = self._log.entries()
        if not self.active:
            return entries
        return [e for e in entries if self.accepts(e)]

    def entries_at(self, rows: Sequence[int]) -> list[LogEntry]:
        """The entries shown in these proxy rows, in the order given."""
        if self._log is None:
            return []
        if not self.active:  # proxy rows are source rows
            return [self._log.entry(row) for row in rows]
        return [self.entry(row) for row in rows]
