"""The VM list grouped by connection or by host (View → Group by): a tree whose
top-level rows are groups, over models/vm_list.py's VmListModel, which it follows row
by row (a changed row changes its group's header, never the whole tree)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
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
from qmpgui.models.vm_list import COLUMNS, NAME, STATE, Row, VmListModel, bold_font
from qmpgui.qmp.endpoint_groups import BY_CONNECTION, group_of
from qmpgui.session import VmSession
from qmpgui.session.health import health
from qmpgui.session.libvirt_connection import LibvirtConnection

_Index = QModelIndex | QPersistentModelIndex

#: A group header's name (str; None for any other row, in either model).
GROUP_ROLE = Qt.ItemDataRole.UserRole + 3


class _Group:
    """A group: its name, the number its members' indexes carry, its members (the
    list's top-level rows, in list order) and its counts in words (None: to count)."""

    def __init__(self, name: str, key: int) -> None:
        self.name = name
        self.key = key
        self.members: list[Row] = []
        self.summary: str | None = None


def summary(sessions: list[VmSession], total: int | None = None) -> str:
    """A group's counts in words: "12 VMs, 3 running, 1 with a problem" ("no VMs";
    "2 VMs, none running"); problems as session/health.py's problem_of() says.

    `sessions` are the VMs shown; `total`, when more, the group's VMs a filter hides
    some of: "3 of 5 VMs, 1 running" (the rest counts only `sessions`)."""
    if total is not None and total != len(sessions):
        count = translate("VmGroupModel", "{count} of %n VM(s)", None, PLURAL, total).format(
            count=len(sessions)
        )
    elif not sessions:
        return translate("VmGroupModel", "no VMs")
    else:
        count = translate("VmGroupModel", "%n VM(s)", None, PLURAL, len(sessions))
    counted = health(sessions)
    words = [count]
    words.append(
        translate("VmGroupModel", "{count} running").format(count=counted.running)
        if counted.running
        else translate("VmGroupModel", "none running")
    )
    if counted.problems:
        words.append(
            translate("VmGroupModel", "{count} with a problem").format(count=len(counted.problems))
        )
    return translate("VmGroupModel", ", ").join(words)


