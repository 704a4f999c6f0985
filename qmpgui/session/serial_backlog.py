"""What a guest wrote on a serial port before the console connected: QEMU drops the
output of a socket or pty chardev while no client holds it, but a chardev given
`logfile=PATH` also writes everything there. For a VM on this host (its monitor a unix
socket, so QEMU's pid and command line are visible in /proc), the console shows the
end of that file first. No Qt."""

from __future__ import annotations

import asyncio
import os
from dataclasses import dataclass

from qmpgui.qmp.qemu_argv import chardev_logfile
from qmpgui.qmp.serial_ports import PortKind, SerialPort
from qmpgui.qmp.unix_peers import process
from qmpgui.session.vm_session import VmSession

#: At most this much of the log's end is shown (bytes): the terminal keeps only so
#: many lines anyway.
BACKLOG_BYTES = 256 * 1024


@dataclass(frozen=True)
class Backlog:
    """A chardev's log file `path` and its size in bytes when looked at (what was
    written before the console connected)."""

    path: str
    size: int

    async def read(self) -> bytes:
        """The last BACKLOG_BYTES (at most) of the log up to `size`; b"" when it cannot
        be read now."""
        return await asyncio.to_thread(self._read)

    def _read(self) -> bytes:
        try:
            with open(self.path, "rb") as log:
                start = max(0, self.size - BACKLOG_BYTES)
                log.seek(start)
                return log.read(self.size - start)
        except OSError:
            return b""


async def backlog_of(session: VmSession, port: SerialPort) -> Backlog | None:
    """The log file of `port` of `session`'s VM and its size now, read before the port
    is opened; None when the port has no log file, or QEMU's process is not visible
    here (a VM over TCP or SSH, another user's QEMU). Never raises."""
    if port.kind not in (PortKind.SOCKET, PortKind.PTY):
        return None
    conn = session.connection
    pid = conn.peer_pid if conn is not None else None
    if pid is None:
        return None

    def look() -> Backlog | None:
        found = process(pid)
        if found is None or not found.argv:
            return None
        path = chardev_logfile(found.argv, port.label, found.cwd)
        if path is None:
            return None
        try:
            return Backlog(path, os.stat(path).st_size)
        except OSError:
            return None

    return await asyncio.to_thread(look)
