"""The plain state a VM session keeps: its connection state, the settings all sessions
share, and what the server said about itself."""

from __future__ import annotations

import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from enum import Enum

from qmpgui.qmp import CommandFailed, StatusInfo, VersionInfo
from qmpgui.qmp.monitor import Monitor
from qmpgui.qmp.types import parse_name, parse_uuid


class ConnState(Enum):
    """Where a session's connection stands (the VM list's State column when not connected)."""

    DISCONNECTED = "disconnected"
    CONNECTING = "connecting"
    CONNECTED = "connected"
    #: A good connection was lost: waiting to try again, with backoff.
    RECONNECTING = "reconnecting"
    #: QEMU ended in order (it said SHUTDOWN before the monitor closed): the endpoint is
    #: watched quietly, with the same backoff, for a QEMU started again.
    EXITED = "exited"
    #: Nothing listens at the endpoint yet (no socket file, connection refused): QEMU
    #: has not started, or has stopped. Watched quietly, with a short backoff, until
    #: QEMU listens there; VmSession.error says what was found meanwhile.
    WAITING = "waiting for QEMU"
    #: Connecting failed in a way waiting does not mend: an invalid endpoint, not a QMP
    #: server, a busy monitor, no permission, ... (never retried). VmSession.error says why.
    ERROR = "error"


@dataclass
class SessionSettings:
    """Preferences every session reads live, shared by all sessions of a window (seconds)."""

    #: Seconds between polls (the poller takes at least 0.1).
    poll_interval_s: float = 2.0
    #: Seconds a command may wait for its reply before CommandTimeout.
    command_timeout_s: float = 10.0
    #: Seconds a new connection may wait for the greeting and negotiation ("monitor busy").
    greeting_timeout_s: float = 5.0
    #: A VM out of sight (not a visible row of the VM list, not selected): seconds
    #: between its disk I/O samples, and between the safety queries of its run state
    #: (and migration), which otherwise follow their events. Never shorter than the
    #: poll interval. Each VM's first such poll falls at a random point of the period,
    #: so that a fleet's polls spread out.
    unseen_io_s: float = 15.0
    unseen_status_s: float = 60.0
    #: Called after update(): pollers take a new interval now, not after the old one.
    _listeners: list[weakref.WeakMethod[Callable[[], None]]] = field(
        default_factory=list, init=False, repr=False, compare=False
    )

    def on_change(self, method: Callable[[], None]) -> None:
        """Call the bound `method` after each update(). Held weakly: the settings outlive
        the sessions, and a session let go of is forgotten here too."""
        self._listeners.append(weakref.WeakMethod(method))

    def update(self, **values: float) -> None:
        """Set the named settings (seconds), then call the on_change() methods.

        Raises TypeError, changing nothing, for a name that is not a setting.
        """
        unknown = set(values) - {f.name for f in fields(self) if f.init}
        if unknown:
            raise TypeError(f"not session settings: {', '.join(sorted(unknown))}")
        for name, value in values.items():
            setattr(self, name, value)
        live = [(ref, ref()) for ref in self._listeners]
        self._listeners = [ref for ref, method in live if method is not None]
        for _, method in live:
            if method is not None:
                method()


@dataclass
class VmInfo:
    """What the server told about itself on the current (or last) connection: names from
    query-name and query-uuid, the version from the greeting (query-version on servers
    whose greeting lacks it), the counts from query-qmp-schema, the run state from
    query-status."""

    #: The name given with -name (query-name); None without one.
    query_name: str | None = None
    #: The UUID given with -uuid (query-uuid); None without one (QEMU reports the nil UUID).
    uuid: str | None = None
    version: VersionInfo = field(default_factory=VersionInfo)
    #: Commands and events the server lists; None when it did not say (no events come
    #: from query-commands, the fallback of servers without query-qmp-schema).
    command_count: int | None = None
    event_count: int | None = None
    #: When the connection was made: wall-clock seconds since the epoch (time.time()).
    #: Also tells connections apart: what is known of one connection is keyed by it.
    connected_since: float | None = None
    #: The last query-status answer; None before the first.
    status: StatusInfo | None = None


async def read_info(conn: Monitor) -> VmInfo:
    """What a newly connected server says about itself (query-status, query-name,
    query-uuid; query-version only where the greeting's version is unusable).

    Raises QmpFailure when query-status fails (the connection is not usable then);
    the other queries are optional: a server without them leaves their fields None.
    """
    caps = conn.capabilities
    info = VmInfo(
        version=conn.greeting.version,
        command_count=len(caps.commands) or None,
        event_count=len(caps.events) or None,
        connected_since=time.time(),
    )
    info.status = StatusInfo.parse(await conn.execute("query-status"))
    info.query_name = parse_name(await _optional(conn, "query-name"))
    info.uuid = parse_uuid(await _optional(conn, "query-uuid"))
    if info.version.major is None:
        info.version = VersionInfo.parse(await _optional(conn, "query-version"))
    return info


async def _optional(conn: Monitor, command: str) -> object:
    """A query whose absence on an old or stripped-down QEMU is not an error."""
    try:
        return await conn.execute(command)
    except CommandFailed:
        return None
