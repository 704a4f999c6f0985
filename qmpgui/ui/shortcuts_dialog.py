"""Help → Keyboard shortcuts: every shortcut in one table (keys, action, what it does,
where it works), filtered as you type (ui/key_list.py gathers them)."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qmpgui.i18n import marked, translate
from qmpgui.ui.key_list import KeyRow

COLUMNS = (
    marked("headers", "Keys"),
    marked("headers", "Action"),
    marked("headers", "What it does"),
    marked("headers", "Where"),
)


class ShortcutsDialog(QDialog):
    """The shortcuts of `rows`, with a filter over every column."""

    def __init__(self, parent: QWidget | None, rows: list[KeyRow]) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(translate("ShortcutsDialog", "Keyboard shortcuts"))
        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setHorizontalHeaderLabels([translate("headers", c) for c in COLUMNS])
        for row in rows:
            cells = [QStandardItem(text) for text in (row.keys, row.what, row.detail, row.where)]
            for cell in cells:
                cell.setEditable(False)
                cell.setToolTip(
                    f"{row.keys}: {row.what}. {row.detail}".rstrip(". ") + f" ({row.where})"
                )
            self.model.appendRow(cells)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)  # every column
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit()
        self.filter.setObjectName("shortcutsFilter")
        self.filter.setPlaceholderText(
            translate("ShortcutsDialog", "Search keys, actions and places")
        )
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(translate("ShortcutsDialog", "Search the shortcuts"))
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        label = QLabel(translate("ShortcutsDialog", "&Search:"))
        label.setBuddy(self.filter)
        self.table = QTableView()
        self.table.setObjectName("shortcutsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the order given
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between cells
        header = self.table.horizontalHeader()
        # Widths for the usual rows; a longer cell is whole in the row's tooltip (the
        # places of a pane's Copy run long), and the columns can be widened.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((150, 220, 330)):
            self.table.setColumnWidth(column, width)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 560)

    def shown(self) -> list[tuple[str, str, str]]:
        """The rows the filter lets through: (keys, action, where)."""
        out = []
        for row in range(self.proxy.rowCount()):
            keys, what, where = (self.proxy.index(row, col).data() for col in (0, 1, 3))
            out.append((str(keys), str(what), str(where)))
        return out
