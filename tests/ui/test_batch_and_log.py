"""The console's batch runner, and the event log kept across restarts, with
notifications, against a real QEMU."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFileDialog, QWidget

from qmpgui.log.entry import LogEntry, LogKind
from qmpgui.log.files import default_log_folder
from qmpgui.ui.batch_panel import BatchPanel
from qmpgui.ui.notifier import Notifier
from tests.conftest import AsyncRunner
from tests.guest_images import boot_floppy, floppy_args
from tests.qemu_vm import QemuVm
from tests.ui.dialogs import answer_confirm
from tests.ui.test_console import log_entries, open_console, send
from tests.ui.test_main_window import close_window, open_window

#: Write 1 to the pvpanic port: the guest panics as soon as it boots.
PANICS_AT_BOOT = bytes.fromhex("BA 05 05 B0 01 EE F4 EB FD")


def run_batch(
    arun: AsyncRunner, panel: BatchPanel, script: str, times: int = 1, keep_going: bool = False
) -> str:
    panel.script.setPlainText(script)
    panel.repeat.setValue(times)
    panel.keep_going.setChecked(keep_going)
    panel.run_button.click()
    arun.wait(lambda: panel.summary is not None and panel.run_button.isEnabled())
    return panel.summary_label.text()


def test_batch_runs_n_times_with_a_summary(
    qemu: QemuVm, arun: AsyncRunner, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, console = open_console(arun, qtbot, str(qemu.app_socket))
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
    arun.wait(target.exists)
    records = [json.loads(line) for line in target.read_text().splitlines()]
    assert len(records) == 6 and records[0]["ok"] and records[0]["return"]["status"] == "running"
    close_window(arun, window)


def test_batch_stops_at_the_first_error_unless_asked_to_go_on(
    qemu: QemuVm, arun: AsyncRunner, qtbot: Any
) -> None:
    window, console = open_console(arun, qtbot, str(qemu.app_socket))
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
    close_window(arun, window)


def test_batch_asks_before_dangerous_commands_and_can_be_cancelled(
    qemu: QemuVm, arun: AsyncRunner, qtbot: Any
) -> None:
    window, console = open_console(arun, qtbot, str(qemu.app_socket))
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
    close_window(arun, window)


def test_the_log_is_kept_on_disk_and_read_back(qemu: QemuVm, arun: AsyncRunner, qtbot: Any) -> None:
    window, console = open_console(arun, qtbot, str(qemu.app_socket))
    send(arun, console, "stop")
    arun.wait(lambda: any(e.name == "STOP" for e in log_entries(window, LogKind.EVENT)))
    close_window(arun, window)  # writes what is left
    files = list(default_log_folder().glob("*.jsonl"))
    assert files, "no log file written"
    lines = [json.loads(line) for f in files for line in f.read_text().splitlines()]
    names = {(entry["kind"], entry["name"]) for entry in lines}
    assert {("event", "STOP"), ("command", "stop"), ("connection", "connected")} <= names

    window, _console = open_console(arun, qtbot, str(qemu.app_socket))
    arun.wait(lambda: any(e.name == "STOP" for e in log_entries(window, LogKind.EVENT)))

    def names() -> list[str]:
        window.event_log.flush()
        return [e.name for e in window.event_log.entries()]

    arun.wait(lambda: names().count("connected") == 2)
    # The last run's entries come first, then this run's connection.
    order = names()
    assert order.index("STOP") < len(order) - 1 - order[::-1].index("connected")
    close_window(arun, window)


def test_a_storms_second_is_written_whole_in_order_in_short_slices(
    arun: AsyncRunner, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The JSON of many entries is made a few milliseconds at a time between the window's
    other work, and every entry still reaches the file, in order."""
    window = open_window(arun, qtbot)
    hub = window.log_hub
    arun.wait(lambda: hub._waiting is None)  # the old log has been read
    slices: list[float] = []
    encode = hub._encode_slice

    def timed(*args: Any, **kwargs: Any) -> None:
        started = time.perf_counter()
        encode(*args, **kwargs)
        slices.append(time.perf_counter() - started)

    monkeypatch.setattr(hub, "_encode_slice", timed)
    hub._encoder.timeout.disconnect()
    hub._encoder.timeout.connect(timed)
    storm = [
        LogEntry(
            1_700_000_000 + n / 1000,
            "vm1",
            LogKind.EVENT,
            "RTC_CHANGE",
            f"RTC_CHANGE offset={n}",
            {"data": {"offset": n}},
        )
        for n in range(5000)
    ]
    for entry in storm:
        hub.add(entry, "unix:/run/vm1.qmp")
    hub._write_soon()
    path = hub.store.path_for("unix:/run/vm1.qmp")
    arun.wait(lambda: path.exists() and len(path.read_text().splitlines()) == 5000)
    written = [LogEntry.from_json(json.loads(line)) for line in path.read_text().splitlines()]
    assert written == storm
    assert len(slices) > 1 and max(slices) < 0.05
    close_window(arun, window)


