"""The Serial pane against QEMU 7.2 and the demo's echo guest: its COM1 greeting shown
over a socket chardev, a ringbuf and a pty; text typed in the terminal reaching the
guest (seen on the guest's own VGA screen through the test's monitor); a socket held by
another client said in its sentence; a VM that goes away and comes back."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from qmpgui.app.main_window import MainWindow
from qmpgui.host.demo_guest import GREETING
from qmpgui.qmp.serial_ports import HELD_SENTENCE
from qmpgui.ui.panes.serial import CHOOSE, SerialPane
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.serial_guest import echo_guest_args, echo_guest_on_socket, screen_text
from tests.helpers.sshd import Sshd, SshHome
from tests.helpers.windows import Windows

GREETING_LINE = GREETING.strip()


@pytest.fixture
def vm(short_tmp: Path) -> Iterator[QemuVm]:
    made = QemuVm(short_tmp, name="serialvm")
    yield made
    made.stop()


def shown(window: MainWindow, arun: AsyncRunner) -> SerialPane:
    """The Serial pane on screen, once it lists the VM's ports."""
    pane = window.pane(SerialPane)
    window.panes.setCurrentWidget(pane)
    arun.wait(lambda: bool(pane.ports))
    return pane


def type_line(pane: SerialPane, text: str) -> None:
    pane.terminal.setFocus()
    QTest.keyClicks(pane.terminal, text)
    QTest.keyClick(pane.terminal, Qt.Key.Key_Return)


