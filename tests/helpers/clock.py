"""Time as the window's thread lives it, for tests that measure its stalls."""

from __future__ import annotations

import time
from pathlib import Path

_SCHEDSTAT = Path("/proc/thread-self/schedstat")


def unqueued_time() -> float:
    """Seconds on a clock that stops while the calling thread waits for a CPU (Linux's
    schedstat run delay).

    Spans on it are the thread's own work and its waits (for the interpreter's lock too, or
    a blocking call), never the time other programs of a busy machine ran first.
    """
    waited_ns = int(_SCHEDSTAT.read_text().split()[1])
    return time.monotonic() - waited_ns / 1e9
