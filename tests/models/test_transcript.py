"""The console transcript: exchanges and events as foldable trees of pretty JSON lines.

What a user sees in the console output: the header of each exchange, the reply
line by line as `json.dumps(indent=2)` prints it, folded containers in brief,
HMP output as plain lines, large replies cut with "show all", and the bounds
that keep the transcript from growing without end.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from qmpgui.models import transcript
from qmpgui.models.transcript import (
    IS_JSON_ROLE,
    LINE_ROLE,
    PREVIEW_CHARS,
    Action,
    Line,
    RowKind,
    TranscriptModel,
    measure,
    preview,
)
from qmpgui.qmp.types import Event
from qmpgui.session.console import Exchange

STARTED = 1_795_290_882.25
FOREGROUND = Qt.ItemDataRole.ForegroundRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole

STATUS_REPLY: dict[str, Any] = {
    "return": {"running": True, "singlestep": False, "status": "running"},
    "id": 7,
}
#: Every kind of JSON value, nested, empty containers and text beyond ASCII included.
RICH_REPLY: dict[str, Any] = {
    "return": [
        {
            "device": "ide1-cd0",
            "locked": False,
            "removable": True,
            "tray_open": None,
            "inserted": {"file": "/images/débian.iso", "ro": True, "cache": {"direct": False}},
            "io-status": "ok",
            "qdev": "/machine/unattached/device[23]",
            "dirty-bitmaps": [],
            "options": {},
            "ratio": 0.5,
            "count": -3,
        },
        [1, [2, [3, []]], "four"],
        "Grüße, 世界",
        42,
    ]
}


def clock(stamp: float) -> str:
    return datetime.datetime.fromtimestamp(stamp).strftime("%H:%M:%S.%f")


def exchange(
    command: str = "query-status",
    arguments: dict[str, Any] | None = None,
    ident: object = None,
    hmp_line: str | None = None,
) -> Exchange:
    message: dict[str, Any] = {"execute": command}
    if arguments is not None:
        message["arguments"] = arguments
    if ident is not None:
        message["id"] = ident
    return Exchange(vm="vm1", message=message, started=STARTED, hmp_line=hmp_line)


def answer(
    model: TranscriptModel,
    index: QModelIndex,
    reply: dict[str, Any],
    elapsed_s: float = 0.012,
) -> None:
    """What the console does when a reply comes: measure it, then finish the row."""
    item = model.item(index)
    assert item is not None and item.exchange is not None
    item.exchange.reply = reply
    item.exchange.elapsed_s = elapsed_s
    measured = measure(reply)
    model.finish(index, measured.size, measured.head, measured.full_text)


def add_answered(model: TranscriptModel, reply: dict[str, Any], **kwargs: Any) -> QModelIndex:
    index = QPersistentModelIndex(model.add_exchange(exchange(**kwargs)))
    answer(model, model.index(index.row(), 0), reply)
    return model.index(index.row(), 0)  # rows above may have gone at the bound


def event(name: str, data: dict[str, Any] | None = None) -> Event:
    raw: dict[str, Any] = {"event": name, "timestamp": {"seconds": 1795290882, "microseconds": 5}}
    if data is not None:
        raw["data"] = data
    return Event.parse(raw)


def children(model: TranscriptModel, parent: QModelIndex) -> list[QModelIndex]:
    return [model.index(row, 0, parent) for row in range(model.rowCount(parent))]


def line_of(model: TranscriptModel, index: QModelIndex) -> Line:
    line = model.line(index)
    assert line is not None
    return line


def walk(model: TranscriptModel, parent: QModelIndex, *, expand: bool) -> Iterator[QModelIndex]:
    """Every row under `parent` in reading order, opening containers when `expand`
    (as a view does); a closed container's members are not shown, so not walked."""
    for child in children(model, parent):
        if expand and model.hasChildren(child):
            model.set_expanded(child, True)
        yield child
        if line_of(model, child).expanded:
            yield from walk(model, child, expand=expand)


def shown(model: TranscriptModel, parent: QModelIndex, *, expand: bool = True) -> list[str]:
    """The lines as pretty-printed JSON, as a user reads (and copies) them."""
    return [
        model.text_of(line_of(model, index), padded=True)
        for index in walk(model, parent, expand=expand)
    ]


def pretty(value: object) -> list[str]:
    return json.dumps(value, indent=2, ensure_ascii=False).splitlines()


