"""The event log pane: every VM's events, connection changes and commands in one table.

Filters by VM, by names (grouped by kind, in event_log_names.py) and by free
text; a selected row shows its whole entry as highlighted JSON. New rows scroll
into view unless scrolling is paused. Entries export as JSON Lines: all of
them, those shown or those selected (the file side of it is in
event_log_export.py).

The table does no per-row work: rows have one fixed height and columns keep
the widths they are given, so a batch of thousands of rows costs what the
visible rows cost.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFocusEvent, QFontDatabase, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from qmpgui.i18n import PLURAL, translate
from qmpgui.log.entry import Level, LogEntry
from qmpgui.models.event_log import KIND, NAME, TIME, VM, EventLogModel
from qmpgui.models.event_log_filter import EventLogFilter
from qmpgui.session.tasks import TaskSet
from qmpgui.ui.columns import ColumnMemory
from qmpgui.ui.elide import ElideMiddleDelegate, add_elided_item, bound_combo_box
from qmpgui.ui.event_log_export import (
    EXPORT_CHOICES,
    default_export_name,
    write_in_worker,
    write_json_lines,
)
from qmpgui.ui.event_log_names import NameFilterMenu
from qmpgui.ui.json_text import JsonHighlighter, pretty_json

#: The VM filter's width, in average characters: a long name is cut in the middle.
VM_BOX_CHARS = 22
#: A selection larger than this is dropped when the filter changes (the current row stays).
KEEP_SELECTION_MAX = 2_000
#: Typing pauses this long before the text filter runs over the whole log.
SEARCH_DELAY_MS = 150


class EventLogView(QWidget):
    """The event log: a filter bar, the table, the selected entry's JSON and the counts."""

    #: (Level, str) for the window's message path.
    message = Signal(object, str)

    def __init__(self, model: EventLogModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventLogPane")
        self.model = model
        self.proxy = EventLogFilter(model, self)
        self._names: frozenset[str] | None = None  # None: all names, those to come too
        #: Exports under way: each must finish, close waits for them.
        self._tasks = TaskSet()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)

        self._build_table()
        self._build_details()
        self._build_toolbar()
        self.counts = QLabel()
        self.counts.setObjectName("eventLogCounts")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("eventLogSplitter")
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([3000, 1000])  # the summary needs the room more than the JSON
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.counts)
        self._connect_signals()
        self._update_vms()
        self._update_names()
        self._update_counts()

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Focusing the pane lands on the rows. (A focus proxy would do it, but Qt then
        closes the pane's focus chain on itself, and Tab never leaves the event log.)"""
        self.table.setFocus(event.reason())

    # -- construction ---------------------------------------------------------------

    def _build_table(self) -> None:
        self.table = QTableView()
        self.table.setObjectName("eventLogView")
        self.table.setAccessibleName(translate("EventLogView", "Event log"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the log; arrows move between cells
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring
        height = self.table.fontMetrics().height() + 6
        rows.setMinimumSectionSize(height)
        rows.setDefaultSectionSize(height)
        columns = self.table.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setStretchLastSection(True)
        columns.setHighlightSections(False)
        advance = self.table.fontMetrics().horizontalAdvance
        widths = {
            TIME: advance("2026-12-31 23:59:59.999999") + 16,
            VM: advance("M") * 10,
            KIND: advance("connection") + 16,
            NAME: advance("DEVICE_TRAY_MOVED") + 16,
        }
        # VMs of one family differ at the end of their names (web-…-replica-07).
        self.table.setItemDelegateForColumn(VM, ElideMiddleDelegate(self.table))
        #: Shown columns and the widths the user gave them, kept across runs.
        self.columns = ColumnMemory(self.table, columns)
        for column, width in widths.items():
            self.columns.fit(column, width)

    def _build_details(self) -> None:
        self.details = QPlainTextEdit()
        self.details.setObjectName("eventLogDetails")
        self.details.setAccessibleName(translate("EventLogView", "Selected entry as JSON"))
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setPlaceholderText(
            translate("EventLogView", "Select an entry to see it whole.")
        )
        self.highlighter = JsonHighlighter(self.details.document())

    def _build_toolbar(self) -> None:
        self._build_filters()
        self._build_actions()
        self.toolbar = QToolBar(translate("EventLogView", "Event log"))
        self.toolbar.setObjectName("eventLogToolBar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addWidget(self.vm_box)
        self.toolbar.addWidget(self.name_button)
        self.toolbar.addWidget(self.search)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.action_pause)
        self.toolbar.addAction(self.action_clear)
        self.toolbar.addWidget(self.export_button)
        for action, name in (
            (self.action_pause, "eventLogPauseButton"),
            (self.action_clear, "eventLogClearButton"),
        ):
            button = self.toolbar.widgetForAction(action)
            if button is not None:
                button.setObjectName(name)
                # A toolbar's buttons take no focus by default: Tab would pass them by.
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def _build_filters(self) -> None:
        self.vm_box = QComboBox()
        self.vm_box.setObjectName("eventLogVmFilter")
        self.vm_box.setAccessibleName(translate("EventLogView", "Show entries of"))
        self.vm_box.setToolTip(translate("EventLogView", "Show the entries of one VM"))
        bound_combo_box(self.vm_box, VM_BOX_CHARS)

        self.names_menu = NameFilterMenu(self)
        self.name_button = QToolButton()
        self.name_button.setObjectName("eventLogNameFilter")
        self.name_button.setAccessibleName(translate("EventLogView", "Show entries named"))
        self.name_button.setToolTip(
            translate(
                "EventLogView",
                "Show only the entries with the names ticked, or one name alone (only)",
            )
        )
        self.name_button.setMenu(self.names_menu)
        self.name_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        self.search = QLineEdit()
        self.search.setObjectName("eventLogSearch")
        self.search.setAccessibleName(translate("EventLogView", "Filter text"))
        self.search.setPlaceholderText(translate("EventLogView", "Filter text"))
        self.search.setToolTip(
            translate(
                "EventLogView",
                "Show only entries containing this text in their VM, name, summary or data",
            )
        )
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(320)
        self.action_find = QAction(translate("EventLogView", "Find"), self)
        self.action_find.setObjectName("eventLogFind")
        self.action_find.setShortcuts(QKeySequence.StandardKey.Find)
        self.action_find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.action_find)

    def _build_actions(self) -> None:
        self.action_pause = QAction(translate("EventLogView", "Pause scrolling"), self)
        self.action_pause.setObjectName("eventLogPause")
        self.action_pause.setCheckable(True)
        self.action_pause.setToolTip(
            translate("EventLogView", "Keep the table still while new entries arrive")
        )
        self.action_clear = QAction(translate("EventLogView", "Clear"), self)
        self.action_clear.setObjectName("eventLogClear")
        self.action_clear.setToolTip(translate("EventLogView", "Remove every entry from the log"))

        self.export_menu = QMenu(self)
        self.export_menu.setObjectName("eventLogExportMenu")
        self.action_export_all = self._export_action(
            translate("EventLogView", "All entries…"), "all"
        )
        self.action_export_shown = self._export_action(
            translate("EventLogView", "Entries shown…"), "shown"
        )
        self.action_export_selected = self._export_action(
            translate("EventLogView", "Selected entries…"), "selected"
        )
        self.export_button = QToolButton()
        self.export_button.setObjectName("eventLogExport")
        self.export_button.setText(translate("EventLogView", "Export"))
        self.export_button.setToolTip(
            translate("EventLogView", "Save entries as JSON Lines, one entry per line")
        )
        self.export_button.setMenu(self.export_menu)
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

    def _export_action(self, text: str, which: str) -> QAction:
        action = self.export_menu.addAction(text)
        action.setObjectName(f"eventLogExport{which.capitalize()}")
        action.triggered.connect(lambda _checked=False: self.ask_export(which))
        return action

    def _connect_signals(self) -> None:
        self.model.namesChanged.connect(self._update_names)
        self.names_menu.changed.connect(self.set_names)
        self.model.vmsChanged.connect(self._update_vms)
        self.model.countsChanged.connect(self._update_counts)
        self.model.modelReset.connect(self.details.clear)
        self.proxy.rowsInserted.connect(self._follow)  # once per batch
        self.proxy.aboutToRefilter.connect(self._let_large_selection_go)
        self.proxy.layoutChanged.connect(self._filter_applied)
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(self._show_details)
        selection.selectionChanged.connect(self._update_export_actions)
        self.vm_box.currentIndexChanged.connect(self._vm_chosen)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._apply_search)
        self._search_timer.timeout.connect(self._apply_search)
        self.action_find.triggered.connect(self.focus_search)
        self.action_pause.toggled.connect(self._pause_toggled)
        self.action_clear.triggered.connect(self.clear)
        self._update_export_actions()

    # -- following new rows ------------------------------------------------------------

    @property
    def paused(self) -> bool:
        return self.action_pause.isChecked()

    def _follow(self) -> None:
        if not self.paused:
            self.table.scrollToBottom()

    def _pause_toggled(self, paused: bool) -> None:
        if not paused:
            self.table.scrollToBottom()

    # -- filters --------------------------------------------------------------------------

    def _vm_chosen(self, _row: int) -> None:
        data = self.vm_box.currentData()
        self._refilter(lambda: self.proxy.set_vm(data if isinstance(data, str) else None))

    def _update_vms(self) -> None:
        """List the VMs seen by their names now (each VM once, keyed by its endpoint);
        the chosen one stays, even once its rows are gone."""
        chosen = self.proxy.vm
        keys = set(self.model.vms()) | ({chosen} if chosen is not None else set())
        labels = {key: self.model.vm_label(key) or "qmpgui" for key in keys}
        vms = sorted(keys, key=lambda key: (labels[key].casefold(), key))
        self.vm_box.blockSignals(True)
        self.vm_box.clear()
        self.vm_box.addItem(translate("EventLogView", "All VMs"), None)
        for vm in vms:
            whole = f"{labels[vm]}\n{vm}" if vm and vm != labels[vm] else labels[vm]
            add_elided_item(self.vm_box, labels[vm], vm, whole)
        self.vm_box.setCurrentIndex(0 if chosen is None else vms.index(chosen) + 1)
        self.vm_box.blockSignals(False)

    def _update_names(self) -> None:
        """List the names seen by kind, and those ticked even once their rows are gone."""
        self.names_menu.rebuild(self.model.names_by_kind())
        self._show_names()

    def set_names(self, names: frozenset[str] | None) -> None:
        """Show only entries with these names; None shows every name, new ones too."""
        self._names = names
        self._refilter(lambda: self.proxy.set_names(names))
        self._show_names()

    def _show_names(self) -> None:
        self.names_menu.show_choice(self._names)
        if self._names is None:
            label = translate("EventLogView", "All names")
        elif not self._names:
            label = translate("EventLogView", "No names")
        else:
            names = self._names
            label = translate("EventLogView", "%Ln name(s)", None, PLURAL, len(names))
        self.name_button.setText(label)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _apply_search(self) -> None:
        self._search_timer.stop()
        text = self.search.text()
        self._refilter(lambda: self.proxy.set_text(text))

    def _refilter(self, change: Callable[[], None]) -> None:
        """Change the filter. A large log is filtered between frames; the rows change
        once that is done (see _filter_applied), and the counts say it is under way."""
        change()
        self._update_counts()

    def _let_large_selection_go(self) -> None:
        """Qt splits a selection at every row that appears or goes, at a cost that grows
        with the square of its pieces: let a large one go, keep the current row."""
        selection = self.table.selectionModel()
        picked = selection.selection()
        if sum(picked.at(i).height() for i in range(picked.count())) > KEEP_SELECTION_MAX:
            selection.clearSelection()

    def _filter_applied(self) -> None:
        """The rows of a new filter are in: keep the current row in view, or follow."""
        self._check_current()
        self._update_counts()
        current = self.table.currentIndex()
        if self.paused and current.isValid():
            self.table.scrollTo(current)
        else:
            self._follow()

    # -- details, counts, clear ------------------------------------------------------------

    def _show_details(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.details.clear()
            return
        self.details.setPlainText(pretty_json(self.proxy.entry(current.row()).to_json()))

    def _check_current(self) -> None:
        """A filter change moves rows without saying so to the current row: look again."""
        if not self.table.currentIndex().isValid():
            self.details.clear()

    def _update_counts(self) -> None:
        total = self.model.rowCount()
        text = translate(
            "EventLogView", "{v0:,} of %Ln (entry|entries)", None, PLURAL, total
        ).format(v0=self.proxy.rowCount())
        if self.model.dropped:
            text += translate(
                "EventLogView", "; {dropped:,} oldest dropped (limit {limit:,})"
            ).format(dropped=self.model.dropped, limit=self.model.limit)
        if self.proxy.busy:
            text += translate("EventLogView", "; filtering…")
        self.counts.setText(text)

    def clear(self) -> None:
        """Empty the log."""
        self.model.clear()
        self.details.clear()

    # -- export -------------------------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        """The table rows selected, top to bottom."""
        rows: set[int] = set()
        selection = self.table.selectionModel().selection()
        for span in (selection.at(i) for i in range(selection.count())):
            rows.update(range(span.top(), span.bottom() + 1))
        return sorted(rows)

    def entries_for(self, which: str) -> list[LogEntry]:
        """A copy of the entries to export: "all", "shown" or "selected"."""
        if which not in EXPORT_CHOICES:
            raise ValueError(f"unknown export choice: {which!r}")
        if which == "all":
            return self.model.entries()
        if which == "shown":
            return self.proxy.shown_entries()
        return self.proxy.entries_at(self.selected_rows())

    def export(self, path: Path, which: str) -> int:
        """Write the entries as JSON Lines; the number written. Raises OSError."""
        return write_json_lines(path, self.entries_for(which))

    def ask_export(self, which: str) -> None:
        """Ask where to save, then write in the background."""
        suggested = os.path.join(os.path.expanduser("~"), default_export_name())
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("EventLogView", "Export the event log"),
            suggested,
            translate("EventLogView", "JSON Lines (*.jsonl);;All files (*)"),
        )
        if path:
            self.start_export(Path(path), which)

    def start_export(self, path: Path, which: str) -> asyncio.Task[int | None]:
        """Copy the entries now, write them in a worker thread; the message tells how it went."""
        return self._tasks.spawn(self._write(path, self.entries_for(which)), finish=True)

    async def _write(self, path: Path, entries: list[LogEntry]) -> int | None:
        try:
            count = await write_in_worker(path, entries)
        except OSError as err:
            self.message.emit(
                Level.ERROR,
                translate("EventLogView", "could not export to {path}: {v1}").format(
                    path=path, v1=err.strerror or err
                ),
            )
            return None
        self.message.emit(
            Level.INFO,
            translate(
                "EventLogView", "exported %Ln (entry|entries) to {path}", None, PLURAL, count
            ).format(path=path),
        )
        return count

    def _update_export_actions(self) -> None:
        self.action_export_selected.setEnabled(self.table.selectionModel().hasSelection())

    async def aclose(self) -> None:
        """Let exports under way finish: a file half written is worse than a short wait."""
        await self._tasks.aclose()
