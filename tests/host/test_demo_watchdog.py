"""The demo watchdog's clean-up of folders left behind, and of a QEMU that does not
stop on SIGTERM (the whole watchdog against a real QEMU: e2e/test_ends)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from qmpgui.host.demo_watchdog import (
    LEFTOVER_AGE_S,
    processes_naming,
    remove_leftovers,
    stop_processes,
)

#: A process that names a file in a folder on its command line, and ignores SIGTERM.
STUBBORN = (
    "import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); "
    "print('ready', flush=True); time.sleep(60)"
)


@pytest.fixture
def stubborn(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[bytes], Path]]:
    folder = tmp_path / "qmpgui-demo-inuse"
    folder.mkdir()
    process = subprocess.Popen(
        [sys.executable, "-c", STUBBORN, str(folder / "qmp.sock")], stdout=subprocess.PIPE
    )
    assert process.stdout is not None and process.stdout.readline() == b"ready\n"
    yield process, folder
    process.kill()
    process.wait()


def made(folder: Path, age_s: float) -> Path:
    folder.mkdir()
    (folder / "qemu.log").write_text("qemu-system-x86_64: terminating on signal 9\n")
    then = time.time() - age_s
    os.utime(folder, (then, then))
    return folder


def test_only_old_folders_named_by_no_process_are_leftovers(
    tmp_path: Path, stubborn: tuple[subprocess.Popen[bytes], Path]
) -> None:
    _, in_use = stubborn
    os.utime(in_use, (0, 0))
    left = made(tmp_path / "qmpgui-demo-left", LEFTOVER_AGE_S + 5)
    young = made(tmp_path / "qmpgui-demo-young", 1)
    other = made(tmp_path / "someone-elses", LEFTOVER_AGE_S + 5)
    assert remove_leftovers(tmp_path) == [left]
    assert not left.exists() and young.exists() and in_use.exists() and other.exists()


def test_a_process_that_ignores_sigterm_gets_sigkill(
    stubborn: tuple[subprocess.Popen[bytes], Path],
) -> None:
    process, folder = stubborn
    assert processes_naming(folder) == [process.pid]
    started = time.monotonic()
    stop_processes(processes_naming(folder), grace_s=0.5)
    assert process.wait(timeout=10) == -9
    assert time.monotonic() - started >= 0.5
