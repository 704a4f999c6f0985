"""The Screen tab's picture and pointer against real QEMUs 7.2: a guest that paints its
top rows in the colour of each key it gets (DRAWS_KEYS, 1024x768), one with a
usb-tablet and one without; frames only while the view is on screen; a VM behind
ssh:// at a lower rate."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from qmpgui.qmp.screen_input import ABS_MAX, NO_TABLET
from qmpgui.ui.panes.screen import ScreenPane, ScreenWindow
from tests.helpers.guest_images import DRAWS_KEYS, RED, RED_SCREEN, boot_floppy, floppy_args
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.screen_view import capture, colour_at, show_screen
from tests.helpers.sshd import Sshd, SshHome
from tests.helpers.windows import Windows

BLACK = (0, 0, 0)


def move(widget: QWidget, pos: QPointF) -> None:
    """The mouse moved to `pos` with no button held, as the platform reports it."""
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        pos,
        widget.mapToGlobal(pos),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def guest(short_tmp: Path, name: str, code: bytes, *extra: str) -> QemuVm:
    folder = short_tmp / name
    folder.mkdir()
    image = boot_floppy(folder / f"{name}.img", code)
    return QemuVm(folder, name=name).start(extra=[*floppy_args(image), *extra])


@pytest.fixture
def drawing_vm(short_tmp: Path) -> Iterator[QemuVm]:
    vm = guest(short_tmp, "draws", DRAWS_KEYS)
    yield vm
    vm.stop()


@pytest.fixture
def tablet_vm(short_tmp: Path) -> Iterator[QemuVm]:
    vm = guest(short_tmp, "tablet", RED_SCREEN, "-usb", "-device", "usb-tablet,id=tablet0")
    yield vm
    vm.stop()


@pytest.fixture
def red_vm(short_tmp: Path) -> Iterator[QemuVm]:
    vm = guest(short_tmp, "red", RED_SCREEN)
    yield vm
    vm.stop()


@pytest.mark.qemu
def test_the_picture_follows_the_guests_screen_and_only_on_screen(
    drawing_vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(drawing_vm)
    pane = window.pane(ScreenPane)
    assert pane.view.feed is None  # another tab is in front: no frames
    pane = show_screen(window, arun)
    arun.wait(lambda: pane.view.canvas.image.width() == 1024)
    assert pane.view.canvas.image.height() == 768
    arun.wait(lambda: colour_at(pane, 10, 10) == BLACK)
    feed = pane.view.feed
    assert feed is not None and feed.source.kind == "local"
    # The guest paints its top rows when a key comes (sent by the test's own monitor).
    changed = feed.changed
    drawing_vm.watch.execute("send-key", {"keys": [{"type": "qcode", "data": "a"}]})
    arun.wait(lambda: colour_at(pane, 10, 10) != BLACK)
    assert colour_at(pane, 10, 700) == BLACK  # the rows below stay
    arun.wait(lambda: "fps (screendump, 1024×768)" in pane.view.status.text())
    # A still screen: frames keep coming, none is handed on as changed.
    arun.wait(lambda: feed.changed > changed)
    settled, taken = feed.changed, feed.taken
    arun.wait(lambda: feed.taken >= taken + 5)
    assert feed.changed == settled

    window.panes.setCurrentIndex(0)  # another tab: the frames stop
    arun.wait(lambda: pane.view.feed is None)
    window.panes.setCurrentWidget(pane)
    arun.wait(lambda: pane.view.feed is not None and pane.view.feed.taken > 0)


@pytest.mark.qemu
def test_the_view_detaches_into_a_window_and_comes_back(
    red_vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(red_vm)
    pane = show_screen(window, arun)
    canvas = pane.view.canvas
    fitted = canvas.picture_rect()
    assert fitted.width() <= canvas.width() and fitted.height() <= canvas.height()
    pane.view.fit_action.setChecked(False)  # 1:1: the guest's pixels as they are
    assert canvas.picture_rect().size().toSize() == canvas.image.size()
    pane.view.fit_action.setChecked(True)
    pane.view.detach_action.trigger()
    detached = pane.window_
    assert isinstance(detached, ScreenWindow) and detached.isVisible()
    assert pane.view.window() is detached and detached.windowTitle() == "red — screen"
    arun.wait(lambda: pane.view.feed is not None and colour_at(pane, 100, 100) == RED)
    window.panes.setCurrentIndex(0)  # the tab goes away; the window still shows it
    taken = pane.view.feed.taken if pane.view.feed else 0
    arun.wait(lambda: pane.view.feed is not None and pane.view.feed.taken > taken + 2)
    detached.close()  # closing the window brings the view back into its tab
    assert pane.window_ is None and pane.view.window() is window
    arun.wait(lambda: pane.view.feed is None)  # the tab is not in front


@pytest.mark.qemu
def test_a_vm_with_a_tablet_gets_the_pointer_where_it_is_on_the_picture(
    tablet_vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(tablet_vm)
    pane = show_screen(window, arun)
    view, canvas = pane.view, pane.view.canvas
    arun.wait(lambda: view.input is not None and view.input.sent_commands == 0)
    sent: list[list[dict[str, object]]] = []
    canvas.inputEvents.connect(sent.append)
    capture(pane, arun)
    assert canvas.absolute and NO_TABLET not in view.status.text()
    shown = canvas.picture_rect()
    move(canvas, shown.center())
    move(canvas, shown.bottomRight() - QPointF(0.5, 0.5))
    QTest.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=shown.center().toPoint())
    moves = [e["data"] for batch in sent for e in batch if e["type"] == "abs"]
    centre = {m["axis"]: m["value"] for m in moves[:2]}  # type: ignore[index]
    corner = {m["axis"]: m["value"] for m in moves[2:4]}  # type: ignore[index]
    assert abs(centre["x"] - ABS_MAX // 2) < 200 and abs(centre["y"] - ABS_MAX // 2) < 200
    assert corner["x"] > ABS_MAX - 100 and corner["y"] > ABS_MAX - 100
    assert any(e["type"] == "btn" for batch in sent for e in batch)
    wheel = QWheelEvent(
        shown.center(),
        canvas.mapToGlobal(shown.center()),
        QPoint(),
        QPoint(0, -240),  # two notches towards the user
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(canvas, wheel)
    assert sent[-1] == [
        {"type": "btn", "data": {"down": down, "button": "wheel-down"}}
        for _ in range(2)
        for down in (True, False)
    ]
    # QEMU took them all (an error reply is said as an error) ...
    arun.wait(lambda: view.input is not None and view.input.sent_events >= 12)
    assert not any("did not reach the guest" in m for m in window.messages)
    # ... and the tablet is the one absolute pointer QEMU has: QEMU hands abs events to
    # the pointer that takes them (the PS/2 mouse takes only rel). It becomes "current"
    # in `info mice` once a guest's USB driver sets it up, which a boot sector does not.
    mice = tablet_vm.watch.execute("human-monitor-command", {"command-line": "info mice"})
    assert "QEMU HID Tablet (absolute)" in mice


@pytest.mark.qemu
def test_a_vm_without_a_tablet_says_so_and_moves_the_pointer_relatively(
    red_vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(red_vm)
    pane = show_screen(window, arun)
    view, canvas = pane.view, pane.view.canvas
    arun.wait(lambda: NO_TABLET in view.status.text())
    assert not canvas.absolute
    sent: list[list[dict[str, object]]] = []
    canvas.inputEvents.connect(sent.append)
    capture(pane, arun)
    shown = canvas.picture_rect()
    start = shown.center()
    move(canvas, start)
    move(canvas, start + QPointF(20, 0))
    rel = [e["data"] for batch in sent for e in batch if e["type"] == "rel"]
    assert rel and rel[0]["axis"] == "x" and rel[0]["value"] > 0  # type: ignore[index]
    assert not any(e["type"] == "abs" for batch in sent for e in batch)
    arun.wait(lambda: view.input is not None and view.input.sent_events >= 1)
    assert not any("did not reach the guest" in m for m in window.messages)


@pytest.mark.qemu
@pytest.mark.sshd
def test_a_vm_behind_ssh_shows_its_screen_at_a_lower_rate(
    red_vm: QemuVm, sshd: Sshd, ssh_home: SshHome, windows: Windows, arun: AsyncRunner
) -> None:
    ssh_home.trust(sshd)
    window = windows.open(sshd.url(red_vm.app_socket))
    arun.wait(lambda: window.model.session(0).connected, timeout=60)
    window.select_session(window.model.session(0))
    pane = show_screen(window, arun)
    arun.wait(lambda: colour_at(pane, 100, 100) == RED)
    feed = pane.view.feed
    assert feed is not None and feed.source.kind == "ssh" and feed.source.fmt == "png"
    taken = feed.taken
    arun.wait(lambda: feed.taken >= taken + 6, timeout=60)
    assert 0 < feed.frame_rate() <= 5
    assert "(screendump over SSH, 720×400)" in pane.view.status.text() or (
        "screendump over SSH" in pane.view.status.text()
    )
