"""Snapshots of one VM: the topic that lists them, and the work that saves, loads and
deletes them.

Where the server has the jobs (snapshot-save/-load/-delete, QEMU 6.0+) each operation
is a job followed through JOB_STATUS_CHANGE and query-jobs: its reply is `{}` at once,
and a job that fails says so only in query-jobs' `error`. The job is dismissed once it
has ended. Servers without the jobs get HMP savevm/loadvm/delvm, whose "Error: ..."
text is a failure. A snapshot without the RAM state is a transaction of
blockdev-snapshot-internal-sync. Every operation ends in one Outcome, said and logged.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from qmpgui.i18n import marked, translate
from qmpgui.log.entry import Level
from qmpgui.qmp import Event, QmpFailure
from qmpgui.qmp.hmp import HMP_COMMAND
from qmpgui.qmp.reader import Problems
from qmpgui.qmp.snapshots import (
    DELETE_JOB,
    ENDED_STATUSES,
    LOAD_JOB,
    SAVE_JOB,
    SnapshotDisk,
    disk_only_actions,
    hmp_line,
    job_arguments,
    parse_hmp_snapshots,
    parse_jobs,
    parse_snapshot_disks,
    parse_snapshots,
)
from qmpgui.session.control import Outcome, failure_text, perform
from qmpgui.session.inspection import BLOCK, BLOCK_READERS, Fetcher
from qmpgui.session.snapshot_failures import explained
from qmpgui.session.topic_state import QueryResult
from qmpgui.session.vm_session import VmSession

#: The query the snapshots come from in Inspection.results (the block topic's).
SNAPSHOTS_KEY = "query-block"
#: HMP's list, asked where query-block does not answer.
HMP_LIST_KEY = "info snapshots"

#: How often query-jobs is asked while a job runs, in seconds: events say more at once,
#: this catches a job whose events were missed.
JOB_POLL_S = 0.5


async def _read(fetcher: Fetcher, result: QueryResult) -> None:
    if fetcher.domain is not None:
        return  # libvirt's list (session/domain_snapshots.py), not the disks' own
    state = fetcher.inspection.snapshots
    problems = fetcher.inspection.problems
    if result.ok:
        state.disks = parse_snapshot_disks(result.reply, problems)
        state.snapshots = parse_snapshots(result.reply, state.disks, problems)
        state.from_hmp, state.known = False, True
        return
    hmp = await fetcher.query(HMP_COMMAND, {"command-line": "info snapshots"}, key=HMP_LIST_KEY)
    if hmp.ok and isinstance(hmp.reply, str):
        state.disks, state.snapshots = (), parse_hmp_snapshots(hmp.reply)
        state.from_hmp, state.known = True, True
    else:
        state.known = False


#: The snapshots come with the drives: one query-block serves both (and the drives are
#: a kept topic, refreshed after the jobs' JOB_STATUS_CHANGE).
BLOCK_READERS.append(_read)
SNAPSHOTS = BLOCK


def has_jobs(session: VmSession) -> bool:
    """Whether the server runs snapshots as jobs (snapshot-save, 6.0+); unknown
    capabilities count as no, so HMP is used."""
    return SAVE_JOB in session.capabilities


@dataclass(frozen=True, slots=True)
class Progress:
    """Where a snapshot operation stands, for the pane."""

    #: "Saving snapshot 'before-upgrade'".
    doing: str
    #: The job's status ("running"), or "" for HMP (no steps to see).
    status: str = ""
    #: query-jobs' progress: done of total (units of QEMU's choosing); None unknown.
    current: int | None = None
    total: int | None = None
    #: The job ended with an error (query-jobs' `error`): it failed, it is not done.
    failed: bool = False


#: Receives progress while an operation runs, then None when it ended.
OnProgress = Callable[[Progress | None], None]


def progress_of(session: VmSession) -> Progress | None:
    """The snapshot operation under way on `session`, or None."""
    progress = session.inspection.snapshots.progress
    return progress if isinstance(progress, Progress) else None


def progress_setter(session: VmSession) -> OnProgress:
    """A function that shows an operation's Progress on `session` (None: it ended) in
    the snapshots topic, for this connection only."""
    inspection = session.inspection

    def show(progress: Progress | None) -> None:
        if session.inspection is inspection:  # not a later connection's
            inspection.snapshots.progress = progress
            session.topicChanged.emit(SNAPSHOTS)

    return show


_job_numbers = itertools.count(1)

#: What each job is called, and said while it runs (libvirt's ops too: domain_snapshots).
VERBS = {
    SAVE_JOB: marked("snapshots", "Saving"),
    LOAD_JOB: marked("snapshots", "Reverting to"),
    DELETE_JOB: marked("snapshots", "Deleting"),
}
LABELS = {
    SAVE_JOB: marked("snapshots", "Create snapshot"),
    LOAD_JOB: marked("snapshots", "Revert to snapshot"),
    DELETE_JOB: marked("snapshots", "Delete snapshot"),
}


async def run_snapshot(
    session: VmSession,
    job: str,
    tag: str,
    disks: tuple[SnapshotDisk, ...],
    *,
    with_ram: bool = True,
) -> Outcome:
    """Save (SAVE_JOB), revert to (LOAD_JOB) or delete (DELETE_JOB) snapshot `tag` on
    `disks` (those that can hold one take part) and say how it went; its Outcome.

    `with_ram` False saves the disks only (a transaction of internal snapshots).
    The progress shows in the snapshots topic (progress_of()) until it ends. Never
    raises a QmpFailure; the snapshots are refreshed afterwards whatever happened.
    """
    label = translate("snapshots", LABELS[job])
    on_progress = progress_setter(session)
    on_progress(
        Progress(
            translate("snapshots", "{v0} snapshot '{tag}'").format(
                v0=translate("snapshots", VERBS[job]), tag=tag
            )
        )
    )
    try:
        if job == SAVE_JOB and not with_ram:
            actions = disk_only_actions(tag, disks)
            return await perform(
                session, label, "transaction", {"actions": actions}, note="disks only, no RAM"
            )
        if not has_jobs(session):
            line = hmp_line(job, tag)
            return await perform(session, label, HMP_COMMAND, {"command-line": line})
        return await _run_job(
            session, job, tag=tag, disks=disks, on_progress=on_progress, label=label
        )
    finally:
        on_progress(None)
        if session.connected:
            session.request_refresh(frozenset({SNAPSHOTS}))


async def _run_job(
    session: VmSession,
    job: str,
    *,
    tag: str,
    disks: tuple[SnapshotDisk, ...],
    on_progress: OnProgress,
    label: str,
) -> Outcome:
    job_id = f"qmpgui-{job}-{next(_job_numbers)}"
    arguments = job_arguments(job, job_id, tag, disks)
    doing = translate("snapshots", "{v0} snapshot '{tag}'").format(
        v0=translate("snapshots", VERBS[job]), tag=tag
    )
    ended = asyncio.Event()

    def on_events(events: list[Event]) -> None:
        for event in events:
            if event.name == "JOB_STATUS_CHANGE" and event.data.get("id") == job_id:
                status = str(event.data.get("status", ""))
                if status in ENDED_STATUSES:
                    # The event does not say how it ended: query-jobs, asked next, does.
                    ended.set()
                else:
                    on_progress(Progress(doing, status))

    start = time.monotonic()
    session.eventsReceived.connect(on_events)
    try:
        try:
            await session.execute(job, arguments)
            error = await _follow(session, job_id, doing, ended, on_progress)
            if error is not None and job == SAVE_JOB:
                error = await explained(session, error, disks)
        except QmpFailure as failure:
            return _said(
                session,
                label,
                command=job,
                arguments=arguments,
                start=start,
                error=failure_text(failure),
            )
    finally:
        session.eventsReceived.disconnect(on_events)
    return _said(session, label, command=job, arguments=arguments, start=start, error=error)


async def _follow(
    session: VmSession,
    job_id: str,
    doing: str,
    ended: asyncio.Event,
    on_progress: OnProgress,
) -> str | None:
    """Wait for the job to end (its events, or query-jobs now and then), dismiss it, and
    give QEMU's error for it, or None when it worked. Raises QmpFailure."""
    while True:
        jobs = parse_jobs(await session.execute("query-jobs"), Problems())
        info = jobs.get(job_id)
        if info is None:  # dismissed by someone else: it ended, how is not known
            return None
        failed = info.error is not None
        on_progress(Progress(doing, info.status, info.current, info.total, failed))
        if info.status in ENDED_STATUSES:
            break
        try:
            async with asyncio.timeout(JOB_POLL_S):
                await ended.wait()
        except TimeoutError:
            pass
    if info.status == "concluded":
        await session.execute("job-dismiss", {"id": job_id})
    return info.error


def _said(
    session: VmSession,
    label: str,
    *,
    command: str,
    arguments: Mapping[str, object],
    start: float,
    error: str | None,
) -> Outcome:
    outcome = Outcome(session.display_name, label, command, time.monotonic() - start, error, None)
    session.report_command(label, command, arguments, outcome.elapsed_s, error=error, quiet=True)
    session.message.emit(Level.INFO if outcome.ok else Level.ERROR, outcome.text)
    return outcome
