"""How the console marks what came back: HMP output that reports a failure, ids of any
JSON type, exec-oob, and a server without out-of-band execution."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from qmpgui.log.entry import LogKind
from qmpgui.models.transcript import Item
from qmpgui.ui.console import ConsoleWidget
from tests.helpers.console import open_console, send, top_index
from tests.helpers.fake_qmp import GREETING_WITHOUT_OOB, FakeQmpServer, RecordingServer
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, log_entries


def header(console: ConsoleWidget, item: Item) -> str:
    return str(top_index(console, item).data())


def red(console: ConsoleWidget, item: Item) -> bool:
    colour = top_index(console, item).data(Qt.ItemDataRole.ForegroundRole)
    return isinstance(colour, QBrush) and colour.color().red() > 150


@pytest.mark.qemu
def test_hmp_errors_are_failures_in_the_transcript_and_the_log(
    qemu: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window, console = open_console(windows, qemu)
    console.hmp_button.click()
    # The VM has no disk that can hold a snapshot: QEMU answers with text, not an error.
    saved = send(arun, console, "savevm s1")
    assert saved.exchange is not None
    assert saved.exchange.reply == {
        "return": "Error: no block device can store vmstate for snapshot\r\n"
    }
    assert not saved.exchange.ok
    assert header(console, saved).endswith(
        " · HmpError: no block device can store vmstate for snapshot"
    )
    assert red(console, saved)
    entry = log_entries(window, LogKind.COMMAND)[-1]
    assert entry.level == "error"
    assert entry.summary.endswith(
        "failed: HmpError: no block device can store vmstate for snapshot"
    )
    assert entry.data["error"]["class"] == "HmpError"

    unknown = send(arun, console, "info blah")
    assert header(console, unknown).endswith(" · HmpError: unknown command: 'info blah'")
    assert red(console, unknown)
    assert log_entries(window, LogKind.COMMAND)[-1].level == "error"

    status = send(arun, console, "info status")
    assert status.exchange is not None and status.exchange.ok
    assert header(console, status).endswith(" · ok") and not red(console, status)
    assert log_entries(window, LogKind.COMMAND)[-1].level == "info"

    # The same output asked for in QMP mode is the same failure.
    console.qmp_button.click()
    raw = send(arun, console, 'human-monitor-command command-line="info blah"')
    assert header(console, raw).endswith(" · HmpError: unknown command: 'info blah'")
    assert qemu.watch.execute("query-status")["status"] == "running"


@pytest.mark.qemu
def test_numeric_ids_and_exec_oob_go_out_as_written(
    qemu: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    _window, console = open_console(windows, qemu)
    numbered = send(arun, console, '{"execute": "query-name", "id": 7}')
    assert numbered.exchange is not None
    assert numbered.exchange.reply == {"return": {"name": "testvm"}, "id": 7}
    assert " ← id 7 · " in header(console, numbered) and not red(console, numbered)

    yank = send(arun, console, '{"exec-oob": "query-yank", "id": 42}')
    assert yank.exchange is not None and yank.exchange.ok
    assert yank.exchange.reply is not None and yank.exchange.reply["id"] == 42
    # Sent as "execute", query-status would work; out-of-band, QEMU refuses it.
    refused = send(arun, console, '{"exec-oob": "query-status"}')
    assert header(console, refused).endswith(
        " · GenericError: The command query-status does not support OOB"
    )


def test_exec_oob_to_a_server_without_oob_says_so_and_sends_nothing(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    server = RecordingServer(GREETING_WITHOUT_OOB)
    with FakeQmpServer(short_tmp / "old.sock", server):
        window, console = open_console(windows, short_tmp / "old.sock")
        item = send(arun, console, '{"exec-oob": "migrate-pause", "id": 1}')
        assert item.exchange is not None and item.exchange.reply is None
        assert header(console, item).endswith(
            " · migrate-pause not sent out-of-band: this QEMU does not offer it (no 'oob' "
            "capability in its greeting; QEMU 2.12 and later offer it on a QMP monitor): "
            'use "execute"'
        )
        assert red(console, item)
        assert "migrate-pause" not in server.commands
        assert log_entries(window, LogKind.COMMAND)[-1].level == "error"


@pytest.mark.qemu
def test_the_log_says_a_command_the_same_from_the_console_and_the_batch_runner(
    qemu: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window, console = open_console(windows, qemu)
    console.hmp_button.click()
    send(arun, console, "info blah")  # QEMU answers with text that reports a failure
    console.qmp_button.click()
    send(arun, console, "qom-get path=/nowhere property=type")  # an error reply
    from_console = [e.summary for e in log_entries(window, LogKind.COMMAND)[-2:]]
    assert from_console[0].startswith("HMP info blah (human-monitor-command) failed: ")

    console.batch_button.click()
    panel = console.batch
    panel.script.setPlainText("hmp info blah\nqom-get path=/nowhere property=type\n")
    panel.keep_going.setChecked(True)
    panel.run_button.click()
    arun.wait(lambda: panel.summary is not None and panel.run_button.isEnabled())
    window.event_log.flush()
    from_batch = [e.summary for e in log_entries(window, LogKind.COMMAND)[-2:]]
    assert from_batch == from_console
    assert "HmpError: unknown command: 'info blah'" in from_batch[0]
    assert "failed: DeviceNotFound: " in from_batch[1]
