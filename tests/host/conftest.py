"""Fixtures of the host tests."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest


@pytest.fixture
def listeners() -> Iterator[list[socket.socket]]:
    """The sockets a test made with tests.helpers.listeners.listen(), closed after it."""
    made: list[socket.socket] = []
    yield made
    for sock in made:
        sock.close()
