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
from typing import Any, NamedTuple

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

from qmpgui.i18n import PLURAL, marked, translate
from qmpgui.log.entry import Level
from qmpgui.models.palette import Tone
from qmpgui.models.trace_model import TraceModel
from qmpgui.qmp import QmpFailure
from qmpgui.qmp.trace import (
    ASK_ABOVE,
    TraceEvent,
    has_wildcards,
    left_out_words,
    pattern_of,
    refusal_words,
)
from qmpgui.session import VmSession
from qmpgui.session.control import failure_text
from qmpgui.session.tasks import TaskSet
from qmpgui.session.trace import SetResult, get_states, set_state, set_states, where
from qmpgui.ui.confirm import ConfirmDialog
from qmpgui.ui.copy_menu import CopyMenu, CopySource
from qmpgui.ui.panes.registry import Pane, PaneContext
from qmpgui.ui.styles import set_tone

#: What switching many events on does, said before it is done.
MANY_DETAIL = marked(
    "trace",
    "Every enabled event is written each time QEMU passes it: many events slow the VM and fill the trace's file or QEMU's log quickly.",
)
SELECTED, CHECKED, MATCHING = (
    marked("trace", "Selected events"),
    marked("trace", "Checked events"),
    marked("trace", "Every event matching the search"),
)
#: The scopes in the Apply to box's order; each item's data is its scope, since the
#: checked scope's shown text carries its count ("Checked events (2)").
SCOPES = (SELECTED, CHECKED, MATCHING)


class Targets(NamedTuple):
    """What Enable or Disable acts on: `names` one by one, or `pattern` instead (then
    `names` is empty); `total` events in all; `skipped`: the events left out for not
    being in this build of QEMU."""

    names: list[str]
    pattern: str | None
    total: int
    skipped: list[str]


def _event_json(event: TraceEvent) -> dict[str, object]:
    """An event as QEMU's trace-event-get-state gives it."""
    return {"name": event.name, "state": event.state, "vcpu": event.vcpu}


def failed_name(names: list[str], result: SetResult | None) -> str:
    """The name a set of switches stopped at."""
    return names[result.done] if result is not None and result.done < len(names) else ""


