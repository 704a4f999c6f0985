"""The VM list: a tree whose top-level rows are VmSessions (plain endpoints) and
libvirt connections, each connection's children the VmSessions of its domains."""

from __future__ import annotations

import functools
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont, QIcon

from qmpgui.i18n import marked, translate
from qmpgui.models.node_tree import horizontal_header
from qmpgui.models.palette import Tone, brush
from qmpgui.models.text import DASH, human_rate
from qmpgui.models.vm_list_words import migration_words, vm_tooltip
from qmpgui.qmp.reader import one_line
from qmpgui.session import ConnState, VmSession
from qmpgui.session.inspection import BLOCKSTATS
from qmpgui.session.libvirt_connection import LibvirtConnection
from qmpgui.session.migration import MIGRATION

_Index = QModelIndex | QPersistentModelIndex
#: A top-level row: a plain endpoint's session or a libvirt connection.
Row = VmSession | LibvirtConnection

#: The columns' titles, left to right.
COLUMNS = (
    marked("headers", "Name"),
    marked("headers", "State"),
    marked("headers", "Disk I/O"),
    marked("headers", "Endpoint"),
)
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


class VmListModel(QAbstractItemModel):
    """Rows are sessions and connections; a row repaints when it says it changed.

    A tree of COLUMNS. Top-level rows, in the order added: a VmSession per plain
    endpoint, a LibvirtConnection per libvirt connection; a connection's children are
    the VmSessions of its domains, in the order listed. Roles, for a session's row:
    DisplayRole gives Name (VmSession.display_name), State (VmSession.state_brief(): the
    run state from query-status when connected, else the connection's with its cause
    in a few words, after a migration under way or awaited (session/migration.py's
    brief()); the tooltip has state_text(), the whole sentence, and details()), Disk I/O (the
    read+write rate of all drives from query-blockstats, as "1.5 KiB/s"; DASH when not
    connected or before two samples) and Endpoint (the endpoint text), each one line.
    SPARKLINE_ROLE, in Disk I/O only: list[float | None], bytes/s, oldest first, one per tick
    (at most 60; None: a gap, not sampled out of sight); [] when not connected. ToolTipRole: in Disk I/O the rate; elsewhere the
    name, endpoint, state, the last error while reconnecting, what a VM waiting for QEMU
    waits for and found meanwhile, and "not saved" for a VM
    given on the command line. ForegroundRole, in State only: a QBrush of the state's
    tone (error, reconnecting, connecting or disconnected, running, paused); None
    otherwise. AccessibleTextRole: "name: state" in every column. A connection's row:
    Name and Endpoint its URI, State LibvirtConnection.state_brief(), Disk I/O empty,
    its tooltip the state whole.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        #: Each connection's domain sessions, and the number its children's indexes
        #: carry as internalId (0 is the top level).
        self._children: dict[LibvirtConnection, list[VmSession]] = {}
        self._keys: dict[LibvirtConnection, int] = {}
        self._by_key: dict[int, LibvirtConnection] = {}
        self._next_key = 1
        # The partials connected to each row's signals: removal disconnects exactly
        # these, leaving the row's other receivers alone.
        self._slots: dict[int, tuple[Callable[..., None], ...]] = {}
        # Reconnect countdowns ("next try in 4 s") need a repaint each second.
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._repaint_reconnecting)
        # Disk rates of many VMs polled each second are repainted together, a few times a
        # second, rather than once per VM and poll.
        self._io_changed: set[VmSession] = set()
        self._moving: weakref.WeakKeyDictionary[VmSession, str | None] = weakref.WeakKeyDictionary()
        self._io_timer = QTimer(self)
        self._io_timer.setSingleShot(True)
        self._io_timer.setInterval(IO_REPAINT_MS)
        self._io_timer.timeout.connect(self._repaint_io)

    # -- access ---------------------------------------------------------------

    @property
    def sessions(self) -> list[VmSession]:
        """The plain endpoints' sessions, top-level rows in order (a new list)."""
        return [row for row in self._rows if isinstance(row, VmSession)]

    @property
    def all_sessions(self) -> list[VmSession]:
        """Every session, the domains' under their connections too, in list order."""
        found: list[VmSession] = []
        for row in self._rows:
            found += self._children[row] if isinstance(row, LibvirtConnection) else [row]
        return found

    @property
    def connections(self) -> list[LibvirtConnection]:
        """The libvirt connections, in list order (a new list)."""
        return [row for row in self._rows if isinstance(row, LibvirtConnection)]

    def in_order(self, items: list[Row]) -> list[Row]:
        """`items` sorted as the list shows them: a connection's domains after it, before
        the next top-level row; an item not in the list first."""
        order: dict[int, int] = {}
        for row in self._rows:
            order[id(row)] = len(order)
            if isinstance(row, LibvirtConnection):
                for session in self._children[row]:
                    order[id(session)] = len(order)
        return sorted(items, key=lambda item: order.get(id(item), -1))

    def domain_sessions(self, connection: LibvirtConnection) -> list[VmSession]:
        """The sessions of `connection`'s domains (a new list); KeyError when it has no row."""
        return list(self._children[connection])

    def session(self, row: int) -> VmSession:
        """The session of the top-level `row`; IndexError past the last row, TypeError
        when that row is a connection."""
        item = self._rows[row]
        if not isinstance(item, VmSession):
            raise TypeError(f"row {row} is a libvirt connection")
        return item

    def row_of(self, session: VmSession) -> int:
        """The top-level row of `session`; ValueError when it has none there."""
        return self._rows.index(session)

    def index_of(self, item: Row, column: int = 0) -> QModelIndex:
        """The index of a session's or a connection's row; invalid when it has none."""
        if item in self._rows:
            return self.index(self._rows.index(item), column)
        for connection, children in self._children.items():
            if item in children:
                key = self._keys[connection]
                return self.createIndex(children.index(item), column, key)
        return QModelIndex()

    def item(self, index: _Index) -> Row | None:
        """The session or connection of `index`'s row; None for an invalid index."""
        if not index.isValid():
            return None
        key = index.internalId()
        if key == 0:
            return self._rows[index.row()] if 0 <= index.row() < len(self._rows) else None
        children = self._children.get(self._by_key.get(key))  # type: ignore[arg-type]
        if children is None or not 0 <= index.row() < len(children):
            return None
        return children[index.row()]

    def add(self, session: VmSession) -> int:
        """Add a top-level row for `session` at the end and follow its stateChanged (the
        row repaints) and topicChanged (after a BLOCKSTATS poll, Disk I/O repaints within
        IO_REPAINT_MS); its row."""
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(session)
        self._follow(session)
        self.endInsertRows()
        return row

    def add_connection(self, connection: LibvirtConnection) -> int:
        """Add a top-level row for `connection` (no children yet) and follow its
        stateChanged; its row."""
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(connection)
        self._children[connection] = []
        key, self._next_key = self._next_key, self._next_key + 1
        self._keys[connection], self._by_key[key] = key, connection
        changed = functools.partial(self._on_changed, connection)
        self._slots[id(connection)] = (changed,)
        connection.stateChanged.connect(changed)
        self.endInsertRows()
        return row

    def add_domains(self, connection: LibvirtConnection, sessions: list[VmSession]) -> None:
        """Add `sessions` (domains of `connection`) as its last children, in one
        insertion (a view lays its rows out once, not once per domain)."""
        if not sessions:
            return
        children = self._children[connection]
        parent = self.index(self._rows.index(connection), 0)
        self.beginInsertRows(parent, len(children), len(children) + len(sessions) - 1)
        children.extend(sessions)
        for session in sessions:
            self._follow(session)
        self.endInsertRows()

    def remove(self, item: Row) -> None:
        """Remove the row of a session (top-level or a domain's) or of a connection
        (its domains' rows with it), and stop following its signals; ValueError when
        it has no row."""
        index = self.index_of(item)
        if not index.isValid():
            raise ValueError(f"{item!r} has no row")
        self.beginRemoveRows(index.parent(), index.row(), index.row())
        slots = self._slots.pop(id(item))
        if isinstance(item, LibvirtConnection):
            item.stateChanged.disconnect(slots[0])
            for child in self._children.pop(item):
                self._unfollow(child, self._slots.pop(id(child)))
            del self._by_key[self._keys.pop(item)]
            self._rows.remove(item)
        else:
            self._unfollow(item, slots)
            if index.parent().isValid():
                parent = self._rows[index.parent().row()]
                assert isinstance(parent, LibvirtConnection)
                self._children[parent].remove(item)
            else:
                self._rows.remove(item)
        self.endRemoveRows()
        self._update_tick()

    def _follow(self, session: VmSession) -> None:
        changed = functools.partial(self._on_changed, session)
        topic = functools.partial(self._on_topic, session)
        self._slots[id(session)] = (changed, topic)
        session.stateChanged.connect(changed)
        session.topicChanged.connect(topic)

    def _unfollow(self, session: VmSession, slots: tuple[Callable[..., None], ...]) -> None:
        session.stateChanged.disconnect(slots[0])
        session.topicChanged.disconnect(slots[1])
        self._io_changed.discard(session)

    # -- Qt model API ---------------------------------------------------------

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """Qt's index(): a top-level row, or a domain's under its connection's row."""
        if not 0 <= column < len(COLUMNS):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if 0 <= row < len(self._rows) else QModelIndex()
        owner = self.item(parent)
        if parent.internalId() != 0 or not isinstance(owner, LibvirtConnection):
            return QModelIndex()
        if not 0 <= row < len(self._children[owner]):
            return QModelIndex()
        return self.createIndex(row, column, self._keys[owner])

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        """Qt's parent(): a domain's connection row; invalid for a top-level row."""
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        connection = self._by_key.get(index.internalId())
        if connection is None:
            return QModelIndex()
        return self.createIndex(self._rows.index(connection), 0, 0)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Qt's rowCount(): the top-level rows, or a connection's domains."""
        if not parent.isValid():
            return len(self._rows)
        if parent.column() != 0 or parent.internalId() != 0:
            return 0
        owner = self.item(parent)
        return len(self._children[owner]) if isinstance(owner, LibvirtConnection) else 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Qt's columnCount(): the four COLUMNS."""
        return len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Qt's headerData(): the COLUMNS as column titles."""
        return horizontal_header(COLUMNS, section, orientation, role)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt's data(), with the roles the class describes; None for other roles."""
        item = self.item(index)
        return None if item is None else self.item_data(item, index.column(), role)

    def item_data(self, item: Row, column: int, role: int) -> Any:
        """data() of `item`'s row in `column` (for views of the list in another shape)."""
        if isinstance(item, LibvirtConnection):
            return _connection_data(item, column, role)
        session = item
        if role == Qt.ItemDataRole.DisplayRole:
            # A name, state or endpoint from a server or an error may hold a line break.
            if column == NAME:
                return one_line(session.display_name)
            if column == STATE:
                # The cause first and short: the whole sentence is in the tooltip. A
                # migration under way is the news: first, so that the default width
                # shows what is left.
                moving = migration_words(session)
                state = session.state_brief()
                return one_line(f"{moving} · {state}" if moving else state)
            if column == ENDPOINT:
                return one_line(session.endpoint_text)
            if column == DISK_IO:
                return self._io_rate(session)
        elif role == SPARKLINE_ROLE and column == DISK_IO:
            return list(session.inspection.block.history) if session.connected else []
        elif role == Qt.ItemDataRole.ToolTipRole:
            if column == DISK_IO:
                return translate(
                    "VmListModel", "Disk I/O (read + write, last 60 polls): {v0}"
                ).format(v0=self._io_rate(session))
            return vm_tooltip(session)
        elif role == Qt.ItemDataRole.ForegroundRole and column == STATE:
            tone = _STATE_TONES.get(session.state) or _RUN_TONES.get(session.run_status or "")
            return brush(tone) if tone is not None else None
        elif role == Qt.ItemDataRole.AccessibleTextRole:
            return one_line(f"{session.display_name}: {session.state_text()}")
        return None

    @staticmethod
    def _io_rate(session: VmSession) -> str:
        return human_rate(session.inspection.block.total_rate) if session.connected else DASH

    # -- updates ----------------------------------------------------------------

    def _on_changed(self, item: Row) -> None:
        index = self.index_of(item)
        if index.isValid():
            last = index.siblingAtColumn(len(COLUMNS) - 1)
            self.dataChanged.emit(index, last)
        self._update_tick([item])  # only it changed: 2,000 rows are not looked through

    def _on_topic(self, session: VmSession, topic: str) -> None:
        if topic == MIGRATION:  # the state's words say a migration under way
            words = migration_words(session)  # unchanged (no migration): no repaint, no refit
            if self._moving.get(session) != words:
                self._moving[session] = words
                index = self.index_of(session, STATE)
                self.dataChanged.emit(index, index)
        elif topic == BLOCKSTATS:
            self._io_changed.add(session)
            if not self._io_timer.isActive():
                self._io_timer.start()

    def _repaint_io(self) -> None:
        changed, self._io_changed = self._io_changed, set()
        # Each cell by itself, not one range from the first changed row to the last: a
        # range over a fleet holds the rows in sight, which the list then repainted, and
        # the filter's proxy asked each row of it whether it still passes.
        for row in [row for row, item in enumerate(self._rows) if item in changed]:
            index = self.index(row, DISK_IO)
            self.dataChanged.emit(index, index)
        for children in self._children.values():
            for session in changed.intersection(children):
                index = self.index_of(session, DISK_IO)
                self.dataChanged.emit(index, index)

    def _counting_down(self, items: list[Row] | None = None) -> list[Row]:
        rows: list[Row] = [*self.all_sessions, *self.connections] if items is None else items
        return [r for r in rows if _counts_down(r)]

    def _update_tick(self, items: list[Row] | None = None) -> None:
        # `items`: only these changed; the tick itself stops when none counts down.
        waiting = bool(self._counting_down(items))
        if waiting and not self._tick.isActive():
            self._tick.start()
        elif not waiting and items is None:
            self._tick.stop()

    def _repaint_reconnecting(self) -> None:
        for item in self._counting_down():
            index = self.index_of(item, STATE)
            self.dataChanged.emit(index, index)
        self._update_tick()


