"""The Display pane's password box against QEMU 7.2: a password set there lets a real
VNC (RFB 3.8) or SPICE login in and a wrong one not, its expiry works, a display that
cannot take one says why before anything is tried, and the password reaches no file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime

from qmpgui.app.main_window import MainWindow
from qmpgui.log.entry import LogKind
from qmpgui.qmp.display_password import Expiry, ExpiryKind
from qmpgui.qmp.secrets import MASK
from qmpgui.session.display_password import set_display_password
from qmpgui.ui.display_password import DisplayPasswordBox
from qmpgui.ui.event_log_export import write_json_lines
from qmpgui.ui.panes.display import DisplayPane
from tests.helpers import rfb, spice_link
from tests.helpers.dialogs import answer_confirm
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.secret_inputs import MARK, files_with_mark
from tests.helpers.viewers import free_port
from tests.helpers.vnc import start_with_vnc
from tests.helpers.windows import Windows, log_entries, messages, told

HOST = "127.0.0.1"


@pytest.fixture
def vm(short_tmp: Path) -> Iterator[QemuVm]:
    made = QemuVm(short_tmp, name="pwvm")
    yield made
    made.stop()


def vnc_port(vm: QemuVm, options: str = ",password=on") -> int:
    """Start `vm` with VNC on 127.0.0.1 and -vnc's `options`; its port."""
    return 5900 + start_with_vnc(vm, [], options=options)


def password_box(
    window: MainWindow, arun: AsyncRunner, protocol: str = "vnc"
) -> DisplayPasswordBox:
    """The Display pane on screen and its password box, once the VM's displays are known,
    with `protocol` chosen."""
    pane = window.pane(DisplayPane)
    window.panes.setCurrentWidget(pane)
    box = pane.password_box
    arun.wait(lambda: "not known yet" not in box.note.text() and box.protocol.isEnabled())
    box.protocol.setCurrentIndex(box.protocol.findData(protocol))
    return box


def choose_expiry(box: DisplayPasswordBox, kind: ExpiryKind) -> None:
    box.expiry.setCurrentIndex(box.expiry.findData(kind))


def said(window: MainWindow, arun: AsyncRunner, fragment: str) -> str:
    """The message that holds `fragment`, once the window said it."""
    arun.wait(lambda: any(fragment in text for text in messages(window)))
    return next(text for text in messages(window) if fragment in text)


def vnc_login(port: int, password: str) -> bool:
    try:
        rfb.login(HOST, port, password)
    except rfb.LoginFailed:
        return False
    return True


def spice_login(port: int, password: str) -> bool:
    try:
        spice_link.login(HOST, port, password)
    except spice_link.LinkFailed:
        return False
    return True


@pytest.mark.qemu
def test_a_vnc_password_set_in_the_pane_logs_a_viewer_in_and_reaches_no_file(
    vm: QemuVm, windows: Windows, arun: AsyncRunner, tmp_path: Path
) -> None:
    port = vnc_port(vm)
    # Another tool expired the password before: set_password alone would keep that.
    vm.watch.execute("expire_password", {"protocol": "vnc", "time": "now"})
    window = windows.on(vm)
    box = password_box(window, arun)
    assert box.set_button.isEnabled()
    assert "first 8 characters" in box.note.text()
    password = f"{MARK}1"
    box.password.setText(password)
    assert box.password.displayText() != password  # masked on screen
    box.set_button.click()
    text = said(window, arun, "Set VNC password")
    assert "ok" in text and "it never expires" in text
    assert box.password.text() == ""  # kept nowhere, the field neither
    assert "it never expires" in box.note.text()

    assert vnc_login(port, password)
    assert not vnc_login(port, f"{MARK}2")

    # The log says a password was set, never which.
    entries = [e for e in log_entries(window, LogKind.COMMAND) if e.name == "set_password"]
    assert entries and entries[-1].data["arguments"]["password"] == MASK
    exports = tmp_path / "exports"
    exports.mkdir()
    write_json_lines(exports / "log.jsonl", window.event_log.entries())
    windows.close(window)  # the log files, the history and the config are written whole
    assert (tmp_path / "state" / "qmpgui" / "logs").is_dir()
    assert files_with_mark(tmp_path) == []


