"""Every shortcut of the window does one thing: Qt fires neither of two actions that
share one ("ambiguous shortcut"), so a clash would leave both keys dead."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QWidget

from qmpgui.ui.panes import Pane
from tests.helpers.windows import Windows


def test_no_two_actions_of_the_window_share_a_shortcut(windows: Windows) -> None:
    window = windows.open()
    owners: dict[str, set[str]] = defaultdict(set)
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            owners[key.toString()].add(action.objectName() or action.text())
    shared = {key: names for key, names in owners.items() if len(names) > 1}
    assert shared == {}
    assert owners["Ctrl+Shift+A"] == {"actionAddConnection"}
    assert owners["Ctrl+Shift+N"] == {"actionSnapshotCreate"}
    # Refresh has F5 alone on every desktop: GNOME's standard Refresh adds Ctrl+R (Resume).
    assert owners["Ctrl+R"] == {"actionCont"} and owners["F5"] == {"actionRefresh"}
    assert owners["Ctrl+Shift+H"] == {"actionDeviceAdd"}


def _scope(item: QAction | QShortcut) -> list[QWidget] | None:
    """The widgets whose focus a shortcut needs, or None when the whole window is."""
    context = item.context() if isinstance(item, QShortcut) else item.shortcutContext()
    if context in (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut):
        return None
    if isinstance(item, QShortcut):
        parent = item.parent()
        return [parent] if isinstance(parent, QWidget) else None
    return [w for w in item.associatedObjects() if isinstance(w, QWidget)]


def _overlap(one: list[QWidget] | None, other: list[QWidget] | None) -> bool:
    if one is None or other is None:
        return True
    return any(a is b or a.isAncestorOf(b) or b.isAncestorOf(a) for a in one for b in other)


def test_no_two_shortcuts_of_the_window_clash_panes_and_their_views_too(
    windows: Windows,
) -> None:
    # Every QAction and QShortcut of the window and its panes: two with one key clash
    # where the focus can be in both scopes (a window-wide one, or nested widgets).
    window = windows.open()
    panes = [window.panes.widget(i) for i in range(window.panes.count())]  # each one built
    assert all(isinstance(pane, Pane) for pane in panes)
    found: list[tuple[str, str, list[QWidget] | None]] = []
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            found.append((key.toString(), action.objectName() or action.text(), _scope(action)))
    for shortcut in window.findChildren(QShortcut):
        for key in shortcut.keys():  # noqa: SIM118 (a QShortcut, not a dict)
            found.append((key.toString(), shortcut.objectName() or "QShortcut", _scope(shortcut)))
    clashes = [
        (key, name, other_name)
        for i, (key, name, scope) in enumerate(found)
        for other_key, other_name, other_scope in found[i + 1 :]
        if key == other_key and _overlap(scope, other_scope)
    ]
    assert clashes == []
    keys = {key for key, _name, _scope in found}
    assert {"Ctrl+Shift+O", "Ctrl+Shift+X", "Ctrl+Shift+T"} <= keys
