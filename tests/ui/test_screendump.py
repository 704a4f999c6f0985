"""Screendumps of a real QEMU showing a known picture, and the viewer around them."""

from __future__ import annotations

import asyncio
import os
import re
import stat
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QWheelEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from qmpgui.app.main_window import MainWindow
from qmpgui.log.entry import LogKind
from qmpgui.models.screen_image import decode
from qmpgui.qmp import QmpConnection
from qmpgui.session.screendump import private_folder, screendumper
from qmpgui.ui.screendump_viewer import ScreendumpViewer
from tests.helpers.dialogs import when_modal
from tests.helpers.fake_qmp import FakeQmpServer
from tests.helpers.guest_images import RED, RED_SCREEN, boot_floppy, floppy_args
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.screendump import PictureServer, open_viewer, picture
from tests.helpers.windows import Windows, act, log_of, messages


@pytest.fixture
def red_vm(short_tmp: Path) -> Iterator[QemuVm]:
    """A guest that paints the whole screen in VGA palette colour 4, (168, 0, 0)."""
    folder = short_tmp / "red"  # apart from the `qemu` fixture's sockets
    folder.mkdir()
    image = boot_floppy(folder / "red.img", RED_SCREEN)
    vm = QemuVm(folder, name="red").start(extra=floppy_args(image))
    yield vm
    vm.stop()


def rgb(image: QImage, x: int, y: int) -> tuple[int, int, int]:
    colour = QColor(image.pixel(x, y))
    return colour.red(), colour.green(), colour.blue()


