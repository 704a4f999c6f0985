"""Ctrl+R in the console: a field above the input that searches the history of the
current mode, newest first, and puts each match in the input as it is found."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLineEdit

from qmpgui.i18n import translate
from qmpgui.models.palette import Tone
from qmpgui.store.history import History
from qmpgui.ui.console_input import ConsoleInput
from qmpgui.ui.styles import set_background


class HistorySearch(QObject):
    """The history search of one console.

    `input_`: the console's input, which shows each match and gets back what was
    typed when the search is left with Esc. `history`: the history to search, asked
    at each step (the console's mode can change). `field` is the search field, hidden
    until the first step; Ctrl+R in it finds an older match, Enter takes the match.
    """

    def __init__(
        self,
        input_: ConsoleInput,
        history: Callable[[], History],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.input = input_
        self._history = history
        self._search: tuple[str, int | None] | None = None
        self._draft = ""
        self.field = QLineEdit()
        self.field.setObjectName("consoleSearch")
        self.field.setPlaceholderText(
            translate(
                "HistorySearch",
                "Search history: type, Ctrl+R for older, Enter to take, Esc to leave",
            )
        )
        self.field.hide()
        self.field.installEventFilter(self)
        self.field.textEdited.connect(lambda _text: self.step(restart=True))
        self.field.returnPressed.connect(self.accept)

    def step(self, restart: bool = False) -> None:
        """Open the search (the input's text is kept to come back to), or find the next
        older match; `restart`: from the newest again, as after the query changed."""
        history = self._history()
        if not self.field.isVisible():
            self._draft = self.input.toPlainText()
            self.field.clear()
            self.field.show()
            self.field.setFocus()
            self._search = ("", None)
            return
        query = self.field.text()
        before = None if restart or self._search is None else self._search[1]
        found = history.search(query, before)
        if found is None:
            set_background(self.field, Tone.NOT_FOUND_BACKGROUND if query else None)
            return
        set_background(self.field, None)
        self._search = (query, found[0])
        self.input.setPlainText(found[1])

    def accept(self) -> None:
        """Leave the search with the match in the input."""
        self.field.hide()
        self.input.setFocus()
        self.input.moveCursor(QTextCursor.MoveOperation.End)

    def cancel(self) -> None:
        """Leave the search with the input as it was before it."""
        self.field.hide()
        self.input.setPlainText(self._draft)
        self.input.setFocus()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if watched is self.field and event.type() == event.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape:
                self.cancel()
                return True
            if (
                event.key() == Qt.Key.Key_R
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier
            ):
                self.step()
                return True
        return super().eventFilter(watched, event)
