"""Keys pressed in the serial terminal and the screen view, through the path a real key
press takes: QTest on the window's QWindow goes through Qt's shortcut map (a key event
sent to the widget itself does not). The guest, the demo's echo guest on a socket
chardev, shows what it read on its VGA screen, read through the test's own monitor;
the run state is asked there too."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QWindow
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from qmpgui.app.main_window import MainWindow
from qmpgui.ui.panes.screen import ScreenPane
from qmpgui.ui.panes.serial import SerialPane
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.screen_view import capture, show_screen
from tests.helpers.serial_guest import echo_guest_on_socket, screen_text
from tests.helpers.windows import Windows

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def vm(short_tmp: Path) -> Iterator[QemuVm]:
    made = QemuVm(short_tmp, name="keysvm")
    args, path = echo_guest_on_socket(made)
    made.start(extra=args, sockets=(path,))
    yield made
    made.stop()


def handle(window: QWidget, arun: AsyncRunner) -> QWindow:
    """The QWindow of a shown, active top-level widget."""
    window.activateWindow()
    arun.wait(lambda: window.windowHandle() is not None and window.windowHandle().isExposed())
    found = window.windowHandle()
    assert found is not None
    return found


def serial_ready(window: MainWindow, arun: AsyncRunner) -> SerialPane:
    """The Serial tab in front, connected, the keyboard in its terminal."""
    pane = window.pane(SerialPane)
    window.panes.setCurrentWidget(pane)
    arun.wait(lambda: pane.link.connected)
    pane.terminal.setFocus()
    arun.wait(pane.terminal.hasFocus)
    return pane


def type_word(keys: QWindow, word: str) -> None:
    """Press the letter keys of `word` (lower case) on the window."""
    for letter in word:
        QTest.keyClick(keys, Qt.Key(ord(letter.upper())))


def running(vm: QemuVm) -> bool:
    return bool(vm.watch.execute("query-status")["running"])


@pytest.mark.qemu
def test_the_keys_a_terminal_sends_go_to_the_guest_not_to_the_windows_shortcuts(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(vm)
    pane = serial_ready(window, arun)
    keys = handle(window, arun)
    # Ctrl+P is Pause, Ctrl+R Resume, F5 Refresh and Ctrl+N Add VM… in the window; Alt+W
    # opens the View menu. In a terminal they are DLE, DC2, ESC [15~, SO and ESC w.
    QTest.keyClick(keys, Qt.Key.Key_P, CTRL)
    arun.wait(lambda: "\x10" in screen_text(vm))  # the guest read 0x10 on COM1
    QTest.keyClick(keys, Qt.Key.Key_R, CTRL)
    QTest.keyClick(keys, Qt.Key.Key_F5)
    QTest.keyClick(keys, Qt.Key.Key_N, CTRL)
    QTest.keyClick(keys, Qt.Key.Key_W, ALT)
    QTest.keyClick(keys, Qt.Key.Key_BracketLeft, CTRL)
    type_word(keys, "xend")  # ESC x: the terminal's own echo of it eats the x
    arun.wait(lambda: "end" in screen_text(vm))
    shown = screen_text(vm)
    assert "\x10\x12\x1b[15~\x0e\x1bw\x1bxend" in shown.replace("\n", "")
    assert running(vm)  # not paused
    assert window.isActiveWindow() and pane.terminal.hasFocus()  # no dialog, no menu open
    arun.wait(lambda: "end" in pane.terminal.text())  # the echo came back


@pytest.mark.qemu
def test_detach_works_from_the_terminal_and_the_screen_on_the_real_key_path(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(vm)
    pane = serial_ready(window, arun)
    QTest.keyClick(handle(window, arun), Qt.Key.Key_O, CTRL | SHIFT)
    arun.wait(lambda: pane.detached)
    assert pane.window_ is not None and pane.terminal.window() is pane.window_
    pane.terminal.setFocus()
    QTest.keyClick(handle(pane.window_, arun), Qt.Key.Key_O, CTRL | SHIFT)  # and back
    arun.wait(lambda: not pane.detached)
    assert pane.terminal.window() is window
    pane.terminal.setFocus()
    type_word(handle(window, arun), "ok")
    arun.wait(lambda: "ok" in screen_text(vm))
    assert "\x0f" not in screen_text(vm)  # Ctrl+O never reached the guest

    screen = show_screen(window, arun)
    capture(screen, arun)
    QTest.keyClick(handle(window, arun), Qt.Key.Key_O, CTRL | SHIFT)
    arun.wait(lambda: screen.detached)
    assert screen.window_ is not None and screen.view.window() is screen.window_
    screen.view.canvas.setFocus()
    QTest.keyClick(handle(screen.window_, arun), Qt.Key.Key_O, CTRL | SHIFT)
    arun.wait(lambda: not screen.detached)


@pytest.mark.qemu
def test_the_view_menu_brings_the_screen_and_the_serial_console_forward(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(vm)
    serial = serial_ready(window, arun)
    keys = handle(window, arun)
    # From the terminal: Ctrl+Shift+X is kept by the window (View ▸ Screen).
    QTest.keyClick(keys, Qt.Key.Key_X, CTRL | SHIFT)
    arun.wait(lambda: window.panes.currentWidget() is window.pane(ScreenPane))
    assert window.pane(ScreenPane).view.canvas.hasFocus()
    QTest.keyClick(keys, Qt.Key.Key_T, CTRL | SHIFT)
    arun.wait(lambda: window.panes.currentWidget() is serial and serial.terminal.hasFocus())
    assert "\x18" not in screen_text(vm) and "\x14" not in screen_text(vm)
    names = [a.objectName() for a in window.menuBar().actions()[2].menu().actions()]
    assert names[:2] == ["actionShowScreen", "actionShowSerial"]


def test_the_screen_and_serial_tabs_show_at_the_first_window_size(
    windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.open()
    arun.wait(lambda: window.windowHandle() is not None and window.windowHandle().isExposed())
    bar = window.panes.tabBar()
    titles = [bar.tabText(i).replace("&", "") for i in range(bar.count())]
    for title in ("Screen", "Serial"):
        rect = bar.tabRect(titles.index(title))
        assert rect.left() >= 0 and rect.right() <= bar.width() - 2 * bar.height()
