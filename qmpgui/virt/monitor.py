"""DomainMonitor: a libvirt domain's QEMU monitor, through libvirt's pass-through
(qemuMonitorCommand for commands, qemuMonitorEventRegister for events), offering what
the session layer uses of QmpConnection (qmp/monitor.py's Monitor), so that the panes,
the event log and the console work on a domain unchanged."""

from __future__ import annotations

import asyncio
import collections
import json
from collections.abc import Mapping
from typing import Any

from qmpgui.i18n import translate
from qmpgui.qmp.connection import DEFAULT_COMMAND_TIMEOUT_S, DEFAULT_EVENT_BUFFER, discover
from qmpgui.qmp.endpoint import Endpoint
from qmpgui.qmp.errors import (
    CommandFailed,
    ConnectionLost,
    InvalidRequest,
    NotConnected,
    oob_unavailable,
)
from qmpgui.qmp.types import Capabilities, Event, Greeting, VersionInfo
from qmpgui.virt.client import LibvirtError
from qmpgui.virt.domain import Domain

#: libvirt's error for a domain whose QEMU is not running (VIR_ERR_OPERATION_INVALID).
_OPERATION_INVALID = 55


class DomainMonitor:
    """The QEMU monitor of a libvirt domain, as a QmpConnection.

    `endpoint` is the domain endpoint (`qemu:///system#vm1`); `domain` the Domain a
    session keeps across its connections (its worker then outlives this monitor), or
    None for one of this monitor's own, which close() ends. The timeouts are in
    seconds; `event_buffer` events wait for next_events() before the oldest are dropped.
    Not reusable. Every method raises only QmpFailure subclasses.
    """

    #: No process at the end of a pipe here: the Status pane's pid and user stay empty.
    peer_pid: int | None = None
    peer_uid: int | None = None

    def __init__(
        self,
        endpoint: Endpoint,
        domain: Domain | None = None,
        *,
        command_timeout: float = DEFAULT_COMMAND_TIMEOUT_S,
        event_buffer: int = DEFAULT_EVENT_BUFFER,
    ) -> None:
        self.endpoint = endpoint
        self._owns_domain = domain is None
        self.domain = domain or Domain(endpoint.uri or "", endpoint.domain or "")
        self.command_timeout = command_timeout
        self.greeting = Greeting.parse({})
        self.capabilities = Capabilities()
        self.dropped_events = 0
        self._events: collections.deque[dict[str, Any]] = collections.deque(maxlen=event_buffer)
        self._events_ready = asyncio.Event()
        self._ended = asyncio.Event()
        self._reason: str | None = None
        #: The monitor ended because libvirt restarted QEMU for a snapshot revert.
        self.reverted = False
        self._unsubscribe: Any = None
        self._watch: asyncio.Task[None] | None = None

    @property
    def connected(self) -> bool:
        """True from a successful connect() until the monitor is gone."""
        return self._watch is not None and self._reason is None

    @property
    def oob(self) -> bool:
        """libvirt's pass-through has no out-of-band execution."""
        return False

    async def connect(self) -> None:
        """Open the libvirt connection, check the domain runs, and discover what its QEMU
        offers through the pass-through (query-version, query-qmp-schema).

        Raises ConnectFailure: DomainInactive (shut off: waiting, or Start, mends it;
        DomainMigratingIn while libvirt's incoming migration holds it: waiting mends it),
        DomainGone, libvirtd not running or refusing; a QmpFailure when discovery fails.
        """
        await self.domain.refresh()
        self.domain.check_active()
        await self.domain.check_not_incoming()
        client = await self.domain.open()
        self._unsubscribe = client.on_event(self._take)
        self._watch = asyncio.get_running_loop().create_task(self._watch_client(client))
        try:
            version = VersionInfo.parse(await self.execute("query-version"))
            self.greeting = Greeting(version, ())
            self.capabilities = await self._discover()
        except BaseException:
            await self.close()
            raise

    async def _discover(self) -> Capabilities:
        return await discover(self.execute)

    async def _watch_client(self, client: Any) -> None:
        await client.closed.wait()
        self._end(
            translate("DomainMonitor", "connection lost: {reason}").format(reason=client.reason)
        )

    def _take(self, event: dict[str, Any]) -> None:
        if event.get("domain") != self.domain.name:
            return
        if event.get("event") == "qmp":
            if len(self._events) == self._events.maxlen:
                self.dropped_events += 1
            self._events.append(event.get("message") or {})
            self._events_ready.set()
        elif event.get("event") == "lifecycle" and event.get("kind") == "reverted":
            # libvirt stopped this QEMU to revert to a snapshot and starts another: an
            # orderly end, as a SHUTDOWN would announce.
            self.reverted = True
            self._end(
                translate(
                    "DomainMonitor", "libvirt restarts QEMU to revert the domain to a snapshot"
                )
            )
        elif event.get("event") == "lifecycle" and event.get("kind") in (
            "stopped",
            "crashed",
            "undefined",
        ):
            # QEMU is gone (its SHUTDOWN, when it said one, came before through the
            # pass-through and is in the buffer already).
            self._end(
                translate("DomainMonitor", "the domain {v0}: it is {state} (libvirt)").format(
                    v0=event.get("kind"), state=self.domain.state
                )
            )

    def _end(self, reason: str) -> None:
        if self._reason is None:
            self._reason = reason
        self._ended.set()
        self._events_ready.set()

    async def wait_closed(self) -> str:
        """Wait until the monitor is gone (QEMU stopped, the libvirt connection lost or
        closed); return why, in words. Never raises."""
        await self._ended.wait()
        assert self._reason is not None
        return self._reason

    async def close(self) -> None:
        """Stop taking this domain's events; the domain's worker ends only when this
        monitor made it (a session's Domain outlives it). Safe at any time, any number
        of times."""
        self._end("disconnected")
        if self._owns_domain:
            await self.domain.aclose()
        if self._unsubscribe is not None:
            self._unsubscribe()
        watch, self._watch = self._watch, None
        if watch is not None:
            watch.cancel()
            await asyncio.gather(watch, return_exceptions=True)

    # -- commands ------------------------------------------------------------------

    async def _pass(self, name: str, message: Mapping[str, object], timeout: float | None) -> Any:
        if self._reason is not None and self._watch is None:
            raise NotConnected(
                translate("DomainMonitor", "{name} not sent: not connected").format(name=name)
            )
        if self._reason is not None:
            raise ConnectionLost(
                translate("DomainMonitor", "{name} not sent: {reason}").format(
                    name=name, reason=self._reason
                )
            )
        seconds = self.command_timeout if timeout is None else timeout
        try:
            return await self.domain.call(
                "qmp", command=json.dumps(message), timeout=max(seconds, 1.0)
            )
        except LibvirtError as err:
            if err.code == _OPERATION_INVALID:
                raise ConnectionLost(
                    translate("DomainMonitor", "{name} not sent: {libvirt}").format(
                        name=name, libvirt=err.libvirt
                    )
                ) from None
            raise

    async def execute(
        self,
        command: str,
        arguments: Mapping[str, object] | None = None,
        timeout: float | None = None,
    ) -> object:
        """Run one command through libvirt's pass-through; its `return` value.

        Raises CommandFailed for QEMU's error reply, LibvirtError when libvirt refuses,
        ConnectionLost when the domain or the connection is gone."""
        message: dict[str, object] = {"execute": command}
        if arguments:
            message["arguments"] = dict(arguments)
        reply = await self._pass(command, message, timeout)
        error = reply.get("error") if isinstance(reply, dict) else None
        if isinstance(error, dict):
            raise CommandFailed(
                command, str(error.get("class", "GenericError")), str(error.get("desc", ""))
            )
        return reply.get("return", {}) if isinstance(reply, dict) else reply

    async def exchange(
        self, message: Mapping[str, object], timeout: float | None = None
    ) -> dict[str, Any]:
        """Send one command object as written; QEMU's whole reply with the user's `id`.

        libvirt puts its own id on every command, so the user's is kept here and put
        back on the reply. Raises InvalidRequest for `exec-oob` (libvirt has none),
        LibvirtError when libvirt refuses, ConnectionLost when the domain is gone."""
        name = str(message.get("execute") or message.get("exec-oob") or "?")
        if "exec-oob" in message:
            raise oob_unavailable(name)
        if "execute" not in message:
            raise InvalidRequest(
                translate("DomainMonitor", "{name}: a command needs 'execute'").format(name=name)
            )
        wire = {key: value for key, value in message.items() if key != "id"}
        reply = await self._pass(name, wire, timeout)
        result = dict(reply) if isinstance(reply, dict) else {"return": reply}
        result.pop("id", None)
        if "id" in message:
            result["id"] = message["id"]
        return result

    # -- events --------------------------------------------------------------------

    async def next_events(self) -> list[Event]:
        """Wait for events and return all that are buffered, oldest first (at least one).

        Raises ConnectionLost, with the reason, once the monitor is gone and the buffer
        is empty."""
        while not self._events:
            if self._reason is not None:
                raise ConnectionLost(self._reason)
            self._events_ready.clear()
            await self._events_ready.wait()
        batch = [Event.parse(m) for m in self._events]
        self._events.clear()
        return batch
