"""However qmpgui ends, its demo VM's QEMU stops and the demo's folder goes: a signal
(orderly, no traceback), SIGKILL, a crash, the X server going away, an uncaught
exception, Ctrl+C on scripts/demo.sh without a display. Checked from outside: the
process table and the file system."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from qmpgui.app.instance import Instance
from qmpgui.app.log_hub import APP_ENDPOINT
from qmpgui.host.demo import QEMU_BINARY, WATCHDOG_EXIT_S
from qmpgui.host.demo_watchdog import LEFTOVER_AGE_S
from qmpgui.log.files import LogStore, default_log_folder
from qmpgui.store.config import default_config_path
from qmpgui.store.history import default_history_path
from tests.helpers import busy_app
from tests.helpers.app_process import (
    START_S,
    alive,
    app_env,
    demo_folders,
    finish,
    kill_leftovers,
    processes_naming,
    start_app,
    wait_for_demo,
    wait_until,
)

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def tmp(tmp_path: Path) -> Iterator[Path]:
    """The apps' TMPDIR; whatever a failed test left running is killed."""
    yield tmp_path
    kill_leftovers(tmp_path)


def assert_demo_gone(tmp: Path, qemu_pid: int, *, timeout: float = 30) -> None:
    wait_until(lambda: not alive(qemu_pid), f"the demo QEMU ({qemu_pid}) stopped", timeout=timeout)
    wait_until(lambda: not demo_folders(tmp), "the demo folder was removed", timeout=timeout)
    assert not processes_naming(tmp), "a process of the demo is left"


@pytest.mark.qemu
@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP])
def test_a_signal_closes_qmpgui_in_order(tmp: Path, signum: signal.Signals) -> None:
    app = start_app("--demo", env=app_env(tmp))
    _, qemu_pid = wait_for_demo(app, tmp)
    app.send_signal(signum)
    _, stderr = finish(app)
    assert app.returncode == 0, stderr
    assert "Traceback" not in stderr
    # Stopped by qmpgui before it exited, not later by someone else.
    assert not alive(qemu_pid) and not demo_folders(tmp)
    assert not processes_naming(tmp)


@pytest.mark.qemu
def test_a_second_ctrl_c_while_closing_ends_qmpgui_at_once(tmp: Path) -> None:
    """The close waits for a demo watchdog that does not answer (stopped): a second
    Ctrl+C ends qmpgui then and there, in a sentence, rather than after the wait."""
    app = start_app("--demo", env=app_env(tmp))
    folder, qemu_pid = wait_for_demo(app, tmp)
    (watchdog,) = [pid for pid in processes_naming(folder) if pid != qemu_pid]
    os.kill(watchdog, signal.SIGSTOP)
    app.send_signal(signal.SIGINT)
    # The close stops QEMU and removes the folder; then it waits for the watchdog.
    wait_until(lambda: not folder.exists(), "the close to reach the watchdog", app=app)
    asked = time.monotonic()
    app.send_signal(signal.SIGINT)
    wait_until(lambda: app.poll() is not None, "qmpgui to end", timeout=WATCHDOG_EXIT_S)
    os.kill(watchdog, signal.SIGKILL)  # it holds qmpgui's stderr, which finish() reads to the end
    _, stderr = finish(app)
    assert time.monotonic() - asked < WATCHDOG_EXIT_S
    assert app.returncode == 128 + signal.SIGINT, stderr
    assert "qmpgui: SIGINT while closing: qmpgui quits at once" in stderr
    assert "Traceback" not in stderr
    assert not alive(qemu_pid)


def wakeups(pid: int) -> int:
    """How often the process's main thread (Qt's and Python's) has woken from a wait."""
    for line in Path(f"/proc/{pid}/task/{pid}/status").read_text().splitlines():
        if line.startswith("voluntary_ctxt_switches:"):
            return int(line.split()[1])
    raise AssertionError(f"no context switches in /proc/{pid}/task/{pid}/status")


#: Seconds of start-up work (the event log written a second after the first entries, ...).
SETTLE_S = 2.0
#: Seconds an idle qmpgui is watched.
IDLE_S = 4.0


