"""SelectedVms: the VMs selected in the VM list, with the current one's signals relayed.

Panes, the console and the actions connect here once, instead of disconnecting from
one VM and connecting to the next on every change of selection. The window tells it
what is selected (`select`); it re-emits the current VM's signals and says when the
selection, the state of a selected VM, or what the actions read of it (its kept
topics: drives, consoles) changed. Panes also offer here what is
selected inside them (`provide`: the drive in the block pane), for actions to act on.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from qmpgui.session.inspection import topic_named
from qmpgui.session.vm_session import VmSession

#: What the panes offer the actions as their selection (`provide`, `item`): a drive's key
#: (the Block devices pane), a snapshot's tag (Snapshots), and a device's id, from the
#: pane on screen (one kind per pane, so that each keeps its provider: Remove device).
DRIVE = "drive"
SNAPSHOT = "snapshot"
DEVICE_KINDS = ("device:list", "device:pci", "device:block", "device:network")


class SelectedVms(QObject):
    """The selected VMs (in list order) and the current one (the one the panes show)."""

    #: (VmSession | None): the current VM changed; None when no row is current.
    currentChanged = Signal(object)
    #: (): the current VM's connection state, run state or name changed
    #: (VmSession.stateChanged relayed).
    currentStateChanged = Signal()
    #: (str, a Topic's name): a topic of the current VM has new data
    #: (VmSession.topicChanged relayed).
    currentTopicChanged = Signal(str)
    #: (): the selected VMs changed, or the state or a kept topic of one of them did:
    #: actions re-evaluate.
    selectionChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._current: VmSession | None = None
        self._sessions: list[VmSession] = []
        self._providers: dict[str, Callable[[VmSession], str | None]] = {}

    @property
    def current(self) -> VmSession | None:
        """The VM the panes show (the list's current row), or None."""
        return self._current

    @property
    def sessions(self) -> list[VmSession]:
        """The selected VMs, in list order (a copy)."""
        return list(self._sessions)

    def select(self, sessions: list[VmSession], current: VmSession | None) -> None:
        """The list's selection is now `sessions` (list order) and its current row `current`.

        Moves the relays to the new current VM and emits currentChanged and
        selectionChanged when they changed; never raises.
        """
        if sessions != self._sessions:
            for session in self._sessions:
                if session not in sessions:
                    session.stateChanged.disconnect(self.selectionChanged)
                    session.topicChanged.disconnect(self._topic_changed)
            for session in sessions:
                if session not in self._sessions:
                    session.stateChanged.connect(self.selectionChanged)
                    session.topicChanged.connect(self._topic_changed)
            self._sessions = list(sessions)
            changed_selection = True
        else:
            changed_selection = False
        if current is not self._current:
            previous, self._current = self._current, current
            if previous is not None:
                previous.stateChanged.disconnect(self.currentStateChanged)
                previous.topicChanged.disconnect(self.currentTopicChanged)
            if current is not None:
                current.stateChanged.connect(self.currentStateChanged)
                current.topicChanged.connect(self.currentTopicChanged)
            self.currentChanged.emit(current)
        if changed_selection:
            self.selectionChanged.emit()

    def _topic_changed(self, name: str) -> None:
        # Only what the actions read: the disk counters change on every tick of every
        # selected VM, and would re-evaluate the actions hundreds of times a second.
        topic = topic_named(name)
        if topic is not None and topic.kept:
            self.selectionChanged.emit()

    def provide(self, kind: str, provider: Callable[[VmSession], str | None]) -> None:
        """A pane offers what is selected in it: `provider(session)` gives the key of the
        `kind` ("drive": a BlockDevice.key) selected for `session`, or None. A later
        provider of the same `kind` replaces the earlier."""
        self._providers[kind] = provider

    def item(self, kind: str, session: VmSession) -> str | None:
        """The key of the `kind` selected in a pane for `session`; None when nothing is, or
        no pane provides `kind`."""
        provider = self._providers.get(kind)
        return provider(session) if provider is not None else None
