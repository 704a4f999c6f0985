"""A libvirt domain's serial console in the Serial pane: libvirt's console stream
(virDomainOpenConsole in the worker) shows the echo guest's COM1, and what is typed
reaches the guest (its VGA screen read with virsh's HMP pass-through)."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from qmpgui.host.demo_guest import ECHO_GUEST
from qmpgui.qmp.serial_ports import CONSOLE_HELD_SENTENCE
from qmpgui.ui.panes.serial import SerialPane
from tests.helpers.libvirtd import URI, Libvirtd, virsh
from tests.helpers.runner import AsyncRunner
from tests.helpers.serial_guest import vga_text
from tests.helpers.windows import Windows

pytestmark = [pytest.mark.libvirt, pytest.mark.qemu, pytest.mark.timeout(300)]


@pytest.fixture
def console_domain(libvirtd: Libvirtd) -> Iterator[str]:
    """A running domain of the echo guest with COM1 on a pty, its console; its name."""
    name = f"qmpgui-console-{os.getpid()}"
    try:
        yield libvirtd.define(name, guest=ECHO_GUEST, serial_pty=True)
    finally:
        libvirtd.undefine(name)


def domain_screen(name: str) -> str:
    return vga_text(lambda line: virsh("qemu-monitor-command", name, "--hmp", line))


def test_a_domains_console_stream_shows_the_guest_and_takes_what_is_typed(
    console_domain: str, windows: Windows, arun: AsyncRunner
) -> None:
    name = console_domain
    window = windows.on(f"{URI}#{name}")
    pane = window.pane(SerialPane)
    window.panes.setCurrentWidget(pane)
    arun.wait(lambda: pane.link.connected, timeout=60)
    assert pane.port_box.currentText() == "console (libvirt's console)"
    texts = lambda: [pane.port_box.itemText(i) for i in range(pane.port_box.count())]  # noqa: E731
    arun.wait(lambda: any("libvirt's pty" in text for text in texts()))  # its pty, greyed
    # libvirt's monitor is no console, and the domain runs on this host (a local URI).
    assert not any("charmonitor" in text or "not this one" in text for text in texts())
    pane.terminal.setFocus()
    QTest.keyClicks(pane.terminal, "through libvirt")
    QTest.keyClick(pane.terminal, Qt.Key.Key_Return)
    arun.wait(lambda: "through libvirt" in domain_screen(name))
    arun.wait(lambda: "through libvirt" in pane.terminal.text())
    assert "Connected to console" in pane.status.text()


def test_a_console_virsh_holds_is_said_and_taken_once_freed(
    console_domain: str, windows: Windows, arun: AsyncRunner
) -> None:
    name = console_domain
    controller, terminal = pty.openpty()  # virsh console wants a terminal
    holder = subprocess.Popen(
        ["virsh", "-c", URI, "console", name],
        stdin=terminal,
        stdout=terminal,
        stderr=terminal,
        start_new_session=True,
    )
    os.close(terminal)
    try:
        seen = b""
        deadline = time.monotonic() + 30
        while b"Connected to domain" not in seen and time.monotonic() < deadline:
            ready, _, _ = select.select([controller], [], [], 1)
            if ready:
                seen += os.read(controller, 4096)
        assert b"Connected to domain" in seen, seen
        window = windows.on(f"{URI}#{name}")
        pane = window.pane(SerialPane)
        window.panes.setCurrentWidget(pane)
        arun.wait(lambda: CONSOLE_HELD_SENTENCE in pane.status.text(), timeout=60)
        assert not pane.link.connected
    finally:
        holder.kill()  # virsh console passes SIGTERM over; its escape key needs a terminal
        holder.wait(10)
        os.close(controller)
    arun.wait(lambda: pane.link.connected, timeout=60)
    pane.terminal.setFocus()
    QTest.keyClicks(pane.terminal, "freed")
    QTest.keyClick(pane.terminal, Qt.Key.Key_Return)
    arun.wait(lambda: "freed" in domain_screen(name))
