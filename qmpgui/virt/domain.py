"""One libvirt domain as a VM session sees it: its connection's worker, its state in
libvirt's words, and libvirt's own API for what libvirt should know about (start,
suspend, resume, reset, shutdown, destroy, media, screenshots)."""

from __future__ import annotations

import asyncio
from typing import Any

from qmpgui.qmp.errors import ConnectFailure, ConnectKind
from qmpgui.virt.client import NO_DOMAIN, LibvirtError, VirtClient
from qmpgui.virt.states import is_active, state_words

#: The lifecycle operations of libvirt's API that the actions use, by worker op.
LIFECYCLE_OPS = ("create", "suspend", "resume", "reset", "shutdown", "destroy")


class DomainGone(ConnectFailure):
    """The domain is not defined on its connection (undefined, or a wrong name)."""


class DomainInactive(ConnectFailure):
    """The domain is defined but has no QEMU running (shut off, crashed): no monitor to
    talk to until it is started. `words` is its state in libvirt's words."""

    def __init__(self, name: str, words: str) -> None:
        super().__init__(
            ConnectKind.REFUSED,
            f"{name} is {words} in libvirt: Start boots it",
            words,
            nothing_listens=True,
        )
        self.words = words


class Domain:
    """The domain `name` of the libvirt connection `uri`; kept by a session across its
    connections so that a shut-off domain can still be started.

    open() starts (or reuses) the connection's worker; `state` is the last state libvirt
    reported in its words ("running (booted)", "shut off (destroyed)"), None before the
    first answer; `active` whether QEMU runs. aclose() ends the worker.
    """

    def __init__(self, uri: str, name: str) -> None:
        self.uri = uri
        self.name = name
        self.state: str | None = None
        self.active: bool | None = None
        self.uuid: str | None = None
        self._client: VirtClient | None = None
        self._opening: asyncio.Lock | None = None

    @property
    def client(self) -> VirtClient | None:
        """The worker's client while it runs; None otherwise."""
        client = self._client
        return client if client is not None and client.reason is None else None

    async def open(self) -> VirtClient:
        """The connection's client, its worker started when none runs.

        Raises ConnectFailure (VirtClient.open()'s sentences)."""
        if self._opening is None:
            self._opening = asyncio.Lock()
        async with self._opening:
            client = self.client
            if client is None:
                client = VirtClient(self.uri)
                client.on_event(self._take_event)
                try:
                    await client.open()
                except ConnectFailure:
                    self.state = self.active = None
                    raise
                self._client = client
            return client

    def _take_event(self, event: dict[str, Any]) -> None:
        if event.get("event") == "lifecycle" and event.get("domain") == self.name:
            self._set_state(int(event.get("state") or 0), int(event.get("reason") or 0))

    def _set_state(self, state: int, reason: int) -> None:
        self.state = state_words(state, reason)
        self.active = is_active(state)

    async def refresh(self) -> None:
        """Ask libvirt for the domain's state (`state`, `active`, `uuid`).

        Raises ConnectFailure: DomainGone when the domain is not defined, another for a
        connection that cannot be opened; ConnectionLost when the worker ends."""
        client = await self.open()
        try:
            answer = await client.request("state", domain=self.name)
        except LibvirtError as err:
            if err.code == NO_DOMAIN:
                self.state = self.active = None
                raise DomainGone(ConnectKind.OTHER, err.message, "no such domain") from None
            raise ConnectFailure(ConnectKind.OTHER, err.message) from None
        self._set_state(int(answer["state"]), int(answer["reason"]))
        self.uuid = str(answer.get("uuid") or "") or None

    def check_active(self) -> None:
        """Raise DomainInactive when the last state known has no QEMU running."""
        if self.active is False:
            raise DomainInactive(self.name, self.state or "not running")

    async def call(self, op: str, **args: Any) -> Any:
        """Run one of libvirt's domain operations (`op`: LIFECYCLE_OPS, "change_media",
        "screenshot", "qmp", "hmp") on this domain; its result.

        Raises LibvirtError with libvirt's sentence when it refuses, ConnectFailure when
        the connection cannot be opened, ConnectionLost when the worker ends."""
        client = await self.open()
        return await client.request(op, domain=self.name, **args)

    async def aclose(self) -> None:
        """End the worker; safe at any time."""
        client, self._client = self._client, None
        if client is not None:
            await client.close()
