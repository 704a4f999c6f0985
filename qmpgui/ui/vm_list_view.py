"""The VM list (`vmList`): a table of the VMs with their state and a Disk I/O sparkline;
several rows can be selected, and its context menu is the window's."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from qmpgui.models import VmListModel
from qmpgui.models.vm_list import DISK_IO, NAME, STATE
from qmpgui.ui.columns import ColumnMemory
from qmpgui.ui.sparkline import SparklineDelegate


class VmListView(QTableView):
    """The table over `model`; columns start at widths that fit their usual text."""

    def __init__(self, model: VmListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vmList")
        self.setAccessibleName("VM list")
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.verticalHeader().hide()
        self.setWordWrap(False)
        # Names (web-frontend-1, web-frontend-2) and errors differ late: cut in the
        # middle; each cell's tooltip has the whole text.
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        #: Shown columns and the widths the user gave them, kept across runs.
        self.columns = ColumnMemory(self, header)
        for column, width in ((NAME, 120), (STATE, 110), (DISK_IO, 170)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.columns.fit(column, width)
        self.setItemDelegateForColumn(DISK_IO, SparklineDelegate(self))
