"""Who is at the other end of a local unix socket (Linux): the kernel's table of unix
sockets (sock_diag netlink, what `ss -x` reads) and the processes in /proc.

Blocking reads of kernel tables: call these from a worker thread, never the window's.
"""

from __future__ import annotations

import os
import socket
import struct
from collections.abc import Iterator
from dataclasses import dataclass

from qmpgui.i18n import translate

_NETLINK_SOCK_DIAG = 4
_SOCK_DIAG_BY_FAMILY = 20
_NLM_F_REQUEST, _NLM_F_DUMP = 0x1, 0x300
_NLMSG_ERROR, _NLMSG_DONE = 2, 3
_SHOW_VFS, _SHOW_PEER, _SHOW_ICONS = 0x2, 0x4, 0x8
_ATTR_VFS, _ATTR_PEER, _ATTR_ICONS = 1, 2, 3
_NLMSGHDR = struct.Struct("=IHHII")
_REQUEST = struct.Struct("=BBHIII2I")  # struct unix_diag_req
_MESSAGE = struct.Struct("=BBBBI2I")  # struct unix_diag_msg
_ATTR = struct.Struct("=HH")
#: Socket states (include/net/tcp_states.h): a connection, a listening socket.
ESTABLISHED, LISTEN = 1, 10


@dataclass(frozen=True)
class UnixSocket:
    """One unix socket as the kernel lists it.

    `inode` is its socket inode (socket:[N] in /proc/PID/fd); `state` ESTABLISHED or
    LISTEN (or another of the kernel's TCP-like states); `file` the (device, inode) of
    the socket file it is bound to, None for a client's socket, for which `peer` is the
    other end's inode; `waiting` holds, for a listening socket, the inodes of the
    clients whose connections wait in its queue, not accepted yet.
    """

    inode: int
    state: int
    file: tuple[int, int] | None
    peer: int | None
    waiting: tuple[int, ...]


def _attributes(data: bytes, offset: int, end: int) -> Iterator[tuple[int, bytes]]:
    while offset + _ATTR.size <= end:
        length, kind = _ATTR.unpack_from(data, offset)
        if length < _ATTR.size:
            return
        yield kind, data[offset + _ATTR.size : offset + length]
        offset += (length + 3) & ~3


