"""The console's input (`consoleInput`): multi-line, highlighted, with history and completion.

Keys: Ctrl+Enter sends; Enter sends a one-line command, a complete JSON object
or a closed transaction block, and otherwise starts a new line; Shift+Enter
always starts one.
Up/Down on the first/last line walk the history; Ctrl+R searches it; Tab or
Ctrl+Space completes, and typing a command name offers completions at once.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import (
    QFontDatabase,
    QKeyEvent,
    QStandardItem,
    QStandardItemModel,
    QTextCursor,
)
from PySide6.QtWidgets import QCompleter, QListView, QPlainTextEdit, QWidget

from qmpgui.i18n import translate
from qmpgui.qmp.completion import Completion, Item
from qmpgui.qmp.shorthand import input_complete
from qmpgui.store.history import History
from qmpgui.ui.json_text import JsonHighlighter

#: Given the text before the cursor, what to offer (None: nothing).
Completer = Callable[[str], Completion | None]

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
#: Keys with modifiers the input handles itself, before any shortcut of the window.
_OWN_KEYS = {
    Qt.Key.Key_R: Qt.KeyboardModifier.ControlModifier,
    Qt.Key.Key_Space: Qt.KeyboardModifier.ControlModifier,
    Qt.Key.Key_Return: Qt.KeyboardModifier.ControlModifier,
    Qt.Key.Key_Enter: Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.KeypadModifier,
}
#: Role holding the text an item inserts.
INSERT_ROLE = Qt.ItemDataRole.UserRole + 1


class ConsoleInput(QPlainTextEdit):
    submitted = Signal()
    searchRequested = Signal()
    #: Chosen from the popup: the command's name (a template may follow).
    commandChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consoleInput")
        self.setAccessibleName(translate("ConsoleInput", "Console input"))
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setTabChangesFocus(False)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.highlighter = JsonHighlighter(self.document())
        self.history: History | None = None
        self.mode = "qmp"
        self.completions: Completer | None = None
        self._completion: Completion | None = None
        self._popup_model = QStandardItemModel(self)
        self.completer = QCompleter(self)
        self.completer.setWidget(self)
        self.completer.setModel(self._popup_model)
        self.completer.setCompletionRole(INSERT_ROLE)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseSensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.setMaxVisibleItems(12)
        self.popup = QListView()
        self.popup.setObjectName("consoleCompletions")
        self.completer.setPopup(self.popup)
        # Our filter goes on after the completer's, so it sees the popup's keys first.
        self._popup_keys = _PopupKeys(self)
        self.popup.installEventFilter(self._popup_keys)
        self.completer.activated[QModelIndex].connect(self._insert_completion)  # type: ignore[index]

    # -- modes ----------------------------------------------------------------------------

    def set_mode(self, mode: str, history: History) -> None:
        """QMP input is highlighted as JSON; HMP input is plain text."""
        self.mode = mode
        self.history = history
        self.highlighter.setDocument(self.document() if mode == "qmp" else None)

    # -- keys -------------------------------------------------------------------------------

    def popup_key(self, event: QKeyEvent) -> bool:
        """Ctrl+Enter sends even while the completion list is open; plain Enter on an
        item that is already typed in full acts as Enter in the input."""
        if event.key() not in _ENTER:
            return False
        current = self.popup.currentIndex()
        chosen = current.data(INSERT_ROLE) if current.isValid() else None
        typed = self._completion.prefix if self._completion else None
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if not (ctrl or chosen is None or str(chosen).rstrip('"') == typed):
            return False
        self.popup.hide()
        self._completion = None
        self.keyPressEvent(event)
        return True

    def event(self, event: QEvent) -> bool:
        """Keys the console uses win over the window's shortcuts while it has focus
        (Ctrl+R searches the history here; it must not resume the VM)."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and _OWN_KEYS.get(Qt.Key(event.key())) == event.modifiers()
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        popup = self.popup
        if popup.isVisible() and key in (*_ENTER, Qt.Key.Key_Escape, Qt.Key.Key_Tab):
            if key == Qt.Key.Key_Tab:  # Tab takes the highlighted or the first item
                current = popup.currentIndex()
                self._insert_completion(current if current.isValid() else popup.model().index(0, 0))
                popup.hide()
                return
            event.ignore()  # the completer's popup handles it
            return
        if key in _ENTER:
            if ctrl or (not mods & Qt.KeyboardModifier.ShiftModifier and self._complete_line()):
                self.submitted.emit()
                return
            self.insertPlainText("\n")
            return
        if ctrl and key == Qt.Key.Key_R:
            self.searchRequested.emit()
            return
        if (ctrl and key == Qt.Key.Key_Space) or (key == Qt.Key.Key_Tab and not mods):
            self.show_completions(explicit=True)
            return
        cursor = self.textCursor()
        if key == Qt.Key.Key_Up and not mods and cursor.blockNumber() == 0:
            self._recall(self.history.previous(self.toPlainText()) if self.history else None)
            return
        if key == Qt.Key.Key_Down and not mods and cursor.blockNumber() == self.blockCount() - 1:
            self._recall(self.history.next() if self.history else None)
            return
        super().keyPressEvent(event)
        if key == Qt.Key.Key_Backspace or (event.text() and event.text().isprintable()):
            self.show_completions(explicit=False)

    def _complete_line(self) -> bool:
        """Plain Enter sends a one-line command, a complete JSON object or a closed
        transaction block (`transaction(` ... `)`, as in qmp-shell)."""
        text = self.toPlainText().strip()
        if not text:
            return False
        if self.mode == "hmp":
            return "\n" not in text
        if not text.startswith("{"):
            return input_complete(text)
        try:
            json.loads(text)
        except json.JSONDecodeError:
            return False
        return True

    def _recall(self, text: str | None) -> None:
        if text is None:
            return
        self.setPlainText(text)
        self.moveCursor(QTextCursor.MoveOperation.End)

    def set_text(self, text: str) -> None:
        self.setPlainText(text)
        self.moveCursor(QTextCursor.MoveOperation.End)
        if self.history is not None:
            self.history.reset_cursor()

    # -- completion ----------------------------------------------------------------------------

    def text_before_cursor(self) -> str:
        cursor = self.textCursor()
        return self.toPlainText()[: cursor.position()]

    def show_completions(self, *, explicit: bool) -> None:
        """Offer what fits the cursor; unasked, only while a name or key is being typed."""
        popup = self.popup
        before = self.text_before_cursor()
        found = self.completions(before) if self.completions is not None else None
        if found is None or not found.items or (not explicit and not _worth_popping(found, before)):
            popup.hide()
            self._completion = None
            return
        if explicit and len(found.items) == 1:
            self._completion = found
            self._apply(found.items[0].insert)
            return
        self._completion = found
        self._fill(found.items)
        self.completer.setCompletionPrefix("")
        rect = self.cursorRect()
        rect.setWidth(max(320, popup.sizeHintForColumn(0) + 30))
        self.completer.complete(rect)
        popup.setCurrentIndex(self.completer.completionModel().index(0, 0))

    def _fill(self, items: tuple[Item, ...]) -> None:
        self._popup_model.clear()
        for item in items:
            row = QStandardItem(f"{item.label}   {item.detail}" if item.detail else item.label)
            row.setData(item.insert, INSERT_ROLE)
            row.setToolTip(item.detail)
            self._popup_model.appendRow(row)

    def _insert_completion(self, index: QModelIndex) -> None:
        text = index.data(INSERT_ROLE)
        if isinstance(text, str):
            self._apply(text)

    def _apply(self, text: str) -> None:
        found = self._completion
        if found is None:
            return
        cursor = self.textCursor()
        position = cursor.position()
        cursor.setPosition(found.start)
        cursor.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text)
        self.setTextCursor(cursor)
        self._completion = None
        if found.start == 0 or self.toPlainText()[: found.start].strip() in ("", '{"execute": '):
            self.commandChosen.emit(text.rstrip('"'))


def _worth_popping(found: Completion, before: str) -> bool:
    """Pop up by itself only for a word being typed, not for every space."""
    if found.prefix:
        return not (len(found.items) == 1 and found.items[0].insert.rstrip('"=: ') == found.prefix)
    return before.endswith(" ") and all(item.insert.endswith("=") for item in found.items)


class _PopupKeys(QObject):
    """Hands the completion list's Enter keys to the input first."""

    def __init__(self, owner: ConsoleInput) -> None:
        super().__init__(owner)
        self._owner = owner

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._owner.popup_key(event)
        return False