def find(model: TranscriptModel, parent: QModelIndex, text: str) -> QModelIndex:
    """The row under `parent` whose line, opened, reads `text`."""
    for index in walk(model, parent, expand=False):
        if line_of(model, index).text == text:
            return index
    raise AssertionError(f"no row {text!r} among {shown(model, parent, expand=False)}")


def colour(model: TranscriptModel, index: QModelIndex) -> tuple[int, int, int] | None:
    brush = model.data(index, FOREGROUND)
    if brush is None:
        return None
    assert isinstance(brush, QBrush)
    found = brush.color()
    return found.red(), found.green(), found.blue()


# -- the model as Qt sees it -----------------------------------------------------------------


def test_model_passes_qtmodeltester_folded_and_expanded(qtmodeltester: Any) -> None:
    model = TranscriptModel()
    qtmodeltester.check(model)
    add_answered(model, STATUS_REPLY, ident=7)
    add_answered(model, RICH_REPLY, command="query-block")
    model.add_exchange(exchange("stop"))  # still waiting
    add_answered(
        model,
        {"error": {"class": "CommandNotFound", "desc": "The command foo has not been found"}},
        command="foo",
    )
    failed = model.add_exchange(exchange("cont"))
    item = model.item(failed)
    assert item is not None and item.exchange is not None
    item.exchange.failure = "not sent: vm1 is not connected"
    model.finish(failed, 0, None, None)
    model.add_event(event("SHUTDOWN", {"guest": True, "reason": "guest-shutdown"}))
    model.add_note("Connected to vm1")
    add_answered(
        model,
        {"return": "VM status: running\r\n"},
        command="human-monitor-command",
        arguments={"command-line": "info status"},
        hmp_line="info status",
    )
    qtmodeltester.check(model)

    for top in children(model, QModelIndex()):
        list(walk(model, top, expand=True))
    qtmodeltester.check(model)
    for top in children(model, QModelIndex()):
        for index in walk(model, top, expand=False):
            model.set_expanded(index, False)
    qtmodeltester.check(model)
    assert model.rowCount() == 8


