"""The trace events pane against QEMU 7.2: an event, a checked set and a pattern switched
on from the pane and read back through the test's own monitor, many events asked first,
a change made through another monitor shown after Refresh, and where the trace goes
read from QEMU's command line."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from qmpgui.app.main_window import MainWindow
from qmpgui.ui.panes.trace import CHECKED, MATCHING, SELECTED, TracePane
from tests.helpers.dialogs import answer_confirm
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows

ON_AT_START = "qmp_enter_query_version"


@pytest.fixture
def vm(short_tmp: Path) -> Iterator[QemuVm]:
    made = QemuVm(short_tmp, name="tracevm")
    made.start(extra=["-trace", f"enable={ON_AT_START}", "-D", str(short_tmp / "qemu.log")])
    yield made
    made.stop()


def trace_pane(window: MainWindow, arun: AsyncRunner) -> TracePane:
    """The pane on screen, once it lists QEMU's events."""
    pane = window.pane(TracePane)
    window.panes.setCurrentWidget(pane)
    arun.wait(lambda: pane.model.rowCount() > 1000)
    return pane


def state(vm: QemuVm, name: str) -> dict[str, str]:
    """Each event matching `name` and its state, as the test's own monitor reads it."""
    reply = vm.watch.execute("trace-event-get-state", {"name": name})
    return {event["name"]: event["state"] for event in reply}


def search(pane: TracePane, arun: AsyncRunner, text: str) -> None:
    pane.search.setText(text)
    pane.search.returnPressed.emit()
    arun.wait(lambda: pane.refresh_button.isEnabled() and pane._tasks.get("refresh") is None)


def shown_state(pane: TracePane, name: str) -> str:
    row = pane.model.row_of(name)
    event = pane.model.trace_event(row)
    return event.state if event is not None else "not listed"


