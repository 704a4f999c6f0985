"""Events of any shape reach the event log readable: a one-line summary, every
cell a string, and an entry that comes back whole from the log file's JSON.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import example, given
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from qmpgui.log.entry import (
    LogEntry,
    LogKind,
    command_entry,
    event_entry,
    format_time,
    summarise_event,
)
from qmpgui.models.event_log import HEADERS, EventLogModel
from qmpgui.qmp.types import Event
from tests.helpers.strategies import FUZZ, assert_one_line, events, json_values, texts

#: Events that broke a summary once: a line break in a value, a key or a name.
ODD_EVENTS: list[dict[str, Any]] = [
    {"event": "SHUTDOWN", "data": {"guest": True, "reason": "line\nbreak"}},
    {"event": "SHUTDOWN", "data": {"tab\tkey": 1, "cr\rkey": "\u2028"}},
    {"event": "DEVICE_TRAY_MOVED", "data": {"id": "cd0\n", "tray-open": True}},
    {"event": "BLOCK_IO_ERROR", "data": {"device": "d\x00", "reason": "disk\r\nfull"}},
    {"event": "STOP\nRESUME"},
]


def _examples(test: Any) -> Any:
    for raw in ODD_EVENTS:
        test = example(raw=raw)(test)
    return test


@FUZZ
@given(raw=events())
@_examples
def test_a_summary_is_one_line(raw: object) -> None:
    event = Event.parse(raw)
    assert_one_line(summarise_event(event), "summary")
    entry = event_entry("vm1", event)
    assert_one_line(entry.summary, "entry summary")
    assert_one_line(entry.name, "entry name")
    assert isinstance(format_time(entry.time), str)


@FUZZ
@given(raw=events())
@_examples
def test_an_entry_survives_a_trip_through_json(raw: object) -> None:
    entry = event_entry("vm1", Event.parse(raw))
    line = json.dumps(entry.to_json(), ensure_ascii=False)  # one line of the log file
    assert "\n" not in line
    back = LogEntry.from_json(json.loads(line))
    assert back == entry


@FUZZ
@given(
    command=texts,
    arguments=st.dictionaries(texts, json_values, max_size=3),
    error=st.none() | texts,
    note=texts,
)
def test_a_command_entry_is_one_line_and_survives_json(
    command: str, arguments: dict[str, Any], error: str | None, note: str
) -> None:
    entry = command_entry("vm1", "", command, arguments, 0.01, error=error, note=note)
    assert_one_line(entry.summary, "command summary")
    back = LogEntry.from_json(json.loads(json.dumps(entry.to_json())))
    assert back == entry


@FUZZ
@given(summary=texts, data=st.dictionaries(texts, json_values, max_size=3))
@example(summary="unexpected reply: GenericError: first\nsecond", data={})
def test_a_connection_entry_is_one_line_and_survives_json(
    summary: str, data: dict[str, Any]
) -> None:
    """What the session says about a reply (a server's error text) is one line too."""
    entry = LogEntry(1.5, "vm1", LogKind.CONNECTION, "problem", summary, data, "warning")
    assert_one_line(entry.summary, "connection summary")
    back = LogEntry.from_json(json.loads(json.dumps(entry.to_json())))
    assert back == entry


@FUZZ
@given(batches=st.lists(st.lists(events(), max_size=8), min_size=1, max_size=4))
def test_the_log_model_shows_any_events(qtmodeltester: Any, batches: list[list[object]]) -> None:
    model = EventLogModel(limit=10)
    qtmodeltester.check(model)
    for batch in batches:
        model.append(event_entry(f"vm{n % 2}", Event.parse(raw)) for n, raw in enumerate(batch))
        model.flush()
        qtmodeltester.check(model)
        assert model.rowCount() == min(10, model.rowCount())
        for row in range(model.rowCount()):
            for column in range(len(HEADERS)):
                index = model.index(row, column)
                text = model.data(index, Qt.ItemDataRole.DisplayRole)
                assert_one_line(text, f"row {row} {HEADERS[column]}")
                model.data(index, Qt.ItemDataRole.ForegroundRole)
    assert model.names() == sorted({e.name for e in model.entries()})
