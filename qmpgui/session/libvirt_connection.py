"""LibvirtConnection: one libvirt connection of the VM list (`qemu:///system`), whose
children are its domains.

It lists every domain of the connection, shut-off ones too, and keeps the list live
from libvirt's lifecycle events (defined: a domain appears; undefined: it goes; the
others change its state), without polling. Its worker is virt/hub.py's, shared with the
domains' sessions of the same URI. Its own state says how the connection stands
(connecting, connected with N domains, libvirtd not running, permission denied, lost
and reconnecting with the sessions' backoff). QtCore only.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from qmpgui.i18n import PLURAL, translate
from qmpgui.log.entry import Level
from qmpgui.qmp import ConnectFailure, QmpFailure
from qmpgui.qmp.errors import headline
from qmpgui.session.backoff import reconnect_delay
from qmpgui.session.state import ConnState
from qmpgui.session.tasks import TaskSet
from qmpgui.virt.client import VirtClient
from qmpgui.virt.hub import HUB, SharedClient
from qmpgui.virt.states import is_active, number, state_words

#: The connection's task that opens, lists and waits: a new one replaces it.
RUN_TASK = "run"
#: Domains of a listing announced at once: each becomes a session and a row, about half a
#: millisecond of the window's thread; the window paints and takes input between slices.
LISTING_SLICE = 16


@dataclass
class DomainState:
    """A domain as the connection's listing knows it."""

    #: libvirt's state in virsh's words: "running (booted)", "shut off (destroyed)".
    words: str
    #: Whether its QEMU runs.
    active: bool


