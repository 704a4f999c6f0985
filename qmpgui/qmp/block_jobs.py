"""Running jobs: `query-block-jobs` (BlockJobInfo, qapi/block-core.json: stream,
commit, mirror, backup, ...) and, where QEMU has it (3.0+), `query-jobs` (JobInfo,
qapi/job.json: every job, also those that are not block jobs, such as
snapshot-save); the commands that act on one; how a job ended, from its events,
in words. No Qt; nothing here raises.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from qmpgui.i18n import translate
from qmpgui.qmp.block_graph import _bool, _int, _str

#: The actions on a job, by our name: (the command for a block job, for another job).
#: A block job is named by `device` (its id since 2.7), another job by `id`.
ACTIONS: Mapping[str, tuple[str, str]] = {
    "pause": ("block-job-pause", "job-pause"),
    "resume": ("block-job-resume", "job-resume"),
    "cancel": ("block-job-cancel", "job-cancel"),
    "complete": ("block-job-complete", "job-complete"),
    "set-speed": ("block-job-set-speed", ""),
}

#: The job types whose work ends only when asked (`complete`) once they are ready.
COMPLETES_WHEN_READY = frozenset({"mirror", "commit", "active-commit"})

#: The events after which the jobs have changed (BLOCK_JOB_* and JOB_STATUS_CHANGE).
JOB_EVENTS = frozenset(
    {
        "BLOCK_JOB_READY",
        "BLOCK_JOB_COMPLETED",
        "BLOCK_JOB_CANCELLED",
        "BLOCK_JOB_ERROR",
        "BLOCK_JOB_PENDING",
        "JOB_STATUS_CHANGE",
    }
)

#: Commands that start, end or change block jobs or nodes: the panes refresh after one
#: is sent from the console (QEMU sends no event when a node is added or removed).
BLOCK_COMMAND_PREFIXES = ("block", "drive-", "drive_", "x-block", "job-", "eject")


def changes_block(command: str) -> bool:
    """Whether `command` (a QMP command's name) may change the block graph or the jobs."""
    return command.startswith(BLOCK_COMMAND_PREFIXES) and not command.startswith("query")


@dataclass(frozen=True, slots=True)
class Job:
    """One running job: `id` (a block job's `device`, its id since 2.7), `type`
    (stream, mirror, commit, backup, snapshot-save, ...), progress as `offset` of
    `length` (bytes; `length` may grow while the job runs), `speed` (its limit in bytes
    per second, 0 for none), `status` (JobStatus: created, running, paused, ready,
    standby, waiting, pending, aborting, concluded, null; None before 2.12), `ready`
    (may be completed now), `paused` (asked to pause), `io_status` (ok, failed,
    nospace), `error` (QEMU's words once it failed), `block` (a block job: the
    block-job-* commands act on it; else job-*)."""

    id: str
    type: str
    offset: int | None = None
    length: int | None = None
    speed: int | None = None
    status: str | None = None
    ready: bool | None = None
    paused: bool | None = None
    io_status: str = ""
    error: str = ""
    block: bool = True
    raw: Any = None

    @property
    def completes(self) -> bool:
        """Whether Complete applies now: a mirror or commit job that is ready."""
        return bool(self.ready) and self.type in COMPLETES_WHEN_READY

    def command(self, action: str) -> tuple[str, dict[str, object]] | None:
        """The command and arguments for `action` (a key of ACTIONS) on this job, or
        None when it has none for this kind of job (set-speed on a job that is not a
        block job). Set speed's `speed` is for the caller to add."""
        block_command, job_command = ACTIONS[action]
        if self.block:
            return block_command, {"device": self.id}
        return (job_command, {"id": self.id}) if job_command else None


def parse_jobs(block_jobs: object, jobs: object = None) -> list[Job]:
    """The running jobs: each BlockJobInfo of `block_jobs` (query-block-jobs' reply),
    then each JobInfo of `jobs` (query-jobs', None without it) that is not a block job,
    in QEMU's order. Jobs that have concluded are left out (their end is told by their
    events)."""
    found: list[Job] = []
    for item in block_jobs if isinstance(block_jobs, list) else ():
        if not isinstance(item, dict) or not _str(item.get("device")):
            continue
        found.append(
            Job(
                id=_str(item.get("device")),
                type=_str(item.get("type")),
                offset=_int(item.get("offset")),
                length=_int(item.get("len")),
                speed=_int(item.get("speed")),
                status=_str(item.get("status")) or None,
                ready=_bool(item.get("ready")),
                paused=_bool(item.get("paused")),
                io_status=_str(item.get("io-status")),
                error=_str(item.get("error")),
                raw=item,
            )
        )
    known = {job.id for job in found}
    for item in jobs if isinstance(jobs, list) else ():
        if not isinstance(item, dict) or _str(item.get("id")) in known:
            continue
        status = _str(item.get("status"))
        if not _str(item.get("id")) or status in ("concluded", "null"):
            continue
        found.append(
            Job(
                id=_str(item.get("id")),
                type=_str(item.get("type")),
                offset=_int(item.get("current-progress")),
                length=_int(item.get("total-progress")),
                status=status or None,
                paused=status == "paused",
                error=_str(item.get("error")),
                block=False,
                raw=item,
            )
        )
    return found


@dataclass(frozen=True, slots=True)
class JobEnd:
    """How a job ended: its `id` and `type`, `outcome` ("completed", "cancelled" or
    "failed"), `detail` (the outcome in words, with QEMU's own for a failure and how
    far it got: "cancelled at 16.0 of 48.0 MiB") and `words` (the sentence that names
    the job: "mirror job m0 was cancelled at ...")."""

    id: str
    type: str
    outcome: str
    detail: str
    words: str


def job_end(event: str, data: Mapping[str, object]) -> JobEnd | None:
    """The end a job's event says (BLOCK_JOB_COMPLETED, with `error` when it failed;
    BLOCK_JOB_CANCELLED), or None for another event."""
    ident, kind = _str(data.get("device")), _str(data.get("type"))
    if not ident:
        return None
    name = (
        translate("block_jobs", "{kind} job {ident}").format(kind=kind, ident=ident)
        if kind
        else translate("block_jobs", "job {ident}").format(ident=ident)
    )
    done = _progress(data)
    if event == "BLOCK_JOB_CANCELLED":
        detail = f"cancelled{done}"
        return JobEnd(
            ident,
            kind,
            "cancelled",
            detail,
            translate("block_jobs", "{name} was {detail}").format(name=name, detail=detail),
        )
    if event != "BLOCK_JOB_COMPLETED":
        return None
    error = _str(data.get("error"))
    if error:
        detail = translate("block_jobs", "failed: {error}{done}").format(error=error, done=done)
        return JobEnd(ident, kind, "failed", detail, f"{name} {detail}")
    detail = f"completed{done}"
    return JobEnd(ident, kind, "completed", detail, f"{name} {detail}")


def error_words(data: Mapping[str, object]) -> str:
    """BLOCK_JOB_ERROR `{device, operation, action}` in words: "I/O error on write
    in job j0: the job stopped" (action stop), "... the job goes on" (ignore),
    "... the job ends" (report)."""
    then = {
        "stop": translate("block_jobs", "the job stopped"),
        "ignore": translate("block_jobs", "the job goes on"),
        "report": translate("block_jobs", "the job ends"),
    }
    action = _str(data.get("action"))
    words = then.get(action, action)
    return translate("block_jobs", "I/O error on {v0} in job {v1}").format(
        v0=_str(data.get("operation")) or "I/O", v1=_str(data.get("device"))
    ) + (f": {words}" if words else "")


def _progress(data: Mapping[str, object]) -> str:
    offset, length = _int(data.get("offset")), _int(data.get("len"))
    if offset is None or not length:
        return ""
    return translate("block_jobs", " at {v0} of {v1} MiB").format(v0=mib(offset), v1=mib(length))


def mib(value: int | None) -> str:
    """Bytes as MiB with one decimal ("12.5"); "—" for None."""
    return "—" if value is None else f"{value / (1 << 20):.1f}"
