"""The Screen tab's keyboard against a real QEMU 7.2 whose guest reports on COM1 every
scan code its keyboard controller gets (REPORTS_KEYS): keys typed into the view are
checked where they land, in the guest.

On Qt's offscreen platform QTest's key events carry no native scan code, so the view
reads their Qt key as a US keyboard has it; a key event made with an X keycode (as
X11 gives them) checks the other path, by the key's place on the keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QToolButton

from qmpgui.app.main_window import MainWindow
from qmpgui.ui.panes.screen import ScreenPane
from qmpgui.ui.type_text_dialog import TypeTextDialog
from tests.helpers.dialogs import when_modal
from tests.helpers.guest_images import keys_guest_args, reported_keys
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.screen_view import capture, show_screen
from tests.helpers.windows import Windows, act, log_texts, messages


@pytest.fixture
def keys_vm(short_tmp: Path) -> Iterator[tuple[QemuVm, Path]]:
    """A guest that reports its keys on COM1, and the file COM1 writes into."""
    folder = short_tmp / "keys"
    folder.mkdir()
    args, serial = keys_guest_args(folder)
    vm = QemuVm(folder, name="keys").start(extra=args)
    yield vm, serial
    vm.stop()


def ready(
    arun: AsyncRunner, windows: Windows, vm: QemuVm, serial: Path
) -> tuple[MainWindow, ScreenPane]:
    """A window on `vm` with the Screen tab shown, once the guest reads the keyboard."""
    window = windows.on(vm)
    arun.wait(lambda: reported_keys(serial) is not None, timeout=60)
    assert reported_keys(serial) == ""
    return window, show_screen(window, arun)


def x11_key(kind: QEvent.Type, key: Qt.Key, text: str, x_keycode: int) -> QKeyEvent:
    """A key event as Qt's xcb platform makes it: the X keycode as native scan code."""
    return QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, x_keycode, 0, 0, text)


