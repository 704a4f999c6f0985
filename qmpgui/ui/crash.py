"""One place where uncaught exceptions end: a dialog with the details, never a dead window."""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

_showing = False


def show_crash(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    global _showing
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    sys.stderr.write(details)
    if _showing or QApplication.instance() is None:
        return  # one dialog at a time; the rest still reach stderr
    _showing = True
    try:
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            "qmpgui: internal error",
            f"qmpgui hit an internal error and may not work correctly:\n\n{exc}",
        )
        box.setObjectName("crashDialog")
        box.setDetailedText(details)
        box.exec()
    finally:
        _showing = False


def install_excepthook() -> None:
    sys.excepthook = show_crash
