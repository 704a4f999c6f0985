"""The QOM tree following devices against QEMU 7.2: a USB keyboard unplugged from the
test's own monitor leaves the tree at once (DEVICE_DELETED), the selection on it moving
to /machine/peripheral; a device added by another client shows without Refresh, and
one added without an id from the console shows under /machine/peripheral-anon."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qmpgui.app.main_window import MainWindow
from qmpgui.ui.panes.qom import QomPane
from tests.helpers.console import open_console, send
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows

USB = ["-device", "qemu-xhci,id=xhci", "-device", "usb-kbd,id=kbd7,bus=xhci.0"]


@pytest.fixture
def vm(short_tmp: Path) -> Iterator[QemuVm]:
    made = QemuVm(short_tmp, name="qomfollow")
    made.start(extra=USB)
    yield made
    made.stop()


def opened(window: MainWindow, arun: AsyncRunner, path: str) -> QomPane:
    pane = window.pane(QomPane)
    window.panes.setCurrentWidget(pane)
    arun.wait(lambda: pane.tree_model.find(path) is not None)
    node = pane.tree_model.find(path)
    assert node is not None
    pane.tree.expand(pane.tree_model.index_of(node))
    arun.wait(lambda: node.children is not None)
    return pane


def names(pane: QomPane, path: str) -> set[str]:
    node = pane.tree_model.find(path)
    return {child.name for child in (node.children or ()) if node is not None}


@pytest.mark.qemu
def test_an_unplugged_device_leaves_the_tree_and_an_added_one_shows(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(vm)
    window.settings.poll_interval_s = 0.5
    pane = opened(window, arun, "/machine/peripheral")
    kbd = "/machine/peripheral/kbd7"
    node = pane.tree_model.find(kbd)
    assert node is not None
    pane.tree.setCurrentIndex(pane.tree_model.index_of(node))
    arun.wait(lambda: pane.properties.model.path == kbd)
    vm.watch.execute("device_del", {"id": "kbd7"})
    arun.wait(lambda: pane.tree_model.find(kbd) is None)
    assert "kbd7" not in names(pane, "/machine/peripheral")
    arun.wait(lambda: pane.properties.model.path == "/machine/peripheral")

    # Added by another client: QEMU sends no event; the pane shows it without Refresh.
    vm.watch.execute("device_add", {"driver": "usb-tablet", "id": "tab1", "bus": "xhci.0"})
    arun.wait(lambda: "tab1" in names(pane, "/machine/peripheral"))


@pytest.mark.qemu
def test_a_device_added_without_an_id_from_the_console_shows_under_peripheral_anon(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window, console = open_console(windows, vm)
    window.settings.poll_interval_s = 60  # the command, not the tick
    pane = opened(window, arun, "/machine/peripheral-anon")
    before = names(pane, "/machine/peripheral-anon")
    send(arun, console, "device_add driver=usb-mouse bus=xhci.0")
    listed = vm.watch.execute("qom-list", {"path": "/machine/peripheral-anon"})
    wanted = {p["name"] for p in listed if p["type"].startswith("child<")}
    assert wanted > before
    arun.wait(lambda: names(pane, "/machine/peripheral-anon") == wanted)
