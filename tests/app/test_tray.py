"""The tray icon: its badge and tooltip follow the VMs, its menu acts on one VM, closing
the window hides it; notices go through the tray, else the desktop's notification
service on D-Bus, else the status bar.

The tests' desktop (Qt's offscreen platform) has no system tray: the tray's tests
have one reported available (app/tray.py's tray_available()), and Qt's
QSystemTrayIcon then keeps its icon, tooltip and menu as on a desktop with a tray,
where they are read here; what the desktop would draw of them is not seen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from qmpgui.app import tray as tray_module
from qmpgui.app.main_window import MainWindow
from qmpgui.session import ConnState
from qmpgui.ui.tray import TrayIcon
from tests.helpers.notify_service import notify_service, recorded, session_bus
from tests.helpers.qemu_vm import QemuVm, watched_status
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, act


@pytest.fixture
def tray_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    """The desktop says it has a system tray."""
    monkeypatch.setattr(tray_module, "tray_available", lambda: True)


def icon_of(window: MainWindow) -> TrayIcon:
    icon = window.tray.icon
    assert icon is not None
    return icon


def vm_menu(window: MainWindow, name: str) -> QMenu:
    """The tray menu's submenu of the VM `name`, filled as it is when the menu opens."""
    icon = icon_of(window)
    icon.menu.aboutToShow.emit()
    menus = [a.menu() for a in icon.menu.actions() if a.menu() is not None]
    found = [m for m in menus if isinstance(m, QMenu) and m.title().startswith(f"{name} — ")]
    assert len(found) == 1, [m.title() for m in menus if isinstance(m, QMenu)]
    return found[0]


def action_in(menu: QMenu, name: str) -> QAction:
    (action,) = [a for a in menu.actions() if a.objectName() == name]
    return action


def two_vms(folder: Path) -> tuple[QemuVm, QemuVm]:
    """web1 and db1, running, each in a folder of its own under `folder`."""
    (folder / "web").mkdir()
    (folder / "db").mkdir()
    return QemuVm(folder / "web", name="web1").start(), QemuVm(folder / "db", name="db1").start()


@pytest.mark.qemu
def test_the_tray_counts_running_vms_and_problems_as_they_change(
    short_tmp: Path, windows: Windows, arun: AsyncRunner, tray_reported: None
) -> None:
    web, db = two_vms(short_tmp)
    try:
        window = windows.on(web, db)
        icon = icon_of(window)
        assert icon.isVisible() and window.notifier.tray is icon
        arun.wait(lambda: icon.toolTip() == "qmpgui: 2 running")
        assert icon.badge == "2"
        web.watch.execute("stop")  # from outside qmpgui: its own monitor
        arun.wait(lambda: icon.toolTip() == "qmpgui: 1 running")
        assert icon.badge == "1"
        assert vm_menu(window, "web1").title() == "web1 — paused"
        db.kill()  # gone without a word: a lost connection is a problem
        arun.wait(lambda: icon.health.problems != ())
        assert icon.toolTip().startswith("qmpgui: no VMs running, 1 with a problem\ndb1: ")
        assert icon.badge == "1" and len(icon.health.problems) == 1
        # The notice of the loss went to the tray, not the status bar.
        assert ("db1: connection lost") in [t for t, _ in window.notifier.shown]
        assert not window.statusBar().currentMessage().startswith("Attention:")
    finally:
        web.stop()
        db.stop()


