"""The screendump viewer: one VM's screen, refreshed by hand or live.

Zoom: fit to window, 100 %, in and out (Ctrl+wheel, +/-). Save as PNG with the
VM's name, UUID, the time and QEMU's version as text chunks; copy to the
clipboard. Live refresh pauses while the window is hidden or minimised, and
never asks for a new picture while the previous one is still coming.

This module is the window; the picture and its zoom steps (screendump_canvas), live
refresh (screendump_live), the display chooser (screendump_displays) and the saved
file's name and text (screendump_save) have modules of their own.
"""

from __future__ import annotations

import asyncio
import datetime
import os
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QHideEvent,
    QImage,
    QKeySequence,
    QPalette,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from qmpgui.i18n import translate
from qmpgui.log.entry import Level, format_elapsed
from qmpgui.models.palette import Tone
from qmpgui.models.screen_image import Frame, ScreenGrabber, save_png
from qmpgui.qmp import QmpFailure
from qmpgui.qmp.screendump import Console
from qmpgui.session import VmSession
from qmpgui.session.control import Outcome
from qmpgui.session.tasks import TaskSet
from qmpgui.ui.screendump_canvas import ImageCanvas, clamp_zoom, next_zoom
from qmpgui.ui.screendump_displays import DisplayChooser
from qmpgui.ui.screendump_live import LiveRefresh
from qmpgui.ui.screendump_save import default_name, png_metadata
from qmpgui.ui.send_key_menu import send_key_button
from qmpgui.ui.styles import set_tone
from qmpgui.ui.viewer_keys import VIEWER_KEYS


