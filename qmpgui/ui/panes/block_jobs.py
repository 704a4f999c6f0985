"""The Block jobs pane (`blockJobsView`): the current VM's running jobs (stream,
mirror, commit, backup, ...) with a progress bar, and the jobs that ended with their
outcome in words until dismissed; Pause, Resume, Cancel (asked first), Complete (a
mirror or commit that is ready) and Set speed act on the selected job.

The jobs follow their events at once; while a job runs and the pane is on screen,
they are asked twice a second besides, so that the bar moves."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QInputDialog,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolBar,
    QWidget,
)

from qmpgui.i18n import translate
from qmpgui.models.block_jobs_model import ENDED, PROGRESS_COLUMN, BlockJobsModel
from qmpgui.qmp.block_jobs import Job
from qmpgui.session import VmSession
from qmpgui.session.block_jobs import BLOCK_JOBS, act_on_job, job_watch
from qmpgui.ui.busy_work import BusyWork
from qmpgui.ui.confirm import ConfirmDialog
from qmpgui.ui.panes.inspect import InspectPane
from qmpgui.ui.panes.registry import PaneContext

#: The least width of a progress bar, in pixels: wide enough to see it move.
BAR_WIDTH = 120
#: How often the jobs are asked while one runs and the pane shows (milliseconds).
FOLLOW_MS = 500


class ProgressDelegate(QStyledItemDelegate):
    """Draws a Progress cell ("42%") as a bar: the done part in the palette's highlight,
    the rest in its midlight, the percentage over both in the colour that reads on
    each. Painted here, not by the style: a style's bar is too thin for a table's row
    and its chunk vanishes under a selected row's highlight."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        text = str(index.data() or "")
        if not text.endswith("%"):
            super().paint(painter, option, index)
            return
        palette = option.palette
        rect = option.rect.adjusted(2, 2, -2, -2)
        done = QRect(rect)
        done.setWidth(round(rect.width() * min(100.0, float(text[:-1] or 0)) / 100))
        painter.save()
        painter.fillRect(rect, palette.color(QPalette.ColorRole.Midlight))
        painter.fillRect(done, palette.color(QPalette.ColorRole.Highlight))
        centre = Qt.AlignmentFlag.AlignCenter
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(rect, centre, text)
        painter.setClipRect(done)
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
        painter.drawText(rect, centre, text)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), BAR_WIDTH), hint.height())


