"""EventLogFilter: the event log narrowed by VM, by names and by free text, unsorted.

A change of filter runs over the log in slices of a few milliseconds between
frames, so even a million rows never hold the window still; rows that arrive
are tested as they come, and rows dropped at the bound leave from the front.
What an entry is matched on (the criteria, its search text) is in event_log_match.py.
"""

from __future__ import annotations

import time
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QTimer,
    Signal,
)

from qmpgui.log.entry import LogEntry
from qmpgui.models.event_log import VM, EventLogModel, LogTable
from qmpgui.models.event_log_match import Criteria, Haystacks, haystack

#: A filter change looks at this many rows between two looks at the clock; a log
#: no longer than this is filtered at once, before the change returns.
CHUNK_ROWS = 500
#: A slice of filtering stops at the first chunk ending after this long, so the
#: window keeps painting and taking input while a large log is filtered.
SLICE_SECONDS = 0.005
#: Search texts freed between two frames once a text filter is gone (about a millisecond).
FREE_TEXTS = 50_000

_Index = QModelIndex | QPersistentModelIndex


@dataclass(slots=True)
class _Job:
    """A filter change under way: the rows found so far and where to look next."""

    criteria: Criteria
    #: Sequence numbers below this are looked up among the rows shown (see Criteria.narrows).
    narrow_end: int
    #: The next sequence number to look at.
    cursor: int
    found: list[int]


