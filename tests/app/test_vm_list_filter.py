"""The VM list's filter, sort and Select menu on real QEMUs: what the filter hides
leaves the selection (the actions and panes follow what is shown), a header click
sorts (stably, numbers in names and endpoints by value) and the sort is kept in the
config, and Select → All paused selects what the actions then act on."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from qmpgui.app.main_window import MainWindow
from qmpgui.models.vm_list import ENDPOINT, NAME, STATE
from qmpgui.ui.panes.status import StatusPane
from tests.helpers.qemu_vm import QemuVm, watched_status
from tests.helpers.runner import AsyncRunner
from tests.helpers.vm_list_rows import click_header, config_file_text, named, shown_tree
from tests.helpers.windows import Windows, act


def started(folder: Path, names: tuple[str, ...]) -> Iterator[list[QemuVm]]:
    """VMs of `names`, running, in that order, each in a folder of its name (in its
    endpoint)."""
    vms = []
    try:
        for name in names:
            (folder / name).mkdir()
            vms.append(QemuVm(folder / name, name=name).start())
        yield vms
    finally:
        for vm in vms:
            vm.stop()


@pytest.fixture
def three(short_tmp: Path) -> Iterator[list[QemuVm]]:
    """web1, db1 and cache1."""
    yield from started(short_tmp, ("web1", "db1", "cache1"))


@pytest.fixture
def numbered(short_tmp: Path) -> Iterator[list[QemuVm]]:
    """vm10, VM2 and vm1."""
    yield from started(short_tmp, ("vm10", "VM2", "vm1"))


def shown_names(window: MainWindow) -> list[str]:
    shown = window.vm_list.shown
    return [shown.index(row, NAME).data() for row in range(shown.rowCount())]


@pytest.mark.qemu
def test_rows_the_filter_hides_leave_the_selection_and_the_panes(
    three: list[QemuVm], windows: Windows, arun: AsyncRunner
) -> None:
    web, db, cache = three
    window = windows.on(web, db, cache)
    arun.wait(lambda: shown_names(window) == ["web1", "db1", "cache1"])
    window.vm_list.select_items([named(window, "web1"), named(window, "db1")])
    assert window.selection.current is named(window, "web1")
    assert window.pane(StatusPane).text("name") == "web1"
    window.vm_list_panel.filter_box.setText("db")
    assert shown_names(window) == ["db1"]
    # web1, current and selected, is hidden: db1, still selected, is current now.
    assert window.selection.sessions == [named(window, "db1")]
    assert window.selection.current is named(window, "db1")
    assert window.pane(StatusPane).text("name") == "db1"
    act(window, "actionStop").trigger()  # Pause acts on what is shown and selected
    arun.wait(lambda: watched_status(db) == "paused")
    assert watched_status(web) == "running"
    window.vm_list_panel.filter_box.clear()
    assert shown_names(window) == ["web1", "db1", "cache1"]
    assert window.selection.sessions == [named(window, "db1")]  # web1 stays unselected
    # The state is searched too, and a filter that hides the only VM selected leaves
    # none: the panes show no VM and the actions are off.
    arun.wait(lambda: named(window, "db1").run_status == "paused")
    window.vm_list_panel.filter_box.setText("RUNNING")
    assert shown_names(window) == ["web1", "cache1"]
    assert window.selection.sessions == [] and window.selection.current is None
    assert window.pane(StatusPane).text("name") == "No VM selected"
    assert not act(window, "actionStop").isEnabled()
    assert window.vm_list_panel.hidden_note.text() == "2 of 3"


@pytest.mark.qemu
def test_ctrl_f_in_the_list_goes_to_the_filter_and_escape_empties_it(
    qemu: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(qemu)
    arun.wait(window.isActiveWindow)
    window.vm_list.setFocus()
    arun.wait(window.vm_list.hasFocus)
    QTest.keyClick(window.vm_list, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    box = window.vm_list_panel.filter_box
    assert box.hasFocus()
    QTest.keyClicks(box, "nothing-like-it")
    assert shown_names(window) == []
    QTest.keyClick(box, Qt.Key.Key_Escape)
    assert box.text() == "" and shown_names(window) == ["testvm"]
    QTest.keyClick(box, Qt.Key.Key_Escape)  # empty: back to the list
    assert window.vm_list.hasFocus()


@pytest.mark.qemu
def test_a_header_click_sorts_stably_and_the_sort_is_kept(
    three: list[QemuVm], windows: Windows, arun: AsyncRunner
) -> None:
    web, db, cache = three
    db.watch.execute("stop")
    window = windows.on(web, db, cache)
    arun.wait(lambda: named(window, "db1").run_status == "paused")
    click_header(window, NAME)
    assert shown_names(window) == ["cache1", "db1", "web1"]
    click_header(window, NAME)
    assert shown_names(window) == ["web1", "db1", "cache1"]  # descending
    arun.wait(lambda: json.loads(config_file_text(window)).get("vm_list_sort") == "-name")
    click_header(window, NAME)  # a third click: the list's own order again
    assert shown_names(window) == ["web1", "db1", "cache1"]
    click_header(window, STATE)
    # paused before running; the two running keep the list's order (stable).
    assert shown_names(window) == ["db1", "web1", "cache1"]
    arun.wait(lambda: json.loads(config_file_text(window)).get("vm_list_sort") == "state")
    windows.close(window)
    again = windows.on(web, db, cache)  # the next start sorts as the last one did
    arun.wait(lambda: named(again, "db1").run_status == "paused")
    assert again.vm_list.header().sortIndicatorSection() == STATE
    assert shown_names(again) == ["db1", "web1", "cache1"]


@pytest.mark.qemu
def test_names_and_endpoints_sort_with_their_numbers_read_as_numbers(
    numbered: list[QemuVm], windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(*numbered)
    arun.wait(lambda: shown_names(window) == ["vm10", "VM2", "vm1"])
    click_header(window, NAME)
    assert shown_names(window) == ["vm1", "VM2", "vm10"]  # not vm1, vm10, VM2
    click_header(window, NAME)
    assert shown_names(window) == ["vm10", "VM2", "vm1"]
    click_header(window, NAME)  # the list's own order, then by endpoint (…/vm10/app.sock)
    click_header(window, ENDPOINT)
    assert shown_names(window) == ["vm1", "VM2", "vm10"]
    click_header(window, ENDPOINT)
    assert shown_names(window) == ["vm10", "VM2", "vm1"]
    act(window, "actionGroupConnection").trigger()  # and inside a group
    ((_, grouped),) = shown_tree(window)
    assert grouped == ["vm10", "VM2", "vm1"]
    click_header(window, NAME)
    ((_, grouped),) = shown_tree(window)
    assert grouped == ["vm1", "VM2", "vm10"]


@pytest.mark.qemu
def test_select_all_paused_selects_what_the_actions_then_act_on(
    three: list[QemuVm], windows: Windows, arun: AsyncRunner
) -> None:
    web, db, cache = three
    window = windows.on(web, db, cache)
    db.watch.execute("stop")
    cache.watch.execute("stop")
    arun.wait(
        lambda: [s.run_status for s in window.model.sessions] == ["running", "paused", "paused"]
    )
    window.select_session(named(window, "web1"))
    act(window, "actionSelectPaused").trigger()
    assert window.selection.sessions == [named(window, "db1"), named(window, "cache1")]
    act(window, "actionCont").trigger()  # Resume: both paused VMs, from outside seen
    arun.wait(lambda: watched_status(db) == "running" and watched_status(cache) == "running")
    arun.wait(lambda: all(s.run_status == "running" for s in window.model.sessions))
    act(window, "actionSelectRunning").trigger()
    assert len(window.selection.sessions) == 3
    act(window, "actionSelectProblems").trigger()  # none: said, the selection stays
    assert len(window.selection.sessions) == 3
    assert window.statusBar().currentMessage().startswith("Select: no VM shown has a problem")
