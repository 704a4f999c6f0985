"""The event log's name filter as a user works it: names grouped under their kinds,
"only" one name, "No names", then ticking back the ones wanted."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from qmpgui.log.entry import LogEntry, LogKind
from qmpgui.models.event_log import ENTRY_ROLE, EventLogModel
from qmpgui.ui.event_log_view import EventLogView
from tests.helpers.entries import entry


def log_entries() -> list[LogEntry]:
    def made(n: int, kind: LogKind, name: str) -> LogEntry:
        return LogEntry(1_795_290_100.0 + n, "vm1", kind, name, f"{name} #{n}", {})

    return [
        entry(0, name="STOP"),
        made(1, LogKind.COMMAND, "stop"),
        entry(2, name="RESUME"),
        made(3, LogKind.CONNECTION, "connected"),
        made(4, LogKind.COMMAND, "eject"),
        entry(5, name="STOP"),
        made(6, LogKind.APP, "message"),
        made(7, LogKind.CONNECTION, "lost"),
    ]


def make_view(qtbot: Any) -> EventLogView:
    view = EventLogView(EventLogModel(limit=100))
    qtbot.addWidget(view)
    view.resize(900, 300)
    view.show()
    qtbot.waitExposed(view)
    view.model.append(log_entries())
    view.model.flush()
    return view


def open_menu(qtbot: Any, view: EventLogView) -> None:
    """The names menu on screen, as the button shows it (without its modal loop)."""
    button = view.name_button
    view.names_menu.popup(button.mapToGlobal(button.rect().bottomLeft()))
    qtbot.waitUntil(view.names_menu.isVisible)


def shown_names(view: EventLogView) -> list[str]:
    proxy = view.proxy
    return [proxy.index(row, 0).data(ENTRY_ROLE).name for row in range(proxy.rowCount())]


def menu_texts(view: EventLogView) -> list[str]:
    """The menu as it reads: separators as "-", the kinds' headings in brackets."""
    texts = []
    for action in view.names_menu.actions():
        if action.isSeparator():
            texts.append("-")
        elif not action.isEnabled():
            texts.append(f"[{action.text()}]")
        else:
            texts.append(action.text())
    return texts


def ticked(view: EventLogView) -> list[str]:
    return [a.text() for a in view.names_menu.name_actions() if a.isChecked()]


def action(view: EventLogView, name: str) -> QAction:
    return next(a for a in view.names_menu.actions() if a.objectName() == name)


def test_names_are_grouped_under_their_kinds(qtbot: Any) -> None:
    view = make_view(qtbot)
    assert menu_texts(view) == [
        "All names",
        "No names",
        "-",
        "[Events]",
        "RESUME",
        "STOP",
        "-",
        "[Commands]",
        "eject",
        "stop",
        "-",
        "[Connection]",
        "connected",
        "lost",
        "-",
        "[App]",
        "message",
    ]
    # Each name's row shows its tick and its "only" button.
    (row,) = view.names_menu.rows["eject"]
    assert row.box.text() == "eject" and row.box.isChecked()
    assert row.only.text() == "only" and row.only.accessibleName() == "Only eject"


def test_only_this_name_then_all_again(qtbot: Any) -> None:
    view = make_view(qtbot)
    open_menu(qtbot, view)
    (stop,) = view.names_menu.rows["STOP"]
    qtbot.mouseClick(stop.only, Qt.MouseButton.LeftButton)
    assert shown_names(view) == ["STOP", "STOP"]  # the event, not the command `stop`
    assert view.name_button.text() == "1 name"
    assert ticked(view) == ["STOP"]
    assert view.names_menu.isVisible()  # still open: the choice can go on
    assert not action(view, "eventLogAllNames").isChecked()
    # Ctrl+Enter on a row, for the keyboard: only that name.
    (lost,) = view.names_menu.rows["lost"]
    qtbot.keyClick(lost.box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert shown_names(view) == ["lost"] and ticked(view) == ["lost"]
    action(view, "eventLogAllNames").trigger()
    assert len(shown_names(view)) == 8 and view.name_button.text() == "All names"
    assert len(ticked(view)) == 7  # every name


def test_no_names_then_tick_the_ones_wanted(qtbot: Any) -> None:
    view = make_view(qtbot)
    open_menu(qtbot, view)
    action(view, "eventLogNoNames").trigger()
    assert shown_names(view) == []
    assert view.name_button.text() == "No names" and ticked(view) == []
    (eject,) = view.names_menu.rows["eject"]
    qtbot.mouseClick(eject.box, Qt.MouseButton.LeftButton)  # the box ticks its name
    (resume,) = view.names_menu.rows["RESUME"]
    qtbot.mouseClick(resume.box, Qt.MouseButton.LeftButton)
    assert shown_names(view) == ["RESUME", "eject"]
    assert view.name_button.text() == "2 names" and ticked(view) == ["RESUME", "eject"]
    qtbot.mouseClick(eject.box, Qt.MouseButton.LeftButton)  # and unticks it
    assert shown_names(view) == ["RESUME"]
    assert view.names_menu.isVisible()  # ticking keeps the menu open, to choose several
    # From the keyboard: the arrows go down the rows, Space ticks.
    menu = view.names_menu
    while menu.activeAction() is None or menu.activeAction().text() != "STOP":
        qtbot.keyClick(QApplication.focusWidget() or menu, Qt.Key.Key_Down)
    (stop,) = menu.rows["STOP"]
    assert stop.box.hasFocus()
    qtbot.keyClick(stop.box, Qt.Key.Key_Space)
    assert shown_names(view) == ["STOP", "RESUME", "STOP"]
    assert menu.isVisible()


def test_a_name_of_two_kinds_is_under_both_and_ticks_as_one(qtbot: Any) -> None:
    view = make_view(qtbot)
    view.model.append([LogEntry(1_795_290_200.0, "", LogKind.APP, "lost", "lost", {})])
    view.model.flush()
    assert menu_texts(view)[-4:] == ["-", "[App]", "lost", "message"]
    open_menu(qtbot, view)
    first, second = view.names_menu.rows["lost"]
    qtbot.mouseClick(first.only, Qt.MouseButton.LeftButton)
    assert shown_names(view) == ["lost", "lost"]
    assert first.box.isChecked() and second.box.isChecked()
    assert ticked(view) == ["lost", "lost"]