class EventLogFilter(LogTable):
    """The rows of an EventLogModel that match a VM, a set of names and a text.

    Never sorts: rows keep the order they arrived in. The text is matched,
    ignoring case, against the VM, the name, the summary and the entry's data
    as compact JSON (see haystack()); those texts are kept, by sequence number,
    only while a text filter is set.

    With no filter the rows are the log's rows, passed through as they come and
    go. With one, the rows are a sorted list of sequence numbers: arriving
    entries are tested as a batch and appended with one insert, dropped ones go
    from the front with one removal. A change of filter is worked out in slices
    of SLICE_SECONDS between frames (a log of at most CHUNK_ROWS rows at once),
    while the rows of the filter before stay shown and keep following the log;
    the result replaces them with one layout change that keeps the selection
    and the current row where they still match. A newer change replaces the
    work of an older one still under way.
    """

    #: (): a filter change is about to replace the rows: a last chance to let go of a
    #: large selection.
    aboutToRefilter = Signal()

    def __init__(self, source: EventLogModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._log = source
        #: What the user asked for; what is shown, until a change under way is done.
        self._wanted = self._shown = Criteria()
        #: The sequence numbers shown from _start on, or None: every row of the log.
        self._seqs: list[int] | None = None
        self._start = 0
        self._job: _Job | None = None
        self._haystacks = Haystacks()
        self._passing = False  # a row change of the log is being passed on as it is
        self._going = 0  # rows shown that are being dropped with the log's oldest
        self._slices = QTimer(self)
        self._slices.setSingleShot(True)
        self._slices.setInterval(0)  # the next slice once the events waiting are handled
        self._slices.timeout.connect(self._run_slice)
        self._freeing = QTimer(self)
        self._freeing.setInterval(0)
        self._freeing.timeout.connect(self._free_texts)
        source.modelAboutToBeReset.connect(self.beginResetModel)
        source.modelReset.connect(self._log_reset)
        source.rowsAboutToBeInserted.connect(self._rows_coming)
        source.rowsInserted.connect(self._rows_came)
        source.rowsAboutToBeRemoved.connect(self._rows_going)
        source.rowsRemoved.connect(self._rows_gone)
        source.dataChanged.connect(self._names_changed)

    # -- the filter -------------------------------------------------------------------

    @property
    def vm(self) -> str | None:
        """The VM asked for, by key (LogEntry.vm_key: its endpoint); None: every VM."""
        return self._wanted.vm

    def vm_label(self, key: str) -> str:
        """The VM's name now, as the log has it (EventLogModel.vm_label)."""
        return self._log.vm_label(key)

    @property
    def names(self) -> frozenset[str] | None:
        """The entry names asked for; None: every name."""
        return self._wanted.names

    @property
    def text(self) -> str:
        """The text asked for, stripped and case-folded; "" for none."""
        return self._wanted.text

    @property
    def active(self) -> bool:
        """True when some rows may be hidden (once the change under way is done)."""
        return self._wanted.active

    @property
    def busy(self) -> bool:
        """True while a filter change is being worked out; the rows shown are the last filter's."""
        return self._job is not None

    def set_vm(self, vm: str | None) -> None:
        """Show only the entries of the VM with this key (LogEntry.vm_key: its endpoint,
        whatever it was called); None shows every VM's."""
        self._want(Criteria(vm, self._wanted.names, self._wanted.text))

    def set_names(self, names: frozenset[str] | None) -> None:
        """Show only entries with these names; None shows all names."""
        self._want(Criteria(self._wanted.vm, names, self._wanted.text))

    def set_text(self, text: str) -> None:
        """Show only entries containing this text, ignoring case; "" shows all."""
        self._want(Criteria(self._wanted.vm, self._wanted.names, text.strip().casefold()))

    def accepts(self, entry: LogEntry) -> bool:
        """True when the filter asked for (not necessarily shown yet) lets `entry` through."""
        wanted = self._wanted
        return (
            (wanted.vm is None or entry.vm_key == wanted.vm)
            and (wanted.names is None or entry.name in wanted.names)
            and (not wanted.text or wanted.text in haystack(entry))
        )

    def _want(self, criteria: Criteria) -> None:
        if criteria == self._wanted:
            return
        self._wanted = criteria
        self._job = None
        self._slices.stop()
        if criteria == self._shown:  # back to what is shown before the change was done
            return
        if not criteria.active:  # every row: nothing to look at
            self._show(None, criteria)
            return
        end = self._log.end_seq
        narrow_end = end if self._seqs is not None and criteria.narrows(self._shown) else 0
        self._job = _Job(criteria, narrow_end, self._log.first_seq, [])
        self._run_slice()

    # -- working out a change ------------------------------------------------------------

    def _run_slice(self) -> None:
        """Look at rows for about SLICE_SECONDS (one chunk at least), then let the window run."""
        job = self._job
        if job is None:
            return
        deadline = time.perf_counter() + SLICE_SECONDS
        self._scan_chunk(job)
        while max(job.cursor, self._log.first_seq) < self._log.end_seq:
            if time.perf_counter() >= deadline:
                self._slices.start()
                return
            self._scan_chunk(job)
        self._job = None
        first = bisect_left(job.found, self._log.first_seq)  # some may have gone meanwhile
        self._show(job.found[first:], job.criteria)

    def _scan_chunk(self, job: _Job) -> None:
        """Look at the next CHUNK_ROWS rows at most.

        Rows arriving meanwhile are looked at too, as the cursor reaches them;
        rows dropped meanwhile are skipped.
        """
        cursor = max(job.cursor, self._log.first_seq)
        if cursor < job.narrow_end and self._seqs is not None:
            seqs = self._seqs
            low = bisect_left(seqs, cursor, self._start)
            high = bisect_left(seqs, job.narrow_end, low, min(len(seqs), low + CHUNK_ROWS))
            chunk = seqs[low:high]
            job.found += self._matching(job.criteria, chunk, self._entries_of(chunk))
            # A chunk cut short means no row shown is left before narrow_end.
            job.cursor = chunk[-1] + 1 if len(chunk) == CHUNK_ROWS else job.narrow_end
            return
        end = min(cursor + CHUNK_ROWS, self._log.end_seq)
        entries = self._log.entries_between(cursor, end)
        job.found += self._matching(job.criteria, range(cursor, max(cursor, end)), entries)
        job.cursor = max(cursor, end)

    def _entries_of(self, seqs: list[int]) -> list[LogEntry]:
        entry_at = self._log.entry_at
        return [entry_at(seq) for seq in seqs]

    def _matching(
        self, criteria: Criteria, seqs: Sequence[int], entries: Sequence[LogEntry]
    ) -> list[int]:
        """The sequence numbers of the entries that pass (seqs ascending): the hot path."""
        vm, names, text = criteria.vm, criteria.names, criteria.text
        texts: list[str | None] = []
        offset = 0
        if text and seqs:
            # Room up to this chunk only: the list, grown in place, is an old object to
            # the garbage collector, which would walk a young list of a million slots.
            offset = self._haystacks.reserve(self._log.first_seq, seqs[-1] + 1)
            texts = self._haystacks.texts
        found: list[int] = []
        for seq, entry in zip(seqs, entries, strict=True):
            if (vm is not None and entry.vm_key != vm) or (
                names is not None and entry.name not in names
            ):
                continue
            if text:
                hay = texts[seq + offset]
                if hay is None:
                    hay = texts[seq + offset] = haystack(entry)
                if text not in hay:
                    continue
            found.append(seq)
        return found

    def _show(self, seqs: list[int] | None, criteria: Criteria) -> None:
        """Show these rows (None: every row) with one layout change.

        The selection and the current row are persistent indexes: each is
        moved to where its entry is now, or let go when the entry is not shown.
        """
        self.aboutToRefilter.emit()
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [(self._seq_at(index.row()), index.column()) for index in persistent]
        self._seqs, self._start, self._shown = seqs, 0, criteria
        if not criteria.text:
            self._haystacks.clear()  # built again only when a text is set
            self._free_texts()
        moved = [self._index_of(seq, column) for seq, column in kept]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _free_texts(self) -> None:
        """Free a part of the search texts let go of; again next time round while some are left."""
        self._haystacks.free_some(FREE_TEXTS)
        if not self._haystacks.releasing:
            self._freeing.stop()
        elif not self._freeing.isActive():
            self._freeing.start()

    # -- following the log -----------------------------------------------------------------

    def _rows_coming(self, _parent: QModelIndex, first: int, last: int) -> None:
        # Without a filter the log's rows are ours: its insert is passed on as it happens,
        # begun here and ended in _rows_came. With one, the new rows are tested after.
        self._passing = self._seqs is None
        if self._passing:
            self.beginInsertRows(QModelIndex(), first, last)

    def _rows_came(self, _parent: QModelIndex, first: int, last: int) -> None:
        """Pass the rows on, or those of them the filter shown lets through, in one insert."""
        if self._passing:
            self._passing = False
            self.endInsertRows()
            return
        if self._seqs is None:
            return
        base = self._log.first_seq
        seqs = range(base + first, base + last + 1)
        entries = self._log.entries_between(seqs.start, seqs.stop)
        found = self._matching(self._shown, seqs, entries)
        if found:
            count = self.rowCount()
            self.beginInsertRows(QModelIndex(), count, count + len(found) - 1)
            self._seqs += found
            self.endInsertRows()

    def _rows_going(self, _parent: QModelIndex, first: int, last: int) -> None:
        """The log drops only its oldest rows: those shown go from the front, in one removal.

        Announced while the log still holds them, so that whoever looks at the
        rows about to go finds them.
        """
        if first == 0:
            self._haystacks.forget_before(self._log.first_seq + last + 1)
            self._free_texts()
        self._passing = self._seqs is None
        if self._passing:
            self.beginRemoveRows(QModelIndex(), first, last)
        elif self._seqs is not None:
            end = bisect_left(self._seqs, self._log.first_seq + last + 1, self._start)
            self._going = end - self._start
            if self._going:
                self.beginRemoveRows(QModelIndex(), 0, self._going - 1)

    def _rows_gone(self, _parent: QModelIndex, _first: int, _last: int) -> None:
        if self._passing:
            self._passing = False
            self.endRemoveRows()
        elif self._going and self._seqs is not None:
            seqs = self._seqs
            self._start += self._going
            self._going = 0
            if self._start > len(seqs) // 2:  # compact now and then, not per batch
                del seqs[: self._start]
                self._start = 0
            self.endRemoveRows()

    def _names_changed(self) -> None:
        """A VM's name changed (the log repaints its VM column): so do the rows shown."""
        if self.rowCount():
            self.dataChanged.emit(self.index(0, VM), self.index(self.rowCount() - 1, VM))

    def _log_reset(self) -> None:
        if self._seqs is not None:
            self._seqs, self._start = [], 0
        self._haystacks.clear()
        self._free_texts()
        self.endResetModel()

    # -- reading ----------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Qt's rowCount(): the rows the filter shown lets through (busy: the last filter's)."""
        if parent.isValid():
            return 0
        return self._log.rowCount() if self._seqs is None else len(self._seqs) - self._start

    def _seq_at(self, row: int) -> int:
        if self._seqs is None:
            return self._log.first_seq + row
        return self._seqs[self._start + row]

    def _index_of(self, seq: int, column: int) -> QModelIndex:
        """Where the entry with this number is shown now; invalid when it is not."""
        if self._seqs is None:
            row = seq - self._log.first_seq
            return self.index(row, column) if 0 <= row < self.rowCount() else QModelIndex()
        at = bisect_left(self._seqs, seq, self._start)
        if at < len(self._seqs) and self._seqs[at] == seq:
            return self.index(at - self._start, column)
        return QModelIndex()

    def entry(self, row: int) -> LogEntry:
        """The entry shown in `row` (0: the oldest shown); IndexError past the last row."""
        if self._seqs is None:
            return self._log.entry(row)
        return self._log.entry_at(self._seqs[self._start + row])

    def shown_entries(self) -> list[LogEntry]:
        """The entries shown, list[LogEntry], oldest first."""
        if self._seqs is None:
            return self._log.entries()
        entries, base = self._log.entries(), self._log.first_seq
        return [entries[seq - base] for seq in self._seqs[self._start :]]

    def entries_at(self, rows: Sequence[int]) -> list[LogEntry]:
        """The entries shown in `rows`, in the order given; IndexError for a row past the
        last."""
        return [self.entry(row) for row in rows]
