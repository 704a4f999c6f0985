"""The window's layout across runs: its geometry, its splitters' sizes and its tables'
columns (shown or hidden, the widths the user gave them).

They are not settings a user writes, so they stay out of config.json: Qt's QSettings
keeps them in an INI file beside it (`config.window.ini` beside `config.json`), read
when the window is built and written through the FileWriter when it closes. A first
window (nothing kept), and a kept one larger than today's screen, fit the screen.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSplitter

from qmpgui.i18n import translate
from qmpgui.log.entry import Level
from qmpgui.store.writer import FileWriter
from qmpgui.ui.columns import ColumnMemory

#: The first window's size where the screen has room for it, in logical pixels.
PREFERRED_SIZE = QSize(1200, 820)
#: The part of the screen's free width and height left around a window made to fit it
#: (on each side): room for the window manager's frame and a glimpse of the desktop.
MARGIN_SHARE = 0.05

_GEOMETRY = "window/geometry"
_SPLITTERS = "splitters/"
_COLUMNS = "columns/"

Say = Callable[[Level, str], None]


def layout_path(config_path: Path) -> Path:
    """Where the layout of the window of `config_path` is kept: beside it, named after
    it (config.json -> config.window.ini), so that each configuration has its own."""
    return config_path.with_name(f"{config_path.stem}.window.ini")


def fit_to_screen(window: QMainWindow, size: QSize | None = None) -> None:
    """Resize `window` to `size` (by default its own) or less, so that it and its frame
    fit the free area of its screen with a margin, and move it into that area; without
    `size`, a window that already fits where it is stays. Sizes are logical pixels, so
    any scale factor fits. The frame is known once the window is shown (see
    _FitWhenShown); before, only the window itself is measured."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    full = Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen
    if screen is None or window.windowState() & full:
        return  # a maximized window is the screen's size by definition
    free = screen.availableGeometry()
    if size is None and free.contains(window.frameGeometry()):
        return
    frame = window.frameGeometry().size() - window.geometry().size()
    margin_x, margin_y = int(free.width() * MARGIN_SHARE), int(free.height() * MARGIN_SHARE)
    room = free.adjusted(margin_x, margin_y, -margin_x, -margin_y)
    fitted = (size or window.size()).boundedTo(room.size() - frame)
    window.resize(fitted)
    outer = fitted + frame
    window.move(room.center() - QPoint(outer.width() // 2, outer.height() // 2))


class _FitWhenShown(QObject):
    """Fits a window to its screen again once it is first shown and its frame is known
    (a kept geometry as large as the screen leaves no room for the frame)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() is QEvent.Type.Show:
            self._window.removeEventFilter(self)
            # After the show is handled: the window system has given the frame by then.
            QTimer.singleShot(0, self._fit)
        return False

    def _fit(self) -> None:
        fit_to_screen(self._window)
        self.deleteLater()


class WindowLayout:
    """The kept layout of one window: restore() when it is built, save() as it closes.

    Problems (a file that cannot be read or written) are told through `say`; they
    never stop the window, which then starts at its default layout.
    """

    def __init__(self, path: Path, writer: FileWriter, say: Say) -> None:
        self.path = path
        self._writer = writer
        self._say = say

    @classmethod
    def restored(
        cls, window: QMainWindow, config_path: Path, writer: FileWriter, say: Say
    ) -> WindowLayout:
        """The layout kept for the window of `config_path` (layout_path()), restored
        into `window` (restore()); save() it as the window closes."""
        layout = cls(layout_path(config_path), writer, say)
        layout.restore(window)
        return layout

    def restore(self, window: QMainWindow) -> None:
        """Give `window` the geometry, splitter sizes and columns kept at its last close
        (those not kept keep their defaults), fitted to today's screen. Call it before
        the panes fill, so that the widths the user gave are not fitted to the text."""
        _FitWhenShown(window)  # once more when its frame is known
        settings = QSettings(str(self.path), QSettings.Format.IniFormat)
        if settings.status() is not QSettings.Status.NoError:
            self._say(
                Level.WARNING,
                translate(
                    "WindowLayout",
                    "could not read the window's layout from {path}: {v1}; the window starts at its default size",
                ).format(path=self.path, v1=_problem(settings.status())),
            )
            fit_to_screen(window, PREFERRED_SIZE)
            return
        geometry = settings.value(_GEOMETRY)
        if isinstance(geometry, QByteArray) and window.restoreGeometry(geometry):
            fit_to_screen(window)  # a window kept on a larger screen shrinks to this one
        else:
            fit_to_screen(window, PREFERRED_SIZE)
        for splitter in _splitters(window):
            sizes = settings.value(_SPLITTERS + splitter.objectName())
            if isinstance(sizes, QByteArray):
                splitter.restoreState(sizes)
        for memory in _column_memories(window):
            kept = settings.value(_COLUMNS + memory.view.objectName())
            if isinstance(kept, str):
                try:
                    memory.restore(json.loads(kept))
                except ValueError:
                    continue  # edited by hand into something else: the defaults stay

    async def save(self, window: QMainWindow) -> None:
        """Keep `window`'s layout as it is now (written on the FileWriter's thread);
        a failure is told, never raised."""
        try:
            await self._writer.submit(_write, self.path, _values(window))
        except OSError as err:
            self._say(
                Level.WARNING,
                translate("WindowLayout", "the window's layout was not kept: {err}").format(
                    err=err
                ),
            )

    def save_now(self, window: QMainWindow) -> str | None:
        """Keep `window`'s layout, blocking, for when no event loop runs any more (after
        the FileWriter's finish_now()); what went wrong as a sentence, or None."""
        try:
            _write(self.path, _values(window))
        except OSError as err:
            return translate("WindowLayout", "the window's layout was not kept: {err}").format(
                err=err
            )
        return None


def _values(window: QMainWindow) -> dict[str, object]:
    """The INI keys and values of `window`'s layout as it is now."""
    values: dict[str, object] = {_GEOMETRY: window.saveGeometry()}
    for splitter in _splitters(window):
        values[_SPLITTERS + splitter.objectName()] = splitter.saveState()
    for memory in _column_memories(window):
        values[_COLUMNS + memory.view.objectName()] = json.dumps(memory.state())
    return values


def _splitters(window: QMainWindow) -> list[QSplitter]:
    """The window's named splitters (a console's, made per VM, have no name)."""
    return [s for s in window.findChildren(QSplitter) if s.objectName()]


def _column_memories(window: QMainWindow) -> list[ColumnMemory]:
    return [m for m in window.findChildren(ColumnMemory) if m.view.objectName()]


def _problem(status: QSettings.Status) -> str:
    """Why QSettings could not read a file, in words."""
    if status is QSettings.Status.AccessError:
        return translate("window_state", "permission denied")
    return translate("window_state", "it is not an INI file")


def _write(path: Path, values: dict[str, object]) -> None:
    """Write `values` into the INI file at `path` (QSettings writes a temporary file and
    renames it); on the FileWriter's thread. Raises OSError when that failed."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as err:
        raise OSError(
            translate("window_state", "could not write {path}: {v1}").format(
                path=path, v1=err.strerror or err
            )
        ) from err
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    for key, value in values.items():
        settings.setValue(key, value)
    settings.sync()
    if settings.status() is not QSettings.Status.NoError:
        # QSettings says only "access error": name what can be seen.
        denied = not os.access(path.parent, os.W_OK) or (
            path.exists() and not os.access(path, os.W_OK)
        )
        why = (
            translate("window_state", "permission denied")
            if denied
            else translate("window_state", "the write failed (is the disk full?)")
        )
        raise OSError(
            translate("window_state", "could not write {path}: {why}").format(path=path, why=why)
        )
