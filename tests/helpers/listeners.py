"""Listening unix sockets that answer nothing, for the tests that look for sockets."""

from __future__ import annotations

import socket
from pathlib import Path


def listen(path: Path, made: list[socket.socket]) -> Path:
    """A listening unix socket at `path` (nothing answers on it), kept in `made` so that
    the `listeners` fixture closes it."""
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.bind(str(path))
    sock.listen()
    made.append(sock)
    return path
