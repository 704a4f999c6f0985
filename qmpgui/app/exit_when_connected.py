"""QMPGUI_EXIT_WHEN_CONNECTED=SECONDS: qmpgui closes once the VMs it connects to at start
are connected, as a check that a build or an install works (the bundle's smoke test,
scripts/bundle.sh): exit status 0 then, 1 with the reason when one ends in an error or
they are not all connected within SECONDS. Not for users: the README's packaging part
names it."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from qmpgui.i18n import translate
from qmpgui.session import ConnState, VmSession

if TYPE_CHECKING:
    from qmpgui.app.main_window import MainWindow

VARIABLE = "QMPGUI_EXIT_WHEN_CONNECTED"


def bound_asked() -> float | None:
    """The seconds QMPGUI_EXIT_WHEN_CONNECTED gives; None when unset or not a positive
    number (said on standard error)."""
    text = os.environ.get(VARIABLE, "").strip()
    if not text:
        return None
    try:
        seconds = float(text)
    except ValueError:
        seconds = 0.0
    if not seconds > 0:
        print(
            f"qmpgui: {VARIABLE} must be a number of seconds, not {text!r}: ignored",
            file=sys.stderr,
        )
        return None
    return seconds


class ExitWhenConnected(QObject):
    """Watches `window`'s VMs to connect at start (those of the command line, the saved
    ones to connect at start-up, the demo VM) and closes the window as Quit does once
    all are connected; `status` is then the process's exit status."""

    def __init__(self, window: MainWindow, seconds: float) -> None:
        super().__init__(window)
        self._window = window
        self._seconds = seconds
        self._watched: set[VmSession] = set()
        self._done = False
        #: 0 once every VM connected; 1 after an error or the bound.
        self.status = 0
        window.model.rowsInserted.connect(self._check)
        QTimer.singleShot(int(seconds * 1000), self._too_late)
        QTimer.singleShot(0, self._check)

    def _wanted(self) -> list[VmSession]:
        wanted = [s for s in self._window.model.all_sessions if s.autoconnect]
        for session in wanted:
            if session not in self._watched:
                self._watched.add(session)
                session.stateChanged.connect(self._check)
        return wanted

    def _check(self) -> None:
        if self._done:
            return
        wanted = self._wanted()
        failed = [s for s in wanted if s.state is ConnState.ERROR]
        if failed:
            self._end(1, "; ".join(f"{s.display_name}: {s.state_text()}" for s in failed))
            return
        demo_pending = self._window.options.demo and self._window.fleet.demo_session is None
        if wanted and not demo_pending and all(s.connected for s in wanted):
            names = ", ".join(s.display_name for s in wanted)
            self._end(0, translate("ExitWhenConnected", "connected to {names}").format(names=names))

    def _too_late(self) -> None:
        if self._done:
            return
        waiting = [s for s in self._wanted() if not s.connected]
        said = "; ".join(f"{s.display_name}: {s.state_text()}" for s in waiting)
        if self._window.options.demo and self._window.fleet.demo_session is None:
            said = "; ".join(filter(None, ["the demo VM did not start", said]))
        self._end(
            1,
            translate("ExitWhenConnected", "not connected within {seconds:g} s: {v1}").format(
                seconds=self._seconds,
                v1=said or translate("ExitWhenConnected", "no VM to connect to"),
            ),
        )

    def _end(self, status: int, sentence: str) -> None:
        self._done = True
        self.status = status
        print(
            f"qmpgui: {sentence}; closing ({VARIABLE})",
            file=sys.stdout if status == 0 else sys.stderr,
            flush=True,
        )
        self._window.close()


def exit_when_connected(window: MainWindow) -> ExitWhenConnected | None:
    """The watcher QMPGUI_EXIT_WHEN_CONNECTED asks for on `window`, or None."""
    seconds = bound_asked()
    return None if seconds is None else ExitWhenConnected(window, seconds)