def test_an_idle_qmpgui_sleeps_and_still_hears_a_signal_at_once(tmp: Path) -> None:
    """No timer wakes qmpgui to look for signals: with no VM to watch it sleeps (about
    once a second, for its garbage collector), and SIGTERM still closes it at once."""
    app = start_app(env=app_env(tmp))
    listening = Instance(default_config_path()).socket_path
    wait_until(listening.exists, "qmpgui to take its configuration file", app=app)
    # A second start is answered once the first's event loop runs.
    second = subprocess.run(
        [sys.executable, "-m", "qmpgui"],
        check=False,
        env=app_env(tmp),
        capture_output=True,
        text=True,
        timeout=START_S,
    )
    assert second.returncode == 0, second.stderr
    time.sleep(SETTLE_S)  # the behaviour under test begins once start-up's work is over
    before = wakeups(app.pid)
    time.sleep(IDLE_S)  # the behaviour under test: idling
    woken = wakeups(app.pid) - before
    assert woken < 2 * IDLE_S, f"woken {woken} times in {IDLE_S:g} s"
    app.terminate()
    asked = time.monotonic()
    _, stderr = finish(app)
    assert app.returncode == 0, stderr
    assert time.monotonic() - asked < 10


@pytest.mark.qemu
def test_sigkill_of_qmpgui_leaves_no_demo_vm(tmp: Path) -> None:
    app = start_app("--demo", env=app_env(tmp))
    _, qemu_pid = wait_for_demo(app, tmp)
    app.kill()  # no code of qmpgui runs after this
    finish(app)
    assert_demo_gone(tmp, qemu_pid)


def path_with_only_qemu(tmp: Path) -> str:
    """A $PATH with QEMU and nothing else: no util-linux (setpriv), as on a minimal system."""
    folder = tmp / "bin"
    folder.mkdir()
    qemu = shutil.which(QEMU_BINARY)
    assert qemu is not None
    (folder / QEMU_BINARY).symlink_to(qemu)
    return str(folder)


@pytest.mark.qemu
def test_the_demo_qemu_cannot_outlive_qmpgui(tmp: Path) -> None:
    """Even with qmpgui and its watchdog both killed, the kernel ends QEMU, on a system
    without util-linux's setpriv too; the folder left behind goes when a later demo
    starts."""
    app = start_app("--demo", env=app_env(tmp, PATH=path_with_only_qemu(tmp)))
    folder, qemu_pid = wait_for_demo(app, tmp)
    for helper in processes_naming(folder):  # the watchdog
        if helper != qemu_pid:
            os.kill(helper, signal.SIGKILL)
    app.kill()
    finish(app)
    wait_until(lambda: not alive(qemu_pid), "QEMU got its parent-death signal", timeout=30)

    assert folder.exists()
    long_ago = time.time() - LEFTOVER_AGE_S - 1
    os.utime(folder, (long_ago, long_ago))
    later = start_app("--demo", env=app_env(tmp))
    wait_until(lambda: not folder.exists(), "the leftover folder was removed", app=later)
    later.terminate()
    finish(later)
    assert later.returncode == 0 and not demo_folders(tmp)


#: An app that fails with an uncaught exception once the file `fail-now` exists in the
#: folder given as its argument: the window's coroutine raises out of the event loop.
FAILING_APP = """
import asyncio, sys
from pathlib import Path
from qmpgui import __main__ as entry
from qmpgui.app import event_loop

trigger = Path(sys.argv.pop(1)) / "fail-now"
real_run = event_loop.run

def run(main):
    async def window_then_failure():
        window = asyncio.ensure_future(main)
        while not trigger.exists() and not window.done():
            await asyncio.sleep(0.05)
        raise RuntimeError("a defect in qmpgui")
    return real_run(window_then_failure())

event_loop.run = run
sys.exit(entry.main())
"""


