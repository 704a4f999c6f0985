"""The tray: qmpgui's icon in the desktop's system tray while the `tray_icon` setting
is on and the desktop has a tray. Its badge and tooltip follow the VMs' health; its
menu lists every VM with its state and the action table's lifecycle actions acting
on that VM, then Show/Hide window and Quit, each with the icon the window shows for
it (qmpgui's own for showing the window); the notifier says notices through it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QTimer
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMainWindow, QMenu, QSystemTrayIcon

from qmpgui.app.actions import VmActions
from qmpgui.app.fleet import Fleet
from qmpgui.app.window_actions import QUIT_ICON
from qmpgui.i18n import translate
from qmpgui.models.vm_list import STATE
from qmpgui.qmp.action_kinds import shown
from qmpgui.qmp.actions import AnyAction, Group, in_group
from qmpgui.session import VmSession
from qmpgui.session.health import health
from qmpgui.ui.icons import icon
from qmpgui.ui.notifier import Notifier
from qmpgui.ui.tray import TrayIcon

#: How long the badge may wait to count again after a VM changed (ms): a burst of
#: changes (every VM reconnecting) is counted once.
COUNT_DELAY_MS = 200

_Index = QModelIndex | QPersistentModelIndex


def tray_available() -> bool:
    """Whether the desktop has a system tray now (Qt asks the StatusNotifier host or
    the X11 tray manager)."""
    return QSystemTrayIcon.isSystemTrayAvailable()


class Tray(QObject):
    """The tray icon of `window` (over `base`, qmpgui's icon), made and dropped by
    apply() as the `tray_icon` setting says; `icon` is None while there is none. The
    `select` makes a VM the window's current and only selected one (the actions act
    on the selection), `quit` quits qmpgui."""

    def __init__(
        self,
        window: QMainWindow,
        fleet: Fleet,
        vm_actions: VmActions,
        notifier: Notifier,
        base: QIcon,
        *,
        select: Callable[[VmSession], None],
        quit: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._model = model = fleet.model
        self._vm_actions = vm_actions
        self._notifier = notifier
        self._base = base
        self._select = select
        self._quit = quit
        fleet.settingsApplied.connect(
            lambda values: self.apply(values["tray_icon"]) if "tray_icon" in values else None
        )
        self.icon: TrayIcon | None = None
        #: Whether closing the window was said to hide it (said once per run).
        self.hide_said = False
        self._count = QTimer(self)
        self._count.setSingleShot(True)
        self._count.setInterval(COUNT_DELAY_MS)
        self._count.timeout.connect(self.count)
        model.dataChanged.connect(self._changed)
        model.rowsInserted.connect(self._count_soon)
        model.rowsRemoved.connect(self._count_soon)
        model.modelReset.connect(self._count_soon)

    def apply(self, wanted: bool) -> None:
        """Show the icon when `wanted` and the desktop has a tray; otherwise drop it.
        Notices go through it while it is shown."""
        if wanted and tray_available():
            if self.icon is None:
                self.icon = TrayIcon(self._base, self)
                self.icon.menu.aboutToShow.connect(self.fill_menu)
                self.icon.activated.connect(self._activated)
                self.count()
                self.icon.show()
        elif self.icon is not None:
            self.icon.dispose()
            self.icon = None
        self._notifier.tray = self.icon

    @property
    def shown(self) -> bool:
        """Whether the tray icon is shown (closing the window then hides it)."""
        return self.icon is not None and self.icon.isVisible()

    def hide_window(self) -> bool:
        """Hide the window instead of closing it while the icon is shown, as tray
        applications do (said the first time); False, doing nothing, without an icon."""
        if not self.shown:
            return False
        self._window.hide()  # qmpgui keeps watching the VMs
        if not self.hide_said:
            self.hide_said = True
            self._notifier.notify(
                translate("Tray", "qmpgui keeps running in the system tray"),
                translate(
                    "Tray",
                    "Its icon shows the window again; Quit in its menu (or File → Quit) closes qmpgui.",
                ),
            )
        return True

    def _changed(self, first: _Index, _last: _Index) -> None:
        if first.column() <= STATE:  # not the disk rates
            self._count_soon()

    def _count_soon(self) -> None:
        # Not restarted by each change: rows that change on every poll must not hold
        # the count back for ever.
        if self.icon is not None and not self._count.isActive():
            self._count.start()

    def count(self) -> None:
        """Count the VMs again and show it on the icon."""
        if self.icon is not None:
            self.icon.show_health(health(self._model.all_sessions))

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason is QSystemTrayIcon.ActivationReason.Trigger:  # a click on the icon
            self.show_or_hide()

    def show_or_hide(self) -> None:
        """Hide the window when it is shown, else show it, raised and active."""
        window = self._window
        if window.isVisible() and not window.isMinimized():
            window.hide()
            return
        window.showNormal() if window.isMinimized() else window.show()
        window.raise_()
        window.activateWindow()

    # -- the menu ------------------------------------------------------------------------

    def fill_menu(self) -> None:
        """Fill the menu as the VMs stand now: a submenu per VM ("name — state") with
        its actions, then Show/Hide window and Quit. Runs as it opens."""
        if self.icon is None:
            return
        menu = self.icon.menu
        menu.clear()
        for session in self._model.all_sessions:
            menu.addMenu(self._vm_menu(menu, session))
        if self._model.all_sessions:
            menu.addSeparator()
        shown = self._window.isVisible() and not self._window.isMinimized()
        toggle = menu.addAction(
            translate("Tray", "&Hide window") if shown else translate("Tray", "&Show window")
        )
        toggle.setObjectName("trayShowHide")
        toggle.setIcon(self._base)  # qmpgui's icon: its window
        toggle.triggered.connect(self.show_or_hide)
        quit_action = menu.addAction(translate("Tray", "&Quit"))
        quit_action.setObjectName("trayQuit")
        quit_action.setIcon(icon(QUIT_ICON))
        quit_action.setToolTip(translate("Tray", "Close qmpgui (running VMs keep running)"))
        quit_action.triggered.connect(self._quit)

    def _vm_menu(self, parent: QMenu, session: VmSession) -> QMenu:
        # "&" in a name would become a mnemonic: doubled, it shows as itself.
        name = session.display_name.replace("&", "&&")
        menu = QMenu(f"{name} — {session.state_brief()}", parent)
        menu.setObjectName("trayVm")
        menu.setToolTipsVisible(True)
        for facts in in_group(Group.LIFECYCLE):
            if facts.domain_only and session.domain is None:
                continue
            action = QAction(icon(facts.icon), shown(facts.text), menu)  # as in the window
            action.setObjectName(facts.object_name)
            why = self._vm_actions.why_not(session, facts)
            action.setEnabled(why is None)
            tip = shown(facts.tip)
            action.setToolTip(tip if why is None else f"{tip} ({why})")
            action.triggered.connect(lambda _=False, s=session, a=facts.action: self._act(s, a))
            menu.addAction(action)
        menu.addSeparator()
        show = menu.addAction(translate("Tray", "Show in &window"))
        show.setObjectName("trayShowVm")
        show.setIcon(self._base)
        show.triggered.connect(lambda _=False, s=session: self._show_vm(s))
        return menu

    def _act(self, session: VmSession, action: AnyAction) -> None:
        # The actions act on the selection, and ask and report as from the window.
        if session not in self._model.all_sessions:
            return  # removed while the menu was open
        self._select(session)
        self._vm_actions.run(action)

    def _show_vm(self, session: VmSession) -> None:
        if session in self._model.all_sessions:
            self._select(session)
        if not self._window.isVisible() or self._window.isMinimized():
            self.show_or_hide()
