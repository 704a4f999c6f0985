"""A second qmpgui with the same configuration file hands its endpoints to the first and
exits; a lock left by a killed qmpgui does not block the next; another --config file is
another qmpgui. Real processes (offscreen); the first's connections are seen from the
kernel's list of unix sockets."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from qmpgui.app.instance import Instance
from qmpgui.store.config import default_config_path
from tests.helpers.app_process import (
    app_env,
    finish,
    has_client,
    start_app,
    wait_until,
)
from tests.helpers.qemu_vm import QemuVm


@pytest.fixture
def apps(tmp_path: Path) -> Iterator[list[subprocess.Popen[str]]]:
    """The test's qmpgui processes; any still running at the end is killed."""
    started: list[subprocess.Popen[str]] = []
    yield started
    for app in started:
        if app.poll() is None:
            app.kill()
        app.communicate()


def start(apps: list[subprocess.Popen[str]], tmp: Path, *args: str) -> subprocess.Popen[str]:
    app = start_app(*args, env=app_env(tmp))
    apps.append(app)
    return app


def first_started(
    apps: list[subprocess.Popen[str]], tmp: Path, endpoint: Path, *args: str
) -> subprocess.Popen[str]:
    """A qmpgui started on `endpoint`, once it is connected to it."""
    app = start(apps, tmp, str(endpoint), *args)
    wait_until(lambda: has_client(endpoint), f"qmpgui connected to {endpoint}", app=app)
    return app


def close(app: subprocess.Popen[str]) -> str:
    app.terminate()
    _, stderr = finish(app)
    assert app.returncode == 0, stderr
    return stderr


@pytest.mark.qemu
def test_a_second_start_hands_its_endpoint_to_the_first(
    apps: list[subprocess.Popen[str]], tmp_path: Path, qemu: QemuVm
) -> None:
    first = first_started(apps, tmp_path, qemu.app_socket)
    # QEMU's second monitor stands for another VM.
    second = start(apps, tmp_path, str(qemu.watch_socket))
    _, stderr = finish(second, timeout=30)
    assert second.returncode == 0, stderr
    assert f"qmpgui is already running with {default_config_path()} (pid {first.pid})" in stderr
    assert str(qemu.watch_socket) in stderr
    # The first opened the second's VM and connected to it; the second is gone.
    wait_until(lambda: has_client(qemu.watch_socket), "the first connected", app=first)
    assert "Traceback" not in close(first)


@pytest.mark.qemu
def test_a_stale_lock_of_a_killed_qmpgui_is_taken_over(
    apps: list[subprocess.Popen[str]], tmp_path: Path, qemu: QemuVm
) -> None:
    killed = first_started(apps, tmp_path, qemu.app_socket)
    killed.kill()
    finish(killed)
    wait_until(lambda: not has_client(qemu.app_socket), "QEMU saw the killed qmpgui go")
    assert Instance(default_config_path()).lock_path.exists()  # left behind: stale

    # The next start does not hand over to a dead process: it is the first.
    second = first_started(apps, tmp_path, qemu.app_socket)
    third = start(apps, tmp_path, str(qemu.watch_socket))
    _, stderr = finish(third, timeout=30)
    assert third.returncode == 0 and f"(pid {second.pid})" in stderr, stderr
    wait_until(lambda: has_client(qemu.watch_socket), "the new first connected", app=second)
    close(second)


@pytest.mark.qemu
def test_another_configuration_file_is_another_qmpgui(
    apps: list[subprocess.Popen[str]], tmp_path: Path, qemu: QemuVm
) -> None:
    one = first_started(apps, tmp_path, qemu.app_socket, "--config", str(tmp_path / "one.json"))
    other = first_started(
        apps, tmp_path, qemu.watch_socket, "--config", str(tmp_path / "other.json")
    )
    assert one.poll() is None
    close(one)
    close(other)
