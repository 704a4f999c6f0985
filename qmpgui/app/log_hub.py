"""Where every log entry goes: the event log model, the VM's file, and notifications.

Files are written by the file writer's thread, a second after the entries arrive
(or at close), so a storm of events costs one write per second, not one per
event. The JSON is made here, in slices of a few milliseconds between the
window's other work: a thread making it would share the interpreter's lock with
the window's thread, which takes that lock for each Qt call into Python (every
cell painted), and a second of a storm then held paints for 100 to 300 ms.
At start the files are read back in that thread, before any write, while new
entries wait; they follow the old ones into the model.
"""

from __future__ import annotations

import asyncio
import collections
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from qmpgui.i18n import translate
from qmpgui.log.entry import LogEntry, event_entry
from qmpgui.log.files import LogStore
from qmpgui.models.event_log import EventLogModel
from qmpgui.qmp.types import Event
from qmpgui.session import VmSession
from qmpgui.session.tasks import TaskSet
from qmpgui.store.writer import FileWriter
from qmpgui.ui.notifier import Notifier

#: The file of entries that concern no single VM.
APP_ENDPOINT = "qmpgui"
WRITE_DELAY_MS = 1000
#: The longest a slice of JSON making holds the window's thread, and its entries at most.
ENCODE_SLICE_S = 0.003
ENCODE_CHUNK = 100


