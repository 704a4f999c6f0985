"""Every shortcut of the window does one thing: Qt fires neither of two actions that
share one ("ambiguous shortcut"), so a clash would leave both keys dead."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtGui import QAction

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
    assert owners["Ctrl+Shift+H"] == {"actionDeviceAdd"}
