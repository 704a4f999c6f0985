"""View → Group by on real QEMUs: the VM list grouped by connection (unix sockets here,
a TCP host, an SSH connection) or by host, each group a header row with its counts in
words that follow a VM stopped from outside; the filter, the sort and Select work
inside the groups; a header selected is no VM; the grouping is kept in the config,
and a folded group stays folded while rows change; the keyboard walks groups and VMs."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest

from qmpgui.app.main_window import MainWindow
from qmpgui.models.vm_list import NAME
from qmpgui.ui.panes.status import StatusPane
from tests.helpers.qemu_vm import QemuVm, watched_status
from tests.helpers.runner import AsyncRunner
from tests.helpers.sshd import Sshd, SshHome, free_port
from tests.helpers.vm_list_rows import click_header, config_file_text, named, shown_tree
from tests.helpers.windows import Windows, act

HERE = f"this machine ({socket.gethostname()})"
LOCAL = "unix sockets on this machine"


@pytest.fixture
def vms(short_tmp: Path) -> Iterator[dict[str, QemuVm]]:
    """web1 and db1 on unix sockets, cache1 with a TCP monitor too (on 127.0.0.1)."""
    made: dict[str, QemuVm] = {}
    try:
        for name in ("web1", "db1", "cache1"):
            (short_tmp / name).mkdir()
            port = free_port()
            extra = ["-qmp", f"tcp:127.0.0.1:{port},server=on,wait=off"]
            made[name] = QemuVm(short_tmp / name, name=name).start(
                extra=extra if name == "cache1" else None
            )
            made[name].tcp = f"tcp:127.0.0.1:{port}"  # type: ignore[attr-defined]
        yield made
    finally:
        for vm in made.values():
            vm.stop()


def open_on(windows: Windows, vms: dict[str, QemuVm], *more: str) -> MainWindow:
    endpoints = [str(vms["web1"].app_socket), str(vms["db1"].app_socket)]
    endpoints.append(vms["cache1"].tcp)  # type: ignore[attr-defined]
    return windows.on(*endpoints, *more)


@pytest.mark.qemu
@pytest.mark.sshd
def test_groups_by_connection_and_host_with_counts_that_follow_a_stop(
    vms: dict[str, QemuVm], sshd: Sshd, ssh_home: SshHome, windows: Windows, arun: AsyncRunner
) -> None:
    ssh_home.trust(sshd)
    ssh_home.config.write_text(
        f"Host vmhost1\n  HostName 127.0.0.1\n  Port {sshd.port}\n  User {sshd.user}\n"
    )
    (Path(sshd.folder) / "remote").mkdir()
    remote = QemuVm(Path(sshd.folder) / "remote", name="remote1").start()
    try:
        window = open_on(windows, vms, f"ssh://vmhost1{remote.app_socket}")
        arun.wait(
            lambda: (
                len(window.model.sessions) == 4
                and all(s.run_status == "running" for s in window.model.sessions)
            )
        )
        ungrouped = shown_tree(window)
        assert [name for name, _ in ungrouped] == ["web1", "db1", "cache1", "remote1"]
        menu = window.findChild(QAction, "actionGroupNone")
        assert menu is not None and menu.isChecked()
        act(window, "actionGroupConnection").trigger()
        assert shown_tree(window) == [
            (f"{LOCAL} — 2 VMs, 2 running", ["web1", "db1"]),
            ("tcp:127.0.0.1 — 1 VM, 1 running", ["cache1"]),
            ("ssh://vmhost1 — 1 VM, 1 running", ["remote1"]),
        ]
        vms["web1"].watch.execute("stop")  # from outside: a second monitor
        arun.wait(lambda: shown_tree(window)[0][0] == f"{LOCAL} — 2 VMs, 1 running")
        act(window, "actionGroupHost").trigger()
        assert shown_tree(window) == [
            (f"{HERE} — 3 VMs, 2 running", ["web1", "db1", "cache1"]),
            ("vmhost1 — 1 VM, 1 running", ["remote1"]),
        ]
        remote.watch.execute("stop")
        arun.wait(lambda: shown_tree(window)[1][0] == "vmhost1 — 1 VM, none running")
        shown = window.vm_list.shown
        header = shown.index(1, NAME)
        assert (
            header.data(Qt.ItemDataRole.AccessibleTextRole) == "group vmhost1: 1 VM, none running"
        )
        act(window, "actionGroupNone").trigger()  # back to the list as it was
        assert shown_tree(window) == ungrouped
    finally:
        remote.stop()


@pytest.mark.qemu
def test_filter_sort_select_and_keys_work_inside_the_groups(
    vms: dict[str, QemuVm], windows: Windows, arun: AsyncRunner
) -> None:
    window = open_on(windows, vms)
    act(window, "actionGroupConnection").trigger()
    view, box = window.vm_list, window.vm_list_panel.filter_box
    # The filter hides the groups it leaves empty; a header counts the VMs it shows.
    box.setText("db")
    assert shown_tree(window) == [(f"{LOCAL} — 1 of 2 VMs, 1 running", ["db1"])]
    assert window.vm_list_panel.hidden_note.text() == "1 of 3"
    header = view.shown.index(0, NAME)
    assert (
        header.data(Qt.ItemDataRole.AccessibleTextRole) == f"group {LOCAL}: 1 of 2 VMs, 1 running"
    )
    vms["db1"].watch.execute("stop")  # from outside: the count of the shown VMs follows
    arun.wait(lambda: shown_tree(window)[0][0] == f"{LOCAL} — 1 of 2 VMs, none running")
    vms["db1"].watch.execute("cont")
    arun.wait(lambda: shown_tree(window)[0][0] == f"{LOCAL} — 1 of 2 VMs, 1 running")
    box.setText("cache")
    assert shown_tree(window) == [("tcp:127.0.0.1 — 1 VM, 1 running", ["cache1"])]
    box.clear()
    # A sort orders the groups, and the VMs in each.
    click_header(window, NAME)
    assert shown_tree(window) == [
        ("tcp:127.0.0.1 — 1 VM, 1 running", ["cache1"]),
        (f"{LOCAL} — 2 VMs, 2 running", ["db1", "web1"]),
    ]
    # Select → All paused finds them in any group, and the actions act on them.
    vms["db1"].watch.execute("stop")
    vms["cache1"].watch.execute("stop")
    arun.wait(
        lambda: named(window, "cache1").run_status == "paused" == named(window, "db1").run_status
    )
    act(window, "actionSelectPaused").trigger()
    assert window.selection.sessions == [named(window, "db1"), named(window, "cache1")]
    act(window, "actionCont").trigger()
    arun.wait(lambda: watched_status(vms["db1"]) == "running" == watched_status(vms["cache1"]))
    # A header selected is no VM: no VM actions, the panes show none.
    view.setFocus()
    view.selectionModel().clearSelection()
    view.setCurrentIndex(view.shown.index(0, 0))
    assert window.selection.sessions == [] and window.selection.current is None
    assert not act(window, "actionStop").isEnabled()
    assert window.pane(StatusPane).text("name") == "No VM selected"
    # Down goes into the group, to its first VM; Left back to the header; Left folds
    # it, Right unfolds it; Down past a group's last VM goes to the next group.
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert window.selection.current is named(window, "cache1")
    assert window.pane(StatusPane).text("name") == "cache1"
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert view.item(view.currentIndex()) is None  # the next group's header
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert window.selection.current is named(window, "db1")
    QTest.keyClick(view, Qt.Key.Key_Left)
    header = view.currentIndex()
    assert view.item(header) is None and view.isExpanded(header)
    QTest.keyClick(view, Qt.Key.Key_Left)
    assert not view.isExpanded(header)
    QTest.keyClick(view, Qt.Key.Key_Down)  # folded: nothing below it to go to
    assert view.currentIndex() == header
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert view.isExpanded(header)
    # A double click folds and unfolds it too (Qt's press, then its double click).
    spot = QPoint(view.visualRect(header).left() + 10, view.visualRect(header).center().y())
    for folded in (True, False):
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
        QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
        assert view.isExpanded(header) is not folded
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert window.selection.current is named(window, "db1")


@pytest.mark.qemu
def test_the_grouping_and_folded_groups_are_kept(
    vms: dict[str, QemuVm], windows: Windows, arun: AsyncRunner
) -> None:
    window = open_on(windows, vms)
    act(window, "actionGroupConnection").trigger()
    arun.wait(lambda: json.loads(config_file_text(window)).get("vm_list_group") == "connection")
    view = window.vm_list
    local = view.shown.index(0, 0)
    view.collapse(local)
    # Rows change: a VM stopped; the filter takes web1 out of the folded group and
    # puts it back, then hides the other group and shows it again; a sort. The
    # folded group stays folded, the other stays open.
    vms["web1"].watch.execute("stop")
    arun.wait(lambda: shown_tree(window)[0][0] == f"{LOCAL} — 2 VMs, 1 running")
    box = window.vm_list_panel.filter_box
    for words in ("db", "", "web", ""):
        box.setText(words)
    click_header(window, NAME)
    click_header(window, NAME)

    def folded() -> dict[str, bool]:
        shown = view.shown
        tops = [shown.index(r, 0) for r in range(shown.rowCount())]
        return {str(i.data()).partition(" — ")[0]: not view.isExpanded(i) for i in tops}

    assert folded() == {LOCAL: True, "tcp:127.0.0.1": False}
    windows.close(window)
    again = open_on(windows, vms)  # the next start groups as the last one did
    assert act(again, "actionGroupConnection").isChecked()
    assert [name.partition(" — ")[0] for name, _ in shown_tree(again)] == [LOCAL, "tcp:127.0.0.1"]
    # At start the first VM is selected, not a header.
    assert again.selection.current is not None
