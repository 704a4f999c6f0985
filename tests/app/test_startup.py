"""The window's start with many saved VMs: the list holds every one of them as soon as
the window shows, and each pane works when chosen, by its tab's key or the View menu's
keys, from the very first moment (the panes not on screen are built after the window
has shown, or at once when they are chosen: ui/pane_tabs.py). On a real QEMU."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QWindow
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from qmpgui.app.first_paint import HELD_THRESHOLD, hold_collector, release_collector
from qmpgui.app.main_window import MainWindow
from qmpgui.session import VmSession
from qmpgui.ui.panes import Pane
from qmpgui.ui.panes.screen import ScreenPane
from qmpgui.ui.panes.serial import SerialPane
from qmpgui.ui.panes.status import StatusPane
from qmpgui.ui.panes.trace import TracePane
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, endpoint_of

ALT = Qt.KeyboardModifier.AltModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
#: Saved VMs besides the live one: nothing listens at their sockets.
IDLE = 99


def saved_vms(qemu: QemuVm, folder: Path) -> dict[str, Any]:
    """A configuration with the live VM first, then IDLE VMs not connected at start."""
    idle = [
        {"name": f"idle{n:02d}", "endpoint": str(folder / f"idle{n:02d}.qmp"), "autoconnect": False}
        for n in range(IDLE)
    ]
    live = {"name": "live", "endpoint": endpoint_of(qemu), "autoconnect": True}
    return {"vms": [live, *idle]}


def keys_of(window: MainWindow) -> QWindow:
    handle = window.windowHandle()
    assert handle is not None
    return handle


def built_kinds(window: MainWindow) -> set[type[Pane]]:
    return {type(pane) for pane in window.panes.built()}


def live_session(window: MainWindow, arun: AsyncRunner) -> VmSession:
    session = window.model.sessions[0]
    arun.wait(lambda: session.connected)
    assert window.selection.current is session
    return session


@pytest.mark.qemu
def test_a_start_with_100_saved_vms_lists_them_and_a_tab_chosen_at_once_works(
    qemu: QemuVm, short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.open(config=saved_vms(qemu, short_tmp))
    # The window has shown, the event loop not run yet: every saved VM is listed, the
    # first selected and the Status tab (the one on screen) showing it.
    assert window.vm_list.model().rowCount() == IDLE + 1
    names = [s.display_name for s in window.model.sessions]
    assert names[:3] == ["live", "idle00", "idle01"]
    assert isinstance(window.panes.currentWidget(), StatusPane)
    # The last tab, chosen by its key (T&race events) before its pane was built.
    assert TracePane not in built_kinds(window)
    QTest.keyClick(keys_of(window), Qt.Key.Key_R, ALT)
    trace = window.panes.currentWidget()
    assert isinstance(trace, TracePane) and trace is window.pane(TracePane)
    session = live_session(window, arun)
    arun.wait(trace.isVisible)
    # It shows the VM's trace events, and the VM is polled for what it shows.
    arun.wait(lambda: trace.model.rowCount() > 100)
    arun.wait(lambda: session.watched == trace.topics)
    # Every other pane is built soon after the start, once each, in its tab.
    arun.wait(lambda: len(window.panes.built()) == window.panes.count())
    for index in range(window.panes.count()):
        pane = window.panes.widget(index)
        assert isinstance(pane, Pane) and window.panes.indexOf(pane) == index
        window.panes.setCurrentIndex(index)
        arun.wait(pane.isVisible)
        arun.wait(lambda pane=pane: session.watched == pane.topics)  # type: ignore[misc]
    status = window.pane(StatusPane)
    window.panes.setCurrentWidget(status)
    arun.wait(lambda: status.text("name") == "live")


@pytest.mark.qemu
def test_the_view_menus_keys_reach_the_screen_and_serial_at_once_after_the_start(
    qemu: QemuVm, short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.open(config=saved_vms(qemu, short_tmp))
    assert SerialPane not in built_kinds(window)
    window.activateWindow()
    QTest.keyClick(keys_of(window), Qt.Key.Key_X, CTRL_SHIFT)  # View → Screen
    screen = window.panes.currentWidget()
    assert isinstance(screen, ScreenPane)
    arun.wait(lambda: QApplication.focusWidget() is screen.view.canvas)
    session = live_session(window, arun)
    assert screen.session is session
    arun.wait(lambda: session.watched == screen.topics)  # polled for what the pane shows
    QTest.keyClick(keys_of(window), Qt.Key.Key_T, CTRL_SHIFT)  # View → Serial
    serial = window.panes.currentWidget()
    assert isinstance(serial, SerialPane)
    arun.wait(lambda: QApplication.focusWidget() is serial.terminal)
    assert serial.session is session


def test_the_cycle_collector_runs_as_usual_once_the_window_has_painted(
    windows: Windows, arun: AsyncRunner
) -> None:
    release_collector()
    usual = gc.get_threshold()
    hold_collector()  # as when qmpgui.app loads: rare walks while qmpgui starts
    assert gc.get_threshold()[0] == HELD_THRESHOLD
    window = windows.open()
    arun.wait(lambda: gc.get_threshold() == usual)
    assert window.isVisible()


#: Run in a fresh interpreter: what is registered once the window's modules have loaded
#: (those before its first paint), then once every pane and every action has loaded too.
_REGISTERED = """
import importlib, json, pkgutil
import qmpgui.app
from qmpgui.session import inspection
def seen():
    return [sorted(inspection.all_topics()), len(inspection.BLOCK_READERS),
            len(inspection.EVENT_READERS)]
alone = seen()
for package in ("qmpgui.ui.panes", "qmpgui.app.actions"):
    folder = importlib.import_module(package).__path__
    for module in pkgutil.iter_modules(folder):
        importlib.import_module(f"{package}.{module.name}")
print(json.dumps([alone, seen()]))
"""


def test_a_vm_polls_and_reads_every_topic_before_any_pane_or_action_has_loaded() -> None:
    # The panes and most actions load after the window's first paint, while VMs may
    # connect already: every topic, and every reader of replies and events (the
    # balloon's size, a drive's snapshots), must be there before the first session.
    done = subprocess.run(
        [sys.executable, "-c", _REGISTERED],
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    alone, everything = json.loads(done.stdout)
    assert alone == everything
    assert {"memory", "network", "serial", "block-graph", "block-jobs"} <= set(alone[0])
