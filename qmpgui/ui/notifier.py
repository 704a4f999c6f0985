"""Desktop notifications for what needs a person: a guest panic, an I/O error, a
watchdog, a connection lost without being asked (not one QEMU ended in order, after
saying SHUTDOWN: that is logged as "exited", no alarm).

A system tray message where the desktop has a tray, else the status bar.
A storm (BLOCK_IO_ERROR can come thousands of times a second) gives one
notification per VM and kind every QUIET_S seconds, counting the rest.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from qmpgui.log.entry import ALARMING_EVENTS, LogEntry, LogKind

QUIET_S = 10.0


def alarming(entry: LogEntry) -> bool:
    if entry.kind is LogKind.EVENT:
        return entry.name in ALARMING_EVENTS
    return entry.kind is LogKind.CONNECTION and entry.name == "lost"


class Notifier:
    def __init__(
        self,
        parent: QWidget,
        icon: QIcon,
        status: Callable[[str], None],
        *,
        use_tray: bool | None = None,
    ) -> None:
        self._status = status
        available = QSystemTrayIcon.isSystemTrayAvailable() if use_tray is None else use_tray
        self.tray: QSystemTrayIcon | None = None
        if available:
            self.tray = QSystemTrayIcon(icon, parent)
            self.tray.setObjectName("trayIcon")
            self.tray.setToolTip("qmpgui")
            self.tray.show()
        self._last: dict[tuple[str, str], float] = {}
        self._held: dict[tuple[str, str], int] = {}
        #: Notifications given, newest last: (title, text).
        self.shown: list[tuple[str, str]] = []

    def consider(self, entry: LogEntry, now: float | None = None) -> None:
        if not alarming(entry):
            return
        key = (entry.vm_key, entry.name)  # one VM whatever it was called
        moment = time.monotonic() if now is None else now
        last = self._last.get(key)
        if last is not None and moment - last < QUIET_S:
            self._held[key] = self._held.get(key, 0) + 1
            return
        self._last[key] = moment
        more = self._held.pop(key, 0)
        what = "connection lost" if entry.kind is LogKind.CONNECTION else entry.name
        title = f"{entry.vm}: {what}"
        # The summary of a loss often starts with the same words: say them once.
        text = entry.summary.removeprefix(f"{what}: ")
        if more:
            text += f" (and {more} more since the last notice)"
        self.notify(title, text)

    def notify(self, title: str, text: str) -> None:
        self.shown.append((title, text))
        del self.shown[:-100]
        if self.tray is not None:
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Warning, 10_000)
        else:
            self._status(f"{title} — {text}")
