"""Another client holding a socket: a process of its own, named `qmp-holder` in /proc,
that connects, reads what the server sends first (a monitor's greeting) and keeps the
connection until the test ends it."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PROGRAM = "qmp-holder"

_SCRIPT = """
import socket, sys
sock = socket.socket(socket.AF_UNIX)
sock.connect(sys.argv[1])
sock.settimeout(30)
first = sock.recv(65536) if sys.argv[2] == "greeted" else b""
print("greeted" if b'"QMP"' in first else "connected", flush=True)
sys.stdin.read()  # until the test closes the pipe
"""


@contextmanager
def holding(path: Path, folder: Path, first: str = "greeted") -> Iterator[subprocess.Popen[str]]:
    """A `qmp-holder` process connected to the socket `path`, after the server's first
    message came (a QMP monitor's greeting: the monitor is its), or at once with `first`
    "connected" (a serial port, where the guest may say nothing); ended on exit."""
    program = folder / PROGRAM
    if not program.exists():
        os.symlink(sys.executable, program)  # /proc shows the program as qmp-holder
    holder = subprocess.Popen(
        [str(program), "-c", _SCRIPT, str(path), first],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == first
        yield holder
    finally:
        holder.kill()
        holder.wait(10)
        for pipe in (holder.stdin, holder.stdout):
            if pipe is not None:
                pipe.close()
