"""The main window: VM list, panes for the selected VM, actions, messages."""

from __future__ import annotations

import asyncio
import atexit
import collections
import concurrent.futures
import dataclasses
import functools
import time
from collections.abc import Coroutine
from importlib import resources
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from qmpgui import __version__
from qmpgui.app.cli import Options
from qmpgui.app.consoles import Consoles
from qmpgui.app.log_hub import LogHub
from qmpgui.app.vm_actions import VmActions
from qmpgui.host.demo import DemoError, DemoVm, find_qemu
from qmpgui.log.entry import Level, LogEntry, LogKind
from qmpgui.log.files import LogStore, default_log_folder
from qmpgui.models import VmListModel
from qmpgui.models.block_model import BlockModel
from qmpgui.models.event_log import EventLogModel
from qmpgui.models.machine_model import MachineModel
from qmpgui.models.palette import Tone
from qmpgui.models.pci_model import PciModel
from qmpgui.models.vm_list import DISK_IO, NAME, STATE
from qmpgui.qmp import endpoint_key
from qmpgui.session import ConnState, SessionSettings, VmSession
from qmpgui.session.inspection import Topic
from qmpgui.store.config import Config, LoadResult, VmEntry, save_config
from qmpgui.store.history import HistoryFile
from qmpgui.ui.display_pane import DisplayPane
from qmpgui.ui.event_log_view import EventLogView
from qmpgui.ui.inspect_pane import InspectPane
from qmpgui.ui.notifier import Notifier
from qmpgui.ui.powerdown_bar import PowerdownBar
from qmpgui.ui.sparkline import SparklineDelegate
from qmpgui.ui.status_pane import StatusPane
from qmpgui.ui.styles import fill_style, set_style
from qmpgui.ui.vm_dialog import VmDialog, VmSpec

#: Messages kept for the log; the newest is also in the status bar.
MESSAGE_HISTORY = 1000
INFO_MESSAGE_MS = 10_000


@functools.cache
def app_icon() -> QIcon:
    return QIcon(str(resources.files("qmpgui.resources") / "qmpgui.svg"))