def _counts_down(row: Row) -> bool:
    """Whether `row` says when it tries again (its State repaints each second)."""
    if isinstance(row, VmSession):
        return row.state is ConnState.RECONNECTING
    return row.next_retry_at is not None and row.can_connect


@functools.cache
def bold_font() -> QFont:
    """The font of a row that holds others (a connection's, a group's): bold, in the
    palette's own colours (light and dark alike); made on first use, once the
    application exists."""
    font = QFont()
    font.setBold(True)
    return font


def _short_uri(uri: str) -> str:
    """A connection's URI without its parameters (keyfile=, command=, ...), which push
    the user and the host out of a narrow column; the Endpoint column has them."""
    return uri.partition("?")[0]


def _connection_data(connection: LibvirtConnection, column: int, role: int) -> Any:
    """data() of a connection's row."""
    if role == Qt.ItemDataRole.DisplayRole:
        if column == NAME:
            return _short_uri(connection.uri)
        if column == ENDPOINT:
            return connection.uri
        if column == STATE:
            return one_line(connection.state_brief())
        return ""
    if role == SPARKLINE_ROLE:
        return []
    if role == Qt.ItemDataRole.FontRole and column == NAME:
        return bold_font()  # a connection without domains still reads as one
    if role == Qt.ItemDataRole.DecorationRole and column == NAME:
        return QIcon.fromTheme("network-server")
    if role == Qt.ItemDataRole.ToolTipRole:
        lines = [
            translate("vm_list", "libvirt connection {uri}").format(uri=connection.uri),
            connection.state_text(),
        ]
        if connection.error and connection.state is not ConnState.ERROR:
            lines.append(connection.error)
        if connection.transient:
            lines.append(translate("vm_list", "given on the command line: not saved"))
        return "\n".join(lines)
    if role == Qt.ItemDataRole.ForegroundRole and column == STATE:
        if connection.state is ConnState.CONNECTED:
            return brush(Tone.GOOD)
        tone = _STATE_TONES.get(connection.state)
        return brush(tone) if tone is not None else None
    if role == Qt.ItemDataRole.AccessibleTextRole:
        return one_line(f"{connection.uri}: {connection.state_text()}")
    return None