def centre(image: QImage) -> tuple[int, int, int]:
    return rgb(image, image.width() // 2, image.height() // 2)


def guest_painted(arun: AsyncRunner, window: MainWindow) -> None:
    """Wait until the boot sector has run: the screen is red in a PPM screendump."""
    dumper = screendumper(window.model.session(0))

    def red_now() -> bool:
        capture = arun(dumper.capture("ppm"))
        return centre(decode(capture)) == RED

    arun.wait(red_now, timeout=60)  # TCG boots the guest slowly on a busy machine


@pytest.mark.qemu
def test_the_viewer_shows_the_guest_screen_in_its_true_colours(
    red_vm: QemuVm, windows: Windows, arun: AsyncRunner, tmp_path: Path
) -> None:
    window = windows.on(red_vm)
    guest_painted(arun, window)
    session = window.model.session(0)

    # QEMU 7.2 writes both formats with the right colours.
    dumper = screendumper(session)
    assert centre(decode(arun(dumper.capture("ppm")))) == RED
    png = arun(dumper.capture("png"))
    assert png.data.startswith(b"\x89PNG") and centre(decode(png)) == RED
    folder = private_folder()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert list(folder.iterdir()) == []  # every file is removed once read

    viewer = open_viewer(window, arun)
    assert viewer.frame is not None and viewer.frame.capture.fmt == "png"  # the schema has format
    assert centre(viewer.frame.image) == RED and not viewer.frame.corrected
    assert viewer.windowTitle() == "red — 640×400 — Screendump"
    assert viewer.grabber.swapped is False  # checked against a PPM once

    # Save: the same pixel, the default name, and the VM's facts as PNG text.
    assert re.fullmatch(r"red-\d{8}-\d{6}\.png", viewer.default_name())
    path = tmp_path / viewer.default_name()
    assert arun(viewer.save_to(str(path)))
    saved = QImage(str(path))
    assert centre(saved) == RED
    assert saved.text("VM name") == "red" and saved.text("VM UUID") == red_vm.uuid
    assert saved.text("QEMU version").startswith("7.2.")
    assert re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", saved.text("Creation Time"))
    assert window.config.screendump_folder == str(tmp_path)

    viewer.copy()
    assert centre(QGuiApplication.clipboard().image()) == RED
    QGuiApplication.clipboard().clear()
    viewer.close()


@pytest.mark.qemu
def test_zoom_fit_and_actual_size(red_vm: QemuVm, windows: Windows, arun: AsyncRunner) -> None:
    window = windows.on(red_vm)
    guest_painted(arun, window)  # 640x400 from now on (the firmware's text mode is 720x400)
    viewer = open_viewer(window, arun)
    viewer.resize(500, 400)
    arun.wait(lambda: viewer.fit and viewer.canvas.width() <= viewer.scroll_area.viewport().width())
    viewer.action_actual.trigger()
    assert viewer.zoom == 1.0 and viewer.canvas.size().toTuple() == (640, 400)
    assert "100 %" in viewer.info.text()
    viewer.action_zoom_in.trigger()
    assert viewer.zoom == 1.5 and viewer.canvas.width() == 960
    viewer.action_zoom_out.trigger()
    viewer.action_zoom_out.trigger()
    assert viewer.zoom == 0.75
    wheel = QWheelEvent(
        QPointF(10, 10),
        QPointF(10, 10),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewer.scroll_area.viewport(), wheel)
    assert viewer.zoom == 1.0
    viewer.action_fit.trigger()
    assert viewer.fit and viewer.zoom < 1.0  # 640 px wide in a 500 px window
    viewer.close()


class InFlight:
    """The most screendumps ever in flight at once."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.now = self.most = self.count = 0
        original = QmpConnection.execute
        log = self

        async def execute(
            conn: QmpConnection, command: str, arguments: Mapping[str, object] | None = None
        ) -> object:
            if command != "screendump":
                return await original(conn, command, arguments)
            log.now += 1
            log.count += 1
            log.most = max(log.most, log.now)
            try:
                await asyncio.sleep(0.15)  # slower than the 0.2 s live interval allows for
                return await original(conn, command, arguments)
            finally:
                log.now -= 1

        monkeypatch.setattr(QmpConnection, "execute", execute)


@pytest.mark.qemu
def test_live_preview_never_overlaps_and_pauses_while_hidden(
    red_vm: QemuVm, windows: Windows, arun: AsyncRunner, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = windows.on(red_vm)
    guest_painted(arun, window)
    viewer = open_viewer(window, arun)
    log = InFlight(monkeypatch)
    second = ScreendumpViewer(window.model.session(0), window)  # another view of the same VM
    for each in (viewer, second):
        each.interval.setValue(0.2)
        each.live.setChecked(True)
    second.show()
    arun.wait(lambda: viewer.grab_count >= 6, timeout=20)
    assert log.most == 1  # two live viewers, one VM: never two screendumps at once
    assert re.fullmatch(r"\d+\.\d fps", viewer.rate.text())
    second.close()

    viewer.hide()
    arun.wait(lambda: log.now == 0)
    frozen = viewer.grab_count
    qtbot.wait(800)  # what is under test: time passes, four live intervals, and no grab
    assert viewer.grab_count == frozen and not viewer.timer.isActive()
    viewer.show()
    arun.wait(lambda: viewer.grab_count > frozen)
    viewer.setWindowState(Qt.WindowState.WindowMinimized)
    arun.wait(lambda: not viewer.timer.isActive())
    viewer.close()


@pytest.mark.qemu
def test_a_paused_vm_can_be_dumped(red_vm: QemuVm, windows: Windows, arun: AsyncRunner) -> None:
    window = windows.on(red_vm)
    guest_painted(arun, window)
    red_vm.watch.execute("stop")
    arun.wait(lambda: window.model.session(0).run_status == "paused")
    assert act(window, "actionScreendump").isEnabled()
    viewer = open_viewer(window, arun)
    assert viewer.frame is not None and centre(viewer.frame.image) == RED
    viewer.live.setChecked(True)  # still live when the main window closes
    windows.close(window)  # ends the viewer's work too: no task is left


@pytest.mark.qemu
def test_a_vm_without_display_says_so(qemu: QemuVm, windows: Windows, arun: AsyncRunner) -> None:
    window = windows.on(qemu)  # -nodefaults: no graphics device at all
    action = act(window, "actionScreendump")
    arun.wait(lambda: not action.isEnabled())
    assert action.toolTip().endswith(
        "this VM has no display (QEMU was started without a graphics device)"
    )
    # A viewer opened all the same (where QEMU cannot say beforehand) says it too.
    window.vm_actions.screendumps.viewer_for(window.model.session(0))
    viewer = window.findChild(ScreendumpViewer, "screendumpViewer")
    assert viewer is not None
    arun.wait(lambda: viewer.frame is not None or viewer.error.isVisibleTo(viewer))
    assert viewer.frame is None
    assert viewer.error.text() == (
        "this VM has no display (QEMU was started without a graphics device)"
    )
    arun.wait(lambda: any("screendump: this VM has no display" in m for m in messages(window)))
    assert "testvm: screendump: this VM has no display" in window.statusBar().currentMessage()
    # In the log it is the VM's: picking the VM in the log's filter keeps it.
    said = [e for e in log_of(arun, window, viewer.session) if "no display" in e.summary]
    assert [(e.kind, e.vm, e.endpoint) for e in said] == [
        (LogKind.APP, "testvm", str(qemu.app_socket))
    ]
    viewer.close()


@pytest.mark.qemu
def test_choose_a_named_display_device(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    image = boot_floppy(short_tmp / "red.img", RED_SCREEN)
    vm = QemuVm(short_tmp, name="named").start(
        extra=[
            "-drive",
            f"file={image},if=floppy,format=raw",
            "-device",
            "VGA,id=vga0",
        ]
    )
    try:
        window = windows.on(vm)
        guest_painted(arun, window)
        viewer = open_viewer(window, arun)
        box = viewer.console_box
        arun.wait(lambda: box.count() == 2)
        assert box.itemText(1) == "vga0" and box.isEnabled()
        before = viewer.grab_count
        box.setCurrentIndex(1)
        arun.wait(lambda: viewer.grab_count > before)
        assert viewer.frame is not None and centre(viewer.frame.image) == RED
        viewer.close()
    finally:
        vm.stop()


@pytest.mark.qemu
@pytest.mark.skipif(os.geteuid() != 0, reason="starting QEMU as another user needs root")
def test_qemu_running_as_another_user_is_explained(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    short_tmp.chmod(0o777)  # QEMU, as nobody, creates its sockets here
    image = boot_floppy(short_tmp / "red.img", RED_SCREEN)
    image.chmod(0o666)  # QEMU opens the floppy for writing
    vm = QemuVm(short_tmp, name="other").start(
        extra=floppy_args(image),
        prefix=["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"],
    )
    try:
        window = windows.on(vm)
        seen = when_modal(QMessageBox, lambda box: box.accept())
        act(window, "actionScreendump").trigger()
        arun.wait(lambda: bool(seen.texts))
        assert "QEMU runs as user nobody" in seen.texts[0]
        assert "Run qmpgui as nobody" in seen.texts[0]
        assert window.findChild(ScreendumpViewer, "screendumpViewer") is None
    finally:
        vm.stop()


def test_a_qemu_that_swaps_red_and_blue_in_png_is_corrected(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    """QEMU issue 1622: a build whose PNG screendumps had red and blue exchanged."""
    server = PictureServer({"png": picture("png", swap=True), "ppm": picture("ppm", swap=False)})
    with FakeQmpServer(short_tmp / "swap.sock", server):
        window = windows.on(short_tmp / "swap.sock", poll_interval_s=None)
        viewer = open_viewer(window, arun)
        assert viewer.frame is not None and viewer.frame.corrected
        assert centre(viewer.frame.image) == RED and rgb(viewer.frame.image, 0, 0) == (0, 0, 255)
        assert "colours corrected" in viewer.info.text()
        viewer.close()


def test_a_qemu_that_cannot_write_png_gets_ppm(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    """A QEMU whose schema offers PNG but which was built without libpng."""
    server = PictureServer({"png": None, "ppm": picture("ppm", swap=False)})
    with FakeQmpServer(short_tmp / "nopng.sock", server):
        window = windows.on(short_tmp / "nopng.sock", poll_interval_s=None)
        viewer = open_viewer(window, arun)
        assert viewer.frame is not None and viewer.frame.capture.fmt == "ppm"
        assert centre(viewer.frame.image) == RED and not viewer.error.isVisible()
        arun.wait(lambda: any("Screendump (screendump) ok" in m for m in messages(window)))
        viewer.refresh()
        arun.wait(lambda: viewer.grab_count == 2)
        assert server.asked == ["png", "ppm", "ppm"]  # no PNG again on this connection
        viewer.close()


def test_a_picture_written_after_the_viewer_closed_does_not_stay_on_disk(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    """The viewer closed while QEMU still takes the picture: QEMU writes the file after
    nobody waits for it any more; the next screendump's reading removes it."""
    pictures = {fmt: picture(fmt, swap=False) for fmt in ("png", "ppm")}
    server = PictureServer(pictures, hold_first=True)
    with FakeQmpServer(short_tmp / "slow.sock", server):
        window = windows.on(short_tmp / "slow.sock", poll_interval_s=None)
        act(window, "actionScreendump").trigger()
        viewer = window.findChild(ScreendumpViewer, "screendumpViewer")
        assert viewer is not None
        arun.wait(lambda: server.asked == ["png"])
        viewer.close()
        folder = private_folder()
        server.go_on.set()
        arun.wait(lambda: any(folder.iterdir()))  # QEMU's late file, nobody to read it
        later = open_viewer(window, arun)
        assert later.frame is not None and centre(later.frame.image) == RED
        assert list(folder.iterdir()) == []
        later.close()


@pytest.mark.qemu
def test_screendump_of_several_vms_opens_a_viewer_each_and_sums_up(
    red_vm: QemuVm, qemu: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(red_vm, qemu)  # the second has no graphics device
    arun.wait(lambda: window.model.session(1).inspection.consoles is not None)
    act(window, "actionScreendump").trigger()
    arun.wait(lambda: any(m.startswith("Screendump: ") for m in messages(window)))
    summary = next(m for m in messages(window) if m.startswith("Screendump: "))
    assert summary == "Screendump: 1 of 2 VMs done; testvm skipped: " + (
        "this VM has no display (QEMU was started without a graphics device)"
    )
    viewers = window.findChildren(ScreendumpViewer, "screendumpViewer")
    assert len(viewers) == 1  # none for a VM known to have no display

    # Again, with the viewer open: the summary is about these pictures, not the first ones.
    window.messages.clear()
    red_vm.watch.execute("stop")
    act(window, "actionScreendump").trigger()
    arun.wait(lambda: any(m.startswith("Screendump: ") for m in messages(window)))
    assert len(window.findChildren(ScreendumpViewer, "screendumpViewer")) == 1
    arun.wait(
        lambda: any(m.startswith("red: Screendump (screendump) ok") for m in messages(window))
    )


@pytest.mark.qemu
def test_mixed_selection_names_the_vm_that_cannot(
    red_vm: QemuVm, qemu: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(red_vm, qemu)
    window.model.session(1).disconnect_vm()
    arun.wait(lambda: not window.model.session(1).connected)
    act(window, "actionScreendump").trigger()  # no dialog: one viewer and one summary
    arun.wait(lambda: any(m.startswith("Screendump: ") for m in messages(window)))
    assert any(
        m == "Screendump: 1 of 2 VMs done; testvm skipped: not connected" for m in messages(window)
    )
    assert len(window.findChildren(ScreendumpViewer, "screendumpViewer")) == 1
