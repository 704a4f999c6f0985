"""The real app: command line, demo VM start and clean-up (every way of ending: test_ends)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from qmpgui.session import ConnState
from qmpgui.ui.panes.status import StatusPane
from tests.helpers.runner import AsyncRunner
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
    assert window.fleet.demo is not None
    folder, pid = window.fleet.demo.folder, window.fleet.demo.pid
    assert pid is not None
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert session.display_name == "qmpgui-demo"
    assert window.model.data(window.model.index(0, 1)) == "running"
    assert window.pane(StatusPane).text("run_state") == "running"

    # What the README promises the demo VM is: a qcow2 disk, a CD-ROM cd0 holding an ISO
    # made for it, both in its folder, and VNC on loopback.
    block = arun(session.execute("query-block"))
    assert isinstance(block, list)
    disk = [d for d in block if d.get("device") == "disk0"]
    assert disk and disk[0]["inserted"]["drv"] == "qcow2"
    assert disk[0]["inserted"]["file"] == str(folder / "disk0.qcow2")
    cdrom = [d for d in block if str(d.get("qdev", "")).endswith("cd0")]
    assert cdrom and cdrom[0]["removable"] and cdrom[0]["inserted"]["ro"]
    assert cdrom[0]["inserted"]["file"] == str(folder / "cd0.iso")
    vnc = arun(session.execute("query-vnc"))
    assert isinstance(vnc, dict) and vnc["enabled"] and vnc["host"] == "127.0.0.1"
    assert int(vnc["service"]) == 5900 + window.fleet.demo.vnc_display

    windows.close(window)  # stops the demo VM
    assert session.state is ConnState.DISCONNECTED
    assert not folder.exists()
    assert not Path(f"/proc/{pid}").exists() or "zombie" in Path(f"/proc/{pid}/status").read_text()


def test_no_display_is_explained_not_a_qt_abort() -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    result = qmpgui(env=env)
    assert result.returncode == 1
    assert "needs a graphical display" in result.stderr and "xvfb-run" in result.stderr
