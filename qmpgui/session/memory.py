"""The guest's memory: the topic that reads it (the RAM, the memory devices, the
balloon) and the work that sets the balloon's target.

QEMU reports what the guest keeps (`query-balloon`'s `actual`, and BALLOON_CHANGE when
it moves) but not the target it was asked for: the target is known only where it was
asked, so the topic keeps the last one asked here beside what the guest has given back.
A libvirt domain's target is set through libvirt (virDomainSetMemoryFlags, live), so
that libvirt's view (virsh dominfo, dommemstat) stays right, and libvirt's own view is
read beside QEMU's.
"""

from __future__ import annotations

import time

from qmpgui.i18n import marked, translate
from qmpgui.qmp import ConnectionLost, Event, QmpFailure
from qmpgui.qmp.memory import (
    BALLOON_COMMAND,
    BALLOON_DEVICE,
    NO_BALLOON,
    NO_BALLOON_DOMAIN,
    DomainMemory,
    MemorySummary,
    MiB,
    balloon_refusal,
    parse_balloon,
    parse_memory_devices,
)
from qmpgui.session.control import Outcome, perform, perform_libvirt
from qmpgui.session.inspection import EVENT_READERS, Fetcher, Inspection, Topic, register_topic
from qmpgui.session.topic_state import MemoryState, QueryResult
from qmpgui.session.vm_session import VmSession

#: The action's name in words (the log's and the status bar's).
LABEL = marked("memory", "Set balloon target")
#: libvirt's view of a domain's memory in Inspection.results.
LIBVIRT_KEY = "libvirt memory"
#: Why the target cannot be set yet: said in tooltips, not as news.
NOT_CONNECTED = marked("memory", "not connected")
NOT_ANSWERED = marked("memory", "the balloon has not answered yet (query-balloon)")
#: The worker's ops: read a domain's memory, set its balloon's target (KiB).
READ_OP = "memory"
SET_OP = "set_memory"


async def _fetch(fetcher: Fetcher) -> None:
    state, problems = fetcher.inspection.memory, fetcher.inspection.problems
    summary = await fetcher.query("query-memory-size-summary")  # 2.11+
    state.summary = MemorySummary.parse(summary.reply, problems) if summary.ok else None
    devices = await fetcher.query("query-memory-devices")
    state.devices = parse_memory_devices(devices.reply, problems) if devices.ok else ()
    balloon = await fetcher.query("query-balloon")
    if balloon.ok:
        state.balloon_actual, usable = parse_balloon(balloon.reply, problems)
        state.balloon_unknown, state.has_balloon = not usable, True
    else:
        state.balloon_actual, state.balloon_unknown = None, False
        # query-balloon answers DeviceNotActive without a balloon (qapi/machine.json).
        no_device = balloon.error_class == "DeviceNotActive" or balloon.unavailable
        state.has_balloon = False if no_device else None
    if fetcher.libvirt is not None:
        await _fetch_libvirt(fetcher, state)


async def _fetch_libvirt(fetcher: Fetcher, state: MemoryState) -> None:
    assert fetcher.libvirt is not None
    try:
        answer = await fetcher.libvirt(READ_OP)
    except ConnectionLost:
        raise
    except QmpFailure as err:
        fetcher.inspection.results[LIBVIRT_KEY] = QueryResult(LIBVIRT_KEY, error=err.message)
        state.libvirt = None
        return
    fetcher.inspection.results[LIBVIRT_KEY] = QueryResult(LIBVIRT_KEY, answer)
    state.libvirt = DomainMemory.parse(answer, fetcher.inspection.problems)
    if state.libvirt.balloon is False:
        state.has_balloon = False  # libvirt's XML says so, whatever QEMU was asked


def _read_event(inspection: Inspection, event: Event) -> Topic | None:
    # BALLOON_CHANGE {actual} (bytes; qapi/machine.json, 1.2+): the guest's driver moved
    # the balloon. QEMU sends at most one a second.
    if event.name != "BALLOON_CHANGE":
        return None
    actual, usable = parse_balloon(event.data, inspection.problems)
    if not usable or actual is None:
        return None
    state = inspection.memory
    state.balloon_actual, state.balloon_unknown, state.has_balloon = actual, False, True
    state.changed_at = time.time()
    return MEMORY


#: The RAM (query-memory-size-summary), the memory devices (query-memory-devices) and
#: the balloon (query-balloon; libvirt's view too for a domain). MEMORY_DEVICE_SIZE_CHANGE
#: comes when a virtio-mem device grows or shrinks, DEVICE_DELETED when a DIMM goes.
MEMORY = register_topic(
    "memory",
    _fetch,
    events={"BALLOON_CHANGE", "MEMORY_DEVICE_SIZE_CHANGE", "DEVICE_DELETED"},
)
EVENT_READERS.append(_read_event)


def ram_bytes(state: MemoryState) -> int | None:
    """All the guest's RAM in bytes, the balloon's ceiling: QEMU's base plus plugged
    memory, else libvirt's maximum for a domain; None when unknown."""
    total = state.summary.total if state.summary is not None else None
    if total is None and state.libvirt is not None and state.libvirt.max_kib is not None:
        total = state.libvirt.max_kib * 1024
    return total


def balloon_unavailable(session: VmSession) -> str | None:
    """Why the balloon's target cannot be set on `session` now, as a sentence; None when
    it can. Not connected, no balloon device (which -device, or which XML, adds one),
    or query-balloon has not answered (yet, or with an error the pane shows)."""
    if not session.connected:
        return translate("memory", NOT_CONNECTED)
    memory = session.inspection.memory
    if memory.has_balloon is False:
        if session.domain is not None:
            return translate("memory", NO_BALLOON_DOMAIN)
        return translate("memory", NO_BALLOON).format(BALLOON_DEVICE=BALLOON_DEVICE)
    if memory.has_balloon is None:
        return translate("memory", NOT_ANSWERED)
    return None


def target_refusal(session: VmSession, target_mib: int) -> str | None:
    """Why `target_mib` MiB cannot be the balloon's target on `session` (see
    balloon_unavailable() and qmp.memory.balloon_refusal()); None when it can."""
    return balloon_unavailable(session) or balloon_refusal(
        target_mib, ram_bytes(session.inspection.memory)
    )


async def set_balloon(session: VmSession, target_mib: int) -> Outcome:
    """Ask the guest of `session` to keep `target_mib` MiB (the balloon takes the rest):
    `balloon {value}` in bytes, or libvirt's setMemoryFlags (live, in KiB) on a domain.
    Said and logged as perform() does; a target refused before sending (target_refusal())
    is the outcome's error, sent nowhere and said by the caller. The target asked is
    kept (MemoryState.target) and the topic refreshed. Never raises a QmpFailure."""
    refusal = target_refusal(session, target_mib)
    if refusal is not None:
        return Outcome(
            session.display_name, translate("memory", LABEL), BALLOON_COMMAND, 0.0, refusal
        )
    inspection = session.inspection
    if session.domain is not None:
        outcome = await perform_libvirt(
            session, translate("memory", LABEL), SET_OP, kib=target_mib * 1024
        )
    else:
        outcome = await perform(
            session, translate("memory", LABEL), BALLOON_COMMAND, {"value": target_mib * MiB}
        )
    if outcome.ok and session.inspection is inspection:  # not a later connection's
        inspection.memory.target, inspection.memory.target_at = target_mib * MiB, time.time()
        session.topicChanged.emit(MEMORY)
        session.request_refresh(frozenset({MEMORY}))
    return outcome
