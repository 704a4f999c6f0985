"""SerialConsole: one VM's serial console, kept while qmpgui runs so that coming back to
the VM shows what was there and what came meanwhile: a terminal (ui/terminal_view.py,
its screen and scrollback bounded), its link to a port (session/serial_link.py) and the
two lines below (how the link stands, the terminal's size). The Serial pane holds one
per VM and shows the current VM's."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from qmpgui.i18n import marked, translate
from qmpgui.models.palette import Tone
from qmpgui.session.serial_link import SerialLink
from qmpgui.ui.styles import set_tone
from qmpgui.ui.terminal_view import TerminalView

#: What the size note adds: the guest cannot learn the terminal's size.
SIZE_NOTE = marked(
    "serial_console", "a serial line cannot tell the guest: set it there (stty rows R cols C)"
)


class SerialConsole(QWidget):
    """A terminal, its link and its status lines; the link reads while it is open,
    shown or not (a ringbuf's only while `set_active(True)`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.link = SerialLink(self)
        self.terminal = TerminalView()
        self.status = QLabel()
        self.status.setObjectName("serialStatus")
        self.status.setWordWrap(True)
        self.size_note = QLabel()
        self.size_note.setObjectName("serialSize")
        # Shown while a long paste is sent: the terminal takes every key, so a button.
        self.stop_button = QPushButton(translate("SerialConsole", "&Stop paste"))
        self.stop_button.setObjectName("serialStopPaste")
        self.stop_button.setToolTip(translate("SerialConsole", "Send no more of the paste"))
        self.stop_button.hide()
        self.stop_button.clicked.connect(self._stop_paste)
        line = QHBoxLayout()
        line.addWidget(self.status, 1)
        line.addWidget(self.stop_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.terminal, 1)
        box.addLayout(line)
        box.addWidget(self.size_note)
        self.terminal.typed.connect(self.link.send)
        self.terminal.sizeChanged.connect(self._on_size)
        self.link.received.connect(self.terminal.feed)
        self.link.statusChanged.connect(self._on_status)
        self.link.sendingChanged.connect(self.stop_button.setVisible)

    def _stop_paste(self) -> None:
        self.link.stop_sending()

    def _on_status(self, text: str, problem: bool) -> None:
        self.status.setText(text)
        set_tone(self.status, Tone.ERROR if problem else None)

    def _on_size(self, columns: int, rows: int) -> None:
        self.size_note.setText(
            translate("SerialConsole", "Terminal {columns}×{rows}: {SIZE_NOTE}").format(
                columns=columns, rows=rows, SIZE_NOTE=translate("serial_console", SIZE_NOTE)
            )
        )
        set_tone(self.size_note, Tone.MUTED)

    async def aclose(self) -> None:
        """Close the link and wait for its work to end."""
        await self.link.aclose()
