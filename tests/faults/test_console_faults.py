"""Consoles that fail on a real QEMU 7.2, seen through the main window: a serial port
whose socket another program holds, and the Screen tab of a VM without a display."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from qmpgui.ui.panes.screen import ScreenPane
from qmpgui.ui.panes.serial import SerialPane
from tests.helpers.guard import Guard
from tests.helpers.holder import PROGRAM, holding
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.serial_guest import echo_guest_on_socket, screen_text
from tests.helpers.windows import Windows, act, messages

pytestmark = [pytest.mark.qemu, pytest.mark.timeout(120)]


@pytest.fixture
def vm(short_tmp: Path) -> Iterator[QemuVm]:
    made = QemuVm(short_tmp, name="console")
    yield made
    made.stop()


def test_a_serial_socket_another_program_holds_names_it_and_is_taken_once_freed(
    vm: QemuVm, short_tmp: Path, windows: Windows, arun: AsyncRunner, guard: Guard
) -> None:
    args, path = echo_guest_on_socket(vm)
    vm.start(extra=args, sockets=(path,))
    with holding(path, short_tmp, first="connected") as holder:
        window = windows.on(vm)
        pane = window.pane(SerialPane)
        window.panes.setCurrentWidget(pane)
        start = guard.ticks
        arun.wait(lambda: "holds this serial port" in pane.status.text())
        guard.ticked_since(start)
        # Named from the kernel's table, as a busy monitor's holder is.
        expected = f"s0: pid {holder.pid} ({PROGRAM} -c "
        assert pane.status.text().startswith(expected), pane.status.text()
        assert pane.status.text().endswith(
            " holds this serial port (QEMU serves one client at a time): close it there"
        )
        assert not pane.link.connected
    # The other program has gone: the pane connects by itself and takes typing.
    arun.wait(lambda: pane.link.connected)
    assert "Connected to s0" in pane.status.text()
    pane.link.send(b"mine now\r")
    arun.wait(lambda: "mine now" in screen_text(vm))
    guard.assert_clean()


def test_the_screen_of_a_vm_without_a_display_says_so_and_offers_no_typing(
    qemu: QemuVm, windows: Windows, arun: AsyncRunner, guard: Guard
) -> None:
    window = windows.on(qemu)  # -nodefaults, no -vga: no graphics device at all
    pane = window.pane(ScreenPane)
    window.panes.setCurrentWidget(pane)
    view = pane.view
    no_display = "this VM has no display (QEMU was started without a graphics device)"
    start = guard.ticks
    arun.wait(lambda: f"no frame: {no_display}" in view.status.text())
    guard.ticked_since(start)
    # Neither a click nor Tab captures the keyboard, and the line says why.
    assert view.capture_label.text() == (
        "Keyboard capture and Type text are off: this VM has no screen to type into"
    )
    canvas = view.canvas
    QTest.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=canvas.rect().center())
    canvas.setFocus(Qt.FocusReason.TabFocusReason)
    arun.qtbot.wait(100)
    assert not canvas.captured
    # Type text is off, its tooltip saying why; the window's Screenshot too.
    assert not view.type_action.isEnabled()
    assert view.type_action.toolTip().endswith(f" — no screen to type into: {no_display}")
    screenshot = act(window, "actionScreendump")
    assert not screenshot.isEnabled() and no_display in screenshot.toolTip()
    assert not any("Typed" in m for m in messages(window))
    guard.assert_clean()
