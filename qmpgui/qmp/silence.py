"""Why a local unix socket sends no QMP greeting, from what the kernel and /proc say.

A QMP monitor greets at once, unless another client holds it. A socket that stays
silent may instead be a guest agent's channel, a serial port or another of QEMU's
character devices, a QEMU stopped with SIGSTOP, or a program that is not QEMU. QEMU's
command line names what the socket is; the kernel's table of unix sockets says whether
another client is connected and /proc which process that is.

These functions block (they read /proc and the kernel's tables): run them in a worker
thread. Neither raises: what cannot be read is left out of the sentence.
"""

from __future__ import annotations

import os
import socket

from qmpgui.qmp.errors import ConnectFailure
from qmpgui.qmp.qemu_argv import SocketRole, socket_role
from qmpgui.qmp.silence_errors import (
    accepted_silently,
    busy_failure,
    held_failure,
    negotiation_timeout,
    not_a_monitor,
    not_accepted,
    queue_full_failure,
    stopped_failure,
)
from qmpgui.qmp.unix_peers import Clients, Process, clients_of, holder_labels, process


def role_of(path: str, server: Process | None) -> SocketRole | None:
    """What the command line of `server` (the process listening on the socket file
    `path`) makes of that socket, when the server is QEMU; None when it is not QEMU, is
    hidden, or its command line does not name the socket. Blocking; never raises."""
    if server is None or not server.is_qemu:
        return None
    try:
        target = os.stat(path)
    except OSError:
        return None

    def is_it(candidate: str) -> bool:
        if not os.path.isabs(candidate):
            if server.cwd is None:
                return False
            candidate = os.path.join(server.cwd, candidate)
        try:
            info = os.stat(candidate)
        except OSError:
            return False
        return (info.st_dev, info.st_ino) == (target.st_dev, target.st_ino)

    return socket_role(server.argv, is_it)


def early_failure(
    path: str, server_pid: int | None, own: socket.socket | None = None
) -> ConnectFailure | None:
    """A failure to report at once, before the greeting timeout, for the unix socket
    `path` that has sent no greeting yet on the connection `own` (still open; None to
    skip that look): QEMU's command line says the socket is not a QMP monitor (a guest
    agent's channel, a serial port, the human monitor, ...), or the kernel's table shows
    other clients connected to it while the server has not accepted `own` (a monitor
    another client holds: busy, naming who). None when neither is known.
    `server_pid` is the listening process (SO_PEERCRED)."""
    server = process(server_pid) if server_pid else None
    role = role_of(path, server)
    if server is not None and role is not None and not role.monitor:
        return not_a_monitor(path, server.pid, role.what, role.option)
    if own is None:
        return None
    try:
        clients = clients_of(path, own)
    except OSError:
        return None
    # A client that has left is no holder: its inode is gone from the server's side.
    if clients.holders and clients.accepted is not True:
        return held_failure(holder_labels(clients.holders))
    return None


def silence_failure(
    path: str, own: socket.socket, server_pid: int | None, seconds: float
) -> ConnectFailure:
    """Why the unix socket `path` sent no greeting within `seconds` (float) on the
    connection `own` (still open); `server_pid` is the listening process (SO_PEERCRED).

    Falls back to busy_failure() when nothing more can be known.
    """
    server = process(server_pid) if server_pid else None
    role = role_of(path, server)
    if server is not None and role is not None and not role.monitor:
        return not_a_monitor(path, server.pid, role.what, role.option)
    try:
        clients: Clients | None = clients_of(path, own)
    except OSError:
        clients = None
    if clients is not None and clients.holders:
        return busy_failure(seconds, holder_labels(clients.holders))
    if server is not None and server.stopped:
        return stopped_failure(server.pid, server.is_qemu)
    if clients is not None and server is not None:
        if clients.accepted is True:
            return accepted_silently(seconds, server.label(), server.is_qemu, role is not None)
        if clients.accepted is False:
            return not_accepted(seconds, server.label())
    return busy_failure(seconds)


def full_queue_failure(path: str) -> ConnectFailure:
    """Why the unix socket `path` refused a connection with EAGAIN: its queue is full
    while a client holds it; names the holders where the kernel and /proc show them."""
    try:
        holders = holder_labels(clients_of(path).holders)
    except OSError:
        holders = []
    return queue_full_failure(path, holders)


def negotiation_failure(server_pid: int | None, seconds: float) -> ConnectFailure:
    """Why a server that greeted did not answer qmp_capabilities within `seconds`: the
    stopped process `server_pid` when /proc says so, else negotiation_timeout()."""
    server = process(server_pid) if server_pid else None
    if server is not None and server.stopped:
        return stopped_failure(server.pid, server.is_qemu)
    return negotiation_timeout(seconds)
