"""The console as a user works it: opened on a VM, commands typed and sent."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from qmpgui.app.main_window import MainWindow
from qmpgui.models.transcript import Item, RowKind
from qmpgui.ui.console import ConsoleWidget
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Target, Windows


def open_console(
    windows: Windows, target: Target, config: Mapping[str, Any] | str | None = None
) -> tuple[MainWindow, ConsoleWidget]:
    """A window on `target` (its configured poll interval kept) showing its console."""
    window = windows.on(target, config=config, poll_interval_s=None)
    session = window.model.session(0)
    window.window_actions.show_console.trigger()
    console = window.consoles.console_of_current()
    assert console is not None and console.session is session
    return window, console


def exchanges(console: ConsoleWidget) -> list[Item]:
    return [i for i in console.model.items() if i.kind is RowKind.EXCHANGE]


def finished(item: Item) -> bool:
    return item.exchange is not None and item.exchange.done


def type_command(arun: AsyncRunner, console: ConsoleWidget, text: str) -> Item:
    """Send `text` from the console as a user would; return its exchange, maybe still pending."""
    before = len(exchanges(console))
    console.input.setPlainText(text)
    console.input.setFocus()
    arun.qtbot.keyClick(console.input, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    arun.wait(lambda: len(exchanges(console)) > before)
    return exchanges(console)[-1]


def send(arun: AsyncRunner, console: ConsoleWidget, text: str) -> Item:
    """Type `text`, send it as a user would (Ctrl+Enter), and wait for the reply to be shown."""
    item = type_command(arun, console, text)
    arun.wait(lambda: finished(item) and _shown(console, item))
    return item


def _shown(console: ConsoleWidget, item: Item) -> bool:
    row = top_index(console, item)
    return row.isValid() and console.model.rowCount(row) > 0 and console.output.isExpanded(row)


def top_index(console: ConsoleWidget, item: Item) -> QModelIndex:
    model = console.model
    for row in range(model.rowCount()):
        if model.item(model.index(row, 0)) is item:
            return model.index(row, 0)
    return QModelIndex()