def test_model_passes_qtmodeltester_through_truncation_and_bounds(
    qtmodeltester: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(transcript, "TRUNCATE_BYTES", 400)
    monkeypatch.setattr(transcript, "MAX_ROWS", 4)
    model = TranscriptModel()
    qtmodeltester.check(model)
    large = add_answered(model, {"return": [{"n": n, "name": f"item {n}"} for n in range(40)]})
    assert line_of(model, model.index(0, 0, large)).text == "{"
    show_all = children(model, large)[-2]
    model.show_all(show_all)

    # The view may read a reply's rows while it is still being measured.
    racing = model.add_exchange(exchange("qom-list", {"path": "/"}))
    item = model.item(racing)
    assert item is not None and item.exchange is not None
    item.exchange.reply = {"return": [{"name": f"child {n}"} for n in range(40)]}
    list(walk(model, racing, expand=True))
    measured = measure(item.exchange.reply)
    assert measured.head is not None
    model.finish(racing, measured.size, measured.head, measured.full_text)
    assert model.rowCount(racing) == len(measured.head) + 2
    list(walk(model, large, expand=True))
    for n in range(5):
        add_answered(model, {"return": {"n": n}})
    qtmodeltester.check(model)
    model.clear()
    qtmodeltester.check(model)


# -- pretty JSON, line by line ---------------------------------------------------------------


@pytest.mark.parametrize(
    "reply",
    [
        STATUS_REPLY,
        RICH_REPLY,
        {"return": {}},
        {"return": []},
        {"return": "text"},
        {"return": [[[[]]], {"a": {"b": {"c": {}}}}]},
    ],
    ids=["status", "rich", "empty-object", "empty-array", "string", "deep"],
)
def test_expanded_reply_reads_as_pretty_printed_json(reply: dict[str, Any]) -> None:
    model = TranscriptModel()
    index = add_answered(model, reply)
    assert shown(model, index) == pretty(reply)


def test_event_body_is_the_whole_event_as_pretty_json() -> None:
    model = TranscriptModel()
    tray = event("DEVICE_TRAY_MOVED", {"device": "", "id": "cd0", "tray-open": True})
    index = model.add_event(tray)
    assert shown(model, index) == pretty(dict(tray.raw))


def test_rows_show_one_indent_step_and_padded_text_the_whole_line() -> None:
    model = TranscriptModel()
    index = add_answered(model, {"return": {"inserted": {"ro": True}, "n": 1}})
    model.set_expanded(find(model, index, '  "return": {'), True)
    model.set_expanded(find(model, index, '    "inserted": {'), True)
    lines = [line_of(model, i) for i in walk(model, index, expand=True)]
    assert [model.text_of(line) for line in lines] == [
        "{",
        '  "return": {',
        '  "inserted": {',
        '  "ro": true',
        "},",
        '  "n": 1',
        "}",
        "}",
    ]
    assert [model.data(i) for i in walk(model, index, expand=True)] == [
        model.text_of(line) for line in lines
    ]
    assert all(model.data(i, IS_JSON_ROLE) is True for i in walk(model, index, expand=True))
    assert model.data(index, IS_JSON_ROLE) is False  # the header is not JSON


def test_folded_container_shows_a_compact_preview_with_its_comma() -> None:
    model = TranscriptModel()
    reply = {"return": {"drives": ["cd0", "hd0"], "inserted": {"ro": True, "file": "a.iso"}}}
    index = add_answered(model, reply)
    outer = find(model, index, '  "return": {')
    model.set_expanded(outer, True)
    drives = find(model, outer, '    "drives": [')
    inserted = children(model, outer)[1]

    # A folded container is one line: its members in brief, then its comma.
    model.set_expanded(drives, False)
    assert model.text_of(line_of(model, drives), padded=True) == '    "drives": ["cd0", "hd0"],'
    assert model.data(drives) == '  "drives": ["cd0", "hd0"],'
    assert model.text_of(line_of(model, inserted), padded=True) == (
        '    "inserted": {"ro": true, "file": "a.iso"}'
    )
    model.set_expanded(outer, False)
    assert model.text_of(line_of(model, outer), padded=True) == (
        '  "return": {"drives": ["cd0", "hd0"], "inserted": {"ro": true, "file": "a.iso"}}'
    )
    assert model.data(drives, TOOLTIP) == "2 items"
    assert model.data(outer, TOOLTIP) == "2 members"


def test_folding_tells_the_view_the_line_changed(qtbot: Any) -> None:
    model = TranscriptModel()
    index = add_answered(model, {"return": {"a": [1, 2]}})
    outer = find(model, index, '  "return": {')
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.set_expanded(outer, True)
    assert changed.args is not None
    assert changed.args[0] == outer
    assert model.text_of(line_of(model, outer), padded=True) == '  "return": {'
    with qtbot.waitSignal(model.dataChanged):
        model.set_expanded(outer, False)
    assert model.text_of(line_of(model, outer), padded=True) == '  "return": {"a": [1, 2]}'


def test_a_one_member_container_says_so_in_its_tooltip() -> None:
    model = TranscriptModel()
    index = add_answered(model, {"return": {"only": [7]}})
    outer = find(model, index, '  "return": {')
    assert model.data(outer) == '  "return": {"only": [7]}'
    assert model.data(outer, TOOLTIP) == "1 member"
    model.set_expanded(outer, True)
    assert model.data(find(model, outer, '    "only": ['), TOOLTIP) == "1 item"


def test_lines_are_built_only_when_their_container_is_opened() -> None:
    model = TranscriptModel()
    index = add_answered(model, {"return": {"deep": {"deeper": [1, 2, 3]}}})
    outer = find(model, index, '  "return": {')
    assert line_of(model, outer).children is None
    model.set_expanded(outer, True)
    deep = find(model, outer, '    "deep": {')
    assert model.data(deep) == '  "deep": {"deeper": [1, 2, 3]}'
    assert line_of(model, deep).children is None
    assert model.hasChildren(deep)
    assert model.rowCount(deep) == 2  # "deeper" and the closing brace


# -- previews --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [{"a": 1, "b": [True, None, "x"]}, [], {}, "Grüße", 3.5, [[1], {"k": {}}]],
)
def test_preview_of_a_small_value_is_its_compact_json(value: object) -> None:
    assert preview(value) == json.dumps(value, ensure_ascii=False)


def test_preview_of_a_huge_list_stops_near_the_limit() -> None:
    text = preview(list(range(1_000_000)))
    assert text.startswith("[0, 1, 2, 3, ")
    assert text.endswith(" …")
    assert PREVIEW_CHARS <= len(text) <= PREVIEW_CHARS + 2


