"""The raw console of one VM: type QMP (or HMP), see exactly what comes back.

Input is checked before anything is sent: a mistake gets an inline message
with line and column. Read-only commands run at once; commands that change
the VM are marked; dangerous ones ask first when confirm_destructive is on.
Replies are measured off the UI thread, so a large one never stops the window.

This module lays the console out, sends and shows inline errors; its parts have
modules of their own: the toolbar and risk mark (console_bar), the history search
(console_search), completion and templates (console_completion), the transcript's
menu and files (console_transcript), events and connection notes (console_feed).
"""

from __future__ import annotations

import json

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from qmpgui.i18n import translate
from qmpgui.models.palette import Tone
from qmpgui.models.transcript import EXPAND_ALL_BYTES, Item, TranscriptModel, measure
from qmpgui.qmp.completion import Completion
from qmpgui.qmp.json_slices import encode_yielding
from qmpgui.qmp.libvirt_risk import TAINT_NOTE, libvirt_conflict
from qmpgui.qmp.risk import Risk, classify, danger_words, dangerous_parts
from qmpgui.qmp.schema import SchemaIndex
from qmpgui.qmp.shorthand import InputError, Request, parse_input
from qmpgui.qmp.transaction import transaction_pending
from qmpgui.session import VmSession
from qmpgui.session.console import HMP_COMMAND, Exchange, hmp_request, send
from qmpgui.store.history import Mode
from qmpgui.ui.batch_panel import BatchPanel
from qmpgui.ui.console_bar import ConsoleBar, RiskMark
from qmpgui.ui.console_completion import ConsoleCompletion
from qmpgui.ui.console_feed import TranscriptFeed
from qmpgui.ui.console_host import ConsoleHost
from qmpgui.ui.console_input import ConsoleInput
from qmpgui.ui.console_search import HistorySearch
from qmpgui.ui.console_transcript import TranscriptActions
from qmpgui.ui.styles import set_tone
from qmpgui.ui.transcript_view import TranscriptView


