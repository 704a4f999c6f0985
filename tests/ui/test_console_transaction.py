"""qmp-shell's transaction block in the console, against a real QEMU: typed line by
line with Enter, sent as one `transaction` (all of it or none of it happens), its
risk, its completion, and copied back as a block."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from qmpgui.ui.console import ConsoleWidget
from tests.helpers.console import exchanges, finished, open_console, top_index
from tests.helpers.dialogs import answer_confirm
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows

#: A drive that reads zeroes and needs no file: a node for dirty bitmaps.
DRIVE = ["-drive", "if=none,id=drive0,file=null-co://,format=raw"]


@pytest.fixture
def vm(short_tmp: Path) -> Iterator[QemuVm]:
    """A QEMU with the drive `drive0`."""
    started = QemuVm(short_tmp).start(extra=DRIVE)
    yield started
    started.stop()


def bitmaps(vm: QemuVm) -> set[str]:
    """The dirty bitmaps of drive0, as QEMU tells the test's own monitor."""
    (drive,) = (d for d in vm.watch.execute("query-block") if d["device"] == "drive0")
    return {b["name"] for b in drive["inserted"].get("dirty-bitmaps", [])}


def enter_lines(arun: AsyncRunner, console: ConsoleWidget, lines: list[str]) -> None:
    """Type each line into the input and press Enter after it, as a user would."""
    console.input.setFocus()
    for line in lines:
        console.input.moveCursor(console.input.textCursor().MoveOperation.End)
        console.input.insertPlainText(line)
        arun.qtbot.keyClick(console.input, Qt.Key.Key_Return)


@pytest.mark.qemu
def test_a_block_typed_line_by_line_is_sent_as_one_transaction(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    _window, console = open_console(windows, vm)
    block = [
        "transaction(",
        "block-dirty-bitmap-add node=drive0 name=b1",
        "block-dirty-bitmap-add node=drive0 name=b2 persistent=False",
    ]
    enter_lines(arun, console, block)
    # Enter goes on to the next line while the block is open: nothing is sent yet.
    assert console.input.toPlainText() == "\n".join(block) + "\n"
    assert not exchanges(console)
    # Beside Send, the console says why Enter did not send, and what ends the block.
    arun.wait(lambda: console.risk_label.text() == "transaction: ) ends it")
    enter_lines(arun, console, [")"])
    arun.wait(lambda: bool(exchanges(console)) and finished(exchanges(console)[-1]))
    (item,) = exchanges(console)
    assert item.exchange is not None and item.exchange.ok, item.exchange
    assert item.exchange.message == {
        "execute": "transaction",
        "arguments": {
            "actions": [
                {"type": "block-dirty-bitmap-add", "data": {"node": "drive0", "name": "b1"}},
                {
                    "type": "block-dirty-bitmap-add",
                    "data": {"node": "drive0", "name": "b2", "persistent": False},
                },
            ]
        },
    }
    assert bitmaps(vm) == {"b1", "b2"}
    assert console.input.toPlainText() == ""

    # One command: when one action fails, QEMU does none of them.
    enter_lines(
        arun,
        console,
        [
            "transaction( block-dirty-bitmap-add node=drive0 name=b3",
            "block-dirty-bitmap-add node=nope name=b4 )",
        ],
    )
    arun.wait(lambda: len(exchanges(console)) == 2 and finished(exchanges(console)[-1]))
    failed = exchanges(console)[-1].exchange
    assert failed is not None and not failed.ok
    assert bitmaps(vm) == {"b1", "b2"}  # no b3: the transaction was all or nothing

    # The block is copied back as qmp-shell takes it, and can be sent again from there.
    menu = console.menu_for(top_index(console, exchanges(console)[0]))
    actions = {a.text().replace("&", ""): a for a in menu.actions()}
    actions["Copy request as qmp-shell"].trigger()
    assert QGuiApplication.clipboard().text() == (
        "transaction(\n"
        "block-dirty-bitmap-add node=drive0 name=b1\n"
        "block-dirty-bitmap-add node=drive0 name=b2 persistent=false\n"
        ")"
    )
    QGuiApplication.clipboard().clear()


@pytest.mark.qemu
def test_a_block_is_as_risky_as_its_riskiest_action(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window, console = open_console(windows, vm)
    vm.watch.execute("block-dirty-bitmap-add", {"node": "drive0", "name": "keep"})
    console.input.setPlainText(
        "transaction(\nblock-dirty-bitmap-add node=drive0 name=b1\n"
        "block-dirty-bitmap-add node=drive0 name=b2\n)"
    )
    arun.wait(lambda: console.risk_label.text() == "changes the VM")
    console.input.setPlainText(
        "transaction(\nblock-dirty-bitmap-add node=drive0 name=b1\n"
        "block-dirty-bitmap-remove node=drive0 name=keep\n)"
    )
    arun.wait(lambda: console.risk_label.text() == "dangerous: asks first")
    seen = answer_confirm(accept=False)
    console.submit()
    assert seen.texts and "transaction: block-dirty-bitmap-remove" in seen.texts[0]
    assert console.error_label.text() == "not sent: cancelled"
    assert not exchanges(console)
    assert bitmaps(vm) == {"keep"}
    window.config.confirm_destructive = False
    console.submit()
    arun.wait(lambda: bool(exchanges(console)) and finished(exchanges(console)[-1]))
    assert bitmaps(vm) == {"b1"}


@pytest.mark.qemu
def test_completion_and_template_in_a_block(
    vm: QemuVm, windows: Windows, arun: AsyncRunner, qtbot: Any
) -> None:
    _window, console = open_console(windows, vm)
    console.input.setFocus()
    console.input.setPlainText("transaction(\nblock-dirty-bitmap-a")
    console.input.moveCursor(console.input.textCursor().MoveOperation.End)
    qtbot.keyClick(console.input, Qt.Key.Key_Tab)  # one action type fits: taken at once
    assert console.input.toPlainText() == "transaction(\nblock-dirty-bitmap-add"
    qtbot.keyClicks(console.input, " node=drive0 na")
    qtbot.keyClick(console.input, Qt.Key.Key_Tab)
    assert console.input.toPlainText() == "transaction(\nblock-dirty-bitmap-add node=drive0 name="
    qtbot.keyClicks(console.input, "b1 )")
    # Ctrl+T: the block's JSON, to edit further.
    qtbot.keyClick(console.input, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert console.input.toPlainText().startswith('{\n  "execute": "transaction"')
    qtbot.keyClick(console.input, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    arun.wait(lambda: bool(exchanges(console)) and finished(exchanges(console)[-1]))
    assert bitmaps(vm) == {"b1"}


@pytest.mark.qemu
def test_a_value_in_brackets_goes_on_over_lines_until_it_closes(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    _window, console = open_console(windows, vm)
    lines = [
        "transaction actions=[",
        '{"type": "block-dirty-bitmap-add", "data": {"node": "drive0", "name": "b3"}},',
        '{"type": "block-dirty-bitmap-add", "data": {"node": "drive0", "name": "b4"}}',
    ]
    enter_lines(arun, console, lines)
    # The list is still open: Enter went on to the next line, nothing was sent.
    assert console.input.toPlainText() == "\n".join(lines) + "\n"
    assert not exchanges(console)
    enter_lines(arun, console, ["]"])
    arun.wait(lambda: bool(exchanges(console)) and finished(exchanges(console)[-1]))
    (item,) = exchanges(console)
    assert item.exchange is not None and item.exchange.ok, item.exchange
    assert bitmaps(vm) == {"b3", "b4"}
