"""The one path every message to the user takes: the status bar, the banner for what
must not scroll away, the event log (as an "app" entry), and a bounded history.

A message about one VM names it: in the status bar by its name, in the log as an entry
of that VM (its endpoint), so that filtering the log by the VM keeps it."""

from __future__ import annotations

import collections
import time
from collections.abc import Callable

from PySide6.QtWidgets import QStatusBar

from qmpgui.i18n import translate
from qmpgui.log.entry import Level, LogEntry, LogKind
from qmpgui.session import VmSession
from qmpgui.ui.banner import Banner
from qmpgui.ui.say import Say

__all__ = ["MESSAGE_HISTORY", "MessagePath", "Say"]

#: Messages kept; the newest is also in the status bar.
MESSAGE_HISTORY = 1000
#: How long an INFO message stays in the status bar (ms); warnings and errors stay.
INFO_MESSAGE_MS = 10_000
_PREFIXES = {Level.ERROR: "Error: ", Level.WARNING: "Warning: "}


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

    def say(
        self,
        level: Level,
        text: str,
        *,
        banner: bool = False,
        log: bool = True,
        vm: VmSession | None = None,
    ) -> None:
        """Say `text` in the status bar (and the banner); `log`: keep it in the event log
        too (a session's own messages reach the log as its entries). `vm`: the message
        is about this VM: the status bar puts its name first, the log keeps the entry as
        the VM's."""
        now = time.time()
        name, endpoint = (vm.display_name, vm.endpoint_text) if vm is not None else ("", "")
        if log:
            self._log(LogEntry(now, name, LogKind.APP, "message", text, {}, level, endpoint))
        if vm is not None:
            text = f"{name}: {text}"
        self.history.append((now, level, text))
        prefix = _PREFIXES.get(level, "")
        self._status_bar.showMessage(prefix + text, INFO_MESSAGE_MS if level is Level.INFO else 0)
        if banner:
            self._banner.add(prefix + text)

    def notice(self, text: str) -> None:
        """A notification where the desktop has no tray: the status bar, and kept there."""
        self._status_bar.showMessage(
            translate("MessagePath", "Attention: {text}").format(text=text)
        )
