"""The main window: the VM list, the panes of the current VM, the event log and the
console below, menus and toolbar. It lays out and wires; the fleet keeps the VMs and
the configuration, the actions act, the message path speaks."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from qmpgui.app.actions import ActionHost, VmActions
from qmpgui.app.cli import Options
from qmpgui.app.confirmation import Confirmer
from qmpgui.app.consoles import Consoles
from qmpgui.app.fleet import Fleet
from qmpgui.app.help import Help
from qmpgui.app.list_actions import ListActions
from qmpgui.app.list_view import ListView
from qmpgui.app.log_hub import LogHub
from qmpgui.app.menus import build_menus, context_menu
from qmpgui.app.messages import MessagePath
from qmpgui.app.preferences import edit_preferences
from qmpgui.app.toolbar_style import ToolbarStyle
from qmpgui.app.tray import Tray
from qmpgui.app.window_actions import make_window_actions, show_about
from qmpgui.app.window_parts import app_icon, bottom_tabs, pane_tabs, started_again
from qmpgui.app.window_state import WindowLayout
from qmpgui.i18n import translate
from qmpgui.log.entry import Level
from qmpgui.log.files import LogStore, default_log_folder
from qmpgui.models.event_log import EventLogModel
from qmpgui.qmp.ssh import set_asker
from qmpgui.session import VmSession
from qmpgui.session.libvirt_connection import LibvirtConnection
from qmpgui.session.selection import SelectedVms
from qmpgui.store.config import LoadResult
from qmpgui.store.history import HistoryFile
from qmpgui.store.writer import FileWriter
from qmpgui.ui.banner import Banner
from qmpgui.ui.event_log_view import EventLogView
from qmpgui.ui.notifier import Notifier
from qmpgui.ui.panes import Pane, PaneContext
from qmpgui.ui.powerdown_bar import PowerdownBar
from qmpgui.ui.ssh_questions import SshQuestions
from qmpgui.ui.vm_list_panel import VmListPanel

P = TypeVar("P", bound=Pane)


class MainWindow(QMainWindow):
    """The window; `create_main_window()` builds it under a running qasync loop."""

    #: Emitted once everything is disconnected and stopped after a close.
    shutdownFinished = Signal()

    def __init__(self, options: Options, loaded: LoadResult) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("qmpgui")
        self.setWindowIcon(app_icon())
        self.options = options
        self.writer = FileWriter()
        self._shutdown_task: asyncio.Task[None] | None = None
        self._shut_down = False
        #: Quit was asked (not a close of the window, which the tray icon turns into hide).
        self._quitting = False
        self._build_log(loaded.config.event_log_limit)
        self.fleet = Fleet(options, loaded, self.writer, self.say, self.log_hub, parent=self)
        self.model, self.settings = self.fleet.model, self.fleet.settings
        self.config = loaded.config
        self.selection = SelectedVms(self)
        self.confirmer = Confirmer(self, self.config, self.fleet.save_config, self.say)
        set_asker(SshQuestions(self))  # ssh:// VMs ask their host key and passwords here
        self.list_actions = ListActions(self, self.fleet, self.selection)
        self.powerdown_bar = PowerdownBar()
        host = ActionHost(
            parent=self,
            selection=self.selection,
            config=self.config,
            save_config=self.fleet.save_config,
            say=self.say,
            confirmer=self.confirmer,
            show_watch=self.powerdown_bar.add,
            sessions=lambda: self.model.all_sessions,
            connections=lambda: self.model.connections,
        )
        self.vm_actions = VmActions(host)
        self.tray = Tray(
            self,
            self.fleet,
            self.vm_actions,
            self.notifier,
            app_icon(),
            select=self.select_session,
            quit=self.quit,
        )
        self.window_actions = make_window_actions(self)
        self._build_central()
        self.layout_kept = WindowLayout.restored(self, options.config_path, self.writer, self.say)
        self.panes.paneBuilt.connect(self.layout_kept.restore_part)  # built after the window
        self.toolbar_style = ToolbarStyle(self.fleet, self)
        self.help = Help(self, lambda: self.fleet.config)
        self.toolbar_style.attach(
            build_menus(
                self,
                self.list_actions,
                self.vm_actions,
                self.window_actions,
                self.toolbar_style.menu,
            )
        )
        self.list_view = ListView(self, self.vm_list, self.fleet, self.say)
        self.list_view.add_menu(self.menuBar())
        self._connect_signals()
        self.log_hub.start()
        self.consoles.start()
        self.fleet.start()
        self.tray.apply(self.fleet.config.tray_icon)
        if self.model.rowCount():
            self.vm_list.selectRow(0)
        self._selection_changed()
        self.list_actions.update()  # the relay speaks of changes only: enable once now
        # The list has the keyboard at first (typing a name goes to its row): the filter
        # box, first in the focus chain, would take it and blink, waking qmpgui twice a second.
        self.vm_list.setFocus()
        self.vm_actions.update()

    # -- construction -----------------------------------------------------------------------

    def _build_log(self, limit: int) -> None:
        """The message path and the event log of all VMs (`limit` entries), first:
        anything may speak."""
        self.statusBar().setObjectName("statusBar")
        self.banner = Banner()
        self.message_path = MessagePath(self.statusBar(), self.banner)
        self.event_log = EventLogModel(limit, self)
        self.notifier = Notifier(self.message_path.notice)
        self.log_hub = LogHub(
            self.event_log,
            LogStore(default_log_folder()),
            self.notifier,
            lambda text: self.say(Level.WARNING, text),
            writer=self.writer,
            parent=self,
        )
        self.message_path.log_to(self.log_hub.add)
        self.messages = self.message_path.history
        self.say = self.message_path.say

    def _build_central(self) -> None:
        #: The VM list with its filter box; vm_list is the list itself.
        self.vm_list_panel = VmListPanel(self.model)
        self.vm_list = self.vm_list_panel.view

        self.panes = pane_tabs(
            PaneContext(self.selection, self.say, self._action_named, lambda: self.fleet.config)
        )

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("vmSplitter")
        splitter.addWidget(self.vm_list_panel)
        splitter.addWidget(self.panes)
        splitter.setSizes([500, 600])  # the list's columns fit in its share

        self.event_log_view = EventLogView(self.event_log)
        self.consoles = Consoles(
            self.selection,
            self.confirmer.ask_destructive,
            self.say,
            HistoryFile(),
            writer=self.writer,
        )
        self.bottom_tabs = bottom_tabs(self.event_log_view, self.consoles)
        self.vertical_split = QSplitter(Qt.Orientation.Vertical)
        self.vertical_split.setObjectName("mainSplitter")
        self.vertical_split.addWidget(splitter)
        self.vertical_split.addWidget(self.bottom_tabs)
        self.vertical_split.setStretchFactor(0, 1)
        self.vertical_split.setStretchFactor(1, 1)
        self.vertical_split.setSizes([400, 360])

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.banner)
        layout.addWidget(self.powerdown_bar)
        layout.addWidget(self.vertical_split, 1)
        self.setCentralWidget(central)

    def _connect_signals(self) -> None:
        actions = self.window_actions
        actions.quit.triggered.connect(self.quit)
        actions.about.triggered.connect(lambda: show_about(self))
        actions.shortcuts.triggered.connect(self.help.show_shortcuts)
        actions.guide.triggered.connect(self.help.show_guide)
        actions.preferences.triggered.connect(lambda: edit_preferences(self, self.fleet, self.say))
        actions.show_log.triggered.connect(lambda: self._show_bottom(self.event_log_view))
        actions.show_console.triggered.connect(lambda: self._show_bottom(self.consoles))
        # The panes are looked up when the key is pressed: they may not be built before.
        actions.show_screen.triggered.connect(lambda: self._show_pane(serial=False))
        actions.show_serial.triggered.connect(lambda: self._show_pane(serial=True))
        self.bottom_tabs.currentChanged.connect(
            lambda _: self.consoles.set_on_screen(self.bottom_tabs.currentWidget() is self.consoles)
        )
        self.event_log_view.message.connect(self.say)
        self.powerdown_bar.message.connect(lambda level, text, vm: self.say(level, text, vm=vm))
        self.powerdown_bar.forceOffRequested.connect(self.vm_actions.lifecycle.force_off)
        self.fleet.showRequested.connect(self.select_session)
        self.fleet.removed.connect(self.consoles.forget)
        self.panes.currentChanged.connect(self._update_watched)
        self.selection.currentChanged.connect(self._update_watched)
        selection = self.vm_list.selectionModel()
        selection.selectionChanged.connect(self._selection_changed)
        selection.currentRowChanged.connect(self._selection_changed)
        self.vm_list.rowsHidden.connect(self._selection_changed)
        self.vm_list.customContextMenuRequested.connect(self._context_menu)
        self.vm_list.doubleClicked.connect(
            lambda index: self.list_actions.edit_vm() if index.isValid() else None
        )

    # -- selection and what follows it ---------------------------------------------------------

    def _selection_changed(self) -> None:
        if self.vm_list.removing:  # rowsHidden follows, once Qt has taken them out
            return
        chosen = [self.vm_list.item(i) for i in self.vm_list.selectionModel().selectedRows()]
        items = self.model.in_order([i for i in chosen if i is not None])
        current = self.vm_list.item(self.vm_list.currentIndex())
        self.list_actions.select_connections([i for i in items if isinstance(i, LibvirtConnection)])
        self.selection.select(
            [i for i in items if isinstance(i, VmSession)],
            current if isinstance(current, VmSession) else None,
        )

    def select_session(self, session: VmSession) -> None:
        """Make `session` the current and only selected VM (shown: a filter that
        hides it is emptied)."""
        if not self.vm_list.index_of(session).isValid():
            self.vm_list_panel.filter_box.clear()
        self.vm_list.selectionModel().setCurrentIndex(
            self.vm_list.index_of(session),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _update_watched(self) -> None:
        """Only the pane on screen is polled, and only for the current VM."""
        current = self.selection.current
        pane = self.panes.currentWidget()
        topics = pane.topics if isinstance(pane, Pane) else frozenset()
        for session in self.model.all_sessions:
            session.set_watched(topics if session is current else frozenset())

    def pane(self, kind: type[P]) -> P:
        """The window's pane of class `kind` (built now if it was not yet). Raises
        LookupError when it has none."""
        return self.panes.pane_of(kind)

    def _action_named(self, name: str) -> QAction:
        action = self.findChild(QAction, name)
        if action is None:
            raise LookupError(f"no action named {name}")
        return action

    def take_handover(self, endpoints: Sequence[str], demo: bool) -> bool:
        """A second start's endpoints (and --demo) open here; the window comes to the front.
        False while the window closes (that start then waits to be the first)."""
        if self._shutdown_task is not None or self._shut_down:
            return False
        sessions = self.fleet.open_endpoints(endpoints)
        if sessions:
            self.select_session(sessions[-1])
        if demo:
            self.fleet.start_demo()
        self.say(Level.INFO, started_again(endpoints, demo))
        self.setWindowState(
            (self.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
        )
        self.show()
        self.raise_()
        self.activateWindow()
        return True

    # -- views ----------------------------------------------------------------------------------

    def _show_bottom(self, widget: QWidget) -> None:
        self.bottom_tabs.setCurrentWidget(widget)
        if widget is self.consoles:
            console = self.consoles.console_of_current()
            (console.input if console is not None else self.consoles).setFocus()
        else:
            self.event_log_view.setFocus()

    def _show_pane(self, *, serial: bool) -> None:
        """Bring the Serial or the Screen pane to the front with the keyboard in its view:
        its tab, or the window of its own where the view is while detached."""
        from qmpgui.ui.panes.screen import ScreenPane  # noqa: PLC0415 (loaded with its pane)
        from qmpgui.ui.panes.serial import SerialPane  # noqa: PLC0415 (loaded with its pane)

        pane: ScreenPane | SerialPane = self.pane(SerialPane) if serial else self.pane(ScreenPane)
        view = pane.view.canvas if isinstance(pane, ScreenPane) else pane.terminal
        where = view.window()
        if where is self:
            self.panes.setCurrentWidget(pane)
        else:
            where.showNormal()
            where.raise_()
            where.activateWindow()
        view.setFocus()

    def _context_menu(self, pos: QPoint) -> None:
        menu = context_menu(self, self.list_actions, self.vm_actions)
        menu.popup(self.vm_list.viewport().mapToGlobal(pos))

    # -- shutdown ---------------------------------------------------------------------------------

    async def shutdown(self) -> None:
        """Stop what is under way, disconnect every VM, stop the demo VM, and finish
        every file write asked for (nothing the user saved is lost)."""
        self.tray.apply(False)  # gone at once: its menu would act on nothing
        await self.layout_kept.save(self)
        await self.vm_actions.aclose()
        await self.panes.aclose()
        await self.fleet.aclose()
        self.say(Level.INFO, translate("MainWindow", "qmpgui closed"))  # once for all VMs
        await self.consoles.aclose()
        await self.event_log_view.aclose()
        await self.log_hub.aclose()
        await self.notifier.aclose()
        await self.writer.aclose()

    def shutdown_now(self) -> list[str]:
        """What shutdown() must not skip, blocking, for when no event loop can run any
        more (the display went away, a second Ctrl+C): every file write asked for and
        every one still waiting for its turn is done, the demo VM stopped, the window then
        closed without shutdown(). What went wrong, as sentences for the user."""
        self._shut_down = True
        unwritten = translate("MainWindow", "a file was not written: {err}")
        problems = [unwritten.format(err=err) for err in self.writer.finish_now()]
        kept = (self.log_hub.write_now(), self.consoles.save_now(), self.layout_kept.save_now(self))
        problems += [p for p in kept if p] + self.fleet.shutdown_now()
        self.shutdownFinished.emit()
        return problems

    async def _close_after_shutdown(self) -> None:
        try:
            await self.shutdown()
        finally:
            self._shut_down = True
            self.close()
            self.shutdownFinished.emit()

    def quit(self) -> None:
        """Close qmpgui (File → Quit, the tray's Quit, a quit signal): the VMs are let
        go and every file written. Closing the window does the same unless the tray
        icon is shown; then it only hides the window."""
        self._quitting = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._shut_down:
            event.accept()
            return
        event.ignore()
        if not self._quitting and self._shutdown_task is None and self.tray.hide_window():
            return
        if self._shutdown_task is None:
            self.statusBar().showMessage(translate("MainWindow", "Disconnecting…"))
            closing = self._close_after_shutdown()
            self._shutdown_task = asyncio.get_running_loop().create_task(closing)
