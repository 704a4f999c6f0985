"""The real main window: add, edit, remove, connect, disconnect, config on disk."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QTreeView

from qmpgui.session import ConnState
from qmpgui.ui.panes.status import StatusPane
from tests.helpers.dialogs import answer_dialog, when_modal
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, config_file

STABLE_ACTIONS = ("actionAddVm", "actionRemoveVm", "actionConnect", "actionDisconnect")


def test_stable_names_are_reachable(windows: Windows) -> None:
    window = windows.open()
    for name in STABLE_ACTIONS:
        action = window.findChild(QAction, name)
        assert action is not None, name
        assert action.toolTip()
    assert window.findChild(QTreeView, "vmList") is window.vm_list
    assert window.findChild(type(window.pane(StatusPane)), "statusPane") is window.pane(StatusPane)
    assert window.windowIcon().isNull() is False
    # Nothing selected: the VM actions say why they are off.
    remove = window.findChild(QAction, "actionRemoveVm")
    assert not remove.isEnabled() and "select a VM first" in remove.toolTip()


@pytest.mark.qemu
def test_add_connect_edit_remove_and_config_on_disk(
    qemu: QemuVm, windows: Windows, arun: AsyncRunner, tmp_path: Path
) -> None:
    window = windows.open()
    answer_dialog(str(qemu.app_socket), "")
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

    answer_dialog(str(qemu.app_socket), "renamed")
    window.findChild(QAction, "actionEditVm").trigger()
    assert window.model.data(window.model.index(0, 0)) == "renamed"
    arun.wait(lambda: json.loads(config_file(tmp_path).read_text())["vms"][0]["name"] == "renamed")

    def confirm(box: QMessageBox) -> None:
        assert "renamed" in box.text() and "QEMU keeps running" in box.text()
        box.button(QMessageBox.StandardButton.Yes).click()

    when_modal(QMessageBox, confirm)
    window.findChild(QAction, "actionRemoveVm").trigger()
    assert window.model.rowCount() == 0
    arun.wait(lambda: json.loads(config_file(tmp_path).read_text())["vms"] == [])
    assert qemu.watch.execute("query-status")["status"] == "running"  # QEMU untouched


@pytest.mark.qemu
def test_command_line_endpoints_are_not_saved(
    qemu: QemuVm, windows: Windows, arun: AsyncRunner, tmp_path: Path
) -> None:
    window = windows.open(f"unix:{qemu.app_socket}", "tcp:127.0.0.1:1")
    vm, refused = window.model.sessions
    arun.wait(lambda: vm.connected and refused.state is ConnState.WAITING)
    assert refused.state_text() == "waiting for QEMU"  # nothing listens on the port yet
    assert refused.error == "connection refused: nothing listens on 127.0.0.1:1"
    window.config.poll_interval_s = 3  # any later save must still leave them out
    window.fleet.save_config()
    arun.wait(lambda: config_file(tmp_path).exists())
    assert json.loads(config_file(tmp_path).read_text())["vms"] == []
    windows.close(window)  # the close disconnects every VM
    assert vm.state is ConnState.DISCONNECTED


@pytest.mark.qemu
def test_a_socket_in_the_current_folder_on_the_command_line(
    short_tmp: Path,
    windows: Windows,
    arun: AsyncRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # `qmpgui db1.qmp` from the socket's folder, as shell completion writes it.
    db1 = short_tmp / "db1.qmp"
    qemu = QemuVm(short_tmp, name="db1").start(
        extra=["-qmp", f"unix:{db1},server=on,wait=off"], sockets=(db1,)
    )
    try:
        monkeypatch.chdir(short_tmp)
        # The saved VM on app.sock, named relative to the folder, is the same VM: one row.
        saved = {"vms": [{"name": "", "endpoint": str(qemu.app_socket), "autoconnect": False}]}
        window = windows.open("db1.qmp", "app.sock", config=saved)
        assert window.model.rowCount() == 2
        app_vm, db1_vm = window.model.sessions
        assert db1_vm.endpoint_text == str(db1)  # absolute: reconnects from any folder
        arun.wait(lambda: app_vm.connected and db1_vm.connected)
        arun.wait(lambda: db1_vm.run_status == "running" and db1_vm.display_name == "db1")
        monkeypatch.chdir(tmp_path)  # connecting again from another folder reaches it too
        window.select_session(db1_vm)
        window.findChild(QAction, "actionDisconnect").trigger()
        assert db1_vm.state is ConnState.DISCONNECTED
        window.findChild(QAction, "actionConnect").trigger()
        arun.wait(lambda: db1_vm.connected)
        window.findChild(QAction, "actionStop").trigger()
        arun.wait(lambda: qemu.watch.execute("query-status")["status"] == "paused")
    finally:
        qemu.stop()


def test_corrupt_config_is_reported_in_the_window(windows: Windows, tmp_path: Path) -> None:
    path = config_file(tmp_path)
    window = windows.open(config="{not json")
    assert window.banner.isVisible()
    assert "is not a valid configuration" in window.banner.label.text()
    assert "config.json.corrupt-" in window.banner.label.text()
    assert list(path.parent.glob("config.json.corrupt-*"))


@pytest.mark.qemu
def test_command_line_endpoint_of_a_saved_vm_connects_it_for_this_run_only(
    qemu: QemuVm, windows: Windows, arun: AsyncRunner, tmp_path: Path
) -> None:
    path = config_file(tmp_path)
    saved = {"vms": [{"name": "kept", "endpoint": str(qemu.app_socket), "autoconnect": False}]}
    window = windows.open(f"unix:{qemu.app_socket}", config=saved)
    assert window.model.rowCount() == 1  # the saved row, not a duplicate
    session = window.model.session(0)
    arun.wait(lambda: session.connected)
    window.fleet.save_config()
    arun.wait(lambda: json.loads(path.read_text()).get("poll_interval_s") == 2)
    assert json.loads(path.read_text())["vms"] == saved["vms"]  # autoconnect stays off
