"""Where panes register: each pane class says its tab title and place with
`@register_pane(...)` where it is defined, and the window makes one of each.

Every module of this package is imported when the window first asks for the panes,
so a new pane is its own module here (and the topic it polls) plus that one line.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from qmpgui.session import VmSession
from qmpgui.session.inspection import Topic
from qmpgui.session.selection import SelectedVms
from qmpgui.store.config import Config
from qmpgui.ui.say import Say


@dataclass
class PaneContext:
    """What a pane gets from the window."""

    #: The selected VMs; a pane shows `selection.current` and follows its signals.
    selection: SelectedVms
    #: The window's message path (status bar and event log).
    say: Say
    #: A window action by its objectName ("actionEject"), for a pane's context menu.
    action: Callable[[str], QAction]
    #: The window's settings as they are now (None: the defaults).
    config: Callable[[], Config] | None = None


class Pane(QWidget):
    """A tab beside the VM list that shows the current VM. While it is the tab on screen
    the current VM polls its `topics`. Subclasses react in `current_changed`,
    `state_changed` and `topic_changed`."""

    #: The inspection topics this pane shows (session/inspection.py).
    topics: frozenset[Topic] = frozenset()

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        selection = context.selection
        selection.currentChanged.connect(self.current_changed)
        selection.currentStateChanged.connect(self.state_changed)
        selection.currentTopicChanged.connect(self._on_topic)

    @property
    def session(self) -> VmSession | None:
        """The VM the pane shows, or None."""
        return self.context.selection.current

    def current_changed(self, session: VmSession | None) -> None:
        """Another VM is current (or none): show it."""

    def state_changed(self) -> None:
        """The current VM's connection or run state changed."""

    def topic_changed(self, topic: str) -> None:
        """One of this pane's topics has new data (its name)."""

    async def aclose(self) -> None:
        """End the pane's own background work (the window's shutdown awaits it)."""

    def _on_topic(self, topic: str) -> None:
        if topic in self.topics:
            self.topic_changed(topic)


@dataclass(frozen=True)
class PaneKind:
    """A registered pane: its tab's title (with mnemonic), its class, its place (lower
    first), its tab's icon (a freedesktop name, ui/icons.py) and the pane's name in the
    glossary (qmp/glossary.py), for its labelled fields."""

    title: str
    make: type[Pane]
    order: int
    icon: str = ""
    glossary: str = ""


_KINDS: list[PaneKind] = []
_loaded = False
P = TypeVar("P", bound=type[Pane])


def register_pane(
    title: str, *, order: int, icon: str = "", glossary: str = ""
) -> Callable[[P], P]:
    """Class decorator: show the pane as a tab titled `title`, placed by `order`, with
    the icon named `icon` (a freedesktop name, ui/icons.py); its labelled fields are
    explained by the glossary's words for `glossary` (qmp/glossary.py)."""

    def add(cls: P) -> P:
        _KINDS.append(PaneKind(title, cls, order, icon, glossary))
        return cls

    return add


def unregister_pane(cls: type[Pane]) -> None:
    """Forget a registered pane class (a test's own pane); windows made later lack it."""
    _KINDS[:] = [kind for kind in _KINDS if kind.make is not cls]


def pane_kinds() -> list[PaneKind]:
    """Every registered pane, in tab order; this package's modules are imported first."""
    global _loaded
    if not _loaded:
        package = importlib.import_module(__package__ or "qmpgui.ui.panes")
        for module in pkgutil.iter_modules(package.__path__):
            importlib.import_module(f"{package.__name__}.{module.name}")
        _loaded = True
    return sorted(_KINDS, key=lambda kind: kind.order)
