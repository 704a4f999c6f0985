"""VmSession: one QObject per VM that owns its QMP connection and its tasks.

It connects, discovers what the server offers, keeps the run state current
(events plus a poll), reconnects with backoff when QEMU goes away, and reports
everything through Qt signals. QtCore only: no widget is ever touched here.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Coroutine, Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from PySide6.QtCore import QObject, Signal

from qmpgui.log.entry import Level, LogEntry, LogKind, command_entry
from qmpgui.qmp import (
    Capabilities,
    CommandFailed,
    ConnectionLost,
    Endpoint,
    EndpointError,
    NotConnected,
    QmpConnection,
    QmpFailure,
    StatusInfo,
    VersionInfo,
    parse_endpoint,
)
from qmpgui.qmp.types import parse_name, parse_uuid
from qmpgui.session.backoff import reconnect_delay
from qmpgui.session.inspection import PERIODIC, Fetcher, Inspection, Topic, topics_for_event

#: Timers may fire a little early: a tick this close to due is due.
TICK_SLACK_S = 0.01
#: The least time between polls that events ask for: a storm of events is merged.
EVENT_POLL_GAP_S = 0.25


class ConnState(Enum):
    DISCONNECTED = "disconnected"
    CONNECTING = "connecting"
    CONNECTED = "connected"
    RECONNECTING = "reconnecting"
    ERROR = "error"


@dataclass
class SessionSettings:
    """Preferences every session reads live, shared by all sessions of a window."""

    poll_interval_s: float = 2.0
    command_timeout_s: float = 10.0
    greeting_timeout_s: float = 5.0


@dataclass
class VmInfo:
    """What the server told about itself on the current (or last) connection."""

    query_name: str | None = None
    uuid: str | None = None
    version: VersionInfo = field(default_factory=VersionInfo)
    command_count: int | None = None
    event_count: int | None = None
    connected_since: float | None = None  # wall-clock seconds
    status: StatusInfo | None = None


class VmSession(QObject):
    """One VM: its endpoint, its connection state and what QEMU reports."""

    #: Connection state, run state or the displayed name changed.
    stateChanged = Signal()
    #: A batch of QMP events (list[Event]), oldest first.
    eventsReceived = Signal(list)
    #: A message for the user: (Level, str).
    message = Signal(object, str)
    #: A topic of `inspection` (a Topic value) has new data.
    topicChanged = Signal(str)
    #: An entry for the event log (LogEntry): the connection's story and the user's commands.
    logged = Signal(object)

    def __init__(
        self,
        name: str,
        endpoint: str,
        *,
        autoconnect: bool = False,
        settings: SessionSettings | None = None,
        transient: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.configured_name = name
        self.endpoint_text = endpoint
        self.autoconnect = autoconnect
        #: Given on the command line: shown, never saved.
        self.transient = transient
        self.settings = settings or SessionSettings()
        self.info = VmInfo()
        self.state = ConnState.DISCONNECTED
        self.error: str | None = None
        self.attempt = 0
        self.next_retry_at: float | None = None  # monotonic seconds
        self._conn: QmpConnection | None = None
        self._run_task: asyncio.Task[None] | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._refresh = asyncio.Event()
        #: What the panes show; replaced on each new connection.
        self.inspection = Inspection()
        self._watched: frozenset[Topic] = frozenset()
        self._dirty: set[Topic] = set()
        #: Polls run, and ticks skipped because the previous poll was still running.
        self.poll_count = 0
        self.skipped_polls = 0
        self._reported: set[str] = set()
        #: Set while QEMU is asked to exit (quit, power down): its end is then no loss.
        self._exit_expected: str | None = None
        #: The last connection ended with QEMU exiting as asked.
        self.exit_seen = False

    # -- what the views read ------------------------------------------------

    @property
    def display_name(self) -> str:
        return self.configured_name or self.info.query_name or self.endpoint_text

    @property
    def connected(self) -> bool:
        return self.state is ConnState.CONNECTED

    @property
    def can_connect(self) -> bool:
        """Connect does something: not connected, or only waiting to retry."""
        return self.state in (ConnState.DISCONNECTED, ConnState.ERROR, ConnState.RECONNECTING)

    @property
    def run_status(self) -> str | None:
        status = self.info.status
        return status.status if status and self.connected else None

    @property
    def capabilities(self) -> frozenset[str]:
        return self._conn.capabilities.commands if self._conn and self.connected else frozenset()

    @property
    def server_caps(self) -> Capabilities:
        """Commands, events and argument names of the connected server."""
        return self._conn.capabilities if self._conn and self.connected else Capabilities()

    @property
    def connection(self) -> QmpConnection | None:
        """The live connection, for the command helpers of this layer."""
        return self._conn if self.connected else None

    @property
    def endpoint(self) -> Endpoint | None:
        try:
            return parse_endpoint(self.endpoint_text)
        except EndpointError:
            return None

    def state_text(self, now: float | None = None) -> str:
        """The state as the VM list shows it."""
        if self.state is ConnState.CONNECTED:
            return self.run_status or "connected"
        if self.state is ConnState.RECONNECTING:
            wait = ""
            if self.next_retry_at is not None:
                left = max(0, round(self.next_retry_at - (now or time.monotonic())))
                wait = f", next try in {left} s"
            return f"reconnecting (attempt {self.attempt}{wait})"
        if self.state is ConnState.ERROR:
            return f"error: {self.error}"
        return str(self.state.value)

    # -- control --------------------------------------------------------------

    def update(self, name: str, endpoint: str, autoconnect: bool) -> None:
        """Apply edited settings; a changed endpoint reconnects if connected."""
        changed_endpoint = endpoint != self.endpoint_text
        self.configured_name, self.endpoint_text, self.autoconnect = name, endpoint, autoconnect
        if changed_endpoint and self.state is not ConnState.DISCONNECTED:
            self.connect_vm()
        self.stateChanged.emit()

    def connect_vm(self) -> None:
        """Start connecting; a connection in progress is replaced."""
        self._cancel_run()
        self._run_task = self._spawn(self._run(), f"connect {self.endpoint_text}")
        if self.state is not ConnState.CONNECTING:
            # At once, not when the task first runs: Disconnect must work from now on.
            self._set_state(ConnState.CONNECTING)

    def disconnect_vm(self) -> None:
        """Close the connection and stop reconnecting."""
        self._exit_expected = None  # the user ended it: whatever QEMU does next is unseen
        self.exit_seen = False
        self._cancel_run()
        conn, self._conn = self._conn, None
        if conn is not None:
            self._spawn(conn.close(), "close")
        if self.state is not ConnState.DISCONNECTED:
            self._set_state(ConnState.DISCONNECTED)
            self.say(Level.INFO, "disconnected", "disconnected by the user")

    async def aclose(self) -> None:
        """Disconnect and wait until every task of this session has ended."""
        self.disconnect_vm()
        tasks = list(self._tasks)
        for task in tasks:
            if not task.done() and task.get_name() != "close":
                task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    async def execute(self, command: str, arguments: Mapping[str, object] | None = None) -> object:
        """Run a command on the current connection; raises QmpFailure with a readable message."""
        conn = self._conn
        if conn is None or not self.connected:
            raise NotConnected(f"{self.display_name} is not connected")
        conn.command_timeout = self.settings.command_timeout_s
        return await conn.execute(command, arguments)

    def expect_exit(self, why: str | None) -> None:
        """QEMU was asked to exit: when the connection ends, stop instead of reconnecting.

        `why` completes "QEMU exited after ..."; None withdraws the expectation.
        """
        self._exit_expected = why

    def request_refresh(self, topics: frozenset[Topic] | None = None) -> None:
        """Refresh `topics` (default: everything on screen) as soon as no poll runs.

        Disk I/O samples stay on the tick, so rates and the sparkline stay evenly spaced.
        """
        if topics is None:
            topics = (self._watched | {Topic.STATUS}) - {Topic.BLOCKSTATS}
        self._dirty |= topics
        self._refresh.set()

    @property
    def watched(self) -> frozenset[Topic]:
        return self._watched

    def set_watched(self, topics: frozenset[Topic]) -> None:
        """Poll these topics besides the VM list's; newly shown ones refresh at once."""
        new = topics - self._watched
        self._watched = topics
        if new - PERIODIC and self.connected:
            self.request_refresh(new - PERIODIC)

    # -- internals ------------------------------------------------------------

    def _spawn(self, coro: Coroutine[Any, Any, Any], name: str) -> asyncio.Task[Any]:
        task = asyncio.get_running_loop().create_task(coro, name=name)
        self._tasks.add(task)  # strong reference until done
        task.add_done_callback(self._tasks.discard)
        return task

    def _cancel_run(self) -> None:
        if self._run_task is not None and not self._run_task.done():
            self._run_task.cancel()
        self._run_task = None

    def _set_state(self, state: ConnState, error: str | None = None) -> None:
        self.state = state
        self.error = error
        if state is not ConnState.RECONNECTING:
            self.attempt = 0
            self.next_retry_at = None
        self.stateChanged.emit()

    async def _run(self) -> None:
        """Connect, serve, and reconnect with backoff after the connection is lost."""
        try:
            endpoint = parse_endpoint(self.endpoint_text)
        except EndpointError as err:
            self._fail(str(err))
            return
        reconnecting = False
        previous_uuid = self.info.uuid
        while True:
            if not reconnecting and self.state is not ConnState.CONNECTING:
                self._set_state(ConnState.CONNECTING)
            conn = QmpConnection(
                endpoint,
                name=self.display_name,
                greeting_timeout=self.settings.greeting_timeout_s,
                command_timeout=self.settings.command_timeout_s,
            )
            try:
                await conn.connect()
                await self._load_info(conn)
            except asyncio.CancelledError:
                # Disconnect while the first queries ran: the connection must not linger
                # (it would hold the monitor). Its own task, which aclose() lets finish.
                self._spawn(conn.close(), "close")
                raise
            except QmpFailure as failure:
                await conn.close()
                if not reconnecting:
                    self._fail(failure.message)
                    return
                await self._wait_retry(failure.message)
                continue
            self._conn = conn
            self._exit_expected = None
            self.exit_seen = False
            self.inspection = Inspection()
            self._reported.clear()
            self._set_state(ConnState.CONNECTED)
            for topic in Topic:
                self.topicChanged.emit(str(topic))
            self._report_connected(previous_uuid)
            previous_uuid = self.info.uuid
            reason = await self._serve(conn)
            self._conn = None
            if self._exit_expected is not None:
                why, self._exit_expected = self._exit_expected, None
                self.exit_seen = True
                self._set_state(ConnState.DISCONNECTED)
                self.say(Level.INFO, "exited", f"QEMU exited after {why}")
                return
            self.say(Level.ERROR, "lost", reason)
            reconnecting = True
            self.attempt = 0  # a good connection resets the backoff
            await self._wait_retry(reason)

    def _fail(self, reason: str) -> None:
        self._set_state(ConnState.ERROR, reason)
        self.say(Level.ERROR, "error", reason)

    async def _wait_retry(self, reason: str) -> None:
        self.attempt += 1
        delay = reconnect_delay(self.attempt)
        self.state = ConnState.RECONNECTING
        self.error = reason
        self.next_retry_at = time.monotonic() + delay
        self.stateChanged.emit()
        self._log(Level.WARNING, "reconnecting", f"attempt {self.attempt} in {delay:g} s: {reason}")
        await asyncio.sleep(delay)

    def _report_connected(self, previous_uuid: str | None) -> None:
        self.say(
            Level.INFO,
            "connected",
            f"connected to QEMU {self.info.version.text} ({self.run_status or 'state unknown'})",
            {
                "endpoint": self.endpoint_text,
                "version": self.info.version.text,
                "uuid": self.info.uuid,
                "status": self.run_status,
            },
        )
        uuid = self.info.uuid
        if previous_uuid and uuid and previous_uuid != uuid:
            # Said last, so the status bar keeps the warning rather than the routine news.
            self.say(
                Level.WARNING,
                "uuid-changed",
                f"UUID changed from {previous_uuid} to {uuid}: "
                "a different VM now answers on this endpoint",
            )

    async def _load_info(self, conn: QmpConnection) -> None:
        caps = conn.capabilities
        info = VmInfo(
            version=conn.greeting.version,
            command_count=len(caps.commands) or None,
            event_count=len(caps.events) or None,
            connected_since=time.time(),
        )
        info.status = StatusInfo.parse(await conn.execute("query-status"))
        info.query_name = parse_name(await self._optional(conn, "query-name"))
        info.uuid = parse_uuid(await self._optional(conn, "query-uuid"))
        if info.version.major is None:
            info.version = VersionInfo.parse(await self._optional(conn, "query-version"))
        self.info = info

    @staticmethod
    async def _optional(conn: QmpConnection, command: str) -> object:
        """A query whose absence on an old or stripped-down QEMU is not an error."""
        try:
            return await conn.execute(command)
        except CommandFailed:
            return None

    async def _serve(self, conn: QmpConnection) -> str:
        """Drain events and poll until the connection ends; return why it ended."""
        drain = self._spawn(self._drain_events(conn), "events")
        poll = self._spawn(self._poll(conn), "poll")
        try:
            return await conn.wait_closed()
        finally:
            drain.cancel()
            poll.cancel()
            await asyncio.gather(drain, poll, return_exceptions=True)
            await conn.close()

    async def _drain_events(self, conn: QmpConnection) -> None:
        while True:
            try:
                batch = await conn.next_events()
            except ConnectionLost:
                return
            wanted: set[Topic] = set()
            applied: set[Topic] = set()
            for event in batch:
                wanted |= topics_for_event(event.name)
                topic = self.inspection.apply_event(event)
                if topic is not None:
                    applied.add(topic)
            for topic in applied:  # shown at once; the refresh below confirms it
                self.topicChanged.emit(str(topic))
            wanted &= PERIODIC | self._watched
            if wanted:
                self.request_refresh(frozenset(wanted))
            self.eventsReceived.emit(batch)

    async def _poll(self, conn: QmpConnection) -> None:
        """Poll on a fixed tick, and at once when events or views ask.

        One loop does every poll of this VM, so two never overlap; a tick that
        falls due while a poll still runs is skipped and counted.
        """
        loop = asyncio.get_running_loop()
        fetcher = Fetcher(conn.execute, conn.capabilities.commands, self.inspection)
        next_tick = loop.time()  # the first poll at once fills the panes
        last_end = -EVENT_POLL_GAP_S
        while True:
            delay = next_tick - loop.time()
            if delay > TICK_SLACK_S and not self._dirty:
                # asyncio.timeout, not wait_for: on Python 3.11 wait_for loses a
                # cancellation that arrives as the event is set, and the loop never ends.
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(delay):
                        await self._refresh.wait()
            self._refresh.clear()
            now = loop.time()
            due = now >= next_tick - TICK_SLACK_S
            if not due:
                if not self._dirty:
                    continue  # the timer fired a little early
                gap = last_end + EVENT_POLL_GAP_S - now
                if gap > 0:  # merge a storm of events into one poll
                    await asyncio.sleep(min(gap, next_tick - now))
                    continue
            topics, self._dirty = self._dirty, set()
            interval = max(0.1, self.settings.poll_interval_s)
            if due:
                topics |= PERIODIC | self._watched
                next_tick += interval
            try:
                await self._poll_once(conn, fetcher, topics)
            except ConnectionLost:
                return
            last_end = now = loop.time()
            if now >= next_tick:
                missed = int((now - next_tick) // interval) + 1
                self.skipped_polls += missed
                next_tick += missed * interval

    async def _poll_once(self, conn: QmpConnection, fetcher: Fetcher, topics: set[Topic]) -> None:
        self.poll_count += 1
        conn.command_timeout = self.settings.command_timeout_s
        if Topic.STATUS in topics:
            await self._poll_status(conn)
        for topic in Topic:
            if topic is not Topic.STATUS and topic in topics:
                await fetcher.fetch(topic)
                self.topicChanged.emit(str(topic))
        self._report_problems()

    async def _poll_status(self, conn: QmpConnection) -> None:
        try:
            status = StatusInfo.parse(await conn.execute("query-status"))
        except ConnectionLost:
            raise
        except QmpFailure as failure:
            self._report_once(Level.WARNING, failure.message)
            return
        if status != self.info.status:
            self.info.status = status
            self.stateChanged.emit()

    def _report_problems(self) -> None:
        for line in self.inspection.problems.lines:
            self._report_once(Level.WARNING, f"unexpected reply: {line}")
        for result in self.inspection.results.values():
            # A missing command and DeviceNotActive (no balloon) are states shown in the panes.
            expected = result.unavailable or result.error_class == "DeviceNotActive"
            if result.error is not None and not expected:
                self._report_once(Level.WARNING, result.error)

    def _report_once(self, level: Level, text: str) -> None:
        """Say a problem that repeats on every poll only once per connection."""
        if text not in self._reported:
            self._reported.add(text)
            self.say(level, "problem", text)

    # -- what the user hears --------------------------------------------------

    def say(self, level: Level, name: str, text: str, data: dict[str, Any] | None = None) -> None:
        """A message for the status bar that the event log keeps as a connection entry."""
        self.message.emit(level, f"{self.display_name}: {text}")
        self._log(level, name, text, data)

    def _log(self, level: Level, name: str, text: str, data: dict[str, Any] | None = None) -> None:
        entry = LogEntry(
            time.time(), self.display_name, LogKind.CONNECTION, name, text, data or {}, level
        )
        self.logged.emit(entry)

    def report_command(
        self,
        label: str,
        command: str,
        arguments: Mapping[str, object] | None,
        elapsed_s: float,
        *,
        error: str | None = None,
        error_class: str | None = None,
        note: str = "",
        quiet: bool = False,
    ) -> None:
        """Keep a command the user gave in the log (the audit trail); `quiet`: not in the
        status bar, where the caller says it its own way."""
        entry = command_entry(
            self.display_name,
            label,
            command,
            dict(arguments or {}),
            elapsed_s,
            error=error,
            error_class=error_class,
            note=note,
        )
        if not quiet:
            self.message.emit(entry.level, f"{self.display_name}: {entry.summary}")
        self.logged.emit(entry)
