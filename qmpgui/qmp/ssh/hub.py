"""One SSH connection per (user, host, port), shared by every VM behind it.

A connection is opened by the first VM that needs it (the others wait for that one,
so ten VMs starting together open one connection and ask any question once) and
closed when the last VM lets it go. A VM session holds its host between connections
(hold_transport()), so reconnecting to a QEMU that restarted reuses the connection
instead of asking a password again.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field

import asyncssh

from qmpgui.i18n import translate
from qmpgui.qmp.endpoint import Endpoint
from qmpgui.qmp.ssh.client import connect_ssh

_log = logging.getLogger(__name__)

#: (user or None, host, port or None) as the endpoint names them.
HostKey = tuple[str | None, str, int | None]


def host_key(endpoint: Endpoint) -> HostKey:
    """The key of `endpoint`'s SSH connection in the hub."""
    return (endpoint.user, (endpoint.host or "").lower(), endpoint.port)


@dataclass(eq=False)
class Shared:
    """One SSH connection and who uses it."""

    key: HostKey
    #: The live connection; None before it is opened and after it was lost.
    conn: asyncssh.SSHClientConnection | None = None
    opening: asyncio.Task[asyncssh.SSHClientConnection] | None = None
    #: Leases (QMP connections on it) and holds (VM sessions between connections).
    users: int = 0
    #: Why the last connection ended, when it ended without being closed by us.
    lost: str | None = None
    closing: set[asyncio.Task[None]] = field(default_factory=set)


class SshHub:
    """The shared SSH connections of this process (one hub: HUB)."""

    def __init__(self) -> None:
        self._shared: dict[HostKey, Shared] = {}

    def connections(self) -> int:
        """How many SSH connections are open now."""
        return sum(1 for shared in self._shared.values() if shared.conn is not None)

    def _entry(self, endpoint: Endpoint) -> Shared:
        key = host_key(endpoint)
        shared = self._shared.get(key)
        if shared is None:
            shared = self._shared[key] = Shared(key)
        shared.users += 1
        return shared

    def forget_all(self) -> None:
        """Close every connection and forget every user (the tests' clean slate)."""
        for shared in list(self._shared.values()):
            shared.users = 1
            self.release(shared)

    def release(self, shared: Shared) -> None:
        """One user fewer; the last one closes the connection."""
        shared.users -= 1
        if shared.users > 0:
            return
        if self._shared.get(shared.key) is shared:
            del self._shared[shared.key]
        if shared.opening is not None:
            shared.opening.cancel()
        conn, shared.conn = shared.conn, None
        if conn is not None:
            conn.close()

    @contextlib.contextmanager
    def hold(self, endpoint: Endpoint) -> Iterator[None]:
        """Keep `endpoint`'s SSH connection (once opened) while the block runs."""
        shared = self._entry(endpoint)
        try:
            yield
        finally:
            self.release(shared)

    async def lease(self, endpoint: Endpoint, timeout: float) -> Shared:
        """The open SSH connection to `endpoint`'s host, opened (or waited for) when
        there is none, counted as one more user until release(). `timeout` in seconds
        as connect_ssh() takes it. Raises ConnectFailure."""
        shared = self._entry(endpoint)
        try:
            if shared.conn is None:
                if shared.opening is None or shared.opening.done():
                    shared.opening = asyncio.get_running_loop().create_task(
                        self._open(shared, endpoint, timeout)
                    )
                    # Its failure is read by each VM waiting; none may be left (all cancelled).
                    shared.opening.add_done_callback(_retrieved)
                await asyncio.shield(shared.opening)
            return shared
        except BaseException:
            self.release(shared)
            raise

    async def _open(
        self, shared: Shared, endpoint: Endpoint, timeout: float
    ) -> asyncssh.SSHClientConnection:
        conn, client = await connect_ssh(endpoint, timeout)
        shared.conn, shared.lost = conn, None
        host = endpoint.host

        def lost(exc: Exception | None) -> None:
            if shared.conn is conn:
                shared.conn = None
                why = getattr(exc, "reason", None) or (
                    str(exc) if exc else translate("SshHub", "closed by the host")
                )
                if why == LOST_WORDS:  # asyncssh's words: what they mean for the user
                    why = translate(
                        "SshHub",
                        "it ended without a word from the host: its sshd process ended, or the network dropped it",
                    )
                shared.lost = translate(
                    "SshHub", "connection lost: the SSH connection to {host} was lost ({why})"
                ).format(host=host, why=why)

        client.on_lost = lost
        return conn


#: asyncssh's reason when the TCP connection ends with no SSH disconnect message.
LOST_WORDS = "Connection lost"


def _retrieved(task: asyncio.Task[asyncssh.SSHClientConnection]) -> None:
    if not task.cancelled():
        task.exception()


#: The process's SSH connections.
HUB = SshHub()


@contextlib.contextmanager
def hold_transport(endpoint: Endpoint | None) -> Iterator[None]:
    """Keep the SSH connection of an ssh:// `endpoint` open while the block runs, even
    between QMP connections (a VM session's whole life); nothing for other endpoints."""
    if endpoint is None or not endpoint.is_ssh:
        yield
        return
    with HUB.hold(endpoint):
        yield
