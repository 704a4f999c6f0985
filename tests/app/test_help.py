"""The Help menu: Keyboard shortcuts lists every shortcut, from the action table (one
added there shows up) and the window's other places, searchable; the User guide shows
the README's part for users from the disk, its pictures and its links to sections; Tab
leaves the shortcuts' table."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QImage, QKeySequence, QTextBlock, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from qmpgui.app.main_window import MainWindow
from qmpgui.qmp.actions import ACTIONS, VmAction
from qmpgui.ui.shortcuts_dialog import ShortcutsDialog
from qmpgui.ui.user_guide import read_guide, slug
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows

README = Path(__file__).resolve().parents[2] / "README.md"
NATIVE = QKeySequence.SequenceFormat.NativeText


def open_shortcuts(window: MainWindow) -> ShortcutsDialog:
    action = window.findChild(QAction, "actionShortcuts")
    assert isinstance(action, QAction) and action.isEnabled()
    action.trigger()
    dialog = window.findChild(ShortcutsDialog, "shortcutsDialog")
    assert isinstance(dialog, ShortcutsDialog) and dialog.isVisible()
    return dialog


def test_keyboard_shortcuts_lists_every_shortcut_of_the_table_and_the_window(
    windows: Windows,
) -> None:
    window = windows.open()
    dialog = open_shortcuts(window)
    shown = dialog.shown()
    pairs = {(keys, what) for keys, what, _ in shown}
    for facts in ACTIONS.values():
        if facts.shortcut:
            keys = QKeySequence(facts.shortcut).toString(NATIVE)
            assert (keys, facts.label) in pairs, facts.object_name
    # The window's own actions, a pane's, the tabs' mnemonics, the viewer's, typed keys.
    assert {("Ctrl+N", "Add VM"), ("F5", "Refresh"), ("Ctrl+Shift+L", "Event log")} <= pairs
    assert ("Alt+B", "Show the Block devices tab") in pairs
    copy_places = next(where for keys, what, where in shown if (keys, what) == ("Ctrl+C", "Copy"))
    assert "Block devices" in copy_places and "PCI" in copy_places
    assert any(what == "Zoom +" and where == "Screendump viewer" for _, what, where in shown)
    assert ("Ctrl+Alt", "Give the keyboard and mouse back from the guest") in pairs
    assert ("Ctrl+T", "Insert template") in pairs  # a console's, before there is one
    assert ("Ctrl+F", "Find in the VM list", "VM list") in shown
    assert ("Ctrl+Shift+O", "Detach the terminal into a window of its own, or put it back") in pairs

    dialog.filter.setText("snapshot")
    found = dialog.shown()
    assert {what for _, what, _ in found} >= {
        "Create snapshot",
        "Revert to snapshot",
        "Delete snapshot",
    }
    assert all("snapshot" in " ".join(row).lower() for row in found)
    dialog.filter.setText("ctrl+shift+r")
    assert [what for _, what, _ in dialog.shown()] == ["Reset"]


def test_tab_goes_from_the_filter_through_the_table_to_close(
    windows: Windows, arun: AsyncRunner
) -> None:
    dialog = open_shortcuts(windows.open())
    dialog.activateWindow()
    dialog.filter.setFocus(Qt.FocusReason.TabFocusReason)
    arun.wait(lambda: QApplication.focusWidget() is dialog.filter)
    visited = []
    for _ in range(4):
        focused = QApplication.focusWidget()
        assert focused is not None
        QTest.keyClick(focused, Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    # The rows are one stop (the arrows move among them), then the Close button.
    assert visited[0] is dialog.table
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    assert close in visited[1:]


def test_a_shortcut_added_to_the_action_table_shows_up(
    windows: Windows, monkeypatch: pytest.MonkeyPatch
) -> None:
    send_key = ACTIONS[VmAction.SEND_KEY]
    assert send_key.shortcut == ""
    monkeypatch.setitem(
        ACTIONS, VmAction.SEND_KEY, dataclasses.replace(send_key, shortcut="Ctrl+Alt+F12")
    )
    rows = open_shortcuts(windows.open()).shown()
    assert ("Ctrl+Alt+F12", "Send key") in {(keys, what) for keys, what, _ in rows}


def user_headings() -> list[str]:
    text = README.read_text(encoding="utf-8").split("\n## For developers\n")[0]
    return [line.lstrip("#").strip() for line in text.splitlines() if re.match(r"#{1,4} ", line)]


def test_the_user_guide_shows_the_readmes_user_part_offline(
    windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.open()
    guide_action = window.findChild(QAction, "actionUserGuide")
    assert isinstance(guide_action, QAction)
    assert guide_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    guide_action.trigger()
    guide = window.help.guide
    assert guide is not None and guide.isVisible()
    arun.wait(lambda: guide.loaded)
    browser = guide.browser
    text = browser.toPlainText()
    headings = user_headings()
    assert {"Set up on a fresh Debian or Ubuntu machine", "Panes", "Configuration"} <= set(headings)
    assert [h for h in headings if re.sub(r"[`*]", "", h) not in text] == []
    assert "For developers" not in text.splitlines() and "import-linter" not in text
    # The pictures come from docs/ beside the README.
    picture = browser.document().baseUrl().resolved(QUrl("docs/screenshot.png"))
    assert picture.toLocalFile() == str(README.parent / "docs" / "screenshot.png")
    # Read with the text, in the worker thread, and fitted to the guide's width.
    loaded = browser.document().resource(QTextDocument.ResourceType.ImageResource.value, picture)
    assert isinstance(loaded, QImage) and not loaded.isNull() and loaded.width() == 820
    # A link to a section goes there.
    browser.verticalScrollBar().setValue(0)
    browser.follow(QUrl("#libvirt-domains"))
    assert browser.verticalScrollBar().value() > 0
    top = browser.cursorForPosition(browser.viewport().rect().topLeft()).block().text()
    assert top == "libvirt domains"


def test_every_paragraph_of_the_user_guide_is_laid_out_where_it_can_be_read(
    windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.open()
    guide = window.help.show_guide()
    arun.wait(lambda: guide.loaded)
    document = guide.browser.document()
    layout = document.documentLayout()
    blocks: list[QTextBlock] = []
    block = document.begin()
    while block.isValid():
        blocks.append(block)
        block = block.next()
    # A paragraph laid out with no height is a paragraph the user does not see.
    shown = [b for b in blocks if b.text().strip()]
    assert len(shown) > 300
    assert [b.text()[:40] for b in shown if layout.blockBoundingRect(b).height() <= 0] == []
    # The Console chapter (far down the guide) has its words under its heading.
    heading = next(b for b in blocks if b.blockFormat().headingLevel() and b.text() == "Console")
    first = heading.next()
    while not first.text().strip():
        first = first.next()
    assert first.text().startswith("Console (Ctrl+Shift+M) talks raw QMP")
    above, below = layout.blockBoundingRect(heading), layout.blockBoundingRect(first)
    assert below.top() >= above.bottom() and below.height() > above.height()


def test_without_the_readme_the_guide_is_the_installed_description(tmp_path: Path) -> None:
    guide = read_guide(tmp_path / "README.md")  # not there: as an installed qmpgui
    assert guide.folder is None
    assert "## Set up on a fresh Debian or Ubuntu machine" in guide.markdown
    assert "## For developers" not in guide.markdown
    # Pictures not on disk are their words, not a broken image.
    assert "](docs/screenshot.png)" not in guide.markdown
    assert "*(picture: qmpgui on the demo VM" in guide.markdown
    assert slug("VMs on other hosts (ssh://)") == "vms-on-other-hosts-ssh"
