"""The display pane (`displayPane`): VNC/SPICE servers, clients, and "Open viewer"."""

from __future__ import annotations

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QWidget

from qmpgui.host.viewers import INSTALL_HINT, NoRoute, connect_host, find_viewers
from qmpgui.log.entry import Level
from qmpgui.models.display_model import DisplayModel
from qmpgui.models.palette import Tone
from qmpgui.qmp import EndpointError, parse_endpoint
from qmpgui.qmp.display import DisplayServer
from qmpgui.session import VmSession
from qmpgui.session.inspection import DISPLAY
from qmpgui.ui.panes.inspect import InspectPane
from qmpgui.ui.panes.registry import PaneContext, register_pane
from qmpgui.ui.styles import set_tone


@register_pane("D&isplay", order=40)
class DisplayPane(InspectPane):
    """VNC and SPICE servers of the current VM, their clients, and Open viewer."""

    topics = frozenset({DISPLAY})

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(context, DisplayModel(), "displayView", "Remote displays", parent)
        self.setObjectName("displayPane")
        self.view.setColumnWidth(0, 160)
        self.open_button = QPushButton("&Open viewer")
        self.open_button.setObjectName("openViewerButton")
        self.open_button.clicked.connect(self._open_default)
        self._menu = QMenu(self.open_button)  # one menu, refilled: refreshes are frequent
        self.note = QLabel()
        self.note.setObjectName("displayNote")
        self.note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.note, 1)
        self.layout_.addLayout(row)
        self.refresh()

    def servers(self) -> list[DisplayServer]:
        """The enabled display servers of the selected VM."""
        session = self.session
        if session is None or not session.connected:
            return []
        display = session.inspection.display
        return [s for s in (display.vnc, display.spice) if s is not None and s.enabled]

    def current_changed(self, session: VmSession | None) -> None:
        self.note.clear()  # it spoke of the previous VM
        super().current_changed(session)

    def refresh(self) -> None:
        super().refresh()
        self._update_button()

    def _update_button(self) -> None:
        servers = self.servers()
        self.open_button.setEnabled(bool(servers))
        self.open_button.setToolTip(
            "Open the VM's display in a remote viewer"
            if servers
            else "No VNC or SPICE server is enabled on this VM"
        )
        if len(servers) > 1:
            self._menu.clear()
            for server in servers:
                action = self._menu.addAction(f"Open {server.protocol} viewer")
                action.triggered.connect(lambda _=False, s=server: self.open_viewer(s))
            self.open_button.setMenu(self._menu)
        else:
            self.open_button.setMenu(None)  # type: ignore[arg-type]

    def _open_default(self) -> None:
        servers = self.servers()
        if servers:
            self.open_viewer(servers[0])

    def _say(self, level: Level, text: str) -> None:
        self.note.setText(text)
        set_tone(self.note, Tone.ERROR if level is Level.ERROR else None)
        self.context.say(level, text, vm=self.session)

    def open_viewer(self, server: DisplayServer) -> None:
        session = self.session
        if session is None:
            return
        protocol = server.protocol.lower()
        if server.family == "unix":
            protocol = "unix"
        try:
            endpoint = parse_endpoint(session.endpoint_text)
        except EndpointError:
            endpoint = None
        try:
            host = server.host or ""
            if protocol != "unix":
                host = connect_host(host, endpoint)
        except NoRoute as err:
            self._say(Level.ERROR, f"{server.protocol}: {err}")
            return
        if not server.port and protocol != "unix":
            self._say(Level.ERROR, f"{server.protocol} reports no plain port to connect to")
            return
        viewers = find_viewers(protocol)
        if not viewers:
            self._say(Level.ERROR, f"No viewer for {server.protocol} is installed: {INSTALL_HINT}.")
            return
        viewer = viewers[0]
        argv = viewer.argv(protocol, host, server.port or "")
        started, _pid = QProcess.startDetached(argv[0], argv[1:])
        if started:
            self._say(
                Level.INFO,
                f"started {viewer.name}: {' '.join(argv[1:])}",
            )
        else:
            self._say(Level.ERROR, f"Could not start {viewer.path}")
