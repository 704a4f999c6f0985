"""The QMP monitors on this host: the sockets in the usual places that answer with a QMP
greeting, with the name of the VM behind each where /proc tells it.

A socket is connected to only when it may be a QMP monitor: the kernel's table of unix
sockets says whether anything listens on the file at all, and /proc which program does
(QEMU's serial port or guest agent channel is passed over without a connection, and so
is another program's socket unless its name looks like a monitor's). The search is bounded
(see qmpgui.host.places) and its blocking parts run in worker threads; the probes run
CONCURRENT at a time, each with a timeout, and at most PROBES of them, QEMU's sockets
first: a folder of other programs' sockets that say nothing cannot make the search last
minutes. The result says what a bound left out.
"""

from __future__ import annotations

import asyncio
import os
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from qmpgui.host.places import SocketListing, list_sockets
from qmpgui.i18n import PLURAL, translate
from qmpgui.qmp.endpoint_keys import endpoint_key
from qmpgui.qmp.probe import Answer, Probe, probe_socket
from qmpgui.qmp.qemu_argv import vm_name
from qmpgui.qmp.silence import role_of
from qmpgui.qmp.unix_peers import (
    ESTABLISHED,
    LISTEN,
    Process,
    holder_labels,
    owners,
    process,
    unix_sockets,
)