class LibvirtConnection(QObject):
    """The libvirt connection `uri` (a URI that parse_connection_uri() accepted) and
    its domains.

    `autoconnect` and `transient` as VmSession's (connect at start-up; given on the
    command line, never saved). connect_conn() opens it in a task and keeps it open,
    reconnecting after a loss; disconnect_conn() lets it go. `domains` maps each
    domain's name to its DomainState; `state` is a ConnState, `error` the sentence
    behind ERROR, WAITING or RECONNECTING, `error_cause` its head.
    """

    #: (): the connection's state or its count of domains changed.
    stateChanged = Signal()
    #: (list[str]): domains of these names were listed or defined, in listing order:
    #: a listing's in slices of LISTING_SLICE, an event's one.
    domainsAdded = Signal(list)
    #: (str): the domain of this name was undefined (or is no longer listed).
    domainRemoved = Signal(str)
    #: (Level, str): a message for the user, starting with the URI.
    message = Signal(object, str)

    def __init__(
        self,
        uri: str,
        *,
        autoconnect: bool = True,
        transient: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.uri = uri
        self.autoconnect = autoconnect
        self.transient = transient
        self.state = ConnState.DISCONNECTED
        self.error: str | None = None
        self.error_cause: str | None = None
        #: Attempts since the connection was lost or found no libvirtd (1-based).
        self.attempt = 0
        #: When the next attempt starts (time.monotonic() s); None when none is due.
        self.next_retry_at: float | None = None
        self.domains: dict[str, DomainState] = {}
        self._tasks = TaskSet()
        self._held: SharedClient | None = None

    # -- what the views read --------------------------------------------------------

    def state_text(self, now: float | None = None) -> str:
        """The state whole: "connecting…", "connected: 3 domains", "lost: reconnecting
        in 4 s (attempt 2)", the waiting or error sentence. `now`: monotonic s."""
        if self.state is ConnState.CONNECTED:
            count = len(self.domains)
            return translate("LibvirtConnection", "connected: %n domain(s)", None, PLURAL, count)
        if self.state is ConnState.CONNECTING:
            return "connecting…"
        if self.state in (ConnState.RECONNECTING, ConnState.WAITING):
            left = ""
            if self.next_retry_at is not None:
                seconds = max(0, round(self.next_retry_at - (now or time.monotonic())))
                left = translate("LibvirtConnection", " in {seconds} s").format(seconds=seconds)
            head = "lost" if self.state is ConnState.RECONNECTING else self.error_cause
            return translate(
                "LibvirtConnection", "{head}: trying again{left} (attempt {attempt})"
            ).format(head=head, left=left, attempt=self.attempt)
        if self.state is ConnState.ERROR:
            return translate("LibvirtConnection", "error: {error}").format(error=self.error)
        return "disconnected"

    def state_brief(self, now: float | None = None) -> str:
        """state_text() with an error's cause only, for the list's State column."""
        if self.state is ConnState.ERROR:
            return translate("LibvirtConnection", "error: {v0}").format(
                v0=self.error_cause or self.error
            )
        return self.state_text(now)

    @property
    def can_connect(self) -> bool:
        """Connect does something: not connected, or only waiting to retry."""
        return self.state not in (ConnState.CONNECTING, ConnState.CONNECTED)

    # -- control --------------------------------------------------------------------

    def connect_conn(self) -> None:
        """Open the connection and list its domains, in a task (a running loop is
        needed); how it goes is said through the signals, never raised."""
        self._tasks.spawn(self._run(), RUN_TASK)
        self._set(ConnState.CONNECTING)

    def disconnect_conn(self) -> None:
        """Stop the connection's task and let go of its worker; the domains stay listed
        as last known."""
        task = self._tasks.get(RUN_TASK)
        if task is not None:
            task.cancel()
        held, self._held = self._held, None
        if held is not None:
            self._tasks.spawn(HUB.release(held), "release", finish=True)
        if self.state is not ConnState.DISCONNECTED:
            self._set(ConnState.DISCONNECTED)

    async def aclose(self) -> None:
        """Disconnect and wait until every task of the connection has ended."""
        self.disconnect_conn()
        await self._tasks.aclose()

    # -- internals --------------------------------------------------------------------

    def _set(self, state: ConnState, error: str | None = None, cause: str | None = None) -> None:
        self.state, self.error, self.error_cause = state, error, cause
        if state not in (ConnState.RECONNECTING, ConnState.WAITING):
            self.next_retry_at = None
        self.stateChanged.emit()

    def _say(self, level: Level, text: str) -> None:
        self.message.emit(level, f"{self.uri}: {text}")

    async def _run(self) -> None:
        lost = False
        if self._held is None:
            self._held = HUB.acquire(self.uri)
        while True:
            try:
                client = await HUB.client(self._held)
                await self._list(client)
            except ConnectFailure as failure:
                if not (lost or failure.nothing_listens):
                    # The cause in the sentence's own words ("permission denied on the
                    # libvirt socket ..."), not the kind's label.
                    self._set(ConnState.ERROR, failure.message, headline(failure.message))
                    self._say(Level.ERROR, failure.message)
                    return
                await self._wait(
                    ConnState.RECONNECTING if lost else ConnState.WAITING,
                    failure.message,
                    failure.cause,
                )
                continue
            except QmpFailure as failure:  # the worker ended while listing
                lost = True
                await self._wait(ConnState.RECONNECTING, failure.message)
                continue
            self.attempt = 0
            self._set(ConnState.CONNECTED)
            self._say(Level.INFO, self.state_text())
            await client.closed.wait()
            lost = True
            reason = client.reason or translate("LibvirtConnection", "the libvirt worker ended")
            self._say(
                Level.WARNING,
                translate("LibvirtConnection", "connection lost: {reason}").format(reason=reason),
            )
            await self._wait(
                ConnState.RECONNECTING,
                translate("LibvirtConnection", "connection lost: {reason}").format(reason=reason),
            )

    async def _wait(self, state: ConnState, reason: str, cause: str = "lost") -> None:
        """The sessions' backoff (1 s doubling to 30 s) before the next attempt; `cause`
        heads a WAITING state ("libvirtd not running", "libvirtd not answering")."""
        self.attempt += 1
        delay = reconnect_delay(self.attempt)
        first_wait = self.state is not state or cause != self.error_cause
        cause = cause if state is ConnState.WAITING else "lost"
        self.next_retry_at = time.monotonic() + delay
        self.state, self.error, self.error_cause = state, reason, cause
        self.stateChanged.emit()
        if first_wait and state is ConnState.WAITING:
            self._say(
                Level.INFO,
                translate("LibvirtConnection", "{reason}; qmpgui tries again").format(
                    reason=reason
                ),
            )
        await asyncio.sleep(delay)

    async def _list(self, client: VirtClient) -> None:
        """List the domains and follow their lifecycle events from then on. Events that
        arrive while the list is on its way are applied after it, in order."""
        early: list[dict[str, Any]] | None = []

        def take(event: dict[str, Any]) -> None:
            if event.get("event") != "lifecycle":
                return
            if early is not None:
                early.append(event)
            else:
                self._take(event)

        unsubscribe = client.on_event(take)
        try:
            listing = await client.request("list")
        except BaseException:
            unsubscribe()
            raise
        names = {str(d["name"]): DomainState(str(d["words"]), bool(d["active"])) for d in listing}
        for name in [n for n in self.domains if n not in names]:
            del self.domains[name]
            self.domainRemoved.emit(name)
        added = [name for name in names if name not in self.domains]
        self.domains.update((name, names[name]) for name in names if name in self.domains)
        # One signal per slice, not per domain: the list inserts a slice's rows at once.
        # A domain is known once announced (a cancelled listing announces the rest next time).
        for start in range(0, len(added), LISTING_SLICE):
            if start:
                await asyncio.sleep(0)
            batch = added[start : start + LISTING_SLICE]
            self.domains.update((name, names[name]) for name in batch)
            self.domainsAdded.emit(batch)
        pending, early = early or [], None
        for event in pending:
            self._take(event)

    def _take(self, event: dict[str, Any]) -> None:
        name, kind = event.get("domain"), event.get("kind")
        if not isinstance(name, str) or not name:
            return
        if kind == "undefined":
            if self.domains.pop(name, None) is not None:
                self.domainRemoved.emit(name)
                self.stateChanged.emit()
            return
        state, reason = number(event.get("state")), number(event.get("reason"))
        domain = DomainState(state_words(state, reason), is_active(state))
        known = name in self.domains
        self.domains[name] = domain
        if not known:
            self.domainsAdded.emit([name])
            self.stateChanged.emit()