class VmGroupModel(QAbstractItemModel):
    """`vms` grouped `by` endpoint_groups' BY_CONNECTION or BY_HOST.

    Top-level rows: the groups, in the order of their first row in the list. A group's
    children: the list's top-level rows whose endpoint (a libvirt connection: its URI)
    falls in it, in list order; a connection's children: its domains. A group exists
    while it has a row. A VM's or connection's row gives the list's data() (the same
    COLUMNS and roles); a group's row: Name "NAME — COUNTS" (summary()), bold, the
    other columns empty; GROUP_ROLE the name; ToolTipRole and AccessibleTextRole
    "group NAME: COUNTS". A group by connection that holds a libvirt connection's row
    (which shows the URI) is titled "libvirt" instead of its URI. The counts follow the
    rows' stateChanged within a turn of the event loop, and count_shown()'s filter; an
    edited endpoint moves its row to its new group.
    """

    def __init__(self, vms: VmListModel, by: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vms = vms
        self.by = by
        group_of("", by)  # a wrong `by` raises here, not at the first row
        self._groups: list[_Group] = []
        #: Each top-level row's group and each row's place among its siblings.
        self._group_of: dict[Row, _Group] = {}
        self._place: dict[Row, int] = {}
        #: The list's top-level rows and each connection's domains, as last told.
        self._order: list[Row] = []
        self._domains: dict[LibvirtConnection, list[VmSession]] = {}
        #: The number the indexes of a group's or a connection's children carry (0: top).
        self._owners: dict[int, _Group | LibvirtConnection] = {}
        self._keys: dict[LibvirtConnection, int] = {}
        self._next_key = 1
        self._names: dict[str, str] = {}  # endpoint or URI -> its group's name
        #: Which VMs the headers count (count_shown()); None: all.
        self._shown: Callable[[VmSession], bool] | None = None
        self._recount: set[_Group] = set()
        self._recount_timer = QTimer(self)
        self._recount_timer.setSingleShot(True)
        self._recount_timer.setInterval(0)
        self._recount_timer.timeout.connect(self._repaint_counts)
        for row in range(vms.rowCount()):
            self._take(row, signal=False)
        vms.rowsInserted.connect(self._inserted)
        vms.rowsRemoved.connect(self._removed)
        vms.dataChanged.connect(self._changed)
        vms.modelReset.connect(self._reset)
        vms.layoutChanged.connect(self._reset)

    # -- access -------------------------------------------------------------------------

    @property
    def group_names(self) -> list[str]:
        """The groups' names, in order (a new list)."""
        return [group.name for group in self._groups]

    def item(self, index: _Index) -> Row | None:
        """The session or connection of `index`'s row; None for a group's row or an
        invalid index."""
        if not index.isValid() or index.internalId() == 0:
            return None
        owner = self._owners.get(index.internalId())
        rows = owner.members if isinstance(owner, _Group) else self._domains.get(owner)  # type: ignore[arg-type]
        return rows[index.row()] if rows is not None and 0 <= index.row() < len(rows) else None

    def index_of(self, item: Row, column: int = 0) -> QModelIndex:
        """The index of a session's or a connection's row; invalid when it has none."""
        place = self._place.get(item)
        if place is None:
            return QModelIndex()
        group = self._group_of.get(item)
        if group is not None:
            return self.createIndex(place, column, group.key)
        owner = next((c for c, rows in self._domains.items() if item in rows), None)
        return (
            QModelIndex() if owner is None else self.createIndex(place, column, self._keys[owner])
        )

    def group_index(self, name: str, column: int = 0) -> QModelIndex:
        """The index of the group `name`'s row; invalid when there is none."""
        for row, group in enumerate(self._groups):
            if group.name == name:
                return self.createIndex(row, column, 0)
        return QModelIndex()

    # -- Qt model API ---------------------------------------------------------------------

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """Qt's index(): a group's row, a group's member's, or a domain's."""
        if not 0 <= column < len(COLUMNS) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(self._groups) else QModelIndex()
        if parent.internalId() == 0:
            if not 0 <= parent.row() < len(self._groups):
                return QModelIndex()
            group = self._groups[parent.row()]
            return (
                self.createIndex(row, column, group.key)
                if row < len(group.members)
                else QModelIndex()
            )
        owner = self.item(parent)
        if not isinstance(owner, LibvirtConnection) or row >= len(self._domains[owner]):
            return QModelIndex()
        return self.createIndex(row, column, self._keys[owner])

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        """Qt's parent(): a member's group, a domain's connection; invalid for a group."""
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        owner = self._owners.get(index.internalId())
        if isinstance(owner, _Group):
            return self.createIndex(self._groups.index(owner), 0, 0)
        return QModelIndex() if owner is None else self.index_of(owner)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Qt's rowCount(): the groups, a group's members, a connection's domains."""
        if not parent.isValid():
            return len(self._groups)
        if parent.column() != 0:
            return 0
        if parent.internalId() == 0:
            return (
                len(self._groups[parent.row()].members) if parent.row() < len(self._groups) else 0
            )
        owner = self.item(parent)
        return len(self._domains[owner]) if isinstance(owner, LibvirtConnection) else 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Qt's columnCount(): the list's COLUMNS."""
        return self.vms.columnCount()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Qt's headerData(): the list's column titles."""
        return self.vms.headerData(section, orientation, role)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt's data(), with the roles the class describes."""
        if not index.isValid():
            return None
        if index.internalId() != 0:
            item = self.item(index)
            return None if item is None else self.vms.item_data(item, index.column(), role)
        if not 0 <= index.row() < len(self._groups):
            return None
        group = self._groups[index.row()]
        if role == GROUP_ROLE:
            return group.name
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() != NAME:
                return ""
            return translate("VmGroupModel", "{group} — {counts}").format(
                group=self._title(group), counts=self._summary(group)
            )
        if role == Qt.ItemDataRole.FontRole and index.column() == NAME:
            return bold_font()
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return translate("VmGroupModel", "group {group}: {counts}").format(
                group=self._title(group), counts=self._summary(group)
            )
        return None

    def count_shown(self, shown: Callable[[VmSession], bool] | None) -> None:
        """Count, in the headers, only the VMs `shown` keeps (the VM list's filter), of
        all the group holds ("1 of 3 VMs, 1 running"); None: every VM."""
        self._shown = shown
        for group in self._groups:
            self._count_again(group)

    def _title(self, group: _Group) -> str:
        # A libvirt connection's row shows its URI right below: "libvirt" says the rest.
        if self.by == BY_CONNECTION and any(
            isinstance(member, LibvirtConnection) for member in group.members
        ):
            return translate("VmGroupModel", "libvirt")
        return group.name

    def _summary(self, group: _Group) -> str:
        if group.summary is None:
            sessions = list(self._sessions(group))
            shown = self._shown
            group.summary = (
                summary(sessions)
                if shown is None
                else summary([s for s in sessions if shown(s)], len(sessions))
            )
        return group.summary

    def _sessions(self, group: _Group) -> Iterator[VmSession]:
        for member in group.members:
            if isinstance(member, LibvirtConnection):
                yield from self._domains[member]
            else:
                yield member

    # -- following the list -------------------------------------------------------------

    def _name(self, item: Row) -> str:
        address = item.uri if isinstance(item, LibvirtConnection) else item.endpoint_text
        name = self._names.get(address)
        if name is None:
            name = self._names[address] = group_of(address, self.by)
        return name

    def _new_key(self, owner: _Group | LibvirtConnection) -> int:
        key, self._next_key = self._next_key, self._next_key + 1
        self._owners[key] = owner
        return key

    def _take(self, row: int, signal: bool = True) -> None:
        """Follow the list's new top-level row `row` (the list adds at its end)."""
        item = self.vms.item(self.vms.index(row, 0))
        assert item is not None
        self._order.insert(row, item)
        if isinstance(item, LibvirtConnection):
            self._keys[item] = self._new_key(item)
            self._domains[item] = self.vms.domain_sessions(item)
            self._number(self._domains[item])
        self._join(item, signal)

    def _join(self, item: Row, signal: bool = True) -> None:
        """Put the top-level row `item` in its group, at its place in list order."""
        name = self._name(item)
        group = next((g for g in self._groups if g.name == name), None)
        if group is None:
            group = _Group(name, 0)
            group.key = self._new_key(group)
            group.members.append(item)
            self._group_of[item], self._place[item] = group, 0
            if signal:
                self.beginInsertRows(QModelIndex(), len(self._groups), len(self._groups))
            self._groups.append(group)
            if signal:
                self.endInsertRows()
            return
        place = len(group.members)
        if self._order[-1] is not item:  # moved by an edit: among the others in list order
            order = {row: n for n, row in enumerate(self._order)}
            place = sum(1 for member in group.members if order[member] < order[item])
        if signal:
            self.beginInsertRows(self.group_index(name), place, place)
        group.members.insert(place, item)
        self._group_of[item] = group
        self._number(group.members, place)
        group.summary = None
        if signal:
            self.endInsertRows()
            self._count_again(group)

    def _leave(self, item: Row) -> None:
        """Take the top-level row `item` out of its group (the group too when empty)."""
        group = self._group_of.pop(item)
        place = self._place.pop(item)
        if len(group.members) == 1:
            row = self._groups.index(group)
            self.beginRemoveRows(QModelIndex(), row, row)
            self._groups.pop(row)
            del self._owners[group.key]
            self._recount.discard(group)
        else:
            self.beginRemoveRows(self.group_index(group.name), place, place)
            group.summary = None
            self._count_again(group)
        group.members.pop(place)
        self._number(group.members, place)
        self.endRemoveRows()

    def _number(self, rows: list[Any], start: int = 0) -> None:
        for n in range(start, len(rows)):
            self._place[rows[n]] = n

    def _inserted(self, parent: _Index, first: int, last: int) -> None:
        if not parent.isValid():
            for row in range(first, last + 1):
                self._take(row)
            return
        connection = self.vms.item(parent)
        assert isinstance(connection, LibvirtConnection)
        added = self.vms.domain_sessions(connection)[first : last + 1]
        self.beginInsertRows(self.index_of(connection), first, last)
        self._domains[connection][first:first] = added
        self._number(self._domains[connection], first)
        self.endInsertRows()
        self._count_again(self._group_of[connection])

    def _removed(self, parent: _Index, first: int, last: int) -> None:
        if not parent.isValid():
            gone, self._order[first : last + 1] = self._order[first : last + 1], []
            for item in gone:
                self._leave(item)
                if isinstance(item, LibvirtConnection):
                    for domain in self._domains.pop(item):
                        self._place.pop(domain, None)
                    del self._owners[self._keys.pop(item)]
            return
        connection = self.vms.item(parent)
        assert isinstance(connection, LibvirtConnection)
        domains = self._domains[connection]
        self.beginRemoveRows(self.index_of(connection), first, last)
        for domain in domains[first : last + 1]:
            self._place.pop(domain, None)
        del domains[first : last + 1]
        self._number(domains, first)
        self.endRemoveRows()
        self._count_again(self._group_of[connection])

    def _changed(self, top: _Index, bottom: _Index) -> None:
        parent = top.parent()
        rows = (
            self._order[top.row() : bottom.row() + 1]
            if not parent.isValid()
            else self._domains.get(self.vms.item(parent), [])[top.row() : bottom.row() + 1]  # type: ignore[arg-type]
        )
        if top.column() == NAME and not parent.isValid():  # a whole row: maybe its endpoint
            for item in [i for i in rows if self._name(i) != self._group_of[i].name]:
                self._leave(item)
                self._join(item)
        spans: dict[int, list[int]] = {}
        for item in rows:
            index = self.index_of(item)
            span = spans.setdefault(index.internalId(), [index.row(), index.row()])
            span[0], span[1] = min(span[0], index.row()), max(span[1], index.row())
            if top.column() <= STATE:
                owner = self._owners[index.internalId()]
                group = owner if isinstance(owner, _Group) else self._group_of[owner]
                group.summary = None
                self._count_again(group)
        for key, (first, last) in spans.items():
            self.dataChanged.emit(
                self.createIndex(first, top.column(), key),
                self.createIndex(last, bottom.column(), key),
            )

    def _count_again(self, group: _Group) -> None:
        group.summary = None
        self._recount.add(group)
        if not self._recount_timer.isActive():
            self._recount_timer.start()

    def _repaint_counts(self) -> None:
        groups, self._recount = self._recount, set()
        for group in groups:
            index = self.group_index(group.name)
            if index.isValid():
                self.dataChanged.emit(index, index.siblingAtColumn(len(COLUMNS) - 1))

    def _reset(self) -> None:
        self.beginResetModel()
        self._groups.clear()
        for table in (self._group_of, self._place, self._domains, self._owners, self._keys):
            table.clear()
        self._order.clear()
        for row in range(self.vms.rowCount()):
            self._take(row, signal=False)
        self.endResetModel()
