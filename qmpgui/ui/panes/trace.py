"""The trace events pane (`traceView`): QEMU's trace events matching a pattern with their
state, searchable and sortable; one event, the checked ones or every event matching the
search switched on or off (asked first above ASK_ABOVE events: tracing slows QEMU); and
where QEMU writes the trace.

A search with wildcards (`*`, `?`) is sent to QEMU as the pattern; plain words filter
the events already listed. Nothing polls: the pane asks when it shows a VM, on Refresh
and after each change, so a change made by another client shows at the next refresh.
"""

from __future__ import annotations

from collections.abc import Coroutine
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from qmpgui.log.entry import Level
from qmpgui.models.palette import Tone
from qmpgui.models.trace_model import TraceModel
from qmpgui.qmp import QmpFailure
from qmpgui.qmp.trace import ASK_ABOVE, has_wildcards, pattern_of
from qmpgui.session import VmSession
from qmpgui.session.control import failure_text
from qmpgui.session.tasks import TaskSet
from qmpgui.session.trace import get_states, set_state, set_states, where
from qmpgui.ui.confirm import ConfirmDialog
from qmpgui.ui.panes.registry import Pane, PaneContext, register_pane
from qmpgui.ui.styles import set_tone

#: What switching many events on does, said before it is done.
MANY_DETAIL = (
    "Every enabled event is written each time QEMU passes it: many events slow the VM "
    "and fill the trace's file or QEMU's log quickly."
)
SELECTED, CHECKED, MATCHING = "Selected events", "Checked events", "Every event matching the search"
#: The scopes in the Apply to box's order; each item's data is its scope, since the
#: checked scope's shown text carries its count ("Checked events (2)").
SCOPES = (SELECTED, CHECKED, MATCHING)
#: Milliseconds of typing a pattern before it is sent.
SEARCH_DELAY_MS = 300


