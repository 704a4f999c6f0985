"""The VM list (`vmList`): a tree of the VMs with their state and a Disk I/O sparkline
(libvirt connections hold their domains; plain endpoints are top-level rows); several
rows can be selected, and its context menu is the window's. It shows the list through
models/vm_list_proxy.py's VmListProxy (`shown`): filtered, and sorted by a click on a
column's header (ascending, descending, then the list's own order again)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from qmpgui.i18n import translate
from qmpgui.models import VmListModel
from qmpgui.models.vm_list import DISK_IO, ENDPOINT, NAME, STATE, Row
from qmpgui.models.vm_list_proxy import VmListProxy
from qmpgui.ui.columns import ColumnMemory
from qmpgui.ui.elide import ElideEndDelegate
from qmpgui.ui.sparkline import SparklineDelegate, rate_width

#: The share of the list's width Name and State may each take when fitted to their text.
MAX_SHARE = 0.35
#: The least width left to the Endpoint column (which takes the rest), in average characters.
ENDPOINT_CHARS = 12

_Index = QModelIndex | QPersistentModelIndex


class VmListView(QTreeView):
    """The tree over `model`, shown as a table while it holds no libvirt connection (no
    branch decoration: plain endpoints are rows as ever), with a connection's domains
    folded under it (Left/Right fold and unfold, typing a name goes to it). Its columns
    fit its width: Name and State their text (at
    most MAX_SHARE of the width each), Disk I/O its sparkline and rate, Endpoint the rest,
    cut in the middle; when room is short the sparkline gives way first, then the state,
    then the name, which tells the rows apart. A column the user sized keeps its width.

    Rows the filter hides leave the selection; when it hides the current row, the
    first selected row still shown becomes current, or none (Qt would make a neighbour
    current, which the user did not choose). `removing` is true while Qt takes rows out
    (its selection signals then are not the user's); rowsHidden follows."""

    #: Rows were taken out of the view (hidden by the filter, or removed): the
    #: selection and the current row may have changed without a signal of their own.
    rowsHidden = Signal()

    def __init__(self, model: VmListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vmList")
        self.setAccessibleName(translate("VmListView", "VM list"))
        self.vms = model
        #: The rows as shown: filtered and sorted (the view's model).
        self.shown = VmListProxy(model, self)
        self.removing = 0
        self._held: Row | None = None
        # Before setModel(): this runs before the selection model moves the current row.
        self.shown.rowsAboutToBeRemoved.connect(self._rows_leaving)
        self.setModel(self.shown)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setWordWrap(False)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setExpandsOnDoubleClick(False)  # a double click edits, as in the table
        self.setRootIsDecorated(False)
        # Names (web-frontend-1, web-frontend-2) and errors differ late: cut in the
        # middle; each cell's tooltip has the whole text.
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.header()
        header.setStretchLastSection(True)
        # No sort at first: the list's own order, until a header is clicked (a third
        # click goes back to it).
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        #: Shown columns and the widths the user gave them, kept across runs.
        self.columns = ColumnMemory(self, header)
        for column in (NAME, STATE, DISK_IO):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.setItemDelegateForColumn(DISK_IO, SparklineDelegate(self))
        # A state says its cause first ("libvirtd not running: trying again in 3 s"):
        # cut at the end, never the cause.
        self.setItemDelegateForColumn(STATE, ElideEndDelegate(self))
        # Fitted once per turn of the loop, however many rows changed in it.
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self.fit_columns)
        self.shown.rowsInserted.connect(self._rows_inserted)
        self.shown.rowsRemoved.connect(self._rows_removed)
        self.shown.modelReset.connect(self._refit.start)
        self.shown.dataChanged.connect(self._data_changed)
        header.sectionResized.connect(self._section_resized)
        self.fit_columns()

    def horizontalHeader(self) -> QHeaderView:
        """The column header (QTableView's name for QTreeView's header())."""
        return self.header()

    def selectRow(self, row: int) -> None:
        """Make the top-level `row` as shown current and the only one selected."""
        index = self.shown.index(row, 0)
        self.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def item(self, index: _Index) -> Row | None:
        """The session or connection of a shown `index`; None when invalid."""
        return self.shown.item(index)

    def index_of(self, item: Row, column: int = 0) -> QModelIndex:
        """The shown index of `item`'s row; invalid when it has none or is filtered out."""
        return self.shown.index_of(item, column)

    def select_items(self, items: Sequence[Row]) -> int:
        """Select the shown rows of `items` (the others are left out), the first of them
        current; the rows selected (0: the selection is left as it was)."""
        indexes = [i for i in (self.index_of(item) for item in items) if i.isValid()]
        if not indexes:
            return 0
        chosen = QItemSelection()
        for index in indexes:
            chosen.select(index, index)
        flags = QItemSelectionModel.SelectionFlag
        model = self.selectionModel()
        model.select(chosen, flags.ClearAndSelect | flags.Rows)
        model.setCurrentIndex(indexes[0], flags.NoUpdate)
        self.scrollTo(indexes[0])
        return len(indexes)

    def _rows_inserted(self, parent: _Index, _first: int, _last: int) -> None:
        # Branches show once the list holds a connection; its domains unfolded at first.
        if not parent.isValid():
            self._decorate()
        elif not self.isExpanded(parent):
            self.expand(parent)
        self._refit.start()

    def _rows_leaving(self, _parent: _Index, _first: int, _last: int) -> None:
        self.removing += 1
        self._held = self.item(self.currentIndex())

    def _rows_removed(self, parent: _Index, _first: int, _last: int) -> None:
        self.removing -= 1
        held, self._held = self._held, None
        hidden = held is not None and self.vms.index_of(held).isValid()
        if hidden and held is not None and not self.index_of(held).isValid():
            chosen = self.selectionModel().selectedRows()
            self.selectionModel().setCurrentIndex(
                chosen[0] if chosen else QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        if not parent.isValid():
            self._decorate()
        self._refit.start()
        self.rowsHidden.emit()

    def _decorate(self) -> None:
        self.setRootIsDecorated(bool(self.vms.connections))

    def set_sort(self, column: int, order: Qt.SortOrder) -> None:
        """Sort by `column` in `order` (-1: the list's own order), as a click would."""
        if (self.header().sortIndicatorSection(), self.header().sortIndicatorOrder()) != (
            column,
            order,
        ):
            self.header().setSortIndicator(column, order)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Qt's resizeEvent(): the columns fit the new width."""
        super().resizeEvent(event)
        self.fit_columns()

    def _data_changed(self, first: _Index, _last: _Index) -> None:
        if first.column() <= STATE:  # a name or a state: Disk I/O repaints change no width
            self._refit.start()

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        # The user widened or narrowed a column: the others share what is left.
        if self.columns.user_sized(column) and not self._refit.isActive():
            self._refit.start()

    def fit_columns(self) -> None:
        """Share the viewport's width between the shown columns as the class says."""
        header = self.header()
        room = self.viewport().width()
        average = self.fontMetrics().averageCharWidth()
        shown = [c for c in (NAME, STATE, DISK_IO) if not header.isSectionHidden(c)]
        floor = {c: header.sectionSizeHint(c) for c in shown}
        wanted = {
            c: min(max(self.sizeHintForColumn(c), floor[c]), int(room * MAX_SHARE)) for c in shown
        }
        if DISK_IO in shown:  # its rate stays whole; the sparkline may narrow
            wanted[DISK_IO] = max(self.sizeHintForColumn(DISK_IO), floor[DISK_IO])
            floor[DISK_IO] = max(floor[DISK_IO], rate_width(self.fontMetrics()) + 12)
        # What the user sized stays; what is fitted shrinks toward its floor when the
        # Endpoint would have less than its least width.
        fixed = {c: header.sectionSize(c) for c in shown if self.columns.user_sized(c)}
        # Given up first: the sparkline (the rate stays), then the state's middle (its
        # cause comes first; the tooltip has it whole), then the name's, which tells the
        # rows apart: at a large scale factor a narrow list still shows whose row it is.
        fitted = [c for c in (DISK_IO, STATE, NAME) if c in shown and c not in fixed]
        # The header stretches its last section no narrower than its default size.
        least = max(average * ENDPOINT_CHARS, header.defaultSectionSize())
        rest = 0 if header.isSectionHidden(ENDPOINT) else least
        excess = sum(fixed.values()) + sum(wanted[c] for c in fitted) + rest - room
        for column in fitted:
            cut = max(0, min(excess, wanted[column] - floor[column]))
            wanted[column] -= cut
            excess -= cut
        for column in shown:
            self.columns.fit(column, max(floor[column], wanted[column]))
