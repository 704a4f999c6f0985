"""What the Screen and Serial tabs show when their view is elsewhere or the VM gone: a
lost VM's last frame greyed with when it came written on it (not drawn as if live), and
a detached serial console's place in the pane saying where it is."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget

from qmpgui.ui.panes.serial import SerialPane
from tests.helpers.guest_images import RED, RED_SCREEN, boot_floppy, floppy_args
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.screen_view import colour_at, show_screen
from tests.helpers.serial_guest import echo_guest_on_socket
from tests.helpers.windows import Windows


@pytest.fixture
def red_vm(short_tmp: Path) -> Iterator[QemuVm]:
    folder = short_tmp / "red"
    folder.mkdir()
    image = boot_floppy(folder / "red.img", RED_SCREEN)
    vm = QemuVm(folder, name="red").start(extra=floppy_args(image))
    yield vm
    vm.stop()


def painted(canvas: QWidget, point: QPoint) -> tuple[int, int, int]:
    """The colour the canvas paints at `point` (its own coordinates)."""
    colour = canvas.grab().toImage().pixelColor(point)
    return colour.red(), colour.green(), colour.blue()


@pytest.mark.qemu
def test_a_lost_vms_last_frame_is_greyed_and_says_it_is_the_last_from_when(
    red_vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(red_vm)
    pane = show_screen(window, arun)
    canvas = pane.view.canvas
    arun.wait(lambda: colour_at(pane, 100, 100) == RED)
    corner = canvas.picture_rect().topLeft().toPoint() + QPoint(10, 10)
    assert painted(canvas, corner) == RED
    red_vm.kill()
    arun.wait(lambda: "red is not connected" in pane.view.status.text())
    r, g, b = painted(canvas, corner)
    assert r == g == b and r < 168  # grey, no longer the guest's red
    words = pane.view.status.text()
    assert words.startswith("The last frame, from ") and words == canvas.stale


@pytest.mark.qemu
def test_a_detached_serial_console_says_where_it_is_in_its_pane(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    vm = QemuVm(short_tmp, name="serial")
    args, path = echo_guest_on_socket(vm)
    try:
        vm.start(extra=args, sockets=(path,))
        window = windows.on(vm)
        pane = window.pane(SerialPane)
        window.panes.setCurrentWidget(pane)
        arun.wait(lambda: pane.link.connected)
        pane.detach_button.click()
        shown = [w.text() for w in pane.findChildren(type(pane.status)) if w.isVisible()]
        assert "The console is shown in a window of its own." in shown
        pane.detach_button.click()  # Attach
        shown = [w.text() for w in pane.findChildren(type(pane.status)) if w.isVisible()]
        assert "The console is shown in a window of its own." not in shown
        assert pane.terminal.isVisible()
    finally:
        vm.stop()
