"""The one small interface the session layer talks to a monitor through.

QmpConnection (a QMP socket: unix or TCP) and virt/monitor.py's DomainMonitor (a libvirt
domain's monitor, through libvirt's pass-through) both satisfy it, so VmSession, the
panes, the event log, the console and the batch runners do not know which kind they
talk to; session/monitors.py chooses the kind from the endpoint.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from qmpgui.qmp.endpoint import Endpoint
from qmpgui.qmp.types import Capabilities, Event, Greeting


class Monitor(Protocol):
    """A connection to one QEMU monitor. Not reusable: make a new one to reconnect.

    Every method raises only QmpFailure subclasses, as QmpConnection's do.
    """

    #: The endpoint connected to.
    endpoint: Endpoint
    #: Seconds a command may wait for its reply; callers set it before each use.
    command_timeout: float
    #: The server's greeting (its version); an unknown version before connect().
    greeting: Greeting
    #: What the server offers; empty before connect().
    capabilities: Capabilities
    #: QEMU's pid and uid at the other end of a local unix socket; None otherwise.
    peer_pid: int | None
    peer_uid: int | None

    @property
    def connected(self) -> bool:
        """True from a successful connect() until the connection ends."""

    @property
    def oob(self) -> bool:
        """Whether out-of-band execution (`exec-oob`) can be used."""

    async def connect(self) -> None:
        """Connect and discover `greeting` and `capabilities`; raises ConnectFailure
        (`nothing_listens` where waiting can mend it) or another QmpFailure."""

    async def execute(
        self,
        command: str,
        arguments: Mapping[str, object] | None = None,
        timeout: float | None = None,
    ) -> object:
        """Run `command`; its `return` value. Raises CommandFailed, CommandTimeout,
        ConnectionLost, NotConnected."""

    async def exchange(
        self, message: Mapping[str, object], timeout: float | None = None
    ) -> dict[str, Any]:
        """Send a command object as the user wrote it; QEMU's whole reply (an error reply
        is returned, not raised)."""

    async def next_events(self) -> list[Event]:
        """Wait for events, at least one, oldest first; ConnectionLost once ended."""

    async def wait_closed(self) -> str:
        """Wait until the connection ends; why, in words. Never raises."""

    async def close(self) -> None:
        """Close; safe at any time, any number of times."""
