"""The event log pane as a user meets it: filters, details, scrolling, clearing, export."""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QHeaderView, QTableView, QToolButton

from qmpgui.log.entry import LogEntry, LogKind
from qmpgui.models import event_log_filter
from qmpgui.models.event_log import ENTRY_ROLE, EventLogModel
from qmpgui.models.event_log_filter import CHUNK_ROWS
from qmpgui.models.palette import Tone, colour
from qmpgui.ui import event_log_view
from qmpgui.ui.event_log_export import default_export_name
from qmpgui.ui.event_log_view import EventLogView
from qmpgui.ui.json_text import json_spans, pretty_json
from tests.helpers.entries import entry
from tests.helpers.runner import AsyncRunner


def mixed() -> list[LogEntry]:
    return [
        entry(0, "vm1", "STOP"),
        entry(1, "vm2", "DEVICE_TRAY_MOVED", id="cd0"),
        entry(2, "vm1", "RESUME"),
        entry(3, "vm2", "STOP"),
        entry(4, "vm1", "SHUTDOWN", reason="guest-shutdown"),
        LogEntry(1_795_290_005.0, "vm2", LogKind.COMMAND, "eject", "Eject cd0: done", {}),
    ]


def make_view(qtbot: Any, limit: int = 1000) -> EventLogView:
    view = EventLogView(EventLogModel(limit=limit))
    qtbot.addWidget(view)
    view.resize(900, 300)
    view.show()
    qtbot.waitExposed(view)
    return view


def feed(view: EventLogView, entries: Iterable[LogEntry]) -> None:
    view.model.append(entries)
    view.model.flush()


def shown(view: EventLogView) -> list[LogEntry]:
    proxy = view.proxy
    return [proxy.index(row, 0).data(ENTRY_ROLE) for row in range(proxy.rowCount())]


def name_actions(view: EventLogView) -> dict[str, QAction]:
    return {a.text(): a for a in view.names_menu.actions() if a.isCheckable()}


def test_the_pane_has_its_stable_names_and_no_per_row_layout(qtbot: Any) -> None:
    view = make_view(qtbot)
    assert view.objectName() == "eventLogPane"
    table = view.findChild(QTableView, "eventLogView")
    assert table is view.table and table.model() is view.proxy
    for name in (
        "eventLogVmFilter",
        "eventLogNameFilter",
        "eventLogSearch",
        "eventLogExport",
        "eventLogDetails",
        "eventLogCounts",
    ):
        assert view.findChild(object, name) is not None, name
    for name in ("eventLogPause", "eventLogClear", "eventLogFind"):
        assert isinstance(view.findChild(QAction, name), QAction), name
    for name, menu in (
        ("eventLogNameFilter", view.names_menu),
        ("eventLogExport", view.export_menu),
    ):
        button = view.findChild(QToolButton, name)
        assert button.menu() is menu
        assert button.popupMode() == QToolButton.ToolButtonPopupMode.InstantPopup
    assert [a.text() for a in view.export_menu.actions()] == [
        "All entries…",
        "Entries shown…",
        "Selected entries…",
    ]
    assert not table.wordWrap() and not table.verticalHeader().isVisible()
    rows = table.verticalHeader()
    assert rows.sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed
    columns = table.horizontalHeader()
    assert columns.stretchLastSection()
    for column in range(columns.count()):
        assert columns.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive


def test_filters_by_vm_names_and_text(qtbot: Any, qtmodeltester: Any) -> None:
    view = make_view(qtbot)
    feed(view, mixed())
    box = view.vm_box
    assert [box.itemText(i) for i in range(box.count())] == ["All VMs", "vm1", "vm2"]
    box.setCurrentIndex(box.findText("vm2"))
    assert [e.vm for e in shown(view)] == ["vm2"] * 3
    assert view.counts.text() == "3 of 6 entries"

    actions = name_actions(view)
    assert list(actions) == [
        "All names",
        "DEVICE_TRAY_MOVED",
        "RESUME",
        "SHUTDOWN",
        "STOP",
        "eject",
    ]
    assert all(a.isChecked() for a in actions.values())
    assert view.name_button.text() == "All names"
    actions["STOP"].trigger()  # untick STOP
    assert not actions["All names"].isChecked() and not actions["STOP"].isChecked()
    assert view.name_button.text() == "4 names"
    assert [e.name for e in shown(view)] == ["DEVICE_TRAY_MOVED", "eject"]
    box.setCurrentIndex(0)
    assert [e.name for e in shown(view)] == ["DEVICE_TRAY_MOVED", "RESUME", "SHUTDOWN", "eject"]
    qtmodeltester.check(view.proxy)

    view.search.setText("GUEST-shut")  # the data, ignoring case
    qtbot.waitUntil(lambda: view.proxy.rowCount() == 1)
    assert shown(view) == [mixed()[4]]
    actions["STOP"].trigger()  # tick it again: every name is ticked, so all are shown
    assert view.name_button.text() == "All names" and actions["All names"].isChecked()
    view.search.clear()
    qtbot.waitUntil(lambda: view.proxy.rowCount() == 6)
    assert shown(view) == mixed()
    qtmodeltester.check(view.proxy)


