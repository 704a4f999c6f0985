"""Poller: the one loop that polls a VM, so that two polls never overlap.

It polls on a fixed tick (SessionSettings.poll_interval_s, at least 0.1 s) the
topics the VM list needs and those of the pane on screen, and at once when events
or views ask (`request`). Kept topics (what the actions read) are fetched with the
first poll of each connection and after their events, never on the tick unless
their pane shows. A tick that falls due while a poll still runs is skipped and
counted: a slow QEMU is asked one thing at a time, never a queue of them.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable

from qmpgui.i18n import translate
from qmpgui.log.entry import Level
from qmpgui.qmp import ConnectionLost, Event, QmpFailure, StatusInfo
from qmpgui.qmp.monitor import Monitor
from qmpgui.session.inspection import (
    BLOCK,
    STATUS,
    Fetcher,
    Inspection,
    Topic,
    all_topics,
    kept_topics,
    periodic_topics,
    topics_for_event,
)
from qmpgui.session.state import SessionSettings
from qmpgui.virt.monitor import DomainMonitor

#: Timers may fire a little early: a tick this close to due is due (seconds).
TICK_SLACK_S = 0.01
#: Error classes that answer a query with a state of the VM, not a failure.
_STATES = frozenset({"DeviceNotActive", "DeviceNotFound"})
#: Run states a libvirt domain's QEMU passes through while libvirt sets it up (a start, a
#: snapshot revert, a restore, an incoming migration); libvirt moves it on without an
#: event on the monitor, so the state is asked again on each tick meanwhile.
_PASSING = frozenset({"prelaunch", "inmigrate", "restore-vm"})

#: The least time between polls that events ask for, in seconds: a storm of events is
#: merged into one poll.
EVENT_POLL_GAP_S = 0.25


class Poller:
    """Polls one VM's topics; its loop runs once per connection (`run`).

    `on_status(StatusInfo)` gets each query-status answer, `on_topic(name)` the name
    (str) of each topic fetched, `report(level, text)` a problem to say once per
    connection. `settings` is read on every tick, so a changed timeout applies from the
    next one; a changed interval (SessionSettings.update()) moves the next tick at once,
    counting from the last one. Ticks follow the loop's clock (monotonic seconds).
    """

    def __init__(
        self,
        settings: SessionSettings,
        on_status: Callable[[StatusInfo], None],
        on_topic: Callable[[str], None],
        report: Callable[[Level, str], None],
    ) -> None:
        self.settings = settings
        self._on_status = on_status
        self._on_topic = on_topic
        self._report = report
        self._wake = asyncio.Event()
        self._watched: frozenset[Topic] = frozenset()
        self._dirty: set[Topic] = set()
        #: The run state is asked on every tick while True: a libvirt domain's QEMU in a
        #: state libvirt passes through (it starts QEMU with -S, then runs it or loads a
        #: saved state into it, which ends paused without a STOP on the monitor).
        self._status_passing = False
        #: Polls run, and ticks skipped because the previous poll was still running.
        self.poll_count = 0
        self.skipped_polls = 0
        settings.on_change(self._wake.set)

    @property
    def watched(self) -> frozenset[Topic]:
        """The topics polled besides the periodic ones (the pane on screen)."""
        return self._watched

    def watch(self, topics: frozenset[Topic], connected: bool) -> None:
        """Poll `topics` (a frozenset of Topic) besides the periodic ones; newly shown ones
        refresh at once when `connected`."""
        new = topics - self._watched
        self._watched = topics
        fresh = new - periodic_topics()
        if fresh and connected:
            self.request(fresh)

    def request(self, topics: frozenset[Topic] | None = None) -> None:
        """Refresh `topics` (a frozenset of Topic; default: everything on screen, the run
        state and the kept topics) as soon as no poll runs. Topics fetched on the tick
        only stay on the tick. Never raises."""
        if topics is None:
            topics = self._watched | kept_topics() | {STATUS}
        self._dirty |= {t for t in topics if not t.tick_only}
        self._wake.set()

    def take_events(self, batch: list[Event], inspection: Inspection) -> None:
        """Apply what the events of `batch` (oldest first) say directly to `inspection`
        (on_topic for each topic changed so), then refresh the topics they may have
        changed among those polled now; the refresh confirms what was applied."""
        wanted: set[Topic] = set()
        applied: set[Topic] = set()
        for event in batch:
            wanted |= topics_for_event(event.name)
            topic = inspection.apply_event(event)
            if topic is not None:
                applied.add(topic)
        for topic in applied:
            self._on_topic(topic.name)
        wanted &= periodic_topics() | kept_topics() | self._watched
        if wanted:
            self.request(frozenset(wanted))

    async def run(self, conn: Monitor, inspection: Inspection) -> None:
        """Poll `conn` into `inspection` until the connection is lost (then it returns) or
        the task is cancelled. A query that fails otherwise is reported through
        `report`, not raised."""
        domain = conn.domain if isinstance(conn, DomainMonitor) else None
        fetcher = Fetcher(
            conn.execute,
            conn.capabilities.commands,
            inspection,
            domain,
            peer_pid=getattr(conn, "peer_pid", None),
        )
        # libvirt announces no snapshot events, but a revert done elsewhere (virsh
        # snapshot-revert) comes as a lifecycle event: the snapshots are asked again. So
        # is the run state: a revert starts QEMU in prelaunch and loads the snapshot into
        # it, which leaves it paused or running without a STOP or RESUME on the monitor.
        stop_following = (
            domain.on_lifecycle(lambda: self.request(frozenset({BLOCK, STATUS})))
            if domain
            else None
        )
        try:
            await self._run(conn, inspection, fetcher)
        finally:
            if stop_following is not None:
                stop_following()

    async def _run(self, conn: Monitor, inspection: Inspection, fetcher: Fetcher) -> None:
        loop = asyncio.get_running_loop()
        next_tick = loop.time()  # the first poll at once fills the panes
        self._dirty |= kept_topics()  # and what the actions read, once per connection
        last_end = -EVENT_POLL_GAP_S
        interval = max(0.1, self.settings.poll_interval_s)
        #: When the topics a fetch asked to see again sooner than the tick fall due.
        again_at: float | None = None
        again: set[Topic] = set()
        while True:
            if again_at is not None and loop.time() >= again_at - TICK_SLACK_S:
                self._dirty |= again
                again_at, again = None, set()
            wake_at = next_tick if again_at is None else min(next_tick, again_at)
            delay = wake_at - loop.time()
            if delay > TICK_SLACK_S and not self._dirty:
                # asyncio.timeout, not wait_for: on Python 3.11 wait_for loses a
                # cancellation that arrives as the event is set, and the loop never ends.
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(delay):
                        await self._wake.wait()
            self._wake.clear()
            fresh = max(0.1, self.settings.poll_interval_s)
            if fresh != interval:  # the next tick counts from the last one, at the new pace
                next_tick += fresh - interval
                interval = fresh
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
            if due:
                topics |= periodic_topics() | self._watched
                if self._status_passing:
                    topics.add(STATUS)
                next_tick += interval
            try:
                await self._poll_once(conn, fetcher, topics)
            except ConnectionLost:
                return
            last_end = now = loop.time()
            if fetcher.again:
                soonest = now + min(fetcher.again.values())
                again |= set(fetcher.again)
                again_at = soonest if again_at is None else min(again_at, soonest)
                fetcher.again.clear()
            if now >= next_tick:
                missed = int((now - next_tick) // interval) + 1
                self.skipped_polls += missed
                next_tick += missed * interval

    async def _poll_once(self, conn: Monitor, fetcher: Fetcher, topics: set[Topic]) -> None:
        # One query at a time, in registration order: a slow QEMU is never sent a queue.
        self.poll_count += 1
        conn.command_timeout = self.settings.command_timeout_s
        held = fetcher.inspection.migration

        def held_by_libvirt() -> bool:
            # While libvirt's migration job holds a domain, only its job's queries get
            # through: the other topics' QMP pass-through would wait for the migration
            # (up to the command timeout each). Asked before each topic, so that a poll
            # under way when a migration starts stops at once.
            return held.libvirt_job or held.libvirt_ours

        if STATUS in topics and not held_by_libvirt():
            await self._poll_status(conn)
        for topic in all_topics():
            if topic.name != "migration" and held_by_libvirt():
                continue  # left for the next tick after the migration
            if topic.fetch is not None and topic in topics:
                await fetcher.fetch(topic)
                self._on_topic(topic.name)
        if fetcher.stale:
            self.request(frozenset(fetcher.stale))
            fetcher.stale.clear()
        self._report_problems(fetcher.inspection)

    async def _poll_status(self, conn: Monitor) -> None:
        # A failed query-status (a timeout) is a warning: the last known state stays.
        try:
            status = StatusInfo.parse(await conn.execute("query-status"))
        except ConnectionLost:
            raise
        except QmpFailure as failure:
            self._report(Level.WARNING, failure.message)
            return
        self._status_passing = isinstance(conn, DomainMonitor) and status.status in _PASSING
        self._on_status(status)

    def _report_problems(self, inspection: Inspection) -> None:
        for line in inspection.problems.lines:
            self._report(
                Level.WARNING, translate("Poller", "unexpected reply: {line}").format(line=line)
            )
        for result in inspection.results.values():
            # A missing command, DeviceNotActive (no balloon) and DeviceNotFound (no
            # /backend: no console) are states, shown in the panes and the actions.
            expected = result.unavailable or result.error_class in _STATES
            if result.error is not None and not expected:
                self._report(Level.WARNING, result.error)
