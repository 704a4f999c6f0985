"""The batch runner's results list: bounded, in the error tone for failures, and the
chosen result's exchange as text, for every way a command can end."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from qmpgui.models.batch_results import BatchResultsModel, reply_text
from qmpgui.qmp.batch import StepResult
from qmpgui.qmp.outcome import QUIT_NOTE
from qmpgui.qmp.secrets import MASK


def ok(line: int, command: str = "query-status", reply: object = None) -> StepResult:
    return StepResult(line, 1, command, {}, 0.001, reply, message={"execute": command})


def test_the_list_keeps_the_newest_and_marks_failures(qtmodeltester: Any) -> None:
    model = BatchResultsModel(limit=3)
    model.add([ok(1), ok(2)])
    failed = StepResult(
        3, 1, "eject", {"id": "x"}, 0.002, None, "Device 'x' not found", "DeviceNotFound"
    )
    model.add([failed, ok(4), ok(5)])
    assert [model.result(row).line for row in range(model.rowCount())] == [3, 4, 5]
    assert model.lines()[0] == "#1 line 3 eject: DeviceNotFound: Device 'x' not found"
    assert model.lines()[1] == "#1 line 4 query-status: ok 1.00 ms"
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    qtmodeltester.check(model)
    model.clear()
    assert model.rowCount() == 0


def test_a_reply_shows_what_was_sent_and_what_came_back() -> None:
    result = StepResult(
        2,
        3,
        "set_password",
        {"protocol": "vnc", "password": "hunter2"},
        0.0015,
        {},
        message={
            "execute": "set_password",
            "arguments": {"protocol": "vnc", "password": "hunter2"},
            "id": 7,
        },
    )
    text = reply_text(result)
    assert text.startswith(
        'Reply (ok, 1.50 ms) to line 2, run 3:\n{\n  "return": {},\n  "id": 7\n}'
    )
    assert "\n\nSent:\n{\n" in text
    assert "hunter2" not in text and MASK in text


def test_replies_of_every_ending() -> None:
    error = StepResult(
        1,
        1,
        "x",
        {},
        0.0,
        None,
        "The command x has not been found",
        "CommandNotFound",
        {"execute": "x"},
    )
    assert '"class": "CommandNotFound"' in reply_text(error)
    lost = StepResult(
        1,
        1,
        "stop",
        {},
        0.0,
        None,
        "QEMU closed the connection",
        "ConnectionLost",
        {"execute": "stop"},
    )
    assert "Reply (failed, 0.00 ms) to line 1, run 1:\nno reply: QEMU closed the connection" in (
        reply_text(lost)
    )
    quit_ = StepResult(
        1, 1, "quit", {}, 0.0, message={"execute": "quit"}, note=QUIT_NOTE, replied=False
    )
    assert reply_text(quit_).startswith(f"Reply (ok, 0.00 ms) to line 1, run 1:\n{QUIT_NOTE}")
    hmp_args = {"command-line": "savevm s1"}
    hmp = StepResult(
        1,
        1,
        "human-monitor-command",
        hmp_args,
        0.0,
        "Error: no block device can store vmstate for snapshot\r\n",
        "no block device can store vmstate for snapshot",
        "HmpError",
        {"execute": "human-monitor-command", "arguments": hmp_args},
    )
    assert "Reply (failed, 0.00 ms) to line 1, run 1:\nError: no block device can" in (
        reply_text(hmp)
    )


def test_a_long_reply_is_cut() -> None:
    result = ok(1, "query-qmp-schema", [{"name": str(n)} for n in range(5000)])
    lines = reply_text(result, max_lines=100).splitlines()
    assert lines[101].startswith("… ")  # after the heading and 100 lines of the reply
    assert lines[101].endswith("more lines: Export results… has them all")
    assert lines[103] == "Sent:"
    assert len(lines) < 120
