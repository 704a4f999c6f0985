"""One libvirt domain as a VM session sees it: its connection's worker, its state in
libvirt's words, and libvirt's own API for what libvirt should know about (start,
suspend, resume, reset, shutdown, destroy, media, screenshots, memory, keys, snapshots)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from qmpgui.i18n import marked, translate
from qmpgui.qmp.errors import ConnectFailure, ConnectKind
from qmpgui.virt.client import NO_DOMAIN, LibvirtError, VirtClient
from qmpgui.virt.hub import HUB, SharedClient
from qmpgui.virt.states import is_active, number, state_words

#: The lifecycle operations of libvirt's API that the actions use, by worker op.
LIFECYCLE_OPS = ("create", "suspend", "resume", "reset", "shutdown", "destroy")
#: The worker's events of an open console (virt/console_ops.py).
CONSOLE_EVENTS = frozenset({"console", "console_closed"})


class DomainGone(ConnectFailure):
    """The domain is not defined on its connection (undefined, or a wrong name)."""


class DomainInactive(ConnectFailure):
    """The domain is defined but has no QEMU running (shut off, crashed): no monitor to
    talk to until it is started. `words` is its state in libvirt's words."""

    def __init__(self, name: str, words: str, message: str | None = None) -> None:
        super().__init__(
            ConnectKind.REFUSED,
            message
            or translate("DomainInactive", "{name} is {words} in libvirt: Start boots it").format(
                name=name, words=words
            ),
            words,
            nothing_listens=True,
        )
        self.words = words


#: The words of a domain that libvirt's incoming migration holds (its list row's state).
MIGRATING_IN = marked("domain", "coming in by migration")
#: virDomainGetState's paused/migration pair ("paused (migrating)"): a source during
#: its switch-over, or a destination while the migration comes in.
_PAUSED_MIGRATING = "paused (migrating)"
#: virErrorNumber VIR_ERR_OPERATION_UNSUPPORTED: what libvirt 9.0 answers a destination's
#: job statistics with ("migration statistics are available only on the source host").
_OPERATION_UNSUPPORTED = 84


class DomainMigratingIn(DomainInactive):
    """The domain is the destination of a migration that libvirt runs: its QEMU waits
    for the migration's data, and libvirt's incoming job holds its monitor (QMP
    pass-through waits until the migration ends), so no monitor until it runs. Waited
    for like a shut-off domain: libvirt's lifecycle event (resumed, migrated) ends it."""

    def __init__(self, name: str) -> None:
        super().__init__(
            name,
            translate("domain", MIGRATING_IN),
            translate(
                "DomainMigratingIn",
                "{name} is {MIGRATING_IN}: libvirt holds its QEMU until the migration ends (the source's Migration pane follows it)",
            ).format(name=name, MIGRATING_IN=translate("domain", MIGRATING_IN)),
        )