def _parse(data: bytes, offset: int, end: int) -> UnixSocket:
    _family, _type, state, _pad, inode, _c0, _c1 = _MESSAGE.unpack_from(data, offset)
    file = peer = None
    waiting: tuple[int, ...] = ()
    for kind, payload in _attributes(data, offset + _MESSAGE.size, end):
        if kind == _ATTR_VFS and len(payload) >= 8:
            vfs_inode, kernel_dev = struct.unpack_from("=II", payload)
            # The kernel's dev_t (major << 20 | minor), as stat() reports it.
            file = (os.makedev(kernel_dev >> 20, kernel_dev & 0xFFFFF), vfs_inode)
        elif kind == _ATTR_PEER and len(payload) >= 4:
            peer = struct.unpack_from("=I", payload)[0] or None
        elif kind == _ATTR_ICONS:
            waiting = struct.unpack(f"={len(payload) // 4}I", payload[: len(payload) // 4 * 4])
    return UnixSocket(inode, state, file, peer, tuple(i for i in waiting if i))


def unix_sockets() -> list[UnixSocket]:
    """Every unix stream socket of this network namespace, from sock_diag.

    Raises OSError when the kernel offers no unix sock_diag (not Linux, no unix_diag
    module, or a sandbox that forbids netlink).
    """
    request = _REQUEST.pack(
        socket.AF_UNIX,
        0,
        0,
        0xFFFFFFFF,
        0,
        _SHOW_VFS | _SHOW_PEER | _SHOW_ICONS,
        0xFFFFFFFF,
        0xFFFFFFFF,
    )
    header = _NLMSGHDR.pack(
        _NLMSGHDR.size + len(request), _SOCK_DIAG_BY_FAMILY, _NLM_F_REQUEST | _NLM_F_DUMP, 1, 0
    )
    found: list[UnixSocket] = []
    netlink = getattr(socket, "AF_NETLINK", None)
    if netlink is None:
        raise OSError(translate("unix_peers", "no netlink sockets on this system"))
    with socket.socket(netlink, socket.SOCK_DGRAM, _NETLINK_SOCK_DIAG) as sock:
        sock.settimeout(2)
        sock.send(header + request)
        while True:
            data = sock.recv(1 << 18)
            offset = 0
            while offset + _NLMSGHDR.size <= len(data):
                length, kind, _flags, _seq, _pid = _NLMSGHDR.unpack_from(data, offset)
                if length < _NLMSGHDR.size:
                    return found
                if kind == _NLMSG_DONE:
                    return found
                if kind == _NLMSG_ERROR:
                    code = -struct.unpack_from("=i", data, offset + _NLMSGHDR.size)[0]
                    raise OSError(code, os.strerror(code))
                body = offset + _NLMSGHDR.size
                if kind == _SOCK_DIAG_BY_FAMILY and body + _MESSAGE.size <= offset + length:
                    found.append(_parse(data, body, offset + length))
                offset += (length + 3) & ~3
            if not data:
                return found


@dataclass(frozen=True)
class Clients:
    """The clients of the listening socket file a connection went to, as the kernel says.

    `accepted` is True when the server has accepted this connection, False while it
    waits in the server's queue, None when the kernel does not say; `holders` are the
    socket inodes of the other clients the server has accepted and still serves.
    """

    accepted: bool | None
    holders: tuple[int, ...]


def clients_of(path: str, own: socket.socket | None = None) -> Clients:
    """Who is connected to the socket file `path`, besides the socket `own` (a
    connection to it, or None).

    Raises OSError when the file or the kernel's table cannot be read.
    """
    info = os.stat(path)
    target = (info.st_dev, info.st_ino)
    own_inode = os.fstat(own.fileno()).st_ino if own is not None else None
    on_file = [s for s in unix_sockets() if s.file == target]
    waiting = {i for s in on_file if s.state == LISTEN for i in s.waiting}
    # A connection the server accepted is listed on the server's side, bound to the file,
    # with the client's socket as its peer; one still waiting is only in `waiting`.
    served = [s for s in on_file if s.state == ESTABLISHED and s.peer is not None]
    accepted: bool | None = None
    if own_inode in waiting:
        accepted = False
    elif any(s.peer == own_inode for s in served):
        accepted = True
    holders = tuple(peer for s in served if (peer := s.peer) is not None and peer != own_inode)
    return Clients(accepted, holders)


def owners(inodes: set[int]) -> dict[int, int]:
    """The pid of a process holding each socket inode in `inodes` (/proc/PID/fd), where
    /proc shows it: processes of other users stay hidden to all but root. Never raises."""
    wanted = {f"socket:[{inode}]": inode for inode in inodes}
    found: dict[int, int] = {}
    try:
        pids = [int(name) for name in os.listdir("/proc") if name.isdigit()]
    except OSError:
        return found
    for pid in pids:
        try:
            with os.scandir(f"/proc/{pid}/fd") as fds:
                for fd in fds:
                    inode = wanted.get(os.readlink(fd.path))
                    if inode is not None and inode not in found:
                        found[inode] = pid
        except OSError:
            continue  # gone, or another user's
        if len(found) == len(wanted):
            break
    return found


@dataclass(frozen=True)
class Process:
    """A process as /proc shows it: `pid`, `argv` (empty when hidden), `name` (its comm),
    `state` (a letter of /proc/PID/stat: "T" stopped, "t" traced, ...), `cwd` (None when
    hidden)."""

    pid: int
    argv: tuple[str, ...]
    name: str
    state: str
    cwd: str | None

    @property
    def is_qemu(self) -> bool:
        """The program is a QEMU system emulator (qemu-system-*, qemu-kvm, kvm)."""
        program = os.path.basename(self.argv[0]) if self.argv else self.name
        return program.startswith("qemu") or program == "kvm"

    @property
    def stopped(self) -> bool:
        """Stopped by a signal (SIGSTOP, SIGTSTP) or held by a debugger."""
        return self.state in ("T", "t")

    def label(self, width: int = 60) -> str:
        """`pid N (command line)` on one line, the program without its folder, the whole
        cut to `width` characters; the process's name when its command line is hidden."""
        text = " ".join((os.path.basename(self.argv[0]), *self.argv[1:])) if self.argv else ""
        text = " ".join(text.split()) or self.name  # one line: `-c` scripts hold line ends
        if len(text) > width:
            text = text[: width - 1] + "…"
        return translate("Process", "pid {pid} ({text})").format(pid=self.pid, text=text)


def process(pid: int) -> Process | None:
    """The process `pid`, or None when it has gone. Never raises."""
    base = f"/proc/{pid}"
    try:
        with open(f"{base}/stat", "rb") as stat:
            fields = stat.read().decode("utf-8", "replace")
    except OSError:
        return None
    name = fields[fields.find("(") + 1 : fields.rfind(")")]
    state = fields[fields.rfind(")") + 2 : fields.rfind(")") + 3]
    try:
        with open(f"{base}/cmdline", "rb") as cmdline:
            raw = cmdline.read()
        argv = tuple(a.decode("utf-8", "replace") for a in raw.split(b"\0")[:-1])
    except OSError:
        argv = ()
    try:
        cwd: str | None = os.readlink(f"{base}/cwd")
    except OSError:
        cwd = None
    return Process(pid, argv, name, state, cwd)


def holder_labels(inodes: tuple[int, ...]) -> list[str]:
    """`pid N (command line)` of the process holding each socket inode in `inodes`, ""
    for one /proc hides (another user's). Blocking; never raises."""
    pids = owners(set(inodes))
    labels = []
    for inode in inodes:
        holder = process(pids[inode]) if inode in pids else None
        labels.append(holder.label() if holder is not None else "")
    return labels


def holders_of(path: str, own: socket.socket | None = None) -> tuple[str, ...]:
    """The clients connected to the socket file `path` besides `own`, as "pid N
    (command line)" ("" for one /proc hides); () when the kernel's tables cannot be
    read. Blocking; never raises."""
    try:
        return tuple(holder_labels(clients_of(path, own).holders))
    except OSError:
        return ()


def peer_credentials(sock: socket.socket) -> tuple[int | None, int | None]:
    """The pid and uid of the process at the other end of the connected unix socket
    `sock` (SO_PEERCRED, Linux); (None, None) where it cannot be read, a pid of 0 as None."""
    option = getattr(socket, "SO_PEERCRED", None)
    if option is None:
        return None, None
    try:
        raw = sock.getsockopt(socket.SOL_SOCKET, option, struct.calcsize("3i"))
    except OSError:
        return None, None
    pid, uid, _gid = struct.unpack("3i", raw)
    return (pid or None), uid