@pytest.mark.qemu
def test_expiry_now_in_seconds_and_at_a_past_time_end_the_vnc_login(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    port = vnc_port(vm)
    window = windows.on(vm)
    box = password_box(window, arun)
    box.password.setText("first-pw")
    box.set_button.click()
    said(window, arun, "it never expires")
    assert vnc_login(port, "first-pw")

    choose_expiry(box, ExpiryKind.NOW)
    assert not box.seconds.isVisible() and not box.at.isVisible()
    # Expiring now locks every viewer out: asked first, and Cancel sends nothing.
    seen = answer_confirm(accept=False)
    box.expire_button.click()
    assert "Expire the VNC password now?" in seen.texts[0]
    assert vnc_login(port, "first-pw")
    seen = answer_confirm(accept=True)
    box.expire_button.click()
    said(window, arun, "Set VNC password expiry")
    assert not vnc_login(port, "first-pw")

    # A new password in 2 s: it works, then it does not.
    choose_expiry(box, ExpiryKind.IN)
    box.seconds.setValue(2)
    box.password.setText("second")
    box.set_button.click()
    said(window, arun, "it expires in 2 s")
    assert vnc_login(port, "second")
    arun.wait(lambda: not vnc_login(port, "second"))

    # A time already past is asked about first, and then set as chosen.
    choose_expiry(box, ExpiryKind.AT)
    box.at.setDateTime(QDateTime.currentDateTime().addSecs(-60))
    box.password.setText("third")
    seen = answer_confirm(accept=True)
    box.set_button.click()
    said(window, arun, "it has expired: no one can log in with it")
    assert "expired as soon as it is set" in seen.texts[0]
    assert not vnc_login(port, "third")


@pytest.mark.qemu
def test_an_empty_password_is_asked_about_first(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    port = vnc_port(vm)
    window = windows.on(vm)
    box = password_box(window, arun)
    box.password.setText("kept")
    box.set_button.click()
    said(window, arun, "it never expires")

    seen = answer_confirm(accept=False)
    box.set_button.click()
    arun.wait(lambda: bool(seen.texts))
    # VNC authentication with an empty password is an all-zero key any viewer can send.
    assert "lets in any viewer that sends an empty password" in seen.texts[0]
    assert vnc_login(port, "kept")  # refused: nothing was sent

    answer_confirm(accept=True)
    box.set_button.click()
    arun.wait(lambda: len([t for t in messages(window) if "Set VNC password" in t]) == 2)
    assert not vnc_login(port, "kept") and vnc_login(port, "")


@pytest.mark.qemu
def test_a_display_without_password_on_is_off_with_the_option_qemu_needs(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    vnc_port(vm, options="")
    window = windows.on(vm)
    box = password_box(window, arun)
    needs = "QEMU takes one only when started with -vnc ...,password=on"
    arun.wait(lambda: needs in box.note.text())
    assert "VNC: this VNC display was started without a password" in box.note.text()
    assert not box.set_button.isEnabled() and not box.password.isEnabled()
    assert needs in box.set_button.toolTip()

    box.protocol.setCurrentIndex(box.protocol.findData("spice"))
    arun.wait(lambda: "SPICE is not in use" in box.note.text())
    assert not box.set_button.isEnabled()

    # Tried anyway (another way in than the box), QEMU's refusal says the same.
    session = window.model.session(0)
    outcome = arun(set_display_password(session, "vnc", "x", Expiry()))
    assert outcome.error is not None
    assert f"Could not set password: {needs}" in outcome.error
    assert told(window, needs)
    outcome = arun(set_display_password(session, "spice", "x", Expiry()))
    assert outcome.error is not None and "SPICE is not in use" in outcome.error


@pytest.mark.qemu
def test_a_spice_password_set_and_expired_in_the_pane(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    port = free_port(5990)
    vm.start(extra=["-spice", f"port={port},addr={HOST},disable-ticketing=off"])
    window = windows.on(vm)
    pane = window.pane(DisplayPane)
    window.panes.setCurrentWidget(pane)
    box = pane.password_box
    # No VNC on this VM: SPICE is the display the box starts on, once QEMU said so.
    arun.wait(lambda: box.chosen_protocol == "spice" and box.set_button.isEnabled())
    box.password.setText("spice-pw")
    box.set_button.click()
    said(window, arun, "Set SPICE password")
    assert spice_login(port, "spice-pw")
    assert not spice_login(port, "spice-px")

    choose_expiry(box, ExpiryKind.NOW)
    asked = answer_confirm(accept=True)
    box.expire_button.click()
    assert "Expire the SPICE password now?" in asked.texts[0]
    said(window, arun, "Set SPICE password expiry")
    assert not spice_login(port, "spice-pw")

    # An empty SPICE password locks everyone out: asked first.
    choose_expiry(box, ExpiryKind.NEVER)
    seen = answer_confirm(accept=True)
    box.set_button.click()
    arun.wait(lambda: len([t for t in messages(window) if "Set SPICE password (" in t]) == 2)
    assert "An empty SPICE password locks everyone out" in seen.texts[0]
    assert not spice_login(port, "") and not spice_login(port, "spice-pw")

    box.protocol.setCurrentIndex(box.protocol.findData("vnc"))
    arun.wait(lambda: "VNC is not in use on this VM" in box.note.text())
    assert not box.set_button.isEnabled()


@pytest.mark.qemu
def test_spice_without_ticketing_is_off_with_the_option_qemu_needs(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    port = free_port(5990)
    vm.start(extra=["-spice", f"port={port},addr={HOST},disable-ticketing=on"])
    window = windows.on(vm)
    box = password_box(window, arun, "spice")
    arun.wait(lambda: "disable-ticketing=on" in box.note.text())
    assert "-spice ...,disable-ticketing=off" in box.note.text()
    assert not box.set_button.isEnabled()


@pytest.mark.qemu
def test_the_demo_vm_takes_a_vnc_password(windows: Windows, arun: AsyncRunner) -> None:
    window = windows.open("--demo")
    arun.wait(lambda: all(s.connected for s in window.model.sessions), timeout=60)
    window.vm_list.selectAll()
    box = password_box(window, arun)
    arun.wait(box.set_button.isEnabled)
    vnc = window.model.session(0).inspection.display.vnc
    assert vnc is not None and vnc.auth == "vnc" and vnc.port is not None
    port = int(vnc.port)
    assert not vnc_login(port, "demo-pw")  # no password until one is set
    box.password.setText("demo-pw")
    box.set_button.click()
    said(window, arun, "it never expires")
    assert vnc_login(port, "demo-pw")
