"""The screendump viewer: one VM's screen, refreshed by hand or live.

Zoom: fit to window, 100 %, in and out (Ctrl+wheel, +/-). Save as PNG with the
VM's name, UUID, the time and QEMU's version as text chunks; copy to the
clipboard. Live refresh pauses while the window is hidden or minimised, and
never asks for a new picture while the previous one is still coming.
"""

from __future__ import annotations

import asyncio
import collections
import datetime
import os
import time
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QHideEvent,
    QImage,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QScrollArea,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from qmpgui import __version__
from qmpgui.log.entry import Level, format_elapsed
from qmpgui.models.palette import Tone
from qmpgui.models.screen_image import Frame, ScreenGrabber, save_png
from qmpgui.qmp import QmpFailure
from qmpgui.qmp.screendump import Console, can_choose_console
from qmpgui.session import VmSession
from qmpgui.session.control import Outcome
from qmpgui.ui.styles import set_tone

ZOOM_STEPS = (0.125, 0.25, 1 / 3, 0.5, 2 / 3, 0.75, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0)
#: Frames counted for the shown frame rate.
RATE_WINDOW_S = 5.0


class ImageCanvas(QWidget):
    """Paints the picture at a zoom; crisp pixels when enlarged."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("screendumpCanvas")
        self.image = QImage()
        self.zoom = 1.0

    def set_view(self, image: QImage, zoom: float) -> None:
        self.image, self.zoom = image, zoom
        size = self.image.size() * zoom if not image.isNull() else QSize(0, 0)
        self.resize(size)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.image.isNull():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, self.zoom < 1)
        painter.drawImage(QRect(QPoint(0, 0), self.size()), self.image)


class ScreendumpViewer(QMainWindow):
    """A window showing one VM's screen."""

    #: (Level, str) for the window's message path.
    message = Signal(object, str)
    #: The folder the user saved into, to remember.
    folderChosen = Signal(str)

    def __init__(
        self,
        session: VmSession,
        parent: QWidget | None = None,
        *,
        live_interval_s: float = 1.0,
        save_folder: str = "",
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("screendumpViewer")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.session = session
        self.grabber = ScreenGrabber(session)
        self.save_folder = save_folder
        self.frame: Frame | None = None
        self.fit = True
        self.zoom = 1.0
        self._grab_task: asyncio.Task[Any] | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._frame_times: collections.deque[float] = collections.deque(maxlen=600)
        self.grab_count = 0
        #: Refreshes asked for while a picture was still coming (they join it).
        self.skipped_ticks = 0
        #: How the first picture went (for the summary of a multi-VM screendump).
        self._report_next = False
        #: The connection whose displays the chooser lists.
        self._consoles_for = session.info.connected_since

        self.canvas = ImageCanvas()
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("screendumpScroll")
        self.scroll_area.setWidget(self.canvas)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll_area.setBackgroundRole(QPalette.ColorRole.Dark)  # the picture's edge shows
        self.scroll_area.viewport().installEventFilter(self)
        self.info = QLabel("asking QEMU for the screen…")
        self.info.setObjectName("screendumpInfo")
        self.statusBar().addWidget(self.info, 1)
        self.error = QLabel()
        self.error.setObjectName("screendumpError")
        self.error.setWordWrap(True)
        set_tone(self.error, Tone.ERROR, "padding: 4px 6px;")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.error)
        layout.addWidget(self.scroll_area, 1)
        self.setCentralWidget(central)

        self.timer = QTimer(self)
        self.timer.setInterval(round(live_interval_s * 1000))
        self._build_toolbar(live_interval_s)
        self.timer.timeout.connect(self._tick)
        self.session.stateChanged.connect(self._on_session_state)
        self._update_title()
        self.resize(760, 520)

    # -- construction ---------------------------------------------------------

    def _act(self, text: str, keys: list[str] | QKeySequence.StandardKey, tip: str) -> QAction:
        action = QAction(text, self)
        if isinstance(keys, list):
            action.setShortcuts([QKeySequence(k) for k in keys])
        else:
            action.setShortcuts(keys)
        shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({shown})" if shown else tip)
        self.addAction(action)
        return action

    def _build_toolbar(self, live_interval_s: float) -> None:
        bar = QToolBar("Screendump")
        bar.setObjectName("screendumpToolBar")
        bar.setMovable(False)
        self.addToolBar(bar)
        self.action_refresh = self._act("&Refresh", ["F5"], "Take a new screendump now")
        self.action_fit = self._act("&Fit", ["Ctrl+0"], "Fit the picture to the window")
        self.action_fit.setCheckable(True)
        self.action_fit.setChecked(True)
        self.action_actual = self._act("100 %", ["Ctrl+1"], "Show every pixel once")
        self.action_zoom_in = self._act(
            "Zoom +", ["+", "=", "Ctrl++", "Ctrl+="], "Enlarge (also Ctrl+wheel)"
        )
        self.action_zoom_out = self._act("Zoom −", ["-", "Ctrl+-"], "Reduce (also Ctrl+wheel)")
        self.action_save = self._act(
            "&Save…", QKeySequence.StandardKey.Save, "Save the picture as a PNG file"
        )
        self.action_copy = self._act(
            "&Copy", QKeySequence.StandardKey.Copy, "Copy the picture to the clipboard"
        )
        self.action_close = self._act("Close", ["Ctrl+W", "Esc"], "Close this viewer")
        for action in (
            self.action_refresh,
            self.action_fit,
            self.action_actual,
            self.action_zoom_in,
            self.action_zoom_out,
            self.action_save,
            self.action_copy,
        ):
            bar.addAction(action)
        self.addToolBarBreak()
        second = QToolBar("Live and display")
        second.setObjectName("screendumpLiveBar")
        second.setMovable(False)
        self.addToolBar(second)
        self._build_live_controls(second, live_interval_s)
        second.addSeparator()
        self._build_console_box(second)
        self._connect_toolbar()

    def _build_live_controls(self, bar: QToolBar, live_interval_s: float) -> None:
        self.live = QCheckBox("&Live every")
        self.live.setObjectName("screendumpLive")
        self.live.setToolTip("Refresh by itself; pauses while this window is hidden or minimised")
        self.interval = QDoubleSpinBox()
        self.interval.setObjectName("screendumpInterval")
        self.interval.setRange(0.2, 60.0)
        self.interval.setSingleStep(0.2)
        self.interval.setDecimals(1)
        self.interval.setSuffix(" s")
        self.interval.setValue(live_interval_s)
        self.interval.setAccessibleName("Live refresh interval")
        self.rate = QLabel("")
        self.rate.setObjectName("screendumpRate")
        self.rate.setMinimumWidth(70)
        bar.addWidget(self.live)
        bar.addWidget(self.interval)
        bar.addWidget(self.rate)

    def _build_console_box(self, bar: QToolBar) -> None:
        self.console_box = QComboBox()
        self.console_box.setObjectName("screendumpDisplay")
        self.console_box.setAccessibleName("Display device and head")
        self.console_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.console_box.addItem("first display", None)
        self.console_box.setEnabled(False)
        bar.addWidget(QLabel(" Display: "))
        bar.addWidget(self.console_box)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)

    def _connect_toolbar(self) -> None:
        self.action_refresh.triggered.connect(lambda _checked=False: self.refresh())
        self.action_fit.triggered.connect(self.fit_to_window)
        self.action_actual.triggered.connect(lambda: self.set_zoom(1.0))
        self.action_zoom_in.triggered.connect(lambda: self.step_zoom(1))
        self.action_zoom_out.triggered.connect(lambda: self.step_zoom(-1))
        self.action_save.triggered.connect(self.save_as)
        self.action_copy.triggered.connect(self.copy)
        self.action_close.triggered.connect(self.close)
        self.live.toggled.connect(self._live_changed)
        self.interval.valueChanged.connect(self._interval_changed)
        self.console_box.currentIndexChanged.connect(lambda _row: self.refresh())
        self._update_actions()

    # -- pictures ---------------------------------------------------------------

    @property
    def console(self) -> Console | None:
        data = self.console_box.currentData()
        return data if isinstance(data, Console) else None

    def start(self) -> asyncio.Task[Outcome]:
        """Show the window and take the first picture; the task tells how it went."""
        self.show()
        self._spawn(self._load_consoles())
        return self.refresh(report=True)

    def refresh(self, report: bool = True) -> asyncio.Task[Outcome]:
        """Take a new picture, unless one is still coming: then this request joins it.

        `report`: say the outcome in the window's log (live ticks do not).
        """
        if self._grab_task is not None and not self._grab_task.done():
            self.skipped_ticks += 1
            self._report_next |= report
            return self._grab_task
        self._report_next = report
        self._grab_task = self._spawn(self._grab())
        return self._grab_task

    async def _grab(self) -> Outcome:
        name = self.session.display_name
        start = time.monotonic()
        try:
            frame = await self.grabber.grab(self.console)
        except QmpFailure as failure:
            self._show_error(failure.message)
            return Outcome(name, "Screendump", "screendump", 0.0, failure.message)
        outcome = Outcome(name, "Screendump", "screendump", time.monotonic() - start)
        if self._report_next:
            self.message.emit(Level.INFO, outcome.text)
        self.grab_count += 1
        self._frame_times.append(time.monotonic())
        self.frame = frame
        self.error.hide()
        self._apply_zoom()
        self._update_title()
        self._update_info()
        self._update_actions()
        return outcome

    def _on_session_state(self) -> None:
        self._update_title()
        since = self.session.info.connected_since
        if self.session.connected and since != self._consoles_for:
            self._consoles_for = since  # a new QEMU may have other displays
            self._spawn(self._load_consoles())

    async def _load_consoles(self) -> None:
        conn = self.session.connection
        if conn is None or not can_choose_console(conn.capabilities):
            self.console_box.setToolTip("this QEMU cannot choose a display (needs 2.12 or later)")
            return
        try:
            consoles = await self.grabber.dumper.consoles()
        except QmpFailure:
            return
        choosable = [c for c in consoles if c.qdev_id]
        self.console_box.blockSignals(True)
        while self.console_box.count() > 1:  # keep "first display"
            self.console_box.removeItem(1)
        for console in choosable:
            self.console_box.addItem(console.label, console)
        self.console_box.blockSignals(False)
        self.console_box.setEnabled(bool(choosable))
        unnamed = len(consoles) - len(choosable)
        self.console_box.setToolTip(
            "Choose a display device and head"
            if not unnamed
            else f"{unnamed} display(s) have no id and cannot be chosen by name; "
            "give the device an id (-device ...,id=NAME) to choose it"
        )

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.message.emit(Level.ERROR, f"{self.session.display_name}: screendump: {text}")
        if self.live.isChecked():
            self.live.setChecked(False)  # do not repeat a failure every second
        self._update_info()

    # -- live refresh -------------------------------------------------------------

    def _live_changed(self, on: bool) -> None:
        self._sync_timer()
        if on:
            self.refresh(report=False)

    def _interval_changed(self, seconds: float) -> None:
        self.timer.setInterval(round(seconds * 1000))

    @property
    def can_run_live(self) -> bool:
        return self.live.isChecked() and self.isVisible() and not self.isMinimized()

    def _sync_timer(self) -> None:
        if self.can_run_live:
            if not self.timer.isActive():
                self.timer.start()
        else:
            self.timer.stop()
        self._update_info()

    def _tick(self) -> None:
        if self.can_run_live:
            self.refresh(report=False)
        else:
            self.timer.stop()

    def frame_rate(self, now: float | None = None) -> float:
        now = now or time.monotonic()
        recent = [t for t in self._frame_times if now - t <= RATE_WINDOW_S]
        if len(recent) < 2:
            return 0.0
        return (len(recent) - 1) / max(recent[-1] - recent[0], 1e-6)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._sync_timer()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._sync_timer()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:
            self._sync_timer()

    # -- zoom -----------------------------------------------------------------------

    def fit_to_window(self) -> None:
        self.fit = True
        self._apply_zoom()

    def set_zoom(self, zoom: float) -> None:
        self.fit = False
        self.zoom = min(max(zoom, ZOOM_STEPS[0]), ZOOM_STEPS[-1])
        self._apply_zoom()

    def step_zoom(self, direction: int) -> None:
        current = self.zoom
        if direction > 0:
            bigger = [z for z in ZOOM_STEPS if z > current + 1e-6]
            self.set_zoom(bigger[0] if bigger else ZOOM_STEPS[-1])
        else:
            smaller = [z for z in ZOOM_STEPS if z < current - 1e-6]
            self.set_zoom(smaller[-1] if smaller else ZOOM_STEPS[0])

    def _apply_zoom(self) -> None:
        image = self.frame.image if self.frame else QImage()
        if self.fit and not image.isNull():
            area = self.scroll_area.viewport().size()
            self.zoom = min(area.width() / image.width(), area.height() / image.height(), 8.0)
        self.action_fit.setChecked(self.fit)
        self.canvas.set_view(image, self.zoom)
        self._update_info()

    def eventFilter(self, watched: Any, event: QEvent) -> bool:
        if watched is self.scroll_area.viewport():
            if event.type() == QEvent.Type.Resize and self.fit:
                self._apply_zoom()
            elif (
                isinstance(event, QWheelEvent)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier
            ):
                self.step_zoom(1 if event.angleDelta().y() > 0 else -1)
                return True
        return super().eventFilter(watched, event)

    # -- save and copy ----------------------------------------------------------------

    def default_name(self) -> str:
        stamp = self.frame.capture.taken_at if self.frame else time.time()
        text = datetime.datetime.fromtimestamp(stamp).strftime("%Y%m%d-%H%M%S")
        safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in self.session.display_name)
        return f"{safe}-{text}.png"

    def metadata(self) -> dict[str, str]:
        info = self.session.info
        stamp = self.frame.capture.taken_at if self.frame else time.time()
        version = info.version.text + (f" ({info.version.package})" if info.version.package else "")
        return {
            "Title": f"{self.session.display_name} screen",
            "VM name": self.session.display_name,
            "VM UUID": info.uuid or "none",
            "Creation Time": datetime.datetime.fromtimestamp(stamp).astimezone().isoformat(),
            "QEMU version": version,
            "Software": f"qmpgui {__version__}",
        }

    def save_as(self) -> None:
        if self.frame is None:
            return
        folder = self.save_folder or os.path.expanduser("~")
        path, _ = QFileDialog.getSaveFileName(
            self, "Save screendump", os.path.join(folder, self.default_name()), "PNG (*.png)"
        )
        if path:
            if not path.lower().endswith(".png"):
                path += ".png"
            self._spawn(self.save_to(path))

    async def save_to(self, path: str) -> bool:
        if self.frame is None:
            return False
        try:
            await save_png(self.frame.image, path, self.metadata())
        except OSError as err:
            self._show_error(f"could not save {path}: {err.strerror or err}")
            return False
        self.save_folder = os.path.dirname(path)
        self.folderChosen.emit(self.save_folder)
        self.message.emit(Level.INFO, f"{self.session.display_name}: screendump saved as {path}")
        return True

    def copy(self) -> None:
        if self.frame is not None:
            QGuiApplication.clipboard().setImage(self.frame.image)
            self.message.emit(Level.INFO, f"{self.session.display_name}: screendump copied")

    # -- text -------------------------------------------------------------------------

    def _update_title(self) -> None:
        size = ""
        if self.frame is not None:
            size = f" — {self.frame.image.width()}×{self.frame.image.height()}"
        self.setWindowTitle(f"{self.session.display_name}{size} — Screendump")

    def _update_info(self) -> None:
        if self.frame is None:
            return
        frame = self.frame
        taken = datetime.datetime.fromtimestamp(frame.capture.taken_at).strftime("%H:%M:%S")
        parts = [
            f"{frame.image.width()}×{frame.image.height()}",
            f"{round(self.zoom * 100)} %{' (fit)' if self.fit else ''}",
            f"taken {taken} in {format_elapsed(frame.capture.elapsed_s)} "
            f"({frame.capture.fmt.upper()})",
        ]
        if frame.corrected:
            parts.append("colours corrected: this QEMU swaps red and blue in PNG")
        if self.live.isChecked() and not self.can_run_live:
            parts.append("live paused while hidden")
        if self.skipped_ticks:
            parts.append(f"{self.skipped_ticks} refreshes joined the picture still coming")
        self.info.setText(" · ".join(parts))
        rate = self.frame_rate()
        self.rate.setText(f"{rate:.1f} fps" if self.live.isChecked() and rate else "")

    def _update_actions(self) -> None:
        have = self.frame is not None
        for action in (self.action_save, self.action_copy):
            action.setEnabled(have)

    # -- tasks ------------------------------------------------------------------------

    def _spawn(self, coro: Any) -> asyncio.Task[Any]:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    def closeEvent(self, event: QCloseEvent) -> None:
        self.timer.stop()
        for task in self._tasks:
            task.cancel()
        super().closeEvent(event)
