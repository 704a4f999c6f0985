"""What the VM actions need from the window around them, and nothing more: they never
import the window (an import-linter contract keeps it so)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtWidgets import QWidget

from qmpgui.app.confirmation import Confirmer
from qmpgui.app.messages import Say
from qmpgui.session import VmSession
from qmpgui.session.domain_migration import HasUri
from qmpgui.session.powerdown import PowerdownWatch
from qmpgui.session.selection import SelectedVms
from qmpgui.store.config import Config


@dataclass
class ActionHost:
    """The window's side of the actions."""

    #: Dialogs open over it.
    parent: QWidget
    #: The selected VMs; the actions act on them and follow their state.
    selection: SelectedVms
    #: confirm_destructive, powerdown_timeout_s, live_interval_s, screendump_folder and
    #: recent_media are read and written here; save_config() keeps a change.
    config: Config
    save_config: Callable[[], None]
    say: Say
    confirmer: Confirmer
    #: Show a power-down's countdown (the power-down bar above the panes).
    show_watch: Callable[[PowerdownWatch], object]
    #: Every VM of the list (a libvirt connection's domains too), for the actions that
    #: involve another VM (a migration's destination).
    sessions: Callable[[], list[VmSession]] = field(default=lambda: [])
    #: The list's libvirt connections (a domain's migration goes to another of them).
    connections: Callable[[], Sequence[HasUri]] = field(default=lambda: [])
