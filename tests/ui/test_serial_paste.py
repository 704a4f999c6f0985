"""A long paste into the serial console against QEMU 7.2 and the demo's echo guest on a
socket chardev: sent whole and in order as the guest reads it, its progress said, Stop
ends it, and a paste too large is refused saying its size. What the guest read is seen
on its VGA screen through the test's own monitor."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from qmpgui.app.main_window import MainWindow
from qmpgui.session.serial_input import MAX_QUEUED_BYTES
from qmpgui.ui.panes.serial import SerialPane
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.serial_guest import echo_guest_on_socket, screen_text
from tests.helpers.windows import Windows


@pytest.fixture
def vm(short_tmp: Path) -> Iterator[QemuVm]:
    made = QemuVm(short_tmp, name="pastevm")
    args, path = echo_guest_on_socket(made)
    made.start(extra=args, sockets=(path,))
    yield made
    made.stop()


def ready(window: MainWindow, arun: AsyncRunner) -> SerialPane:
    pane = window.pane(SerialPane)
    window.panes.setCurrentWidget(pane)
    arun.wait(lambda: pane.link.connected)
    return pane


def paste(pane: SerialPane, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    pane.terminal.paste()


def lines(first: int, count: int) -> str:
    """`count` numbered lines of 40 characters, one after another."""
    return "".join(f"line {n:05d} {'.' * 28}\n" for n in range(first, first + count))


@pytest.mark.qemu
def test_a_paste_longer_than_4096_bytes_goes_whole_and_in_order(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(vm)
    pane = ready(window, arun)
    text = lines(0, 150) + "pasted-end\n"  # 6,011 bytes
    paste(pane, text)
    arun.wait(lambda: "pasted-end" in screen_text(vm), 60)
    # The guest's own screen (its last 24 lines): every line whole and in order.
    tail = screen_text(vm).rstrip("\n").split("\n")[-24:]
    assert tail == [f"line {n:05d} {'.' * 28}" for n in range(127, 150)] + ["pasted-end"]
    arun.wait(lambda: "pasted 5.9 KiB" in pane.status.text())
    assert not pane.console.stop_button.isVisible()
    # (The echo guest writes COM1 without waiting for the UART: under a fast stream
    # QEMU drops some of its echo, so the terminal's copy is not checked here.)


@pytest.mark.qemu
def test_a_long_paste_says_its_progress_and_stop_sends_no_more(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(vm)
    pane = ready(window, arun)
    paste(pane, lines(0, 5000) + "never-sent\n")  # 200 KiB: the guest echoes slowly
    arun.wait(
        lambda: "pasting, " in pane.status.text() and " of 195.3 KiB sent" in pane.status.text()
    )
    assert pane.console.stop_button.isVisible()
    arun.wait(lambda: "line 00003" in screen_text(vm))  # the guest reads it
    pane.console.stop_button.click()
    assert pane.status.text().startswith("s0: paste stopped: ")
    assert not pane.console.stop_button.isVisible()
    pane.link.send(b"after-stop\r")
    arun.wait(lambda: "after-stop" in screen_text(vm), 60)
    assert "never-sent" not in screen_text(vm) and "line 04999" not in pane.terminal.text()


@pytest.mark.qemu
def test_a_paste_larger_than_the_bound_is_refused_saying_its_size(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(vm)
    pane = ready(window, arun)
    size = MAX_QUEUED_BYTES + 1
    paste(pane, "x" * size)
    assert pane.status.text() == (
        f"s0: this paste is 1.0 MiB ({size:,} bytes), more than the 1.0 MiB qmpgui sends "
        "at once: nothing of it was sent"
    )
    pane.link.send(b"small\r")
    arun.wait(lambda: "small" in screen_text(vm))
    assert "x" not in screen_text(vm).replace("qmpgui", "")