def test_notifications_for_a_panic_and_a_lost_connection(
    short_tmp: Path, arun: AsyncRunner, qtbot: Any
) -> None:
    image = boot_floppy(short_tmp / "panic.img", PANICS_AT_BOOT)
    # Paused at start (-S) until the app listens; a panic pauses the VM instead of ending QEMU.
    extra = [*floppy_args(image), "-device", "pvpanic", "-action", "panic=pause", "-S"]
    vm = QemuVm(short_tmp).start(extra=extra)
    try:
        window, _console = open_console(arun, qtbot, str(vm.app_socket))
        vm.watch.execute("cont")
        notifier = window.notifier
        assert notifier.tray is None  # offscreen: no system tray, so the status bar says it
        arun.wait(lambda: any(t.endswith("GUEST_PANICKED") for t, _ in notifier.shown), timeout=30)
        assert window.statusBar().currentMessage().startswith("Attention: testvm: GUEST_PANICKED")
        vm.kill()
        arun.wait(lambda: ("testvm: connection lost") in [t for t, _ in notifier.shown])
        assert window.statusBar().currentMessage().startswith("Attention: testvm: connection lost")
        close_window(arun, window)
    finally:
        vm.stop()


def test_a_user_disconnect_is_no_alarm(qemu: QemuVm, arun: AsyncRunner, qtbot: Any) -> None:
    window, _console = open_console(arun, qtbot, str(qemu.app_socket))
    window.model.session(0).disconnect_vm()
    entry = log_entries(window, LogKind.CONNECTION)[-1]
    assert isinstance(entry, LogEntry) and entry.name == "disconnected"
    assert window.notifier.shown == []
    close_window(arun, window)


def test_qmpgui_own_messages_reach_the_log(arun: AsyncRunner, qtbot: Any, tmp_path: Path) -> None:
    config = tmp_path / "config" / "qmpgui" / "config.json"
    config.parent.mkdir(parents=True)
    config.write_text(json.dumps({"vms": [], "poll_interval_s": "fast"}))
    window = open_window(arun, qtbot)
    arun.wait(lambda: bool(log_entries(window, LogKind.APP)))
    entry = log_entries(window, LogKind.APP)[0]
    assert (entry.name, entry.level, entry.vm) == ("message", "warning", "")
    assert "poll_interval_s" in entry.summary and window.banner.isVisible()
    close_window(arun, window)


def test_a_notice_says_connection_lost_once() -> None:
    shown: list[str] = []
    notifier = Notifier(QWidget(), QIcon(), shown.append, use_tray=False)
    lost = LogEntry(
        1.0,
        "web1",
        LogKind.CONNECTION,
        "lost",
        "connection lost: the connection was reset",
        level="error",
    )
    notifier.consider(lost, now=100.0)
    notifier.consider(lost, now=101.0)  # within the quiet time: counted, not said
    notifier.consider(lost, now=120.0)
    assert shown == [
        "web1: connection lost — the connection was reset",
        "web1: connection lost — the connection was reset (and 1 more since the last notice)",
    ]
