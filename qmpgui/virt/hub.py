"""One libvirt worker per connection URI, shared by everything that uses that URI.

A connection's row in the VM list and every domain session of that URI lease the same
VirtClient (one worker process): ten domains of `qemu:///system` start one process,
not ten, and libvirtd serves one client. The first user opens the worker (the others
wait for that opening rather than starting their own); the last one to let go ends it.
A worker that died is replaced by the next lease, so a lost connection comes back once
for all its users. Like qmp/ssh/hub.py does for SSH connections.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from qmpgui.virt.client import VirtClient


@dataclass(eq=False)
class SharedClient:
    """The worker of one URI and how many hold it."""

    uri: str
    #: The client last opened (it may have ended since: see `live`); None before.
    client: VirtClient | None = None
    #: The opening under way, awaited by every user that asks meanwhile.
    opening: asyncio.Task[VirtClient] | None = None
    #: Users holding the URI (acquire() minus release()).
    users: int = 0

    @property
    def live(self) -> VirtClient | None:
        """The client while its worker runs; None otherwise."""
        client = self.client
        return client if client is not None and client.reason is None else None


class VirtHub:
    """The shared libvirt workers of this process, by URI (one hub: HUB)."""

    def __init__(self) -> None:
        self._shared: dict[str, SharedClient] = {}

    def workers(self, uri: str | None = None) -> int:
        """How many workers run now (for `uri` only, when given)."""
        return sum(
            1
            for shared in self._shared.values()
            if shared.live is not None and (uri is None or shared.uri == uri)
        )

    def users(self, uri: str) -> int:
        """How many hold `uri` now."""
        shared = self._shared.get(uri)
        return shared.users if shared is not None else 0

    def acquire(self, uri: str) -> SharedClient:
        """Hold `uri`'s worker (opened by client()) until release(); the holding."""
        shared = self._shared.get(uri)
        if shared is None:
            shared = self._shared[uri] = SharedClient(uri)
        shared.users += 1
        return shared

    async def client(self, shared: SharedClient) -> VirtClient:
        """The running client of a holding from acquire(): its worker started when none
        runs, or the opening under way waited for.

        Raises ConnectFailure with VirtClient.open()'s sentences."""
        live = shared.live
        if live is not None:
            return live
        if shared.opening is None or shared.opening.done():
            shared.opening = asyncio.get_running_loop().create_task(
                self._open(shared), name=f"virt-open {shared.uri}"
            )
            # Its failure is read by each user waiting; none may be left (all cancelled).
            shared.opening.add_done_callback(_retrieved)
        return await asyncio.shield(shared.opening)

    async def _open(self, shared: SharedClient) -> VirtClient:
        client = VirtClient(shared.uri)
        await client.open()
        if shared.users <= 0:  # every user let go while it opened
            await client.close()
        else:
            shared.client = client
        return client

    async def release(self, shared: SharedClient) -> None:
        """Let go of a holding; the last user's release ends the worker (and an opening
        under way)."""
        shared.users -= 1
        if shared.users > 0:
            return
        if self._shared.get(shared.uri) is shared:
            del self._shared[shared.uri]
        opening = shared.opening
        if opening is not None and not opening.done():
            opening.cancel()
            # Its worker ends before this returns: nothing is left running behind a
            # window that closed while libvirtd had not answered yet.
            await asyncio.wait([opening])
        client, shared.client = shared.client, None
        if client is not None:
            await client.close()


def _retrieved(task: asyncio.Task[VirtClient]) -> None:
    if not task.cancelled():
        task.exception()


#: The process's libvirt workers.
HUB = VirtHub()
