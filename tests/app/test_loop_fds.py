"""The loop's readers and writers: hundreds of connections cost Qt one socket notifier,
and asyncio's streams over them still read, write and close as they should."""

from __future__ import annotations

import asyncio
import os
import socket
from pathlib import Path
from typing import Any

import pytest
from PySide6 import QtCore

from tests.helpers.runner import AsyncRunner

CONNECTIONS = 200


@pytest.fixture
def notifiers_made(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many QSocketNotifiers are made from now on (qasync makes them by name)."""
    made: list[int] = []

    class Counted(QtCore.QSocketNotifier):
        def __init__(self, *args: Any) -> None:
            super().__init__(*args)
            made.append(1)

    monkeypatch.setattr(QtCore, "QSocketNotifier", Counted)
    return made


async def _echo_fleet(folder: Path) -> list[bytes]:
    """CONNECTIONS clients of one unix server, open at once, each sending a line and
    reading it back; the replies."""

    async def echo(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(await reader.readline())
        await writer.drain()
        await reader.read()  # until the client closes
        writer.close()

    server = await asyncio.start_unix_server(echo, str(folder / "echo.sock"))
    async with server:
        clients = [
            await asyncio.open_unix_connection(str(folder / "echo.sock"))
            for _ in range(CONNECTIONS)
        ]
        for n, (_, writer) in enumerate(clients):
            writer.write(f"line {n}\n".encode())
        replies = [await reader.readline() for reader, _ in clients]
        for _, writer in clients:
            writer.close()
            await writer.wait_closed()
    return replies


def test_hundreds_of_connections_are_watched_through_one_notifier(
    qloop: asyncio.AbstractEventLoop, arun: AsyncRunner, short_tmp: Path, notifiers_made: list[int]
) -> None:
    """Qt's dispatcher polls each notifier at every wake-up of the window's loop: one per
    connection made a fleet of 2,000 monitors cost most of a core doing nothing."""
    replies = arun(_echo_fleet(short_tmp))
    assert replies == [f"line {n}\n".encode() for n in range(CONNECTIONS)]
    assert len(notifiers_made) == 0  # the loop's one was made with the loop


def test_a_full_socket_is_written_once_the_peer_reads(
    qloop: asyncio.AbstractEventLoop, arun: AsyncRunner
) -> None:
    """A reply bigger than the kernel's buffer waits for the peer (the loop's writer)."""
    ours, theirs = socket.socketpair()
    data = os.urandom(4 * 1024 * 1024)

    async def send_and_receive() -> bytes:
        _, writer = await asyncio.open_connection(sock=ours)
        peer_reader, peer_writer = await asyncio.open_connection(sock=theirs)
        writer.write(data)
        received = await peer_reader.readexactly(len(data))
        await writer.drain()
        writer.close()
        peer_writer.close()
        return received

    assert arun(send_and_receive()) == data


def test_a_descriptor_closed_while_watched_and_reused_is_watched_again(
    qloop: asyncio.AbstractEventLoop, arun: AsyncRunner
) -> None:
    """A descriptor closed without remove_reader() leaves epoll; its number, used again
    by the next socket, must be watched for the new one."""
    first, first_peer = socket.socketpair()
    qloop.add_reader(first.fileno(), lambda: None)
    number = first.fileno()
    first.close()
    first_peer.close()
    second, second_peer = socket.socketpair()
    assert number in (second.fileno(), second_peer.fileno())
    reused = second if second.fileno() == number else second_peer
    other = second_peer if reused is second else second
    read: list[bytes] = []
    qloop.add_reader(number, lambda: read.append(reused.recv(100)))
    try:
        other.send(b"hello")
        arun.wait(lambda: read == [b"hello"])
    finally:
        qloop.remove_reader(number)
        second.close()
        second_peer.close()
