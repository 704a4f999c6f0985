"""The Screen pane (`screenPane`): the current VM's screen, live, taking the keyboard
and the mouse (ui/screen_view.py), in the tab or detached into a window of its own.

Frames are taken only while the view is on screen: its tab is the current one, or its
window is open and not minimised.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QPushButton, QVBoxLayout, QWidget

from qmpgui.i18n import translate
from qmpgui.session import VmSession
from qmpgui.store.preferences import DEFAULTS
from qmpgui.ui.panes.registry import Pane, PaneContext
from qmpgui.ui.screen_view import ScreenView


class ScreenWindow(QMainWindow):
    """The window a detached screen view lives in; closing it gives the view back."""

    def __init__(self, view: ScreenView) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("screenWindow")
        self.setCentralWidget(view)
        self.resize(1060, 860)


class ScreenPane(Pane):
    """The screen view of the current VM, or, while it is detached, a line saying so and
    a button that brings it back."""

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("screenPane")
        send_key = context.action("actionSendKey").menu()
        self.view = ScreenView(context.say, send_key if isinstance(send_key, QMenu) else None)
        self.view.detachRequested.connect(self.toggle_detached)
        # The preference is read as each capture begins, so a change applies at once.
        self.view.canvas.capturedChanged.connect(lambda on: self._read_release() if on else None)
        self.window_: ScreenWindow | None = None
        self.away = QWidget()
        away_layout = QVBoxLayout(self.away)
        away_layout.addWidget(
            QLabel(translate("ScreenPane", "The screen is shown in a window of its own."))
        )
        back = QPushButton(translate("ScreenPane", "&Bring it back"))
        back.setObjectName("screenAttach")
        back.clicked.connect(self.toggle_detached)
        away_layout.addWidget(back)
        away_layout.addStretch(1)
        self.away.hide()
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(self.view)
        self.layout_.addWidget(self.away)
        self.current_changed(self.session)

    def current_changed(self, session: VmSession | None) -> None:
        """Show the current VM's screen."""
        self._read_release()
        self.view.set_session(session)
        if self.window_ is not None:
            self.window_.setWindowTitle(self._title())

    def state_changed(self) -> None:
        """Start or stop the frames as the VM connects or goes."""
        self.view.sync()

    def showEvent(self, event: QShowEvent) -> None:
        self._read_release()
        super().showEvent(event)

    def _read_release(self) -> None:
        config = self.context.config() if self.context.config else None
        keys = config.screen_release_keys if config else str(DEFAULTS["screen_release_keys"])
        if keys != self.view.release_text:
            self.view.set_release(keys)

    @property
    def detached(self) -> bool:
        """Whether the view is in a window of its own."""
        return self.window_ is not None

    def toggle_detached(self) -> None:
        """Move the view into a window of its own, or back into the tab."""
        if self.window_ is None:
            self.layout_.removeWidget(self.view)
            self.window_ = ScreenWindow(self.view)
            self.window_.setWindowTitle(self._title())
            self.window_.installEventFilter(self)
            self.view.detach_action.setText(translate("ScreenPane", "Attach"))
            self.away.show()
            self.window_.show()
            # The keys follow the view (Detach's key, which now lives in that window,
            # brings it back from there), as the serial console's window does.
            self.window_.activateWindow()
            self.view.setFocus()
        else:
            window, self.window_ = self.window_, None
            window.removeEventFilter(self)
            self.view.setParent(None)
            self.layout_.insertWidget(0, self.view)
            self.view.detach_action.setText(translate("ScreenPane", "&Detach"))
            self.away.hide()
            self.view.show()
            window.close()
            window.deleteLater()
        self.view.sync()

    def _title(self) -> str:
        session = self.session
        return (
            translate("ScreenPane", "{display_name} — screen").format(
                display_name=session.display_name
            )
            if session
            else translate("ScreenPane", "Screen")
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window_:
            if event.type() == QEvent.Type.Close:
                self.toggle_detached()  # closing the window brings the view back
                return True
            if event.type() == QEvent.Type.WindowStateChange:
                self.view.sync()
        return super().eventFilter(watched, event)

    async def aclose(self) -> None:
        """End the frames and input; close the detached window."""
        if self.window_ is not None:
            self.toggle_detached()
        await self.view.aclose()
