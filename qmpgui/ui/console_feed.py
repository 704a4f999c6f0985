"""What joins the console's transcript besides the exchanges: the VM's events (shown
or hidden with Show events) and the connection's turns as notes, with the view kept
at the bottom while it is there."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QTimer
from PySide6.QtWidgets import QCheckBox

from qmpgui.log.entry import Level, LogEntry, LogKind
from qmpgui.models.palette import Tone
from qmpgui.models.transcript import RowKind, TranscriptModel
from qmpgui.qmp.types import Event
from qmpgui.ui.transcript_view import TranscriptView

#: Connection entries that the transcript notes.
_CONNECTION_NOTES = frozenset({"connected", "lost", "exited", "disconnected", "error", "waiting"})


class TranscriptFeed(QObject):
    """Feeds `model` (shown in `view`) with events while `events_box` is ticked and
    with the connection's turns; the console connects the session's signals to it."""

    def __init__(
        self,
        model: TranscriptModel,
        view: TranscriptView,
        events_box: QCheckBox,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.view = view
        self.events_box = events_box

    def add_events(self, events: list[Event]) -> None:
        """Shown events join the transcript in one insert; hidden ones are not kept here
        (the event log has them all), so a storm never pushes the exchanges out."""
        if self.events_box.isChecked():
            self.model.add_events(events)

    def follow(self, parent: QModelIndex, _first: int, _last: int) -> None:
        """Rows were inserted under `parent`: a view at the bottom stays at the bottom."""
        bar = self.view.verticalScrollBar()
        if not parent.isValid() and bar.value() >= bar.maximum() - 2:
            QTimer.singleShot(0, self.view.scrollToBottom)

    def add_connection_note(self, entry: LogEntry) -> None:
        """The connection's turns, between the exchanges: why a reply never came."""
        if entry.kind is LogKind.CONNECTION and entry.name in _CONNECTION_NOTES:
            tone = Tone.ERROR if entry.level is Level.ERROR else Tone.MUTED
            self.model.add_note(f"— {entry.summary}", entry.time, tone=tone)

    def show_events(self, shown: bool) -> None:
        """Show or hide the event rows in the view, those still waiting to join too."""
        self.model.flush_events()  # those that came while shown are hidden with the rest
        for row in range(self.model.rowCount()):
            item = self.model.item(self.model.index(row, 0))
            if item is not None and item.kind is RowKind.EVENT:
                self.view.setRowHidden(row, QModelIndex(), not shown)
