"""The demo VM's watchdog: a small process that stops the demo QEMU and removes its
folder however qmpgui ends (SIGKILL, a crash, a display that went away).

qmpgui starts it, in a session of its own, as `python -m qmpgui.host.demo_watchdog
FOLDER` with a pipe as its standard input that qmpgui holds the only write end of and
never writes to. The kernel closes that end when qmpgui's process ends, in whatever
way: the watchdog then reads end of file, stops every process of this user whose
command line names FOLDER (the demo QEMU) with SIGTERM, then SIGKILL after a grace
period, and removes FOLDER. After an orderly close qmpgui has done both already, and
the watchdog finds nothing to do. No Qt and no other qmpgui module: it starts in
milliseconds and cannot fail on what qmpgui's window does.

When it starts, it also removes the demo folders beside FOLDER that were left behind:
this user's, older than LEFTOVER_AGE_S, and named by no process (their qmpgui and
watchdog were both killed, or an older qmpgui left them).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import stat
import sys
import time
from pathlib import Path
from types import FrameType

#: Seconds QEMU has to exit after SIGTERM before it gets SIGKILL.
GRACE_S = 5.0
#: A demo folder named by no process is a leftover once it is this old (seconds): a
#: younger one may belong to a qmpgui whose watchdog is only starting.
LEFTOVER_AGE_S = 60.0
#: How the demo folders are named (tempfile.mkdtemp's prefix).
FOLDER_PREFIX = "qmpgui-demo-"


def processes_naming(folder: Path) -> list[int]:
    """Pids of this user's processes (other than this one) whose command line has
    `folder` or a path inside it, read from /proc; an empty list where there is no /proc."""
    path = os.fsencode(folder)
    found = []
    for entry in Path("/proc").iterdir() if Path("/proc").is_dir() else ():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if entry.stat().st_uid != os.getuid():
                continue
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue  # it ended meanwhile
        if any(arg == path or path + b"/" in arg for arg in cmdline.split(b"\0")):
            found.append(int(entry.name))
    return found


def _running(pid: int) -> bool:
    """Whether `pid` exists and is not a zombie (one that ended, waiting to be reaped)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return not any(line.startswith("State:\tZ") for line in status.splitlines())


def stop_processes(pids: list[int], grace_s: float = GRACE_S) -> None:
    """SIGTERM to each of `pids`, then SIGKILL to those still running after `grace_s`
    seconds. Processes that are gone already, or not ours to signal, are passed over."""
    for pid in pids:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + grace_s
    while any(_running(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    for pid in pids:
        if _running(pid):
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)


def remove_leftovers(base: Path, now: float | None = None) -> list[Path]:
    """Remove the demo folders in `base` that were left behind: this user's, not
    changed for LEFTOVER_AGE_S seconds before `now` (default: the time now), and named
    by no process. The folders removed."""
    now = time.time() if now is None else now
    removed = []
    for folder in base.glob(FOLDER_PREFIX + "*"):
        try:
            info = folder.lstat()
        except OSError:
            continue
        if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
            continue
        if now - info.st_mtime < LEFTOVER_AGE_S or processes_naming(folder):
            continue
        shutil.rmtree(folder, ignore_errors=True)
        removed.append(folder)
    return removed


def clean_up(folder: Path) -> None:
    """Stop the processes that name `folder` (the demo QEMU) and remove `folder`."""
    stop_processes(processes_naming(folder))
    shutil.rmtree(folder, ignore_errors=True)


class _Stop(Exception):
    """A signal asked the watchdog to clean up now."""


def _stop_now(_signum: int, _frame: FrameType | None) -> None:
    raise _Stop


def main(argv: list[str]) -> int:
    """Wait for end of file on standard input, then clean up the folder argv[0].

    SIGTERM, SIGHUP and SIGINT clean up at once as well. Returns the exit status: 0, or
    2 when the arguments are wrong.
    """
    if len(argv) != 1:
        print("usage: python -m qmpgui.host.demo_watchdog FOLDER", file=sys.stderr)
        return 2
    folder = Path(argv[0])
    for signum in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
        signal.signal(signum, _stop_now)
    try:
        with contextlib.suppress(OSError):  # leftovers are a nicety; the watch is the job
            remove_leftovers(folder.parent)
        while os.read(sys.stdin.fileno(), 4096):  # qmpgui never writes: only the end counts
            pass
    except (_Stop, OSError):
        pass
    for signum in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
        signal.signal(signum, signal.SIG_IGN)  # the clean-up itself is not interrupted
    clean_up(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