def test_preview_never_looks_past_the_limit() -> None:
    # Whatever comes after the first lines is never encoded: an object json cannot
    # encode there would raise if it were.
    value = [*range(1000), object()] + [0] * 1_000_000
    text = preview(value)
    assert text.endswith(" …")
    assert len(text) <= PREVIEW_CHARS + 2
    assert preview({"a": "x" * 500, "b": object()}).startswith('{"a": "xxxx')


def test_preview_respects_a_given_limit() -> None:
    text = preview({"name": "x" * 100}, limit=20)
    assert text == '{"name": "xxxxxxxxxx …'


def test_preview_of_a_value_that_just_fits_is_whole() -> None:
    value = ["x" * (PREVIEW_CHARS - 4)]
    assert len(json.dumps(value)) == PREVIEW_CHARS
    assert preview(value) == json.dumps(value)
    assert preview([1, 2], limit=6) == "[1, 2]"
    assert preview([1, 2], limit=5) == "[1, 2 …"


# -- headers and colours ---------------------------------------------------------------------


def test_header_says_waiting_until_the_reply_then_id_round_trip_and_ok() -> None:
    model = TranscriptModel()
    index = model.add_exchange(exchange(ident=7))
    sent = '{"execute": "query-status", "id": 7}'
    assert model.data(index) == f"{clock(STARTED)}  → {sent}   … waiting"
    assert not model.hasChildren(index)
    assert model.rowCount(index) == 0

    answer(model, index, STATUS_REPLY, elapsed_s=0.012)
    assert model.data(index) == f"{clock(STARTED)}  → {sent}   ← id 7 · 12.0 ms · ok"
    assert model.data(index, Qt.ItemDataRole.AccessibleTextRole) == model.data(index)
    assert model.hasChildren(index)


def test_header_without_an_id_and_with_a_slow_reply() -> None:
    model = TranscriptModel()
    index = model.add_exchange(exchange("eject", {"id": "cd0"}))
    answer(model, index, {"return": {}}, elapsed_s=2.5)
    header = model.data(index)
    assert header == (
        f'{clock(STARTED)}  → {{"execute": "eject", "arguments": {{"id": "cd0"}}}}   ← 2.50 s · ok'
    )


def test_header_masks_passwords() -> None:
    model = TranscriptModel()
    index = model.add_exchange(exchange("change-vnc-password", {"password": "hunter2"}))
    assert "hunter2" not in model.data(index)
    assert "change-vnc-password" in model.data(index)


def test_error_reply_shows_class_and_description_in_the_error_colour() -> None:
    model = TranscriptModel()
    ok = add_answered(model, STATUS_REPLY)
    error = {"error": {"class": "CommandNotFound", "desc": "The command foo has not been found"}}
    failed = add_answered(model, error, command="foo", ident="a")
    header = model.data(failed)
    assert header.endswith(
        '← id "a" · 12.0 ms · CommandNotFound: The command foo has not been found'
    )
    assert shown(model, failed) == pretty(error)

    assert colour(model, ok) is None
    red = colour(model, failed)
    assert red is not None
    assert red[0] > red[1] and red[0] > red[2]


def test_a_failure_before_qemu_answered_is_one_error_line() -> None:
    model = TranscriptModel()
    index = model.add_exchange(exchange("cont"))
    pending = colour(model, index)
    assert pending is not None
    item = model.item(index)
    assert item is not None and item.exchange is not None
    item.exchange.failure = "not sent: vm1 is not connected"
    item.exchange.elapsed_s = 0.0
    model.finish(index, 0, None, None)

    assert model.data(index).endswith("← 0.0 ms · not sent: vm1 is not connected")
    (body,) = children(model, index)
    assert model.data(body) == "not sent: vm1 is not connected"
    assert model.data(body, IS_JSON_ROLE) is False
    error = colour(model, index)
    assert error is not None and error != pending
    assert error[0] > error[1] and error[0] > error[2]
    assert colour(model, body) == error


def test_event_and_note_headers() -> None:
    model = TranscriptModel()
    shutdown = event("SHUTDOWN", {"guest": True, "reason": "guest-shutdown"})
    assert shutdown.timestamp is not None
    index = model.add_event(shutdown)
    assert (
        model.data(index)
        == f"{clock(shutdown.timestamp)}  ⚡ SHUTDOWN guest=true reason=guest-shutdown"
    )
    assert colour(model, index) is not None

    note = model.add_note("Connected to vm1", when=STARTED)
    assert model.data(note) == f"{clock(STARTED)}  Connected to vm1"
    assert not model.hasChildren(note)
    assert model.rowCount(note) == 0
    untimed = model.add_note("Disconnected")
    assert model.data(untimed).endswith("  Disconnected")