class ScreendumpViewer(QMainWindow):
    """A window showing one VM's screen."""

    #: (Level, str): a message about the VM for the window's message path; the text
    #: leaves the VM's name out (the path adds it and keeps the message as the VM's).
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
        #: The grab ("grab"), the listing of displays ("displays", a newer one replaces
        #: the older) and saves; all cancelled when the window closes.
        self._tasks = TaskSet()
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
        self.info = QLabel(translate("ScreendumpViewer", "asking QEMU for the screen…"))
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

        self._build_toolbar(live_interval_s)
        self.session.stateChanged.connect(self._on_session_state)
        self._update_title()
        self.resize(760, 520)

    # -- construction ---------------------------------------------------------

    def _act(self, text: str, keys: list[str] | QKeySequence.StandardKey, tip: str) -> QAction:
        text, tip = translate("screendump_viewer", text), translate("screendump_viewer", tip)
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
        self.toolbar = bar = QToolBar(translate("ScreendumpViewer", "Screendump"))
        bar.setObjectName("screendumpToolBar")
        bar.setMovable(False)
        self.addToolBar(bar)
        self._key_refusal: Callable[[], str | None] | None = None
        self.action_refresh = self._act(*VIEWER_KEYS["refresh"])
        self.action_fit = self._act(*VIEWER_KEYS["fit"])
        self.action_fit.setCheckable(True)
        self.action_fit.setChecked(True)
        self.action_actual = self._act(*VIEWER_KEYS["actual"])
        self.action_zoom_in = self._act(*VIEWER_KEYS["zoom_in"])
        self.action_zoom_out = self._act(*VIEWER_KEYS["zoom_out"])
        self.action_save = self._act(*VIEWER_KEYS["save"])
        self.action_copy = self._act(*VIEWER_KEYS["copy"])
        self.action_close = self._act(*VIEWER_KEYS["close"])
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
        second = QToolBar(translate("ScreendumpViewer", "Live and display"))
        second.setObjectName("screendumpLiveBar")
        second.setMovable(False)
        self.addToolBar(second)
        self.live_refresh = LiveRefresh(
            self, live_interval_s, lambda: self.refresh(report=False), self._update_info
        )
        self.live, self.interval = self.live_refresh.live, self.live_refresh.interval
        self.rate, self.timer = self.live_refresh.rate, self.live_refresh.timer
        self.live_refresh.add_to(second)
        second.addSeparator()
        self.console_box = DisplayChooser()
        second.addWidget(QLabel(translate("ScreendumpViewer", " Display: ")))
        second.addWidget(self.console_box)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        second.addWidget(spacer)
        self._connect_toolbar()

    def _connect_toolbar(self) -> None:
        self.action_refresh.triggered.connect(lambda _checked=False: self.refresh())
        self.action_fit.triggered.connect(self.fit_to_window)
        self.action_actual.triggered.connect(lambda: self.set_zoom(1.0))
        self.action_zoom_in.triggered.connect(lambda: self.step_zoom(1))
        self.action_zoom_out.triggered.connect(lambda: self.step_zoom(-1))
        self.action_save.triggered.connect(self.save_as)
        self.action_copy.triggered.connect(self.copy)
        self.action_close.triggered.connect(self.close)
        self.console_box.currentIndexChanged.connect(lambda _row: self.refresh())
        self._update_actions()

    def add_send_key(self, menu: QMenu, why_not: Callable[[], str | None]) -> None:
        """Offer `menu` (the Send key menu for this VM) on the toolbar, enabled while
        `why_not()` says nothing (its tooltip says why otherwise)."""
        self.toolbar.addSeparator()
        self.send_key = send_key_button(menu)
        self.toolbar.addWidget(self.send_key)
        self._key_refusal = why_not
        self._update_send_key()

    def _update_send_key(self) -> None:
        if self._key_refusal is not None:
            why = self._key_refusal()
            self.send_key.setEnabled(why is None)
            tip = translate(
                "ScreendumpViewer",
                "Press keys the desktop would take for itself on the VM's keyboard",
            )
            self.send_key.setToolTip(tip if why is None else f"{tip} — {why}")

    # -- pictures ---------------------------------------------------------------

    @property
    def console(self) -> Console | None:
        """The display chosen; None for the first one."""
        return self.console_box.console

    def start(self) -> asyncio.Task[Outcome]:
        """Show the window and take the first picture; the task tells how it went."""
        self.show()
        self._tasks.spawn(self.console_box.load(self.session, self.grabber), "displays")
        return self.refresh(report=True)

    def refresh(self, report: bool = True) -> asyncio.Task[Outcome]:
        """Take a new picture, unless one is still coming: then this request joins it.

        `report`: say the outcome in the window's log (live ticks do not).
        """
        coming = self._tasks.get("grab")
        if coming is not None:
            self.skipped_ticks += 1
            self._report_next |= report
            return coming
        self._report_next = report
        return self._tasks.spawn(self._grab(), "grab")

    async def _grab(self) -> Outcome:
        name = self.session.display_name
        start = time.monotonic()
        try:
            frame = await self.grabber.grab(self.console)
        except QmpFailure as failure:
            self._show_error(failure.message)
            return Outcome(
                name,
                translate("ScreendumpViewer", "Screendump"),
                "screendump",
                0.0,
                failure.message,
            )
        outcome = Outcome(
            name,
            translate("ScreendumpViewer", "Screendump"),
            "screendump",
            time.monotonic() - start,
        )
        if self._report_next:
            self.message.emit(Level.INFO, outcome.sentence)
        self.grab_count += 1
        self.live_refresh.frame_taken()
        self.frame = frame
        self.error.hide()
        self._apply_zoom()
        self._update_title()
        self._update_info()
        self._update_actions()
        return outcome

    def _on_session_state(self) -> None:
        self._update_title()
        self._update_send_key()
        since = self.session.info.connected_since
        if self.session.connected and since != self._consoles_for:
            self._consoles_for = since  # a new QEMU may have other displays
            self._tasks.spawn(self.console_box.load(self.session, self.grabber), "displays")

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.message.emit(
            Level.ERROR, translate("ScreendumpViewer", "screendump: {text}").format(text=text)
        )
        if self.live.isChecked():
            self.live.setChecked(False)  # do not repeat a failure every second
        self._update_info()

    # -- live refresh (see LiveRefresh) -------------------------------------------

    @property
    def can_run_live(self) -> bool:
        """True when Live is ticked and the window is on screen."""
        return self.live_refresh.can_run

    def frame_rate(self, now: float | None = None) -> float:
        """Pictures a second lately, while live (see LiveRefresh.frame_rate)."""
        return self.live_refresh.frame_rate(now)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.live_refresh.sync()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.live_refresh.sync()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:
            self.live_refresh.sync()

    # -- zoom -----------------------------------------------------------------------

    def fit_to_window(self) -> None:
        """Zoom so the whole picture fits the window, now and as the window is resized."""
        self.fit = True
        self._apply_zoom()

    def set_zoom(self, zoom: float) -> None:
        """Show the picture at `zoom` (kept between the smallest and the largest step)."""
        self.fit = False
        self.zoom = clamp_zoom(zoom)
        self._apply_zoom()

    def step_zoom(self, direction: int) -> None:
        """Zoom one step in (`direction` > 0) or out."""
        self.set_zoom(next_zoom(self.zoom, direction))

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
        """A file name for the picture shown: the VM's name and when it was taken."""
        stamp = self.frame.capture.taken_at if self.frame else time.time()
        return default_name(self.session.display_name, stamp)

    def metadata(self) -> dict[str, str]:
        """The text chunks a saved PNG carries (see png_metadata)."""
        stamp = self.frame.capture.taken_at if self.frame else time.time()
        return png_metadata(self.session.display_name, self.session.info, stamp)

    def save_as(self) -> None:
        """Ask where, then save the picture as PNG in the background."""
        if self.frame is None:
            return
        folder = self.save_folder or os.path.expanduser("~")
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("ScreendumpViewer", "Save screendump"),
            os.path.join(folder, self.default_name()),
            translate("ScreendumpViewer", "PNG (*.png)"),
        )
        if path:
            if not path.lower().endswith(".png"):
                path += ".png"
            self._tasks.spawn(self.save_to(path))

    async def save_to(self, path: str) -> bool:
        """Save the picture to `path` as PNG with its text chunks; True when saved."""
        if self.frame is None:
            return False
        try:
            await save_png(self.frame.image, path, self.metadata())
        except OSError as err:
            self._show_error(
                translate("ScreendumpViewer", "could not save {path}: {v1}").format(
                    path=path, v1=err.strerror or err
                )
            )
            return False
        self.save_folder = os.path.dirname(path)
        self.folderChosen.emit(self.save_folder)
        self.message.emit(
            Level.INFO,
            translate("ScreendumpViewer", "screendump saved as {path}").format(path=path),
        )
        return True

    def copy(self) -> None:
        """Copy the picture to the clipboard."""
        if self.frame is not None:
            QGuiApplication.clipboard().setImage(self.frame.image)
            self.message.emit(Level.INFO, translate("ScreendumpViewer", "screendump copied"))

    # -- text -------------------------------------------------------------------------

    def _update_title(self) -> None:
        size = ""
        if self.frame is not None:
            size = f" — {self.frame.image.width()}×{self.frame.image.height()}"
        self.setWindowTitle(
            translate("ScreendumpViewer", "{display_name}{size} — Screendump").format(
                display_name=self.session.display_name, size=size
            )
        )

    def _update_info(self) -> None:
        if self.frame is None:
            return
        frame = self.frame
        taken = datetime.datetime.fromtimestamp(frame.capture.taken_at).strftime("%H:%M:%S")
        parts = [
            f"{frame.image.width()}×{frame.image.height()}",
            f"{round(self.zoom * 100)} %{' (fit)' if self.fit else ''}",
            translate("ScreendumpViewer", "taken {taken} in {v1} ({v2})").format(
                taken=taken,
                v1=format_elapsed(frame.capture.elapsed_s),
                v2=frame.capture.fmt.upper(),
            ),
        ]
        if frame.corrected:
            parts.append(
                translate(
                    "ScreendumpViewer", "colours corrected: this QEMU swaps red and blue in PNG"
                )
            )
        if self.live.isChecked() and not self.can_run_live:
            parts.append(translate("ScreendumpViewer", "live paused while hidden"))
        if self.skipped_ticks:
            parts.append(
                translate(
                    "ScreendumpViewer", "{skipped_ticks} refreshes joined the picture still coming"
                ).format(skipped_ticks=self.skipped_ticks)
            )
        self.info.setText(" · ".join(parts))
        self.live_refresh.show_rate()

    def _update_actions(self) -> None:
        have = self.frame is not None
        for action in (self.action_save, self.action_copy):
            action.setEnabled(have)

    # -- closing ----------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.timer.stop()
        for task in self._tasks:  # saves too; unlike TaskSet.cancel(), needs no running loop
            task.cancel()
        super().closeEvent(event)
