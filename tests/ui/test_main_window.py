"""The real main window: add, edit, remove, connect, disconnect, config on disk."""

from __future__ import annotations

import asyncio
import json
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox, QTableView

from qmpgui.app import create_main_window
from qmpgui.app.main_window import MainWindow
from qmpgui.session import ConnState
from qmpgui.ui.panes.status import StatusPane
from tests.conftest import AsyncRunner
from tests.qemu_vm import QemuVm
from tests.ui.test_vm_dialog import answer_dialog

STABLE_ACTIONS = ("actionAddVm", "actionRemoveVm", "actionConnect", "actionDisconnect")


def open_window(arun: AsyncRunner, qtbot: Any, *argv: str) -> MainWindow:
    window = create_main_window(list(argv))
    qtbot.addWidget(window)
    window.show()
    return window


def close_window(arun: AsyncRunner, window: MainWindow) -> None:
    window.close()
    arun.wait(lambda: window._shut_down, timeout=15)
    assert not [t for t in asyncio.all_tasks(arun.loop) if not t.done()]


def config_file(tmp_path: Path) -> Path:
    return tmp_path / "config" / "qmpgui" / "config.json"


def test_stable_names_are_reachable(qloop: Any, arun: AsyncRunner, qtbot: Any) -> None:
    window = open_window(arun, qtbot)
    for name in STABLE_ACTIONS:
        action = window.findChild(QAction, name)
        assert action is not None, name
        assert action.toolTip()
    assert window.findChild(QTableView, "vmList") is window.vm_list
    assert window.findChild(type(window.pane(StatusPane)), "statusPane") is window.pane(StatusPane)
    assert window.windowIcon().isNull() is False
    # Nothing selected: the VM actions say why they are off.
    remove = window.findChild(QAction, "actionRemoveVm")
    assert not remove.isEnabled() and "select a VM first" in remove.toolTip()
    close_window(arun, window)


def test_add_connect_edit_remove_and_config_on_disk(
    qemu: QemuVm, arun: AsyncRunner, qtbot: Any, tmp_path: Path
) -> None:
    window = open_window(arun, qtbot)
    answer_dialog(qtbot, str(qemu.app_socket), "")
    window.findChild(QAction, "actionAddVm").trigger()
    session = window.model.session(0)
    arun.wait(lambda: session.connected)
    assert window.pane(StatusPane).text("name") == "testvm"  # the name defaults to query-name
    assert window.pane(StatusPane).text("uuid") == qemu.uuid
    assert window.pane(StatusPane).text("run_state") == "running"
    assert window.pane(StatusPane).text("commands").endswith("events")
    # Who runs QEMU, from the socket's peer credentials: the answer to "may it write there?"
    assert window.pane(StatusPane).text("process") == f"pid {qemu.pid}, user root" or (
        os.geteuid() != 0
        and window.pane(StatusPane).text("process").startswith(f"pid {qemu.pid}, ")
    )
    arun.wait(lambda: config_file(tmp_path).exists())
    saved = json.loads(config_file(tmp_path).read_text())
    assert saved["vms"] == [{"name": "", "endpoint": str(qemu.app_socket), "autoconnect": True}]

    window.findChild(QAction, "actionDisconnect").trigger()
    assert session.state is ConnState.DISCONNECTED
    assert window.findChild(QAction, "actionConnect").isEnabled()
    window.findChild(QAction, "actionConnect").trigger()
    arun.wait(lambda: session.connected)

    answer_dialog(qtbot, str(qemu.app_socket), "renamed")
    window.findChild(QAction, "actionEditVm").trigger()
    assert window.model.data(window.model.index(0, 0)) == "renamed"
    arun.wait(lambda: json.loads(config_file(tmp_path).read_text())["vms"][0]["name"] == "renamed")

    def confirm() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, confirm)
            return
        assert "renamed" in box.text() and "QEMU keeps running" in box.text()
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, confirm)
    window.findChild(QAction, "actionRemoveVm").trigger()
    assert window.model.rowCount() == 0
    arun.wait(lambda: json.loads(config_file(tmp_path).read_text())["vms"] == [])
    assert qemu.watch.execute("query-status")["status"] == "running"  # QEMU untouched
    close_window(arun, window)


def test_command_line_endpoints_are_not_saved(
    qemu: QemuVm, arun: AsyncRunner, qtbot: Any, tmp_path: Path
) -> None:
    window = open_window(arun, qtbot, f"unix:{qemu.app_socket}", "tcp:127.0.0.1:1")
    vm, refused = window.model.sessions
    arun.wait(lambda: vm.connected and refused.state is ConnState.ERROR)
    assert refused.state_text() == "error: connection refused: nothing listens on 127.0.0.1:1"
    assert "connection refused" in window.statusBar().currentMessage() or vm.connected
    window.config.poll_interval_s = 3  # any later save must still leave them out
    window.fleet.save_config()
    arun.wait(lambda: config_file(tmp_path).exists())
    assert json.loads(config_file(tmp_path).read_text())["vms"] == []
    close_window(arun, window)
    assert vm.state is ConnState.DISCONNECTED


def test_corrupt_config_is_reported_in_the_window(
    arun: AsyncRunner, qtbot: Any, tmp_path: Path
) -> None:
    path = config_file(tmp_path)
    path.parent.mkdir(parents=True)
    path.write_text("{not json")
    window = open_window(arun, qtbot)
    assert window.banner.isVisible()
    assert "is not a valid configuration" in window.banner.label.text()
    assert "config.json.corrupt-" in window.banner.label.text()
    assert list(path.parent.glob("config.json.corrupt-*"))
    close_window(arun, window)


def test_command_line_endpoint_of_a_saved_vm_connects_it_for_this_run_only(
    qemu: QemuVm, arun: AsyncRunner, qtbot: Any, tmp_path: Path
) -> None:
    path = config_file(tmp_path)
    path.parent.mkdir(parents=True)
    saved = {"vms": [{"name": "kept", "endpoint": str(qemu.app_socket), "autoconnect": False}]}
    path.write_text(json.dumps(saved))
    window = open_window(arun, qtbot, f"unix:{qemu.app_socket}")
    assert window.model.rowCount() == 1  # the saved row, not a duplicate
    session = window.model.session(0)
    arun.wait(lambda: session.connected)
    window.fleet.save_config()
    arun.wait(lambda: json.loads(path.read_text()).get("poll_interval_s") == 2)
    assert json.loads(path.read_text())["vms"] == saved["vms"]  # autoconnect stays off
    close_window(arun, window)
