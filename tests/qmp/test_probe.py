"""A short look at a unix socket: a QMP greeting, silence, something else, nobody there."""

from __future__ import annotations

import asyncio
import os
import socket
import time
from pathlib import Path

import pytest

from qmpgui.qmp.probe import Answer, probe_socket
from tests.helpers.fake_qmp import GREETING, FakeQmpServer, Handler

PRETTY = b"""{
    "QMP": {
        "version": {"qemu": {"micro": 1, "minor": 0, "major": 9}, "package": ""},
        "capabilities": ["oob"]
    }
}
"""


def serving(data: bytes, then_wait: bool = True) -> Handler:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(data)
        await writer.drain()
        if then_wait:
            await reader.read()  # until the client goes

    return handler


@pytest.mark.parametrize(
    ("sent", "answer", "version"),
    [
        (GREETING, Answer.GREETED, "7.2.0"),
        (PRETTY, Answer.GREETED, "9.0.1"),  # a pretty-printed monitor, in pieces
        (b"SSH-2.0-OpenSSH_9.2\r\n", Answer.OTHER, ""),
        (b'{"return": {}}\r\n', Answer.OTHER, ""),  # JSON, but no greeting
        (b"", Answer.OTHER, ""),  # closes at once
    ],
)
def test_what_a_server_sends_first(
    short_tmp: Path, sent: bytes, answer: Answer, version: str
) -> None:
    path = short_tmp / "s.sock"
    with FakeQmpServer(path, serving(sent, then_wait=bool(sent))):
        probe = asyncio.run(probe_socket(str(path), 5))
    assert (probe.answer, probe.version) == (answer, version)
    assert probe.server_pid == os.getpid()  # the fake server runs in this process


def test_a_silent_server_is_silent_once_the_timeout_passes(short_tmp: Path) -> None:
    path = short_tmp / "s.sock"
    with FakeQmpServer(path, serving(b"")):
        start = time.monotonic()
        probe = asyncio.run(probe_socket(str(path), 0.3))
    assert probe.answer is Answer.SILENT and time.monotonic() - start >= 0.3


def test_nobody_behind_the_file_is_unreachable(short_tmp: Path) -> None:
    path = short_tmp / "left.qmp"
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(path))
    sock.close()  # the file stays, as a QEMU that was killed leaves it
    assert asyncio.run(probe_socket(str(path), 5)).answer is Answer.UNREACHABLE
    assert asyncio.run(probe_socket(str(short_tmp / "none"), 5)).answer is Answer.UNREACHABLE


def test_a_server_whose_queue_is_full_is_silent_at_once(short_tmp: Path) -> None:
    # A server that accepts nobody (a QEMU whose monitor a client holds) and has clients
    # waiting already: the kernel refuses the next at once, which is not "no server".
    path = short_tmp / "full.qmp"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.listen(0)
    waiting = []
    try:
        while True:  # fill the queue
            client = socket.socket(socket.AF_UNIX)
            client.setblocking(False)
            try:
                client.connect(str(path))
            except BlockingIOError:
                client.close()
                break
            waiting.append(client)
        start = time.monotonic()
        probe = asyncio.run(probe_socket(str(path), 5))
        assert probe.answer is Answer.SILENT and time.monotonic() - start < 5
    finally:
        for client in waiting:
            client.close()
        server.close()
