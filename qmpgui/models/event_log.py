"""The event log model: a bounded list behind a table, fed in batches.

Entries arriving within FLUSH_MS are inserted with one beginInsertRows;
when the bound is passed, the oldest rows go with one beginRemoveRows. Rows
are kept in a list with a moving start, so any row is found in O(1) and
dropping the oldest costs nothing until the list is compacted.

The names and VMs seen are counted as rows come and go, so listing them for a
filter menu costs O(distinct names), never O(rows). A VM is its endpoint
(LogEntry.vm_key); its column shows the VM's current name (vm_label), so one VM's
history reads as one whatever it was called when each entry was made. Every row has a sequence
number that stays its own while it lives (row = seq - first_seq), so the filter
can name rows that move up as the oldest go.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from qmpgui.i18n import marked
from qmpgui.log.entry import LogEntry, LogKind, format_time
from qmpgui.models.node_tree import horizontal_header
from qmpgui.models.palette import LEVEL_TONES, brush
from qmpgui.qmp.reader import one_line

#: Entries the log holds unless told otherwise; beyond it the oldest go.
DEFAULT_LIMIT = 100_000
#: How often arrived entries are inserted: each insert repaints the table (about 8 ms
#: with its text laid out), so a storm is shown ten times a second, not at every frame.
FLUSH_MS = 100
#: Rows dropped at the bound are let go of in groups this big: freeing 100,000 entries
#: at once held the window for 85 ms.
COMPACT_ROWS = 10_000

#: The columns' numbers, left to right.
TIME, VM, KIND, NAME, SUMMARY = range(5)
#: The columns' titles, in that order.
HEADERS = (
    marked("headers", "Time"),
    marked("headers", "VM"),
    marked("headers", "Kind"),
    marked("headers", "Name"),
    marked("headers", "Summary"),
)
#: The entry itself, for views and proxies.
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


_Index = QModelIndex | QPersistentModelIndex


class LogTable(QAbstractTableModel):
    """The log's columns, for the log and its filter alike: rows are `entry(row)`.

    A flat table of the five HEADERS columns; each cell gives what entry_data() says
    (DisplayRole text, ForegroundRole the level's brush, ENTRY_ROLE the LogEntry).
    """

    def entry(self, row: int) -> LogEntry:
        """The LogEntry of `row` (0: the oldest shown). Raises NotImplementedError here;
        IndexError past the last row in the subclasses."""
        raise NotImplementedError

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Qt's columnCount(): the five HEADERS."""
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Qt's headerData(): the HEADERS as column titles."""
        return horizontal_header(HEADERS, section, orientation, role)

    def vm_label(self, key: str) -> str:
        """How the VM column names the VM with this key (LogEntry.vm_key): here the key
        itself; the log's current name for it in EventLogModel."""
        return key

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt's data(): entry_data() of the row's entry, its VM named by vm_label()."""
        if not index.isValid():
            return None
        entry = self.entry(index.row())
        if index.column() == VM and role == Qt.ItemDataRole.DisplayRole:
            return one_line(self.vm_label(entry.vm_key))
        return entry_data(entry, index.column(), role)


class EventLogModel(LogTable):
    """The event log: the last `limit` LogEntries (at least 1), oldest first.

    Entries come through append() and are inserted in batches every FLUSH_MS; beyond the
    limit the oldest go. Each row has a sequence number (first_seq for row 0) that stays
    its own while the row lives.
    """

    #: (): the set of entry names in the log changed (a new one arrived, or the last row
    #: of one went).
    namesChanged = Signal()
    #: (): the set of VMs in the log, or the name shown for one, changed.
    vmsChanged = Signal()
    #: (): rows were inserted, dropped or cleared: emitted once per batch, after the row
    #: signals.
    countsChanged = Signal()

    def __init__(self, limit: int = DEFAULT_LIMIT, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: The most rows the log holds (at least 1).
        self.limit = max(1, limit)
        self._items: list[LogEntry] = []
        self._start = 0
        #: The sequence number of row 0; numbers are never reused, not even after clear().
        self._first_seq = 0
        self._pending: list[LogEntry] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FLUSH_MS)
        self._timer.timeout.connect(self.flush)
        #: Entries dropped because the log was full (oldest first).
        self.dropped = 0
        #: Each (kind, name) in the log, counted: a name may be of more than one kind.
        self._names: Counter[tuple[LogKind, str]] = Counter()
        self._vms: Counter[str] = Counter()
        #: Each VM's name by its key: as its session says it now (name_vm), else as its
        #: newest entry had it (an entry made before QEMU's -name was known has the
        #: endpoint for a name: it does not count).
        self._given_names: dict[str, str] = {}
        self._seen_names: dict[str, str] = {}

    # -- feeding --------------------------------------------------------------------

    def append(self, entries: Iterable[LogEntry]) -> None:
        """Queue `entries` (oldest first); flush() inserts them within FLUSH_MS
        milliseconds."""
        self._pending.extend(entries)
        if self._pending and not self._timer.isActive():
            self._timer.start()

    def flush(self) -> None:
        """Insert what arrived, then drop the oldest beyond the limit (a batch larger than
        the limit keeps its newest). Emits namesChanged and vmsChanged when those sets
        changed, then countsChanged; nothing when no entry waited."""
        overflow = max(0, len(self._pending) - self.limit)  # a burst bigger than the log
        pending, self._pending = self._pending[overflow:], []
        self.dropped += overflow
        if not pending:
            return
        count = self.rowCount()
        self.beginInsertRows(QModelIndex(), count, count + len(pending) - 1)
        self._items.extend(pending)
        self.endInsertRows()
        names_changed = _count_in(self._names, ((e.kind, e.name) for e in pending))
        vms_changed = _count_in(self._vms, (e.vm_key for e in pending))
        vms_changed |= self._see_names(pending)
        self._drop_beyond_limit(names_changed, vms_changed)

    def set_limit(self, limit: int) -> None:
        """Hold at most `limit` rows (at least 1) from now on; the oldest beyond it go at
        once, with the signals flush() emits."""
        self.limit = max(1, limit)
        if self.rowCount() > self.limit:
            self._drop_beyond_limit(False, False)

    def _drop_beyond_limit(self, names_changed: bool, vms_changed: bool) -> None:
        excess = self.rowCount() - self.limit
        if excess > 0:
            gone = self._items[self._start : self._start + excess]
            self.beginRemoveRows(QModelIndex(), 0, excess - 1)
            self._start += excess
            self._first_seq += excess
            self.endRemoveRows()
            self.dropped += excess
            if self._start >= COMPACT_ROWS:  # now and then, and never too many at once
                del self._items[: self._start]
                self._start = 0
            names_changed |= _count_out(self._names, ((e.kind, e.name) for e in gone))
            vms_changed |= _count_out(self._vms, (e.vm_key for e in gone))
        if names_changed:
            self.namesChanged.emit()
        if vms_changed:
            self.vmsChanged.emit()
        self.countsChanged.emit()

    def clear(self) -> None:
        """Empty the log; what was dropped is forgotten too."""
        had_names, had_vms = bool(self._names), bool(self._vms)
        self.beginResetModel()
        self._first_seq = self.end_seq
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
        """The LogEntry of `row` (0: the oldest); IndexError past the last row."""
        return self._items[self._start + row]

    def entries(self) -> list[LogEntry]:
        """Every row's entry, list[LogEntry], oldest first (a new list; entries waiting
        for flush() are not in it)."""
        return self._items[self._start :]

    @property
    def first_seq(self) -> int:
        """The sequence number of row 0."""
        return self._first_seq

    @property
    def end_seq(self) -> int:
        """The sequence number the next entry inserted will get."""
        return self._first_seq + self.rowCount()

    def entry_at(self, seq: int) -> LogEntry:
        """The entry with this sequence number; IndexError once it was dropped."""
        row = seq - self._first_seq
        if not 0 <= row < self.rowCount():
            raise IndexError(seq)
        return self._items[self._start + row]

    def entries_between(self, first_seq: int, end_seq: int) -> list[LogEntry]:
        """The entries numbered `first_seq` up to `end_seq` (not included), oldest first,
        less those not (or no longer) here; [] for none. Never raises."""
        first = max(first_seq, self._first_seq) - self._first_seq + self._start
        end = min(end_seq, self.end_seq) - self._first_seq + self._start
        return self._items[first:end] if first < end else []

    def names(self) -> list[str]:
        """The entry names in the log (LogEntry.name), sorted; counted as rows come and
        go, so O(distinct names)."""
        return sorted({name for _kind, name in self._names})

    def names_by_kind(self) -> dict[LogKind, list[str]]:
        """The entry names in the log by their kind, each list sorted, kinds in LogKind's
        order and only those with entries; a name of two kinds is under both."""
        found: dict[LogKind, list[str]] = {}
        for kind, name in sorted(
            self._names, key=lambda pair: (list(LogKind).index(pair[0]), pair[1])
        ):
            found.setdefault(kind, []).append(name)
        return found

    def vms(self) -> list[str]:
        """The VMs in the log by key (LogEntry.vm_key: the endpoint; "" for qmpgui's own
        messages), sorted."""
        return sorted(self._vms)

    def vm_label(self, key: str) -> str:
        """The VM's name now, for its key (LogEntry.vm_key): the name its session gave
        (name_vm), else the newest name its entries had, else the key itself."""
        return self._given_names.get(key) or self._seen_names.get(key) or key

    def name_vm(self, key: str, name: str) -> None:
        """The VM at endpoint `key` is called `name` now ("": its session knows no name
        yet): its rows show it. Emits vmsChanged and the VM column's dataChanged when
        the name shown on its rows changes (none when it has no rows)."""
        before = self.vm_label(key)
        if name:
            self._given_names[key] = name
        else:
            self._given_names.pop(key, None)
        # A VM without rows is shown nowhere yet: hundreds of sessions made at once (a
        # libvirt connection's domains) would each rebuild the list of VMs.
        if self.vm_label(key) != before and key in self._vms:
            self._vm_names_changed()

    def _see_names(self, entries: list[LogEntry]) -> bool:
        """Keep the newest name of each VM the entries name; True when a label changed."""
        # One pass in a comprehension: a storm's batch holds thousands of entries.
        newest = {e.endpoint: e.vm for e in entries if e.endpoint and e.vm != e.endpoint}
        changed = False
        for endpoint, name in newest.items():
            if name and self._seen_names.get(endpoint) != name:
                changed |= endpoint not in self._given_names
                self._seen_names[endpoint] = name
        return changed

    def _vm_names_changed(self) -> None:
        self.vmsChanged.emit()
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, VM),
                self.index(self.rowCount() - 1, VM),
                [Qt.ItemDataRole.DisplayRole],
            )

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Qt's rowCount(): the entries inserted (not those waiting for flush())."""
        return 0 if parent.isValid() else len(self._items) - self._start


