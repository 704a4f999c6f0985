"""What a session polls, when, and how events update the panes' data at once."""

from __future__ import annotations

import asyncio
import contextlib
import signal
import time
from collections.abc import Mapping

import pytest

from qmpgui.qmp import QmpConnection
from qmpgui.session import SessionSettings, VmSession
from qmpgui.session.block_graph import BLOCK_GRAPH
from qmpgui.session.block_jobs import BLOCK_JOBS
from qmpgui.session.inspection import (
    BLOCK,
    CONSOLES,
    DISPLAY,
    MACHINE,
    PCI,
    STATUS,
    kept_topics,
    topics_for_event,
)
from qmpgui.session.memory import MEMORY
from qmpgui.session.network import NETWORK
from qmpgui.session.peripherals import PERIPHERALS
from qmpgui.session.serial_link import SERIAL
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner

CDROM = [
    "-drive",
    "if=none,id=cd1,media=cdrom,readonly=on",
    "-device",
    "ide-cd,drive=cd1,id=cdrom1",
]


class CommandLog:
    """Every command the app sends, and the most that were ever in flight at once."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.commands: list[str] = []
        self.in_flight = 0
        self.most_in_flight = 0
        original = QmpConnection.execute
        log = self

        async def execute(
            conn: QmpConnection, command: str, arguments: Mapping[str, object] | None = None
        ) -> object:
            log.commands.append(command)
            log.in_flight += 1
            log.most_in_flight = max(log.most_in_flight, log.in_flight)
            try:
                return await original(conn, command, arguments)
            finally:
                log.in_flight -= 1

        monkeypatch.setattr(QmpConnection, "execute", execute)


def session_for(vm: QemuVm, **settings: float) -> VmSession:
    return VmSession("", str(vm.app_socket), settings=SessionSettings(**settings))


def test_events_map_to_the_topics_they_change() -> None:
    assert topics_for_event("DEVICE_TRAY_MOVED") == {BLOCK}
    assert topics_for_event("BLOCK_IO_ERROR") == {BLOCK}
    assert topics_for_event("VNC_CONNECTED") == {DISPLAY}
    assert topics_for_event("SPICE_DISCONNECTED") == {DISPLAY}
    assert STATUS in topics_for_event("STOP")
    assert topics_for_event("BALLOON_CHANGE") == {MEMORY}
    assert topics_for_event("MEMORY_DEVICE_SIZE_CHANGE") == {MEMORY}
    assert topics_for_event("DEVICE_DELETED") == {
        BLOCK,
        PCI,
        CONSOLES,
        MEMORY,
        DISPLAY,
        PERIPHERALS,
        NETWORK,
        BLOCK_GRAPH,
        SERIAL,  # a serial port unplugged
    }
    assert topics_for_event("NIC_RX_FILTER_CHANGED") == {NETWORK}
    # A job's events: the drives (a snapshot job's), the graph (a job's filter nodes),
    # the jobs.
    assert topics_for_event("BLOCK_JOB_READY") == {BLOCK, BLOCK_GRAPH, BLOCK_JOBS}
    assert topics_for_event("JOB_STATUS_CHANGE") == {BLOCK, BLOCK_GRAPH, BLOCK_JOBS}
    assert topics_for_event("RTC_CHANGE") == frozenset()


@pytest.mark.qemu
def test_only_what_is_on_screen_is_polled(
    qemu: QemuVm, arun: AsyncRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = CommandLog(monkeypatch)
    session = session_for(qemu, poll_interval_s=0.1)
    session.connect_vm()
    arun.wait(lambda: session.poll_count >= 5)
    # The VM list's columns: run state and disk I/O, nothing for hidden panes; what the
    # actions read (drives, consoles) once, with the connection's first poll.
    assert "query-status" in log.commands and "query-blockstats" in log.commands
    assert not {"query-pci", "query-vnc", "query-chardev"} & set(log.commands)
    assert log.commands.count("query-block") == 1 and log.commands.count("qom-list") == 1
    # Every poll counted asked for something: an early timer wake-up is not a poll.
    assert log.commands.count("query-status") >= session.poll_count
    assert session.skipped_polls == 0  # QEMU answers in milliseconds

    session.set_watched(frozenset({PCI}))
    arun.wait(lambda: session.inspection.pci != ())  # shown at once, not after a tick
    assert session.inspection.pci[0].number == 0
    assert log.commands.count("query-block") == 1
    session.set_watched(frozenset())
    pci_polls = log.commands.count("query-pci")
    before = session.poll_count
    arun.wait(lambda: session.poll_count >= before + 3)
    assert log.commands.count("query-pci") == pci_polls  # hidden again: no longer asked
    arun(session.aclose())


@pytest.mark.qemu
def test_a_shorter_interval_takes_effect_at_once(qemu: QemuVm, arun: AsyncRunner) -> None:
    settings = SessionSettings(poll_interval_s=600)
    session = VmSession("", str(qemu.app_socket), settings=settings)
    session.connect_vm()
    arun.wait(lambda: session.poll_count >= 1)  # the first poll, at once
    first = session.poll_count
    settings.update(poll_interval_s=0.1)  # not ten minutes after the last tick: now
    arun.wait(lambda: session.poll_count >= first + 5, timeout=10)
    with pytest.raises(TypeError, match="not session settings: interval"):
        settings.update(interval=1)
    arun(session.aclose())


@pytest.mark.qemu
def test_a_slow_vm_gets_one_poll_at_a_time_and_ticks_are_skipped(
    qemu: QemuVm, arun: AsyncRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = CommandLog(monkeypatch)
    session = session_for(qemu, poll_interval_s=0.1, command_timeout_s=10)
    session.set_watched(frozenset({BLOCK, MACHINE}))
    session.connect_vm()
    arun.wait(lambda: session.poll_count >= 3)
    skipped = session.skipped_polls
    qemu.signal(signal.SIGSTOP)  # every reply now waits until SIGCONT
    try:
        arun.wait(lambda: log.in_flight == 1)
        # What is under test: QEMU stays stopped for a second, ten ticks of 0.1 s.
        stopped = time.monotonic()
        arun.wait(lambda: time.monotonic() - stopped > 1.0)
    finally:
        qemu.signal(signal.SIGCONT)
    polls = session.poll_count
    arun.wait(lambda: session.poll_count >= polls + 2)
    assert log.most_in_flight == 1
    # About ten ticks fell due during the second QEMU was stopped; none ran.
    assert session.skipped_polls - skipped >= 8
    assert session.connected
    arun(session.aclose())


@pytest.mark.qemu
def test_kept_topics_are_fetched_per_connection_and_after_their_events(
    qemu: QemuVm, arun: AsyncRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    qemu.kill()
    qemu.start(extra=["-S", *CDROM])  # no guest running: only the test moves the tray
    log = CommandLog(monkeypatch)
    session = session_for(qemu, poll_interval_s=0.1)  # no pane on screen
    kept = [BLOCK, CONSOLES]
    assert kept_topics() >= set(kept) and not session.watched

    session.connect_vm()
    arun.wait(lambda: session.poll_count >= 5)
    assert all(t in session.inspection.updated for t in kept)
    assert [d.qdev for d in session.inspection.block.devices] == ["cdrom1"]
    assert session.inspection.consoles == ()  # -nodefaults: no console, no /backend
    assert log.commands.count("query-block") == 1 and log.commands.count("qom-list") == 1

    qemu.watch.execute("blockdev-open-tray", {"id": "cdrom1"})  # DEVICE_TRAY_MOVED
    arun.wait(lambda: log.commands.count("query-block") == 2)
    assert session.inspection.block.devices[0].tray_open is True
    polls = session.poll_count
    arun.wait(lambda: session.poll_count >= polls + 5)
    assert log.commands.count("query-block") == 2  # not on the tick
    assert log.commands.count("qom-list") == 1

    qemu.kill()  # a new connection fetches them again
    qemu.start(extra=["-S", *CDROM])
    arun.wait(lambda: session.connected and log.commands.count("query-block") == 3, timeout=20)
    arun.wait(lambda: log.commands.count("qom-list") == 2)
    arun(session.aclose())


@pytest.mark.qemu
def test_tray_follows_the_event_before_the_next_query(qemu: QemuVm, arun: AsyncRunner) -> None:
    qemu.kill()
    qemu.start(extra=["-S", *CDROM])  # no guest running: only the test moves the tray
    session = session_for(qemu, poll_interval_s=60)  # no tick during the test
    session.set_watched(frozenset({BLOCK}))
    session.connect_vm()
    arun.wait(lambda: len(session.inspection.block.devices) == 1)
    assert session.inspection.block.devices[0].tray_open is False
    reply_before = session.inspection.results["query-block"]
    seen: list[tuple[bool | None, bool]] = []

    def on_topic(topic: str) -> None:
        if topic == BLOCK:
            same_reply = session.inspection.results["query-block"] is reply_before
            seen.append((session.inspection.block.devices[0].tray_open, same_reply))

    session.topicChanged.connect(on_topic)
    qemu.watch.execute("blockdev-open-tray", {"id": "cdrom1"})
    arun.wait(lambda: len(seen) >= 2)  # the event, then the query it triggers
    assert seen[0] == (True, True)  # open at once, from the event alone
    assert seen[1][0] is True and seen[1][1] is False  # confirmed by a fresh query-block
    arun(session.aclose())


@pytest.mark.qemu
def test_stop_refreshes_the_machine_pane_data(qemu: QemuVm, arun: AsyncRunner) -> None:
    session = session_for(qemu, poll_interval_s=60)
    session.set_watched(frozenset({MACHINE}))
    session.connect_vm()
    arun.wait(lambda: "query-cpus-fast" in session.inspection.results)
    first = session.inspection.results["query-cpus-fast"]
    qemu.watch.execute("stop")
    arun.wait(lambda: session.run_status == "paused")
    arun.wait(lambda: session.inspection.results["query-cpus-fast"] is not first)
    arun(session.aclose())


@pytest.mark.qemu
def test_new_connection_starts_with_fresh_data(qemu: QemuVm, arun: AsyncRunner) -> None:
    session = session_for(qemu, poll_interval_s=0.2)
    session.set_watched(frozenset({PCI}))
    session.connect_vm()
    arun.wait(lambda: session.inspection.pci != ())
    old = session.inspection
    qemu.kill()
    arun.wait(lambda: not session.connected)
    assert session.inspection is old  # the last data stays readable while disconnected
    qemu.start()
    arun.wait(lambda: session.connected and session.inspection is not old, timeout=20)
    arun.wait(lambda: session.inspection.pci != ())
    arun(session.aclose())


@pytest.mark.qemu
def test_a_cancel_that_meets_a_wake_up_ends_the_poll_loop(qemu: QemuVm, arun: AsyncRunner) -> None:
    """Python 3.11's wait_for loses a cancellation that arrives as its wait is woken; the
    poll loop must end anyway (it once waited out a 60 s tick and held the window's close)."""
    session = session_for(qemu, poll_interval_s=60)

    def polling() -> bool:
        return session.connected and any(t.get_name() == "poll" for t in session._tasks)

    session.connect_vm()
    arun.wait(polling)

    async def cancel_as_woken(turns: int) -> asyncio.Task[None]:
        poll = next(t for t in session._tasks if t.get_name() == "poll")
        session.request_refresh()
        for _ in range(turns):  # let the wake-up travel part of the way
            await asyncio.sleep(0)
        poll.cancel()
        return poll

    for turns in range(4):
        poll = arun(cancel_as_woken(turns))
        # Ended within seconds, not after the 60 s tick a lost cancellation waits for.
        with contextlib.suppress(TimeoutError):
            arun.wait(poll.done, timeout=20)
        ended = poll.done()
        assert ended, f"the poll loop ignored a cancel {turns} turns after a wake-up"
        arun(session.aclose())
        session.connect_vm()
        arun.wait(polling)
    arun(session.aclose())


@pytest.mark.qemu
def test_the_first_poll_of_an_unchanged_run_state_repaints_nothing(
    qemu: QemuVm, arun: AsyncRunner
) -> None:
    """The run state read on connecting is the one shown: the first poll's same answer is
    no change (with a fleet, the rows of hundreds of VMs repainted and the list's
    columns fitted again, one VM at a time as each first poll came)."""
    session = session_for(qemu, poll_interval_s=0.1)
    changes: list[tuple[str, int]] = []
    session.stateChanged.connect(lambda: changes.append((session.state.name, session.poll_count)))
    session.connect_vm()
    try:
        arun.wait(lambda: session.poll_count >= 3)
        assert session.run_status == "running"
        assert [c for c in changes if c[0] == "CONNECTED"] == [("CONNECTED", 0)]
    finally:
        arun(session.aclose())
