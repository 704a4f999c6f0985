"""The trace events pane's table: each event with a box to check, its name, its state and
whether it is per vCPU; sorted and filtered through a QSortFilterProxyModel."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from qmpgui.i18n import marked
from qmpgui.models.node_tree import horizontal_header
from qmpgui.models.palette import Tone, brush
from qmpgui.qmp.reader import one_line
from qmpgui.qmp.trace import TraceEvent

_Index = QModelIndex | QPersistentModelIndex


class TraceModel(QAbstractTableModel):
    """Trace events, one row each; column 0 is checkable (the checked set)."""

    COLUMNS = (marked("headers", "Event"), marked("headers", "State"), marked("headers", "vCPU"))
    #: The text of each column, for sorting and filtering.
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.events: list[TraceEvent] = []
        #: The names checked (kept across refreshes).
        self.checked: set[str] = set()

    def show(self, events: list[TraceEvent]) -> None:
        """Show `events` (a refresh keeps the checks of those still listed)."""
        self.beginResetModel()
        self.events = events
        names = {event.name for event in events}
        self.checked &= names
        self.endResetModel()

    def trace_event(self, row: int) -> TraceEvent | None:
        """The event of `row`, or None."""
        return self.events[row] if 0 <= row < len(self.events) else None

    def row_of(self, name: str) -> int:
        """The row of event `name`; -1 when it is not listed."""
        return next((n for n, e in enumerate(self.events) if e.name == name), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Qt's rowCount()."""
        return 0 if parent.isValid() else len(self.events)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Qt's columnCount()."""
        return 0 if parent.isValid() else len(self.COLUMNS)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Qt's flags(): the name's cell is checkable."""
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Qt's data()."""
        event = self.trace_event(index.row()) if index.isValid() else None
        if event is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, self.SORT_ROLE):  # one line: QEMU's words
            return one_line((event.name, event.state, "yes" if event.vcpu else "")[column])
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            checked = event.name in self.checked
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            return brush(Tone.GOOD) if event.enabled else brush(Tone.MUTED)
        return None

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Qt's setData(): checks and unchecks the name's box."""
        event = self.trace_event(index.row()) if index.isValid() else None
        if event is None or role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        on = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        if on:
            self.checked.add(event.name)
        else:
            self.checked.discard(event.name)
        self.dataChanged.emit(index, index, [role])
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Qt's headerData(): the column titles."""
        return horizontal_header(self.COLUMNS, section, orientation, role, "trace")