def entry_data(entry: LogEntry, column: int, role: int) -> Any:
    """What a table cell of this entry shows, for the log and its filter alike.

    DisplayRole: the text of `column` (TIME: LogEntry.time as local time with
    microseconds, "unknown" without one; VM: the name when the entry was made, made
    one line (LogTable.data names the VM as it is called now); KIND; NAME; SUMMARY).
    ForegroundRole: a QBrush of the entry's level tone (LEVEL_TONES; None for INFO: the
    palette's text).
    ENTRY_ROLE: the LogEntry. None for other roles.
    """
    if role == Qt.ItemDataRole.DisplayRole:
        if column == TIME:
            return format_time(entry.time)
        # A VM's name can be QEMU's -name, which may hold a line break.
        return (None, one_line(entry.vm), str(entry.kind), entry.name, entry.summary)[column]
    if role == Qt.ItemDataRole.ForegroundRole:
        tone = LEVEL_TONES.get(entry.level)
        return brush(tone) if tone is not None else None
    if role == ENTRY_ROLE:
        return entry
    return None


_Key = TypeVar("_Key", bound=Hashable)


def _count_in(counter: Counter[_Key], keys: Iterable[_Key]) -> bool:
    """Count keys in; True when a key was new."""
    before = len(counter)
    counter.update(keys)
    return len(counter) != before


def _count_out(counter: Counter[_Key], keys: Iterable[_Key]) -> bool:
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
