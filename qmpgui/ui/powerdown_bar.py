"""A strip above the panes with one row per power-down in progress and its countdown."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from qmpgui.i18n import translate
from qmpgui.log.entry import Level
from qmpgui.models.palette import Tone
from qmpgui.session.powerdown import PowerdownWatch, WatchState
from qmpgui.ui.styles import fill_style, set_style

#: How long a finished row stays before it goes away by itself.
DONE_ROW_MS = 8000

_LEVELS = {
    WatchState.DONE: Level.INFO,
    WatchState.TIMED_OUT: Level.WARNING,
    WatchState.FAILED: Level.ERROR,
}


class PowerdownRow(QWidget):
    """One VM's power-down. Its own slots receive the watch's signal, so a deleted row
    is never called."""

    #: (Level, str, VmSession) when the watch reaches an outcome worth a message: the
    #: text without the VM's name, and the VM it is about.
    ended = Signal(object, str, object)
    #: Force off pressed.
    forceOff = Signal(object)
    #: The row wants to go (Dismiss, or some seconds after DONE).
    closing = Signal()

    def __init__(self, watch: PowerdownWatch) -> None:
        super().__init__()
        self.setObjectName("powerdownRow")
        self.watch = watch
        self._reported: tuple[WatchState, str] | None = None
        self.label = QLabel()
        self.label.setObjectName("powerdownText")
        self.force = QPushButton(translate("PowerdownRow", "Force &off"))
        self.force.setObjectName("powerdownForceOff")
        self.force.setToolTip(
            translate(
                "PowerdownRow", "Quit QEMU now: like pulling the plug, unsaved guest data is lost"
            )
        )
        self.wait_more = QPushButton(translate("PowerdownRow", "Keep &waiting"))
        self.wait_more.setObjectName("powerdownKeepWaiting")
        self.dismiss = QPushButton(translate("PowerdownRow", "Stop waiting"))
        self.dismiss.setObjectName("powerdownDismiss")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(self.label, 1)
        for button in (self.force, self.wait_more, self.dismiss):
            layout.addWidget(button)
        self.force.clicked.connect(lambda: self.forceOff.emit(self.watch))
        self.wait_more.clicked.connect(self.watch.keep_waiting)
        self.dismiss.clicked.connect(self._dismiss)
        watch.changed.connect(self.update_row)
        self.update_row()

    def update_row(self) -> None:
        watch = self.watch
        state = watch.state
        if state is WatchState.ASKING:
            text = translate("PowerdownRow", "asking the guest to power down…")
        elif state is WatchState.WAITING:
            left = math.ceil(watch.remaining_s())
            text = translate(
                "PowerdownRow",
                "power down asked; waiting for the guest to shut down — {left} s left",
            ).format(left=left)
        elif state is WatchState.TIMED_OUT:
            text = translate(
                "PowerdownRow", "{detail}. It may ignore the power button: force it off?"
            ).format(detail=watch.detail)
        elif state is WatchState.DONE and watch.forced:
            text = translate(
                "PowerdownRow", "{detail}: the guest had no chance to shut down cleanly"
            ).format(detail=watch.detail)
        elif state is WatchState.DONE:
            text = translate("PowerdownRow", "powered off — {detail}").format(detail=watch.detail)
        elif state is WatchState.FAILED:
            text = translate("PowerdownRow", "power down failed: {detail}").format(
                detail=watch.detail
            )
        else:
            text = watch.detail
        self.label.setText(f"{watch.session.display_name}: {text}")
        self.force.setVisible(state in (WatchState.WAITING, WatchState.TIMED_OUT))
        self.wait_more.setVisible(state is WatchState.TIMED_OUT)
        self.dismiss.setText(
            translate("PowerdownRow", "Stop waiting")
            if watch.active
            else translate("PowerdownRow", "Dismiss")
        )
        if state in _LEVELS and self._reported != (state, watch.detail):
            self._reported = (state, watch.detail)
            self.ended.emit(_LEVELS[state], text, watch.session)
            if state is WatchState.DONE:
                QTimer.singleShot(DONE_ROW_MS, self, self.closing.emit)

    def _dismiss(self) -> None:
        self.watch.cancel()
        self.closing.emit()


class PowerdownBar(QWidget):
    """Rows of power-downs; hidden when there are none."""

    #: (Level, str, VmSession) for the window's message path: a message about that VM.
    message = Signal(object, str, object)
    #: Force off pressed (a PowerdownWatch): the window confirms, then quits QEMU.
    forceOffRequested = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("powerdownBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        set_style(self, lambda: fill_style("#powerdownBar", Tone.NOTE_BACKGROUND, Tone.NOTE_BORDER))
        self.rows: list[PowerdownRow] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self.hide()

    def add(self, watch: PowerdownWatch) -> PowerdownRow:
        for row in list(self.rows):
            if row.watch.session is watch.session:
                self._remove(row)  # a new request replaces the old row of that VM
        row = PowerdownRow(watch)
        row.ended.connect(self.message)
        row.forceOff.connect(self.forceOffRequested)
        row.closing.connect(lambda: self._remove(row))  # the row is the sender: safe
        self.rows.append(row)
        self._layout.addWidget(row)
        self.show()
        return row

    def _remove(self, row: PowerdownRow) -> None:
        if row in self.rows:
            self.rows.remove(row)
            row.watch.cancel()
            row.deleteLater()
            if not self.rows:
                self.hide()
