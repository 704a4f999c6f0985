"""The one question asked before a destructive action, with its off-switch.

Actions and the console both ask through it: while `confirm_destructive` is on, a
ConfirmDialog names the VMs; its "Don't ask again" turns the setting off in the
config file, and from then on nothing asks.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from qmpgui.i18n import translate
from qmpgui.log.entry import Level
from qmpgui.store.config import Config
from qmpgui.ui.confirm import ConfirmDialog


class Confirmer:
    """Asks before destructive actions; `save_config()` after the switch is turned off."""

    def __init__(
        self,
        parent: QWidget,
        config: Config,
        save_config: Callable[[], None],
        say: Callable[[Level, str], None],
    ) -> None:
        self._parent = parent
        self._config = config
        self._save_config = save_config
        self._say = say

    def ask_destructive(
        self, title: str, question: str, names: list[str], detail: str, accept: str
    ) -> bool:
        """Whether to go ahead: True at once while confirmations are off, else the
        user's answer. Opens a modal dialog: call it from a Qt slot, never inside a task."""
        if not self._config.confirm_destructive:
            return True
        answer = ConfirmDialog.ask(
            self._parent, title, question, names, detail=detail, accept_text=accept
        )
        if answer.dont_ask_again:
            self._config.confirm_destructive = False
            self._save_config()
            self._say(
                Level.INFO,
                translate(
                    "Confirmer",
                    "destructive actions no longer ask first (confirm_destructive: false)",
                ),
            )
        return answer.confirmed
