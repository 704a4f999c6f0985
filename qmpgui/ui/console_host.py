"""What a console needs from the window around it; apart from the console itself, whose
modules load only when a console is first shown."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any

from qmpgui.store.history import History, Mode
from qmpgui.ui.say import Say


@dataclass
class ConsoleHost:
    """What a console needs from the window around it."""

    spawn: Callable[[Coroutine[Any, Any, Any]], asyncio.Task[Any]]
    #: (title, question, names, detail, accept text) -> go ahead?
    ask_destructive: Callable[[str, str, list[str], str, str], bool]
    histories: dict[Mode, History]
    history_changed: Callable[[], None]
    #: The window's message path.
    message: Say
