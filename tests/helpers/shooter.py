"""Taking pictures of the real window for the README (tests/helpers/pictures.py runs it).

Pictures are taken from the screen, as a person sees it: a popup over the window (the
console's completion list) is in the picture of the window, and a dialog is shot
alone. Waits are on conditions, with a short settle after them so that Qt has painted
what changed.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QSplitter, QWidget

from qmpgui.app.main_window import MainWindow
from qmpgui.session import VmSession

#: The main window's size in every picture (pixels): the README's pictures keep one size.
WINDOW_SIZE = (1280, 820)
#: The VM list's width in the pictures (pixels), as a user sets it by dragging the
#: splitter; its columns are fitted by the app itself, as on a first start.
LIST_WIDTH = 600
#: How long one state may take to show up (seconds): a loaded machine is slow.
WAIT_S = 60.0
#: Time Qt gets to paint after the state is there (seconds): a repaint is queued, and
#: the X server draws it a moment later.
SETTLE_S = 0.4


class PictureError(Exception):
    """A picture could not be taken; the message says which state never came."""


class Shooter:
    """The window the pictures are taken of, and where they are written.

    `out`: the folder the pictures go to, in their docs/ layout (`panes/pci.png`).
    """

    def __init__(self, window: MainWindow, out: Path) -> None:
        self.window = window
        self.out = out
        self.taken: list[Path] = []

    def lay_out(self, list_width: int = LIST_WIDTH) -> None:
        """Give the window the pictures' size and layout, the VM list `list_width`
        pixels wide."""
        window = self.window
        window.resize(*WINDOW_SIZE)
        window.move(0, 0)
        splitter = window.findChild(QSplitter, "vmSplitter")
        if isinstance(splitter, QSplitter):
            splitter.setSizes([list_width, WINDOW_SIZE[0] - list_width])

    # -- what the window shows --------------------------------------------------------

    def _demo(self) -> VmSession | None:
        demo = self.window.fleet.demo
        for session in self.window.model.sessions:
            if demo is not None and session.endpoint_text == demo.endpoint:
                return session
        return None

    def demo_connected(self) -> bool:
        """Whether the demo VM runs and the window is connected to it."""
        session = self._demo()
        return session is not None and session.connected

    @property
    def demo(self) -> VmSession:
        """The demo VM's session; PictureError before it is in the list."""
        session = self._demo()
        if session is None:
            raise PictureError("the demo VM is not in the list")
        return session

    def action(self, name: str) -> QAction:
        """The window's action with the objectName `name`."""
        action = self.window.findChild(QAction, name)
        if action is None:
            raise PictureError(f"the window has no action {name}")
        return action

    def press(self, name: str) -> None:
        """Trigger the action `name` as the user does, from Qt's loop: an action that
        asks first runs its dialog's own loop, which must not hold this coroutine."""
        action = self.action(name)
        if not action.isEnabled():
            raise PictureError(f"{action.text()} is disabled: {action.toolTip()}")
        QTimer.singleShot(0, action.trigger)

    # -- waiting ------------------------------------------------------------------------

    async def until(self, condition: Callable[[], object], what: str) -> None:
        """Return once `condition()` is true; PictureError naming `what` after WAIT_S."""
        deadline = time.monotonic() + WAIT_S
        while not condition():
            if time.monotonic() > deadline:
                raise PictureError(f"{what} did not happen within {WAIT_S:g} s")
            await asyncio.sleep(0.05)

    async def modal(self, kind: type[QWidget], what: str) -> QWidget:
        """The modal dialog of `kind` once it is open."""
        await self.until(lambda: isinstance(QApplication.activeModalWidget(), kind), what)
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        return dialog

    async def settle(self) -> None:
        """Let Qt lay out and paint what changed, and the X server draw it: the loop runs
        Qt's events meanwhile (never processEvents() here: it would run other tasks
        inside this one)."""
        await asyncio.sleep(SETTLE_S)

    # -- taking ---------------------------------------------------------------------------

    async def shoot(self, widget: QWidget, name: str) -> Path:
        """Save what the screen shows where `widget`'s window is, as `name` (a path
        under the output folder, `control/confirm.png`); the file's path."""
        await self.settle()
        top = widget.window()
        frame = top.frameGeometry()
        screen = top.screen() or QGuiApplication.primaryScreen()
        picture = screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
        if picture.isNull() or picture.width() != frame.width():
            raise PictureError(f"the screen could not be read for {name}")
        path = self.out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if not picture.save(str(path), "PNG"):
            raise PictureError(f"could not write {path}")
        self.taken.append(path)
        return path
