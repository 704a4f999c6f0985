"""One place where uncaught exceptions end: a dialog with the details, never a dead window.

The details go to stderr at once. The dialog is not modal and opens from a plain Qt
callback a moment later: an exception can arrive in the middle of the asyncio loop's
pass over its ready callbacks, and a modal dialog's nested event loop opened there
would run the loop's work re-entrantly, out of order. Every VM's work goes on while
the dialog shows.
"""

from __future__ import annotations

import asyncio
import sys
import traceback
from types import TracebackType
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from qmpgui.i18n import translate

#: The dialog on screen, if any: one at a time, the rest reach stderr only.
_shown: QMessageBox | None = None


def show_crash(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Write the traceback to stderr, and show it in the crash dialog (objectName
    crashDialog) unless one is showing already."""
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    sys.stderr.write(details)
    if _shown is not None or QApplication.instance() is None:
        return
    QTimer.singleShot(0, lambda: _open(str(exc), details))


def _open(summary: str, details: str) -> None:
    global _shown
    if _shown is not None:
        return
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        translate("crash", "qmpgui: internal error"),
        translate(
            "crash", "qmpgui hit an internal error and may not work correctly:\n\n{summary}"
        ).format(summary=summary),
    )
    box.setObjectName("crashDialog")
    box.setDetailedText(details)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.NonModal)  # the window stays usable
    box.finished.connect(_closed)
    _shown = box
    box.show()


def _closed() -> None:
    global _shown
    _shown = None


def loop_exception_handler(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
    """The asyncio loop's exception handler: an exception that escaped a task or a
    callback goes to the crash dialog; a context without one to asyncio's own handler."""
    exc = context.get("exception")
    if isinstance(exc, BaseException):
        show_crash(type(exc), exc, exc.__traceback__)
    else:
        loop.default_exception_handler(context)


def install_excepthook() -> None:
    """Send every uncaught exception (sys.excepthook) to the crash dialog."""
    sys.excepthook = show_crash