def test_ctrl_f_goes_to_the_text_filter(qtbot: Any) -> None:
    view = make_view(qtbot)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.setFocus()  # the pane hands focus to its table
    qtbot.waitUntil(view.table.hasFocus)
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search.hasFocus()


def test_the_names_menu_follows_the_names_in_the_log(qtbot: Any) -> None:
    view = make_view(qtbot, limit=10)
    feed(view, [entry(n, name="STOP") for n in range(4)])
    assert list(name_actions(view)) == ["All names", "STOP"]
    feed(view, [entry(4, name="RESUME")])
    assert list(name_actions(view)) == ["All names", "RESUME", "STOP"]
    name_actions(view)["RESUME"].trigger()
    assert view.name_button.text() == "1 name"
    assert [e.name for e in shown(view)] == ["STOP"] * 4
    feed(view, [entry(5 + n, name="POWERDOWN") for n in range(10)])  # STOP and RESUME drop
    assert view.model.names() == ["POWERDOWN"]
    # STOP stays while ticked, so the choice can be undone; RESUME leaves the menu
    actions = name_actions(view)
    assert list(actions) == ["All names", "POWERDOWN", "STOP"]
    assert not actions["POWERDOWN"].isChecked() and actions["STOP"].isChecked()
    assert shown(view) == []
    actions["All names"].trigger()
    assert len(shown(view)) == 10 and view.name_button.text() == "All names"
    feed(view, [entry(20 + n, name="RESET") for n in range(10)])
    assert list(name_actions(view)) == ["All names", "RESET"]


def test_the_vm_list_follows_the_vms_in_the_log(qtbot: Any) -> None:
    view = make_view(qtbot, limit=4)
    feed(view, [entry(0, vm="vm1"), entry(1, vm="vm2")])
    box = view.vm_box
    box.setCurrentIndex(box.findText("vm1"))
    feed(view, [entry(2, vm="vm3")])
    assert [box.itemText(i) for i in range(box.count())] == ["All VMs", "vm1", "vm2", "vm3"]
    assert box.currentText() == "vm1" and len(shown(view)) == 1
    feed(view, [entry(3 + n, vm="vm3") for n in range(4)])  # vm1 and vm2 drop
    assert [box.itemText(i) for i in range(box.count())] == ["All VMs", "vm1", "vm3"]
    assert box.currentText() == "vm1" and shown(view) == []


def test_the_selected_entry_shows_whole_as_highlighted_json(qtbot: Any) -> None:
    view = make_view(qtbot)
    entries = mixed()
    feed(view, entries)
    assert view.details.toPlainText() == ""
    view.table.selectRow(1)
    text = view.details.toPlainText()
    assert text == pretty_json(entries[1].to_json())
    assert list(json.loads(text)) == [
        "time",
        "vm",
        "endpoint",
        "kind",
        "name",
        "summary",
        "level",
        "data",
    ]
    assert LogEntry.from_json(json.loads(text)) == entries[1]
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert LogEntry.from_json(json.loads(view.details.toPlainText())) == entries[2]
    block = view.details.document().findBlockByNumber(2)  # '  "vm": "vm2",'
    qtbot.waitUntil(lambda: bool(block.layout().formats()))
    colours = [f.format.foreground().color().name() for f in block.layout().formats()]
    assert colours == [colour(Tone.JSON_KEY).name(), colour(Tone.JSON_STRING).name()]
    view.search.setText("no such text")
    qtbot.waitUntil(lambda: view.proxy.rowCount() == 0)
    assert view.details.toPlainText() == ""  # the row went out of view


def test_json_spans_colour_tokens_but_not_what_strings_contain() -> None:
    line = '  "a: 1": [-1.5e3, true, null, "x\\" 2"],'
    spans = [(line[start:end], tone) for start, end, tone in json_spans(line)]
    assert spans == [
        ('"a: 1"', Tone.JSON_KEY),
        ("-1.5e3", Tone.JSON_NUMBER),
        ("true", Tone.JSON_LITERAL),
        ("null", Tone.JSON_LITERAL),
        ('"x\\" 2"', Tone.JSON_STRING),
    ]
    assert pretty_json({"b": "ü", "a": [1]}) == '{\n  "b": "ü",\n  "a": [\n    1\n  ]\n}'


