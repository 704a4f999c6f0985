"""The window's layout across runs: its size, splitters and columns come back after a
restart; a first window, and one kept from a larger screen, fit today's screen, also
at a scale factor of 1.5."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QSplitter, QTreeView

from qmpgui.app.main_window import MainWindow
from qmpgui.models.vm_list import NAME
from qmpgui.ui.panes.pci import PciPane
from tests.helpers.app_process import START_S, app_env
from tests.helpers.first_window import screen_config
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, config_file, endpoint_of, messages

ROOT = Path(__file__).resolve().parents[2]


def on_screen(arun: AsyncRunner, window: MainWindow) -> None:
    """Wait until `window` is shown with its frame (its geometry is then final)."""
    arun.wait(lambda: window.windowHandle() is not None and window.windowHandle().isExposed())


def free_area(window: MainWindow) -> QRect:
    return window.screen().availableGeometry()


def splitters(window: MainWindow) -> tuple[QSplitter, QSplitter]:
    """The splitter between the VM list and the panes, and the one above the event log."""
    beside, below = window.findChild(QSplitter, "vmSplitter"), window.bottom_tabs.parentWidget()
    assert isinstance(beside, QSplitter) and isinstance(below, QSplitter)
    return beside, below


def pci_columns(window: MainWindow, arun: AsyncRunner) -> QTreeView:
    """The PCI tab's table, brought to the front, its columns fitted to the devices."""
    pane = window.pane(PciPane)
    window.panes.setCurrentWidget(pane)
    arun.wait(lambda: pane.model.rowCount() > 0)
    return pane.view


def test_a_first_window_fits_its_screen(windows: Windows, arun: AsyncRunner) -> None:
    window = windows.open()
    on_screen(arun, window)
    free = free_area(window)
    assert free.width() < 1200 or free.height() < 820  # the test's screen is the smaller
    assert free.contains(window.frameGeometry())


def test_the_first_window_fits_a_screen_scaled_by_one_and_a_half(tmp_path: Path) -> None:
    # 1600 x 1000 device pixels at 1.5: 1067 x 667 logical pixels, less than 1200 x 820.
    env = app_env(
        tmp_path,
        QT_QPA_PLATFORM=screen_config(tmp_path, 1600, 1000),
        QT_SCALE_FACTOR="1.5",
    )
    done = subprocess.run(
        [sys.executable, "-m", "tests.helpers.first_window"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=START_S,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    place = json.loads(done.stdout.splitlines()[-1])
    assert place["ratio"] == 1.5
    free, frame = QRect(*place["free"]), QRect(*place["frame"])
    assert free.size() == QSize(1067, 667)
    assert free.contains(frame), (frame, free)


def test_size_splitters_and_columns_come_back_after_a_restart(
    windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.open()
    on_screen(arun, window)
    window.resize(700, 520)
    arun.wait(lambda: window.size() == QSize(700, 520))
    beside, below = splitters(window)
    beside.setSizes([170, 520])
    below.setSizes([330, 160])
    window.vm_list.setColumnWidth(NAME, 211)  # as a drag of the header's edge does
    kept = [beside.sizes(), below.sizes()]
    windows.close(window)

    again = windows.open()
    on_screen(arun, again)
    assert again.size() == QSize(700, 520)
    assert [splitter.sizes() for splitter in splitters(again)] == kept
    assert again.vm_list.columnWidth(NAME) == 211


@pytest.mark.qemu
def test_a_panes_columns_come_back_though_the_pane_is_built_after_the_window_shows(
    qemu: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    first = windows.on(qemu)
    pci_columns(first, arun).setColumnWidth(1, 177)  # as a drag of the header's edge does
    windows.close(first)

    again = windows.open(endpoint_of(qemu))
    assert not [p for p in again.panes.built() if isinstance(p, PciPane)]  # not made yet
    on_screen(arun, again)
    arun.wait(lambda: len(again.panes.built()) == again.panes.count())
    assert again.pane(PciPane).view.columnWidth(1) == 177


def test_a_window_kept_larger_than_the_screen_shrinks_to_fit(
    windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.open()
    on_screen(arun, window)
    huge = free_area(window).size() * 2
    window.resize(huge)
    arun.wait(lambda: window.size() == huge)
    windows.close(window)

    again = windows.open()
    on_screen(arun, again)
    assert free_area(again).contains(again.frameGeometry())


def test_a_layout_file_that_cannot_be_read_is_said_and_the_window_starts(
    windows: Windows, arun: AsyncRunner, tmp_path: Path
) -> None:
    kept = config_file(tmp_path).with_name("config.window.ini")
    kept.parent.mkdir(parents=True)
    kept.mkdir()  # a folder where the file should be: QSettings cannot read it
    window = windows.open()
    on_screen(arun, window)
    assert free_area(window).contains(window.frameGeometry())
    assert any(
        f"could not read the window's layout from {kept}" in text for text in messages(window)
    )


def test_a_window_closed_maximized_reopens_maximized(windows: Windows, arun: AsyncRunner) -> None:
    window = windows.open()
    on_screen(arun, window)
    window.showMaximized()
    arun.wait(window.isMaximized)
    windows.close(window)

    again = windows.open()
    on_screen(arun, again)
    assert again.isMaximized()


@pytest.mark.parametrize("scale", ["1", "1.5"])
def test_the_first_vm_list_fits_its_columns_in_its_pane(tmp_path: Path, scale: str) -> None:
    # A first start (no config.window.ini) on a 1600 x 1000 screen with VMs whose
    # sockets are gone: no horizontal scrollbar, every column ends inside the list.
    (tmp_path / "plain.qmp").write_text("")  # an error state, the longest the list shows
    vms = [
        {"name": "web-frontend-7", "endpoint": str(tmp_path / "plain.qmp"), "autoconnect": True},
        {"name": "vm-b", "endpoint": str(tmp_path / "gone-b.qmp"), "autoconnect": True},
    ]
    config = tmp_path / "qmpgui.json"
    config.write_text(json.dumps({"vms": vms}))
    env = app_env(
        tmp_path,
        QT_QPA_PLATFORM=screen_config(tmp_path, 1600, 1000),
        QT_SCALE_FACTOR=scale,
    )
    done = subprocess.run(
        [sys.executable, "-m", "tests.helpers.first_window", "--config", str(config)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=START_S,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    listed = json.loads(done.stdout.splitlines()[-1])["vm_list"]
    assert not listed["scrollbar"], listed
    assert set(listed["columns"]) >= {"Name", "State", "Endpoint"}, listed
    for title, (left, right) in listed["columns"].items():
        assert 0 <= left < right <= listed["viewport"], (title, listed)
    left, right = listed["columns"]["Endpoint"]
    assert right - left >= 80, listed  # room for the path's ends around its middle cut
    left, right = listed["columns"]["Name"]
    assert right - left >= 90, listed  # the name, which tells the rows apart, gives way last
