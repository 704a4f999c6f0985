"""The real app: command line, demo VM start and clean-up, Ctrl+C."""

from __future__ import annotations

import contextlib
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from qmpgui.session import ConnState
from tests.helpers.runner import AsyncRunner
from tests.helpers.sockets import has_client
from tests.helpers.vnc import vnc_display_lock
from tests.helpers.windows import Windows


def qmpgui(
    *args: str, env: dict[str, str] | None = None, timeout: float = 30
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "qmpgui", *args],
        check=False,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env or os.environ.copy(),
    )


def test_version_and_help() -> None:
    version = qmpgui("--version")
    assert version.returncode == 0 and version.stdout.startswith("qmpgui 0.")
    help_ = qmpgui("--help")
    assert help_.returncode == 0
    for text in ("ENDPOINT", "--demo", "unix:/run/vm1.qmp", "tcp:HOST:PORT", "[::1]:4444"):
        assert text in help_.stdout


def test_bad_endpoint_on_the_command_line_is_a_usage_error() -> None:
    result = qmpgui("tcp:host:port")
    assert result.returncode == 2
    assert "the port must be a number" in result.stderr and "Traceback" not in result.stderr


def test_demo_without_qemu_says_how_to_install_it(tmp_path: Path) -> None:
    env = {**os.environ, "PATH": str(tmp_path)}  # no qemu-system-x86_64 here
    result = qmpgui("--demo", env=env)
    assert result.returncode == 1
    assert "needs qemu-system-x86_64, which is not installed" in result.stderr
    assert "sudo apt-get install qemu-system-x86" in result.stderr
    assert "sudo dnf install qemu-system-x86" in result.stderr


@pytest.mark.qemu
def test_demo_vm_runs_and_is_cleaned_up(windows: Windows, arun: AsyncRunner) -> None:
    with vnc_display_lock():  # until the demo VM answers, and so listens on VNC
        window = windows.open("--demo")
        arun.wait(lambda: window.model.rowCount() == 1 and window.model.session(0).connected)
    session = window.model.session(0)
    assert window.demo is not None
    folder, pid = window.demo.folder, window.demo.pid
    assert pid is not None
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert session.display_name == "qmpgui-demo"
    assert window.model.data(window.model.index(0, 1)) == "running"
    assert window.status_pane.text("run_state") == "running"

    # What the issue promises the demo VM is: an empty CD-ROM cd0 and VNC on loopback.
    block = arun(session.execute("query-block"))
    assert isinstance(block, list)
    cdrom = [d for d in block if str(d.get("qdev", "")).endswith("cd0")]
    assert cdrom and cdrom[0]["removable"] and "inserted" not in cdrom[0]
    vnc = arun(session.execute("query-vnc"))
    assert isinstance(vnc, dict) and vnc["enabled"] and vnc["host"] == "127.0.0.1"
    assert int(vnc["service"]) == 5900 + window.demo.vnc_display

    windows.close(window)  # stops the demo VM
    assert session.state is ConnState.DISCONNECTED
    assert not folder.exists()
    assert not Path(f"/proc/{pid}").exists() or "zombie" in Path(f"/proc/{pid}/status").read_text()


@pytest.mark.qemu
def test_ctrl_c_stops_the_demo_vm(tmp_path: Path) -> None:
    env = {**os.environ, "TMPDIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    with contextlib.ExitStack() as choosing_vnc:
        choosing_vnc.enter_context(vnc_display_lock())  # until the app is connected
        app = subprocess.Popen(
            [sys.executable, "-m", "qmpgui", "--demo"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            deadline = time.monotonic() + 60  # generous: a busy machine starts processes slowly
            sockets: list[Path] = []
            while not sockets:
                assert app.poll() is None, app.communicate()
                assert time.monotonic() < deadline, "the demo VM did not start"
                sockets = list(tmp_path.glob("qmpgui-demo-*/qmp.sock"))
                time.sleep(0.05)
            folder = sockets[0].parent
            qemu_pids = [
                int(p.name)
                for p in Path("/proc").iterdir()
                if p.name.isdigit() and str(folder).encode() in _cmdline(p)
            ]
            assert len(qemu_pids) == 1
            # The app connects to the demo VM's monitor (or QEMU has just accepted the demo's
            # own check that it listens: Ctrl+C while the app connects must work as well).
            while not has_client(sockets[0]):
                assert app.poll() is None, app.communicate()
                assert time.monotonic() < deadline, "the app did not connect to the demo VM"
                time.sleep(0.05)
            choosing_vnc.close()  # the demo VM answered, so it listens on VNC
            app.send_signal(signal.SIGINT)
            _, stderr = app.communicate(timeout=60)
        finally:
            if app.poll() is None:
                app.kill()
    assert app.returncode == 0, stderr
    assert "Traceback" not in stderr
    assert not folder.exists()
    assert not _alive(qemu_pids[0])


def _cmdline(proc: Path) -> bytes:
    try:
        return (proc / "cmdline").read_bytes()
    except OSError:
        return b""


def _alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "zombie" not in status


def test_no_display_is_explained_not_a_qt_abort() -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    result = qmpgui(env=env)
    assert result.returncode == 1
    assert "needs a graphical display" in result.stderr and "xvfb-run" in result.stderr
