"""A libvirt domain's display password through libvirt's device update of its
<graphics> (passwd, passwdValidTo), checked with `virsh dumpxml --security-info` and a
real VNC login; a domain started without a passwd says what libvirt needs."""

from __future__ import annotations

import itertools
import os
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest

from qmpgui.app.main_window import MainWindow
from qmpgui.log.entry import LogKind
from qmpgui.qmp.display_password import ExpiryKind
from qmpgui.qmp.secrets import MASK
from qmpgui.ui.display_password import DisplayPasswordBox
from qmpgui.ui.panes.display import DisplayPane
from tests.helpers import rfb
from tests.helpers.dialogs import answer_confirm
from tests.helpers.libvirtd import URI, Libvirtd, virsh
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, log_entries, messages

pytestmark = [pytest.mark.libvirt, pytest.mark.qemu, pytest.mark.timeout(300)]

_names = itertools.count(1)


@pytest.fixture
def locked_domain(libvirtd: Libvirtd) -> Iterator[str]:
    """A running tiny domain whose VNC display had the password 'start-pw' at start."""
    name = libvirtd.define(f"qmpgui-pw-{os.getpid()}-{next(_names)}", vnc_passwd="start-pw")
    try:
        yield name
    finally:
        libvirtd.undefine(name)


def graphics(name: str) -> dict[str, str]:
    """The domain's VNC <graphics> attributes as libvirt keeps them, passwd included."""
    tree = ET.fromstring(virsh("dumpxml", name, "--security-info"))
    element = tree.find("devices/graphics[@type='vnc']")
    assert element is not None
    return dict(element.attrib)


def vnc_login(name: str, password: str) -> bool:
    try:
        rfb.login("127.0.0.1", int(graphics(name)["port"]), password)
    except rfb.LoginFailed:
        return False
    return True


def password_box(window: MainWindow, arun: AsyncRunner) -> DisplayPasswordBox:
    pane = window.pane(DisplayPane)
    window.panes.setCurrentWidget(pane)
    box = pane.password_box
    arun.wait(lambda: "not known yet" not in box.note.text() and box.protocol.isEnabled())
    return box


def said(window: MainWindow, arun: AsyncRunner, fragment: str) -> None:
    arun.wait(lambda: any(fragment in text for text in messages(window)))


def test_a_domain_password_goes_through_libvirt(
    locked_domain: str, windows: Windows, arun: AsyncRunner
) -> None:
    assert vnc_login(locked_domain, "start-pw")
    window = windows.on(f"{URI}#{locked_domain}")
    box = password_box(window, arun)
    arun.wait(box.set_button.isEnabled)
    box.password.setText("new-pw")
    box.set_button.click()
    said(window, arun, "Set VNC password (libvirt graphics_password) ok")
    seen = graphics(locked_domain)
    assert seen["passwd"] == "new-pw" and "passwdValidTo" not in seen
    assert vnc_login(locked_domain, "new-pw")
    assert not vnc_login(locked_domain, "start-pw")

    box.expiry.setCurrentIndex(box.expiry.findData(ExpiryKind.NOW))
    asked = answer_confirm(accept=True)  # expiring now locks every viewer out: asked
    box.expire_button.click()
    assert "Expire the VNC password now?" in asked.texts[0]
    said(window, arun, "Set VNC password expiry (libvirt graphics_password) ok")
    seen = graphics(locked_domain)
    assert seen["passwd"] == "new-pw" and "passwdValidTo" in seen  # kept, expired
    assert not vnc_login(locked_domain, "new-pw")

    entries = [e for e in log_entries(window, LogKind.COMMAND) if "graphics_password" in e.name]
    assert entries and entries[0].data["arguments"]["password"] == MASK
    assert not any("new-pw" in str(e.data) for e in entries)


def test_a_domain_started_without_a_passwd_says_what_libvirt_needs(
    domain: str, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(f"{URI}#{domain}")
    box = password_box(window, arun)
    arun.wait(lambda: "passwd attribute" in box.note.text())
    assert "<graphics type='vnc'> has a passwd attribute when it starts" in box.note.text()
    assert "virsh edit, then restart the domain" in box.note.text()
    assert not box.set_button.isEnabled()
    assert "passwd=" not in virsh("dumpxml", domain, "--security-info")
