"""The plain state a VM session keeps: its connection state, the settings all sessions
share, and what the server said about itself."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from qmpgui.qmp import StatusInfo, VersionInfo


class ConnState(Enum):
    """Where a session's connection stands (the VM list's State column when not connected)."""

    DISCONNECTED = "disconnected"
    CONNECTING = "connecting"
    CONNECTED = "connected"
    RECONNECTING = "reconnecting"
    ERROR = "error"


@dataclass
class SessionSettings:
    """Preferences every session reads live, shared by all sessions of a window (seconds)."""

    poll_interval_s: float = 2.0
    command_timeout_s: float = 10.0
    greeting_timeout_s: float = 5.0


@dataclass
class VmInfo:
    """What the server told about itself on the current (or last) connection: names from
    query-name and query-uuid, the version from the greeting (query-version on servers
    whose greeting lacks it), the counts from query-qmp-schema, the run state from
    query-status."""

    query_name: str | None = None
    uuid: str | None = None
    version: VersionInfo = field(default_factory=VersionInfo)
    command_count: int | None = None
    event_count: int | None = None
    #: Wall-clock seconds.
    connected_since: float | None = None
    status: StatusInfo | None = None
