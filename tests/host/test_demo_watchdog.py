"""The demo watchdog's clean-up of folders left behind, of a QEMU that does not stop on
SIGTERM, and when it is asked to stop; the demo VM's own start and its failure. The
watchdog when qmpgui ends, against the real app: e2e/test_ends."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from qmpgui.host.demo import DemoError, DemoVm, find_qemu
from qmpgui.host.demo_watchdog import (
    LEFTOVER_AGE_S,
    processes_naming,
    remove_leftovers,
    stop_processes,
)
from tests.helpers.app_process import alive

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


@pytest.fixture
def temporary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The system's temporary folder, as the demo VM sees it: the test's own."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    return tmp_path


@pytest.mark.qemu
def test_a_watchdog_asked_to_stop_stops_qemu_and_removes_the_folder(temporary: Path) -> None:
    """As at the end of a desktop session, which sends every process SIGTERM."""

    async def started_then_watchdog_stopped() -> DemoVm:
        demo = DemoVm(find_qemu())
        await demo.start()
        assert demo._watchdog is not None and demo.pid is not None
        os.kill(demo._watchdog.pid, signal.SIGTERM)
        async with asyncio.timeout(30):
            assert await demo._watchdog.wait() == 0
        return demo

    demo = asyncio.run(started_then_watchdog_stopped())
    assert not alive(demo.pid or 0) and not demo.folder.exists()


@pytest.mark.qemu
def test_qemu_that_exits_at_start_up_is_said_and_its_folder_goes(temporary: Path) -> None:
    demo = DemoVm(find_qemu())
    demo.argv = lambda: [demo.binary, "-no-such-option"]  # type: ignore[method-assign]
    with pytest.raises(DemoError, match=r"QEMU exited at start-up: .*no-such-option"):
        asyncio.run(demo.start())
    assert not demo.folder.exists()