@register_pane("T&race events", order=65)
class TracePane(Pane):
    """The current VM's trace events."""

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("tracePane")
        self.model = TraceModel(self)
        self.proxy, self.view = self._make_view()
        self.where = QLabel()
        self.where.setObjectName("traceWhere")
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.search = QLineEdit()
        self.search.setObjectName("traceSearch")
        self.search.setPlaceholderText("Search events: words filter, * and ? are sent as a pattern")
        self.search.setClearButtonEnabled(True)
        self.refresh_button = QPushButton("&Refresh")
        self.refresh_button.setObjectName("traceRefresh")
        self.count = QLabel()
        self.count.setObjectName("traceCount")
        self.count.setWordWrap(True)
        self.scope = QComboBox()
        self.scope.setObjectName("traceScope")
        for scope in SCOPES:
            self.scope.addItem(scope, scope)
        self.enable_button = QPushButton("&Enable")
        self.enable_button.setObjectName("traceEnable")
        self.disable_button = QPushButton("&Disable")
        self.disable_button.setObjectName("traceDisable")
        self._layout()
        self._tasks = TaskSet()
        self._pattern = ""  # the pattern of the events listed ("" before any)
        self._shown: VmSession | None = None
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(SEARCH_DELAY_MS)
        self._typing.timeout.connect(self._searched)
        self.search.textChanged.connect(lambda _: self._typing.start())
        self.search.returnPressed.connect(self._searched)
        self.refresh_button.clicked.connect(self.refresh)
        self.enable_button.clicked.connect(lambda: self.switch(True))
        self.disable_button.clicked.connect(lambda: self.switch(False))
        self.scope.currentIndexChanged.connect(lambda _: self._update_controls())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_controls())
        self.model.dataChanged.connect(lambda *_: self._update_controls())
        self._update_controls()

    def _make_view(self) -> tuple[QSortFilterProxyModel, QTableView]:
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(TraceModel.SORT_ROLE)
        proxy.setFilterKeyColumn(0)
        proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        view = QTableView()
        view.setObjectName("traceView")
        view.setAccessibleName("Trace events")
        view.setModel(proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.verticalHeader().hide()
        # One line per event, as dense as the other panes' trees.
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 6)
        view.setAlternatingRowColors(True)
        view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return proxy, view

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.refresh_button)
        # A toolbar, which folds what does not fit: the pane (and window) can be narrow.
        actions = QToolBar("Trace")
        actions.setObjectName("traceToolBar")
        actions.addWidget(QLabel("Apply to: "))
        actions.addWidget(self.scope)
        actions.addWidget(self.enable_button)
        actions.addWidget(self.disable_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.where)
        layout.addLayout(bar)
        layout.addWidget(self.count)
        layout.addWidget(self.view, 1)
        layout.addWidget(actions)

    # -- following the VM -------------------------------------------------------------

    def current_changed(self, session: VmSession | None) -> None:
        if session is not self._shown:
            self._tasks.cancel()
            self._shown = session
            self._pattern = ""
            self.model.show([])
            self.where.clear()
        self._load()

    def state_changed(self) -> None:
        session = self.session
        if session is not None and not session.connected and self._pattern:
            # The next connection may be another QEMU, started with other options: its
            # events and where its trace goes are asked anew; the list stays meanwhile.
            self._pattern = ""
            self.where.clear()
        self._load()
        self._update_controls()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._load()

    def _load(self) -> None:
        """List the events the first time the pane shows a connected VM."""
        session = self.session
        if session is None or not session.connected or not self.isVisible():
            return
        if not self._pattern:
            self.refresh()

    def _wanted_pattern(self) -> str:
        text = self.search.text().strip()
        return text if has_wildcards(text) else "*"

    def _searched(self) -> None:
        self._typing.stop()
        text = self.search.text().strip()
        self.proxy.setFilterFixedString("" if has_wildcards(text) else text)
        if self._wanted_pattern() != self._pattern:
            self.refresh()
        self._say_count()
        self._update_controls()

    def refresh(self) -> None:
        """Ask QEMU for the events matching the search, and where it writes the trace."""
        session = self.session
        if session is None or not session.connected:
            return
        pattern = self._wanted_pattern()

        async def work() -> None:
            try:
                events = await get_states(session, pattern)
            except QmpFailure as failure:
                words = f"trace events {pattern} not read: {failure_text(failure)}"
                self.context.say(Level.WARNING, words, vm=session)
                if session is self.session:
                    self._pattern = pattern
                    self.model.show([])
                    self.count.setText(words)
                    set_tone(self.count, Tone.ERROR)
                return
            if session is not self.session:
                return
            self._pattern = pattern
            self.model.show(events)
            self._say_count()
            if not self.where.text():
                self.where.setText(f"Where the trace goes: {await where(session)}")

        self._spawn(work(), "refresh")

    def _say_count(self) -> None:
        shown = self.proxy.rowCount()
        on = sum(
            1
            for row in range(shown)
            if (event := self.model.event(self.proxy.mapToSource(self.proxy.index(row, 0)).row()))
            and event.enabled
        )
        self.count.setText(f"{shown} events, {on} enabled (QEMU asked for {self._pattern!r})")
        set_tone(self.count, None)

    def _spawn(self, work: Coroutine[Any, Any, None], name: str) -> None:
        task = self._tasks.spawn(work, name)
        task.add_done_callback(lambda _: self._update_controls())
        self._update_controls()

    # -- switching events ---------------------------------------------------------------

    def selected_names(self) -> list[str]:
        """The names of the selected rows, in the view's order."""
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows(0))
        names = []
        for row in rows:
            event = self.model.event(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
            if event is not None:
                names.append(event.name)
        return names

    def _targets(self) -> tuple[list[str], str | None, int]:
        """(names to set one by one, pattern to send instead, how many events) for the
        scope chosen."""
        scope = self.scope.currentData()
        if scope == SELECTED:
            names = self.selected_names()
            return names, None, len(names)
        if scope == CHECKED:
            names = sorted(self.model.checked)
            return names, None, len(names)
        text = self.search.text().strip()
        return [], pattern_of(text), self.proxy.rowCount()

    def _update_controls(self) -> None:
        session = self.session
        ready = session is not None and session.connected
        busy = self._tasks.get("switch") is not None
        names, pattern, count = self._targets()
        some = bool(names) or (pattern is not None and count > 0)
        for button in (self.enable_button, self.disable_button):
            button.setEnabled(ready and not busy and some)
        self.refresh_button.setEnabled(ready)
        self.scope.setItemText(SCOPES.index(CHECKED), f"{CHECKED} ({len(self.model.checked)})")
        plural = "" if count == 1 else "s"
        what = f"pattern {pattern}" if pattern is not None else f"{count} event{plural}"
        self.enable_button.setToolTip(f"trace-event-set-state: enable {what}")
        self.disable_button.setToolTip(f"trace-event-set-state: disable {what}")

    def switch(self, enable: bool) -> None:
        """Switch the events of the chosen scope on or off, asked first when many."""
        session = self.session
        if session is None or not session.connected:
            return
        names, pattern, count = self._targets()
        if count > ASK_ABOVE and enable:
            what = f"the {count} events matching {pattern}" if pattern else f"{count} events"
            answer = ConfirmDialog.ask(
                self,
                "Enable trace events",
                f"Enable {what} on {session.display_name}?",
                [],
                detail=MANY_DETAIL,
                accept_text="Enable",
                offer_dont_ask=False,
            )
            if not answer.confirmed:
                return
        verb = "enabled" if enable else "disabled"

        async def work() -> None:
            if pattern is not None:
                outcome = await set_state(session, pattern, enable)
                words = f"{pattern} {verb}" if outcome.ok else outcome.sentence
                level = Level.INFO if outcome.ok else Level.ERROR
            else:
                result = await set_states(session, names, enable)
                level = Level.INFO if result.failed is None else Level.ERROR
                words = f"{result.done} events {verb}"
                if result.failed is not None:
                    words += f"; then {result.failed.sentence}"
                else:
                    self.context.say(level, f"trace: {words}", vm=session, log=False)
            self.count.setText(words)
            set_tone(self.count, Tone.ERROR if level is Level.ERROR else None)
            if session is self.session:
                self.refresh()

        self._spawn(work(), "switch")

    async def aclose(self) -> None:
        """End the pane's commands."""
        await self._tasks.aclose()
