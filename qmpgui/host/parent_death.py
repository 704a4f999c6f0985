"""Run a program that the kernel stops when qmpgui's process ends, however it ends.

    python -I -S parent_death.py PARENT_PID -- PROGRAM [ARG ...]

asks the kernel for SIGTERM when the parent process ends (prctl PR_SET_PDEATHSIG),
checks that the parent is still PARENT_PID (had it ended before the request, the signal
would never come: then it exits 1 at once), and becomes PROGRAM (execvp: same process,
same pid; the request survives the exec; PROGRAM is looked up in $PATH unless a path). The demo VM's QEMU is started through it.

Why a program of its own: setting the request between fork and exec in qmpgui itself
(subprocess's preexec_fn) is unsafe in a process with threads, which qmpgui has (Qt's,
the file writer's); util-linux's `setpriv --pdeathsig` does the same but is not
installed everywhere. Standard library only; Linux only (elsewhere the program runs
without the request).

The kernel's "parent" is the thread that started this process: qmpgui starts it from
its main thread, which ends only with the process.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys

#: From <sys/prctl.h>.
PR_SET_PDEATHSIG = 1


def request_parent_death_signal(signum: int) -> bool:
    """Ask the kernel for `signum` when this process's parent ends; whether it took it
    (False where there is no prctl: not Linux)."""
    if not sys.platform.startswith("linux"):
        return False
    libc = ctypes.CDLL(None, use_errno=True)
    return int(libc.prctl(PR_SET_PDEATHSIG, signum, 0, 0, 0)) == 0


def main(argv: list[str]) -> int:
    """`PARENT_PID -- PROGRAM [ARG ...]`: never returns once PROGRAM runs. Exit status 2
    for a wrong command line, 1 when the parent is gone already, 127 when PROGRAM
    cannot be run."""
    if len(argv) < 3 or argv[1] != "--" or not argv[0].isdigit():
        print("usage: parent_death.py PARENT_PID -- PROGRAM [ARG ...]", file=sys.stderr)
        return 2
    if request_parent_death_signal(signal.SIGTERM) and os.getppid() != int(argv[0]):
        return 1  # the parent ended before the request: no signal will come
    try:
        os.execvp(argv[2], argv[2:])
    except OSError as err:
        print(f"cannot run {argv[2]}: {err.strerror or err}", file=sys.stderr)
        return 127


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
