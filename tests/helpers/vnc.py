"""VNC displays for tests' QEMUs, when copies of the suite run at once on one machine.

Choosing a free display and QEMU listening on it are two steps: a second test run may
choose the same display in between, and its QEMU then exits at start-up ("Failed to find
an available port"), after it has made its QMP socket. A test holds vnc_display_lock()
from choosing a display until its QEMU answers on QMP (QEMU listens on VNC before it
greets a monitor); start_with_vnc() also tries again when a run that takes no lock won.
"""

from __future__ import annotations

import contextlib
import fcntl
import tempfile
from collections.abc import Iterator
from pathlib import Path

from qmpgui.host.demo import free_vnc_display
from tests.helpers.qemu_vm import QemuVm

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


def start_with_vnc(
    vm: QemuVm, extra: list[str], first: int = 40, attempts: int = 10, options: str = ""
) -> int:
    """Start `vm` with VNC on a free display of 127.0.0.1, from `first` up, with more of
    -vnc's `options` (",password=on"); return the display."""
    with vnc_display_lock():
        for attempt in range(1, attempts + 1):
            display = free_vnc_display(first)
            try:
                vm.start(extra=[*extra, "-vnc", f"127.0.0.1:{display}{options}"])
                vm.watch.execute("query-status")  # QEMU answers: it listens on VNC
            except RuntimeError as error:  # QEMU exited: the display may have gone meanwhile
                vm.stop()
                if "Failed to find an available port" not in str(error) or attempt == attempts:
                    raise
                continue
            return display
    raise AssertionError("unreachable")
