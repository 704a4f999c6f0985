"""What the first qmpgui does with a second start's command line: the window comes
back from the taskbar and shows the endpoint, connected (the processes: e2e/test_instance)."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from qmpgui.app.instance import Handover, Instance
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows


@pytest.fixture
def first(tmp_path: Path) -> Iterator[Instance]:
    instance = Instance(tmp_path / "config.json")
    assert instance.claim()
    yield instance
    instance.release()


@pytest.mark.qemu
def test_a_handover_opens_the_endpoint_and_brings_the_window_back(
    windows: Windows, arun: AsyncRunner, qemu: QemuVm, first: Instance, tmp_path: Path
) -> None:
    window = windows.open()
    first.serve(lambda handover: window.take_handover(handover.endpoints, handover.demo))
    window.showMinimized()
    arun.wait(window.isMinimized)

    second = Instance(tmp_path / "config.json")
    assert not second.claim()
    handover = Handover((str(qemu.app_socket),), demo=False)
    # The second start blocks while it waits: in a thread here, beside the first's loop.
    assert arun(asyncio.to_thread(second.hand_over, handover)) == os.getpid()

    assert not window.isMinimized()
    arun.wait(lambda: window.model.rowCount() == 1 and window.model.session(0).connected)
    session = window.model.session(0)
    assert session.endpoint_text == str(qemu.app_socket)
    assert window.selection.current is session
    said = f"qmpgui was started again: opened {qemu.app_socket}"
    assert any(text == said for _, _, text in window.messages)


@pytest.mark.parametrize(
    "line",
    [
        b"not json",
        b'{"endpoints": "/run/vm1.qmp", "demo": false}',
        b'{"endpoints": [4444], "demo": false}',
        b'{"endpoints": ["tcp:host:port"], "demo": false}',
        b'{"endpoints": []}',
    ],
)
def test_a_handover_that_is_not_one_is_refused(line: bytes) -> None:
    with pytest.raises(ValueError):
        Handover.decode(line)


def test_a_handover_survives_its_encoding() -> None:
    handover = Handover(("/run/vm1.qmp", "tcp:127.0.0.1:4444", "[::1]:4444"), demo=True)
    assert Handover.decode(handover.encode().strip()) == handover


@pytest.mark.qemu
def test_a_second_demo_start_starts_the_demo_vm_once(windows: Windows, arun: AsyncRunner) -> None:
    window = windows.open()
    assert window.take_handover((), demo=True)
    arun.wait(lambda: window.model.rowCount() == 1 and window.model.session(0).connected)
    assert window.fleet.demo is not None
    assert window.selection.current is window.model.session(0)
    assert window.take_handover((), demo=True)  # a third start: the same demo VM
    assert window.model.rowCount() == 1 and len(window.fleet.tasks) == 0
