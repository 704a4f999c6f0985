"""Unix sockets as the kernel lists them (/proc/net/unix): whether one listens yet,
whether a client is connected to it, without connecting to it (a QMP monitor serves
one client at a time)."""

from __future__ import annotations

from pathlib import Path

#: __SO_ACCEPTCON in the Flags column: the socket listens.
_LISTENING = 0x10000
#: SS_CONNECTED in the St column.
_CONNECTED = "03"


def _entries(path: Path) -> list[list[str]]:
    """The kernel's lines for sockets at `path`: Num RefCount Protocol Flags Type St Inode Path."""
    lines = Path("/proc/net/unix").read_text().splitlines()[1:]
    return [f for f in (line.split() for line in lines) if len(f) == 8 and f[7] == str(path)]


def listening(path: Path) -> bool:
    """A server listens at `path`. Its file exists a moment before (bind comes before
    listen), and a connection then is refused."""
    return any(int(f[3], 16) & _LISTENING for f in _entries(path))


def has_client(path: Path) -> bool:
    """The server at `path` has accepted a client (accepted sockets carry its path)."""
    return any(f[5] == _CONNECTED for f in _entries(path))
