"""The VM list: one row per VmSession, columns name, state, endpoint."""

from __future__ import annotations

import functools
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

from qmpgui.models.node_tree import horizontal_header
from qmpgui.models.palette import Tone, brush
from qmpgui.models.text import DASH, human_rate
from qmpgui.qmp.reader import one_line
from qmpgui.session import ConnState, VmSession
from qmpgui.session.backoff import WATCH_MAX_DELAY_S
from qmpgui.session.inspection import BLOCKSTATS

_Index = QModelIndex | QPersistentModelIndex

#: The columns' titles, left to right.
COLUMNS = ("Name", "State", "Disk I/O", "Endpoint")
#: The columns' numbers, in that order.
NAME, STATE, DISK_IO, ENDPOINT = range(4)
#: How long a changed disk rate may wait to be repainted with others.
IO_REPAINT_MS = 250

#: The disk I/O history (read+write bytes/s, oldest first) the sparkline draws.
SPARKLINE_ROLE = Qt.ItemDataRole.UserRole + 2

_STATE_TONES = {
    ConnState.ERROR: Tone.ERROR,
    ConnState.RECONNECTING: Tone.WARNING,
    ConnState.CONNECTING: Tone.MUTED,
    ConnState.DISCONNECTED: Tone.MUTED,
    ConnState.EXITED: Tone.MUTED,
    ConnState.WAITING: Tone.MUTED,
}
_RUN_TONES = {"running": Tone.GOOD, "paused": Tone.PAUSED}


