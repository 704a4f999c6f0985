"""Where QEMU's sockets usually are, and the unix socket files in a folder and the
folders below it.

Every entry directly in a place is looked at: a listing of thousands of entries takes
milliseconds (the entry's type comes with it; only what may be a socket is stat'ed), and
a crowded /tmp is where a user's `-qmp unix:/tmp/vm.qmp` socket is. What is bounded is the
descent into the folders below, which on a busy machine can hold far more than the place
itself: a listing says when a bound stopped it, so that the search can say so instead of
"nothing found".

Everything here reads the file system, which can hang on a network mount: call it from a
worker thread, never the window's.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field

#: Where QEMU's sockets usually are, after the folder the user chose and $XDG_RUNTIME_DIR.
SYSTEM_PLACES: tuple[str, ...] = ("/run", "/var/run", "/tmp")
#: How deep below a place the search goes (1: the place's own entries).
DEPTH = 2
#: Entries read at most in a place's own listing: only a folder of absurd size reaches it.
PLACE_ENTRIES = 200_000
#: Folders below a place read at most (the most recently changed first: a QEMU that
#: made its socket there lately changed its folder).
SUB_FOLDERS = 1000
#: Entries read at most in all the folders below a place.
SUB_ENTRIES = 20_000


def usual_places(chosen: str | None = None) -> list[str]:
    """The folders to search for QMP sockets, in order: `chosen` (a folder the user
    picked), $XDG_RUNTIME_DIR, then SYSTEM_PLACES; each once. Reads only the environment."""
    places = [chosen] if chosen else []
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime:
        places.append(runtime)
    places.extend(SYSTEM_PLACES)
    return list(dict.fromkeys(os.path.normpath(p) for p in places))


@dataclass(frozen=True, slots=True)
class SocketListing:
    """The unix socket files found in one place.

    `place` is the folder searched; `sockets` the socket paths, those directly in the
    place first, then those in the folders below, each part sorted; `readable` is False
    when the place itself could not be listed (missing, no permission: nothing to say
    about it); `entries` how many entries were read in all; `stopped` True when a bound
    (PLACE_ENTRIES, SUB_FOLDERS, SUB_ENTRIES) ended the search before every entry down
    to the depth asked was read.
    """

    place: str
    sockets: list[str] = field(default_factory=list)
    readable: bool = True
    entries: int = 0
    stopped: bool = False


@dataclass(slots=True)
class _Folder:
    """What one folder's listing held."""

    sockets: list[str] = field(default_factory=list)
    #: (modification time in seconds, path) of each folder in it.
    folders: list[tuple[float, str]] = field(default_factory=list)
    entries: int = 0
    #: The listing ended at the limit of entries, not at its end.
    cut: bool = False


def _kind(entry: os.DirEntry[str]) -> int:
    """The file type bits of `entry`, without a stat for a folder, a regular file or a
    link when the file system gives the type with the listing. Raises OSError."""
    if entry.is_symlink():
        return stat.S_IFLNK  # not followed: a link is found once, through its target
    if entry.is_file(follow_symlinks=False):
        return stat.S_IFREG
    return stat.S_IFMT(entry.stat(follow_symlinks=False).st_mode)


def _read(folder: str, limit: int, descend: bool) -> _Folder | None:
    """The sockets (and, when `descend`, the folders) among the first `limit` entries of
    `folder`; None when it cannot be listed."""
    seen = _Folder()
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if seen.entries >= limit:
                    seen.cut = True
                    break
                seen.entries += 1
                try:
                    kind = _kind(entry)
                    if kind == stat.S_IFSOCK:
                        seen.sockets.append(entry.path)
                    elif kind == stat.S_IFDIR and descend:
                        mtime = entry.stat(follow_symlinks=False).st_mtime
                        seen.folders.append((mtime, entry.path))
                except OSError:
                    continue  # gone meanwhile
    except OSError:
        if seen.entries == 0:
            return None
    seen.sockets.sort()
    return seen


def list_sockets(
    place: str,
    depth: int = DEPTH,
    *,
    place_entries: int = PLACE_ENTRIES,
    sub_folders: int = SUB_FOLDERS,
    sub_entries: int = SUB_ENTRIES,
) -> SocketListing:
    """The unix socket files in the folder `place` (every one of its first
    `place_entries` entries) and in the folders below it down to `depth` levels, reading
    at most `sub_folders` of them and `sub_entries` entries in all there, the most
    recently changed folders first; symbolic links are not followed. Folders that cannot
    be read are passed over. Never raises."""
    top = _read(place, place_entries, depth > 1)
    if top is None:
        return SocketListing(place, readable=False)
    sockets, below = list(top.sockets), []
    entries, stopped = top.entries, top.cut
    folders_read = budget = 0
    level, frontier = 2, top.folders
    while frontier and level <= depth and not stopped:
        following: list[tuple[float, str]] = []
        for _mtime, folder in sorted(frontier, reverse=True):
            if folders_read >= sub_folders or budget >= sub_entries:
                stopped = True
                break
            seen = _read(folder, sub_entries - budget, level < depth)
            folders_read += 1
            if seen is None:
                continue
            budget += seen.entries
            below.extend(seen.sockets)
            following.extend(seen.folders)
            stopped = stopped or seen.cut
        level, frontier = level + 1, following
    return SocketListing(place, sockets + sorted(below), True, entries + budget, stopped)
