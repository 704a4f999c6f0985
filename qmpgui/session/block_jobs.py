"""The jobs pane's topic and its work: the running jobs (`query-block-jobs`, and
`query-jobs` where QEMU has it), the jobs that ended and how (kept until dismissed,
each end said in the event log), and the actions on a job (pause, resume, cancel,
complete, set speed).

QEMU tells a job's end only in its events (a job that auto-dismisses is gone from
the queries at once): `JobWatch`, one per session, reads them as they arrive.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal

from qmpgui.i18n import marked, translate
from qmpgui.log.entry import Level, LogEntry, LogKind
from qmpgui.qmp import Event
from qmpgui.qmp.block_jobs import JOB_EVENTS, Job, JobEnd, changes_block, error_words, job_end
from qmpgui.session.block_graph import BLOCK_GRAPH
from qmpgui.session.control import Outcome, perform
from qmpgui.session.inspection import Fetcher, register_topic
from qmpgui.session.vm_session import VmSession

#: The queries' keys in Inspection.results.
BLOCK_JOBS_KEY = "query-block-jobs"
JOBS_KEY = "query-jobs"

#: The actions' names in words (the log's and the status bar's), by ACTIONS' key.
LABELS = {
    "pause": marked("block_jobs", "Pause job"),
    "resume": marked("block_jobs", "Resume job"),
    "cancel": marked("block_jobs", "Cancel job"),
    "complete": marked("block_jobs", "Complete job"),
    "set-speed": marked("block_jobs", "Set job speed"),
}


async def _fetch(fetcher: Fetcher) -> None:
    await fetcher.query(BLOCK_JOBS_KEY)
    if fetcher.offers(JOBS_KEY):
        await fetcher.query(JOBS_KEY)


#: The running jobs, refreshed on every job event.
BLOCK_JOBS = register_topic("block-jobs", _fetch, events=JOB_EVENTS)


@dataclass(frozen=True, slots=True)
class Ended:
    """A job that ended: how (`end`), and the last I/O error it met ("" for none)."""

    end: JobEnd
    io_error: str = ""


class JobWatch(QObject):
    """The jobs of one VM that ended, by id, in the order they ended, until dismissed;
    one per session (job_watch()). Each end is said (status bar and event log) once.
    A block command sent from the console refreshes the graph and the jobs at once."""

    #: (): a job ended or was dismissed.
    changed = Signal()

    def __init__(self, session: VmSession) -> None:
        super().__init__(session)
        self.session = session
        self.ended: dict[str, Ended] = {}
        #: The last BLOCK_JOB_ERROR of each running job, in words.
        self.io_errors: dict[str, str] = {}
        session.eventsReceived.connect(self._on_events)
        session.logged.connect(self._on_logged)

    def dismiss(self, job: str) -> None:
        """Stop showing the ended job `job` (its id)."""
        if self.ended.pop(job, None) is not None:
            self.changed.emit()

    def _on_events(self, batch: list[Event]) -> None:
        changed = False
        for event in batch:
            if event.name == "BLOCK_JOB_ERROR":
                ident = str(event.data.get("device", ""))
                self.io_errors[ident] = error_words(event.data)
                self.session.say(
                    Level.WARNING, translate("JobWatch", "block job"), self.io_errors[ident]
                )
                continue
            end = job_end(event.name, event.data)
            if end is None:
                continue
            self.ended[end.id] = Ended(end, self.io_errors.pop(end.id, ""))
            level = Level.ERROR if end.outcome == "failed" else Level.INFO
            self.session.say(
                level,
                translate("JobWatch", "block job"),
                end.words,
                {"job": end.id, "type": end.type},
            )
            changed = True
        if changed:
            self.changed.emit()

    def _on_logged(self, entry: LogEntry) -> None:
        # QEMU announces a new job (JOB_STATUS_CHANGE) but not a node added or removed.
        # Only what is on screen: the others are fetched when their pane shows.
        if entry.kind is LogKind.COMMAND and changes_block(entry.name):
            shown = frozenset({BLOCK_GRAPH, BLOCK_JOBS}) & self.session.watched
            if shown:
                self.session.request_refresh(shown)


def job_watch(session: VmSession) -> JobWatch:
    """The session's JobWatch, made at the first call; the panes follow `changed`."""
    found = session.findChild(JobWatch, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if isinstance(found, JobWatch):
        return found
    watch = JobWatch(session)
    watch.changed.connect(lambda: session.topicChanged.emit(BLOCK_JOBS.name))
    return watch


async def act_on_job(session: VmSession, job: Job, action: str, speed: int = 0) -> Outcome | None:
    """Run `action` (a key of qmp.block_jobs.ACTIONS) on `job`; `speed` in bytes per
    second for set-speed (0: no limit). The jobs are refreshed after it. Said and
    logged as perform() does; None when this kind of job has no such command (nothing
    sent). Never raises a QmpFailure."""
    found = job.command(action)
    if found is None:
        return None
    command, arguments = found
    if action == "set-speed":
        arguments["speed"] = speed
    label = translate("block_jobs", LABELS[action])
    outcome = await perform(session, label, command, arguments)
    session.request_refresh(frozenset({BLOCK_JOBS, BLOCK_GRAPH}))
    return outcome
