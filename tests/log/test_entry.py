"""Log entries: summaries in words, times, and the trip through JSON."""

from __future__ import annotations

import json

from qmpgui.log.entry import LogEntry, event_entry, format_time, summarise_event
from qmpgui.qmp import Event
from tests.helpers.entries import event


def test_summaries_read_as_words() -> None:
    shutdown = event("SHUTDOWN", {"guest": True, "reason": "guest-shutdown"})
    assert summarise_event(shutdown) == "SHUTDOWN guest=true reason=guest-shutdown"
    tray = event("DEVICE_TRAY_MOVED", {"device": "", "id": "cd0", "tray-open": True})
    assert summarise_event(tray) == "DEVICE_TRAY_MOVED cd0 open"
    assert summarise_event(event("STOP")) == "STOP"
    quoted = event("X", {"text": "two words", "n": 3, "list": [1, 2]})
    assert summarise_event(quoted) == 'X text="two words" n=3 list=[1,2]'
    error = event(
        "BLOCK_IO_ERROR",
        {"device": "disk0", "operation": "write", "action": "stop", "reason": "No space left"},
    )
    assert summarise_event(error) == "BLOCK_IO_ERROR disk0 write stop: No space left"
    assert event_entry("vm1", error).level == "error"


def test_times_have_microseconds_and_unknown_stays_unknown() -> None:
    stamped = event_entry("vm1", event("STOP"))
    assert stamped.time is not None and format_time(stamped.time).endswith(".278826")
    unknown = Event.parse({"event": "STOP", "timestamp": {"seconds": -1, "microseconds": -1}})
    assert format_time(event_entry("vm1", unknown).time) == "unknown"


def test_entries_survive_a_trip_through_json() -> None:
    original = event_entry(
        "vm1", event("RESET", {"guest": False, "reason": "host-qmp-system-reset"})
    )
    again = LogEntry.from_json(json.loads(json.dumps(original.to_json())))
    assert again == original
    for junk in (None, [], {"kind": "nonsense"}, {"kind": "event", "vm": 3}):
        assert LogEntry.from_json(junk) is None


def test_an_impossible_time_in_a_log_file_reads_as_unknown() -> None:
    for stamp in (1e400, float("nan"), 1e20):
        entry = LogEntry.from_json(
            {
                "time": stamp,
                "vm": "vm1",
                "kind": "event",
                "name": "STOP",
                "summary": "STOP",
                "level": "info",
                "data": {},
            }
        )
        assert entry is not None
        assert format_time(entry.time) == "unknown"