class ConsoleWidget(QWidget):
    """The console of `session`, in the window described by `host`."""

    def __init__(
        self, session: VmSession, host: ConsoleHost, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consolePane")
        self.session = session
        #: The note that libvirt taints a domain whose monitor is used was shown.
        self._taint_said = False
        self.host = host
        self.mode: Mode = "qmp"
        self.model = TranscriptModel(self)
        self._build()
        self.completion = ConsoleCompletion(session, host, self.input, lambda: self.mode, self)
        self.feed = TranscriptFeed(self.model, self.output, self.events_box, self)
        self.transcript_actions = TranscriptActions(
            self, session, host, self.model, self.output, edit_again=self._edit_again
        )
        self._connect_signals()
        self._set_mode("qmp")
        self._update_state()

    # -- construction ------------------------------------------------------------------

    def _build(self) -> None:
        self.output = TranscriptView(self.model)
        bar = self.bar = ConsoleBar()
        self.qmp_button, self.hmp_button = bar.qmp_button, bar.hmp_button
        self.events_box, self.batch_button = bar.events_box, bar.batch_button
        self.save_button, self.clear_button = bar.save_button, bar.clear_button
        self.state_label = bar.state_label
        talk = QSplitter(Qt.Orientation.Vertical)
        talk.addWidget(self.output)
        talk.addWidget(self._build_entry())
        talk.setStretchFactor(0, 4)
        talk.setStretchFactor(1, 1)
        talk.setSizes([400, 90])
        self.batch = BatchPanel(self.session, self.host.spawn, self.host.ask_destructive)
        self.batch.hide()
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(talk)
        split.addWidget(self.batch)
        split.setSizes([700, 320])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

        self.template_action = QAction(translate("ConsoleWidget", "Insert template"), self)
        self.template_action.setShortcut(QKeySequence("Ctrl+T"))
        self.template_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.template_action)
        self._risk_timer = QTimer(self)
        self._risk_timer.setSingleShot(True)
        self._risk_timer.setInterval(120)  # parse once typing pauses, not on every key

    def _build_entry(self) -> QWidget:
        """The input with its Send button, risk mark, history search and inline error."""
        self.input = ConsoleInput()
        self.search = HistorySearch(self.input, lambda: self.host.histories[self.mode], self)
        self.search_field = self.search.field
        self.error_label = QLabel()
        self.error_label.setObjectName("consoleError")
        set_tone(self.error_label, Tone.ERROR)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.risk_label = RiskMark()
        self.send_button = QPushButton(translate("ConsoleWidget", "Send"))
        self.send_button.setObjectName("consoleSend")
        self.send_button.setToolTip(translate("ConsoleWidget", "Send (Ctrl+Enter)"))

        side = QVBoxLayout()
        side.addWidget(self.send_button)
        side.addWidget(self.risk_label)
        side.addStretch(1)
        entry_row = QHBoxLayout()
        entry_row.setContentsMargins(0, 0, 0, 0)
        entry_row.addWidget(self.input, 1)
        entry_row.addLayout(side)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.search_field)
        bottom_layout.addLayout(entry_row, 1)
        bottom_layout.addWidget(self.error_label)
        return bottom

    def _connect_signals(self) -> None:
        self.input.submitted.connect(self.submit)
        self.input.searchRequested.connect(self.search.step)
        self.input.commandChosen.connect(self.completion.command_chosen)
        self.input.completions = self._completions
        self.input.textChanged.connect(self._on_text_changed)
        self.send_button.clicked.connect(self.submit)
        self.qmp_button.clicked.connect(lambda: self._set_mode("qmp"))
        self.hmp_button.clicked.connect(lambda: self._set_mode("hmp"))
        self.events_box.toggled.connect(self.feed.show_events)
        self.batch_button.toggled.connect(self.batch.setVisible)
        self.save_button.clicked.connect(self.transcript_actions.save_transcript)
        self.clear_button.clicked.connect(self.model.clear)
        self.template_action.triggered.connect(self.insert_template)
        self.output.customContextMenuRequested.connect(self.transcript_actions.popup)
        self.output.actionRequested.connect(self.transcript_actions.on_action)
        self.model.rowsInserted.connect(self.feed.follow)
        self._risk_timer.timeout.connect(self._update_risk)
        self.session.eventsReceived.connect(self.feed.add_events)
        self.session.stateChanged.connect(self._update_state)
        self.session.logged.connect(self.feed.add_connection_note)
        self.batch.finished.connect(lambda text: self.model.add_note(text, tone=Tone.ACTION))

    # -- modes and state -----------------------------------------------------------------

    def _set_mode(self, mode: Mode) -> None:
        self.mode = mode
        self.qmp_button.setChecked(mode == "qmp")
        self.hmp_button.setChecked(mode == "hmp")
        self.input.set_mode(mode, self.host.histories[mode])
        self.input.setPlaceholderText(
            translate(
                "ConsoleWidget",
                "info status   — Enter sends, Tab completes from help, Up/Down and Ctrl+R recall",
            )
            if mode == "hmp"
            else translate(
                "ConsoleWidget",
                '{"execute": "query-status"}   or   query-status   — Ctrl+Enter sends, Tab completes, Up/Down and Ctrl+R recall, Ctrl+T inserts a template',
            )
        )
        self._hide_error()
        self._update_risk()
        self.input.setFocus()

    def _update_state(self) -> None:
        connected = self.session.connected
        if connected and self.session.domain is not None and not self._taint_said:
            self._taint_said = True  # once per domain: each VM has its own console
            self.model.add_note(translate("libvirt_risk", TAINT_NOTE), tone=Tone.WARNING)
        self.bar.show_state(f"{self.session.display_name}: {self.session.state_text()}")
        self.send_button.setEnabled(connected)
        self.send_button.setToolTip(
            translate("ConsoleWidget", "Send (Ctrl+Enter)")
            if connected
            else translate("ConsoleWidget", "{display_name} is not connected").format(
                display_name=self.session.display_name
            )
        )

    # -- sending ---------------------------------------------------------------------------

    def submit(self) -> None:
        """Check the input, ask first when it is dangerous, then send it."""
        text = self.input.toPlainText()
        if not text.strip():
            return
        try:
            request = self._request(text)
        except InputError as err:
            self._show_input_error(err)
            return
        if not self.session.connected:
            self._show_error(
                translate(
                    "ConsoleWidget",
                    "not sent: {display_name} is not connected ({v1}); connect first (Ctrl+K)",
                ).format(display_name=self.session.display_name, v1=self.session.state_text())
            )
            return
        if not self._confirmed(request):
            self._show_error(translate("ConsoleWidget", "not sent: cancelled"))
            return
        self._hide_error()
        history = self.host.histories[self.mode]
        if history.add(text, self.mode):
            self.host.history_changed()
        history.reset_cursor()
        self.input.clear()
        self.send_request(request)

    def _request(self, text: str) -> Request:
        if self.mode == "hmp":
            line = text.strip()
            if "\n" in line:
                raise InputError(translate("ConsoleWidget", "HMP takes one line at a time"), 2, 1)
            return hmp_request(line)
        return parse_input(text)

    def _libvirt_conflict(self, request: Request) -> str | None:
        """What sending `request` to a libvirt domain's monitor does to libvirt's view."""
        if self.session.domain is None:
            return None
        return libvirt_conflict(request.command, request.arguments)

    def _confirmed(self, request: Request) -> bool:
        conflict = self._libvirt_conflict(request)
        if conflict is not None:
            return self.host.ask_destructive(
                translate("ConsoleWidget", "Command behind libvirt's back"),
                translate("ConsoleWidget", "Send {command} to this libvirt domain?").format(
                    command=request.command
                ),
                [self.session.display_name],
                conflict[0].upper() + conflict[1:] + ".",
                translate("ConsoleWidget", "Send"),
            )
        if classify(request.command, request.arguments) is not Risk.DANGEROUS:
            return True
        what = (
            request.arguments.get("command-line", "")
            if request.command == HMP_COMMAND
            else ", ".join(dangerous_parts(request.command, request.arguments))
        )
        return self.host.ask_destructive(
            translate("ConsoleWidget", "Dangerous command"),
            translate("ConsoleWidget", "Send {what} to this VM?").format(what=what),
            [self.session.display_name],
            danger_words(request.command, request.arguments),
            translate("ConsoleWidget", "Send"),
        )

    def send_request(self, request: Request) -> None:
        """Send `request` as it is (no check, no question) and show it in the transcript."""
        message = request.message()
        line = request.arguments.get("command-line") if self.mode == "hmp" else None
        exchange = Exchange(
            self.session.display_name, message, hmp_line=line if isinstance(line, str) else None
        )
        index = QPersistentModelIndex(self.model.add_exchange(exchange))
        self.output.scrollToBottom()
        self.host.spawn(self._exchange(exchange, index))

    async def _exchange(self, exchange: Exchange, index: QPersistentModelIndex) -> None:
        await send(self.session, exchange)
        size, head, full = 0, None, None
        if exchange.reply is not None:
            # Made in slices on this thread: a worker would hold the GIL, and the window
            # wait for it at every turn (json_slices).
            hmp = exchange.hmp_line is not None
            pretty = None if hmp else await encode_yielding(exchange.reply)
            measured = measure(exchange.reply, hmp, pretty)
            size, head, full = measured.size, measured.head, measured.full_text
        if not index.isValid():  # pushed out or cleared while waiting: show it again
            index = QPersistentModelIndex(self.model.add_exchange(exchange))
        row = self.model.index(index.row(), 0)
        self.model.finish(row, size, head, full)
        row = self.model.index(index.row(), 0)
        self.output.reveal(row, expand_all=size <= EXPAND_ALL_BYTES and head is None)
        self.output.scrollTo(row, self.output.ScrollHint.PositionAtTop)

    # -- inline errors ------------------------------------------------------------------

    def _show_input_error(self, err: InputError) -> None:
        self._show_error(str(err))
        if err.line:
            block = self.input.document().findBlockByNumber(err.line - 1)
            cursor = self.input.textCursor()
            cursor.setPosition(block.position() + max(0, min(err.column - 1, block.length() - 1)))
            self.input.setTextCursor(cursor)
        self.input.setFocus()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _hide_error(self) -> None:
        self.error_label.hide()
        self.error_label.clear()

    def _on_text_changed(self) -> None:
        self._hide_error()
        self._risk_timer.start()

    def _update_risk(self) -> None:
        text = self.input.toPlainText()
        try:
            request = self._request(text) if text.strip() else None
        except InputError:
            if self.mode == "qmp" and transaction_pending(text):
                self.risk_label.show_open_block()  # why Enter did not send
                return
            request = None
        self.risk_label.show_risk(
            None if request is None else classify(request.command, request.arguments),
            None if request is None else self._libvirt_conflict(request),
        )

    # -- completion, the transcript's menu and files (in their modules) -------------------

    def schema(self) -> SchemaIndex:
        """What the connected server offers (nothing while disconnected)."""
        return self.completion.schema()

    def _completions(self, before: str) -> Completion | None:
        return self.completion.complete(before)

    def insert_template(self) -> None:
        """Ctrl+T: the JSON form of the command typed, with its required arguments."""
        problem = self.completion.insert_template()
        if problem is not None:
            self._show_error(problem)

    def menu_for(self, index: QModelIndex) -> QMenu:
        """The context menu of the transcript's row at `index` (see TranscriptActions)."""
        return self.transcript_actions.menu_for(index)

    def show_all(self, item: Item) -> None:
        """A cut reply shown whole, as a folded tree."""
        self.transcript_actions.show_all(item)

    def transcript_text(self, plain: bool) -> str:
        """The transcript as JSON Lines (or readable text), passwords masked."""
        return self.transcript_actions.transcript_text(plain)

    def _edit_again(self, exchange: Exchange) -> None:
        if exchange.hmp_line is not None:
            self._set_mode("hmp")
            self.input.set_text(exchange.hmp_line)
        else:
            self._set_mode("qmp")
            self.input.set_text(json.dumps(exchange.message))  # as sent: a mask is no password