#: Seconds a socket has to greet: QEMU greets at once, even on a loaded machine.
GREETING_TIMEOUT_S = 2.0
#: Probes at once.
CONCURRENT = 16
#: Probes in one search at most: CONCURRENT at a time, each GREETING_TIMEOUT_S (and a
#: look at the kernel's tables when silent), sockets that all stay silent hold a search
#: for seconds, not minutes.
PROBES = 128
#: A socket that QEMU does not listen on, or whose listener /proc hides (another
#: user's), is connected to only when its name says it may be a monitor: a connection
#: can start a socket-activated service, and D-Bus or X11 is no QMP server anyway.
_MONITOR_NAME = re.compile(r"qmp|qemu|monitor|\.mon$|\.sock$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class FoundMonitor:
    """A QMP monitor found on this host.

    `path` is the socket file; `vm_name` the VM's `-name` ("" when /proc does not
    tell); `state` a few words for the list ("free, QEMU 7.2.0", "busy: pid 42
    (qmp-shell …) is connected", "in the list"); `free` is True when it greeted;
    `taken` when it is one of the endpoints in the list already (not connected to).
    """

    path: str
    vm_name: str
    state: str
    free: bool
    taken: bool = False


@dataclass(frozen=True, slots=True)
class MonitorSearch:
    """What a search for QMP monitors found, and where it looked.

    `monitors` the monitors found, in the order found; `listings` what each place held
    (qmpgui.host.places.SocketListing, in the order of the places: which could be read,
    which a bound stopped); `unprobed` how many sockets that may be monitors were left
    without a probe, beyond PROBES.
    """

    monitors: list[FoundMonitor]
    listings: list[SocketListing]
    unprobed: int = 0


@dataclass(frozen=True, slots=True)
class _Candidate:
    path: str
    #: The listening process where /proc shows it.
    server: Process | None
    #: The socket is one of the VMs in the list already (then it is not connected to).
    taken: bool
    #: The clients QEMU serves on it (socket inodes): a monitor another client holds,
    #: which a connection would only join the queue of.
    holders: tuple[int, ...] = ()


def _candidates(
    places: Sequence[str], taken: Collection[str]
) -> tuple[list[_Candidate], list[SocketListing]]:
    """The socket files in `places` that may be QMP monitors, each once, and what each
    place's listing held. Blocking."""
    taken_keys = {endpoint_key(t) for t in taken}
    taken_real = {os.path.realpath(k[len("unix:") :]) for k in taken_keys if k[:5] == "unix:"}
    files: dict[str, str] = {}  # real path -> the path as found first
    listings = [list_sockets(place) for place in places]
    for listing in listings:
        for path in listing.sockets:
            files.setdefault(os.path.realpath(path), path)
    served: dict[tuple[int, int], list[int]] = {}
    try:
        table = unix_sockets()
    except OSError:
        listening = None  # no sock_diag: every socket gets a probe
    else:
        listening = {s.file: s.inode for s in table if s.state == LISTEN and s.file}
        for s in table:
            if s.state == ESTABLISHED and s.file and s.peer:
                served.setdefault(s.file, []).append(s.peer)
    identity: dict[str, int | None] = {}
    held: dict[str, tuple[int, ...]] = {}
    for path in files.values():
        try:
            info = os.stat(path)
        except OSError:
            continue
        file = (info.st_dev, info.st_ino)
        identity[path] = None if listening is None else listening.get(file)
        held[path] = tuple(served.get(file, ()))
    pids = owners({i for i in identity.values() if i is not None})
    found = []
    for real, path in files.items():
        if path not in identity:
            continue  # gone meanwhile
        inode = identity[path]
        if listening is not None and inode is None:
            continue  # nothing listens: a socket file left behind by a QEMU that ended
        server = process(pids[inode]) if inode is not None and inode in pids else None
        is_taken = endpoint_key(path) in taken_keys or real in taken_real
        if server is not None and server.is_qemu:
            role = role_of(path, server)
            if role is not None and not role.monitor:
                continue  # QEMU's serial port, guest agent channel, ...
        elif not is_taken and not _MONITOR_NAME.search(os.path.basename(path)):
            continue
        holders = held[path] if server is not None and server.is_qemu else ()
        found.append(_Candidate(path, server, is_taken, holders))
    return found, listings


def _to_probe(candidates: Sequence[_Candidate]) -> set[int]:
    """The indexes in `candidates` to probe: not those in the list or held by another
    client, and at most PROBES, those QEMU listens on first."""

    def by_qemu(index: int) -> bool:
        server = candidates[index].server
        return not (server is not None and server.is_qemu)

    wanted = [i for i, c in enumerate(candidates) if not (c.taken or c.holders)]
    wanted.sort(key=by_qemu)  # stable: in the order found otherwise
    return set(wanted[:PROBES])


def _describe(candidate: _Candidate, probe: Probe | None) -> FoundMonitor | None:
    """The list's line for a candidate and what its probe showed (None: not probed, as
    it is in the list or held by another client); None when it is not a QMP monitor.
    Blocking (reads /proc)."""
    server = candidate.server
    if server is None and probe is not None and probe.server_pid is not None:
        server = process(probe.server_pid)
    name = (vm_name(server.argv) if server is not None else None) or ""
    if candidate.taken:
        return FoundMonitor(
            candidate.path, name, translate("monitors", "in the list"), False, taken=True
        )
    if probe is None:  # held by another client, as the kernel says: not connected to
        probe = Probe(Answer.SILENT, holders=tuple(holder_labels(candidate.holders)))
    if probe.answer is Answer.GREETED:
        return FoundMonitor(
            candidate.path,
            name,
            translate("monitors", "free, QEMU {version}").format(version=probe.version),
            True,
        )
    if probe.answer is Answer.SILENT and server is not None and server.is_qemu:
        role = role_of(candidate.path, server)
        if role is not None and not role.monitor:
            return None
        named = [h for h in probe.holders if h]
        held = (
            translate("monitors", ": {v0} (is|are) connected", None, PLURAL, len(named)).format(
                v0=", ".join(named)
            )
            if named
            else ""
        )
        return FoundMonitor(candidate.path, name, f"busy{held}", False)
    return None


async def find_monitors(
    places: Sequence[str], taken: Collection[str] = (), timeout: float = GREETING_TIMEOUT_S
) -> MonitorSearch:
    """The QMP monitors whose sockets are in `places` (folders, searched as
    qmpgui.host.places.list_sockets() does), in the order found, with what each place
    held; `taken` are the endpoints in the list already (shown as such, not connected
    to); `timeout` the seconds (float) each socket has to greet. Never raises but
    CancelledError."""
    candidates, listings = await asyncio.to_thread(_candidates, places, taken)
    chosen = _to_probe(candidates)
    wanted = sum(1 for c in candidates if not (c.taken or c.holders))
    limit = asyncio.Semaphore(CONCURRENT)

    async def look(index: int, candidate: _Candidate) -> Probe | None:
        if index not in chosen:
            return None
        async with limit:
            return await probe_socket(candidate.path, timeout)

    probes = await asyncio.gather(*(look(i, c) for i, c in enumerate(candidates)))

    def describe_all() -> list[FoundMonitor]:
        described = (
            _describe(c, p)
            for i, (c, p) in enumerate(zip(candidates, probes, strict=True))
            if i in chosen or c.taken or c.holders
        )
        return [d for d in described if d is not None]

    monitors = await asyncio.to_thread(describe_all)
    return MonitorSearch(monitors, listings, wanted - len(chosen))
