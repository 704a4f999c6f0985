"""The console tab: one ConsoleWidget per VM, made when first shown, and the
history they share, loaded at start and saved a second after it changes.

The console's modules (transcript, completion, batch runner, ...) are a good part of
what qmpgui imports: they load when the Console tab is first opened, not at start."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from qmpgui.i18n import translate
from qmpgui.log.entry import Level
from qmpgui.session import VmSession
from qmpgui.session.selection import SelectedVms
from qmpgui.session.tasks import TaskSet
from qmpgui.store.history import MODES, History, HistoryFile, HistoryLoad, Mode
from qmpgui.store.writer import FileWriter
from qmpgui.ui.console_host import ConsoleHost
from qmpgui.ui.say import Say

if TYPE_CHECKING:
    from qmpgui.ui.console import ConsoleWidget

SAVE_DELAY_MS = 1000


class Consoles(QStackedWidget):
    """The console of the current VM (`consoleStack`), or a placeholder when none is."""

    def __init__(
        self,
        selection: SelectedVms,
        ask_destructive: Callable[[str, str, list[str], str, str], bool],
        message: Say,
        history_file: HistoryFile,
        *,
        writer: FileWriter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consoleStack")
        self.tasks = TaskSet()
        # Empty histories until the file is read; what is typed meanwhile is kept.
        histories = {mode: History() for mode in MODES}
        self.host = ConsoleHost(
            self.tasks.spawn, ask_destructive, histories, self._history_changed, message
        )
        self.history_file = history_file
        self._writer = writer
        self.consoles: dict[VmSession, ConsoleWidget] = {}
        self._selection = selection
        self._on_screen = False
        #: Whether the history file has been taken in (load_history()).
        self._loaded = False
        self.placeholder = QLabel(translate("Consoles", "Select a VM to talk to its QMP monitor."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.addWidget(self.placeholder)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self._save_soon)
        selection.currentChanged.connect(self.show_session)

    def show_session(self, session: VmSession | None) -> None:
        """The current VM changed; its console is made once the tab is on screen."""
        if self._on_screen:
            self._show(session)

    def set_on_screen(self, shown: bool) -> None:
        """The Console tab became the current one (or stopped being it)."""
        self._on_screen = shown
        if shown:
            self._show(self._selection.current)

    def _show(self, session: VmSession | None) -> None:
        if session is None:
            self.setCurrentWidget(self.placeholder)
            return
        console = self.consoles.get(session)
        if console is None:
            from qmpgui.ui.console import ConsoleWidget  # noqa: PLC0415  (see the top)

            console = ConsoleWidget(session, self.host)
            self.consoles[session] = console
            self.addWidget(console)
        self.setCurrentWidget(console)

    def console(self, session: VmSession) -> ConsoleWidget | None:
        return self.consoles.get(session)

    def console_of_current(self) -> ConsoleWidget | None:
        widget = self.currentWidget()
        return next((c for c in self.consoles.values() if c is widget), None)

    def forget(self, session: VmSession) -> None:
        console = self.consoles.pop(session, None)
        if console is not None:
            console.batch.cancel()
            self.removeWidget(console)
            console.deleteLater()

    # -- history ------------------------------------------------------------------------

    def start(self) -> None:
        """Read the history file (in the file writer's thread)."""
        self.tasks.spawn(self.load_history(), "load-history")

    async def load_history(self) -> None:
        """Take the histories from the file; what was typed meanwhile follows them."""
        loaded = await self._writer.submit(self.history_file.load)
        if loaded.problem:
            self.host.message(Level.WARNING, loaded.problem)
        self._take_loaded(loaded)

    def _take_loaded(self, loaded: HistoryLoad) -> None:
        self._loaded = True
        for mode in MODES:
            typed_meanwhile = self.host.histories[mode].entries
            history: History = loaded.histories[mode]
            for text in typed_meanwhile:
                history.add(text, mode)
            self.host.histories[mode] = history
        for console in self.consoles.values():
            console.input.history = self.host.histories[console.mode]

    def _history_changed(self) -> None:
        if not self._save_timer.isActive():
            self._save_timer.start()

    def _save_soon(self) -> None:
        snapshot: dict[Mode, tuple[str, ...]] = {
            mode: self.host.histories[mode].entries for mode in MODES
        }
        self._writer.submit(self.history_file.save, snapshot).add_done_callback(self._saved)

    def _saved(self, future: asyncio.Future[bool]) -> None:
        if not future.cancelled() and (future.exception() or future.result() is False):
            self.host.message(
                Level.WARNING,
                translate("Consoles", "the console history was not saved to {path}").format(
                    path=self.history_file.path
                ),
            )

    def save_now(self) -> str | None:
        """Save a history change not saved yet here and now, blocking: for when no event
        loop runs any more (qmpgui ends at once), after the file writer has finished.
        Should the file not have been taken in yet, it is read first, so that what was
        typed is added to it, not written over it. What went wrong, as a sentence for
        the user; None when all went well."""
        self.tasks.cancel()  # a file read still to start must not start after this
        if not self._save_timer.isActive():
            return None
        self._save_timer.stop()
        try:
            if not self._loaded:
                self._take_loaded(self.history_file.load())
            entries = {mode: self.host.histories[mode].entries for mode in MODES}
            if self.history_file.save(entries):
                return None
            reason = translate("Consoles", "the file could not be read at start-up")
        except OSError as err:
            reason = str(err.strerror or err)
        return translate(
            "Consoles", "the console history was not saved to {path}: {reason}"
        ).format(path=self.history_file.path, reason=reason)

    async def aclose(self) -> None:
        """Cancel batch runs and what is under way; a history change not yet saved is
        handed to the file writer, which finishes it."""
        for console in self.consoles.values():
            console.batch.cancel()
        await self.tasks.aclose()
        if self._save_timer.isActive():
            self._save_timer.stop()
            self._save_soon()