class Domain:
    """The domain `name` of the libvirt connection `uri`; kept by a session across its
    connections so that a shut-off domain can still be started.

    open() leases the connection's worker from virt/hub.py's HUB (one per URI, shared
    with the connection's row and the other domains of that URI); `state` is the last
    state libvirt reported in its words ("running (booted)", "shut off (destroyed)"),
    None before the first answer; `active` whether QEMU runs. aclose() lets go of the
    worker (the last user's aclose() ends it).
    """

    def __init__(self, uri: str, name: str) -> None:
        self.uri = uri
        self.name = name
        self.state: str | None = None
        self.active: bool | None = None
        self.uuid: str | None = None
        self._client: VirtClient | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._held: SharedClient | None = None
        #: Set by a lifecycle event of this domain or the end of its worker: what a
        #: session waiting on a shut-off domain wakes on (no polling).
        self._changed = asyncio.Event()
        #: Called on each lifecycle event of this domain (on_lifecycle()).
        self._lifecycle_listeners: list[Callable[[], None]] = []
        #: Called with each console event of this domain (on_console()).
        self._console_listeners: list[Callable[[dict[str, Any]], None]] = []

    @property
    def client(self) -> VirtClient | None:
        """The worker's client while it runs; None otherwise."""
        client = self._client
        return client if client is not None and client.reason is None else None

    async def open(self) -> VirtClient:
        """The connection's client, its worker started when none runs.

        Raises ConnectFailure (VirtClient.open()'s sentences)."""
        if self._held is None:
            self._held = HUB.acquire(self.uri)
        try:
            client = await HUB.client(self._held)
        except ConnectFailure:
            self.state = self.active = None
            raise
        if client is not self._client:
            if self._unsubscribe is not None:
                self._unsubscribe()
            self._client = client
            self._unsubscribe = client.on_event(self._take_event)
        return client

    def _take_event(self, event: dict[str, Any]) -> None:
        if event.get("event") in CONSOLE_EVENTS and event.get("domain") == self.name:
            for console in list(self._console_listeners):
                console(event)
        if event.get("event") == "lifecycle" and event.get("domain") == self.name:
            self._set_state(number(event.get("state")), number(event.get("reason")))
            self._changed.set()
            for listener in list(self._lifecycle_listeners):
                listener()

    def on_lifecycle(self, callback: Callable[[], None]) -> Callable[[], None]:
        """Call `callback()` on each lifecycle event of this domain (started, suspended,
        resumed, ... also by a snapshot's revert done elsewhere); returns a function that
        stops it."""
        self._lifecycle_listeners.append(callback)

        def stop() -> None:
            if callback in self._lifecycle_listeners:
                self._lifecycle_listeners.remove(callback)

        return stop

    def on_console(self, callback: Callable[[dict[str, Any]], None]) -> Callable[[], None]:
        """Call `callback(event)` with each console event of this domain (CONSOLE_EVENTS:
        virt/console_ops.py's "console" with base64 `data`, "console_closed" with
        `reason`); returns a function that stops it."""
        self._console_listeners.append(callback)

        def stop() -> None:
            if callback in self._console_listeners:
                self._console_listeners.remove(callback)

        return stop

    async def wait_changed(self) -> None:
        """Wait for a lifecycle event of this domain (or its worker's end) after the
        last refresh(): how a session waits on a shut-off domain without asking
        libvirt again and again. Never raises."""
        client = self._client
        waits = [asyncio.ensure_future(self._changed.wait())]
        if client is not None:
            waits.append(asyncio.ensure_future(client.closed.wait()))
        try:
            await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for wait in waits:
                wait.cancel()

    def _set_state(self, state: int, reason: int) -> None:
        self.state = state_words(state, reason)
        self.active = is_active(state)

    async def refresh(self) -> None:
        """Ask libvirt for the domain's state (`state`, `active`, `uuid`); the first
        time, the connection's listing answers when it has it (virt/listed.py).

        Raises ConnectFailure: DomainGone when the domain is not defined, another for a
        connection that cannot be opened; ConnectionLost when the worker ends."""
        client = await self.open()
        self._changed.clear()  # an event from now on wakes wait_changed()
        # At first the connection's listing knows it (kept by the events since): not
        # asked again. Later (QEMU ended, an event woke a wait) libvirt is asked anew,
        # as that moment's truth matters more than a request saved.
        answer = client.listed.known(self.name) if self.state is None else None
        try:
            if answer is None:
                answer = await client.request("state", domain=self.name)
        except LibvirtError as err:
            if err.code == NO_DOMAIN:
                self.state = self.active = None
                raise DomainGone(
                    ConnectKind.OTHER, err.message, translate("Domain", "no such domain")
                ) from None
            raise ConnectFailure(ConnectKind.OTHER, err.message) from None
        self._set_state(int(answer["state"]), int(answer["reason"]))
        self.uuid = str(answer.get("uuid") or "") or None

    def check_active(self) -> None:
        """Raise DomainInactive when the last state known has no QEMU running."""
        if self.active is False:
            raise DomainInactive(self.name, self.state or translate("Domain", "not running"))

    async def check_not_incoming(self) -> None:
        """Raise DomainMigratingIn when libvirt's incoming migration holds the domain.

        Asked only when its last state is "paused (migrating)", which a source has for
        its switch-over too: at a destination libvirt 9.0 refuses the job's statistics
        ("available only on the source host"), which tells the two apart. Raises
        ConnectionLost when the worker ends."""
        if self.state != _PAUSED_MIGRATING:
            return
        try:
            await self.call("job_stats")
        except LibvirtError as err:
            if err.code == _OPERATION_UNSUPPORTED:
                raise DomainMigratingIn(self.name) from None

    async def call(self, op: str, **args: Any) -> Any:
        """Run one of libvirt's domain operations (`op`: LIFECYCLE_OPS, "change_media",
        "screenshot", "memory", "set_memory", "send_key", "qmp", "hmp", "networks", the
        snapshot and device ops of virt/snapshot_ops.py and virt/device_ops.py) on this domain; its result. `args` go to the op; `timeout`
        (seconds) to the request.

        Raises LibvirtError with libvirt's sentence when it refuses, ConnectFailure when
        the connection cannot be opened, ConnectionLost when the worker ends."""
        client = await self.open()
        return await client.request(op, domain=self.name, **args)

    async def aclose(self) -> None:
        """Let go of the worker (ended when no other user holds it); safe at any time."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self._client = None
        held, self._held = self._held, None
        if held is not None:
            await HUB.release(held)
