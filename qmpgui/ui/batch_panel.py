"""The console's batch runner: a script of commands, run once or N times.

The script is checked whole before anything is sent. Results are shown a
frame at a time (a run can produce thousands a second) in a bounded list where
choosing one shows what was sent and QEMU's reply (ui.batch_results); all are
kept for export as JSON Lines, and every command also lands in the event log.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from qmpgui.i18n import marked, translate
from qmpgui.models.palette import Tone
from qmpgui.qmp.batch import (
    ScriptError,
    Step,
    StepResult,
    Summary,
    check_oob,
    parse_script,
    run_script,
)
from qmpgui.qmp.risk import dangerous_parts
from qmpgui.session import VmSession
from qmpgui.session.console import send_message
from qmpgui.ui.batch_results import BatchResultsView
from qmpgui.ui.files import write_text
from qmpgui.ui.styles import set_tone

EXAMPLE = marked(
    "batch_panel",
    "# one command per line: JSON, shorthand, or hmp and an HMP line\nquery-status\nsleep 0.5\nhmp info block\n# a transaction: one action per line, sent as one command\ntransaction(\nblock-dirty-bitmap-add node=disk0 name=b0\n)\n",
)


class BatchPanel(QWidget):
    #: The run's summary sentence, for the transcript.
    finished = Signal(str)

    def __init__(
        self,
        session: VmSession,
        spawn: Callable[[Coroutine[Any, Any, Any]], asyncio.Task[Any]],
        ask_destructive: Callable[[str, str, list[str], str, str], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("batchPanel")
        self.session = session
        self._spawn = spawn
        self._ask = ask_destructive
        self.results: list[StepResult] = []
        self.summary: Summary | None = None
        self._task: asyncio.Task[Any] | None = None
        self._pending: list[StepResult] = []
        self._build()

    def _build(self) -> None:
        self.script = QPlainTextEdit()
        self.script.setObjectName("batchScript")
        self.script.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.script.setPlaceholderText(translate("batch_panel", EXAMPLE))
        self.load_button = QPushButton(translate("BatchPanel", "Load…"))
        self.load_button.setObjectName("batchLoad")
        self.repeat = QSpinBox()
        self.repeat.setObjectName("batchRepeat")
        self.repeat.setRange(1, 1_000_000)
        self.repeat.setSuffix(" ×")
        self.delay = QDoubleSpinBox()
        self.delay.setObjectName("batchDelay")
        self.delay.setRange(0, 3600)
        self.delay.setDecimals(2)
        self.delay.setSuffix(translate("BatchPanel", " s"))
        self.keep_going = QCheckBox(translate("BatchPanel", "Keep going after an error"))
        self.keep_going.setObjectName("batchKeepGoing")
        self.run_button = QPushButton(translate("BatchPanel", "Run"))
        self.run_button.setObjectName("batchRun")
        self.cancel_button = QPushButton(translate("BatchPanel", "Cancel"))
        self.cancel_button.setObjectName("batchCancel")
        self.cancel_button.setEnabled(False)
        self.export_button = QPushButton(translate("BatchPanel", "Export results…"))
        self.export_button.setObjectName("batchExport")
        self.export_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setObjectName("batchProgress")
        self.progress.setValue(0)
        self.summary_label = QLabel(translate("BatchPanel", "Not run yet"))
        self.summary_label.setObjectName("batchSummary")
        self.summary_label.setWordWrap(True)
        self.output = BatchResultsView(self._spawn)
        self._lay_out()
        self._flush_timer = QTimer(self)
        self._flush_timer.setInterval(50)
        self._flush_timer.timeout.connect(self._flush)
        self.load_button.clicked.connect(self._load)
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)
        self.export_button.clicked.connect(self._export)

    def _lay_out(self) -> None:
        # One row for how often: the height goes to the script and the results.
        form = QHBoxLayout()
        for label, box in (
            (translate("BatchPanel", "Times:"), self.repeat),
            (translate("BatchPanel", "Delay between runs:"), self.delay),
        ):
            name = QLabel(label)
            name.setBuddy(box)  # the label names the box to screen readers
            form.addWidget(name)
            form.addWidget(box, 1)
        buttons = QHBoxLayout()
        for button in (self.run_button, self.cancel_button, self.export_button):
            buttons.addWidget(button)
        script_part = QWidget()
        layout = QVBoxLayout(script_part)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("BatchPanel", "<b>Batch script</b>")))
        top.addStretch(1)
        top.addWidget(self.load_button)
        layout.addLayout(top)
        layout.addWidget(self.script, 1)
        layout.addLayout(form)
        layout.addWidget(self.keep_going)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary_label)
        # The script and the results share the height as the user drags it.
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(script_part)
        split.addWidget(self.output)
        split.setStretchFactor(1, 2)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 0, 0, 0)
        outer.addWidget(split)

    # -- running ---------------------------------------------------------------------

    def run(self) -> None:
        if self._task is not None:
            return
        # Whatever follows (a question, a script that does not parse), the last run's
        # progress is no longer this one's.
        self.progress.setValue(0)
        try:
            steps = parse_script(self.script.toPlainText())
        except ScriptError as err:
            self._say(translate("BatchPanel", "Nothing sent: {err}").format(err=err), error=True)
            return
        conn = self.session.connection
        if conn is None or not self.session.connected:
            self._say(
                translate("BatchPanel", "Nothing sent: {display_name} is not connected").format(
                    display_name=self.session.display_name
                ),
                error=True,
            )
            return
        try:
            check_oob(steps, conn.oob)
        except ScriptError as err:
            self._say(translate("BatchPanel", "Nothing sent: {err}").format(err=err), error=True)
            return
        dangerous = sorted(
            {
                part
                for s in steps
                if s.request
                for part in dangerous_parts(s.request.command, s.request.arguments)
            }
        )
        if dangerous and not self._ask(
            translate("BatchPanel", "Dangerous commands"),
            translate("BatchPanel", "Run a script with dangerous commands on this VM?"),
            [self.session.display_name],
            translate("BatchPanel", "The script sends ") + ", ".join(dangerous) + ".",
            translate("BatchPanel", "Run"),
        ):
            self._say(translate("BatchPanel", "Nothing sent: cancelled"), error=True)
            return
        commands = sum(1 for s in steps if s.request is not None)
        self.results = []
        self.summary = None
        self.output.clear()
        self.progress.setRange(0, commands * self.repeat.value())
        self.progress.setValue(0)
        self._say(
            translate("BatchPanel", "Running {commands} commands × {v1}…").format(
                commands=commands, v1=self.repeat.value()
            )
        )
        self._set_running(True)
        self._task = self._spawn(self._run(steps))

    async def _run(self, steps: list[Step]) -> None:
        summary: Summary | None = None
        cancelled = False
        try:
            summary = await run_script(
                self._exchange,
                steps,
                repeat=self.repeat.value(),
                delay_s=self.delay.value(),
                keep_going=self.keep_going.isChecked(),
                on_result=self._on_result,
            )
        except asyncio.CancelledError:
            cancelled = True
        finally:
            self._task = None
            self._set_running(False)
            self._flush()
        if summary is None:
            summary = Summary()
            for result in self.results:
                summary.add(result)
        self.summary = summary
        text = translate("BatchPanel", "Batch on {display_name}: {text}").format(
            display_name=self.session.display_name, text=summary.text
        ) + (translate("BatchPanel", "; cancelled") if cancelled else "")
        self._say(text, error=summary.unsuccessful > 0 or cancelled)
        self.finished.emit(text)
        if cancelled:
            raise asyncio.CancelledError

    async def _exchange(self, message: dict[str, Any]) -> dict[str, Any]:
        """Sent as written; `quit` in a script ends QEMU as asked: no reconnecting."""
        return await send_message(
            self.session, message, translate("BatchPanel", "quit in a batch script")
        )

    def _on_result(self, result: StepResult) -> None:
        self.results.append(result)
        self.session.report_command(
            "",
            result.command,
            result.arguments,
            result.elapsed_s,
            error=result.error_words,
            error_class=result.error_class,
            note=result.note,
            quiet=True,
        )
        self._pending.append(result)
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def _flush(self) -> None:
        """Show the results of the last frame at once."""
        self._flush_timer.stop()
        if self._pending:
            self.output.add(self._pending)
            self._pending = []
        self.progress.setValue(min(len(self.results), self.progress.maximum()))

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _set_running(self, running: bool) -> None:
        self.run_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.script.setReadOnly(running)
        self.export_button.setEnabled(not running and bool(self.results))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.summary_label.setText(text)
        set_tone(self.summary_label, Tone.ERROR if error else None)

    # -- files --------------------------------------------------------------------------

    def _load(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            translate("BatchPanel", "Load script"),
            "",
            translate("BatchPanel", "Scripts (*.qmp *.txt *.jsonl);;All files (*)"),
        )
        if path:
            self._spawn(self._read(Path(path)))

    async def _read(self, path: Path) -> None:
        loop = asyncio.get_running_loop()
        try:
            text = await loop.run_in_executor(None, path.read_text, "utf-8")
        except (OSError, UnicodeDecodeError) as err:
            self._say(
                translate("BatchPanel", "could not read {path}: {v1}").format(
                    path=path, v1=getattr(err, "strerror", None) or err
                ),
                error=True,
            )
            return
        self.script.setPlainText(text)
        self._say(translate("BatchPanel", "Loaded {name}").format(name=path.name))

    def records_text(self) -> str:
        """The results as JSON Lines, secrets masked (StepResult.record())."""
        return "".join(json.dumps(r.record(), ensure_ascii=False) + "\n" for r in self.results)

    def _export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            translate("BatchPanel", "Export results"),
            f"{self.session.display_name}-batch.jsonl",
            translate("BatchPanel", "JSON Lines (*.jsonl)"),
        )
        if path:
            self._spawn(self._write(Path(path), self.records_text()))

    async def _write(self, path: Path, text: str) -> None:
        problem = await write_text(path, text)
        if problem is not None:
            self._say(
                translate("BatchPanel", "could not export to {path}: {problem}").format(
                    path=path, problem=problem
                ),
                error=True,
            )
        else:
            self._say(
                translate("BatchPanel", "Exported {v0} results to {path}").format(
                    v0=len(self.results), path=path
                )
            )
