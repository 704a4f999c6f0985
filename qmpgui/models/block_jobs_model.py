"""The block jobs pane's list (`blockJobsView`): the running jobs, with their type,
progress (a bar and offset/length in MiB), speed limit, status and readiness, then
the jobs that ended, with their outcome in words, until dismissed."""

from __future__ import annotations

from qmpgui.i18n import marked, translate
from qmpgui.models.node_tree import Node, NodeTreeModel
from qmpgui.models.palette import Tone
from qmpgui.models.text import DASH, human_rate, yes_no
from qmpgui.qmp.block_jobs import Job, mib, parse_jobs
from qmpgui.session import VmSession
from qmpgui.session.block_jobs import BLOCK_JOBS_KEY, JOBS_KEY, Ended, job_watch

COLUMNS = (
    marked("headers", "Job"),
    marked("headers", "Type"),
    marked("headers", "Progress"),
    marked("headers", "Done (MiB)"),
    marked("headers", "Speed limit"),
    marked("headers", "Status"),
    marked("headers", "Ready"),
)
#: The Progress column: its cell is the percentage, which the view draws as a bar.
PROGRESS_COLUMN = COLUMNS.index("Progress")
#: The first cell of a job that ended starts with this key's kind.
ENDED = "ended"


def _status(job: Job) -> str:
    status = job.status or ("paused" if job.paused else "running")
    if job.io_status and job.io_status != "ok":
        status += translate("block_jobs_model", " (I/O {io_status})").format(
            io_status=job.io_status
        )
    return status


class BlockJobsModel(NodeTreeModel):
    """One row per running job (key: its id), then one per ended job (key: (ENDED,
    id)). A job's progress never goes back on screen: its length may grow while it
    runs (a mirror's, as the guest writes), and the bar keeps its furthest point."""

    glossary = "jobs"

    headers = COLUMNS

    def __init__(self) -> None:
        super().__init__()
        #: The furthest fraction shown per job id (0..1).
        self._furthest: dict[str, float] = {}
        #: The running jobs shown, as parsed.
        self.jobs: list[Job] = []

    def refresh(self, session: VmSession) -> None:
        """Show the session's latest jobs and the ones that ended; never raises."""
        results = session.inspection.results
        block, other = results.get(BLOCK_JOBS_KEY), results.get(JOBS_KEY)
        self.replies = session.inspection.results_of([BLOCK_JOBS_KEY, JOBS_KEY])
        self.jobs = parse_jobs(
            block.reply if block is not None and block.ok else None,
            other.reply if other is not None and other.ok else None,
        )
        watch = job_watch(session)
        rows = [self._running(job, watch.io_errors.get(job.id, "")) for job in self.jobs]
        running = {job.id for job in self.jobs}
        rows += [self._ended(e) for i, e in watch.ended.items() if i not in running]
        self.sync(rows)

    def _running(self, job: Job, io_error: str) -> Node:
        fraction = 0.0
        if job.offset is not None and job.length:
            fraction = max(self._furthest.get(job.id, 0.0), min(1.0, job.offset / job.length))
            self._furthest[job.id] = fraction
        cells = [
            job.id,
            job.type or DASH,
            f"{fraction * 100:.0f}%",
            f"{mib(job.offset)} / {mib(job.length)}",
            "none" if job.speed == 0 else human_rate(job.speed),
            _status(job),
            yes_no(job.ready),
        ]
        tooltip = "\n".join(f"{h}: {c}" for h, c in zip(COLUMNS, cells, strict=True))
        if io_error:
            tooltip += f"\n{io_error}"
        if job.error:
            tooltip += translate("BlockJobsModel", "\nerror: {error}").format(error=job.error)
        tone = Tone.WARNING if io_error or job.error else None
        return Node(job.id, cells, job.raw, tooltip, tone)

    def _ended(self, ended: Ended) -> Node:
        end = ended.end
        also = f" ({ended.io_error})" if ended.io_error else ""
        words = end.words + also
        tone = Tone.ERROR if end.outcome == "failed" else Tone.MUTED
        cells = [end.id, end.type or DASH, "", "", "", end.detail + also, ""]
        return Node((ENDED, end.id), cells, {"outcome": end.outcome, "words": words}, words, tone)

    def job(self, job_id: str) -> Job | None:
        """The running job `job_id` as last shown, or None."""
        return next((j for j in self.jobs if j.id == job_id), None)
