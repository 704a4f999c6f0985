"""The names that exist in one VM now, for the console's completion (qdev ids, drives,
nodes, jobs, chardevs, netdevs, objects, QOM types and paths), from the same queries
the panes make. Kept per connection and per kind; a kind is asked again behind the
user's back when its events say it changed (DEVICE_DELETED, BLOCK_JOB_*,
JOB_STATUS_CHANGE, a tray moved) or a command was sent, so that Tab never waits for
QEMU: it completes from what is kept and the popup fills in when the answer comes.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping

from PySide6.QtCore import QObject, Qt, Signal

from qmpgui.log.entry import LogEntry, LogKind
from qmpgui.qmp import Event, QmpFailure, live_completion
from qmpgui.qmp.backends import free_chardevs
from qmpgui.qmp.device_types import parse_qtree
from qmpgui.qmp.hmp import HMP_COMMAND
from qmpgui.qmp.live_completion import (
    BUS,
    CHARDEV,
    DEVICE,
    DRIVE,
    DRIVE_OR_NODE,
    FREE_CHARDEV,
    JOB,
    NET_CLIENT,
    NETDEV,
    NODE,
    OBJECT,
    QOM_PATH,
    QOM_PROPERTY,
    QOM_TYPE,
    REMOVABLE,
    REMOVABLE_DRIVE,
)
from qmpgui.qmp.network import parse_info_network
from qmpgui.session.tasks import TaskSet
from qmpgui.session.vm_session import VmSession

#: Which kinds each event may change; a command sent may change any.
_EVENT_KINDS = {
    "DEVICE_DELETED": {
        REMOVABLE,
        REMOVABLE_DRIVE,
        DEVICE,
        DRIVE,
        NODE,
        DRIVE_OR_NODE,
        QOM_PATH,
        QOM_PROPERTY,
        CHARDEV,
        FREE_CHARDEV,
        NETDEV,
        NET_CLIENT,
        BUS,
    },
    "JOB_STATUS_CHANGE": {JOB, NODE, DRIVE_OR_NODE},
}


class LiveValues(QObject):
    """The names of one VM by kind (qmp.live_completion's kinds), kept per connection;
    one per session (live_values())."""

    #: (str, the kind): new values of a kind came.
    updated = Signal(str)

    def __init__(self, session: VmSession) -> None:
        super().__init__(session)
        self.session = session
        #: Values by kind, or by (QOM_PATH, the parent path), with the connection they
        #: were asked on (VmInfo.connected_since).
        self._values: dict[str, tuple[float | None, list[str]]] = {}
        self._stale: set[str] = set()
        self._asking: set[str] = set()
        self._tasks = TaskSet()
        #: How many refreshes ran (each a few queries): tests count them.
        self.refreshes = 0
        session.eventsReceived.connect(self._on_events)
        session.logged.connect(self._on_logged)
        session.stateChanged.connect(self._on_state)

    def values(
        self, kind: str, prefix: str = "", typed: Mapping[str, str] | None = None
    ) -> list[str]:
        """The values of `kind` kept for this connection (a QOM path's siblings for
        QOM_PATH, from `prefix`; the properties of the object at `typed["path"]` for
        QOM_PROPERTY, [] without one), never waiting: when they are missing or stale,
        they are asked behind and `updated` says when they came."""
        if kind == QOM_PROPERTY:
            prefix = (typed or {}).get("path", "")
            if not prefix.startswith("/"):
                return []
        key = self._key(kind, prefix)
        since = self.session.info.connected_since
        kept = self._values.get(key)
        fresh = kept is not None and kept[0] == since and key not in self._stale
        if not fresh and self.session.connected and key not in self._asking:
            self._asking.add(key)
            self._tasks.spawn(self._refresh(kind, key, since, prefix), f"live-{key}")
        if kept is None or kept[0] != since:
            return []
        values = kept[1]
        if kind == QOM_PATH:
            parent = prefix.rpartition("/")[0]
            return [f"{parent}/{name}" for name in values]
        return values

    @staticmethod
    def _key(kind: str, prefix: str) -> str:
        if kind == QOM_PROPERTY:
            return f"{QOM_PROPERTY}:{prefix}"
        return f"{QOM_PATH}:{prefix.rpartition('/')[0] or '/'}" if kind == QOM_PATH else kind

    def _mark_stale(self, kinds: set[str]) -> None:
        for key in self._values:
            if key.partition(":")[0] in kinds:
                self._stale.add(key)

    def _on_events(self, batch: list[Event]) -> None:
        for event in batch:
            kinds = _EVENT_KINDS.get(event.name)
            if kinds is None and event.name.startswith("BLOCK_JOB_"):
                kinds = {JOB, NODE, DRIVE_OR_NODE}
            if kinds:
                self._mark_stale(kinds)

    def _on_state(self) -> None:
        # What was kept belongs to the connection that ended (another QEMU may follow).
        if not self.session.connected:
            self._values.clear()
            self._stale.clear()
            self._asking.clear()
            self._tasks.cancel()

    def _on_logged(self, entry: LogEntry) -> None:
        if entry.kind is LogKind.COMMAND and not entry.name.startswith("query-"):
            self._stale |= set(self._values)

    async def _refresh(self, kind: str, key: str, since: float | None, prefix: str) -> None:
        self.refreshes += 1
        try:
            values = await self._ask(kind, prefix)
        except QmpFailure:  # a convenience: asked again at the next Tab
            return
        finally:
            self._asking.discard(key)
        if self.session.info.connected_since != since:
            return
        self._values[key] = (since, values)
        self._stale.discard(key)
        self.updated.emit(kind)

    async def _ask(self, kind: str, prefix: str) -> list[str]:
        ask: Callable[..., Awaitable[object]] = self.session.execute
        if kind in (REMOVABLE, DRIVE, REMOVABLE_DRIVE):
            reply = await ask("query-block")
            if kind == REMOVABLE:
                return live_completion.removable_drives(reply)
            return live_completion.drives(reply, removable=kind == REMOVABLE_DRIVE)
        if kind in (NODE, DRIVE_OR_NODE):
            nodes = live_completion.node_names(await ask("query-named-block-nodes"))
            if kind == NODE:
                return nodes
            return live_completion.drives(await ask("query-block")) + nodes
        if kind == JOB:
            block_jobs = await ask("query-block-jobs")
            try:
                jobs = await ask("query-jobs")
            except QmpFailure:  # before 3.0: block jobs only
                jobs = None
            return live_completion.job_ids(block_jobs, jobs)
        if kind == DEVICE:
            return live_completion.children(await ask("qom-list", {"path": "/machine/peripheral"}))
        if kind == OBJECT:
            return live_completion.children(await ask("qom-list", {"path": "/objects"}))
        if kind == CHARDEV:
            return live_completion.labels(await ask("query-chardev"), "label")
        if kind == FREE_CHARDEV:
            return free_chardevs(await ask("query-chardev")).free
        if kind == NET_CLIENT:
            text = await ask(HMP_COMMAND, {"command-line": "info network"})
            nets = parse_info_network(text if isinstance(text, str) else "")
            return [c.name for c in nets] + [c.peer.name for c in nets if c.peer is not None]
        if kind == QOM_PROPERTY:
            return live_completion.labels(await ask("qom-list", {"path": prefix}), "name")
        if kind == BUS:
            text = await ask(HMP_COMMAND, {"command-line": "info qtree"})
            # Bus names as device_add takes them ("xhci.0"); QEMU resolves a unique one.
            return [bus.name for bus in parse_qtree(text if isinstance(text, str) else "")]
        if kind == NETDEV:
            text = await ask(HMP_COMMAND, {"command-line": "info network"})
            clients = parse_info_network(text if isinstance(text, str) else "")
            found = [c.peer.name for c in clients if c.peer is not None]
            return found + [
                c.name for c in clients if c.type not in ("nic", "") and c.name not in found
            ]
        if kind == QOM_TYPE:
            return live_completion.type_names(await ask("qom-list-types", {"abstract": False}))
        if kind == QOM_PATH:
            parent = prefix.rpartition("/")[0] or "/"
            return live_completion.children(await ask("qom-list", {"path": parent}))
        return []

    async def aclose(self) -> None:
        """End the queries under way."""
        await self._tasks.aclose()


def live_values(session: VmSession) -> LiveValues:
    """The session's LiveValues, made at the first call."""
    found = session.findChild(LiveValues, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if isinstance(found, LiveValues):
        return found
    return LiveValues(session)
