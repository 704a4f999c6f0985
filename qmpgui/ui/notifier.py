"""Desktop notifications for what needs a person: a guest panic, an I/O error, a
watchdog, a connection lost without being asked (not one QEMU ended in order, after
saying SHUTDOWN: that is logged as "exited", no alarm).

Said through the tray icon's messages while qmpgui shows one (app/tray.py); else
through the desktop's notification service on D-Bus (host/desktop_notifications.py)
where the session bus has one; else in the status bar. A storm (BLOCK_IO_ERROR can come thousands of times a second) gives one
notification per VM and kind every QUIET_S seconds, counting the rest.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable

from PySide6.QtWidgets import QSystemTrayIcon

from qmpgui.host import desktop_notifications
from qmpgui.host.desktop_notifications import NotifyFailed
from qmpgui.i18n import translate
from qmpgui.log.entry import ALARMING_EVENTS, LogEntry, LogKind
from qmpgui.session.tasks import TaskSet

QUIET_S = 10.0


def alarming(entry: LogEntry) -> bool:
    if entry.kind is LogKind.EVENT:
        return entry.name in ALARMING_EVENTS
    return entry.kind is LogKind.CONNECTION and entry.name == "lost"


#: A notice through D-Bus: (title, text) -> the server's id; raises NotifyFailed.
Desktop = Callable[[str, str], Awaitable[int]]


async def _desktop_notice(title: str, text: str) -> int:
    return await desktop_notifications.notify("qmpgui", title, text, icon="qmpgui")


class Notifier:
    """Gives alarming log entries as notices (consider()), and any notice (notify()),
    to the tray, the desktop's notification service or `status` (a line for the status
    bar), in that order of preference."""

    def __init__(self, status: Callable[[str], None], desktop: Desktop = _desktop_notice) -> None:
        self._status = status
        self._desktop = desktop
        #: The tray icon while one is shown (app/tray.py sets it); its messages say notices.
        self.tray: QSystemTrayIcon | None = None
        self.tasks = TaskSet()
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
        what = (
            translate("Notifier", "connection lost")
            if entry.kind is LogKind.CONNECTION
            else entry.name
        )
        title = f"{entry.vm}: {what}"
        # The summary of a loss often starts with the same words: say them once.
        text = entry.summary.removeprefix(f"{what}: ")
        if more:
            text += translate("Notifier", " (and {more} more since the last notice)").format(
                more=more
            )
        self.notify(title, text)

    def notify(self, title: str, text: str) -> None:
        """Say `title` and `text` where the user sees it now (see the class)."""
        self.shown.append((title, text))
        del self.shown[:-100]
        if self.tray is not None and self.tray.isVisible():
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Warning, 10_000)
        elif desktop_notifications.session_bus_address() is None:
            self._status(f"{title} — {text}")
        else:
            self.tasks.spawn(self._through_desktop(title, text))

    async def _through_desktop(self, title: str, text: str) -> None:
        try:
            await self._desktop(title, text)
        except NotifyFailed:
            # No service there (or it refused): the status bar says it, as without a bus.
            self._status(f"{title} — {text}")

    async def aclose(self) -> None:
        """Wait for (or end) the notices on their way to the notification service."""
        await self.tasks.aclose()