@pytest.mark.qemu
def test_an_uncaught_exception_leaves_no_demo_vm(tmp: Path) -> None:
    app = subprocess.Popen(
        [sys.executable, "-c", FAILING_APP, str(tmp), "--demo"],
        env=app_env(tmp),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    _, qemu_pid = wait_for_demo(app, tmp)
    (tmp / "fail-now").touch()
    _, stderr = finish(app)
    assert app.returncode == 1 and "RuntimeError: a defect in qmpgui" in stderr
    assert_demo_gone(tmp, qemu_pid)


def start_xvfb(tmp: Path) -> tuple[subprocess.Popen[bytes], str]:
    """A virtual X screen of its own (it picks a free display); the server and $DISPLAY."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-nolisten", "tcp", "-screen", "0", "1280x1024x24"],
        pass_fds=[write],
        stdout=subprocess.DEVNULL,
        stderr=(tmp / "Xvfb.log").open("wb"),
    )
    os.close(write)
    with os.fdopen(read, "rb") as displayfd:
        number = displayfd.readline().strip().decode()
    assert number, (tmp / "Xvfb.log").read_text()
    return server, f":{number}"


@pytest.mark.qemu
def test_the_x_server_going_away_loses_nothing_and_leaves_no_demo_vm(tmp: Path) -> None:
    """The display goes away while the event log's last second, a console command and
    a changed setting wait to be written: qmpgui writes them all, says why it quits in a
    sentence, no traceback, and stops the demo VM."""
    server, display = start_xvfb(tmp)
    work = tmp / "work"
    work.mkdir()
    try:
        env = {k: v for k, v in app_env(tmp).items() if k != "QT_QPA_PLATFORM"}
        app = subprocess.Popen(
            [sys.executable, busy_app.__file__, str(work), "--demo"],
            env={**env, "DISPLAY": display},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        _, qemu_pid = wait_for_demo(app, tmp)
        wait_until((work / "working").exists, "the window at work", app=app)
    finally:
        server.terminate()
        server.wait()
    _, stderr = finish(app)
    assert app.returncode == 1, stderr
    assert "qmpgui: the display went away" in stderr
    assert "Traceback" not in stderr
    assert not demo_folders(tmp)  # removed by qmpgui itself, before it exited
    assert_demo_gone(tmp, qemu_pid)

    ticks = [int(n) for n in (work / "ticks").read_text().split()]
    assert len(ticks) >= busy_app.WARM_UP
    log = LogStore(default_log_folder()).path_for(APP_ENDPOINT).read_text()
    assert [n for n in ticks if f"[tick {n}]" not in log] == []
    history = json.loads(default_history_path().read_text())["qmp"]
    assert [n for n in ticks if busy_app.command(n) not in history] == []
    config = json.loads(default_config_path().read_text())
    assert config["screendump_folder"] == str(work / f"shots-{ticks[-1]}")


@pytest.mark.qemu
def test_ctrl_c_on_demo_sh_without_a_display_stops_everything(tmp: Path) -> None:
    """The terminal sends Ctrl+C's SIGINT to the whole foreground process group:
    demo.sh, its virtual screen and qmpgui. qmpgui closes in order on a screen that
    is still there; then the screen goes too."""
    env = {
        k: v
        for k, v in app_env(tmp).items()
        if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    demo = subprocess.Popen(
        [str(REPO / "scripts" / "demo.sh")],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, as a terminal's foreground job
    )
    try:
        _, qemu_pid = wait_for_demo(demo, tmp)
        os.killpg(demo.pid, signal.SIGINT)
        _, stderr = demo.communicate(timeout=START_S)
    finally:
        if demo.poll() is None:
            os.killpg(demo.pid, signal.SIGKILL)
            demo.communicate()
    assert demo.returncode == 0, stderr
    assert "Traceback" not in stderr and "X11 connection broke" not in stderr
    assert not alive(qemu_pid) and not demo_folders(tmp)
    # Nothing of the demo is left: not qmpgui, not the virtual screen (its files are in tmp).
    wait_until(lambda: not processes_naming(tmp), "the virtual screen stopped", timeout=30)
    assert not list(tmp.glob("qmpgui-screen.*"))