@pytest.mark.qemu
def test_keys_typed_while_captured_reach_the_guest_pressed_and_released(
    keys_vm: tuple[QemuVm, Path], windows: Windows, arun: AsyncRunner
) -> None:
    vm, serial = keys_vm
    window, pane = ready(arun, windows, vm, serial)
    canvas = pane.view.canvas
    assert not canvas.captured
    assert pane.view.capture_label.text().startswith("Click the screen to type")
    QTest.keyClick(canvas, Qt.Key.Key_Q)  # not captured: nothing goes
    capture(pane, arun)
    assert pane.view.capture_label.text() == "Keyboard captured — Ctrl+Alt releases"

    QTest.keyClick(canvas, Qt.Key.Key_A)
    arun.wait(lambda: reported_keys(serial) == "1E 9E")
    # The window's keys are the guest's while captured: Ctrl+W, Tab, F5 (a shortcut
    # of the window's: Refresh) and Ctrl+Q (Quit) all go in, press and release.
    QTest.keyClick(canvas, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(canvas, Qt.Key.Key_Tab)
    QTest.keyClick(canvas, Qt.Key.Key_F5)
    QTest.keyClick(canvas, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    arun.wait(lambda: reported_keys(serial) == "1E 9E 1D 11 91 9D 0F 8F 3F BF 1D 10 90 9D")
    assert canvas.captured and canvas.hasFocus() and window.isVisible()

    # By place: the key left of 1 is grave_accent (scan code 29) whatever the host's
    # layout calls it; a German layout gives Qt's key ^ there (X keycode 49).
    canvas.native_codes = True
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(canvas, x11_key(kind, Qt.Key.Key_AsciiCircum, "^", 49))
    arun.wait(lambda: (reported_keys(serial) or "").endswith("9D 29 A9"))
    assert not any("input-send-event" in m for m in messages(window))  # no error said


@pytest.mark.qemu
def test_ctrl_alt_releases_the_capture_and_later_keys_stay_home(
    keys_vm: tuple[QemuVm, Path], windows: Windows, arun: AsyncRunner
) -> None:
    vm, serial = keys_vm
    window, pane = ready(arun, windows, vm, serial)
    canvas = pane.view.canvas
    capture(pane, arun)
    QTest.keyPress(canvas, Qt.Key.Key_Control)
    QTest.keyPress(canvas, Qt.Key.Key_Alt, Qt.KeyboardModifier.ControlModifier)
    assert not canvas.captured
    assert pane.view.capture_label.text().startswith("Click the screen to type")
    # Ctrl went in when pressed and came up when the capture ended; Alt never.
    arun.wait(lambda: reported_keys(serial) == "1D 9D")
    screen_input = pane.view.input
    assert screen_input is not None
    arun.wait(lambda: screen_input.idle)  # the guest can read them before QEMU replies
    sent = screen_input.sent_events
    QTest.keyRelease(canvas, Qt.Key.Key_Alt, Qt.KeyboardModifier.ControlModifier)
    QTest.keyRelease(canvas, Qt.Key.Key_Control)
    QTest.keyClick(canvas, Qt.Key.Key_B)
    # A key of the test's own comes after: B, had it been sent, would be before it.
    vm.watch.execute("send-key", {"keys": [{"type": "qcode", "data": "c"}]})
    arun.wait(lambda: (reported_keys(serial) or "").endswith("2E AE"))
    assert reported_keys(serial) == "1D 9D 2E AE"
    assert screen_input.sent_events == sent

    # Another release combination from the preferences, taken at the next capture.
    window.fleet.apply_settings({"screen_release_keys": "ctrl-shift"})
    capture(pane, arun)
    assert pane.view.capture_label.text() == "Keyboard captured — Ctrl+Shift releases"
    QTest.keyClick(canvas, Qt.Key.Key_Alt)
    assert canvas.captured
    QTest.keyPress(canvas, Qt.Key.Key_Shift)
    QTest.keyPress(canvas, Qt.Key.Key_Control, Qt.KeyboardModifier.ShiftModifier)
    assert not canvas.captured
    arun.wait(lambda: reported_keys(serial) == "1D 9D 2E AE 38 B8 2A AA")


@pytest.mark.qemu
def test_type_text_types_each_character_and_the_log_keeps_only_its_length(
    keys_vm: tuple[QemuVm, Path], windows: Windows, arun: AsyncRunner
) -> None:
    vm, serial = keys_vm
    window, pane = ready(arun, windows, vm, serial)
    secret = "aB1!"
    refused: list[str] = []

    def type_in(dialog: TypeTextDialog) -> None:
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        dialog.text_edit.setText("pässword")
        refused.append(dialog.problem.text())
        refused.append(str(ok.isEnabled()))
        dialog.text_edit.setText(secret)
        ok.click()

    when_modal(TypeTextDialog, type_in)
    act_type = pane.view.type_action
    assert act_type.text() == "&Type text…"
    act_type.trigger()
    assert refused == [
        "nothing typed: a US keyboard has no key for 'ä'. Choose the guest's keyboard "
        "layout, or remove those characters and type them in the guest",
        "False",
    ]
    # a, shift+b, 1, shift+1: each character's key, shift around those that need it.
    arun.wait(lambda: reported_keys(serial) == "1E 9E 2A 30 B0 AA 02 82 2A 02 82 AA")
    arun.wait(lambda: any("Typed 4 characters" in m for m in messages(window)))
    assert not any(secret in text for text in [*log_texts(window), *messages(window)])

    pane.view.type_text("ok€")  # straight in: said, and nothing typed
    assert any("no key for '€'" in m for m in messages(window))
    vm.watch.execute("send-key", {"keys": [{"type": "qcode", "data": "c"}]})
    arun.wait(lambda: (reported_keys(serial) or "").endswith("AA 2E AE"))


@pytest.mark.qemu
def test_the_send_key_menu_of_the_screen_tab_reaches_the_guest(
    keys_vm: tuple[QemuVm, Path], windows: Windows, arun: AsyncRunner
) -> None:
    vm, serial = keys_vm
    window, pane = ready(arun, windows, vm, serial)
    button = pane.view.findChild(QToolButton, "sendKeyButton")
    assert button is not None and button.menu() is act(window, "actionSendKey").menu()
    arun.wait(lambda: act(window, "actionSendKey").isEnabled())
    found = button.menu().findChild(QAction, "sendKeyCtrlAltDel")
    assert found is not None
    found.trigger()
    arun.wait(lambda: reported_keys(serial) == "1D 38 E0 53 E0 D3 B8 9D")


@pytest.mark.qemu
def test_type_text_types_for_the_guests_keyboard_layout_chosen(
    keys_vm: tuple[QemuVm, Path], windows: Windows, arun: AsyncRunner
) -> None:
    vm, serial = keys_vm
    window, pane = ready(arun, windows, vm, serial)

    def type_in(dialog: TypeTextDialog) -> None:
        dialog.text_edit.setText("äy")
        dialog.layout_box.setCurrentText("de")
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        arun.wait(ok.isEnabled)  # once QEMU's de keymap is read
        ok.click()

    when_modal(TypeTextDialog, type_in)
    pane.view.type_action.trigger()
    # On a German keyboard ä is the key right of ö (scan code 28, a US keyboard's '),
    # and y is where a US keyboard has z (2C).
    arun.wait(lambda: reported_keys(serial) == "28 A8 2C AC")
    assert pane.view.layouts.chosen(window.model.session(0).endpoint_text) == "de"