@pytest.mark.qemu
def test_a_tray_menu_action_acts_on_its_vm(
    short_tmp: Path, windows: Windows, arun: AsyncRunner, tray_reported: None
) -> None:
    web, db = two_vms(short_tmp)
    try:
        window = windows.on(web, db)
        window.select_session(window.model.session(1))  # db1 selected in the window
        menu = vm_menu(window, "web1")
        # Each action shows the icon the window's own shows (Quit: File → Quit's).
        for action in menu.actions():
            if action.objectName().startswith("action"):
                same = window.findChild(QAction, action.objectName())
                assert same is not None and not same.icon().isNull()
                assert action.icon().name() == same.icon().name(), action.objectName()
        tray_menu = icon_of(window).menu
        assert (
            action_in(tray_menu, "trayQuit").icon().name()
            == act(window, "actionQuit").icon().name()
        )
        # Showing the window: qmpgui's own icon, the window's.
        for shows in (action_in(tray_menu, "trayShowHide"), action_in(menu, "trayShowVm")):
            assert shows.icon().cacheKey() == window.windowIcon().cacheKey()
        resume, pause = action_in(menu, "actionCont"), action_in(menu, "actionStop")
        assert pause.isEnabled() and not resume.isEnabled()  # web1 runs
        assert resume.toolTip().endswith("(the VM is already running)")
        pause.trigger()
        arun.wait(lambda: watched_status(web) == "paused")
        assert watched_status(db) == "running"  # the selection was not what it acted on
        # Once qmpgui has heard of it (the STOP event), the menu offers Resume.
        arun.wait(lambda: action_in(vm_menu(window, "web1"), "actionCont").isEnabled())
    finally:
        web.stop()
        db.stop()


@pytest.mark.qemu
def test_closing_the_window_hides_it_beside_the_tray_and_quit_quits(
    qemu: QemuVm, windows: Windows, arun: AsyncRunner, tray_reported: None
) -> None:
    window = windows.on(qemu)
    finished: list[bool] = []
    window.shutdownFinished.connect(lambda: finished.append(True))
    window.close()
    assert not window.isVisible()
    assert window.model.session(0).state is ConnState.CONNECTED  # still watching the VM
    said = [t for t, _ in window.notifier.shown if "keeps running" in t]
    assert said == ["qmpgui keeps running in the system tray"]
    window.tray.show_or_hide()
    assert window.isVisible()
    window.close()  # said once
    assert [t for t, _ in window.notifier.shown if "keeps running" in t] == said
    icon_of(window).menu.aboutToShow.emit()
    action_in(icon_of(window).menu, "trayQuit").trigger()
    arun.wait(lambda: finished == [True])
    assert window.tray.icon is None


@pytest.mark.qemu
def test_without_a_tray_the_notice_goes_to_the_desktops_notification_service(
    qemu: QemuVm,
    windows: Windows,
    arun: AsyncRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    record = tmp_path / "notices.jsonl"
    with session_bus() as address, notify_service(address, record):
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        window = windows.on(qemu)
        assert window.tray.icon is None  # offscreen: no tray
        qemu.kill()
        arun.wait(lambda: recorded(record) != [])
        (notice,) = recorded(record)
        assert notice["signature"] == "susssasa{sv}i"  # as GDBus servers check it
        app, _replaces, _icon, summary, body, _actions, _hints, _expire = notice["args"]
        assert (app, summary) == ("qmpgui", "testvm: connection lost")
        assert body
        assert not window.statusBar().currentMessage().startswith("Attention:")


@pytest.mark.qemu
def test_a_bus_without_a_notification_service_leaves_the_notice_to_the_status_bar(
    qemu: QemuVm, windows: Windows, arun: AsyncRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    with session_bus() as address:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        window = windows.on(qemu)
        qemu.kill()
        arun.wait(
            lambda: (
                window.statusBar().currentMessage().startswith("Attention: testvm: connection lost")
            )
        )


def test_the_tray_setting_shows_and_drops_the_icon_at_once(
    windows: Windows, arun: AsyncRunner, tray_reported: None
) -> None:
    window = windows.open(config={"tray_icon": False})
    assert window.tray.icon is None and window.notifier.tray is None
    window.fleet.apply_settings({"tray_icon": True})  # as Preferences and a file edit do
    assert window.tray.icon is not None and window.tray.icon.isVisible()
    assert window.notifier.tray is window.tray.icon
    window.fleet.apply_settings({"tray_icon": False})
    assert window.tray.icon is None and window.notifier.tray is None
    finished: list[bool] = []
    window.shutdownFinished.connect(lambda: finished.append(True))
    window.close()  # no tray icon: closing the window quits, as ever
    arun.wait(lambda: finished == [True])
