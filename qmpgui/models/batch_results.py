"""The batch runner's results as a list: one row per command run, newest last.

A run can give thousands of results a second: they arrive in batches (one
insert each), and only the newest `limit` stay in the list (the runner keeps
them all for export). Each row reads `#1 line 3 query-status: ok 0.52 ms`; a
failed one is in the error tone. `reply_text()` is what a chosen row's whole
exchange shows: the message sent and QEMU's reply.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from qmpgui.i18n import translate
from qmpgui.models.palette import Tone, brush
from qmpgui.qmp.batch import StepResult
from qmpgui.qmp.errors import QmpFailure
from qmpgui.qmp.hmp import command_line
from qmpgui.qmp.secrets import mask_arguments

#: The StepResult of a row.
RESULT_ROLE = Qt.ItemDataRole.UserRole + 1
#: Rows the list keeps by default; older ones go as new ones come.
DEFAULT_LIMIT = 5000
#: A reply shown longer than this many lines is cut (Export results… writes it whole).
REPLY_LINES = 2000

_Index = QModelIndex | QPersistentModelIndex


def result_line(result: StepResult) -> str:
    """One result as a line: run, script line, command, and `ok` with the round trip
    in milliseconds or the error class and description."""
    if result.ok:
        outcome = translate("batch_results", "ok {v0:.2f} ms").format(
            v0=result.elapsed_s * 1000
        ) + (f"; {result.note}" if result.note else "")
    else:
        outcome = f"{result.error_class}: {result.error}"
    return translate("batch_results", "#{iteration} line {line} {name}: {outcome}").format(
        iteration=result.iteration, line=result.line, name=result.name, outcome=outcome
    )


def reply_text(result: StepResult, max_lines: int = REPLY_LINES) -> str:
    """A result's exchange for people: QEMU's reply, `{"return": ...}` or `{"error":
    {"class", "desc"}}` as QEMU wrote it, an HMP command's output as text, or why
    there was none (at most `max_lines` lines of it); then the message as sent,
    passwords masked, as indented JSON. Never raises."""
    message: dict[str, Any] = dict(result.message) or {"execute": result.command}
    if "arguments" in message:
        message["arguments"] = mask_arguments(result.command, result.arguments)
    echo = {"id": message["id"]} if "id" in message else {}
    if not result.replied:
        reply = result.note or translate("batch_results", "no reply")
    elif isinstance(result.reply, str) and command_line(result.command, result.arguments):
        reply = result.reply  # HMP's output is text, shown as QEMU wrote it (failures too)
    elif result.ok:
        reply = _json({"return": result.reply, **echo})
    elif result.error_class in _FAILURES:
        reply = translate("batch_results", "no reply: {error}").format(error=result.error)
    else:
        reply = _json({"error": {"class": result.error_class or "", "desc": result.error}, **echo})
    lines = reply.splitlines()
    if len(lines) > max_lines:
        more = len(lines) - max_lines
        reply = "\n".join(
            [*lines[:max_lines], f"… {more:,} more lines: Export results… has them all"]
        )
    state = "ok" if result.ok else "failed"
    return translate(
        "batch_results",
        "Reply ({state}, {v1:.2f} ms) to line {line}, run {iteration}:\n{reply}\n\nSent:\n{v5}\n",
    ).format(
        state=state,
        v1=result.elapsed_s * 1000,
        line=result.line,
        iteration=result.iteration,
        reply=reply,
        v5=_json(message),
    )


def _subclasses(cls: type[QmpFailure]) -> set[str]:
    return {cls.__name__}.union(*(_subclasses(sub) for sub in cls.__subclasses__()))


#: The error classes of failures that are qmpgui's own (a timeout, a lost connection):
#: no reply came (StepResult.error_class).
_FAILURES = frozenset(_subclasses(QmpFailure))


def _json(value: object) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False, default=str)


class BatchResultsModel(QAbstractListModel):
    """The newest `limit` StepResults (at least 1), oldest first, one row each.

    DisplayRole: result_line(); ForegroundRole: the error tone's brush for a failure;
    RESULT_ROLE: the StepResult.
    """

    def __init__(self, limit: int = DEFAULT_LIMIT, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.limit = max(1, limit)
        self._results: list[StepResult] = []

    def add(self, results: list[StepResult]) -> None:
        """Append `results` with one insert, then drop the oldest beyond the limit with
        one removal."""
        results = results[-self.limit :]
        if not results:
            return
        count = len(self._results)
        self.beginInsertRows(QModelIndex(), count, count + len(results) - 1)
        self._results.extend(results)
        self.endInsertRows()
        excess = len(self._results) - self.limit
        if excess > 0:
            self.beginRemoveRows(QModelIndex(), 0, excess - 1)
            del self._results[:excess]
            self.endRemoveRows()

    def clear(self) -> None:
        """No rows."""
        self.beginResetModel()
        self._results = []
        self.endResetModel()

    def result(self, row: int) -> StepResult:
        """The StepResult of `row`; IndexError past the last row."""
        return self._results[row]

    def lines(self) -> list[str]:
        """Every row's text, oldest first."""
        return [result_line(r) for r in self._results]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Qt's rowCount(): the results shown."""
        return 0 if parent.isValid() else len(self._results)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt's data(): see the class docstring."""
        if not index.isValid() or not 0 <= index.row() < len(self._results):
            return None
        result = self._results[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return result_line(result)
        if role == Qt.ItemDataRole.ForegroundRole:
            return None if result.ok else brush(Tone.ERROR)
        if role == RESULT_ROLE:
            return result
        return None