class LogHub(QObject):
    def __init__(
        self,
        model: EventLogModel,
        store: LogStore,
        notifier: Notifier,
        warn: Callable[[str], None],
        *,
        writer: FileWriter,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.store = store
        self.notifier = notifier
        self._warn = warn
        self._writer = writer
        self.tasks = TaskSet()
        self._unwritten: dict[str, list[LogEntry]] = {}
        #: Endpoints whose entries are shown but not written (see watch()).
        self._unkept: set[str] = set()
        #: Entries waiting to become JSON: (endpoint, entries, how many are done).
        self._to_encode: collections.deque[tuple[str, list[LogEntry], int]] = collections.deque()
        self._encoded: dict[str, list[str]] = {}
        self._encoder = QTimer(self)
        self._encoder.setInterval(0)
        self._encoder.timeout.connect(self._encode_slice)
        # Entries held until the files are read back (load() is called right after this).
        self._waiting: list[LogEntry] | None = []
        self._write_failed = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(WRITE_DELAY_MS)
        self._timer.timeout.connect(self._write_soon)

    # -- feeding ------------------------------------------------------------------------

    def watch(self, session: VmSession, *, keep_file: bool = True) -> None:
        """Log `session`'s entries and events, and show its rows under its name now.

        `keep_file` False: its entries are not written (a VM of this run only, whose
        endpoint is never seen again: the demo VM's)."""
        session.logged.connect(self.add)
        session.eventsReceived.connect(lambda events: self._events(session, events))
        session.stateChanged.connect(lambda: self._name(session))
        self._name(session)
        if not keep_file:
            self._unkept.add(session.endpoint_text)

    def _name(self, session: VmSession) -> None:
        # The name the user gave, else QEMU's -name; none yet: the entries' names stand.
        name = session.configured_name or session.info.query_name or ""
        self.model.name_vm(session.endpoint_text, name)

    def _events(self, session: VmSession, events: list[Event]) -> None:
        name, endpoint = session.display_name, session.endpoint_text
        for event in events:
            self.add(event_entry(name, event, endpoint))

    def add(self, entry: LogEntry) -> None:
        """Show `entry`, write it to its VM's file (the app's for one without an
        endpoint) within WRITE_DELAY_MS, and let the notifier consider it."""
        if self._waiting is not None:
            self._waiting.append(entry)
        else:
            self.model.append([entry])
        endpoint = entry.endpoint or APP_ENDPOINT
        if endpoint not in self._unkept:
            self._unwritten.setdefault(endpoint, []).append(entry)
            if not self._timer.isActive():
                self._timer.start()
        self.notifier.consider(entry)

    # -- files ------------------------------------------------------------------------------

    def start(self) -> None:
        """Read the files back (before the writer writes anything to them)."""
        self.tasks.spawn(self.load(), "load")

    async def load(self) -> None:
        """Read the files back (past demo VMs' files are deleted first: their endpoints
        never come back); entries that arrive meanwhile follow them."""
        try:
            old = await self._writer.submit(self._read_back)
        except OSError as err:
            old = []
            self._warn(
                translate("LogHub", "could not read the event log in {folder}: {v1}").format(
                    folder=self.store.folder, v1=err.strerror or err
                )
            )
        finally:
            waiting, self._waiting = self._waiting or [], None
        self.model.append(old + waiting)

    def _read_back(self) -> list[LogEntry]:
        # In the file writer's thread.
        self.store.forget_demo_logs()
        return self.store.load(self.model.limit)

    def _write_soon(self) -> None:
        """A second's entries: made into JSON slice by slice, then written."""
        batch, self._unwritten = self._unwritten, {}
        self._to_encode.extend((endpoint, entries, 0) for endpoint, entries in batch.items())
        if self._to_encode and not self._encoder.isActive():
            self._encoder.start()

    def _encode_slice(self, budget_s: float = ENCODE_SLICE_S) -> None:
        deadline = time.perf_counter() + budget_s
        while self._to_encode and time.perf_counter() < deadline:
            endpoint, entries, done = self._to_encode[0]
            chunk = entries[done : done + ENCODE_CHUNK]
            self._encoded.setdefault(endpoint, []).append("".join(e.json_line() for e in chunk))
            done += len(chunk)
            if done < len(entries):
                self._to_encode[0] = (endpoint, entries, done)
            else:
                self._to_encode.popleft()
        if self._to_encode:
            return  # the timer runs again once the window has had its turn
        self._encoder.stop()
        encoded, self._encoded = self._encoded, {}
        batch = {endpoint: "".join(parts) for endpoint, parts in encoded.items()}
        if batch:
            self._writer.submit(self._write, batch).add_done_callback(self._written)

    def _write(self, batch: dict[str, str]) -> None:
        for endpoint, lines in batch.items():
            self.store.append_lines(endpoint, lines)

    def _written(self, future: asyncio.Future[None]) -> None:
        err = future.exception() if not future.cancelled() else None
        if err is not None and not self._write_failed:
            self._write_failed = True  # said once: the log in memory goes on
            self._warn(
                translate("LogHub", "the event log is not being saved in {folder}: {err}").format(
                    folder=self.store.folder, err=err
                )
            )

    def write_now(self) -> str | None:
        """Write every entry not written yet here and now, blocking: for when no event
        loop runs any more (qmpgui ends at once), after the file writer has finished
        what it was given, so that the entries keep their order in the files. What
        went wrong, as a sentence for the user; None when all went well."""
        self.tasks.cancel()  # a file read still to start must not start after this
        self._timer.stop()
        self._encoder.stop()
        lines = {endpoint: "".join(parts) for endpoint, parts in self._encoded.items()}
        for endpoint, entries, done in self._to_encode:
            lines[endpoint] = lines.get(endpoint, "") + "".join(
                entry.json_line() for entry in entries[done:]
            )
        for endpoint, entries in self._unwritten.items():
            lines[endpoint] = lines.get(endpoint, "") + "".join(e.json_line() for e in entries)
        self._encoded, self._to_encode, self._unwritten = {}, collections.deque(), {}
        failed: OSError | None = None
        for endpoint, text in lines.items():  # each VM's file, whatever another's does
            try:
                self.store.append_lines(endpoint, text)
            except OSError as err:
                failed = failed or err
        if failed is None:
            return None
        return translate(
            "LogHub", "the event log's last entries were not saved in {folder}: {failed}"
        ).format(folder=self.store.folder, failed=failed)

    async def aclose(self) -> None:
        """Hand what is left to the file writer, which finishes it before it stops."""
        await self.tasks.aclose()
        self._timer.stop()
        self._write_soon()
        self._encode_slice(budget_s=float("inf"))  # all of it now: the window is closing
