"""Display viewers for tests: programs named like real viewers that record their
arguments, and VNC displays whose ports are free."""

from __future__ import annotations

import socket
import stat
from pathlib import Path


def fake_viewer(folder: Path, name: str = "remote-viewer") -> Path:
    """An executable `folder/name` that writes its arguments to `folder/name.args`; the
    record's path (it exists once the viewer ran, whole: written aside, then renamed,
    as a shell's `>` makes the file before it writes into it; mv by its path: the tests give
    the app a PATH of the fake viewers alone)."""
    record = folder / f"{name}.args"
    script = folder / name
    script.write_text(f'#!/bin/sh\necho "$@" > {record}.part && /bin/mv {record}.part {record}\n')
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return record


def _free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def free_display(first: int) -> int:
    """A VNC display number N from `first` on whose port (5900 + N) and websocket port
    (5700 + N, QEMU's for `websocket=on`) are free on 127.0.0.1 now."""
    for display in range(first, 100):
        if _free(5900 + display) and _free(5700 + display):
            return display
    raise RuntimeError(f"no free VNC display from :{first}")


def free_port(first: int) -> int:
    """A TCP port from `first` on that is free on 127.0.0.1 now."""
    return next(port for port in range(first, first + 200) if _free(port))
