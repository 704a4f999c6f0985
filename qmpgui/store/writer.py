"""FileWriter: the one thread that reads and writes qmpgui's files, in the order asked.

The configuration, the console history and the event log all go through it: the
window's thread never waits on a disk, a later save of a file never lands before an
earlier one, and at shutdown everything asked for is finished before qmpgui exits.
The log is read back through it too, so that read happens before any write.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from qmpgui.store.files import write_atomic

T = TypeVar("T")


class FileWriter:
    """Runs file jobs one at a time, in order, on one worker thread.

    Jobs are plain functions that block on disk. `submit()` and `write_atomic()` must
    be called with an asyncio loop running (the window's); their futures resolve on it.
    """

    def __init__(self, name: str = "files") -> None:
        self._executor = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix=name)
        #: Jobs whose end the loop has not seen yet (each with the worker's own future,
        #: which finish_now() reads when no loop runs); held so that aclose() can wait.
        self._pending: dict[asyncio.Future[Any], concurrent.futures.Future[Any]] = {}
        self._closed = False

    def submit(self, job: Callable[..., T], *args: object) -> asyncio.Future[T]:
        """Run `job(*args)` after every job asked before it; its result or exception.

        Raises RuntimeError after aclose(): nothing may be asked of a stopped writer.
        """
        if self._closed:
            raise RuntimeError("the file writer is closed")
        job_future = self._executor.submit(job, *args)
        future = asyncio.wrap_future(job_future)
        self._pending[future] = job_future
        future.add_done_callback(self._forget)
        return future

    def _forget(self, future: asyncio.Future[Any]) -> None:
        self._pending.pop(future, None)

    def write_atomic(self, path: Path, data: bytes) -> asyncio.Future[None]:
        """Replace `path` with `data` atomically (qmpgui.store.files.write_atomic).

        The future raises OSError when the write failed; the old file is then as it was.
        """
        return self.submit(write_atomic, path, data)

    @property
    def pending(self) -> int:
        """Jobs asked for and not finished yet."""
        return len(self._pending)

    async def aclose(self) -> None:
        """Finish every job asked for so far (their errors stay with their futures), then
        stop the thread. Jobs asked while it waits are finished too."""
        while self._pending:
            await asyncio.gather(*list(self._pending), return_exceptions=True)
        self._closed = True
        self._executor.shutdown(wait=False)

    def finish_now(self) -> list[Exception]:
        """Finish every job asked for so far, blocking the calling thread, and stop the
        worker: for when no event loop runs any more (qmpgui ends at once). Returns the
        errors of the jobs that failed and whose futures no one has seen (their futures
        are left unresolved: only a running loop could resolve them)."""
        self._closed = True
        self._executor.shutdown(wait=True)
        failed = [job.exception() for job in self._pending.values() if not job.cancelled()]
        return [err for err in failed if isinstance(err, Exception)]
