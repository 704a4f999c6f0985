"""The batch runner shows a chosen step's exchange: what was sent and QEMU's reply,
for a transaction block, a query, an error and HMP output, against a real QEMU."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from qmpgui.ui.batch_panel import BatchPanel
from tests.helpers.console import open_console
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows

#: A drive that reads zeroes and needs no file: a node for dirty bitmaps.
DRIVE = ["-drive", "if=none,id=drive0,file=null-co://,format=raw"]
SCRIPT = """\
query-status
transaction(
  block-dirty-bitmap-add node=drive0 name=b1
  block-dirty-bitmap-add node=drive0 name=b2
)
query-block
no-such-command
hmp info status
"""


@pytest.fixture
def vm(short_tmp: Path) -> Iterator[QemuVm]:
    started = QemuVm(short_tmp).start(extra=DRIVE)
    yield started
    started.stop()


def chosen_reply(arun: AsyncRunner, panel: BatchPanel, row: int, expected: str) -> str:
    """Choose result `row` as a click does; the exchange shown once it shows `expected`."""
    view = panel.output
    view.list.setFocus()
    rect = view.list.visualRect(view.model.index(row, 0))
    arun.qtbot.mouseClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    arun.wait(lambda: expected in view.reply.toPlainText())
    return view.reply.toPlainText()


@pytest.mark.qemu
def test_choosing_a_step_shows_what_was_sent_and_the_reply(
    vm: QemuVm, windows: Windows, arun: AsyncRunner, qtbot: Any
) -> None:
    _window, console = open_console(windows, vm)
    console.batch_button.click()
    panel = console.batch
    panel.script.setPlainText(SCRIPT)
    panel.keep_going.setChecked(True)
    panel.run_button.click()
    arun.wait(lambda: panel.summary is not None and panel.run_button.isEnabled())
    assert "sent 5, ok 4, failed 1" in panel.summary_label.text()
    assert [(r.line, r.command) for r in panel.results] == [
        (1, "query-status"),
        (2, "transaction"),
        (6, "query-block"),
        (7, "no-such-command"),
        (8, "human-monitor-command"),
    ]
    (drive,) = vm.watch.execute("query-block")
    assert {b["name"] for b in drive["inserted"]["dirty-bitmaps"]} == {"b1", "b2"}
    lines = panel.output.model.lines()
    assert lines[1].startswith("#1 line 2 transaction: ok ")
    assert lines[3] == (
        "#1 line 7 no-such-command: CommandNotFound: The command no-such-command has not been found"
    )
    assert panel.output.reply.toPlainText() == ""  # nothing chosen yet

    text = chosen_reply(arun, panel, 1, '"execute": "transaction"')
    assert text.startswith("Reply (ok, ")
    assert ' ms) to line 2, run 1:\n{\n  "return": {}\n}\n\nSent:\n{\n' in text
    assert '"type": "block-dirty-bitmap-add"' in text and '"name": "b2"' in text

    text = chosen_reply(arun, panel, 2, '"execute": "query-block"')
    assert '"dirty-bitmaps": [' in text and '"device": "drive0"' in text

    text = chosen_reply(arun, panel, 3, "no-such-command")
    assert text.startswith("Reply (failed, ")
    assert '"class": "CommandNotFound"' in text

    # The keyboard walks the results too.
    qtbot.keyClick(panel.output.list, Qt.Key.Key_Down)
    arun.wait(lambda: "VM status: running" in panel.output.reply.toPlainText())
    assert '"command-line": "info status"' in panel.output.reply.toPlainText()

    # A new run starts with a new list.
    panel.script.setPlainText("query-name\n")
    panel.run_button.click()
    arun.wait(lambda: len(panel.results) == 1 and panel.run_button.isEnabled())
    assert panel.output.model.rowCount() == 1
    assert panel.output.reply.toPlainText() == ""
