"""Host keys checked as OpenSSH checks them: the user's ~/.ssh/known_hosts and the
global /etc/ssh/ssh_known_hosts, read line by line so that a changed key can name the
line that holds the old one; a key the user accepts is appended in OpenSSH's format.
"""

from __future__ import annotations

import enum
import os
from dataclasses import dataclass, field
from pathlib import Path

import asyncssh

#: The global file OpenSSH reads besides the user's own.
GLOBAL_KNOWN_HOSTS = Path("/etc/ssh/ssh_known_hosts")
DEFAULT_PORT = 22


def user_known_hosts() -> Path:
    """~/.ssh/known_hosts of the user running qmpgui ($HOME read now)."""
    return Path(os.path.expanduser("~/.ssh/known_hosts"))


def known_hosts_name(host: str, port: int) -> str:
    """How known_hosts names a host: `host1`, or `[host1]:2222` off port 22."""
    return host if port == DEFAULT_PORT else f"[{host}]:{port}"


@dataclass(frozen=True, slots=True)
class KnownLine:
    """One host-key line of a known_hosts file: where it is, and the line parsed."""

    file: Path
    number: int
    entries: asyncssh.SSHKnownHosts


def read_known_lines(files: list[Path] | None = None) -> list[KnownLine]:
    """Every line of `files` (the user's and the global known_hosts) that asyncssh can
    read, with its 1-based number; lines it cannot read and files that are missing or
    unreadable are passed over, as OpenSSH does. Blocking: run it in a worker thread."""
    found = []
    for file in files if files is not None else [user_known_hosts(), GLOBAL_KNOWN_HOSTS]:
        try:
            text = file.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        for number, line in enumerate(text.splitlines(), 1):
            stripped = line.strip()
            if not stripped or stripped.startswith("#"):
                continue
            try:
                entries = asyncssh.import_known_hosts(stripped + "\n")
            except (ValueError, asyncssh.KeyImportError):
                continue
            found.append(KnownLine(file, number, entries))
    return found


class Verdict(enum.Enum):
    """What known_hosts says of a host's key."""

    TRUSTED = "trusted"
    UNKNOWN = "unknown"
    CHANGED = "changed"
    REVOKED = "revoked"


@dataclass(slots=True)
class HostKeyCheck:
    """The verdict on one host's key and what a sentence about it needs."""

    verdict: Verdict
    #: As known_hosts names the host: `host1` or `[host1]:2222`.
    name: str
    key_type: str
    #: OpenSSH's form, "SHA256:...".
    fingerprint: str
    #: The public key line to append when the user accepts an unknown key.
    key_line: str
    #: For CHANGED and REVOKED: (file, line number) of the line that holds the other key.
    where: list[tuple[Path, int]] = field(default_factory=list)


def check_host_key(
    lines: list[KnownLine], host: str, addr: str, port: int, key: asyncssh.SSHKey
) -> HostKeyCheck:
    """`key`, offered by `host` (at `addr`, `port`), against the known_hosts `lines`;
    never raises. Trusted when a line for the host holds it; changed when lines for
    the host hold only other keys; revoked when a `@revoked` line holds it."""
    check = HostKeyCheck(
        Verdict.UNKNOWN,
        known_hosts_name(host, port),
        key.get_algorithm(),
        key.get_fingerprint("sha256"),
        key.export_public_key("openssh").decode().split(" ")[0]
        + " "
        + key.export_public_key("openssh").decode().split(" ")[1].strip(),
    )
    others: list[tuple[Path, int]] = []
    match_port = None if port == DEFAULT_PORT else port
    for line in lines:
        trusted, _ca, revoked, *_ = line.entries.match(host, addr, match_port)
        if key in revoked:
            check.verdict, check.where = Verdict.REVOKED, [(line.file, line.number)]
            return check
        if key in trusted:
            check.verdict = Verdict.TRUSTED
        elif trusted:
            others.append((line.file, line.number))
    if check.verdict is Verdict.UNKNOWN and others:
        check.verdict, check.where = Verdict.CHANGED, others
    return check


def append_host_key(check: HostKeyCheck, file: Path | None = None) -> Path:
    """Add the accepted key of `check` to `file` (~/.ssh/known_hosts by default) as
    OpenSSH writes it (`NAME KEYTYPE BASE64`), making ~/.ssh (0700) and the file (0600)
    when missing; returns the file. Raises OSError. Blocking: run it in a worker thread."""
    target = file or user_known_hosts()
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(target, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    with os.fdopen(fd, "a", encoding="utf-8") as out:
        if out.tell() > 0 and not target.read_bytes().endswith(b"\n"):
            out.write("\n")
        out.write(f"{check.name} {check.key_line}\n")
    return target
