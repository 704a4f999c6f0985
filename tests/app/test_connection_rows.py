"""A libvirt connection in the window's VM list, on libvirt's test driver
(`test:///default`: one running domain, "test", and no daemon): the tree's rows, its
keys, what a connection row selected offers, saving. The same against a real libvirtd
is tests/virt/test_connection_window.py."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from qmpgui.session import ConnState
from qmpgui.store.config import default_config_path
from qmpgui.ui.connection_dialog import ConnectionDialog
from tests.helpers.dialogs import when_modal
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, act

TEST_URI = "test:///default"
CONFIG = {"confirm_destructive": False, "vms": [{"name": "alpha", "endpoint": "tcp:127.0.0.1:1"}]}


def test_a_connection_from_the_dialog_shows_its_domains_under_it_and_is_saved(
    windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.open(config=CONFIG)
    assert not window.vm_list.rootIsDecorated()  # plain endpoints alone: rows as ever

    def fill(dialog: ConnectionDialog) -> None:
        dialog.uri_edit.setText(TEST_URI)
        dialog.accept()

    when_modal(ConnectionDialog, fill)
    act(window, "actionAddConnection").trigger()
    arun.wait(lambda: len(window.model.connections) == 1)
    (connection,) = window.model.connections
    arun.wait(lambda: connection.state is ConnState.CONNECTED)
    arun.wait(
        lambda: [s.configured_name for s in window.model.domain_sessions(connection)] == ["test"]
    )
    assert window.vm_list.rootIsDecorated()
    top = window.model.index_of(connection)
    assert window.vm_list.isExpanded(window.vm_list.index_of(connection))
    assert window.model.index(0, 3, top).data() == "test:///default#test"
    assert window.model.index(0, 0).data() == "alpha"  # the plain VM's row as it was
    saved = json.loads(default_config_path().read_text())
    assert saved["connections"] == [{"uri": TEST_URI, "autoconnect": True}]
    assert saved["vms"] == [{"name": "alpha", "endpoint": "tcp:127.0.0.1:1"}]


def test_the_tree_folds_with_left_and_right_and_finds_a_row_by_typing(
    windows: Windows, arun: AsyncRunner, qtbot: Any
) -> None:
    window = windows.open(TEST_URI, config=CONFIG)
    (connection,) = window.model.connections
    arun.wait(lambda: len(window.model.domain_sessions(connection)) == 1)
    view = window.vm_list
    top = view.index_of(connection)
    view.setFocus()
    view.setCurrentIndex(top)
    QTest.keyClick(view, Qt.Key.Key_Left)
    assert not view.isExpanded(top)
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert view.isExpanded(top)
    QTest.keyClick(view, Qt.Key.Key_Down)  # into the domain
    (domain,) = window.model.domain_sessions(connection)
    assert window.selection.current is domain
    QTest.keyClicks(view, "al")
    assert view.item(view.currentIndex()) is window.model.session(0)


def test_a_connection_row_selected_shows_no_vm_and_says_why_actions_are_off(
    windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.open(TEST_URI, config=CONFIG)
    (connection,) = window.model.connections
    arun.wait(lambda: connection.state is ConnState.CONNECTED)
    window.vm_list.setCurrentIndex(window.vm_list.index_of(connection))
    assert window.selection.current is None and window.selection.sessions == []
    for name in ("actionStop", "actionSystemReset", "actionScreendump", "actionEditVm"):
        assert not act(window, name).isEnabled(), name
        assert act(window, name).toolTip(), name
    assert act(window, "actionRemoveVm").isEnabled()
    assert act(window, "actionDisconnect").isEnabled()
    act(window, "actionDisconnect").trigger()
    assert connection.state is ConnState.DISCONNECTED
    assert window.model.index_of(connection, 1).data() == "disconnected"
    assert act(window, "actionConnect").isEnabled()
    act(window, "actionConnect").trigger()
    arun.wait(lambda: connection.state is ConnState.CONNECTED)
