"""The QOM tree following devices: a device unplugged (`DEVICE_DELETED`, with its QOM
`path`) drops its node and everything under it at once; a device added (QEMU sends no
event: a `device_add` or `device_del` qmpgui sent, or the VM's device list, the
`peripherals` topic, changing) lists the device containers again where they are open."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from qmpgui.log.entry import LogEntry, LogKind
from qmpgui.models.qom_model import QomNode, QomTreeModel
from qmpgui.qmp.qom_tree import parse_qom_list
from qmpgui.qmp.types import Event
from qmpgui.session import VmSession
from qmpgui.session.peripherals import PERIPHERALS_KEY

#: Where QEMU puts devices: by id, and without one.
PERIPHERAL, PERIPHERAL_ANON = "/machine/peripheral", "/machine/peripheral-anon"
#: Commands after which the device containers are listed again.
DEVICE_COMMANDS = frozenset({"device_add", "device_del"})


class QomFollow(QObject):
    """Keeps `model` in step with the devices of the session given to `follow()`:
    `relist(path)` lists an open container again, `dropped(path, parent)` is told of
    each node dropped (the pane moves a selection that was under it)."""

    def __init__(
        self,
        model: QomTreeModel,
        relist: Callable[[str], None],
        dropped: Callable[[str, QomNode], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.model, self._relist, self._dropped = model, relist, dropped
        self._session: VmSession | None = None

    def follow(self, session: VmSession | None) -> None:
        """Follow `session`'s events and commands (None: none)."""
        if session is self._session:
            return
        if self._session is not None:
            self._session.eventsReceived.disconnect(self._on_events)
            self._session.logged.disconnect(self._on_logged)
        self._session = session
        if session is not None:
            session.eventsReceived.connect(self._on_events)
            session.logged.connect(self._on_logged)

    def _on_events(self, batch: list[Event]) -> None:
        for event in batch:
            path = event.data.get("path") if event.name == "DEVICE_DELETED" else None
            # A virtio backend's DEVICE_DELETED has a path too (no `device`): drop it alike.
            if isinstance(path, str) and path.startswith("/"):
                parent = self.model.remove(path)
                if parent is not None:
                    self._dropped(path, parent)

    def _on_logged(self, entry: LogEntry) -> None:
        if entry.kind is LogKind.COMMAND and entry.name in DEVICE_COMMANDS:
            self.relist_devices()

    def relist_devices(self) -> None:
        """List the device containers again where they are open."""
        for path in (PERIPHERAL, PERIPHERAL_ANON):
            node = self.model.find(path)
            if node is not None and node.children is not None:
                self._relist(path)

    def peripherals_polled(self, session: VmSession) -> None:
        """The `peripherals` topic brought /machine/peripheral's listing: show it (no
        command of our own); a device added by another client shows this way."""
        result = session.inspection.results.get(PERIPHERALS_KEY)
        node = self.model.find(PERIPHERAL)
        if result is None or not result.ok or node is None or node.children is None:
            return
        self.model.set_children(PERIPHERAL, parse_qom_list(result.reply))