@pytest.mark.qemu
def test_a_socket_chardev_shows_the_guest_and_takes_what_is_typed(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    args, path = echo_guest_on_socket(vm)
    vm.start(extra=args, sockets=(path,))
    window = windows.on(vm)
    pane = shown(window, arun)
    assert pane.port_box.currentText() == f"s0 (unix socket {path})"
    # The guest greets once, at boot: the console, connected after, still shows it
    # only if it connected before the greeting; wait for the guest's echo instead.
    arun.wait(lambda: pane.link.connected)
    type_line(pane, "hello serial")
    arun.wait(lambda: "hello serial" in screen_text(vm))  # the guest read it on COM1
    arun.wait(lambda: "hello serial" in pane.terminal.text())  # and its echo came back
    assert "Connected to s0" in pane.status.text()


@pytest.mark.qemu
def test_a_ringbuf_shows_what_the_guest_wrote_before_and_is_read_only(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    vm.start(extra=echo_guest_args(vm.folder, "-chardev", "ringbuf,id=r0", "-serial", "chardev:r0"))
    arun.wait(lambda: GREETING_LINE in screen_text(vm))  # written before any console
    window = windows.on(vm)
    pane = shown(window, arun)
    assert pane.port_box.currentText() == "r0 (ringbuf over QMP)"
    arun.wait(lambda: GREETING_LINE in pane.terminal.text())
    vm.watch.execute("send-key", {"keys": [{"type": "qcode", "data": "k"}]})  # the guest echoes it
    arun.wait(lambda: GREETING_LINE + "\nk" in pane.terminal.text())
    type_line(pane, "x")
    assert "read-only" in pane.status.text()


@pytest.mark.qemu
def test_a_ringbuf_is_read_only_while_the_pane_shows(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    vm.start(extra=echo_guest_args(vm.folder, "-chardev", "ringbuf,id=r0", "-serial", "chardev:r0"))
    window = windows.on(vm)
    pane = shown(window, arun)
    arun.wait(lambda: GREETING_LINE in pane.terminal.text())
    window.panes.setCurrentIndex(0)  # another pane: the ringbuf is no longer read
    # Not read any more (a read asked while it showed may still be answered first).
    arun.wait(lambda: not pane.link.active.is_set() and not pane.link.reading)
    vm.watch.execute("send-key", {"keys": [{"type": "qcode", "data": "q"}]})
    arun.wait(lambda: "\nq" in screen_text(vm))
    # QEMU keeps the guest's output (its serial port sends it a moment after the screen
    # shows it): the test's own reads find it, so the console never took it.
    kept: list[str] = []

    def read_by_the_test() -> bool:
        kept.append(
            vm.watch.execute("ringbuf-read", {"device": "r0", "size": 1000, "format": "utf8"})
        )
        return "q" in "".join(kept)

    arun.wait(read_by_the_test)
    assert "".join(kept) == "q" and "\nq" not in pane.terminal.text()


@pytest.mark.qemu
def test_a_socket_another_client_holds_is_said_and_taken_once_freed(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    args, path = echo_guest_on_socket(vm)
    vm.start(extra=args, sockets=(path,))
    other = socket.socket(socket.AF_UNIX)
    other.connect(str(path))
    try:
        window = windows.on(vm)
        pane = shown(window, arun)
        # The holder named: this very process, from the kernel's table.
        arun.wait(lambda: pane.status.text().startswith(f"s0: pid {os.getpid()} ("))
        assert HELD_SENTENCE.replace("another program", "") in pane.status.text()
        assert not pane.link.connected
    finally:
        other.close()
    arun.wait(lambda: pane.link.connected)
    type_line(pane, "mine now")
    arun.wait(lambda: "mine now" in screen_text(vm))


@pytest.mark.qemu
def test_a_pty_on_this_host_shows_the_guest_and_takes_what_is_typed(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    vm.start(extra=echo_guest_args(vm.folder, "-chardev", "pty,id=p0", "-serial", "chardev:p0"))
    window = windows.on(vm)
    pane = shown(window, arun)
    assert pane.port_box.currentText().startswith("p0 (pty /dev/pts/")
    arun.wait(lambda: pane.link.connected)
    type_line(pane, "over the pty")
    arun.wait(lambda: "over the pty" in screen_text(vm))
    arun.wait(lambda: "over the pty" in pane.terminal.text())


@pytest.mark.qemu
def test_ports_out_of_reach_are_greyed_with_why(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    out = vm.folder / "out.txt"
    vm.start(
        extra=[
            *echo_guest_args(
                vm.folder, "-chardev", f"file,id=f0,path={out}", "-serial", "chardev:f0"
            ),
            "-chardev",
            "null,id=n0",
            "-serial",
            "chardev:n0",
        ]
    )
    window = windows.on(vm)
    pane = shown(window, arun)
    texts = [pane.port_box.itemText(i) for i in range(pane.port_box.count())]
    assert "f0 (file): its output goes to a file on the VM's host" in texts
    assert "n0 (null): a null chardev: the guest's output is dropped" in texts
    model = pane.port_box.model()
    assert not any(model.flags(model.index(i, 0)) & Qt.ItemFlag.ItemIsEnabled for i in range(1, 3))
    assert not pane.link.connected and "compat_monitor" not in " ".join(texts)


@pytest.mark.qemu
def test_the_text_stays_when_the_vm_goes_away_and_the_console_reconnects(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    args, path = echo_guest_on_socket(vm)
    vm.start(extra=args, sockets=(path,))
    window = windows.on(vm)
    pane = shown(window, arun)
    arun.wait(lambda: pane.link.connected)
    type_line(pane, "before")
    arun.wait(lambda: "before" in pane.terminal.text())
    vm.stop()
    arun.wait(lambda: "the serial port closed" in pane.status.text())
    assert "before" in pane.terminal.text()
    vm.start(extra=args, sockets=(path,))
    arun.wait(lambda: pane.link.connected and "Connected again" in pane.status.text(), 60)
    type_line(pane, "after")
    arun.wait(lambda: "after" in screen_text(vm))
    assert "before" in pane.terminal.text()


@pytest.mark.qemu
def test_detach_keeps_the_same_terminal_and_attach_brings_it_back(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    args, path = echo_guest_on_socket(vm)
    vm.start(extra=args, sockets=(path,))
    window = windows.on(vm)
    pane = shown(window, arun)
    arun.wait(lambda: pane.link.connected)
    terminal = pane.terminal
    pane.detach_button.click()
    assert pane.window_ is not None and pane.window_.isVisible()
    assert terminal.window() is pane.window_
    type_line(pane, "detached")
    arun.wait(lambda: "detached" in screen_text(vm))
    arun.wait(lambda: "detached" in terminal.text())
    window.panes.setCurrentIndex(0)  # the pane's tab hidden: the window still reads
    pane.window_.close()
    assert pane.window_ is None and terminal.window() is window
    assert "detached" in terminal.text() and os.environ.get("QT_QPA_PLATFORM") == "offscreen"


@pytest.mark.qemu
@pytest.mark.sshd
def test_an_ssh_vms_ringbuf_is_read_over_qmp_and_its_socket_is_greyed(
    vm: QemuVm, sshd: Sshd, ssh_home: SshHome, windows: Windows, arun: AsyncRunner
) -> None:
    path = vm.folder / "s1.sock"
    ringbuf = ("-chardev", "ringbuf,id=r0", "-serial", "chardev:r0")
    socket_chardev = ["-chardev", f"socket,id=s1,path={path},server=on,wait=off"]
    vm.start(extra=[*echo_guest_args(vm.folder, *ringbuf), *socket_chardev], sockets=(path,))
    ssh_home.trust(sshd)
    window = windows.on(sshd.url(vm.app_socket))
    pane = shown(window, arun)
    texts = [pane.port_box.itemText(i) for i in range(pane.port_box.count())]
    assert f"s1 (unix socket {path}): a socket on the VM's host, not this one" in texts
    assert pane.port_box.currentText() == "r0 (ringbuf over QMP)"  # the one it can open
    arun.wait(lambda: GREETING_LINE in pane.terminal.text())  # over SSH, QMP alone
    vm.watch.execute("send-key", {"keys": [{"type": "qcode", "data": "s"}]})
    arun.wait(lambda: GREETING_LINE + "\ns" in pane.terminal.text())


@pytest.mark.qemu
def test_each_vm_keeps_its_console_text_and_what_came_while_another_was_shown(
    vm: QemuVm, short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    args, path = echo_guest_on_socket(vm)
    vm.start(extra=args, sockets=(path,))
    (short_tmp / "other").mkdir()
    other = QemuVm(short_tmp / "other", name="othervm")
    try:
        other_args, other_path = echo_guest_on_socket(other)
        other.start(extra=other_args, sockets=(other_path,))
        window = windows.on(vm, other)
        window.select_session(window.model.session(0))
        pane = shown(window, arun)
        arun.wait(lambda: pane.link.connected and pane.link.session is window.model.session(0))
        type_line(pane, "first vm")
        arun.wait(lambda: "first vm" in pane.terminal.text())
        window.select_session(window.model.session(1))
        arun.wait(lambda: pane.link.connected and pane.link.session is window.model.session(1))
        assert "first vm" not in pane.terminal.text()
        # Meanwhile the first VM's guest writes (a key typed on its keyboard is echoed).
        vm.watch.execute("send-key", {"keys": [{"type": "qcode", "data": "z"}]})
        arun.wait(lambda: "\nz" in screen_text(vm))
        window.select_session(window.model.session(0))
        arun.wait(lambda: "first vm\nz" in pane.terminal.text())
        assert "Connected to s0" in pane.status.text()  # the same link, never closed
    finally:
        other.stop()


@pytest.mark.qemu
def test_what_the_guest_wrote_before_the_console_connected_shows_from_the_logfile(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    path, log = vm.folder / "s0.sock", vm.folder / "com1.log"
    serial = [
        "-chardev",
        f"socket,id=s0,path={path},server=on,wait=off,logfile={log}",
        "-serial",
        "chardev:s0",
    ]
    vm.start(extra=echo_guest_args(vm.folder, *serial), sockets=(path,))
    arun.wait(lambda: GREETING_LINE in screen_text(vm))  # greeted with no client on COM1
    window = windows.on(vm)
    pane = shown(window, arun)
    arun.wait(lambda: pane.link.connected)
    arun.wait(lambda: GREETING_LINE in pane.terminal.text())
    type_line(pane, "then")
    arun.wait(lambda: GREETING_LINE + "\nthen" in pane.terminal.text())  # once, in order
    assert pane.terminal.text().count(GREETING_LINE) == 1


@pytest.mark.qemu
def test_the_demos_serial_tab_shows_the_guests_greeting_at_first(
    windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.open("--demo")
    arun.wait(lambda: window.model.rowCount() == 1 and window.model.session(0).connected, 60)
    demo = window.model.session(0)
    vm = window.fleet.demo
    assert vm is not None
    log = vm.folder / "serial0.log"
    # The guest has greeted (QEMU's log of COM1 says so) before any console connected.
    arun.wait(lambda: log.exists() and GREETING_LINE in log.read_text(errors="replace"), 60)
    window.select_session(demo)
    pane = shown(window, arun)
    arun.wait(lambda: GREETING_LINE in pane.terminal.text())


@pytest.mark.qemu
def test_every_chardev_a_monitor_uses_is_left_out(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    args, path = echo_guest_on_socket(vm)
    mon = vm.folder / "mon9.sock"
    monitor = ["-chardev", f"socket,id=mon9,path={mon},server=on,wait=off"]
    vm.start(extra=[*args, *monitor, "-mon", "chardev=mon9,mode=control"], sockets=(path, mon))
    window = windows.on(vm)
    pane = shown(window, arun)
    arun.wait(lambda: pane.link.connected)  # the one port there is, opened
    window.pane(SerialPane).topic_changed("serial")
    texts = [pane.port_box.itemText(i) for i in range(pane.port_box.count())]
    assert texts == [CHOOSE, f"s0 (unix socket {path})"]
