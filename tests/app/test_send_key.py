"""Send key against a real QEMU 7.2 whose guest reports on COM1 every scan code its
keyboard controller gets (tests/helpers/guest_images.py's REPORTS_KEYS): the keys are
checked where they land, in the guest."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QAction, QFocusEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu

from qmpgui.app.main_window import MainWindow
from qmpgui.ui.key_dialog import KeyDialog
from tests.helpers.dialogs import when_modal
from tests.helpers.guest_images import keys_guest_args, reported_keys
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.screendump import open_viewer
from tests.helpers.windows import Windows, act, log_texts, messages

#: Scan code set 1, as the guest reads it: makes in the order pressed, breaks reversed.
CTRL_ALT_DEL = "1D 38 E0 53 E0 D3 B8 9D"
SHIFT_A = "2A 1E 9E AA"
CTRL_ALT_F2 = "1D 38 3C BC B8 9D"
B = "30 B0"


@pytest.fixture
def keys_vm(short_tmp: Path) -> Iterator[tuple[QemuVm, Path]]:
    """A guest that reports its keys on COM1, and the file COM1 writes into."""
    folder = short_tmp / "keys"
    folder.mkdir()
    args, serial = keys_guest_args(folder)
    vm = QemuVm(folder, name="keys").start(extra=args)
    yield vm, serial
    vm.stop()


def ready(arun: AsyncRunner, windows: Windows, vm: QemuVm, serial: Path) -> MainWindow:
    """A window on `vm`, once its guest reads the keyboard (and has read nothing)."""
    window = windows.on(vm)
    arun.wait(lambda: reported_keys(serial) is not None, timeout=60)
    assert reported_keys(serial) == ""
    arun.wait(lambda: window.model.session(0).run_status == "running")
    arun.wait(lambda: act(window, "actionSendKey").isEnabled())
    return window


def item(menu: QMenu, name: str) -> QAction:
    """The action `name` of `menu` or of one of its submenus."""
    found = menu.findChild(QAction, name)
    assert found is not None, name
    return found


@pytest.mark.qemu
def test_ctrl_alt_del_from_the_vm_menu_reaches_the_guest(
    keys_vm: tuple[QemuVm, Path], windows: Windows, arun: AsyncRunner
) -> None:
    vm, serial = keys_vm
    window = ready(arun, windows, vm, serial)
    vm_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&VM")
    send_key = act(window, "actionSendKey")
    assert send_key in vm_menu.actions() and send_key.menu() is not None
    assert send_key.shortcut().isEmpty()  # the keys are what a desktop would swallow

    item(send_key.menu(), "sendKeyCtrlAltDel").trigger()
    arun.wait(lambda: reported_keys(serial) == CTRL_ALT_DEL)
    arun.wait(lambda: any("Send key ctrl-alt-delete (send-key) ok" in m for m in messages(window)))
    assert any("Send key ctrl-alt-delete" in text for text in log_texts(window))


@pytest.mark.qemu
def test_the_context_menu_sends_a_console_switch_and_a_paused_vm_takes_no_keys(
    keys_vm: tuple[QemuVm, Path], windows: Windows, arun: AsyncRunner
) -> None:
    vm, serial = keys_vm
    window = ready(arun, windows, vm, serial)
    window.vm_list.customContextMenuRequested.emit(QPoint(5, 5))
    popup = QApplication.activePopupWidget()
    assert isinstance(popup, QMenu)
    send_key = next(a for a in popup.actions() if a.objectName() == "actionSendKey")
    item(send_key.menu(), "sendKeyCtrlAltF2").trigger()
    popup.close()
    arun.wait(lambda: reported_keys(serial) == CTRL_ALT_F2)

    vm.watch.execute("stop")
    arun.wait(lambda: not act(window, "actionSendKey").isEnabled())
    assert (
        "keys reach a running guest only (it is paused)" in act(window, "actionSendKey").toolTip()
    )


@pytest.mark.qemu
def test_a_combination_typed_in_the_dialog_is_completed_and_reaches_the_guest(
    keys_vm: tuple[QemuVm, Path], windows: Windows, arun: AsyncRunner
) -> None:
    vm, serial = keys_vm
    window = ready(arun, windows, vm, serial)
    completed: list[str] = []

    def type_keys(dialog: KeyDialog) -> None:
        edit = dialog.keys_edit
        completer = edit.completer()
        edit.setText("shift-")
        completer.setCompletionPrefix("")  # the names QEMU's schema lists
        completed.append(str(completer.completionCount()))
        # Typed as a user types (the field has the focus, as it has in the dialog on a
        # desktop): the completer offers the names that fit the last word.
        edit.clear()
        QApplication.sendEvent(edit, QFocusEvent(QEvent.Type.FocusIn))
        QTest.keyClicks(edit, "Ctrl-Alt-Dele")
        popup = completer.popup()
        QTest.keyClick(popup, Qt.Key.Key_Down)
        QTest.keyClick(popup, Qt.Key.Key_Return)
        completed.append(edit.text())
        edit.setText("shift+a")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    seen = when_modal(KeyDialog, type_keys)
    item(act(window, "actionSendKey").menu(), "sendKeyOther").trigger()
    assert len(seen.texts) == 1
    assert completed == ["149", "Ctrl-Alt-delete"]  # QEMU 7.2's QKeyCodes, less 'unmapped'
    arun.wait(lambda: reported_keys(serial) == SHIFT_A)
    arun.wait(lambda: any("Send key shift-a (send-key) ok" in m for m in messages(window)))


@pytest.mark.qemu
def test_an_unknown_key_name_is_refused_by_name_and_nothing_is_sent(
    keys_vm: tuple[QemuVm, Path], windows: Windows, arun: AsyncRunner
) -> None:
    vm, serial = keys_vm
    window = ready(arun, windows, vm, serial)
    said: list[tuple[str, bool, bool]] = []

    def mistype(dialog: KeyDialog) -> None:
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        for text in ("ctrl-alt-dleete", "ctrl-alt-f13"):  # f13: QEMU 7.2 has none
            dialog.keys_edit.setText(text)
            dialog.accept()  # Enter in the field
            said.append((dialog.problem.text(), ok.isEnabled(), dialog.isVisible()))
        dialog.reject()

    when_modal(KeyDialog, mistype)
    item(act(window, "actionSendKey").menu(), "sendKeyOther").trigger()
    (dleete, dleete_ok, stayed), (f13, f13_ok, _) = said
    assert dleete.startswith("'dleete' is not a key name this VM knows (did you mean 'delete'")
    assert "'f13' is not a key name this VM knows" in f13
    assert not dleete_ok and not f13_ok and stayed

    # Nothing went out: the first keys the guest gets are those sent next.
    when_modal(KeyDialog, lambda d: (d.keys_edit.setText("b"), d.accept()))
    item(act(window, "actionSendKey").menu(), "sendKeyOther").trigger()
    arun.wait(lambda: reported_keys(serial) == B)
    assert not any("dleete" in text or "f13" in text for text in log_texts(window))


@pytest.mark.qemu
def test_the_screendump_viewers_send_key_menu_reaches_its_guest(
    keys_vm: tuple[QemuVm, Path], windows: Windows, arun: AsyncRunner
) -> None:
    vm, serial = keys_vm
    window = ready(arun, windows, vm, serial)
    viewer = open_viewer(window, arun)
    button = viewer.send_key
    assert button.isEnabled() and button.menu() is not None
    item(button.menu(), "sendKeyCtrlAltDel").trigger()
    arun.wait(lambda: reported_keys(serial) == CTRL_ALT_DEL)

    vm.watch.execute("stop")
    arun.wait(lambda: not button.isEnabled())
    assert "keys reach a running guest only (it is paused)" in button.toolTip()
