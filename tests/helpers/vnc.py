"""VNC displays for tests' QEMUs, when copies of the suite run at once on one machine.

Choosing a free display and QEMU listening on it are two steps: a second test run may
choose the same display in between, and its QEMU then exits at start-up ("Failed to find
an available port"), after it has made its QMP socket. A test holds vnc_display_lock()
from choosing a display until its QEMU answers on QMP (QEMU listens on VNC before it
greets a monitor).
"""

from __future__ import annotations

import contextlib
import fcntl
import tempfile
from collections.abc import Iterator
from pathlib import Path

LOCK = Path(tempfile.gettempdir()) / "qmpgui-tests-vnc-display.lock"


@contextlib.contextmanager
def vnc_display_lock() -> Iterator[None]:
    """Hold the machine's lock on choosing VNC displays (released if the process dies)."""
    with open(LOCK, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
