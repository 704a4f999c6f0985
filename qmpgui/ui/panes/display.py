"""The display pane (`displayPane`): VNC/SPICE servers, clients, "Open viewer", and the
password box (ui/display_password.py)."""

from __future__ import annotations

from PySide6.QtCore import QProcess
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QWidget

from qmpgui.host.viewers import NoRoute, find_viewers, install_hint, kind_of, reach
from qmpgui.i18n import translate
from qmpgui.log.entry import Level
from qmpgui.models.display_model import DisplayModel
from qmpgui.models.palette import Tone
from qmpgui.qmp.display import Listener, Transport, vnc_listeners
from qmpgui.session import VmSession
from qmpgui.session.inspection import DISPLAY
from qmpgui.session.tasks import TaskSet
from qmpgui.ui.display_password import DisplayPasswordBox
from qmpgui.ui.panes.inspect import InspectPane
from qmpgui.ui.panes.registry import PaneContext
from qmpgui.ui.styles import set_tone


def entry_text(listener: Listener) -> str:
    """The Open viewer menu's entry for `listener`: "Open VNC viewer on 127.0.0.1:5901",
    "... on unix socket /run/vm.sock (TLS)", "Copy VNC websocket address ws://..."."""
    tls = (
        translate("display", " (TLS)")
        if listener.tls and listener.transport is not Transport.WEBSOCKET
        else ""
    )
    if listener.transport is Transport.WEBSOCKET:
        return translate("display", "Copy {protocol} websocket address {text}").format(
            protocol=listener.protocol, text=listener.text
        )
    return translate("display", "Open {protocol} viewer on {text}{tls}").format(
        protocol=listener.protocol, text=listener.text, tls=tls
    )


class DisplayPane(InspectPane):
    """VNC and SPICE servers of the current VM, their clients, Open viewer and the
    display password."""

    topics = frozenset({DISPLAY})

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            DisplayModel(),
            "displayView",
            translate("DisplayPane", "Remote displays"),
            parent,
        )
        self.setObjectName("displayPane")
        self.view.setColumnWidth(0, 160)
        self.open_button = QPushButton(translate("DisplayPane", "Op&en viewer"))
        self.open_button.setObjectName("openViewerButton")
        self.open_button.clicked.connect(self._open_default)
        self._menu = QMenu(self.open_button)  # one menu, refilled: refreshes are frequent
        self._menu.setObjectName("openViewerMenu")
        self._entries: list[Listener] = []
        self.note = QLabel()
        self.note.setObjectName("displayNote")
        self.note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.note, 1)
        self.layout_.addLayout(row)
        self._tasks = TaskSet()
        self.password_box = DisplayPasswordBox(lambda: self.session, self._tasks.spawn)
        self.layout_.addWidget(self.password_box)
        self.refresh()

    def listeners(self) -> list[Listener]:
        """Where the selected VM's enabled displays listen: VNC's, then SPICE's."""
        session = self.session
        if session is None or not session.connected:
            return []
        display = session.inspection.display
        spice = display.spice.listeners() if display.spice is not None else ()
        return [*vnc_listeners(display.vnc, display.vnc_listeners), *spice]

    def current_changed(self, session: VmSession | None) -> None:
        self.note.clear()  # it spoke of the previous VM
        super().current_changed(session)

    def refresh(self) -> None:
        super().refresh()
        self._update_button()
        self.password_box.refresh()

    async def aclose(self) -> None:
        """End a password being sent."""
        await self._tasks.aclose()

    def _update_button(self) -> None:
        listeners = self.listeners()
        self.open_button.setEnabled(bool(listeners))
        self.open_button.setToolTip(
            translate("DisplayPane", "Open the VM's display in a remote viewer")
            if listeners
            else translate("DisplayPane", "No VNC or SPICE server is enabled on this VM")
        )
        if len(listeners) > 1:
            if listeners != self._entries:
                self._menu.clear()
                for listener in listeners:
                    action = self._menu.addAction(entry_text(listener))
                    action.triggered.connect(lambda _=False, s=listener: self.open_viewer(s))
            self.open_button.setMenu(self._menu)
        else:
            self.open_button.setMenu(None)  # type: ignore[arg-type]
        self._entries = listeners

    def _open_default(self) -> None:
        listeners = self.listeners()
        if listeners:
            self.open_viewer(listeners[0])

    def _say(self, level: Level, text: str) -> None:
        self.note.setText(text)
        set_tone(self.note, Tone.ERROR if level is Level.ERROR else None)
        self.context.say(level, text, vm=self.session)

    def open_viewer(self, listener: Listener) -> None:
        """Start the first installed viewer that opens `listener`, or say why none can;
        a websocket's address goes to the clipboard, for a web client."""
        session = self.session
        if session is None:
            return
        name = listener.protocol
        try:
            where = reach(listener, session.endpoint)
        except NoRoute as err:
            self._say(Level.ERROR, f"{name}: {err}")
            return
        if listener.transport is Transport.WEBSOCKET:
            address = listener.text_at(where)
            QGuiApplication.clipboard().setText(address)
            self._say(
                Level.INFO,
                translate(
                    "DisplayPane",
                    "Copied {address}: no desktop viewer speaks {name} over a websocket; open it in a web client such as noVNC",
                ).format(address=address, name=name),
            )
            return
        kind = kind_of(listener)
        viewers = find_viewers(kind)
        if not viewers:
            self._say(
                Level.ERROR,
                translate(
                    "DisplayPane", "No viewer for {name} on {text} is installed: {v2}."
                ).format(name=name, text=listener.text, v2=install_hint(kind)),
            )
            return
        viewer = viewers[0]
        argv = viewer.argv(listener, where)
        started, _pid = QProcess.startDetached(argv[0], argv[1:])
        if started:
            self._say(
                Level.INFO,
                translate("DisplayPane", "started {name}: {v1}").format(
                    name=viewer.name, v1=" ".join(argv[1:])
                ),
            )
        else:
            self._say(
                Level.ERROR,
                translate("DisplayPane", "Could not start {path}").format(path=viewer.path),
            )