class BlockJobsPane(InspectPane):
    """The running and ended jobs of the current VM; the buttons act on the selected."""

    topics = frozenset({BLOCK_JOBS})

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        self.jobs_model = BlockJobsModel()
        super().__init__(
            context,
            self.jobs_model,
            "blockJobsView",
            translate("BlockJobsPane", "Block jobs"),
            parent,
            expand_new=False,
        )
        self.setObjectName("blockJobsPane")
        self.view.setItemDelegateForColumn(PROGRESS_COLUMN, ProgressDelegate(self.view))
        self.toolbar = QToolBar(translate("BlockJobsPane", "Block jobs"))
        self.toolbar.setObjectName("blockJobsToolBar")
        self._buttons: dict[str, QPushButton] = {}
        self._button("pause", translate("BlockJobsPane", "Pa&use"), lambda: self._act("pause"))
        self._button("resume", translate("BlockJobsPane", "R&esume"), lambda: self._act("resume"))
        self._button("cancel", translate("BlockJobsPane", "Cancel…"), self.cancel)
        self._button(
            "complete", translate("BlockJobsPane", "Complete"), lambda: self._act("complete")
        )
        self._button("set-speed", translate("BlockJobsPane", "Set spee&d…"), self.set_speed)
        self._button("dismiss", translate("BlockJobsPane", "Dismiss"), self.dismiss)
        self.layout_.insertWidget(0, self.toolbar)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self._work = BusyWork(self._update_buttons)
        self._follow = QTimer(self)
        self._follow.setInterval(FOLLOW_MS)
        self._follow.timeout.connect(self._ask_again)
        self._update_buttons()

    def _button(self, key: str, text: str, slot: Callable[[], None]) -> None:
        button = QPushButton(text)
        button.setObjectName(f"job{key.title().replace('-', '')}Button")
        button.clicked.connect(slot)
        self.toolbar.addWidget(button)
        self._buttons[key] = button

    def button(self, key: str) -> QPushButton:
        """The button of `key`: pause, resume, cancel, complete, set-speed, dismiss."""
        return self._buttons[key]

    # -- what is selected, and what can be done ---------------------------------------

    def selected_job(self) -> Job | None:
        """The running job of the selected row, or None."""
        node = self.model.node(self.view.currentIndex())
        if node is None or isinstance(node.key, tuple):
            return None
        return self.jobs_model.job(str(node.key))

    def selected_ended(self) -> str | None:
        """The id of the ended job of the selected row, or None."""
        node = self.model.node(self.view.currentIndex())
        if node is None or not isinstance(node.key, tuple) or node.key[0] != ENDED:
            return None
        return str(node.key[1])

    def _update_buttons(self) -> None:
        session, job = self.session, self.selected_job()
        ready = (
            session is not None and session.connected and not self._work.busy and job is not None
        )
        paused = job is not None and bool(job.paused)
        self._buttons["pause"].setEnabled(ready and not paused)
        self._buttons["resume"].setEnabled(ready and paused)
        self._buttons["cancel"].setEnabled(ready)
        self._buttons["complete"].setEnabled(ready and job is not None and job.completes)
        self._buttons["set-speed"].setEnabled(ready and job is not None and job.block)
        self._buttons["dismiss"].setEnabled(self.selected_ended() is not None)
        self._buttons["complete"].setToolTip(
            translate("BlockJobsPane", "Switch to the target and end the job (block-job-complete)")
            if job is not None and job.completes
            else translate(
                "BlockJobsPane", "Only a mirror or commit job that is ready can be completed"
            )
        )

    def refresh(self) -> None:
        super().refresh()
        self._select_first()
        self._update_buttons()
        self._follow_jobs()

    def _select_first(self) -> None:
        """With jobs listed and none selected, select the first, so that the buttons
        act at once; a row the user selected stays."""
        if self.view.currentIndex().isValid() or self.model.rowCount() == 0:
            return
        self.view.setCurrentIndex(self.model.index(0, 0))

    def current_changed(self, session: VmSession | None) -> None:
        if session is not None:
            job_watch(session)  # its ended jobs, and the console's block commands
        super().current_changed(session)

    def _follow_jobs(self) -> None:
        # Events say when a job starts, pauses and ends, not how far it has gone.
        running = bool(self.jobs_model.jobs) and self.isVisible()
        if running and not self._follow.isActive():
            self._follow.start()
        elif not running:
            self._follow.stop()

    def _ask_again(self) -> None:
        session = self.session
        if session is None or not self.isVisible() or not self.jobs_model.jobs:
            self._follow.stop()
            return
        session.request_refresh(frozenset({BLOCK_JOBS}))

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._follow_jobs()

    def hideEvent(self, event: Any) -> None:
        super().hideEvent(event)
        self._follow.stop()

    # -- the work -----------------------------------------------------------------

    def cancel(self) -> None:
        """Ask, then cancel the selected job."""
        session, job = self.session, self.selected_job()
        if session is None or job is None:
            return
        answer = ConfirmDialog.ask(
            self,
            translate("BlockJobsPane", "Cancel job"),
            translate("BlockJobsPane", "Cancel the {v0} job {id} on {display_name}?").format(
                v0=job.type or "block", id=job.id, display_name=session.display_name
            ),
            [],
            detail=translate(
                "BlockJobsPane",
                "What it has copied so far stays; the rest is not done. A mirror that is ready ends without switching to its target.",
            ),
            accept_text=translate("BlockJobsPane", "Cancel job"),
            cancel_text=translate("BlockJobsPane", "Keep running"),
            offer_dont_ask=False,
        )
        if answer.confirmed:
            self._act("cancel")

    def set_speed(self) -> None:
        """Ask for a speed limit in MiB/s (0: none) and set it on the selected job."""
        session, job = self.session, self.selected_job()
        if session is None or job is None:
            return
        current = (job.speed or 0) / (1 << 20)
        value, ok = QInputDialog.getDouble(
            self,
            translate("BlockJobsPane", "Set job speed"),
            translate("BlockJobsPane", "Speed limit of {id} in MiB/s (0 for none):").format(
                id=job.id
            ),
            current,
            0.0,
            1 << 20,
            2,
        )
        if ok:
            self._act("set-speed", int(value * (1 << 20)))

    def dismiss(self) -> None:
        """Stop showing the selected ended job."""
        session, ended = self.session, self.selected_ended()
        if session is not None and ended is not None:
            job_watch(session).dismiss(ended)

    def _act(self, action: str, speed: int = 0) -> None:
        session, job = self.session, self.selected_job()
        if session is not None and job is not None:
            self._work.run(act_on_job(session, job, action, speed), "block-jobs")

    async def aclose(self) -> None:
        """End a command being sent."""
        await self._work.aclose()
