"""The event log's name filter: a menu of the names seen, grouped under their kinds.

    All names            (every name, those to come too)
    No names
    Events
      [x] RESUME   only
      [x] STOP     only
    Commands
      [x] eject    only

Ticking and unticking keep the menu open, to choose several; **only** shows
that name alone (also Ctrl+Enter on its row). A name ticked stays in the menu
after its last entry has gone, so the choice can be undone.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QMenu,
    QStyle,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from qmpgui.i18n import marked, translate
from qmpgui.log.entry import LogKind

#: The heading of each kind's group, in the menu's order.
KIND_TITLES: Mapping[LogKind, str] = {
    LogKind.EVENT: marked("event_log", "Events"),
    LogKind.COMMAND: marked("event_log", "Commands"),
    LogKind.CONNECTION: marked("event_log", "Connection"),
    LogKind.APP: marked("event_log", "App"),
}


class CheckableMenu(QMenu):
    """A menu that stays open while its checkable items are ticked, for choosing several."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        action = self.activeAction()
        if action is not None and action.isEnabled() and action.isCheckable():
            action.trigger()
            return
        super().mouseReleaseEvent(event)


class NameRow(QWidget):
    """One name in the menu: its check box and its **only** button."""

    def __init__(self, name: str, action: QWidgetAction, menu: NameFilterMenu) -> None:
        super().__init__()
        self.name = name
        self._menu = menu
        self.box = QCheckBox(name)
        self.box.setToolTip(
            translate("NameRow", "Show or hide the entries named {name}").format(name=name)
        )
        self.only = QToolButton()
        self.only.setText("only")
        self.only.setObjectName("eventLogOnlyName")
        self.only.setAccessibleName(translate("NameRow", "Only {name}").format(name=name))
        self.only.setToolTip(
            translate("NameRow", "Show only the entries named {name} (Ctrl+Enter)").format(
                name=name
            )
        )
        self.only.setAutoRaise(True)
        self.only.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Ctrl+Enter on the row does it
        layout = QHBoxLayout(self)
        indent = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        layout.setContentsMargins(indent, 0, 4, 0)
        layout.setSpacing(12)
        layout.addWidget(self.box, 1)
        layout.addWidget(self.only)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the menu hands it the keys
        self.setFocusProxy(self.box)
        # The action carries the tick, as a plain checkable item would; the box shows it.
        # A click on the box does not trigger the action: a menu closes on that.
        self.box.clicked.connect(lambda checked=False: menu.tick(name, checked))
        action.toggled.connect(self.box.setChecked)
        self.only.clicked.connect(lambda _checked=False: menu.choose_only(name))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self._menu.choose_only(self.name)
            return
        super().keyPressEvent(event)


class NameFilterMenu(CheckableMenu):
    """The names menu of the event log (`eventLogNameMenu`).

    `rebuild()` lists the names of the log by kind; `show_choice()` ticks what the
    filter shows. What the user asks for comes as `changed`.
    """

    #: (frozenset[str] | None): the names to show; None shows every name, new ones too.
    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventLogNameMenu")
        #: The names shown (None: all), as show_choice() last said.
        self.chosen: frozenset[str] | None = None
        #: The names in the log at the last rebuild.
        self._in_log: frozenset[str] = frozenset()
        #: The kinds of each name listed, those ticked but gone from the log too.
        self._kinds: dict[str, set[LogKind]] = {}
        #: The rows of each name (one per kind it is listed under).
        self.rows: dict[str, list[NameRow]] = {}

    def rebuild(self, by_kind: Mapping[LogKind, list[str]]) -> None:
        """List the names of the log (`by_kind`, as EventLogModel.names_by_kind() gives
        them) and those ticked, each under its kinds."""
        kinds: dict[str, set[LogKind]] = {}
        for kind, names in by_kind.items():
            for name in names:
                kinds.setdefault(name, set()).add(kind)
        self._in_log = frozenset(kinds)
        for name in (self.chosen or frozenset()) - self._in_log:
            kinds[name] = self._kinds.get(name) or {_likely_kind(name)}
        self._kinds = kinds
        self.clear()
        self.rows = {}
        every = self.addAction(translate("NameFilterMenu", "All names"))
        every.setObjectName("eventLogAllNames")
        every.setCheckable(True)
        every.triggered.connect(lambda _checked=False: self.changed.emit(None))
        none = self.addAction(translate("NameFilterMenu", "No names"))
        none.setObjectName("eventLogNoNames")
        none.triggered.connect(lambda _checked=False: self.changed.emit(frozenset()))
        for kind, title in KIND_TITLES.items():
            names = sorted(name for name, found in kinds.items() if kind in found)
            if names:
                self._add_group(kind, title, names)
        self.show_choice(self.chosen)

    def _add_group(self, kind: LogKind, title: str, names: list[str]) -> None:
        self.addSeparator()
        heading = self.addAction(translate("event_log", title))
        heading.setObjectName(f"eventLogKind{kind.value.capitalize()}")
        heading.setEnabled(False)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        for name in names:
            action = QWidgetAction(self)
            action.setText(name)
            action.setData(name)
            action.setCheckable(True)
            row = NameRow(name, action, self)
            action.setDefaultWidget(row)
            action.triggered.connect(lambda checked=False, name=name: self.tick(name, checked))
            self.addAction(action)
            self.rows.setdefault(name, []).append(row)

    def show_choice(self, names: frozenset[str] | None) -> None:
        """Tick what the filter shows: every name (None), or `names`."""
        self.chosen = names
        for action in self.actions():
            name = action.data()
            if isinstance(name, str):
                action.setChecked(names is None or name in names)
            elif action.isCheckable():
                action.setChecked(names is None)

    def name_actions(self) -> list[QAction]:
        """The checkable item of each name listed (a name of two kinds: twice), in the
        menu's order."""
        return [a for a in self.actions() if isinstance(a.data(), str)]

    def choose_only(self, name: str) -> None:
        """Show the entries named `name` and no others."""
        self.changed.emit(frozenset({name}))

    def tick(self, name: str, ticked: bool) -> None:
        """Show (`ticked`) or hide the entries named `name`, besides those shown."""
        chosen = set(self._in_log if self.chosen is None else self.chosen)
        if ticked:
            chosen.add(name)
        else:
            chosen.discard(name)
        self.changed.emit(None if chosen >= self._in_log else frozenset(chosen))


def _likely_kind(name: str) -> LogKind:
    """The kind of a name chosen before any entry of it was seen: QMP events are
    upper case, commands lower case."""
    return LogKind.EVENT if name.isupper() else LogKind.COMMAND
