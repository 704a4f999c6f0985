"""The batch runner's results: a list of the commands run, and below it the chosen
one's exchange (what was sent, QEMU's whole reply), on demand.

The reply is formatted off the UI thread: a step's reply can be the 200 KB
schema. A newer choice cancels the formatting of an older one.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QAbstractItemView, QListView, QPlainTextEdit, QSplitter, QWidget

from qmpgui.i18n import translate
from qmpgui.models.batch_results import RESULT_ROLE, BatchResultsModel, reply_text
from qmpgui.qmp.batch import StepResult
from qmpgui.ui.json_text import JsonHighlighter

#: Result rows shown; the runner keeps every result for export.
SHOWN_RESULTS = 5000


class BatchResultsView(QSplitter):
    """The results list (`batchResults`) above the chosen result's exchange
    (`batchReply`); `spawn` runs the formatting task (the console host's)."""

    def __init__(
        self,
        spawn: Callable[[Coroutine[Any, Any, Any]], asyncio.Task[Any]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self._spawn = spawn
        self._showing: asyncio.Task[Any] | None = None
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.model = BatchResultsModel(SHOWN_RESULTS, self)
        self.list = QListView()
        self.list.setObjectName("batchResults")
        self.list.setAccessibleName(translate("BatchResultsView", "Batch results"))
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)  # no per-row measuring: thousands come a second
        self.list.setFont(fixed)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setToolTip(
            translate("BatchResultsView", "Choose a result to see what was sent and QEMU's reply")
        )
        self.reply = QPlainTextEdit()
        self.reply.setObjectName("batchReply")
        self.reply.setAccessibleName(translate("BatchResultsView", "The chosen result's exchange"))
        self.reply.setReadOnly(True)
        self.reply.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.reply.setFont(fixed)
        self.reply.setPlaceholderText(
            translate("BatchResultsView", "Choose a result to see what was sent and QEMU's reply.")
        )
        self.highlighter = JsonHighlighter(self.reply.document())
        self.addWidget(self.list)
        self.addWidget(self.reply)
        self.setSizes([200, 200])
        self.list.selectionModel().currentRowChanged.connect(self._chosen)

    def add(self, results: list[StepResult]) -> None:
        """Show `results` below the others; the list follows them while at its end."""
        bar = self.list.verticalScrollBar()
        following = bar.value() == bar.maximum()
        self.model.add(results)
        if following:
            self.list.scrollToBottom()

    def clear(self) -> None:
        """No results, no reply shown."""
        self._cancel()
        self.model.clear()
        self.reply.clear()

    def choose(self, row: int) -> None:
        """Make `row` the current result, as a click does."""
        self.list.setCurrentIndex(self.model.index(row, 0))

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._cancel()
        result = current.data(RESULT_ROLE) if current.isValid() else None
        if not isinstance(result, StepResult):
            self.reply.clear()
            return
        self._showing = self._spawn(self._show(result))

    async def _show(self, result: StepResult) -> None:
        loop = asyncio.get_running_loop()
        text = await loop.run_in_executor(None, reply_text, result)
        self.reply.setPlainText(text)

    def _cancel(self) -> None:
        if self._showing is not None and not self._showing.done():
            self._showing.cancel()
        self._showing = None