# -- HMP -------------------------------------------------------------------------------------


def hmp_exchange(model: TranscriptModel, line: str, output: str) -> QModelIndex:
    return add_answered(
        model,
        {"return": output},
        command="human-monitor-command",
        arguments={"command-line": line},
        hmp_line=line,
    )


def test_hmp_output_is_plain_lines_without_carriage_returns() -> None:
    model = TranscriptModel()
    index = hmp_exchange(
        model, "info block", "ide1-cd0: [not inserted]\r\n    Removable device\r\n"
    )
    assert "(HMP) info block" in model.data(index)
    rows = children(model, index)
    assert [model.data(row) for row in rows] == ["ide1-cd0: [not inserted]", "    Removable device"]
    assert all("\r" not in model.text_of(line_of(model, row), padded=True) for row in rows)
    assert all(model.data(row, IS_JSON_ROLE) is False for row in rows)
    assert not any(model.hasChildren(row) for row in rows)


def test_hmp_without_output_says_so() -> None:
    model = TranscriptModel()
    index = hmp_exchange(model, "stop", "")
    assert [model.data(row) for row in children(model, index)] == ["(no output)"]


# -- bounds ----------------------------------------------------------------------------------


def test_rows_beyond_max_rows_drop_the_oldest() -> None:
    model = TranscriptModel()
    for n in range(transcript.MAX_ROWS):
        model.add_note(f"note {n}")
    kept = QPersistentModelIndex(model.index(5, 0))
    first = QPersistentModelIndex(model.index(0, 0))
    removed: list[tuple[bool, int, int]] = []
    model.rowsRemoved.connect(lambda parent, a, b: removed.append((parent.isValid(), a, b)))

    index = model.add_exchange(exchange(ident=1))
    assert removed == [(False, 0, 0)]
    assert model.dropped == 1
    assert model.rowCount() == transcript.MAX_ROWS
    assert model.data(model.index(0, 0)).endswith("note 1")
    assert index.row() == transcript.MAX_ROWS - 1
    assert not first.isValid()
    assert kept.row() == 4
    assert model.data(kept).endswith("note 5")

    for n in range(3):
        model.add_event(event("STOP", {"n": n}))
    assert model.dropped == 4
    assert model.rowCount() == transcript.MAX_ROWS
    assert model.data(model.index(0, 0)).endswith("note 4")


