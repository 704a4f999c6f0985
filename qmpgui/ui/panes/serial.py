"""The Serial pane (`serialView`): the current VM's serial ports in a list (those out
of reach greyed, with why) and its console (ui/serial_console.py: a terminal on the
chosen port through session/serial_link.py). Each VM keeps its console while qmpgui
runs, so coming back to a VM shows its text. Detach moves the consoles, as they are,
into a window of its own; closing that window brings them back."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from qmpgui.i18n import marked, translate
from qmpgui.qmp.serial_ports import SerialPort
from qmpgui.session import VmSession
from qmpgui.session.serial_link import SERIAL, SerialLink, ports_of
from qmpgui.session.state import ConnState
from qmpgui.session.tasks import TaskSet
from qmpgui.ui.panes.registry import Pane, PaneContext
from qmpgui.ui.serial_console import SerialConsole
from qmpgui.ui.terminal_view import TerminalView
from qmpgui.ui.window_keys import DETACH

#: The list's first row while no port is chosen.
CHOOSE = marked("serial", "Choose a serial port…")
#: The pane's words while the console is in its own window.
AWAY = marked("serial", "The console is shown in a window of its own.")


def same_port(one: SerialPort | None, other: SerialPort) -> bool:
    """Whether `one` is the port `other` (whoever holds it now)."""
    return one is not None and (one.label, one.kind, one.path) == (
        other.label,
        other.kind,
        other.path,
    )


def window_title(session: VmSession | None) -> str:
    """The detached console's title: "Serial console — web1"."""
    return translate("serial", "Serial console — {v0}").format(
        v0=session.display_name if session is not None else translate("serial", "no VM")
    )


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


