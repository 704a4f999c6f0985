"""The VM list: one row per VmSession, columns name, state, endpoint."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor

from qmpgui.session import ConnState, VmSession

_Index = QModelIndex | QPersistentModelIndex

COLUMNS = ("Name", "State", "Endpoint")
NAME, STATE, ENDPOINT = range(3)

_STATE_COLOURS = {
    ConnState.ERROR: QColor(190, 30, 30),
    ConnState.RECONNECTING: QColor(180, 110, 0),
    ConnState.CONNECTING: QColor(110, 110, 110),
    ConnState.DISCONNECTED: QColor(110, 110, 110),
}
_RUN_COLOURS = {"running": QColor(20, 130, 40), "paused": QColor(40, 90, 170)}


class VmListModel(QAbstractTableModel):
    """Rows are sessions; a row repaints when its session says it changed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sessions: list[VmSession] = []
        self._slots: dict[int, Callable[[], None]] = {}
        # Reconnect countdowns ("next try in 4 s") need a repaint each second.
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._repaint_reconnecting)

    # -- access ---------------------------------------------------------------

    @property
    def sessions(self) -> list[VmSession]:
        return list(self._sessions)

    def session(self, row: int) -> VmSession:
        return self._sessions[row]

    def row_of(self, session: VmSession) -> int:
        return self._sessions.index(session)

    def add(self, session: VmSession) -> int:
        row = len(self._sessions)
        self.beginInsertRows(QModelIndex(), row, row)
        self._sessions.append(session)
        slot = self._slots[id(session)] = lambda: self._on_session_changed(session)
        session.stateChanged.connect(slot)
        self.endInsertRows()
        return row

    def remove(self, session: VmSession) -> None:
        row = self._sessions.index(session)
        self.beginRemoveRows(QModelIndex(), row, row)
        session.stateChanged.disconnect(self._slots.pop(id(session)))
        del self._sessions[row]
        self.endRemoveRows()

    # -- Qt model API ---------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._sessions)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return COLUMNS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._sessions):
            return None
        session = self._sessions[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return session.display_name
            if column == STATE:
                return session.state_text()
            if column == ENDPOINT:
                return session.endpoint_text
        elif role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(session)
        elif role == Qt.ItemDataRole.ForegroundRole and column == STATE:
            colour = _STATE_COLOURS.get(session.state) or _RUN_COLOURS.get(session.run_status or "")
            return QBrush(colour) if colour is not None else None
        elif role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{session.display_name}: {session.state_text()}"
        return None

    @staticmethod
    def _tooltip(session: VmSession) -> str:
        lines = [f"{session.display_name} — {session.endpoint_text}", session.state_text()]
        if session.state is ConnState.RECONNECTING and session.error:
            lines.append(f"last error: {session.error}")
        if session.transient:
            lines.append("given on the command line: not saved")
        return "\n".join(lines)

    # -- updates ----------------------------------------------------------------

    def _on_session_changed(self, session: VmSession) -> None:
        if session in self._sessions:
            row = self._sessions.index(session)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        self._update_tick()

    def _update_tick(self) -> None:
        waiting = any(s.state is ConnState.RECONNECTING for s in self._sessions)
        if waiting and not self._tick.isActive():
            self._tick.start()
        elif not waiting:
            self._tick.stop()

    def _repaint_reconnecting(self) -> None:
        for row, session in enumerate(self._sessions):
            if session.state is ConnState.RECONNECTING:
                index = self.index(row, STATE)
                self.dataChanged.emit(index, index)
        self._update_tick()
