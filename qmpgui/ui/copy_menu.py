"""The panes' copy actions for any item view: Copy (Ctrl+C), Copy as JSON
(Ctrl+Shift+C), Copy whole pane and Copy whole pane as JSON, in a right-click menu
with the view's own actions first. The block panes' InspectView has the same four
over its NodeTreeModel; this serves views over other models (the QOM tree and its
properties, the trace events), each saying what its rows are as text and JSON."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QMenu

from qmpgui.i18n import translate
from qmpgui.ui.panes.inspect import put_on_clipboard, to_json


@dataclass(frozen=True)
class CopySource:
    """What a view copies: the selected rows as text and as JSON (None when nothing is
    selected), the whole pane as text and as JSON."""

    rows_text: Callable[[], str | None]
    rows_json: Callable[[], object]
    all_text: Callable[[], str]
    all_json: Callable[[], object]


class CopyMenu(QObject):
    """The copy actions of `view`, on its keys and in its right-click menu; `extra`
    actions (the view's own) come first in the menu."""

    def __init__(self, view: QAbstractItemView, source: CopySource) -> None:
        super().__init__(view)
        self.view, self.source = view, source
        self.extra: list[QAction] = []
        self.copy_rows = self._add(
            translate("CopyMenu", "Copy"), QKeySequence.StandardKey.Copy, self.copy_selection
        )
        self.copy_rows_json = self._add(
            translate("CopyMenu", "Copy as JSON"),
            "Ctrl+Shift+C",
            self.copy_selection_json,
        )
        self.copy_pane = self._add(translate("CopyMenu", "Copy whole pane"), None, self.copy_all)
        self.copy_pane_json = self._add(
            translate("CopyMenu", "Copy whole pane as JSON"), None, self.copy_all_json
        )
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._context_menu)

    def _add(
        self, text: str, keys: QKeySequence.StandardKey | str | None, slot: Callable[[], None]
    ) -> QAction:
        action = QAction(text, self.view)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.view.addAction(action)
        return action

    def copy_selection(self) -> None:
        """The selected rows as text (their JSON beside it)."""
        text = self.source.rows_text()
        if text is not None:
            put_on_clipboard(text, to_json(self.source.rows_json()))

    def copy_selection_json(self) -> None:
        """The selected rows as JSON."""
        if self.source.rows_text() is not None:
            put_on_clipboard(to_json(self.source.rows_json()))

    def copy_all(self) -> None:
        """The whole pane as text (its JSON beside it)."""
        put_on_clipboard(self.source.all_text(), to_json(self.source.all_json()))

    def copy_all_json(self) -> None:
        """The whole pane as JSON."""
        put_on_clipboard(to_json(self.source.all_json()))

    def menu(self) -> QMenu:
        """The right-click menu as it is now (the row actions off without a row)."""
        menu = QMenu(self.view)
        if self.extra:
            menu.addActions(self.extra)
            menu.addSeparator()
        has_rows = self.source.rows_text() is not None
        for action in (self.copy_rows, self.copy_rows_json):
            action.setEnabled(has_rows)
        menu.addActions([self.copy_rows, self.copy_rows_json])
        menu.addSeparator()
        menu.addActions([self.copy_pane, self.copy_pane_json])
        return menu

    def _context_menu(self, pos: QPoint) -> None:
        self.menu().popup(self.view.viewport().mapToGlobal(pos))
