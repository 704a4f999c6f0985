"""The Serial pane (`serialView`): the current VM's serial ports in a list (those out
of reach greyed, with why) and a terminal (ui/terminal_view.py) on the chosen one,
through session/serial_link.py. Detach moves the terminal, as it is, into a window of
its own; closing that window brings it back."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from qmpgui.models.palette import Tone
from qmpgui.qmp.serial_ports import SerialPort
from qmpgui.session import VmSession
from qmpgui.session.serial_link import SERIAL, SerialLink, ports_of
from qmpgui.ui.panes.registry import Pane, PaneContext, register_pane
from qmpgui.ui.styles import set_tone
from qmpgui.ui.terminal_view import TerminalView

#: The list's first row while no port is chosen.
CHOOSE = "Choose a serial port…"
#: What the size note adds: the guest cannot learn the terminal's size.
SIZE_NOTE = "a serial line cannot tell the guest: set it there (stty rows R cols C)"


def same_port(one: SerialPort | None, other: SerialPort) -> bool:
    """Whether `one` is the port `other` (whoever holds it now)."""
    return one is not None and (one.label, one.kind, one.path) == (
        other.label,
        other.kind,
        other.path,
    )


def window_title(session: VmSession | None) -> str:
    """The detached console's title: "Serial console — web1"."""
    return f"Serial console — {session.display_name if session is not None else 'no VM'}"


class SerialWindow(QWidget):
    """The detached console: a window holding the pane's console box until closed."""

    def __init__(self, pane: SerialPane) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("serialWindow")
        self._pane = pane
        self.box = QVBoxLayout(self)
        self.resize(760, 480)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._pane.attach()
        super().closeEvent(event)


