"""VmSession: one QObject per VM that owns its QMP connection and its tasks.

It connects, discovers what the server offers, keeps the run state current
(events plus a poll), reconnects with backoff when QEMU goes away, and reports
everything through Qt signals. QtCore only: no widget is ever touched here.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping

from PySide6.QtCore import QObject, Signal

from qmpgui.i18n import translate
from qmpgui.log.entry import Level
from qmpgui.qmp import (
    Capabilities,
    ConnectFailure,
    ConnectionLost,
    Endpoint,
    EndpointError,
    NotConnected,
    QmpFailure,
    StatusInfo,
    TlsFiles,
    parse_endpoint,
)
from qmpgui.qmp.errors import headline
from qmpgui.qmp.monitor import Monitor
from qmpgui.session import state_words
from qmpgui.session.connect_slots import connect_slot
from qmpgui.session.domain_view import end_notice, run_state
from qmpgui.session.ending import EndWatch, ShutdownNotice
from qmpgui.session.inspection import Inspection, Topic, all_topics
from qmpgui.session.monitors import domain_for, make_monitor
from qmpgui.session.polling import Poller
from qmpgui.session.state import ConnState, SessionSettings, VmInfo, read_info
from qmpgui.session.tasks import TaskSet
from qmpgui.session.waits import SessionWaits
from qmpgui.virt.domain import Domain, DomainGone, DomainInactive

#: The session's task that connects, serves and reconnects: a new one replaces it.
RUN_TASK = "run"


class VmSession(SessionWaits):
    """One VM: its endpoint, its connection state and what QEMU reports.

    Made with the VM's configured `name` ("" to show the server's -name), its
    `endpoint` text ("unix:/path", "tcp:host:port", ...: qmp.endpoint), whether to
    connect at start (`autoconnect`, read by app/fleet.py) and the shared `settings`.
    Its work runs as asyncio tasks on the running loop: connect_vm(), disconnect_vm()
    and aclose() need one.
    """

    #: (list[Event], oldest first): a batch of QMP events, as they arrived.
    eventsReceived = Signal(list)
    #: (str, a Topic's name): a topic of `inspection` has new data.
    topicChanged = Signal(str)

    def __init__(
        self,
        name: str,
        endpoint: str,
        *,
        autoconnect: bool = False,
        settings: SessionSettings | None = None,
        transient: bool = False,
        tls: TlsFiles | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.configured_name = name
        self.endpoint_text = endpoint
        self.autoconnect = autoconnect
        #: The certificate files for a `tls:` endpoint, read at each connection.
        self.tls = tls or TlsFiles()
        #: Given on the command line: shown, never saved.
        self.transient = transient
        self.settings = settings or SessionSettings()
        #: What the server said on the current (or last) connection.
        self.info = VmInfo()
        self.state = ConnState.DISCONNECTED
        #: Why the state is ERROR or RECONNECTING, in words, or what was found where
        #: QEMU is awaited (WAITING); None otherwise.
        self.error: str | None = None
        #: The head of `error` in a few words ("no such socket"), for the VM list.
        self.error_cause: str | None = None
        #: How QEMU announced its end while the state is EXITED; None otherwise.
        self.shutdown: ShutdownNotice | None = None
        self._end_watch = EndWatch()
        #: Reconnect attempts since the connection was lost (1-based); 0 when not reconnecting.
        self.attempt = 0
        #: When the next attempt starts: time.monotonic() seconds; None when none is due.
        self.next_retry_at: float | None = None
        self._conn: Monitor | None = None
        #: The libvirt domain of a domain endpoint, kept across connections (a shut-off
        #: domain has no monitor but can be started); None for a socket endpoint.
        self.domain: Domain | None = None
        #: run_status when stateChanged was last emitted for a query-status answer.
        self._shown_status: str | None = None
        self._tasks = TaskSet()
        #: What the panes show; replaced on each new connection.
        self.inspection = Inspection()
        self._poller = Poller(
            self.settings, self._on_status, self.topicChanged.emit, self._report_once
        )
        #: Problems said this connection (see _report_once).
        self._reported: set[str] = set()
        #: Set while QEMU is asked to exit (quit, power down): its end is then no loss.
        self._exit_expected: str | None = None
        #: The last connection ended with QEMU exiting as asked.
        self.exit_seen = False

    # -- what the views read ------------------------------------------------

    @property
    def display_name(self) -> str:
        """The VM's name as shown: the configured name, else the server's -name (query-name),
        else the endpoint text."""
        return self.configured_name or self.info.query_name or self.endpoint_text

    @property
    def connected(self) -> bool:
        """Whether the state is CONNECTED (negotiated, first queries answered)."""
        return self.state is ConnState.CONNECTED

    @property
    def can_connect(self) -> bool:
        """Connect does something: not connected, or only waiting to retry."""
        return self.state in (
            ConnState.DISCONNECTED,
            ConnState.ERROR,
            ConnState.RECONNECTING,
            ConnState.EXITED,
            ConnState.WAITING,
        )

    @property
    def run_status(self) -> str | None:
        """The run state from the last query-status ("running", "paused", ...: a RunState
        name of qapi/run-state.json, as a domain's reads: domain_view.run_state()); None
        when not connected."""
        status = self.info.status
        return run_state(status, self.domain) if status and self.connected else None

    @property
    def capabilities(self) -> frozenset[str]:
        """The command names the connected server lists (query-qmp-schema, else
        query-commands); empty when not connected or when neither answered."""
        return self._conn.capabilities.commands if self._conn and self.connected else frozenset()

    @property
    def server_caps(self) -> Capabilities:
        """Commands, events and argument names of the connected server; an empty
        Capabilities (source "none") when not connected."""
        return self._conn.capabilities if self._conn and self.connected else Capabilities()

    @property
    def connection(self) -> Monitor | None:
        """The live connection, for the command helpers of this layer; None when not
        connected."""
        return self._conn if self.connected else None

    @property
    def endpoint(self) -> Endpoint | None:
        """`endpoint_text` parsed; None when it is not a valid endpoint (never raises)."""
        try:
            return parse_endpoint(self.endpoint_text)
        except EndpointError:
            return None

    def state_text(self, now: float | None = None) -> str:
        """The state whole, as state_words.state_text() says it (`now`: monotonic s)."""
        return state_words.state_text(self, now)

    def state_brief(self, now: float | None = None) -> str:
        """The state's cause first and short (state_words.state_brief()), for the list."""
        return state_words.state_brief(self, now)

    # -- control --------------------------------------------------------------

    def update(
        self, name: str, endpoint: str, autoconnect: bool, tls: TlsFiles | None = None
    ) -> None:
        """Apply an edited name, endpoint text, autoconnect flag and TLS files (None:
        unchanged). A changed endpoint or TLS file reconnects unless the session is
        disconnected (needs a running loop then)."""
        tls = self.tls if tls is None else tls
        changed_endpoint = endpoint != self.endpoint_text or tls != self.tls
        self.configured_name, self.endpoint_text, self.autoconnect = name, endpoint, autoconnect
        self.tls = tls
        if changed_endpoint and self.state is not ConnState.DISCONNECTED:
            self.connect_vm()
        self.stateChanged.emit()

    def connect_vm(self) -> None:
        """Start connecting, in a task; a connection in progress, or a wait to retry, is
        replaced. The state is CONNECTING at once. Raises RuntimeError without a running
        loop. How it went is said through the signals, never raised."""
        self._tasks.spawn(self._run(), RUN_TASK)
        if self.state is not ConnState.CONNECTING:
            # At once, not when the task first runs: Disconnect must work from now on.
            self._set_state(ConnState.CONNECTING)

    def disconnect_vm(self, *, quiet: bool = False) -> None:
        """Close the connection and stop reconnecting; the state is DISCONNECTED at once,
        and said ("disconnected by the user") unless `quiet` (qmpgui is closing: it says
        so once for all VMs).

        The close runs as a task that aclose() waits for (a running loop is needed when
        there is a connection to close).
        """
        self._exit_expected = None  # the user ended it: whatever QEMU does next is unseen
        self.exit_seen = False
        self._cancel_run()
        conn, self._conn = self._conn, None
        if conn is not None:
            self._tasks.spawn(conn.close(), "close", finish=True)
        if self.domain is not None:  # its worker process ends with the session's watch
            self._close_domain(self.domain)
            self.domain = None
        if self.state is not ConnState.DISCONNECTED:
            self._set_state(ConnState.DISCONNECTED)
            if not quiet:
                self.say(
                    Level.INFO, "disconnected", translate("VmSession", "disconnected by the user")
                )

    async def aclose(self, *, quiet: bool = False) -> None:
        """Disconnect (`quiet`: as disconnect_vm()) and wait until every task of this
        session has ended (closing the connection is waited for, not cancelled)."""
        self.disconnect_vm(quiet=quiet)
        await self._tasks.aclose()

    async def execute(self, command: str, arguments: Mapping[str, object] | None = None) -> object:
        """Run `command` with `arguments` on the current connection; its `return` value
        (any JSON value; {} for none).

        Raises NotConnected when not connected (nothing is sent); CommandFailed for an
        error reply, CommandTimeout after `settings.command_timeout_s` seconds,
        ConnectionLost when the connection ends (all QmpFailure, with a readable message).
        """
        conn = self._conn
        if conn is None or not self.connected:
            raise NotConnected(
                translate("VmSession", "{display_name} is not connected").format(
                    display_name=self.display_name
                )
            )
        conn.command_timeout = self.settings.command_timeout_s
        return await conn.execute(command, arguments)

    def expect_exit(self, why: str | None) -> None:
        """QEMU was asked to exit: when the connection ends, stop instead of reconnecting.

        `why` completes "QEMU exited after ..."; None withdraws the expectation. A libvirt
        domain stays watched instead: libvirt says it is shut off, and Start boots it.
        """
        self._exit_expected = why if self.domain is None else None

    def request_refresh(self, topics: frozenset[Topic] | None = None) -> None:
        """Refresh `topics` (a frozenset of Topic; default: everything on screen, the run
        state and what the actions read) as soon as no poll runs; never raises.

        Disk I/O samples stay on the tick, so rates and the sparkline stay evenly spaced.
        """
        self._poller.request(topics)

    @property
    def watched(self) -> frozenset[Topic]:
        """The topics polled besides the VM list's (those of the pane on screen): a
        frozenset of Topic."""
        return self._poller.watched

    def set_watched(self, topics: frozenset[Topic]) -> None:
        """Poll `topics` (a frozenset of Topic) besides the VM list's; newly shown ones
        refresh at once when connected."""
        self._poller.watch(topics, self.connected)

    @property
    def in_sight(self) -> bool:
        """Whether the VM is polled at the full rate: the window shows its row or has it
        selected (see set_in_sight)."""
        return self._poller.in_sight

    def set_in_sight(self, seen: bool) -> None:
        """Poll at SessionSettings.poll_interval_s while `seen` (a visible row of the VM
        list, or selected), else the disk I/O every unseen_io_s and the run state every
        unseen_status_s besides its events. Coming into sight polls at once. True at first."""
        self._poller.set_in_sight(seen)

    @property
    def poll_count(self) -> int:
        """Polls run since the session was made."""
        return self._poller.poll_count

    @property
    def skipped_polls(self) -> int:
        """Ticks skipped because the previous poll was still running (QEMU slow to answer)."""
        return self._poller.skipped_polls

    # -- internals ------------------------------------------------------------

    def _cancel_run(self) -> None:
        # Stops connecting, serving and waiting to retry alike: they are one task.
        task = self._tasks.get(RUN_TASK)
        if task is not None:
            task.cancel()

    def _set_state(
        self, state: ConnState, error: str | None = None, cause: str | None = None
    ) -> None:
        # Any state but the waits ends a series of attempts (_wait_retry counts them).
        self.state = state
        self.error = error
        self.error_cause = cause
        if state not in (ConnState.RECONNECTING, ConnState.EXITED, ConnState.WAITING):
            self.attempt = 0
            self.next_retry_at = None
            self.shutdown = None
        self.stateChanged.emit()

    async def _run(self) -> None:
        """Connect, serve, and reconnect with backoff after the connection is lost; wait
        quietly for a QEMU to listen where nothing does yet."""
        try:
            endpoint = parse_endpoint(self.endpoint_text)
        except EndpointError as err:
            self._fail(str(err), headline(str(err)))
            return
        if not endpoint.is_ssh:  # asyncssh loads with the first ssh:// VM alone
            await self._serve_until_done(endpoint)
            return
        from qmpgui.qmp.ssh.hub import hold_transport  # noqa: PLC0415

        # An ssh:// VM keeps its SSH connection between QMP connections (the others of
        # that host share it), so a QEMU restarted there is reached without new questions.
        with hold_transport(endpoint):
            await self._serve_until_done(endpoint)

    async def _serve_until_done(self, endpoint: Endpoint) -> None:
        reconnecting = False
        #: Nothing listened at the endpoint: watched until QEMU starts (WAITING).
        waiting = False
        #: QEMU ended in order: its end is said, the attempts to reach a new one are not.
        quiet = False
        previous_uuid = self.info.uuid
        while True:
            if not (reconnecting or waiting) and self.state is not ConnState.CONNECTING:
                self._set_state(ConnState.CONNECTING)
            self.domain = domain_for(endpoint, self.domain, self._close_domain)
            conn = make_monitor(endpoint, self.settings, self.display_name, self.domain, self.tls)
            try:
                async with connect_slot():  # a fleet connects a few VMs at a time
                    await conn.connect()
                    self.info = await read_info(conn)
            except asyncio.CancelledError:
                # Disconnect while the first queries ran: the connection must not linger
                # (it would hold the monitor). Its own task, which aclose() lets finish.
                self._tasks.spawn(conn.close(), "close", finish=True)
                raise
            except QmpFailure as failure:
                await conn.close()
                # A domain undefined meanwhile is gone, not lost: no attempt brings it
                # back (a define and Connect do), so it ends as an error saying so.
                if not reconnecting or isinstance(failure, DomainInactive | DomainGone):
                    if not (isinstance(failure, ConnectFailure) and failure.nothing_listens):
                        self._fail(failure.message, failure.cause)
                        return
                    # QEMU not started yet (or stopped): no failure, the endpoint is
                    # watched. What waiting cannot mend ends the watch as an error.
                    waiting = True
                    shown = failure.cause if isinstance(failure, DomainInactive) else None
                    await self._wait_for_qemu(failure.message, shown)
                    continue
                await self._wait_retry(failure.message, quiet=quiet)
                continue
            self._take(conn, previous_uuid)
            previous_uuid = self.info.uuid
            reason = await self._serve(conn)
            self._conn = None
            if self._exit_expected is not None:
                why, self._exit_expected = self._exit_expected, None
                self.exit_seen = True
                self._set_state(ConnState.DISCONNECTED)
                self.say(
                    Level.INFO,
                    "exited",
                    translate("VmSession", "QEMU exited after {why}").format(why=why),
                )
                return
            reconnecting = True
            self.attempt = 0  # a good connection resets the backoff
            if self.domain is not None and self.domain.active is False:
                continue  # libvirt ended it: its state says how (destroyed), Start mends it
            # QEMU said SHUTDOWN (or libvirt restarted it for a revert): an orderly end.
            self.shutdown = end_notice(self._end_watch.notice, conn)
            quiet = self.say_end(self.shutdown, reason)
            await self._wait_retry(reason, quiet=quiet)

    def _close_domain(self, domain: Domain) -> None:
        self._tasks.spawn(domain.aclose(), "close-domain", finish=True)

    def _fail(self, reason: str, cause: str) -> None:
        self._set_state(ConnState.ERROR, reason, cause)
        self.say(Level.ERROR, "error", reason)

    def _take(self, conn: Monitor, previous_uuid: str | None) -> None:
        """Make the new connection `conn` the session's, and say so."""
        self._conn = conn
        self._exit_expected = None
        self.exit_seen = False
        self._end_watch = EndWatch()
        self.inspection = Inspection()
        self._reported.clear()
        # The state read on connecting is shown now: the first poll's same answer repaints
        # nothing (out of sight it comes late, one VM at a time, each a refit of the list).
        # Not run_status, None until the state below: every first poll was a change.
        status = self.info.status
        self._shown_status = run_state(status, self.domain) if status else None
        self._set_state(ConnState.CONNECTED)
        for topic in all_topics():
            self.topicChanged.emit(topic.name)
        self.say_connected(self.info.version.text, self.run_status, self.info.uuid, previous_uuid)

    async def _serve(self, conn: Monitor) -> str:
        """Drain events and poll until the connection ends; return why it ended."""
        drain = self._tasks.spawn(self._drain_events(conn), "events")
        poll = self._tasks.spawn(self._poller.run(conn, self.inspection), "poll")
        try:
            reason = await conn.wait_closed()
            # The last events (the SHUTDOWN that says why QEMU went) may still wait in
            # the buffer: the drain takes them and then ends by itself.
            await asyncio.gather(drain, return_exceptions=True)
            return reason
        finally:
            drain.cancel()
            poll.cancel()
            await asyncio.gather(drain, poll, return_exceptions=True)
            await conn.close()

    async def _drain_events(self, conn: Monitor) -> None:
        # Takes events in batches (each one signal, each one refresh request) so that a
        # storm of them costs one pass per batch, not one per event.
        while True:
            try:
                batch = await conn.next_events()
            except ConnectionLost:
                return
            self._poller.take_events(batch, self.inspection)
            self._end_watch.take(batch)
            self.eventsReceived.emit(batch)

    def _on_status(self, status: StatusInfo) -> None:
        # run_status reads libvirt's state of a domain too, which moves on its own events.
        if status != self.info.status or self.run_status != self._shown_status:
            self.info.status = status
            self._shown_status = self.run_status
            self.stateChanged.emit()

    def _report_once(self, level: Level, text: str) -> None:
        """Say a problem that repeats on every poll only once per connection."""
        if text not in self._reported:
            self._reported.add(text)
            self.say(level, "problem", text)
