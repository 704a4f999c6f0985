"""qmpgui as a process, as a user starts it, and what a test reads from outside it: the
process table (/proc), the file system and the kernel's list of unix sockets.

Each app gets TMPDIR in the test's own folder, so its demo VM's folder
(`qmpgui-demo-*`) and QEMU (whose command line names that folder) are told apart
from those of anyone else on the machine.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path

#: Generous: a busy machine starts processes slowly.
START_S = 60.0


def app_env(tmp: Path, **extra: str) -> dict[str, str]:
    """The environment of an app started by a test: offscreen, TMPDIR in `tmp`."""
    return {**os.environ, "TMPDIR": str(tmp), "QT_QPA_PLATFORM": "offscreen", **extra}


def start_app(*args: str, env: Mapping[str, str], **popen: object) -> subprocess.Popen[str]:
    """`python -m qmpgui ARGS` with stdout and stderr captured as text."""
    return subprocess.Popen(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-m", "qmpgui", *args],
        env=dict(env),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **popen,
    )


def wait_until(
    condition: Callable[[], bool],
    what: str,
    *,
    app: subprocess.Popen[str] | None = None,
    timeout: float = START_S,
) -> None:
    """Poll `condition` until it holds; fails naming `what` after `timeout` seconds, or
    as soon as `app` has ended (with its output)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if app is not None and app.poll() is not None:
            out, err = app.communicate()
            raise AssertionError(f"qmpgui ended ({app.returncode}) before {what}:\n{out}{err}")
        if time.monotonic() > deadline:
            said = ""
            if app is not None:  # what qmpgui said tells why: end it and read it
                app.terminate()
                try:
                    out, err = app.communicate(timeout=20)
                    said = f"; qmpgui said:\n{out}{err}"
                except subprocess.TimeoutExpired:
                    said = "; qmpgui did not end on SIGTERM"
            raise AssertionError(f"not within {timeout:g} s: {what}{said}")
        time.sleep(0.05)


def demo_folders(tmp: Path) -> list[Path]:
    """The demo VMs' folders in `tmp`."""
    return sorted(tmp.glob("qmpgui-demo-*"))


def wait_for_demo(app: subprocess.Popen[str], tmp: Path) -> tuple[Path, int]:
    """Wait until `app`'s demo VM runs and the app is connected to its monitor; the
    demo's folder and QEMU's pid."""
    sockets: list[Path] = []

    def socket_made() -> bool:
        sockets[:] = list(tmp.glob("qmpgui-demo-*/qmp.sock"))
        return bool(sockets)

    wait_until(socket_made, "the demo VM made its QMP socket", app=app)
    folder = sockets[0].parent
    wait_until(lambda: has_client(sockets[0]), "the app connected to the demo VM", app=app)
    qemus = [pid for pid in processes_naming(folder) if b"qemu-system" in cmdline(pid)]
    assert len(qemus) == 1, qemus
    return folder, qemus[0]


def has_client(socket_path: Path) -> bool:
    """Whether a client is connected to the unix socket: the kernel lists each connection
    to it in /proc/net/unix under its path, in state 03 (connected)."""
    for line in Path("/proc/net/unix").read_text().splitlines()[1:]:
        fields = line.split()
        if len(fields) == 8 and fields[5] == "03" and fields[7] == str(socket_path):
            return True
    return False


def cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def alive(pid: int) -> bool:
    """Whether `pid` runs (a zombie, ended and waiting to be reaped, does not)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "zombie" not in status


def processes_naming(path: Path) -> list[int]:
    """Running processes whose command line contains `path`."""
    pids = [int(proc.name) for proc in Path("/proc").iterdir() if proc.name.isdigit()]
    needle = str(path).encode()
    return [pid for pid in pids if needle in cmdline(pid) and alive(pid) and pid != os.getpid()]


def finish(app: subprocess.Popen[str], timeout: float = START_S) -> tuple[str, str]:
    """Wait for `app` to end; its stdout and stderr. Kills it if it does not end."""
    try:
        return app.communicate(timeout=timeout)
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()


def apps_in(tmp: Path) -> list[int]:
    """Running processes given `tmp` as their TMPDIR (app_env): the apps of a test."""
    needle = f"TMPDIR={tmp}".encode()
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit() or int(proc.name) == os.getpid():
            continue
        try:
            environ = (proc / "environ").read_bytes().split(b"\0")
        except OSError:
            continue  # ended meanwhile, or not ours to read
        if needle in environ and alive(int(proc.name)):
            found.append(int(proc.name))
    return found


def kill_leftovers(tmp: Path) -> None:
    """After a failed test: nothing it started may outlive it, the apps themselves (whose
    command lines do not name `tmp`) included."""
    for pid in apps_in(tmp) + processes_naming(tmp):
        with contextlib.suppress(OSError):
            os.kill(pid, 9)
