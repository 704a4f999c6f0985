"""SerialLink's input queue is bounded: what the guest has not taken yet waits, up to
MAX_QUEUED_BYTES, and more is refused with a true sentence, never kept without end."""

from __future__ import annotations

import asyncio

import pytest

from qmpgui.qmp.serial_ports import PortKind, SerialPort
from qmpgui.session import serial_link
from qmpgui.session.serial_input import MAX_QUEUED_BYTES
from qmpgui.session.serial_link import SerialLink
from tests.helpers.runner import AsyncRunner


class StuckPort:
    """A port whose guest never reads: each write waits for ever."""

    writable = True

    def __init__(self) -> None:
        self.written = 0

    async def read(self) -> bytes:
        await asyncio.Event().wait()
        return b""

    async def write(self, data: bytes) -> None:
        self.written += len(data)
        await asyncio.Event().wait()

    async def close(self) -> None:
        pass


class Vm:
    connected = True
    display_name = "vm"
    connection = None


def test_typing_beyond_the_bound_is_refused_and_said(
    arun: AsyncRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    stuck = StuckPort()

    async def open_pty(path: str) -> StuckPort:
        return stuck

    monkeypatch.setattr(serial_link, "open_pty", open_pty)
    link = SerialLink()
    link.open(Vm(), SerialPort("p0", PortKind.PTY, "pty:/dev/pts/9", "/dev/pts/9"))  # type: ignore[arg-type]
    arun.wait(lambda: link.connected)
    assert link.send(b"x")  # taken by the port's write, which never ends
    arun.wait(lambda: stuck.written == 1)
    assert link.send(b"y" * MAX_QUEUED_BYTES)
    assert not link.send(b"z")
    assert link.problem and link.status == (
        "p0: 1.0 MiB of an earlier paste still wait for the guest to read them: this was "
        "not sent (Stop ends the earlier paste)"
    )
    link.stop_sending()
    assert link.status == "p0: paste stopped: 0 bytes sent, the other 1.0 MiB not"
    assert link.send(b"z")
    arun(link.aclose())


def test_nothing_is_sent_to_a_port_not_open(arun: AsyncRunner) -> None:
    link = SerialLink()
    assert not link.send(b"x") and not link.writable
