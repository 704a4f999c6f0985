"""QMPGUI_EXIT_WHEN_CONNECTED=SECONDS, the check that a build or an install of qmpgui
works: it closes once its VMs are connected (exit 0), or says why not (exit 1)."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.app_process import app_env, has_client
from tests.helpers.qemu_vm import QemuVm


def qmpgui(tmp: Path, *args: str, seconds: str) -> subprocess.CompletedProcess[str]:
    env = app_env(tmp, QMPGUI_EXIT_WHEN_CONNECTED=seconds, XDG_STATE_HOME=str(tmp / "state"))
    return subprocess.run(
        [sys.executable, "-m", "qmpgui", *args, "--config", str(tmp / "config.json")],
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )


@pytest.mark.qemu
def test_it_closes_once_connected_and_the_vm_keeps_running(qemu: QemuVm, short_tmp: Path) -> None:
    result = qmpgui(short_tmp, str(qemu.app_socket), seconds="60")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "qmpgui: connected to testvm; closing (QMPGUI_EXIT_WHEN_CONNECTED)" in result.stdout
    # Closed as Quit closes: the VM was let go, not stopped.
    assert qemu.watch.execute("query-status")["status"] == "running"
    assert not has_client(qemu.app_socket)


@pytest.fixture
def not_qmp() -> Iterator[int]:
    """A TCP port on 127.0.0.1 where a server that is not QMP greets with a line."""
    server = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def serve() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except TimeoutError:
                continue
            with conn:
                conn.sendall(b"SSH-2.0-OpenSSH_9.2\r\n")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield server.getsockname()[1]
    stop.set()
    thread.join()
    server.close()


def test_an_error_ends_it_with_status_1_and_the_reason(tmp_path: Path, not_qmp: int) -> None:
    result = qmpgui(tmp_path, f"tcp:127.0.0.1:{not_qmp}", seconds="60")
    assert result.returncode == 1, result.stdout + result.stderr
    line = next(s for s in result.stderr.splitlines() if "QMPGUI_EXIT_WHEN_CONNECTED" in s)
    assert f"127.0.0.1:{not_qmp}: error: " in line and "Traceback" not in result.stderr


def test_a_vm_not_there_in_time_ends_it_with_status_1(tmp_path: Path) -> None:
    missing = tmp_path / "vm.qmp"
    result = qmpgui(tmp_path, str(missing), seconds="2")
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"not connected within 2 s: {missing}: waiting for QEMU" in result.stderr
