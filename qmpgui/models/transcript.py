"""The console's transcript: exchanges and events, each a foldable tree of JSON lines.

A top-level row is one exchange (the message sent, with id, round trip and
outcome) or one event. Its children are the reply as pretty-printed JSON, one
line per row, and every `{` or `[` line folds its contents. Lines are built
only when their parent is expanded, so a 200 KB schema reply costs a few
hundred rows until the user opens more. A reply larger than TRUNCATE_BYTES
shows its first lines and a row to show all of it.

Bounded: the oldest rows go beyond MAX_ROWS rows or MAX_BYTES of replies.

This module is the bounded model and the measuring of replies for it; the row
types live in transcript_items.py and the lines are built by transcript_lines.py
(their names are importable from here too).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)

from qmpgui.i18n import PLURAL, translate
from qmpgui.log.entry import format_elapsed, format_time, summarise_event
from qmpgui.models.palette import Tone, brush
from qmpgui.models.transcript_items import Action, Item, Line, RowKind
from qmpgui.models.transcript_lines import (
    INDENT,
    PREVIEW_CHARS,
    build,
    compact_json,
    hmp_text,
    preview,
)
from qmpgui.qmp.reader import one_line
from qmpgui.qmp.types import Event
from qmpgui.session.console import Exchange

__all__ = [
    "CHUNK",
    "EVENT_DELAY_MS",
    "EXPAND_ALL_BYTES",
    "INDENT",
    "IS_JSON_ROLE",
    "LINE_ROLE",
    "MAX_BYTES",
    "MAX_LINE_CHARS",
    "MAX_ROWS",
    "PREVIEW_CHARS",
    "TRUNCATED_LINES",
    "TRUNCATE_BYTES",
    "Action",
    "Item",
    "Line",
    "Measured",
    "RowKind",
    "TranscriptModel",
    "hmp_text",
    "measure",
    "preview",
]

#: Top-level rows kept; beyond them the oldest go.
MAX_ROWS = 1000
#: Events wait this long to join the transcript together: under a storm each insert,
#: with the rows it pushes out, costs the view a layout of every row.
EVENT_DELAY_MS = 100
#: Replies kept, by their sizes added up (Item.size); beyond it the oldest rows go.
#: Sizes here count characters of the pretty text: bytes for ASCII.
MAX_BYTES = 64 * 1024 * 1024
#: Larger replies show their first TRUNCATED_LINES lines until "show all".
TRUNCATE_BYTES = 1024 * 1024
#: The most lines a cut reply shows (from its first TRUNCATE_BYTES // 4 characters).
TRUNCATED_LINES = 500
#: A reply up to this size opens fully expanded.
EXPAND_ALL_BYTES = 8 * 1024
#: Members of a larger object or array are grouped in ranges of this many.
CHUNK = 5000
#: A longer line is shown cut (copying gives all of it).
MAX_LINE_CHARS = 2000

_Index = QModelIndex | QPersistentModelIndex

#: The Line of a row, for views.
LINE_ROLE = Qt.ItemDataRole.UserRole + 1
#: A bool: a JSON line under a top-level row (highlight it), or not (the top-level rows,
#: HMP output, notes, ranges, actions).
IS_JSON_ROLE = Qt.ItemDataRole.UserRole + 2


class TranscriptModel(QAbstractItemModel):
    """The transcript as a tree: one top-level row per exchange, event or note, the
    lines of its reply below it, built when opened; bounded (see the module's text).

    One column. Roles: DisplayRole and AccessibleTextRole give text_of() the row, cut at
    MAX_LINE_CHARS with "… (n more characters)"; ForegroundRole a QBrush of the row's
    tone (events, exchanges waiting or failed, notes, muted and action lines; None: the
    palette's text); ToolTipRole, on a `{` or `[` line, "n members" or "n items";
    LINE_ROLE the Line; IS_JSON_ROLE whether it is a JSON line.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Line] = []
        self._bytes = 0
        #: Rows dropped at the bound since the console opened.
        self.dropped = 0
        self._pending_events: list[Event] = []
        self._event_timer = QTimer(self)
        self._event_timer.setSingleShot(True)
        self._event_timer.setInterval(EVENT_DELAY_MS)
        self._event_timer.timeout.connect(self.flush_events)

    # -- adding ----------------------------------------------------------------------

    def add_exchange(self, exchange: Exchange) -> QModelIndex:
        """A row for `exchange`, sent and waiting for its reply; its index (column 0).
        Events waiting to join go in before it."""
        item = Item(RowKind.EXCHANGE, exchange=exchange, time=exchange.started)
        return self._add(item)

    def add_event(self, event: Event) -> QModelIndex:
        """A row for `event`, now (add_events() is the cheaper way under a storm); its
        index (column 0)."""
        return self._add(Item(RowKind.EVENT, event=event, time=event.timestamp))

    def add_events(self, events: list[Event]) -> None:
        """Queue `events` (oldest first) to join within EVENT_DELAY_MS milliseconds, in one
        insert (a storm must stay cheap), and always before any row added after them. At
        most MAX_ROWS wait: the oldest beyond them are never shown."""
        self._pending_events += events
        del self._pending_events[:-MAX_ROWS]
        if self._pending_events and not self._event_timer.isActive():
            self._event_timer.start()

    def flush_events(self) -> None:
        """Insert the events waiting to join, now."""
        self._event_timer.stop()
        events, self._pending_events = self._pending_events, []
        if not events:
            return
        self._trim(extra_rows=len(events))
        first = len(self._rows)
        lines = [
            Line("", None, first + n, item=Item(RowKind.EVENT, event=e, time=e.timestamp))
            for n, e in enumerate(events)
        ]
        self.beginInsertRows(QModelIndex(), first, first + len(lines) - 1)
        self._rows.extend(lines)
        self.endInsertRows()

    def index_of(self, item: Item) -> QModelIndex:
        """The top-level row of `item` (column 0); an invalid index when it has gone."""
        for row, line in enumerate(self._rows):
            if line.item is item:
                return self.index(row, 0)
        return QModelIndex()

    def add_note(
        self, text: str, when: float | None = None, tone: Tone = Tone.MUTED
    ) -> QModelIndex:
        """A note between the rows, at `when` (wall-clock seconds since the epoch; now by
        default), coloured by `tone`; its index (column 0)."""
        index = self._add(Item(RowKind.NOTE, note=text, time=time.time() if when is None else when))
        self._rows[index.row()].tone = tone
        return index

    def _add(self, item: Item) -> QModelIndex:
        self.flush_events()  # what came before this row stays before it
        self._trim(extra_rows=1)
        row = len(self._rows)
        line = Line("", None, row, item=item, children=None if self._has_body(item) else [])
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(line)
        self.endInsertRows()
        return self.index(row, 0)

    def finish(
        self, index: QModelIndex, size: int, head: list[str] | None, full_text: str | None
    ) -> None:
        """The exchange at `index` (its top-level row) ended: rebuild its lines.

        `size`, `head` and `full_text` are measure()'s Measured for the reply (0, None,
        None without one): its size in characters of pretty text, its first lines and
        whole text when it is too large to show whole. Nothing happens for an invalid
        index.
        """
        line = self.line(index)
        if line is None or line.item is None:
            return
        item = line.item
        item.size, item.head, item.full_text = size, head, full_text
        self._bytes += size
        self._rebuild(index, line)
        self._trim()

    def show_all(self, index: QModelIndex) -> None:
        """Replace a truncated reply's first lines with the whole foldable tree; `index` is
        any row of the exchange. Nothing happens when its reply is not cut."""
        line = self.line(index)
        top = line.top() if line else None
        if top is None or top.item is None or top.item.head is None:
            return
        top.item.head = None
        self._rebuild(self.index(top.row, 0), top)

    def _rebuild(self, index: QModelIndex, line: Line) -> None:
        if line.children:
            self.beginRemoveRows(index, 0, len(line.children) - 1)
            line.children = []
            self.endRemoveRows()
        line.children = []  # nothing to see while the new lines are built
        self.dataChanged.emit(index, index)
        built = build(line, chunk=CHUNK)
        if built:
            self.beginInsertRows(index, 0, len(built) - 1)
            line.children = built
            self.endInsertRows()

    def clear(self) -> None:
        """Remove every row, and the events waiting to join (`dropped` stays)."""
        self._event_timer.stop()
        self._pending_events = []
        self.beginResetModel()
        self._rows, self._bytes = [], 0
        self.endResetModel()

    def _trim(self, extra_rows: int = 0) -> None:
        # Drop the oldest rows beyond MAX_ROWS (counting `extra_rows` about to be added:
        # called before an insert, so the view never holds more) or MAX_BYTES.
        excess = 0
        total = self._bytes
        # Without new rows coming, the newest row stays: it is the reply the user waits for.
        keep = 0 if extra_rows else 1
        while excess < len(self._rows) - keep and (
            len(self._rows) - excess + extra_rows > MAX_ROWS or total > MAX_BYTES
        ):
            item = self._rows[excess].item
            total -= item.size if item else 0
            excess += 1
        if excess == 0:
            return
        self.beginRemoveRows(QModelIndex(), 0, excess - 1)
        del self._rows[:excess]
        for row, line in enumerate(self._rows):
            line.row = row
        self._bytes = total
        self.dropped += excess
        self.endRemoveRows()

    # -- reading -----------------------------------------------------------------------

    def line(self, index: _Index) -> Line | None:
        """The Line at `index`; None for an invalid index."""
        if not index.isValid():
            return None
        line = index.internalPointer()
        return line if isinstance(line, Line) else None

    def item(self, index: _Index) -> Item | None:
        """The Item of the top-level row `index` is under (or is); None for an invalid index."""
        line = self.line(index)
        return line.top().item if line is not None else None

    def items(self) -> Iterator[Item]:
        """The items of the top-level rows, oldest first."""
        for line in self._rows:
            if line.item is not None:
                yield line.item

    def header(self, item: Item) -> str:
        """The text of the top-level row of `item`: its local time ("HH:MM:SS.ffffff"),
        then the event, the note, or what was sent (passwords masked) and how it went:
        its id, round trip and "ok" or the error."""
        stamp = format_time(item.time)[11:] if item.time is not None else "unknown"
        if item.kind is RowKind.EVENT and item.event is not None:
            return f"{stamp}  ⚡ {summarise_event(item.event)}"
        if item.kind is RowKind.NOTE:
            return f"{stamp}  {item.note}"
        exchange = item.exchange
        assert exchange is not None
        sent = (
            translate("TranscriptModel", "(HMP) {v0}").format(
                v0=one_line(exchange.shown["arguments"]["command-line"])
            )
            if exchange.hmp_line is not None
            else compact_json(exchange.shown)
        )
        if not exchange.done:
            return translate("TranscriptModel", "{stamp}  → {sent}   … waiting").format(
                stamp=stamp, sent=sent
            )
        ident = exchange.message.get("id")
        parts = (
            [translate("TranscriptModel", "id {v0}").format(v0=json.dumps(ident))]
            if ident is not None
            else []
        )
        if exchange.elapsed_s is not None:
            parts.append(format_elapsed(exchange.elapsed_s))
        parts.append(one_line(exchange.error_text or exchange.note or "ok"))
        return f"{stamp}  → {sent}   ← {' · '.join(parts)}"

    def _tone(self, line: Line) -> Tone | None:
        if line.item is None:
            return line.tone
        item = line.item
        if item.kind is RowKind.EVENT:
            return Tone.EVENT
        if item.kind is RowKind.EXCHANGE and item.exchange is not None:
            if not item.exchange.done:
                return Tone.PENDING
            return Tone.ERROR if item.exchange.error_text else None
        return line.tone

    def text_of(self, line: Line, *, padded: bool = False) -> str:
        """The row's text. The tree indents each level, so a row shows only the step
        from its brackets; `padded` gives the line as pretty-printed JSON (to copy)."""
        if line.item is not None:
            return self.header(line.item)
        pad = INDENT * line.depth
        text = line.text
        if line.container and not line.expanded:
            text = f"{text[:-1]}{preview(line.value)}{line.closing[len(pad) + 1 :]}"
        if padded or not line.json:
            return text
        return (INDENT if line.member else "") + text[len(pad) :]

    # -- children, built when asked for -----------------------------------------------------

    @staticmethod
    def _has_body(item: Item) -> bool:
        return item.kind is not RowKind.NOTE

    def _children(self, line: Line) -> list[Line]:
        if line.children is None:
            line.children = build(line, chunk=CHUNK)
        return line.children

    # -- folding --------------------------------------------------------------------------

    def set_expanded(self, index: QModelIndex, expanded: bool) -> None:
        """The view opened or closed a row: a closed `{` line shows its contents in brief."""
        line = self.line(index)
        if line is not None and line.expanded != expanded:
            line.expanded = expanded
            if line.container:
                self.dataChanged.emit(index, index)

    # -- Qt model API -------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """Qt's index(), column 0 only; builds the lines under `parent` if not yet built."""
        if column != 0:
            return QModelIndex()
        owner = self.line(parent)
        rows = self._rows if owner is None else self._children(owner)
        if 0 <= row < len(rows):
            return self.createIndex(row, 0, rows[row])
        return QModelIndex()

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        """Qt's parent()."""
        line = self.line(index)
        if line is None or line.parent is None:
            return QModelIndex()
        return self.createIndex(line.parent.row, 0, line.parent)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Qt's rowCount(); builds the lines under `parent` if not yet built."""
        if not parent.isValid():
            return len(self._rows)
        line = self.line(parent)
        return len(self._children(line)) if line is not None else 0

    def hasChildren(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        """Qt's hasChildren(), answered without building lines: a finished exchange, an
        event, a `{` or `[` line and a range have some."""
        if not parent.isValid():
            return bool(self._rows)
        line = self.line(parent)
        if line is None:
            return False
        if line.children is not None:
            return bool(line.children)
        if line.item is not None:
            exchange = line.item.exchange
            return line.item.kind is RowKind.EVENT or (exchange is not None and exchange.done)
        return line.container or line.span is not None

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Qt's columnCount(): one column."""
        return 1

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt's data(), with the roles the class describes; None for other roles."""
        line = self.line(index)
        if line is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self.text_of(line)
            if len(text) > MAX_LINE_CHARS:
                more = len(text) - MAX_LINE_CHARS
                return translate("TranscriptModel", "{v0} … ({more:,} more characters)").format(
                    v0=text[:MAX_LINE_CHARS], more=more
                )
            return text
        if role == Qt.ItemDataRole.ForegroundRole:
            tone = self._tone(line)
            return brush(tone) if tone is not None else None
        if role == Qt.ItemDataRole.ToolTipRole and line.container:
            count = len(line.value)
            if isinstance(line.value, dict):
                return translate("TranscriptModel", "%n member(s)", None, PLURAL, count)
            return translate("TranscriptModel", "%n item(s)", None, PLURAL, count)
        if role == LINE_ROLE:
            return line
        if role == IS_JSON_ROLE:
            return line.json and line.item is None
        return None


@dataclass
class Measured:
    """A reply measured: its pretty size, and its head when large."""

    #: Characters of the text as shown (pretty JSON or HMP text): bytes for ASCII.
    size: int
    #: Its first lines (at most TRUNCATED_LINES) when `size` passes TRUNCATE_BYTES; None
    #: when it is shown whole.
    head: list[str] | None = None
    #: The whole text when `head` is set (for "save"); None otherwise.
    full_text: str | None = field(default=None, repr=False)


def measure(reply: object, hmp: bool = False, pretty: str | None = None) -> Measured:
    """The size of `reply` as shown: pretty JSON (`pretty` when made already: the console
    makes it in slices, json_slices.encode_yielding), or an HMP command's text output.

    `reply` is QEMU's whole reply as parsed ({"return": ...} or {"error": ...}); with
    `hmp`, a string `return` is measured as HMP text (hmp_text()). A large reply keeps
    its first whole lines. Never raises for a parsed JSON value.
    """
    output = reply.get("return") if isinstance(reply, dict) else None
    if hmp and isinstance(output, str):
        text = hmp_text(output)
    else:
        text = json.dumps(reply, indent=2, ensure_ascii=False) if pretty is None else pretty
    if len(text) <= TRUNCATE_BYTES:
        return Measured(len(text))
    cut = text[: TRUNCATE_BYTES // 4]
    head = cut[: cut.rfind("\n")].split("\n")[:TRUNCATED_LINES] if "\n" in cut else [cut]
    return Measured(len(text), head, text)
