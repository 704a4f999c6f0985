"""The raw console of one VM: type QMP (or HMP), see exactly what comes back.

Input is checked before anything is sent: a mistake gets an inline message
with line and column. Read-only commands run at once; commands that change
the VM are marked; dangerous ones ask first when confirm_destructive is on.
Replies are measured off the UI thread, so a large one never stops the window.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from qmpgui.log.entry import Level, LogEntry, LogKind
from qmpgui.models.palette import Tone
from qmpgui.models.transcript import (
    EXPAND_ALL_BYTES,
    Action,
    Item,
    RowKind,
    TranscriptModel,
    measure,
)
from qmpgui.qmp import QmpFailure, completion, hmp
from qmpgui.qmp.completion import Completion, complete
from qmpgui.qmp.risk import Risk, classify
from qmpgui.qmp.schema import SchemaIndex
from qmpgui.qmp.shorthand import InputError, Request, parse_input, to_shorthand
from qmpgui.qmp.types import Event
from qmpgui.session import VmSession
from qmpgui.session.console import HMP_COMMAND, Exchange, hmp_request, send
from qmpgui.store.history import Mode
from qmpgui.ui.batch_panel import BatchPanel
from qmpgui.ui.console_host import ConsoleHost
from qmpgui.ui.console_input import ConsoleInput
from qmpgui.ui.files import write_text
from qmpgui.ui.styles import set_background, set_tone
from qmpgui.ui.transcript_view import TranscriptView

_RISK_LOOK = {
    Risk.READ_ONLY: ("read-only", Tone.MUTED, ""),
    Risk.CHANGES: ("changes the VM", Tone.WARNING, "font-weight: bold;"),
    Risk.DANGEROUS: ("dangerous: asks first", Tone.ERROR, "font-weight: bold;"),
}
#: Connection entries that the transcript notes.
_CONNECTION_NOTES = frozenset({"connected", "lost", "exited", "disconnected", "error"})


class ConsoleWidget(QWidget):
    def __init__(
        self, session: VmSession, host: ConsoleHost, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consolePane")
        self.session = session
        self.host = host
        self.mode: Mode = "qmp"
        self.model = TranscriptModel(self)
        self._hmp_help: tuple[float | None, list[hmp.HmpCommand], list[hmp.HmpCommand]] | None = (
            None
        )
        self._hmp_asked: float | None = None
        self._search: tuple[str, int | None] | None = None
        self._draft = ""
        self._build()
        self._connect_signals()
        self._set_mode("qmp")
        self._update_state()

    # -- construction ------------------------------------------------------------------

    def _build(self) -> None:
        self.output = TranscriptView(self.model)
        bar = self._build_toolbar()
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

        self.template_action = QAction("Insert template", self)
        self.template_action.setShortcut(QKeySequence("Ctrl+T"))
        self.template_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.template_action)
        self._risk_timer = QTimer(self)
        self._risk_timer.setSingleShot(True)
        self._risk_timer.setInterval(120)  # parse once typing pauses, not on every key

    def _build_toolbar(self) -> QHBoxLayout:
        self.qmp_button = self._mode_button("QMP", "consoleModeQmp", "Raw QMP: JSON or shorthand")
        self.hmp_button = self._mode_button(
            "HMP", "consoleModeHmp", "Human monitor commands, sent with human-monitor-command"
        )
        group = QButtonGroup(self)
        group.setExclusive(True)
        group.addButton(self.qmp_button)
        group.addButton(self.hmp_button)
        self.events_box = QCheckBox("Show &events")
        self.events_box.setObjectName("consoleEvents")
        self.events_box.setChecked(True)
        self.events_box.setToolTip("Show this VM's QMP events in the transcript as they arrive")
        self.batch_button = QToolButton()
        self.batch_button.setObjectName("consoleBatch")
        self.batch_button.setText("&Batch…")
        self.batch_button.setCheckable(True)
        self.batch_button.setToolTip("Run a script of commands, once or many times")
        self.save_button = QToolButton()
        self.save_button.setObjectName("consoleSave")
        self.save_button.setText("Sa&ve transcript…")
        self.clear_button = QToolButton()
        self.clear_button.setObjectName("consoleClear")
        self.clear_button.setText("C&lear")
        self.state_label = QLabel()
        self.state_label.setObjectName("consoleState")

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.qmp_button,
            self.hmp_button,
            self.events_box,
            self.batch_button,
            self.save_button,
            self.clear_button,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.state_label)
        return bar

    def _build_entry(self) -> QWidget:
        """The input with its Send button, risk mark, history search and inline error."""
        self.input = ConsoleInput()
        self.search_field = QLineEdit()
        self.search_field.setObjectName("consoleSearch")
        self.search_field.setPlaceholderText(
            "Search history: type, Ctrl+R for older, Enter to take, Esc to leave"
        )
        self.search_field.hide()
        self.search_field.installEventFilter(self)
        self.error_label = QLabel()
        self.error_label.setObjectName("consoleError")
        set_tone(self.error_label, Tone.ERROR)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.risk_label = QLabel()
        self.risk_label.setObjectName("consoleRisk")
        self.send_button = QPushButton("&Send")
        self.send_button.setObjectName("consoleSend")
        self.send_button.setToolTip("Send (Ctrl+Enter)")

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

    def _mode_button(self, text: str, name: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setText(text)
        button.setCheckable(True)
        button.setToolTip(tip)
        return button

    def _connect_signals(self) -> None:
        self.input.submitted.connect(self.submit)
        self.input.searchRequested.connect(self._search_step)
        self.input.commandChosen.connect(self._on_command_chosen)
        self.input.completions = self._completions
        self.input.textChanged.connect(self._on_text_changed)
        self.send_button.clicked.connect(self.submit)
        self.qmp_button.clicked.connect(lambda: self._set_mode("qmp"))
        self.hmp_button.clicked.connect(lambda: self._set_mode("hmp"))
        self.events_box.toggled.connect(self._show_events)
        self.batch_button.toggled.connect(self.batch.setVisible)
        self.save_button.clicked.connect(self._save_transcript)
        self.clear_button.clicked.connect(self.model.clear)
        self.search_field.textEdited.connect(lambda _text: self._search_step(restart=True))
        self.search_field.returnPressed.connect(self._search_accept)
        self.template_action.triggered.connect(self.insert_template)
        self.output.customContextMenuRequested.connect(self._context_menu)
        self.output.actionRequested.connect(self._on_action)
        self.model.rowsInserted.connect(self._on_rows_inserted)
        self._risk_timer.timeout.connect(self._update_risk)
        self.session.eventsReceived.connect(self._on_events)
        self.session.stateChanged.connect(self._update_state)
        self.session.logged.connect(self._on_logged)
        self.batch.finished.connect(lambda text: self.model.add_note(text, tone=Tone.ACTION))

    # -- modes and state -----------------------------------------------------------------

    def _set_mode(self, mode: Mode) -> None:
        self.mode = mode
        self.qmp_button.setChecked(mode == "qmp")
        self.hmp_button.setChecked(mode == "hmp")
        self.input.set_mode(mode, self.host.histories[mode])
        self.input.setPlaceholderText(
            "info status   — Enter sends, Tab completes from help, Up/Down and Ctrl+R recall"
            if mode == "hmp"
            else '{"execute": "query-status"}   or   query-status   — Ctrl+Enter sends, '
            "Tab completes, Up/Down and Ctrl+R recall, Ctrl+T inserts a template"
        )
        self._hide_error()
        self._update_risk()
        self.input.setFocus()

    def _update_state(self) -> None:
        connected = self.session.connected
        said = f"{self.session.display_name}: {self.session.state_text()}"
        # The toolbar keeps its width: a long reason is cut here and whole in the tooltip.
        self.state_label.setText(said if len(said) <= 70 else said[:69] + "…")
        self.state_label.setToolTip(said)
        self.send_button.setEnabled(connected)
        self.send_button.setToolTip(
            "Send (Ctrl+Enter)" if connected else f"{self.session.display_name} is not connected"
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
                f"not sent: {self.session.display_name} is not connected "
                f"({self.session.state_text()}); connect first (Ctrl+K)"
            )
            return
        if not self._confirmed(request):
            self._show_error("not sent: cancelled")
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
                raise InputError("HMP takes one line at a time", 2, 1)
            return hmp_request(line)
        return parse_input(text)

    def _confirmed(self, request: Request) -> bool:
        if classify(request.command, request.arguments) is not Risk.DANGEROUS:
            return True
        what = (
            request.arguments.get("command-line", "")
            if request.command == HMP_COMMAND
            else request.command
        )
        return self.host.ask_destructive(
            "Dangerous command",
            f"Send {what} to this VM?",
            [self.session.display_name],
            "It can end the VM, lose guest state or remove a device.",
            "Send",
        )

    def send_request(self, request: Request) -> None:
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
            measured = await asyncio.get_running_loop().run_in_executor(
                None, measure, exchange.reply, exchange.hmp_line is not None
            )
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
            request = None
        if request is None:
            self.risk_label.clear()
            return
        risk = classify(request.command, request.arguments)
        words, tone, weight = _RISK_LOOK[risk]
        self.risk_label.setText(words)
        set_tone(self.risk_label, tone, weight)

    # -- events ---------------------------------------------------------------------------------

    def _on_events(self, events: list[Event]) -> None:
        """Shown events join the transcript in one insert; hidden ones are not kept here
        (the event log has them all), so a storm never pushes the exchanges out."""
        if self.events_box.isChecked():
            self.model.add_events(events)

    def _on_rows_inserted(self, parent: QModelIndex, _first: int, _last: int) -> None:
        bar = self.output.verticalScrollBar()
        if not parent.isValid() and bar.value() >= bar.maximum() - 2:
            QTimer.singleShot(0, self.output.scrollToBottom)

    def _on_logged(self, entry: LogEntry) -> None:
        """The connection's turns, between the exchanges: why a reply never came."""
        if entry.kind is LogKind.CONNECTION and entry.name in _CONNECTION_NOTES:
            tone = Tone.ERROR if entry.level is Level.ERROR else Tone.MUTED
            self.model.add_note(f"— {entry.summary}", entry.time, tone=tone)

    def _show_events(self, shown: bool) -> None:
        self.model.flush_events()  # those that came while shown are hidden with the rest
        for row in range(self.model.rowCount()):
            item = self.model.item(self.model.index(row, 0))
            if item is not None and item.kind is RowKind.EVENT:
                self.output.setRowHidden(row, QModelIndex(), not shown)

    # -- completion -----------------------------------------------------------------------------

    def schema(self) -> SchemaIndex:
        """What the connected server offers (nothing while disconnected)."""
        return self.session.server_caps.schema or SchemaIndex()

    def _completions(self, before: str) -> Completion | None:
        if self.mode == "qmp":
            return complete(self.schema(), before)
        help_ = self._hmp_commands()
        if help_ is None:
            return None
        lines = hmp.complete(help_[0], help_[1], before)
        return Completion(0, before, tuple(completion.Item(line, line) for line in lines))

    def _hmp_commands(self) -> tuple[list[hmp.HmpCommand], list[hmp.HmpCommand]] | None:
        """HMP's `help` and `help info`, asked once per connection; None until they come."""
        since = self.session.info.connected_since
        if self._hmp_help is not None and self._hmp_help[0] == since:
            return self._hmp_help[1], self._hmp_help[2]
        if self.session.connected and self._hmp_asked != since:
            self._hmp_asked = since
            self.host.spawn(self._load_hmp_help(since))
        return None

    async def _load_hmp_help(self, since: float | None) -> None:
        try:
            commands = await self.session.execute(HMP_COMMAND, {"command-line": "help"})
            infos = await self.session.execute(HMP_COMMAND, {"command-line": "help info"})
        except QmpFailure:  # completion is a convenience: ask again next time
            self._hmp_asked = None
            return
        self._hmp_help = (since, hmp.parse_help(str(commands)), hmp.parse_info_help(str(infos)))
        if self.mode == "hmp" and self.input.hasFocus():
            self.input.show_completions(explicit=False)

    def _on_command_chosen(self, name: str) -> None:
        """A command picked from the popup in shorthand gets its required arguments."""
        if self.mode != "qmp" or self.input.toPlainText().lstrip().startswith("{"):
            return
        info = self.schema().commands.get(name)
        if info is not None and info.required and self.input.toPlainText().strip() == name:
            self.input.set_text(info.template())

    def insert_template(self) -> None:
        """Ctrl+T: the JSON form of the command typed, with its required arguments."""
        if self.mode != "qmp":
            return
        text = self.input.toPlainText().strip()
        word = text.split()[0] if text and not text.startswith("{") else ""
        if text.startswith("{"):
            try:
                word = parse_input(text).command
            except InputError:
                return
        info = self.schema().commands.get(word)
        if info is None:
            self._show_error(f"no command {word!r} on this VM" if word else "type a command first")
            return
        self.input.set_text(json.dumps(info.json_template(), indent=2))

    # -- history search (Ctrl+R) ---------------------------------------------------------

    def _search_step(self, restart: bool = False) -> None:
        history = self.host.histories[self.mode]
        if not self.search_field.isVisible():
            self._draft = self.input.toPlainText()
            self.search_field.clear()
            self.search_field.show()
            self.search_field.setFocus()
            self._search = ("", None)
            return
        query = self.search_field.text()
        before = None if restart or self._search is None else self._search[1]
        found = history.search(query, before)
        if found is None:
            set_background(self.search_field, Tone.NOT_FOUND_BACKGROUND if query else None)
            return
        set_background(self.search_field, None)
        self._search = (query, found[0])
        self.input.setPlainText(found[1])

    def _search_accept(self) -> None:
        self.search_field.hide()
        self.input.setFocus()
        self.input.moveCursor(QTextCursor.MoveOperation.End)

    def _search_cancel(self) -> None:
        self.search_field.hide()
        self.input.setPlainText(self._draft)
        self.input.setFocus()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if watched is self.search_field and event.type() == event.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape:
                self._search_cancel()
                return True
            if (
                event.key() == Qt.Key.Key_R
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier
            ):
                self._search_step()
                return True
        return super().eventFilter(watched, event)

    # -- copy, save, actions ----------------------------------------------------------------

    def _context_menu(self, pos: QPoint) -> None:
        menu = self.menu_for(self.output.indexAt(pos))
        if not menu.isEmpty():
            menu.popup(self.output.viewport().mapToGlobal(pos))

    def menu_for(self, index: QModelIndex) -> QMenu:
        """Copy, send again, show all and save, for the row at `index`.

        The actions hold items and texts, never model indexes: rows can go (the
        bound, events arriving) while the menu is open.
        """
        item = self.model.item(index)
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # it holds a reply
        exchange = item.exchange if item is not None else None
        if exchange is not None:
            menu.addAction("Copy request as &JSON", lambda: _copy(json.dumps(exchange.shown)))
            menu.addAction(
                "Copy request as &qmp-shell",
                lambda: _copy(to_shorthand(exchange.command, exchange.shown.get("arguments"))),
            )
            if exchange.reply is not None:
                menu.addAction(
                    "Copy &reply as JSON", lambda: _copy(json.dumps(exchange.reply, indent=2))
                )
            menu.addAction(
                "Copy e&xchange (JSON Lines)", lambda: _copy(json.dumps(exchange.record()))
            )
            menu.addAction("Send &again…", lambda: self._edit_again(exchange))
        if item is not None and item.event is not None:
            event = item.event
            menu.addAction("Copy event as &JSON", lambda: _copy(json.dumps(dict(event.raw))))
        if item is not None and item.head is not None:
            menu.addAction("Show &all", lambda: self.show_all(item))
            menu.addAction("Save reply to a &file…", lambda: self._save_reply(item))
        lines = [
            line
            for i in self.output.selectionModel().selectedRows()
            if (line := self.model.line(i)) is not None
        ]
        if lines:
            text = "\n".join(self.model.text_of(line, padded=True) for line in lines)
            menu.addAction("&Copy lines", lambda: _copy(text))
        return menu

    def _edit_again(self, exchange: Exchange) -> None:
        if exchange.hmp_line is not None:
            self._set_mode("hmp")
            self.input.set_text(exchange.hmp_line)
        else:
            self._set_mode("qmp")
            self.input.set_text(json.dumps(exchange.message))  # as sent: a mask is no password

    def _on_action(self, action: str, index: QModelIndex) -> None:
        item = self.model.item(index)
        if item is None:
            return
        if action == Action.SHOW_ALL:
            self.show_all(item)
        elif action == Action.SAVE:
            self._save_reply(item)

    def show_all(self, item: Item) -> None:
        """A cut reply shown whole, as a folded tree."""
        self.model.show_all(self.model.index_of(item))
        top = self.model.index_of(item)
        if top.isValid():
            self.output.reveal(top, expand_all=False)

    def _save_reply(self, item: Item) -> None:
        exchange = item.exchange
        if exchange is None or exchange.reply is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, "Save reply", f"{exchange.command}-reply.json", "JSON (*.json)"
        )
        if path:
            text = item.full_text or json.dumps(exchange.reply, indent=2)
            self.host.spawn(self._write(Path(path), text + "\n", "reply"))

    def _save_transcript(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            "Save transcript",
            f"{self.session.display_name}-console.jsonl",
            "JSON Lines (*.jsonl);;Text (*.txt)",
        )
        if path:
            self.host.spawn(
                self._write(Path(path), self.transcript_text(path.endswith(".txt")), "transcript")
            )

    def transcript_text(self, plain: bool) -> str:
        """The transcript as JSON Lines (or readable text), passwords masked."""
        out = []
        for item in self.model.items():
            if item.exchange is not None:
                record = item.exchange.record()
                if plain:
                    reply = json.dumps(record.get("reply", record.get("failure")), indent=2)
                    out.append(f"> {json.dumps(record['request'])}\n< {reply}")
                else:
                    out.append(json.dumps(record, ensure_ascii=False))
            elif item.event is not None:
                raw = dict(item.event.raw)
                out.append(f"! {json.dumps(raw)}" if plain else json.dumps({"event": raw}))
            elif item.note:
                out.append(f"# {item.note}" if plain else json.dumps({"note": item.note}))
        return "\n".join(out) + "\n"

    async def _write(self, path: Path, text: str, what: str) -> None:
        problem = await write_text(path, text)
        if problem is not None:
            self.host.message(Level.ERROR, f"could not save the {what} to {path}: {problem}")
        else:
            self.host.message(Level.INFO, f"saved the {what} to {path}")


def _copy(text: str) -> None:
    QGuiApplication.clipboard().setText(text)
