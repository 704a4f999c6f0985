"""The columns of a table or tree: which are shown, the widths the user gave them, and
widths fitted to the text for the others.

The header's context menu shows and hides columns (the first one, which names the
row, always stays). `state()` and `restore()` are what the window keeps across runs
(qmpgui.app.window_state), by column title, so that a column added or moved in a
later version keeps its own default.
"""

from __future__ import annotations

import functools
from collections.abc import Collection
from typing import Any

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu

#: A column fitted to its text grows to at most this many average characters; longer
#: text is elided (in the middle, where the views elide) and whole in the tooltip.
MAX_FIT_CHARS = 36
#: A remembered width beyond this is not one a user gave: ignored.
MAX_WIDTH = 10_000


class ColumnMemory(QObject):
    """The columns of `view` (whose horizontal header is `header`), a child of `view`.

    `hidden_by_default` names (by title) the columns hidden until the user shows them.
    With `fit_text`, columns shown from the menu are fitted to their text at once
    (views that call fit_to_text() as data arrives).
    """

    def __init__(
        self,
        view: QAbstractItemView,
        header: QHeaderView,
        hidden_by_default: Collection[str] = (),
        *,
        fit_text: bool = False,
    ) -> None:
        super().__init__(view)
        self.view, self.header = view, header
        self._fit_text = fit_text
        #: The width this object last gave each column: a different one is the user's.
        self._auto: dict[int, int] = {}
        #: Columns whose width was restored from an earlier run: the user's too.
        self._user: set[int] = set()
        for column, title in enumerate(self.titles()):
            if column and title in hidden_by_default:
                header.hideSection(column)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._popup)

    def titles(self) -> list[str]:
        """The column titles, left to right in the model's order."""
        model = self.view.model()
        orientation = Qt.Orientation.Horizontal
        return [str(model.headerData(c, orientation)) for c in range(model.columnCount())]

    # -- widths ------------------------------------------------------------------------

    def _stretches(self, column: int) -> bool:
        """Whether `column` is the last one shown and the header stretches it."""
        header = self.header
        if not header.stretchLastSection():
            return False
        for visual in reversed(range(header.count())):
            logical = header.logicalIndex(visual)
            if not header.isSectionHidden(logical):
                return logical == column
        return False

    def user_sized(self, column: int) -> bool:
        """Whether the user chose `column`'s width (now, or in a run it was restored from)."""
        if self._stretches(column):
            return False
        if column in self._user:
            return True
        auto = self._auto.get(column)
        hidden = self.header.isSectionHidden(column)
        return auto is not None and not hidden and self.header.sectionSize(column) != auto

    def fit(self, column: int, width: int) -> None:
        """Give `column` `width` pixels, unless the user sized it or it stretches."""
        if self.user_sized(column) or self._stretches(column):
            return
        self.header.resizeSection(column, width)
        self._auto[column] = width

    def fit_to_text(self) -> None:
        """Widen each shown column to fit its title and cells (at most MAX_FIT_CHARS),
        except those the user sized and the one that stretches; a column fitted before
        only widens."""
        limit = self.view.fontMetrics().averageCharWidth() * MAX_FIT_CHARS
        for column in range(self.header.count()):
            if self.header.isSectionHidden(column):
                continue
            wanted = max(self.view.sizeHintForColumn(column), self.header.sectionSizeHint(column))
            wanted = min(wanted, max(limit, self.header.sectionSizeHint(column)))
            if column not in self._auto or wanted > self.header.sectionSize(column):
                self.fit(column, wanted)

    # -- shown and hidden --------------------------------------------------------------

    def set_shown(self, column: int, shown: bool) -> None:
        """Show or hide `column` (the first column is always shown)."""
        if column == 0:
            return
        self.header.setSectionHidden(column, not shown)
        if shown and self._fit_text:
            self.fit_to_text()

    def column_menu(self) -> QMenu:
        """The header's context menu: one checkable entry per column, shown or not."""
        menu = QMenu(self.header)
        menu.setObjectName("columnMenu")
        for column, title in enumerate(self.titles()):
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not self.header.isSectionHidden(column))
            action.setEnabled(column != 0)  # it names the row: never hidden
            action.toggled.connect(functools.partial(self.set_shown, column))
        return menu

    def _popup(self, pos: QPoint) -> None:
        menu = self.column_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.header.mapToGlobal(pos))

    # -- kept across runs --------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        """What restore() takes: {"shown": {title: bool} for every column, "widths":
        {title: pixels} for the shown columns the user sized}."""
        titles = self.titles()
        return {
            "shown": {t: not self.header.isSectionHidden(c) for c, t in enumerate(titles)},
            "widths": {
                t: self.header.sectionSize(c)
                for c, t in enumerate(titles)
                if not self.header.isSectionHidden(c) and self.user_sized(c)
            },
        }

    def restore(self, state: object) -> None:
        """Show, hide and size the columns as `state` (a state() of an earlier run) says.

        A column it does not name keeps its default; values of the wrong shape (the
        file may have been edited) are ignored. Never raises.
        """
        if not isinstance(state, dict):
            return
        shown, widths = state.get("shown"), state.get("widths")
        shown = shown if isinstance(shown, dict) else {}
        widths = widths if isinstance(widths, dict) else {}
        for column, title in enumerate(self.titles()):
            width = widths.get(title)
            if type(width) is int and 0 < width <= MAX_WIDTH:
                self.header.resizeSection(column, width)
                self._user.add(column)
            visible = shown.get(title)
            if column and isinstance(visible, bool):
                self.header.setSectionHidden(column, not visible)
