"""The Screen tab on a libvirt domain: frames from libvirt's screenshot stream, keys
through the QEMU monitor's pass-through (input-send-event), checked in the guest,
which reports on COM1 every scan code its keyboard controller gets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.helpers.guest_images import reported_keys
from tests.helpers.libvirtd import URI
from tests.helpers.runner import AsyncRunner
from tests.helpers.screen_view import capture, show_screen
from tests.helpers.windows import Windows

pytestmark = [pytest.mark.libvirt, pytest.mark.qemu, pytest.mark.timeout(300)]


def test_a_domains_screen_comes_from_libvirt_and_its_keys_reach_the_guest(
    keys_domain: tuple[str, Path], windows: Windows, arun: AsyncRunner
) -> None:
    name, serial = keys_domain
    window = windows.on(f"{URI}#{name}")
    arun.wait(lambda: reported_keys(serial) is not None, timeout=60)
    pane = show_screen(window, arun, timeout=90)
    feed = pane.view.feed
    assert feed is not None and feed.source.kind == "libvirt"
    arun.wait(lambda: "libvirt screenshot" in pane.view.status.text())
    taken = feed.taken
    arun.wait(lambda: feed.taken >= taken + 3, timeout=60)  # frames keep coming

    capture(pane, arun)
    QTest.keyClick(pane.view.canvas, Qt.Key.Key_QuoteLeft)  # the key left of 1
    QTest.keyClick(pane.view.canvas, Qt.Key.Key_A)
    arun.wait(lambda: reported_keys(serial) == "29 A9 1E 9E", timeout=60)
    assert not any("did not reach the guest" in m for m in window.messages)