#: Milliseconds of typing a pattern before it is sent.
SEARCH_DELAY_MS = 300


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
        self.search.setAccessibleName(translate("TracePane", "Search trace events"))
        self.search.setPlaceholderText(
            translate("TracePane", "Search events: words filter, * and ? are sent as a pattern")
        )
        self.search.setClearButtonEnabled(True)
        self.refresh_button = QPushButton(translate("TracePane", "Refresh"))
        self.refresh_button.setObjectName("traceRefresh")
        self.count = QLabel()
        self.count.setObjectName("traceCount")
        self.count.setWordWrap(True)
        self.scope = QComboBox()
        self.scope.setObjectName("traceScope")
        for scope in SCOPES:
            self.scope.addItem(translate("trace", scope), scope)
        self.enable_button = QPushButton(translate("TracePane", "&Enable"))
        self.enable_button.setObjectName("traceEnable")
        self.disable_button = QPushButton(translate("TracePane", "&Disable"))
        self.disable_button.setObjectName("traceDisable")
        self._layout()
        self.copying = CopyMenu(
            self.view,
            CopySource(
                lambda: self._rows_text(self._selected_events()),
                lambda: [_event_json(e) for e in self._selected_events()],
                lambda: self._rows_text(self._shown_events()) or "",
                lambda: [_event_json(e) for e in self._shown_events()],
            ),
        )
        self._tasks = TaskSet()
        self._pattern = ""  # the pattern of the events listed ("" before any)
        #: The last switch's outcome in words and tone, kept until the user acts again.
        self._outcome: tuple[str, Tone | None] | None = None
        self._shown: VmSession | None = None
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(SEARCH_DELAY_MS)
        self._typing.timeout.connect(self._searched)
        self.search.textChanged.connect(lambda _: self._typing.start())
        self.search.returnPressed.connect(self._searched)
        self.search.textEdited.connect(lambda _: self._user_acted())
        self.scope.activated.connect(lambda _: self._user_acted())
        self.refresh_button.clicked.connect(self._user_acted)
        self.view.clicked.connect(lambda _: self._user_acted())
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
        view.setAccessibleName(translate("TracePane", "Trace events"))
        view.setModel(proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between cells
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
        actions = QToolBar(translate("TracePane", "Trace"))
        actions.setObjectName("traceToolBar")
        actions.addWidget(QLabel(translate("TracePane", "Apply to: ")))
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
                words = translate("TracePane", "trace events {pattern} not read: {v1}").format(
                    pattern=pattern, v1=failure_text(failure)
                )
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
                self.where.setText(
                    translate("TracePane", "Where the trace goes: {v0}").format(
                        v0=await where(session)
                    )
                )

        self._spawn(work(), "refresh")

    def _say_count(self) -> None:
        shown = self.proxy.rowCount()
        on = sum(
            1
            for row in range(shown)
            if (
                event := self.model.trace_event(
                    self.proxy.mapToSource(self.proxy.index(row, 0)).row()
                )
            )
            and event.enabled
        )
        counted = translate(
            "TracePane",
            "%n event(s), {on} enabled (QEMU asked for '{pattern}')",
            None,
            PLURAL,
            shown,
        ).format(on=on, pattern=self._pattern)
        if self._outcome is None:
            self.count.setText(counted)
            set_tone(self.count, None)
        else:
            # The last switch's outcome stays until the user's next action: a refresh
            # after it (or another client's change) must not wipe a refusal unread.
            words, tone = self._outcome
            self.count.setText(f"{words}\n{counted}")
            set_tone(self.count, tone)

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
            event = self.model.trace_event(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
            if event is not None:
                names.append(event.name)
        return names

    def _targets(self) -> Targets:
        """What the scope chosen switches: names one by one, or a pattern; the events
        this build of QEMU lacks are left out by name (QEMU refuses a pattern that
        covers one, and the name alone)."""
        scope = self.scope.currentData()
        if scope == SELECTED:
            events = [e for name in self.selected_names() if (e := self._listed(name))]
        elif scope == CHECKED:
            events = [e for name in sorted(self.model.checked) if (e := self._listed(name))]
        else:
            events = self._shown_events()
            skipped = [e.name for e in events if not e.available]
            if not skipped:
                return Targets([], pattern_of(self.search.text()), len(events), [])
        names = [e.name for e in events if e.available]
        return Targets(names, None, len(names), [e.name for e in events if not e.available])

    def _selected_events(self) -> list[TraceEvent]:
        return [e for name in self.selected_names() if (e := self._listed(name)) is not None]

    @staticmethod
    def _rows_text(events: list[TraceEvent]) -> str | None:
        """Events as lines of their name, state and (per vCPU) "vcpu"; None for none."""
        if not events:
            return None
        return "\n".join(f"{e.name}\t{e.state}{chr(9) + 'vcpu' if e.vcpu else ''}" for e in events)

    def _listed(self, name: str) -> TraceEvent | None:
        return self.model.trace_event(self.model.row_of(name))

    def _shown_events(self) -> list[TraceEvent]:
        """The events the search shows, in the view's order."""
        rows = (
            self.proxy.mapToSource(self.proxy.index(row, 0)).row()
            for row in range(self.proxy.rowCount())
        )
        return [event for row in rows if (event := self.model.trace_event(row)) is not None]

    def _update_controls(self) -> None:
        session = self.session
        ready = session is not None and session.connected
        busy = self._tasks.get("switch") is not None
        names, pattern, count, _ = self._targets()
        some = bool(names) or (pattern is not None and count > 0)
        for button in (self.enable_button, self.disable_button):
            button.setEnabled(ready and not busy and some)
        self.refresh_button.setEnabled(ready)
        self.scope.setItemText(
            SCOPES.index(CHECKED), f"{translate('trace', CHECKED)} ({len(self.model.checked)})"
        )
        what = (
            translate("TracePane", "pattern {pattern}").format(pattern=pattern)
            if pattern is not None
            else translate("TracePane", "%n event(s)", None, PLURAL, count)
        )
        self.enable_button.setToolTip(
            translate("TracePane", "trace-event-set-state: enable {what}").format(what=what)
        )
        self.disable_button.setToolTip(
            translate("TracePane", "trace-event-set-state: disable {what}").format(what=what)
        )

    def switch(self, enable: bool) -> None:
        """Switch the events of the chosen scope on or off, asked first when many."""
        session = self.session
        if session is None or not session.connected:
            return
        names, pattern, count, skipped = self._targets()
        if count > ASK_ABOVE and enable:
            what = (
                translate("TracePane", "the {count} events matching {pattern}").format(
                    count=count, pattern=pattern
                )
                if pattern
                else translate("TracePane", "{count} events").format(count=count)
            )
            answer = ConfirmDialog.ask(
                self,
                translate("TracePane", "Enable trace events"),
                translate("TracePane", "Enable {what} on {display_name}?").format(
                    what=what, display_name=session.display_name
                ),
                [],
                detail=translate("trace", MANY_DETAIL),
                accept_text=translate("TracePane", "Enable"),
                offer_dont_ask=False,
            )
            if not answer.confirmed:
                return
        verb = translate("TracePane", "enabled") if enable else translate("TracePane", "disabled")

        async def work() -> None:
            result: SetResult | None = None
            if pattern is not None:
                outcome = await set_state(session, pattern, enable)
                failed = None if outcome.ok else outcome
                words = f"{pattern} {verb}" if outcome.ok else ""
            else:
                result = await set_states(session, names, enable)
                failed = result.failed
                done = result.done
                words = translate("TracePane", "%n event(s) {verb}", None, PLURAL, done).format(
                    verb=verb
                )
            if failed is not None:
                said = refusal_words(failed.error or "", pattern or failed_name(names, result))
                words = (
                    said
                    or (
                        translate("TracePane", "{words}; then ").format(words=words)
                        if words
                        else ""
                    )
                    + failed.sentence
                )
                if said is not None:
                    self.context.say(Level.ERROR, said, vm=session, log=False)
            elif skipped:
                words += f"; {left_out_words(skipped)}"
            if failed is None and pattern is None:
                self.context.say(
                    Level.INFO,
                    translate("TracePane", "trace: {words}").format(words=words),
                    vm=session,
                    log=False,
                )
            if session is self.session:
                self._outcome = (words, Tone.ERROR if failed is not None else None)
                self._say_count()
                self.refresh()

        self._spawn(work(), "switch")

    def _user_acted(self) -> None:
        """The user's next action: the last switch's outcome has been read."""
        if self._outcome is not None:
            self._outcome = None
            self._say_count()

    async def aclose(self) -> None:
        """End the pane's commands."""
        await self._tasks.aclose()
