"""What the window's message path looks like to the parts that speak through it
(app/messages.py's MessagePath.say): panes, consoles, dialogs and the actions."""

from __future__ import annotations

from typing import Protocol

from qmpgui.log.entry import Level
from qmpgui.session import VmSession


class Say(Protocol):
    """Say `text` at `level` in the status bar and the event log.

    `banner`: also in the banner above the panes, which does not scroll away. `log`
    False: not in the event log (a session logs its own messages). `vm`: the message is
    about this VM: the status bar puts its name first and the log keeps it as the VM's
    entry, so that filtering the log by the VM shows it; `text` then leaves the name out.
    """

    def __call__(
        self,
        level: Level,
        text: str,
        *,
        banner: bool = False,
        log: bool = True,
        vm: VmSession | None = None,
    ) -> None: ...