class SerialPane(Pane):
    """A terminal on one serial port of the current VM."""

    topics = frozenset({SERIAL})

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("serialView")
        self.ports: list[SerialPort] = []
        #: The port chosen on each VM, chosen again when it is current again.
        self._chosen: dict[str, str] = {}  # endpoint text -> chardev label
        #: What the list shows now: each port's title and reason.
        self._shown: list[tuple[str, str | None]] | None = None
        #: Each VM's console, kept while qmpgui runs (its text and its open port).
        self.consoles: dict[VmSession, SerialConsole] = {}
        self._tasks = TaskSet()
        self._closed = False
        self.port_box = QComboBox()
        self.port_box.setObjectName("serialPorts")
        self.port_box.setAccessibleName(translate("SerialPane", "Serial port"))
        self._model = QStandardItemModel(self.port_box)
        self.port_box.setModel(self._model)
        self.port_box.activated.connect(self._on_chosen)
        self.detach_button = QPushButton(translate("SerialPane", "&Detach"))
        self.detach_button.setObjectName("serialDetach")
        self.detach_button.setToolTip(
            translate("SerialPane", "Show the console in a window of its own ({DETACH})").format(
                DETACH=DETACH
            )
        )
        self.detach_button.clicked.connect(self.toggle_detached)
        top = QHBoxLayout()
        label = QLabel(translate("SerialPane", "Port:"))
        label.setBuddy(self.port_box)
        top.addWidget(label)
        top.addWidget(self.port_box, 1)
        top.addWidget(self.detach_button)
        self.console_box = self._console_box()
        self.console_box.installEventFilter(self)
        # What the pane shows in the console's place while it is detached.
        self.away = QLabel(translate("serial", AWAY))
        self.away.setObjectName("serialAway")
        self.away.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.away.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.console_box, 1)
        layout.addWidget(self.away, 1)
        self.window_: SerialWindow | None = None
        self.current_changed(self.session)  # a pane made while a VM is current: its console

    def _console_box(self) -> QStackedWidget:
        """The box that moves between the pane and the window: the current VM's
        console in front of the others (a blank one while no VM is current)."""
        box = QStackedWidget()
        box.setObjectName("serialConsole")
        self.console = SerialConsole()
        box.addWidget(self.console)
        shortcut = QShortcut(QKeySequence(DETACH), box)
        shortcut.setObjectName("serialDetachKey")
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.setWhatsThis(
            translate("SerialPane", "Detach the terminal into a window of its own, or put it back")
        )
        shortcut.activated.connect(self.toggle_detached)
        return box

    # The current VM's console's parts.
    @property
    def link(self) -> SerialLink:
        """The current VM's console's link."""
        return self.console.link

    @property
    def terminal(self) -> TerminalView:
        """The current VM's console's terminal."""
        return self.console.terminal

    @property
    def status(self) -> QLabel:
        """The current VM's console's status line."""
        return self.console.status

    @property
    def size_note(self) -> QLabel:
        """The current VM's console's size line."""
        return self.console.size_note

    # -- the list of ports ------------------------------------------------------

    def current_changed(self, session: VmSession | None) -> None:
        if self._closed:
            return  # the window is going: no console opens again
        # No VM current for a moment (the list redrawn) keeps the console as it is.
        if session is not None and self.consoles.get(session) is not self.console:
            self.console.link.set_active(False)
            self.console = self._console_of(session)
            self.console_box.setCurrentWidget(self.console)
            self.console.link.set_active(self.console_box.isVisible())
            if self.window_ is not None:
                self.window_.setWindowTitle(window_title(session))
        self._fill()

    def _console_of(self, session: VmSession) -> SerialConsole:
        """`session`'s console, made the first time; dropped with the session, and its
        port closed (kept text) when the VM is disconnected on purpose."""
        console = self.consoles.get(session)
        if console is None:
            console = SerialConsole()
            self.consoles[session] = console
            self.console_box.addWidget(console)
            session.destroyed.connect(lambda: self._forget(session))
            session.stateChanged.connect(lambda: self._on_state(session))
        return console

    def _on_state(self, session: VmSession) -> None:
        console = self.consoles.get(session)
        if console is not None and session.state is ConnState.DISCONNECTED:
            console.link.close()  # frees the port for other programs; the text stays

    def _forget(self, session: VmSession) -> None:
        if self._closed:
            return  # aclose() closed every console (the window is going)
        console = self.consoles.pop(session, None)
        if console is None:
            return
        if console is self.console:
            self.console = SerialConsole()
            self.console_box.addWidget(self.console)
            self.console_box.setCurrentWidget(self.console)
        self.console_box.removeWidget(console)
        self._tasks.spawn(console.aclose(), finish=True)  # its port closes, even at the end
        console.deleteLater()

    def state_changed(self) -> None:
        self._fill()

    def topic_changed(self, topic: str) -> None:
        self._fill()

    def _fill(self) -> None:
        """List the current VM's ports, keeping the choice; open the chosen one (or the
        only one there is)."""
        if self._closed:
            return
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
        head = QStandardItem(
            translate("serial", CHOOSE) if self.ports else translate("SerialPane", "No serial port")
        )
        head.setEnabled(False)
        self._model.appendRow(head)
        for port in self.ports:
            text = port.title if port.reachable else f"{port.title}: {port.reason}"
            item = QStandardItem(text)
            item.setData(port.label, Qt.ItemDataRole.UserRole)
            item.setToolTip(
                port.reason
                or translate("SerialPane", "Connect the console to {title}").format(
                    title=port.title
                )
            )
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

    # -- visibility ---------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.console_box and event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self.console.link.set_active(event.type() == QEvent.Type.Show)
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
        self.away.show()
        self.detach_button.setText(translate("SerialPane", "Attach"))
        window.show()
        self.terminal.setFocus()

    def attach(self) -> None:
        """Bring the console box back into the pane (the window closes)."""
        window, self.window_ = self.window_, None
        if window is None:
            return
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.away), self.console_box, 1)
        self.away.hide()
        self.console_box.show()
        self.detach_button.setText(translate("SerialPane", "&Detach"))
        window.hide()
        window.deleteLater()

    async def aclose(self) -> None:
        """Close every console's port and the detached window."""
        if self.window_ is not None:
            self.window_.close()
        self._closed = True
        consoles = [self.console, *self.consoles.values()]
        self.consoles.clear()
        for console in dict.fromkeys(consoles):
            await console.aclose()
        await self._tasks.aclose()