class VmListModel(QAbstractTableModel):
    """Rows are sessions; a row repaints when its session says it changed.

    A flat table of COLUMNS, one row per VmSession in the order added. Roles:
    DisplayRole gives Name (VmSession.display_name), State (VmSession.state_brief(): the
    run state from query-status when connected, else the connection's with its cause
    in a few words; the tooltip has state_text(), the whole sentence), Disk I/O (the
    read+write rate of all drives from query-blockstats, as "1.5 KiB/s"; DASH when not
    connected or before two samples) and Endpoint (the endpoint text), each one line.
    SPARKLINE_ROLE, in Disk I/O only: list[float], bytes/s, oldest first, one per stats
    sample (at most 60); [] when not connected. ToolTipRole: in Disk I/O the rate; elsewhere the
    name, endpoint, state, the last error while reconnecting, what a VM waiting for QEMU
    waits for and found meanwhile, and "not saved" for a VM
    given on the command line. ForegroundRole, in State only: a QBrush of the state's
    tone (error, reconnecting, connecting or disconnected, running, paused); None
    otherwise. AccessibleTextRole: "name: state" in every column.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sessions: list[VmSession] = []
        # The partials connected to each session's signals, by id(session): remove()
        # disconnects exactly these, leaving the session's other receivers alone.
        self._slots: dict[int, tuple[Callable[[], None], Callable[[str], None]]] = {}
        # Reconnect countdowns ("next try in 4 s") need a repaint each second.
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._repaint_reconnecting)
        # Disk rates of many VMs polled each second are repainted together, a few times a
        # second, rather than once per VM and poll.
        self._io_changed: set[VmSession] = set()
        self._io_timer = QTimer(self)
        self._io_timer.setSingleShot(True)
        self._io_timer.setInterval(IO_REPAINT_MS)
        self._io_timer.timeout.connect(self._repaint_io)

    # -- access ---------------------------------------------------------------

    @property
    def sessions(self) -> list[VmSession]:
        """The sessions in row order (a new list)."""
        return list(self._sessions)

    def session(self, row: int) -> VmSession:
        """The session of `row`; IndexError past the last row."""
        return self._sessions[row]

    def row_of(self, session: VmSession) -> int:
        """The row of `session`; ValueError when it has none."""
        return self._sessions.index(session)

    def add(self, session: VmSession) -> int:
        """Add a row for `session` at the end and follow its stateChanged (the row
        repaints) and topicChanged (after a BLOCKSTATS poll, Disk I/O repaints within
        IO_REPAINT_MS); its row."""
        row = len(self._sessions)
        self.beginInsertRows(QModelIndex(), row, row)
        self._sessions.append(session)
        changed = functools.partial(self._on_session_changed, session)
        topic = functools.partial(self._on_topic, session)
        self._slots[id(session)] = (changed, topic)
        session.stateChanged.connect(changed)
        session.topicChanged.connect(topic)
        self.endInsertRows()
        return row

    def remove(self, session: VmSession) -> None:
        """Remove `session`'s row and stop following its signals; ValueError when it has
        no row."""
        row = self._sessions.index(session)
        self.beginRemoveRows(QModelIndex(), row, row)
        changed, topic = self._slots.pop(id(session))
        session.stateChanged.disconnect(changed)
        session.topicChanged.disconnect(topic)
        del self._sessions[row]
        self._io_changed.discard(session)
        self.endRemoveRows()

    # -- Qt model API ---------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Qt's rowCount(): one row per session."""
        return 0 if parent.isValid() else len(self._sessions)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Qt's columnCount(): the four COLUMNS."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Qt's headerData(): the COLUMNS as column titles."""
        return horizontal_header(COLUMNS, section, orientation, role)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt's data(), with the roles the class describes; None for other roles."""
        if not index.isValid() or not 0 <= index.row() < len(self._sessions):
            return None
        session = self._sessions[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            # A name, state or endpoint from a server or an error may hold a line break.
            if column == NAME:
                return one_line(session.display_name)
            if column == STATE:
                # The cause first and short: the whole sentence is in the tooltip.
                return one_line(session.state_brief())
            if column == ENDPOINT:
                return one_line(session.endpoint_text)
            if column == DISK_IO:
                return self._io_rate(session)
        elif role == SPARKLINE_ROLE and column == DISK_IO:
            return list(session.inspection.block.history) if session.connected else []
        elif role == Qt.ItemDataRole.ToolTipRole:
            if column == DISK_IO:
                return f"Disk I/O (read + write, last 60 polls): {self._io_rate(session)}"
            return self._tooltip(session)
        elif role == Qt.ItemDataRole.ForegroundRole and column == STATE:
            tone = _STATE_TONES.get(session.state) or _RUN_TONES.get(session.run_status or "")
            return brush(tone) if tone is not None else None
        elif role == Qt.ItemDataRole.AccessibleTextRole:
            return one_line(f"{session.display_name}: {session.state_text()}")
        return None

    @staticmethod
    def _io_rate(session: VmSession) -> str:
        return human_rate(session.inspection.block.total_rate) if session.connected else DASH

    @staticmethod
    def _tooltip(session: VmSession) -> str:
        lines = [f"{session.display_name} — {session.endpoint_text}", session.state_text()]
        if session.state is ConnState.RECONNECTING and session.error:
            lines.append(f"last error: {session.error}")
        if session.state is ConnState.WAITING:
            lines.append(
                f"qmpgui connects once QEMU listens on {session.endpoint_text} "
                f"(it looks again every {WATCH_MAX_DELAY_S:g} s)"
            )
            if session.error:
                lines.append(f"now: {session.error}")
        if session.transient:
            lines.append("given on the command line: not saved")
        return "\n".join(lines)

    # -- updates ----------------------------------------------------------------

    def _on_session_changed(self, session: VmSession) -> None:
        if session in self._sessions:
            row = self._sessions.index(session)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        self._update_tick()

    def _on_topic(self, session: VmSession, topic: str) -> None:
        if topic == BLOCKSTATS:
            self._io_changed.add(session)
            if not self._io_timer.isActive():
                self._io_timer.start()

    def _repaint_io(self) -> None:
        changed, self._io_changed = self._io_changed, set()
        rows = [row for row, session in enumerate(self._sessions) if session in changed]
        if rows:
            self.dataChanged.emit(self.index(rows[0], DISK_IO), self.index(rows[-1], DISK_IO))

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