@pytest.mark.qemu
def test_an_event_and_a_checked_set_enabled_from_the_pane_read_enabled_in_qemu(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(vm)
    pane = trace_pane(window, arun)
    assert shown_state(pane, ON_AT_START) == "enabled"
    # Where the trace goes: the -trace option, and the log backend's -D file.
    arun.wait(lambda: "-trace enable=" in pane.where.text())
    assert "qemu.log" in pane.where.text() and '"log"' in pane.where.text()

    name = "qmp_enter_query_status"
    assert state(vm, name) == {name: "disabled"}
    search(pane, arun, name)
    assert pane.proxy.rowCount() == 1
    pane.scope.setCurrentText(SELECTED)
    pane.view.selectionModel().select(
        pane.proxy.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert pane.enable_button.isEnabled()
    pane.enable_button.click()
    arun.wait(lambda: shown_state(pane, name) == "enabled")
    assert state(vm, name) == {name: "enabled"}

    checked = ["qmp_enter_query_pci", "qmp_exit_query_pci"]
    search(pane, arun, "query_pci")
    for event in checked:
        source = pane.model.index(pane.model.row_of(event), 0)
        pane.model.setData(source, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    pane.scope.setCurrentIndex(pane.scope.findText(f"{CHECKED} (2)"))
    pane.enable_button.click()
    arun.wait(lambda: all(shown_state(pane, e) == "enabled" for e in checked))
    assert state(vm, "qmp_*_query_pci") == dict.fromkeys(checked, "enabled")


@pytest.mark.qemu
def test_a_pattern_enables_every_matching_event_and_many_are_asked_first(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(vm)
    pane = trace_pane(window, arun)
    pattern = "qmp_enter_query_c*"
    search(pane, arun, pattern)
    matching = state(vm, pattern)
    assert 3 < pane.model.rowCount() == len(matching) <= 50
    assert set(matching.values()) == {"disabled"}
    pane.scope.setCurrentText(MATCHING)
    pane.enable_button.click()
    arun.wait(lambda: all(e.enabled for e in pane.model.events))
    assert set(state(vm, pattern).values()) == {"enabled"}
    assert set(state(vm, "qmp_exit_query_c*").values()) == {"disabled"}

    # Hundreds of events: asked first; refused, nothing changes.
    search(pane, arun, "qmp_exit_*")
    assert pane.model.rowCount() > 50
    refused = answer_confirm(accept=False)
    pane.enable_button.click()
    arun.wait(lambda: bool(refused.texts))
    assert "slow" in refused.texts[0]
    assert set(state(vm, "qmp_exit_*").values()) == {"disabled"}


@pytest.mark.qemu
def test_a_change_through_another_monitor_shows_after_refresh(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(vm)
    pane = trace_pane(window, arun)
    name = "qmp_enter_query_block"
    assert shown_state(pane, name) == "disabled"
    vm.watch.execute("trace-event-set-state", {"name": name, "enable": True})
    pane.refresh_button.click()
    arun.wait(lambda: shown_state(pane, name) == "enabled")


def choose(pane: TracePane, scope: str) -> None:
    """Choose `scope` in Apply to, as a user picks it (its shown text may carry a count)."""
    pane.scope.setCurrentIndex(pane.scope.findText(scope, Qt.MatchFlag.MatchStartsWith))


@pytest.mark.qemu
def test_checked_events_enable_only_the_checked_ones_not_every_event_matching(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(vm)
    pane = trace_pane(window, arun)
    search(pane, arun, "query_stat")
    matching = state(vm, "*query_stat*")
    assert len(matching) == pane.proxy.rowCount() > 1
    ticked = "qmp_enter_query_status"
    source = pane.model.index(pane.model.row_of(ticked), 0)
    pane.model.setData(source, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    choose(pane, CHECKED)
    assert pane.scope.currentText() == f"{CHECKED} (1)"
    assert pane.enable_button.toolTip() == "trace-event-set-state: enable 1 event"
    pane.enable_button.click()
    arun.wait(lambda: shown_state(pane, ticked) == "enabled")
    seen = state(vm, "*query_stat*")
    assert seen.pop(ticked) == "enabled"
    assert set(seen.values()) == {"disabled"}
    arun.wait(lambda: "1 event enabled" in pane.count.text())  # one, in words


def trace_lines(path: Path, name: str) -> int:
    """How many lines of `path` the log backend wrote for event `name`."""
    if not path.exists():
        return 0
    return sum(1 for line in path.read_text().splitlines() if line.startswith(name))


@pytest.mark.qemu
@pytest.mark.parametrize("with_d", [True, False], ids=["file-and-D", "file-alone"])
def test_where_the_trace_goes_names_the_file_the_lines_are_written_to(
    short_tmp: Path, windows: Windows, arun: AsyncRunner, with_d: bool
) -> None:
    """QEMU 7.2's log backend: -trace file= is the log file, over -D's and stderr."""
    log, trace_file = short_tmp / "c.log", short_tmp / "c-trace.log"
    extra = ["-D", str(log)] if with_d else []
    extra += ["-trace", f"enable={ON_AT_START},file={trace_file}"]
    made = QemuVm(short_tmp, name="tracefile")
    made.start(extra=extra)
    try:
        window = windows.on(made)
        pane = trace_pane(window, arun)
        arun.wait(lambda: "-trace enable=" in pane.where.text())
        assert f"written as lines to {trace_file} (-trace file= names" in pane.where.text()
        assert "stderr" not in pane.where.text()
        if with_d:
            assert f"wins over -D {log}" in pane.where.text()
        name = "qmp_enter_query_status"
        search(pane, arun, name)
        choose(pane, SELECTED)
        pane.view.selectRow(0)
        pane.enable_button.click()
        arun.wait(lambda: shown_state(pane, name) == "enabled")
        made.watch.execute("query-status")
        arun.wait(lambda: trace_lines(trace_file, name) > 0)
        assert trace_lines(log, name) == 0
    finally:
        made.stop()


@pytest.mark.qemu
def test_every_event_matching_leaves_out_an_unavailable_one_and_says_so_until_the_next_action(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    """QEMU refuses a pattern covering an event compiled out of its build ("event
    qxl_interface_set_mm_time is disabled"): the available ones are sent by name."""
    window = windows.on(vm)
    pane = trace_pane(window, arun)
    gone = "qxl_interface_set_mm_time"
    assert state(vm, gone) == {gone: "unavailable"}
    search(pane, arun, "qxl_interface")
    choose(pane, MATCHING)
    pane.enable_button.click()
    arun.wait(lambda: pane._tasks.get("switch") is None and pane._tasks.get("refresh") is None)
    seen = state(vm, "qxl_interface*")
    assert seen.pop(gone) == "unavailable"
    assert len(seen) > 3 and set(seen.values()) == {"enabled"}
    # The refresh after the switch keeps the outcome in the pane, the event named.
    assert f"{gone} is not available in this build of QEMU" in pane.count.text()
    assert f"{len(seen)} events enabled" in pane.count.text()
    pane.search.setText("qxl_interface_set")
    pane.search.textEdited.emit("qxl_interface_set")
    assert gone not in pane.count.text()
