"""Poller: the one loop that polls a VM, so that two polls never overlap.

While the VM is in sight (a visible row of the VM list, or selected: the window
says which, `set_in_sight`) it polls on a fixed tick (SessionSettings.poll_interval_s,
at least 0.1 s) the topics the VM list needs and those of the pane on screen; out of
sight, its disk I/O every SessionSettings.unseen_io_s and its run state and migration
every unseen_status_s, a safety net under their events. Either way it polls at once
when events or views ask (`request`), and a VM coming into sight is polled at once. Kept topics (what the actions read) are fetched with the
first poll of each connection and after their events, never on the tick unless
their pane shows. A tick that falls due while a poll still runs is skipped and
counted: a slow QEMU is asked one thing at a time, never a queue of them.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
from collections.abc import Callable
from dataclasses import dataclass

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
#: The least pause after a poll before a topic followed sooner than the tick (a
#: migration under way) is fetched again, in seconds: a QEMU that answers slower than
#: the follow cadence is still not asked one thing after another without a breath.
FOLLOW_PAUSE_S = 0.1
#: Spreads the first out-of-sight polls of a fleet over their period: the n-th poller's
#: phase is the fractional part of n times the golden ratio, evenly spread for any n.
_PHASES = itertools.count(1)
_GOLDEN = 0.6180339887498949


@dataclass
class _Plan:
    """When a VM's polls fall due next (the loop's clock, seconds)."""

    #: In sight: the periodic topics and the pane's. Out of sight: the run state only,
    #: and only while it passes through a state libvirt moves on without an event.
    tick: float
    #: Out of sight: the disk I/O sample (the periodic topics fetched on the tick only).
    io: float
    #: Out of sight: the safety query of the run state and the migration.
    status: float


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
        self._seen = True
        #: The sight changed since the loop last planned its polls.
        self._sight_moved = False
        self._phase = (next(_PHASES) * _GOLDEN) % 1.0
        #: When each topic's last fetch began (the loop's clock).
        self._began: dict[Topic, float] = {}
        #: topics_for_event()'s answers by event name, for the topics registered then:
        #: asked for every event, a storm's thousands a second.
        self._by_event: dict[str, frozenset[Topic]] = {}
        self._registered: list[int] = []
        settings.on_change(self._wake.set)

    @property
    def in_sight(self) -> bool:
        """Whether the VM is polled at the full rate (see set_in_sight)."""
        return self._seen

    def set_in_sight(self, seen: bool) -> None:
        """Poll at the full rate (`seen`: a visible row of the VM list, or selected) or at
        the out-of-sight rates. Coming into sight polls at once. True at first."""
        if seen != self._seen:
            self._seen = seen
            self._sight_moved = True
            self._wake.set()

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
        registered = [id(topic) for topic in all_topics()]
        # Emptied when a topic came or went, or when full (a server may make up names).
        if registered != self._registered or len(self._by_event) > 1024:
            self._by_event, self._registered = {}, registered
        by_event = self._by_event
        for event in batch:
            found = by_event.get(event.name)
            if found is None:
                found = by_event[event.name] = topics_for_event(event.name)
            wanted |= found
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
        interval = max(0.1, self.settings.poll_interval_s)
        plan = _Plan(loop.time(), 0.0, 0.0)  # the first poll at once fills the panes
        self._sight_moved = False
        if not self._seen:
            self._plan_unseen(plan, loop.time(), interval)
        self._dirty |= kept_topics()  # and what the actions read, once per connection
        last_end = -EVENT_POLL_GAP_S
        #: When the topics a fetch asked to see again sooner than the tick fall due.
        again_at: float | None = None
        again: set[Topic] = set()
        #: Followed topics fell due: polled at once, not merged like events' requests.
        following = False
        while True:
            if self._sight_moved:
                self._replan(plan, loop.time(), interval)
            if again_at is not None and loop.time() >= again_at - TICK_SLACK_S:
                self._dirty |= again
                again_at, again, following = None, set(), True
            due_at = self._next_due(plan)
            wake_at = due_at if again_at is None else min(due_at, again_at)
            await self._wait(wake_at - loop.time())
            if self._sight_moved:
                continue  # planned again first
            fresh = max(0.1, self.settings.poll_interval_s)
            if fresh != interval:  # the next tick counts from the last one, at the new pace
                plan.tick += fresh - interval
                interval = fresh
            now = loop.time()
            due = self._due(plan, now, interval)
            if not due:
                if not self._dirty:
                    continue  # the timer fired a little early
                gap = last_end + EVENT_POLL_GAP_S - now
                if gap > 0 and not following:  # merge a storm of events into one poll
                    await asyncio.sleep(max(0.0, min(gap, self._next_due(plan) - now)))
                    continue
            topics, self._dirty, following = self._dirty | due, set(), False
            fetcher.tick_s = interval
            try:
                await self._poll_once(conn, fetcher, topics)
            except ConnectionLost:
                return
            last_end = now = loop.time()
            soonest = self._again_at(fetcher, now)
            if soonest is not None:
                again |= set(fetcher.again)
                again_at = soonest if again_at is None else min(again_at, soonest)
                fetcher.again.clear()
            if self._seen and now >= plan.tick:
                missed = int((now - plan.tick) // interval) + 1
                self.skipped_polls += missed
                plan.tick += missed * interval

    def _again_at(self, fetcher: Fetcher, now: float) -> float | None:
        """When the topics the last poll's fetches asked to see again sooner than the tick
        (Fetcher.again) fall due, the loop's clock; None for none. Counted from each
        fetch's start, not the poll's end (`now`): answers that come late (a QEMU busy
        migrating, a window busy with another VM's events) do not stretch the cadence."""
        if not fetcher.again:
            return None
        soonest = min(self._began.get(topic, now) + s for topic, s in fetcher.again.items())
        return max(soonest, now + FOLLOW_PAUSE_S)

    async def _wait(self, delay: float) -> None:
        """Wait `delay` seconds, or less when woken (a request, new settings, the sight)."""
        if delay > TICK_SLACK_S and not self._dirty:
            # asyncio.timeout, not wait_for: on Python 3.11 wait_for loses a
            # cancellation that arrives as the event is set, and the loop never ends.
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(delay):
                    await self._wake.wait()
        self._wake.clear()

    def _replan(self, plan: _Plan, now: float, interval: float) -> None:
        self._sight_moved = False
        if self._seen:
            plan.tick = now  # scrolled into view: polled at once
        else:
            self._plan_unseen(plan, now, interval)

    def _plan_unseen(self, plan: _Plan, now: float, interval: float) -> None:
        """Out of sight from `now`: each poll first falls at this poller's phase of its
        period, so that a fleet's polls do not bunch."""
        plan.io = now + self._phase * max(interval, self.settings.unseen_io_s)
        plan.status = now + self._phase * max(interval, self.settings.unseen_status_s)
        plan.tick = now + interval

    def _next_due(self, plan: _Plan) -> float:
        if self._seen:
            return plan.tick
        soonest = min(plan.io, plan.status)
        return min(soonest, plan.tick) if self._status_passing else soonest

    def _due(self, plan: _Plan, now: float, interval: float) -> set[Topic]:
        """The topics `plan` says are due at `now` (an empty set: none); moves the plan on."""
        periodic = periodic_topics()
        if self._seen:
            if now < plan.tick - TICK_SLACK_S:
                return set()
            plan.tick += interval
            return set(periodic | self._watched)
        topics: set[Topic] = set()
        if now >= plan.io - TICK_SLACK_S:
            plan.io = now + max(interval, self.settings.unseen_io_s)
            topics |= {t for t in periodic if t.tick_only} | self._watched
        if now >= plan.status - TICK_SLACK_S:
            plan.status = now + max(interval, self.settings.unseen_status_s)
            topics |= {t for t in periodic if not t.tick_only}
        if self._status_passing and now >= plan.tick - TICK_SLACK_S:
            topics.add(STATUS)
        if now >= plan.tick - TICK_SLACK_S:
            plan.tick = now + interval
        return topics

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
                self._began[topic] = asyncio.get_running_loop().time()
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
