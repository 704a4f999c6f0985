"""Alt+letter: within the window, each mnemonic is unique among what is visible
together: the menu bar, the pane tabs, the bottom tabs (event log, console), the pane on
screen and the buttons of the bottom tab in front below it, the event log's or the
console's, its Batch panel open or not (two widgets with one letter make Alt+letter
cycle between them instead of acting)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QToolBar, QWidget

from qmpgui.app.main_window import MainWindow
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows


@pytest.fixture
def vm(short_tmp: Path) -> Iterator[QemuVm]:
    made = QemuVm(short_tmp, name="mnemonicvm")
    made.start(defaults=True)
    yield made
    made.stop()


def mnemonic(text: str) -> str | None:
    """The letter after a lone "&" in `text` ("&&" is a plain ampersand), lowercase."""
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def in_toolbar(widget: QWidget) -> bool:
    """Whether `widget` sits in a toolbar of a shown pane (folded away when narrow)."""
    parent = widget.parentWidget()
    return isinstance(parent, QToolBar) and parent.isVisibleTo(parent.window())


def shown_texts(window: MainWindow, pane: QWidget, below: QWidget) -> list[str]:
    """The texts with a mnemonic visible with `pane` and the bottom tab `below` on
    screen: the menu bar's, both tab bars' and the buttons, labels with a buddy and
    group boxes of `pane` and `below`."""
    texts = [action.text() for action in window.menuBar().actions() if action.isVisible()]
    for bar in (window.panes.tabBar(), window.bottom_tabs.tabBar()):
        texts += [bar.tabText(i) for i in range(bar.count()) if bar.isTabVisible(i)]
    for widget in [*pane.findChildren(QWidget), *below.findChildren(QWidget)]:
        if not widget.isVisibleTo(window) and not in_toolbar(widget):
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
    return [text for text in texts if mnemonic(text)]


@pytest.mark.qemu
def test_no_two_visible_widgets_share_a_mnemonic_on_any_pane(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(vm)
    # Wide enough that no toolbar folds a button away into its extension menu.
    window.resize(2400, 1400)
    clashes: dict[str, list[str]] = {}
    # The event log, then the console, then the console with its Batch panel open, in
    # front below: its buttons show with every pane.
    for below, batch in (
        (window.event_log_view, False),
        (window.consoles, False),
        (window.consoles, True),
    ):
        window.bottom_tabs.setCurrentWidget(below)
        arun.wait(below.isVisible)
        console = window.consoles.console_of_current()
        assert console is not None or below is not window.consoles
        if console is not None:
            console.batch_button.setChecked(batch)
        for index in range(window.panes.count()):
            window.panes.setCurrentIndex(index)
            pane = window.panes.widget(index)
            arun.wait(pane.isVisible)
            texts = shown_texts(window, pane, below)
            counted = Counter(mnemonic(text) for text in texts)
            twice = [t for t in texts if counted[mnemonic(t)] > 1]
            if twice:
                tab = window.bottom_tabs.tabText(window.bottom_tabs.currentIndex())
                tab += " with Batch" if batch else ""
                clashes[f"{window.panes.tabText(index)} over {tab}"] = twice
    assert clashes == {}