@register_pane("Seria&l", order=75, icon="modem")
class SerialPane(Pane):
    """A terminal on one serial port of the current VM."""

    topics = frozenset({SERIAL})

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("serialView")
        self.link = SerialLink(self)
        self.ports: list[SerialPort] = []
        #: The port chosen on each VM, chosen again when it is current again.
        self._chosen: dict[str, str] = {}  # endpoint text -> chardev label
        #: What the list shows now: each port's title and reason.
        self._shown: list[tuple[str, str | None]] | None = None
        self.port_box = QComboBox()
        self.port_box.setObjectName("serialPorts")
        self.port_box.setAccessibleName("Serial port")
        self._model = QStandardItemModel(self.port_box)
        self.port_box.setModel(self._model)
        self.port_box.activated.connect(self._on_chosen)
        self.detach_button = QPushButton("&Detach")
        self.detach_button.setObjectName("serialDetach")
        self.detach_button.setToolTip("Show the console in a window of its own (Ctrl+Shift+D)")
        self.detach_button.clicked.connect(self.toggle_detached)
        top = QHBoxLayout()
        label = QLabel("Port:")
        label.setBuddy(self.port_box)
        top.addWidget(label)
        top.addWidget(self.port_box, 1)
        top.addWidget(self.detach_button)
        # The console box (terminal and status line) moves between the pane and the window.
        self.console_box = QWidget()
        self.console_box.setObjectName("serialConsole")
        self.terminal = TerminalView()
        self.status = QLabel()
        self.status.setObjectName("serialStatus")
        self.status.setWordWrap(True)
        self.size_note = QLabel()
        self.size_note.setObjectName("serialSize")
        box = QVBoxLayout(self.console_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.terminal, 1)
        box.addWidget(self.status)
        box.addWidget(self.size_note)
        self.console_box.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.console_box, 1)
        self.window_: SerialWindow | None = None
        shortcut = QShortcut(QKeySequence("Ctrl+Shift+D"), self.console_box)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.setWhatsThis("Detach the terminal into a window of its own, or put it back")
        shortcut.activated.connect(self.toggle_detached)
        self.terminal.typed.connect(self.link.send)
        self.terminal.sizeChanged.connect(self._on_size)
        self.link.received.connect(self.terminal.feed)
        self.link.statusChanged.connect(self._on_status)
        self._fill()

    # -- the list of ports ------------------------------------------------------

    def current_changed(self, session: VmSession | None) -> None:
        # No VM current for a moment (the list redrawn) keeps the console as it is.
        if session is not None and session is not self.link.session:
            self.link.close()
            self.terminal.clear()
            if self.window_ is not None:
                self.window_.setWindowTitle(window_title(session))
        self._fill()

    def state_changed(self) -> None:
        self._fill()

    def topic_changed(self, topic: str) -> None:
        self._fill()

    def _fill(self) -> None:
        """List the current VM's ports, keeping the choice; open the chosen one (or the
        only one there is)."""
        session = self.session
        self.ports = ports_of(session) if session is not None else []
        chosen = self._chosen.get(session.endpoint_text) if session is not None else None
        reachable = [port for port in self.ports if port.reachable]
        if chosen is None and len(reachable) == 1:
            chosen = reachable[0].label
        shown = [(p.title, p.reason) for p in self.ports]
        if shown != self._shown:  # rebuilt only when it changed: a poll leaves an open list be
            self._shown = shown
            self._rebuild()
        found = next((i for i, p in enumerate(self.ports) if p.label == chosen), None)
        if self.port_box.currentIndex() != (0 if found is None else found + 1):
            self.port_box.setCurrentIndex(0 if found is None else found + 1)
        if found is not None and session is not None:
            port = self.ports[found]
            if self.link.session is not session or not same_port(self.link.port, port):
                self._open(session, port)

    def _rebuild(self) -> None:
        self._model.clear()
        head = QStandardItem(CHOOSE if self.ports else "No serial port")
        head.setEnabled(False)
        self._model.appendRow(head)
        for port in self.ports:
            text = port.title if port.reachable else f"{port.title}: {port.reason}"
            item = QStandardItem(text)
            item.setData(port.label, Qt.ItemDataRole.UserRole)
            item.setToolTip(port.reason or f"Connect the console to {port.title}")
            item.setEnabled(port.reachable)
            self._model.appendRow(item)

    def _on_chosen(self, index: int) -> None:
        session = self.session
        if session is None or not 1 <= index <= len(self.ports):
            return
        self._open(session, self.ports[index - 1])

    def choose(self, label: str) -> None:
        """Connect the console to the current VM's port `label` (as if chosen in the list).
        Raises LookupError when the VM has no such port now."""
        for index, port in enumerate(self.ports):
            if port.label == label:
                self.port_box.setCurrentIndex(index + 1)
                self._on_chosen(index + 1)
                return
        raise LookupError(label)

    def _open(self, session: VmSession, port: SerialPort) -> None:
        if self.link.port is not None and self.link.port.label != port.label:
            self.terminal.clear()
        self._chosen[session.endpoint_text] = port.label
        self.link.open(session, port)
        self.link.set_active(self.console_box.isVisible())

    # -- status, size, visibility -------------------------------------------------

    def _on_status(self, text: str, problem: bool) -> None:
        self.status.setText(text)
        set_tone(self.status, Tone.ERROR if problem else None)

    def _on_size(self, columns: int, rows: int) -> None:
        self.size_note.setText(f"Terminal {columns}×{rows}: {SIZE_NOTE}")
        set_tone(self.size_note, Tone.MUTED)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.console_box and event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self.link.set_active(event.type() == QEvent.Type.Show)
        return super().eventFilter(watched, event)

    # -- detach -------------------------------------------------------------------

    @property
    def detached(self) -> bool:
        """Whether the console is in its own window."""
        return self.window_ is not None

    def toggle_detached(self) -> None:
        """Detach the console into its own window, or bring it back."""
        if self.window_ is None:
            self.detach()
        else:
            self.window_.close()

    def detach(self) -> None:
        """Move the console box (the same terminal, its text and connection) into a window."""
        if self.window_ is not None:
            self.window_.raise_()
            return
        window = SerialWindow(self)
        window.setWindowTitle(window_title(self.session))
        window.box.addWidget(self.console_box)
        self.window_ = window
        self.detach_button.setText("Attach")
        window.show()
        self.terminal.setFocus()

    def attach(self) -> None:
        """Bring the console box back into the pane (the window closes)."""
        window, self.window_ = self.window_, None
        if window is None:
            return
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addWidget(self.console_box, 1)
        self.console_box.show()
        self.detach_button.setText("&Detach")
        window.hide()
        window.deleteLater()

    async def aclose(self) -> None:
        """Close the port and the detached window."""
        if self.window_ is not None:
            self.window_.close()
        await self.link.aclose()
