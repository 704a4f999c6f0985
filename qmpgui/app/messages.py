"""The one path every message to the user takes: the status bar, the banner for what
must not scroll away, the event log (as an "app" entry), and a bounded history."""

from __future__ import annotations

import collections
import time
from collections.abc import Callable
from typing import Protocol

from PySide6.QtWidgets import QStatusBar

from qmpgui.log.entry import Level, LogEntry, LogKind
from qmpgui.ui.banner import Banner

#: Messages kept; the newest is also in the status bar.
MESSAGE_HISTORY = 1000
#: How long an INFO message stays in the status bar (ms); warnings and errors stay.
INFO_MESSAGE_MS = 10_000
_PREFIXES = {Level.ERROR: "Error: ", Level.WARNING: "Warning: "}


class Say(Protocol):
    """The message path's `say`, as the parts of the window that speak receive it."""

    def __call__(
        self, level: Level, text: str, *, banner: bool = False, log: bool = True
    ) -> None: ...


class MessagePath:
    """Says messages; `history` holds (wall-clock seconds, Level, text), newest last."""

    def __init__(self, status_bar: QStatusBar, banner: Banner) -> None:
        self._status_bar = status_bar
        self._banner = banner
        self._log: Callable[[LogEntry], None] = lambda _entry: None
        self.history: collections.deque[tuple[float, Level, str]] = collections.deque(
            maxlen=MESSAGE_HISTORY
        )

    def log_to(self, log: Callable[[LogEntry], None]) -> None:
        """Keep messages in the event log through `log` from now on (the log hub's add)."""
        self._log = log

    def say(self, level: Level, text: str, *, banner: bool = False, log: bool = True) -> None:
        """Say `text` in the status bar (and the banner); `log`: keep it in the event log
        too (a VM's own messages reach the log as its entries)."""
        now = time.time()
        self.history.append((now, level, text))
        if log:
            self._log(LogEntry(now, "", LogKind.APP, "message", text, {}, level))
        prefix = _PREFIXES.get(level, "")
        self._status_bar.showMessage(prefix + text, INFO_MESSAGE_MS if level is Level.INFO else 0)
        if banner:
            self._banner.add(prefix + text)

    def notice(self, text: str) -> None:
        """A notification where the desktop has no tray: the status bar, and kept there."""
        self._status_bar.showMessage(f"Attention: {text}")
