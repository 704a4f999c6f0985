"""A libvirt domain in the window: its monitor through libvirt's pass-through (panes,
events, the console) and its lifecycle through libvirt's API, each checked with virsh."""

from __future__ import annotations

import itertools
import os
import signal
import socket
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage

from qmpgui.app.main_window import MainWindow
from qmpgui.models.transcript import RowKind
from qmpgui.session import ConnState, VmSession
from qmpgui.session.screendump import screendumper
from qmpgui.ui.panes.block import BlockPane
from tests.helpers.console import open_console, send
from tests.helpers.guest_images import RED
from tests.helpers.libvirtd import URI, Libvirtd, domstate, virsh
from tests.helpers.media import fill_media_dialog, pick_drive
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, act, log_texts, messages, state_text

pytestmark = [pytest.mark.libvirt, pytest.mark.qemu, pytest.mark.timeout(300)]

NO_QUESTIONS = {"confirm_destructive": False}


def on_domain(windows: Windows, name: str) -> tuple[MainWindow, VmSession]:
    window = windows.on(f"{URI}#{name}", config=NO_QUESTIONS)
    return window, window.model.session(0)


def test_a_domain_is_connected_through_libvirt_and_shows_its_run_state(
    domain: str, windows: Windows, arun: AsyncRunner
) -> None:
    window, session = on_domain(windows, domain)
    assert session.run_status == "running"
    assert state_text(window) == "running"
    # What QEMU says of itself comes through libvirt's pass-through: the domain's name.
    assert session.info.query_name == domain
    assert session.capabilities and "query-status" in session.capabilities


def test_a_stop_from_virsh_suspend_is_seen_as_an_event_and_in_the_run_state(
    domain: str, windows: Windows, arun: AsyncRunner
) -> None:
    window, session = on_domain(windows, domain)
    virsh("suspend", domain)
    arun.wait(lambda: session.run_status == "paused")
    arun.wait(lambda: any(text.startswith("STOP") for text in log_texts(window)))
    virsh("resume", domain)
    arun.wait(lambda: session.run_status == "running")


def test_pause_resume_reset_force_off_and_start_go_through_libvirt(
    domain: str, windows: Windows, arun: AsyncRunner
) -> None:
    window, session = on_domain(windows, domain)
    act(window, "actionStop").trigger()
    arun.wait(lambda: domstate(domain) == "paused")
    assert "paused (user)" in virsh("domstate", "--reason", domain)  # libvirt knows why
    arun.wait(lambda: session.run_status == "paused")
    act(window, "actionCont").trigger()
    arun.wait(lambda: domstate(domain) == "running")
    arun.wait(lambda: session.run_status == "running")
    act(window, "actionSystemReset").trigger()
    arun.wait(lambda: any(text.startswith("RESET") for text in log_texts(window)))
    assert act(window, "actionQuitVm").isEnabled() is False
    force_off = act(window, "actionForceOff")
    assert force_off.isVisible() and force_off.isEnabled()
    force_off.trigger()
    arun.wait(lambda: domstate(domain) == "shut off")
    assert "destroyed" in virsh("domstate", "--reason", domain)
    arun.wait(lambda: state_text(window) == "shut off (destroyed)")
    assert session.state is ConnState.WAITING
    # Said as libvirt's doing, once, with what brings it back: not a QEMU to wait for.
    off = f"{domain}: {domain} is shut off (destroyed) in libvirt: Start boots it"
    arun.wait(lambda: f"{off}; qmpgui connects when the domain runs" in messages(window))
    assert not [m for m in messages(window) if "waiting for QEMU" in m or "come back" in m]
    assert not [m for m in messages(window) if "told to end by a signal" in m]
    start = act(window, "actionStart")
    arun.wait(start.isEnabled)
    # What Start does to a domain: libvirt's create, not QEMU's cont after -S.
    assert start.toolTip().startswith("Boot the shut-off domain through libvirt (libvirt's create")
    assert "(libvirt's suspend)" in act(window, "actionStop").toolTip()
    start.trigger()
    arun.wait(lambda: domstate(domain) == "running")
    arun.wait(lambda: session.connected and session.run_status == "running")


def test_the_console_and_hmp_work_on_a_domain_and_say_libvirt_taints_it(
    domain: str, windows: Windows, arun: AsyncRunner
) -> None:
    window, console = open_console(windows, f"{URI}#{domain}", config=NO_QUESTIONS)
    notes = [i.note for i in console.model.items() if i.kind is RowKind.NOTE]
    assert sum("custom-monitor" in (note or "") for note in notes) == 1
    item = send(arun, console, '{"execute": "query-status", "id": 7}')
    assert item.exchange is not None and item.exchange.reply is not None
    assert item.exchange.reply["return"]["status"] == "running"
    assert item.exchange.reply["id"] == 7  # the user's id, not the one libvirt puts on
    console.hmp_button.click()
    item = send(arun, console, "info status")
    assert item.exchange is not None and "VM status: running" in str(item.exchange.reply)
    # A command that changes the domain behind libvirt's back is marked so.
    console.qmp_button.click()
    console.input.setPlainText("stop")
    console._update_risk()
    assert "libvirt" in console.risk_label.text()
    assert "out of date" in console.risk_label.toolTip()
    window.window_actions.show_console.trigger()  # shown again: said once only
    notes = [i.note for i in console.model.items() if i.kind is RowKind.NOTE]
    assert sum("custom-monitor" in (note or "") for note in notes) == 1