def test_highlighting_lines_with_characters_beyond_the_bmp(qtbot: Any) -> None:
    view = make_view(qtbot)
    view.details.setPlainText('{"😀": 12}')
    block = view.details.document().firstBlock()
    qtbot.waitUntil(lambda: bool(block.layout().formats()))
    ranges = [(f.start, f.length) for f in block.layout().formats()]
    assert ranges == [(1, 4), (7, 2)]  # Qt counts the emoji as two units


def test_pause_keeps_the_table_still_and_unpausing_follows_again(qtbot: Any) -> None:
    view = make_view(qtbot)
    bar = view.table.verticalScrollBar()
    feed(view, [entry(n) for n in range(200)])
    assert bar.maximum() > 0 and bar.value() == bar.maximum()
    QApplication.processEvents()  # the table's delayed layout changes nothing
    assert bar.value() == bar.maximum()
    pause = view.findChild(QAction, "eventLogPause")
    pause.trigger()
    assert view.paused
    bar.setValue(10)
    old_maximum = bar.maximum()
    feed(view, [entry(200 + n) for n in range(100)])
    qtbot.waitUntil(lambda: bar.maximum() > old_maximum)  # the table knows of the new rows
    assert bar.value() == 10
    pause.trigger()
    assert not view.paused
    feed(view, [entry(300 + n) for n in range(100)])
    assert bar.value() == bar.maximum()
    bar.setValue(0)
    feed(view, [entry(400)])
    assert bar.value() == bar.maximum()


def select_rows(view: EventLogView, rows: Iterable[int]) -> None:
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        view.table.selectionModel().select(view.proxy.index(row, 0), flags)