def test_replies_beyond_max_bytes_drop_the_oldest_exchanges(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(transcript, "MAX_BYTES", 1000)
    reply = {"return": {"data": "x" * 300}}
    size = measure(reply).size
    assert 300 < size < 400
    model = TranscriptModel()
    model.add_note("Connected")
    first = QPersistentModelIndex(add_answered(model, reply, ident=1))
    add_answered(model, reply, ident=2)
    assert model.dropped == 0
    assert model.rowCount() == 3

    # The third reply brings the total beyond the bound: the oldest rows go
    # until it fits again, the note before the first exchange with them.
    third = QPersistentModelIndex(model.add_exchange(exchange(ident=3)))
    assert model.dropped == 0
    answer(model, model.index(third.row(), 0), reply)
    assert model.dropped == 2
    assert not first.isValid()
    assert model.rowCount() == 2
    assert third.row() == 1
    assert "id 2" in model.data(model.index(0, 0))
    assert "id 3" in model.data(third)
    assert shown(model, model.index(third.row(), 0)) == pretty(reply)


def test_a_reply_larger_than_max_bytes_alone_stays_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(transcript, "MAX_BYTES", 1000)
    model = TranscriptModel()
    model.add_note("Connected")
    add_answered(model, {"return": {"n": 1}}, ident=1)
    huge = {"return": "x" * 2000}
    index = QPersistentModelIndex(add_answered(model, huge, ident=2))

    # The older rows make way; the reply just asked for is what the user waits to see.
    assert model.dropped == 2
    assert index.isValid()
    assert model.rowCount() == 1
    assert "id 2" in model.data(index)
    assert shown(model, model.index(index.row(), 0)) == pretty(huge)


def test_small_replies_stay_under_the_byte_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(transcript, "MAX_BYTES", 1000)
    model = TranscriptModel()
    for n in range(5):
        add_answered(model, {"return": {"n": n}})
    assert model.dropped == 0
    assert model.rowCount() == 5


def test_clear_empties_the_transcript_and_its_byte_count(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(transcript, "MAX_BYTES", 1000)
    model = TranscriptModel()
    big = {"return": {"data": "x" * 600}}
    waiting = QPersistentModelIndex(model.add_exchange(exchange("stop")))
    add_answered(model, big)
    with qtbot.waitSignal(model.modelReset):
        model.clear()
    assert model.rowCount() == 0
    assert not waiting.isValid()
    assert list(model.items()) == []

    # The bytes of cleared replies no longer count toward the bound.
    index = add_answered(model, big)
    assert model.rowCount() == 1
    assert model.dropped == 0
    assert shown(model, index) == pretty(big)


def test_finish_on_an_invalid_index_changes_nothing() -> None:
    model = TranscriptModel()
    model.add_note("Connected")
    model.finish(QModelIndex(), 100, None, None)
    model.show_all(QModelIndex())
    assert model.rowCount() == 1


# -- large replies ---------------------------------------------------------------------------


def large_reply(count: int = 200) -> dict[str, Any]:
    return {"return": [{"name": f"object {n}", "type": "child<device>"} for n in range(count)]}


def test_measure_of_a_small_reply_is_its_pretty_size() -> None:
    measured = measure(STATUS_REPLY)
    text = json.dumps(STATUS_REPLY, indent=2, ensure_ascii=False)
    assert measured.size == len(text)
    assert measured.head is None
    assert measured.full_text is None


def test_measure_of_a_large_reply_gives_its_first_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(transcript, "TRUNCATE_BYTES", 4000)
    monkeypatch.setattr(transcript, "TRUNCATED_LINES", 12)
    reply = large_reply()
    text = json.dumps(reply, indent=2, ensure_ascii=False)
    assert len(text) > 4000
    measured = measure(reply)
    assert measured.size == len(text)
    assert measured.full_text == text
    assert measured.head is not None
    assert 0 < len(measured.head) <= 12
    assert measured.head == text.splitlines()[: len(measured.head)]

    monkeypatch.setattr(transcript, "TRUNCATED_LINES", 100_000)
    head = measure(reply).head
    assert head is not None
    assert len(head) < len(text.splitlines())
    lines = text.splitlines()
    assert head[:-1] == lines[: len(head) - 1]
    assert lines[len(head) - 1].startswith(head[-1])


def test_large_reply_shows_its_head_then_show_all_and_save(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(transcript, "TRUNCATE_BYTES", 4000)
    monkeypatch.setattr(transcript, "TRUNCATED_LINES", 12)
    model = TranscriptModel()
    reply = large_reply()
    index = add_answered(model, reply, ident=9)
    measured = measure(reply)
    assert measured.head is not None

    rows = children(model, index)
    lines = [line_of(model, row) for row in rows]
    assert [model.text_of(line, padded=True) for line in lines[:-2]] == measured.head
    assert [line.action for line in lines] == [None] * len(measured.head) + [
        Action.SHOW_ALL,
        Action.SAVE,
    ]
    assert not any(model.hasChildren(row) for row in rows)
    show_all, save = rows[-2:]
    assert "Show all" in model.data(show_all)
    assert "Save" in model.data(save)
    assert model.data(show_all, LINE_ROLE) is lines[-2]
    assert model.data(show_all, IS_JSON_ROLE) is False
    assert colour(model, show_all) is not None
    item = model.item(show_all)
    assert item is not None
    assert item.full_text == json.dumps(reply, indent=2, ensure_ascii=False)
    assert "id 9" in model.data(index)


def test_show_all_replaces_the_head_with_the_foldable_tree(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(transcript, "TRUNCATE_BYTES", 4000)
    monkeypatch.setattr(transcript, "TRUNCATED_LINES", 12)
    model = TranscriptModel()
    model.add_note("Connected")
    reply = large_reply()
    index = add_answered(model, reply)
    show_all = children(model, index)[-2]
    removed: list[tuple[QModelIndex, int, int]] = []
    inserted: list[tuple[QModelIndex, int, int]] = []
    model.rowsRemoved.connect(lambda parent, a, b: removed.append((parent, a, b)))
    model.rowsInserted.connect(lambda parent, a, b: inserted.append((parent, a, b)))

    model.show_all(show_all)  # as double-clicking the row does
    assert removed == [(index, 0, 13)]
    assert inserted == [(index, 0, 2)]
    first, folded, last = (
        model.text_of(line_of(model, row), padded=True) for row in children(model, index)
    )
    assert (first, last) == ("{", "}")
    assert folded.startswith('  "return": [{"name": "object 0", "type": "child<device>"}, ')
    assert folded.endswith(" …")
    assert len(folded) <= len('  "return": ') + PREVIEW_CHARS + 2
    assert not any(line_of(model, row).action for row in children(model, index))
    assert shown(model, index) == pretty(reply)

    # Showing all again does nothing more.
    model.show_all(index)
    assert len(inserted) == 1


def test_a_waiting_exchange_dropped_at_the_bound_is_not_revived(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(transcript, "MAX_ROWS", 3)
    model = TranscriptModel()
    waiting = QPersistentModelIndex(model.add_exchange(exchange(ident=1)))
    for n in range(3):
        model.add_note(f"note {n}")
    assert not waiting.isValid()
    assert [model.data(model.index(row, 0)).split("  ")[-1] for row in range(3)] == [
        "note 0",
        "note 1",
        "note 2",
    ]


# -- long replies ---------------------------------------------------------------------------


def test_a_long_array_opens_in_ranges(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(transcript, "CHUNK", 3)
    model = TranscriptModel()
    reply = {"return": list(range(7))}
    top = add_answered(model, reply)
    array = find(model, top, '  "return": [')
    model.set_expanded(array, True)
    labels = [model.text_of(line_of(model, i)) for i in children(model, array)]
    assert labels == ["[0 … 2]", "[3 … 5]", "[6 … 6]", "]"]  # opening one builds 3 rows only
    json_lines = [
        model.text_of(line_of(model, i), padded=True)
        for i in walk(model, top, expand=True)
        if line_of(model, i).span is None
    ]
    assert json_lines == pretty(reply)  # commas right across the ranges


def test_a_very_long_line_is_cut_on_screen_and_copied_whole() -> None:
    model = TranscriptModel()
    top = add_answered(model, {"return": "x" * 5000})
    row = find(model, top, '  "return": "' + "x" * 5000 + '"')
    on_screen = model.data(row, Qt.ItemDataRole.DisplayRole)
    whole = model.text_of(line_of(model, row), padded=True)
    assert whole == '  "return": "' + "x" * 5000 + '"'  # copying gives all of it
    more = len(model.text_of(line_of(model, row))) - transcript.MAX_LINE_CHARS
    assert on_screen.endswith(f" … ({more:,} more characters)") and more > 2000


def test_large_hmp_output_is_cut_at_a_line_end(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(transcript, "TRUNCATE_BYTES", 400)
    reply = {"return": "".join(f"line {n}\r\n" for n in range(200))}
    measured = measure(reply, hmp=True)
    assert measured.head is not None
    assert measured.head == [f"line {n}" for n in range(len(measured.head))]
    assert measured.full_text == "\n".join(f"line {n}" for n in range(200))
    model = TranscriptModel()
    index = model.add_exchange(
        exchange("human-monitor-command", {"command-line": "info mtree"}, hmp_line="info mtree")
    )
    item = model.item(index)
    assert item is not None and item.exchange is not None
    item.exchange.reply, item.exchange.elapsed_s = reply, 0.001
    model.finish(index, measured.size, measured.head, measured.full_text)
    first = model.index(0, 0, index)
    assert model.data(first) == "line 0" and not model.data(first, transcript.IS_JSON_ROLE)


def test_a_batch_of_events_joins_soon_and_before_any_later_row(qtbot: Any) -> None:
    """Under a storm events join together a moment later; a command typed meanwhile still
    comes after the events that arrived before it."""
    model = TranscriptModel()
    model.add_events([event("RTC_CHANGE", {"offset": n}) for n in range(3)])
    model.add_exchange(Exchange(vm="vm1", message={"execute": "query-status"}))
    kinds = [item.kind for item in model.items()]
    assert kinds == [RowKind.EVENT] * 3 + [RowKind.EXCHANGE]
    model.add_events([event("STOP")])
    assert model.rowCount() == 4
    qtbot.waitUntil(lambda: model.rowCount() == 5, timeout=10_000)
    last = model.item(model.index(4, 0))
    assert last is not None and last.event is not None and last.event.name == "STOP"