def test_libvirtd_killed_and_started_again_the_session_comes_back(
    domain: str, libvirtd: Libvirtd, windows: Windows, arun: AsyncRunner
) -> None:
    window, session = on_domain(windows, domain)
    libvirtd.kill_libvirtd()
    try:
        # Said as a lost connection, with libvirt's words on why.
        arun.wait(lambda: any("libvirt closed the connection" in t for t in messages(window)))
        arun.wait(lambda: session.state is ConnState.RECONNECTING)
        assert "libvirt" in (session.error or "")
        libvirtd.restart_libvirtd()
        arun.wait(lambda: session.connected and session.run_status == "running", timeout=90)
    finally:
        libvirtd.ensure_running()  # the next tests need it, whatever happened here


def cdrom_source(domain: str) -> str:
    """What `virsh domblklist` says is in the CD-ROM drive hdc ("-" when empty)."""
    rows = [line.split(None, 1) for line in virsh("domblklist", domain).splitlines()]
    return next(source for target, source in rows if target == "hdc").strip()


def pane_rows(pane: BlockPane) -> list[list[str]]:
    """Every row of the pane as the view reads it, column by column."""
    model = pane.model
    return [
        [str(model.index(n, c).data()) for c in range(model.columnCount())]
        for n in range(model.rowCount())
    ]


def test_change_media_and_eject_go_through_libvirt(
    domain: str, libvirtd: Libvirtd, windows: Windows, arun: AsyncRunner
) -> None:
    iso = libvirtd.folder / f"{domain}.iso"
    iso.write_bytes(b"CD001".rjust(2048 * 17, b"\0"))
    iso.chmod(0o644)
    window, _session = on_domain(windows, domain)
    pane = window.pane(BlockPane)
    window.panes.setCurrentWidget(pane)
    # The drives by the names libvirt gives them (virsh domblklist's targets), not by
    # QEMU's (libvirt's drives have no name in query-block).
    targets = {line.split()[0] for line in virsh("domblklist", domain).splitlines()}
    arun.wait(lambda: {row[0] for row in pane_rows(pane)} == targets)
    assert targets == {"fda", "hdc"}
    arun.wait(lambda: act(window, "actionChangeMedia").isEnabled())
    fill_media_dialog(str(iso))
    act(window, "actionChangeMedia").trigger()
    arun.wait(lambda: cdrom_source(domain) == str(iso))
    arun.wait(lambda: any("Change media (libvirt change_media) ok" in m for m in messages(window)))
    arun.wait(lambda: act(window, "actionEject").isEnabled())
    # The floppy drive, with the boot image in it, can eject too: asked which.
    offered = pick_drive("hdc / ide0-1-0")
    act(window, "actionEject").trigger()
    arun.wait(lambda: bool(offered))
    assert any(label.startswith("fda / ") for label in offered)
    arun.wait(lambda: cdrom_source(domain) == "-")


def test_a_screendump_of_a_domain_comes_through_libvirt_with_the_guests_pixels(
    domain: str, windows: Windows, arun: AsyncRunner
) -> None:
    _window, session = on_domain(windows, domain)
    dumper = screendumper(session)

    def red_screen() -> bool:
        capture = arun(dumper.capture())
        image = QImage.fromData(capture.data)
        if image.isNull():
            return False
        pixel = image.pixelColor(image.width() // 2, image.height() // 2)
        return (pixel.red(), pixel.green(), pixel.blue()) == RED

    arun.wait(red_screen)  # the guest paints its screen red soon after it boots


def test_a_worker_that_dies_is_a_lost_connection_and_the_window_goes_on(
    domain: str, windows: Windows, arun: AsyncRunner
) -> None:
    window, session = on_domain(windows, domain)
    assert session.domain is not None and session.domain.client is not None
    process = session.domain.client._process
    assert process is not None
    os.kill(process.pid, signal.SIGSEGV)  # as libvirt crashing inside it would
    arun.wait(
        lambda: any("the libvirt worker for qemu:///system ended" in m for m in messages(window))
    )
    assert window.isVisible()
    # A new worker is started on the next attempt, and the domain is back.
    arun.wait(lambda: session.connected and session.run_status == "running", timeout=60)


def test_a_libvirtd_slow_to_answer_shows_connecting_and_the_window_keeps_running(
    windows: Windows, arun: AsyncRunner, tmp_path: Path
) -> None:
    # A socket that accepts and never answers: libvirt's client waits, as on a cold
    # first connection (libvirtd probing QEMU for seconds).
    path = tmp_path / "libvirt-sock"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.listen()
    server.setblocking(False)
    clients: list[socket.socket] = []

    def accepted() -> bool:
        try:
            clients.append(server.accept()[0])
        except BlockingIOError:
            return False
        return True

    try:
        window = windows.open(f"qemu+unix:///system?socket={path}#vm1", config=NO_QUESTIONS)
        session = window.model.session(0)
        arun.wait(accepted)
        ticks: list[float] = []
        timer = QTimer()
        timer.timeout.connect(lambda: ticks.append(time.monotonic()))
        timer.start(50)
        arun.wait(lambda: len(ticks) >= 20)  # a second of a loop that runs on
        timer.stop()
        assert max(b - a for a, b in itertools.pairwise(ticks)) < 1.0
        assert session.state is ConnState.CONNECTING
        assert state_text(window) == "connecting"
    finally:
        for client in clients:
            client.close()
        server.close()