def test_a_filter_change_keeps_a_small_selection_and_drops_a_large_one(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = make_view(qtbot)
    entries = mixed()
    feed(view, entries)
    view.table.selectRow(4)
    select_rows(view, [0])
    view.vm_box.setCurrentIndex(view.vm_box.findText("vm1"))
    assert view.entries_for("selected") == [entries[0], entries[4]]
    assert view.proxy.entry(view.table.currentIndex().row()) == entries[4]
    monkeypatch.setattr(event_log_view, "KEEP_SELECTION_MAX", 2)
    view.vm_box.setCurrentIndex(0)
    select_rows(view, range(6))
    view.vm_box.setCurrentIndex(view.vm_box.findText("vm1"))
    assert view.entries_for("selected") == []
    assert view.proxy.entry(view.table.currentIndex().row()) == entries[4]
    assert LogEntry.from_json(json.loads(view.details.toPlainText())) == entries[4]


def test_clear_empties_the_log_and_the_details(qtbot: Any) -> None:
    view = make_view(qtbot, limit=5)
    feed(view, mixed())
    view.table.selectRow(0)
    assert view.details.toPlainText()
    view.findChild(QAction, "eventLogClear").trigger()
    assert view.model.rowCount() == 0 and view.proxy.rowCount() == 0
    assert view.details.toPlainText() == ""
    assert view.counts.text() == "0 of 0 entries"
    assert list(name_actions(view)) == ["All names"]
    assert view.vm_box.count() == 1
    feed(view, [entry(9)])
    assert shown(view) == [entry(9)] and view.counts.text() == "1 of 1 entry"


def test_the_counts_tell_shown_total_and_dropped(qtbot: Any) -> None:
    view = make_view(qtbot, limit=5)
    assert view.counts.text() == "0 of 0 entries"
    feed(view, mixed()[:4])
    assert view.counts.text() == "4 of 4 entries"
    view.vm_box.setCurrentIndex(view.vm_box.findText("vm1"))
    assert view.counts.text() == "2 of 4 entries"
    feed(view, [entry(10 + n, vm="vm2") for n in range(3)])
    assert view.counts.text() == "1 of 5 entries; 2 oldest dropped (limit 5)"
    view.model.limit = 100_000
    feed(view, [entry(20 + n) for n in range(1500)])
    assert view.counts.text() == "1,501 of 1,505 entries; 2 oldest dropped (limit 100,000)"


def read_back(path: Path) -> list[LogEntry | None]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [LogEntry.from_json(json.loads(line)) for line in lines]


def test_export_writes_all_shown_or_selected_entries(qtbot: Any, tmp_path: Path) -> None:
    view = make_view(qtbot)
    entries = [*mixed(), entry(9, "vm1", "STOP", note="Grüße")]
    feed(view, entries)
    view.vm_box.setCurrentIndex(view.vm_box.findText("vm1"))
    assert not view.action_export_selected.isEnabled()
    select_rows(view, (3, 0))  # picked bottom first: the file keeps the log's order
    assert view.action_export_selected.isEnabled()

    assert view.export(tmp_path / "all.jsonl", "all") == 7
    assert read_back(tmp_path / "all.jsonl") == entries
    assert "Grüße" in (tmp_path / "all.jsonl").read_text(encoding="utf-8")
    assert view.export(tmp_path / "shown.jsonl", "shown") == 4
    assert read_back(tmp_path / "shown.jsonl") == [e for e in entries if e.vm == "vm1"]
    assert view.export(tmp_path / "selected.jsonl", "selected") == 2
    assert read_back(tmp_path / "selected.jsonl") == [entries[0], entries[6]]
    with pytest.raises(ValueError):
        view.export(tmp_path / "x.jsonl", "some")


def test_export_from_the_menu_writes_in_the_background(
    qtbot: Any, arun: AsyncRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = make_view(qtbot)
    feed(view, mixed())
    view.search.setText("vm2")
    qtbot.waitUntil(lambda: view.proxy.rowCount() == 3)
    target = tmp_path / "shown.jsonl"
    asked: list[str] = []

    def choose(_parent: Any, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    messages: list[tuple[str, str]] = []
    view.message.connect(lambda level, text: messages.append((level, text)))
    view.findChild(QAction, "eventLogExportShown").trigger()
    arun.wait(lambda: bool(messages))
    assert messages == [("info", f"exported 3 entries to {target}")]
    assert read_back(target) == [e for e in mixed() if e.vm == "vm2"]
    assert re.fullmatch(r"qmpgui-log-\d{8}-\d{6}\.jsonl", Path(asked[0]).name)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: ("", ""))
    view.findChild(QAction, "eventLogExportAll").trigger()  # cancelled: nothing happens
    assert not view._tasks and len(messages) == 1


def test_export_to_an_unwritable_place_says_why(
    qtbot: Any, arun: AsyncRunner, tmp_path: Path
) -> None:
    view = make_view(qtbot)
    feed(view, mixed())
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    messages: list[tuple[str, str]] = []
    view.message.connect(lambda level, text: messages.append((level, text)))
    target = blocker / "log.jsonl"  # a file is no folder, not even for root
    task = view.start_export(target, "all")
    arun.wait(task.done)
    assert task.result() is None
    assert messages == [("error", f"could not export to {target}: Not a directory")]


def test_the_default_export_name_carries_the_time() -> None:
    moment = datetime.datetime(2026, 3, 4, 5, 6, 7)
    assert default_export_name(moment) == "qmpgui-log-20260304-050607.jsonl"


def test_a_large_log_filters_between_frames_keeping_the_current_row(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(event_log_filter, "SLICE_SECONDS", 0.0)  # one chunk a slice, however fast
    view = make_view(qtbot, limit=10_000)
    entries = [entry(n, vm=f"vm{n % 2}") for n in range(3 * CHUNK_ROWS)]
    feed(view, entries)
    view.table.selectRow(11)
    view.search.setText("#1")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert view.proxy.busy  # the change returned before every row was looked at
    assert view.counts.text() == "1,500 of 1,500 entries; filtering…"
    qtbot.waitUntil(lambda: not view.proxy.busy)
    expected = [e for e in entries if e.summary.startswith("STOP #1")]
    assert shown(view) == expected
    assert view.counts.text() == f"{len(expected):,} of 1,500 entries"
    assert view.proxy.entry(view.table.currentIndex().row()) == entries[11]
    assert view.entries_for("selected") == [entries[11]]
    assert LogEntry.from_json(json.loads(view.details.toPlainText())) == entries[11]
    bar = view.table.verticalScrollBar()
    assert bar.value() == bar.maximum()  # not paused: the newest rows are in view

    view.search.setText("#10")  # the current row does not match
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    feed(view, [entry(2000), entry(1001)])  # arriving meanwhile
    qtbot.waitUntil(lambda: not view.proxy.busy)
    assert [e.data["n"] for e in shown(view)] == [
        n for n in [*range(3 * CHUNK_ROWS), 2000, 1001] if str(n).startswith("10")
    ]
    assert not view.table.currentIndex().isValid() and view.details.toPlainText() == ""
    assert view.entries_for("shown") == shown(view)
