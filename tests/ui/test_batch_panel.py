"""The console's batch runner against a real QEMU: repeats, errors (HMP's too), ids and
exec-oob, danger, cancel; a fake server for a quit answered by closing and for no oob."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from qmpgui.log.entry import LogKind
from qmpgui.session import ConnState
from qmpgui.ui.batch_panel import BatchPanel
from qmpgui.ui.confirm import ConfirmDialog
from tests.helpers.console import open_console
from tests.helpers.dialogs import answer_confirm, when_modal
from tests.helpers.fake_qmp import (
    GREETING_WITHOUT_OOB,
    QUITS,
    FakeQmpServer,
    RecordingServer,
)
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, log_entries


def run_batch(
    arun: AsyncRunner, panel: BatchPanel, script: str, times: int = 1, keep_going: bool = False
) -> str:
    panel.script.setPlainText(script)
    panel.repeat.setValue(times)
    panel.keep_going.setChecked(keep_going)
    panel.run_button.click()
    arun.wait(lambda: panel.summary is not None and panel.run_button.isEnabled())
    return panel.summary_label.text()


@pytest.mark.qemu
def test_batch_runs_n_times_with_a_summary(
    qemu: QemuVm,
    windows: Windows,
    arun: AsyncRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, console = open_console(windows, qemu)
    console.batch_button.click()
    panel = console.batch
    assert panel.isVisible()
    text = run_batch(
        arun,
        panel,
        '# status and name\nquery-status\nsleep 0.01\n{"execute": "query-name"}\n',
        times=3,
    )
    assert text.startswith("Batch on testvm: sent 6, ok 6, failed 0; round trip min ")
    assert panel.progress.value() == panel.progress.maximum() == 6
    assert [(r.iteration, r.line, r.command) for r in panel.results] == [
        (1, 2, "query-status"),
        (1, 4, "query-name"),
        (2, 2, "query-status"),
        (2, 4, "query-name"),
        (3, 2, "query-status"),
        (3, 4, "query-name"),
    ]
    assert panel.results[1].reply == {"name": "testvm"}
    # Each command is in the event log too, and the summary in the transcript.
    assert [e.name for e in log_entries(window, LogKind.COMMAND)].count("query-name") == 3
    assert any(i.note.startswith("Batch on testvm: sent 6") for i in console.model.items())
    target = tmp_path / "results.jsonl"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert panel.export_button.isEnabled()
    panel.export_button.click()
    # Written in a worker thread: the file exists before it is whole; the panel says when.
    arun.wait(lambda: panel.summary_label.text() == f"Exported 6 results to {target}")
    records = [json.loads(line) for line in target.read_text().splitlines()]
    assert len(records) == 6 and records[0]["ok"] and records[0]["return"]["status"] == "running"


@pytest.mark.qemu
def test_batch_stops_at_the_first_error_unless_asked_to_go_on(
    qemu: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window, console = open_console(windows, qemu)
    panel = console.batch
    script = "query-status\nno-such-command\nquery-name\n"
    text = run_batch(arun, panel, script, times=2)
    assert "sent 2, ok 1, failed 1" in text and "stopped at the first error" in text
    assert panel.summary_label.styleSheet()  # shown as an error
    text = run_batch(arun, panel, script, times=2, keep_going=True)
    assert "sent 6, ok 4, failed 2" in text and "stopped" not in text
    failed = [r for r in panel.results if not r.ok]
    assert {r.error_class for r in failed} == {"CommandNotFound"}
    # A script that does not parse sends nothing and says which line.
    sent_before = len(log_entries(window, LogKind.COMMAND))
    panel.script.setPlainText("query-status\nsleep soon\n")
    panel.run_button.click()
    assert panel.summary_label.text() == "Nothing sent: line 2: sleep takes seconds, not 'soon'"
    assert len(log_entries(window, LogKind.COMMAND)) == sent_before


@pytest.mark.qemu
def test_batch_asks_before_dangerous_commands_and_can_be_cancelled(
    qemu: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    _window, console = open_console(windows, qemu)
    panel = console.batch
    panel.script.setPlainText("query-status\nsystem_reset\n")
    seen = answer_confirm(accept=False)
    panel.run_button.click()
    assert seen.texts and "system_reset" in seen.texts[0]
    assert panel.summary_label.text() == "Nothing sent: cancelled"
    panel.script.setPlainText("query-status\nsleep 30\nquery-name\n")
    panel.run_button.click()
    arun.wait(lambda: len(panel.results) == 1)
    assert panel.cancel_button.isEnabled()
    panel.cancel_button.click()
    arun.wait(panel.run_button.isEnabled)
    assert panel.summary_label.text().endswith("; cancelled")
    assert "sent 1, ok 1" in panel.summary_label.text()


@pytest.mark.qemu
def test_each_run_starts_its_progress_bar_at_zero(
    qemu: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    _window, console = open_console(windows, qemu)
    panel = console.batch
    run_batch(arun, panel, "query-status\nquery-name\n")
    assert panel.progress.value() == panel.progress.maximum() == 2  # the first run: full
    # The second run asks about its dangerous command first: the bar reads 0 meanwhile.
    panel.script.setPlainText("query-status\nsystem_reset\n")
    during: list[tuple[int, str]] = []

    def refuse(dialog: ConfirmDialog) -> None:
        during.append((panel.progress.value(), panel.progress.text()))
        dialog.reject()

    when_modal(ConfirmDialog, refuse)
    panel.run_button.click()
    assert during == [(0, "0%")]
    assert panel.summary_label.text() == "Nothing sent: cancelled"
    assert panel.progress.value() == 0
    # A run that sends nothing (the script does not parse) does not show the last one's.
    run_batch(arun, panel, "query-status\nquery-name\n")
    assert panel.progress.value() == 2
    panel.script.setPlainText("query-status\n{not json\n")
    panel.run_button.click()
    assert panel.summary_label.text().startswith("Nothing sent: line 2")
    assert panel.progress.value() == 0


@pytest.mark.qemu
def test_hmp_errors_in_a_batch_are_failures(
    qemu: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window, console = open_console(windows, qemu)
    panel = console.batch
    text = run_batch(arun, panel, "hmp info status\nhmp savevm s1\nquery-name\n")
    assert "sent 2, ok 1, failed 1" in text and "stopped at the first error" in text
    saved = panel.results[1]
    assert (saved.error_class, saved.error) == (
        "HmpError",
        "no block device can store vmstate for snapshot",
    )
    assert "line 2 hmp savevm s1: HmpError: no block device" in panel.output.model.lines()[1]
    entry = log_entries(window, LogKind.COMMAND)[-1]
    assert entry.name == "human-monitor-command" and entry.level == "error"
    text = run_batch(arun, panel, "hmp info blah\nhmp stop\n", keep_going=True)
    assert "sent 2, ok 1, failed 1" in text
    assert panel.results[0].error == "unknown command: 'info blah'"
    assert qemu.watch.execute("query-status")["status"] == "paused"  # the HMP stop ran


@pytest.mark.qemu
def test_ids_and_exec_oob_in_a_batch_go_out_as_written(
    qemu: QemuVm,
    windows: Windows,
    arun: AsyncRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _window, console = open_console(windows, qemu)
    panel = console.batch
    script = (
        '{"execute": "query-name", "id": 5}\n'
        '{"exec-oob": "query-yank", "id": "y"}\n'
        '{"exec-oob": "query-status"}\n'
    )
    text = run_batch(arun, panel, script, keep_going=True)
    assert "sent 3, ok 2, failed 1" in text
    assert panel.results[2].error == "The command query-status does not support OOB"
    target = tmp_path / "results.jsonl"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    panel.export_button.click()
    arun.wait(target.exists)
    records = [json.loads(line) for line in target.read_text().splitlines()]
    assert [(r.get("id"), r.get("oob", False), r["ok"]) for r in records] == [
        (5, False, True),
        ("y", True, True),
        (None, True, False),
    ]
    assert records[0]["return"] == {"name": "testvm"}


@pytest.mark.parametrize("line", ["quit", "hmp q"])
def test_quit_answered_by_the_monitor_closing_is_done(
    short_tmp: Path, windows: Windows, arun: AsyncRunner, line: str
) -> None:
    server = RecordingServer(close_on=QUITS)
    with FakeQmpServer(short_tmp / "quit.sock", server):
        window, console = open_console(windows, short_tmp / "quit.sock")
        window.config.confirm_destructive = False
        session = window.model.session(0)
        text = run_batch(arun, console.batch, f"query-status\n{line}\n")
        assert "sent 2, ok 2, failed 0" in text, text
        quit_ = console.batch.results[1]
        assert quit_.ok and quit_.note == "QEMU closed the monitor: it quit"
        assert "ok" in console.batch.output.model.lines()[-1]
        arun.wait(lambda: session.state is ConnState.DISCONNECTED)
        assert session.exit_seen  # no reconnecting to a QEMU that quit as asked
        assert log_entries(window, LogKind.COMMAND)[-1].level == "info"


def test_exec_oob_to_a_server_without_oob_sends_nothing(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    server = RecordingServer(GREETING_WITHOUT_OOB)
    with FakeQmpServer(short_tmp / "old.sock", server):
        _window, console = open_console(windows, short_tmp / "old.sock")
        panel = console.batch
        panel.script.setPlainText('stop\n{"exec-oob": "migrate-pause"}\n')
        panel.run_button.click()
        assert panel.summary_label.text() == (
            "Nothing sent: line 2: migrate-pause not sent out-of-band: this QEMU does not "
            "offer it (no 'oob' capability in its greeting; QEMU 2.12 and later offer it "
            'on a QMP monitor): use "execute"'
        )
        assert "stop" not in server.commands and "migrate-pause" not in server.commands
