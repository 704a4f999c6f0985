"""Where panes register. qmpgui's own panes have one line each in `PANES`: the tab's
title, place and icon, and the module and class of the pane, which is imported when the
pane is first built (the tabs show before the panes' modules load: ui/pane_tabs.py).
A pane class defined elsewhere registers with `@register_pane(...)` where it is defined.

A new pane of qmpgui is its own module here (and the topic it polls) plus its line.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from qmpgui.i18n import marked
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
    """A registered pane: its tab's title (with mnemonic), the module that defines its
    class and the class's name there, its place (lower first), its tab's icon (a
    freedesktop name, ui/icons.py) and the pane's name in the glossary (qmp/glossary.py),
    for its labelled fields; `made`, the class itself where `register_pane` registered
    it."""

    title: str
    module: str
    name: str
    order: int
    icon: str = ""
    glossary: str = ""
    made: type[Pane] | None = field(default=None, compare=False)

    @property
    def make(self) -> type[Pane]:
        """The pane's class (its module imported now if it was not yet). Raises TypeError
        when the name there is not a Pane class."""
        if self.made is not None:
            return self.made
        found = getattr(importlib.import_module(self.module), self.name)
        if not (isinstance(found, type) and issubclass(found, Pane)):
            raise TypeError(f"{self.module}.{self.name} is not a pane")
        return found

    def names(self, kind: type[Pane]) -> bool:
        """Whether `kind` is this pane's class, read from its names (nothing imported)."""
        return kind.__module__ == self.module and kind.__qualname__ == self.name


def _pane(title: str, where: str, order: int, icon: str, glossary: str = "") -> PaneKind:
    """A pane of this package: `where` is "module.ClassName"."""
    module, name = where.split(".")
    return PaneKind(title, f"{__package__}.{module}", name, order, icon, glossary)


#: qmpgui's panes, a tab each by `order`, each loaded when first built.
PANES: tuple[PaneKind, ...] = (
    _pane(marked("panes", "&Status"), "status.StatusPane", 10, "dialog-information"),
    _pane(marked("panes", "Scree&n"), "screen.ScreenPane", 12, "video-display"),
    _pane(marked("panes", "Seria&l"), "serial.SerialPane", 14, "modem"),
    _pane(marked("panes", "&Block devices"), "block.BlockPane", 20, "drive-harddisk"),
    _pane(marked("panes", "Block gr&aph"), "block_graph.BlockGraphPane", 22, "drive-multidisk"),
    _pane(marked("panes", "Block &jobs"), "block_jobs.BlockJobsPane", 24, "emblem-synchronizing"),
    _pane(marked("panes", "&PCI"), "pci.PciPane", 30, "application-x-firmware"),
    _pane(marked("panes", "Devi&ces"), "devices.DevicesPane", 35, "preferences-system-devices"),
    _pane(
        marked("panes", "D&isplay"),
        "display.DisplayPane",
        40,
        "preferences-desktop-remote-desktop",
        glossary="display",
    ),
    _pane(marked("panes", "Snapsh&ots"), "snapshots.SnapshotPane", 45, "document-open-recent"),
    _pane(marked("panes", "Mi&gration"), "migration.MigrationPane", 48, "send-to"),
    _pane(marked("panes", "&Machine"), "machine.MachinePane", 50, "computer"),
    _pane(marked("panes", "Ne&twork"), "network.NetworkPane", 55, "network-wired"),
    _pane(marked("panes", "&QOM"), "qom.QomPane", 60, "view-list-bullet"),
    _pane(marked("panes", "T&race events"), "trace.TracePane", 65, "media-record"),
)

#: Panes registered by `register_pane`.
_KINDS: list[PaneKind] = []
P = TypeVar("P", bound=type[Pane])


def register_pane(
    title: str, *, order: int, icon: str = "", glossary: str = ""
) -> Callable[[P], P]:
    """Class decorator: show the pane as a tab titled `title`, placed by `order`, with
    the icon named `icon` (a freedesktop name, ui/icons.py); its labelled fields are
    explained by the glossary's words for `glossary` (qmp/glossary.py). For a pane class
    defined outside qmpgui's own (theirs have their line in `PANES`); windows made later
    have its tab."""

    def add(cls: P) -> P:
        _KINDS.append(
            PaneKind(title, cls.__module__, cls.__qualname__, order, icon, glossary, made=cls)
        )
        return cls

    return add


def unregister_pane(cls: type[Pane]) -> None:
    """Forget a pane class registered by `register_pane`; windows made later lack it."""
    _KINDS[:] = [kind for kind in _KINDS if kind.made is not cls]


def pane_kinds() -> list[PaneKind]:
    """Every registered pane, in tab order; no pane's module is imported for it."""
    return sorted((*PANES, *_KINDS), key=lambda kind: kind.order)
