"""Batch scripts without a QEMU: HMP lines, what goes out (exec-oob, ids), and how a
step ends (HMP failures, a quit answered by the monitor closing)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from qmpgui.qmp.batch import (
    ScriptError,
    Step,
    StepResult,
    Summary,
    check_oob,
    parse_script,
    run_script,
)
from qmpgui.qmp.errors import ConnectionLost, QmpFailure
from qmpgui.qmp.secrets import MASK
from qmpgui.qmp.shorthand import Request

HMP = "human-monitor-command"


def hmp(line: str) -> Request:
    return Request(HMP, {"command-line": line})


def test_hmp_lines_in_a_qmp_script() -> None:
    steps = parse_script("query-status\nhmp info status\n  hmp   savevm s1  \nhmp-like x=1\n")
    assert steps == [
        Step(1, Request("query-status")),
        Step(2, hmp("info status")),
        Step(3, hmp("savevm s1")),
        Step(4, Request("hmp-like", {"x": 1})),  # only the word hmp starts an HMP line
    ]


def test_an_hmp_script_sends_every_command_line_as_hmp() -> None:
    steps = parse_script("# comment\ninfo status\nsleep 0.5\n  stop  \n{not json}\n", hmp=True)
    assert steps == [
        Step(2, hmp("info status")),
        Step(3, sleep_s=0.5),
        Step(4, hmp("stop")),
        Step(5, hmp("{not json}")),
    ]


def test_hmp_without_a_command_line_names_the_line() -> None:
    with pytest.raises(ScriptError) as caught:
        parse_script("stop\nhmp   \n")
    assert str(caught.value) == "line 2: hmp needs a command line, such as hmp info status"


def test_exec_oob_lines_are_checked_against_the_server() -> None:
    steps = parse_script('stop\n{"exec-oob": "migrate-pause", "id": 1}\n')
    check_oob(steps, oob=True)
    with pytest.raises(ScriptError) as caught:
        check_oob(steps, oob=False)
    assert str(caught.value).startswith(
        "line 2: migrate-pause not sent out-of-band: this QEMU does not offer it"
    )
    check_oob(parse_script("stop\n"), oob=False)  # nothing out-of-band: nothing to say


class Server:
    """Answers each message from `answers` (by command name, or by HMP line for
    human-monitor-command): a reply dict, or an exception to raise."""

    def __init__(self, answers: dict[str, Any]) -> None:
        self.answers = answers
        self.sent: list[dict[str, Any]] = []

    async def __call__(self, message: dict[str, Any]) -> dict[str, Any]:
        self.sent.append(message)
        name = message.get("execute") or message["exec-oob"]
        if name == HMP:
            name = message["arguments"]["command-line"]
        answer = self.answers.get(name, {"return": {}})
        if isinstance(answer, BaseException):
            raise answer
        return {**answer, **({"id": message["id"]} if "id" in message else {})}


def run(server: Server, script: str, **kwargs: Any) -> tuple[Summary, list[StepResult]]:
    results: list[StepResult] = []
    summary = asyncio.run(
        run_script(server, parse_script(script), on_result=results.append, **kwargs)
    )
    return summary, results


def test_messages_go_out_as_written() -> None:
    server = Server({})
    _, results = run(
        server,
        '{"exec-oob": "migrate-pause", "id": 42}\n'
        '{"execute": "query-name", "id": null}\n'
        "query-status\n",
    )
    assert server.sent == [
        {"exec-oob": "migrate-pause", "id": 42},
        {"execute": "query-name", "id": None},
        {"execute": "query-status"},
    ]
    records = [r.record() for r in results]
    assert (records[0]["id"], records[0]["oob"]) == (42, True)
    assert "id" in records[1] and records[1]["id"] is None and "oob" not in records[1]
    assert "id" not in records[2]


def test_hmp_output_that_reports_a_failure_fails_the_step() -> None:
    server = Server(
        {
            "savevm s1": {"return": "Error: no block device can store vmstate for snapshot\r\n"},
            "info status": {"return": "VM status: running\r\n"},
        }
    )
    summary, results = run(server, "hmp info status\nhmp savevm s1\nstop\n")
    assert [r.ok for r in results] == [True, False]
    failed = results[1]
    assert failed.error_class == "HmpError"
    assert failed.error == "no block device can store vmstate for snapshot"
    assert failed.name == "hmp savevm s1"
    assert failed.record()["return"] == "Error: no block device can store vmstate for snapshot\r\n"
    assert summary.stopped_early and summary.last_error_class == "HmpError"
    assert len(server.sent) == 2  # the stop after it was not sent


def test_a_quit_answered_by_the_monitor_closing_is_done() -> None:
    closed = ConnectionLost("quit did not complete: the connection was lost", cut_off=True)
    for line in ("quit", "hmp quit", "hmp q"):
        answers = {"quit": closed, "q": closed}
        summary, results = run(Server(answers), f"query-status\n{line}\n")
        assert [r.ok for r in results] == [True, True], line
        assert results[1].note == "QEMU closed the monitor: it quit"
        assert results[1].record()["note"] == "QEMU closed the monitor: it quit"
        assert "return" not in results[1].record()  # QEMU sent none
        assert (summary.ok, summary.failed, summary.stopped_early) == (2, 0, False)


@pytest.mark.parametrize(
    "failure",
    [
        ConnectionLost("quit not sent: the connection to QEMU was lost"),  # nothing went out
        QmpFailure("quit timed out"),
    ],
)
def test_a_quit_that_did_not_go_out_or_timed_out_is_no_success(failure: QmpFailure) -> None:
    summary, results = run(Server({"quit": failure}), "quit\n")
    assert not results[0].ok and results[0].error == failure.message
    assert summary.unsuccessful == 1
    # One that went out and got no answer was sent; one refused by a closed connection not.
    went_out = not isinstance(failure, ConnectionLost)
    assert (summary.sent, summary.failed, summary.not_sent) == (
        (1, 1, 0) if went_out else (0, 0, 1)
    )


def test_the_connection_closing_on_another_command_is_a_failure() -> None:
    lost = ConnectionLost("stop did not complete: the connection was lost", cut_off=True)
    summary, results = run(Server({"stop": lost}), "stop\ncont\n", keep_going=True)
    assert not results[0].ok and results[0].error_class == "ConnectionLost"
    assert summary.stopped_early and len(results) == 1


def test_hmp_passwords_are_masked_in_the_step_name() -> None:
    result = StepResult(1, 1, HMP, {"command-line": "set_password vnc s3cret"}, 0.0, "")
    assert result.name == f"hmp set_password vnc {MASK}"
    assert StepResult(1, 1, "stop", {}, 0.0, {}).name == "stop"