class MainWindow(QMainWindow):
    #: Emitted once everything is disconnected and stopped after a close.
    shutdownFinished = Signal()

    def __init__(self, options: Options, loaded: LoadResult) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("qmpgui")
        self.setWindowIcon(app_icon())
        self.resize(1200, 820)
        self.options = options
        self.config: Config = loaded.config
        self._config_writable = loaded.writable
        self.settings = SessionSettings(
            poll_interval_s=self.config.poll_interval_s,
            command_timeout_s=self.config.command_timeout_s,
            greeting_timeout_s=self.config.greeting_timeout_s,
        )
        self.messages: collections.deque[tuple[float, str, str]] = collections.deque(
            maxlen=MESSAGE_HISTORY
        )
        self.model = VmListModel(self)
        self.demo: DemoVm | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        # One writer thread: saves never block the UI and land in the order asked.
        self._writer = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="config")
        self._shutdown_task: asyncio.Task[None] | None = None
        self._shut_down = False

        self._build_actions()
        self._build_menus()
        self._build_central()
        self._build_log_and_consoles()
        self._connect_signals()
        self._spawn(self.log_hub.load(), "load-log")
        self._spawn(self.consoles.load_history(), "load-history")

        for entry in self.config.vms:
            self._add_session(VmSpec(entry.name, entry.endpoint, entry.autoconnect), False)
        wanted = [s for s in self.model.sessions if s.autoconnect]
        wanted += [self._open_endpoint(endpoint) for endpoint in options.endpoints]
        for problem in loaded.problems:
            self.show_message(Level.WARNING, problem, banner=True)
        for session in dict.fromkeys(wanted):  # each once, in list order
            session.connect_vm()
        if options.demo:
            self._spawn(self._start_demo())
        if self.model.rowCount():
            self.vm_list.selectRow(0)
        self._update_actions()

    # -- construction ---------------------------------------------------------

    def _action(
        self,
        name: str,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
        tip: str,
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.setProperty("baseTip", tip)
        self._enable(action, None)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.action_add = self._action(
            "actionAddVm", "&Add VM…", "Ctrl+N", "Add a QMP endpoint to the list"
        )
        self.action_edit = self._action(
            "actionEditVm", "&Edit VM…", "Ctrl+E", "Change the selected VM's name or endpoint"
        )
        self.action_remove = self._action(
            "actionRemoveVm",
            "&Remove VM",
            QKeySequence.StandardKey.Delete,
            "Remove the selected VMs from the list (QEMU keeps running)",
        )
        self.action_connect = self._action(
            "actionConnect", "&Connect", "Ctrl+K", "Connect to the selected VMs"
        )
        self.action_disconnect = self._action(
            "actionDisconnect", "&Disconnect", "Ctrl+Shift+K", "Disconnect from the selected VMs"
        )
        self.action_refresh = self._action(
            "actionRefresh",
            "Re&fresh",
            QKeySequence.StandardKey.Refresh,
            "Ask the selected VM for everything the panes show, now",
        )
        self.action_quit = self._action(
            "actionQuit",
            "&Quit",
            QKeySequence.StandardKey.Quit,
            "Close qmpgui (running VMs keep running)",
        )
        self.action_about = self._action(
            "actionAbout", "&About qmpgui", None, "Version and licence"
        )
        self.action_show_log = self._action(
            "actionShowEventLog",
            "&Event log",
            "Ctrl+Shift+L",
            "Show the event log of all VMs: events, connections and commands",
        )
        self.action_show_console = self._action(
            "actionShowConsole",
            "&Console",
            "Ctrl+Shift+M",
            "Show the selected VM's raw QMP/HMP console",
        )
        for action in (
            self.action_add,
            self.action_edit,
            self.action_remove,
            self.action_connect,
            self.action_disconnect,
            self.action_refresh,
        ):
            action.setProperty("accessibleName", action.text().replace("&", "").rstrip("…"))
        self.vm_actions = VmActions(self)

    def _build_menus(self) -> None:
        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu("&File")
        file_menu.addActions([self.action_add, self.action_edit, self.action_remove])
        file_menu.addSeparator()
        file_menu.addAction(self.action_quit)
        vm_menu = menu_bar.addMenu("&VM")
        vm_menu.addActions([self.action_connect, self.action_disconnect])
        vm_menu.addSeparator()
        vm_menu.addActions(self.vm_actions.lifecycle)
        vm_menu.addSeparator()
        vm_menu.addActions(self._device_actions())
        vm_menu.addSeparator()
        vm_menu.addAction(self.action_refresh)
        view_menu = menu_bar.addMenu("Vie&w")
        view_menu.addActions([self.action_show_log, self.action_show_console])
        menu_bar.addMenu("&Help").addAction(self.action_about)
        toolbar = self.addToolBar("Main")
        toolbar.setObjectName("mainToolBar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([self.action_add, self.action_remove])
        toolbar.addSeparator()
        toolbar.addActions([self.action_connect, self.action_disconnect])
        toolbar.addSeparator()
        toolbar.addActions(self.vm_actions.lifecycle)
        toolbar.addSeparator()
        toolbar.addActions(self._device_actions())

    def _device_actions(self) -> list[QAction]:
        return [self.vm_actions.screendump, self.vm_actions.eject, self.vm_actions.change_media]

    def _build_panes(self) -> None:
        """The tabs beside the VM list; each pane shows the selected VM."""
        self.status_pane = StatusPane()
        self.block_pane = InspectPane(
            BlockModel(self),
            frozenset({Topic.BLOCK, Topic.BLOCKSTATS}),
            "blockView",
            "Block devices",
            expand_new=False,
        )
        self.block_pane.setObjectName("blockPane")
        self.pci_pane = InspectPane(PciModel(self), frozenset({Topic.PCI}), "pciView", "PCI tree")
        self.pci_pane.setObjectName("pciPane")
        self.display_pane = DisplayPane()
        self.machine_pane = InspectPane(
            MachineModel(self), frozenset({Topic.MACHINE}), "machineView", "Machine"
        )
        self.machine_pane.setObjectName("machinePane")
        self.block_pane.view.context_actions = [self.vm_actions.eject, self.vm_actions.change_media]
        self.inspect_panes: list[InspectPane] = [
            self.block_pane,
            self.pci_pane,
            self.display_pane,
            self.machine_pane,
        ]
        self.panes = QTabWidget()
        self.panes.setObjectName("paneTabs")
        self.panes.addTab(self.status_pane, "&Status")
        self.panes.addTab(self.block_pane, "&Block devices")
        self.panes.addTab(self.pci_pane, "&PCI")
        self.panes.addTab(self.display_pane, "D&isplay")
        self.panes.addTab(self.machine_pane, "&Machine")

    def _build_central(self) -> None:
        self.vm_list = QTableView()
        self.vm_list.setObjectName("vmList")
        self.vm_list.setAccessibleName("VM list")
        self.vm_list.setModel(self.model)
        self.vm_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.vm_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.vm_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.vm_list.verticalHeader().hide()
        self.vm_list.setWordWrap(False)
        header = self.vm_list.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(STATE, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(DISK_IO, QHeaderView.ResizeMode.Interactive)
        self.vm_list.setColumnWidth(NAME, 120)
        self.vm_list.setColumnWidth(STATE, 110)
        self.vm_list.setColumnWidth(DISK_IO, 170)
        self.vm_list.setItemDelegateForColumn(DISK_IO, SparklineDelegate(self.vm_list))

        self._build_panes()

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.vm_list)
        splitter.addWidget(self.panes)
        splitter.setSizes([450, 650])

        self._build_banner()
        self.powerdown_bar = PowerdownBar()
        self.bottom_tabs = QTabWidget()
        self.bottom_tabs.setObjectName("bottomTabs")
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
        self.statusBar().setObjectName("statusBar")

    def _build_banner(self) -> None:
        """A banner for messages that must not scroll away (a corrupt config file)."""
        self.banner = QWidget()
        self.banner.setObjectName("messageBanner")
        set_style(
            self.banner,
            lambda: fill_style("#messageBanner", Tone.BANNER_BACKGROUND, Tone.BANNER_BORDER),
        )
        self.banner_label = QLabel()
        self.banner_label.setObjectName("messageBannerText")
        self.banner_label.setWordWrap(True)
        self.banner_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close_banner = QToolButton()
        close_banner.setText("✕")
        close_banner.setToolTip("Dismiss")
        close_banner.setAutoRaise(True)
        close_banner.clicked.connect(self.banner.hide)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.addWidget(self.banner_label, 1)
        banner_layout.addWidget(close_banner, 0, Qt.AlignmentFlag.AlignTop)
        self.banner.hide()

    def _build_log_and_consoles(self) -> None:
        """The event log of all VMs and the selected VM's console, in tabs below."""
        self.event_log = EventLogModel(self.config.event_log_limit, self)
        self.event_log_view = EventLogView(self.event_log)
        self.notifier = Notifier(self, app_icon(), self._notice)
        self.log_hub = LogHub(
            self.event_log,
            LogStore(default_log_folder()),
            self.notifier,
            lambda text: self.show_message(Level.WARNING, text),
            self,
        )
        self.consoles = Consoles(
            self._spawn, self.vm_actions.ask_destructive, self.show_message, HistoryFile()
        )
        self.bottom_tabs.addTab(self.event_log_view, "Event &log")
        self.bottom_tabs.addTab(self.consoles, "Co&nsole")
        self.bottom_tabs.currentChanged.connect(
            lambda _: self.consoles.set_on_screen(self.bottom_tabs.currentWidget() is self.consoles)
        )

    def _connect_signals(self) -> None:
        self.action_add.triggered.connect(self.add_vm)
        self.action_edit.triggered.connect(self.edit_vm)
        self.action_remove.triggered.connect(self.remove_vms)
        self.action_connect.triggered.connect(self.connect_selected)
        self.action_disconnect.triggered.connect(self.disconnect_selected)
        self.action_quit.triggered.connect(self.close)
        self.action_about.triggered.connect(self._about)
        self.action_refresh.triggered.connect(self.refresh_selected)
        self.action_show_log.triggered.connect(lambda: self._show_bottom(self.event_log_view))
        self.action_show_console.triggered.connect(lambda: self._show_bottom(self.consoles))
        self.event_log_view.message.connect(self.show_message)
        self.panes.currentChanged.connect(self._update_watched)
        self.display_pane.message.connect(self.show_message)
        self.powerdown_bar.message.connect(self.show_message)
        self.vm_actions.connect_signals()
        selection = self.vm_list.selectionModel()
        selection.selectionChanged.connect(self._update_actions)
        selection.currentRowChanged.connect(self._on_current_changed)
        self.model.dataChanged.connect(self._on_rows_changed)
        self.model.rowsRemoved.connect(self._update_actions)
        self.vm_list.customContextMenuRequested.connect(self._context_menu)
        self.vm_list.doubleClicked.connect(self._on_double_click)

    # -- messages: the one path every user-facing message takes --------------

    def show_message(
        self, level: Level, text: str, *, banner: bool = False, log: bool = True
    ) -> None:
        """Say `text` in the status bar (and the banner); `log`: keep it in the event log
        too (a VM's own messages reach the log as its entries)."""
        self.messages.append((time.time(), level, text))
        if log:
            self.log_hub.add(LogEntry(time.time(), "", LogKind.APP, "message", text, {}, level))
        prefix = {Level.ERROR: "Error: ", Level.WARNING: "Warning: "}.get(level, "")
        self.statusBar().showMessage(prefix + text, INFO_MESSAGE_MS if level is Level.INFO else 0)
        if banner:
            shown = self.banner_label.text()
            self.banner_label.setText(
                f"{shown}\n{prefix}{text}" if shown and self.banner.isVisible() else prefix + text
            )
            self.banner.show()

    # -- sessions -------------------------------------------------------------

    def _add_session(self, spec: VmSpec, transient: bool) -> VmSession:
        session = VmSession(
            spec.name,
            spec.endpoint,
            autoconnect=spec.autoconnect,
            settings=self.settings,
            transient=transient,
            parent=self,
        )
        session.message.connect(lambda level, text: self.show_message(level, text, log=False))
        self.log_hub.watch(session)
        self.model.add(session)
        return session

    def _open_endpoint(self, endpoint: str) -> VmSession:
        """A command-line endpoint: a saved VM with the same endpoint, else a new row for this run."""
        key = endpoint_key(endpoint)
        for session in self.model.sessions:
            if endpoint_key(session.endpoint_text) == key:
                return session
        return self._add_session(VmSpec("", endpoint, True), transient=True)

    def selected_sessions(self) -> list[VmSession]:
        rows = sorted({index.row() for index in self.vm_list.selectionModel().selectedRows()})
        return [self.model.session(row) for row in rows]

    def current_session(self) -> VmSession | None:
        index = self.vm_list.currentIndex()
        return self.model.session(index.row()) if index.isValid() else None

    def select_session(self, session: VmSession) -> None:
        row = self.model.row_of(session)
        self.vm_list.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def add_vm(self) -> None:
        spec = VmDialog.ask(self, taken_endpoints=[s.endpoint_text for s in self.model.sessions])
        if spec is None:
            return
        session = self._add_session(spec, transient=False)
        self.select_session(session)
        self.save_config()
        session.connect_vm()

    def edit_vm(self) -> None:
        session = self.current_session()
        if session is None:
            return
        others = [s.endpoint_text for s in self.model.sessions if s is not session]
        initial = VmSpec(session.configured_name, session.endpoint_text, session.autoconnect)
        spec = VmDialog.ask(self, initial, others)
        if spec is None or spec == initial:
            return
        session.update(spec.name, spec.endpoint, spec.autoconnect)
        self.save_config()

    def remove_vms(self) -> None:
        sessions = self.selected_sessions()
        if not sessions:
            return
        if self.config.confirm_destructive:
            names = "\n".join(f"  {s.display_name} ({s.endpoint_text})" for s in sessions)
            answer = QMessageBox.question(
                self,
                "Remove VMs" if len(sessions) > 1 else "Remove VM",
                f"Remove from the list:\n{names}\n\nqmpgui disconnects; QEMU keeps running.",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        for session in sessions:
            self.model.remove(session)
            self.consoles.forget(session)
            self._spawn(self._dispose(session))
        self.save_config()

    async def _dispose(self, session: VmSession) -> None:
        await session.aclose()
        session.deleteLater()

    def connect_selected(self) -> None:
        for session in self.selected_sessions():
            if session.can_connect:
                session.connect_vm()

    def disconnect_selected(self) -> None:
        for session in self.selected_sessions():
            session.disconnect_vm()

    # -- configuration --------------------------------------------------------

    def save_config(self) -> None:
        if not self._config_writable:
            self.show_message(
                Level.WARNING,
                f"not saved: {self.options.config_path} could not be read at start-up",
            )
            return
        previous = {(vm.endpoint, vm.name): vm.extra for vm in self.config.vms}
        self.config.vms = [
            VmEntry(
                s.configured_name,
                s.endpoint_text,
                s.autoconnect,
                previous.get((s.endpoint_text, s.configured_name), {}),
            )
            for s in self.model.sessions
            if not s.transient
        ]
        snapshot = dataclasses.replace(self.config, vms=list(self.config.vms))
        self._spawn(self._write_config(snapshot), "save-config")

    async def _write_config(self, snapshot: Config) -> None:
        loop = asyncio.get_running_loop()
        try:
            await loop.run_in_executor(
                self._writer, save_config, self.options.config_path, snapshot
            )
        except OSError as err:
            self.show_message(
                Level.ERROR,
                f"could not save {self.options.config_path}: {err.strerror or err}; "
                "the previous file is unchanged",
            )

    # -- demo -------------------------------------------------------------------

    async def _start_demo(self) -> None:
        self.show_message(Level.INFO, "starting the demo VM (QEMU, TCG, 128 MiB)…")
        try:
            self.demo = DemoVm(find_qemu())
            atexit.register(self.demo.stop_now)
            await self.demo.start()
        except DemoError as err:
            self.show_message(Level.ERROR, f"demo VM: {err}", banner=True)
            return
        session = self._add_session(VmSpec("", self.demo.endpoint, True), transient=True)
        self.select_session(session)
        session.connect_vm()

    # -- view wiring --------------------------------------------------------------

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        session = self.model.session(current.row()) if current.isValid() else None
        self.status_pane.set_session(session)
        for pane in self.inspect_panes:
            pane.set_session(session)
        self.consoles.show_session(session)
        self._update_watched()

    def _show_bottom(self, widget: QWidget) -> None:
        self.bottom_tabs.setCurrentWidget(widget)
        if widget is self.consoles:
            console = self.consoles.console_of_current()
            (console.input if console is not None else self.consoles).setFocus()
        else:
            self.event_log_view.setFocus()

    def _notice(self, text: str) -> None:
        """A notification where the desktop has no tray: the status bar, and kept there."""
        self.statusBar().showMessage(f"Attention: {text}")

    def _update_watched(self) -> None:
        """Only the pane on screen is polled, and only for the selected VM."""
        current = self.current_session()
        pane = self.panes.currentWidget()
        topics = pane.topics if isinstance(pane, InspectPane) else frozenset()
        for session in self.model.sessions:
            session.set_watched(topics if session is current else frozenset())

    def refresh_selected(self) -> None:
        for session in self.selected_sessions():
            if session.connected:
                session.request_refresh()

    def _on_double_click(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_vm()

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.addActions([self.action_connect, self.action_disconnect, self.action_refresh])
        menu.addSeparator()
        menu.addActions(self.vm_actions.lifecycle)
        menu.addSeparator()
        menu.addActions(self._device_actions())
        menu.addSeparator()
        menu.addActions([self.action_edit, self.action_remove])
        menu.addSeparator()
        menu.addAction(self.action_add)
        menu.popup(self.vm_list.viewport().mapToGlobal(pos))

    def _enable(self, action: QAction, reason: str | None) -> None:
        """Enable `action`, or disable it with `reason` in its tooltip."""
        action.setEnabled(reason is None)
        tip = str(action.property("baseTip"))
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        tip = f"{tip} ({keys})" if keys else tip
        action.setToolTip(tip if reason is None else f"{tip} — {reason}")

    def _on_rows_changed(self, top: QModelIndex, bottom: QModelIndex) -> None:
        """Actions follow the selected VMs' state; a disk rate or another VM changing
        leaves them be (with hundreds of VMs polled, that is hundreds of times a second)."""
        if top.column() == bottom.column() == DISK_IO:
            return
        rows = range(top.row(), bottom.row() + 1)
        if any(index.row() in rows for index in self.vm_list.selectionModel().selectedRows()):
            self._update_actions()

    def _update_actions(self) -> None:
        selected = self.selected_sessions()
        none = "select a VM first" if not selected else None
        self._enable(self.action_edit, none or ("select one VM" if len(selected) > 1 else None))
        self._enable(self.action_remove, none)
        can_connect = any(s.can_connect for s in selected)
        can_disconnect = any(s.state is not ConnState.DISCONNECTED for s in selected)
        self._enable(self.action_connect, none or (None if can_connect else "already connected"))
        self._enable(self.action_disconnect, none or (None if can_disconnect else "not connected"))
        connected = any(s.connected for s in selected)
        self._enable(self.action_refresh, none or (None if connected else "not connected"))
        self.vm_actions.update(selected)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            "About qmpgui",
            f"<b>qmpgui {__version__}</b><p>A desktop control panel for QEMU virtual machines, "
            "speaking QMP.</p><p>Licensed under the MIT licence.</p>",
        )

    # -- tasks and shutdown -------------------------------------------------------

    def _spawn(self, coro: Coroutine[Any, Any, Any], name: str = "") -> asyncio.Task[Any]:
        task = asyncio.get_running_loop().create_task(coro, name=name or None)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def shutdown(self) -> None:
        """Disconnect every VM, stop the demo VM, finish pending saves, end all tasks."""
        current = asyncio.current_task()
        saves = [t for t in self._tasks if t.get_name() == "save-config"]
        others = [t for t in self._tasks if t is not current and t not in saves]
        for task in others:  # the demo start first, so no QEMU starts after its stop
            task.cancel()
        await asyncio.gather(*others, return_exceptions=True)
        await self.vm_actions.aclose()
        for session in self.model.sessions:
            await session.aclose()
        await self.consoles.aclose()
        await self.event_log_view.aclose()
        await self.log_hub.aclose()
        if self.demo is not None:
            await self.demo.stop()
            atexit.unregister(self.demo.stop_now)
        await asyncio.gather(*saves, return_exceptions=True)  # nothing the user saved is lost
        self._writer.shutdown(wait=False)

    async def _close_after_shutdown(self) -> None:
        try:
            await self.shutdown()
        finally:
            self._shut_down = True
            self.close()
            self.shutdownFinished.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._shut_down:
            event.accept()
            return
        event.ignore()
        if self._shutdown_task is None:
            self.statusBar().showMessage("Disconnecting…")
            self._shutdown_task = asyncio.get_running_loop().create_task(
                self._close_after_shutdown()
            )
