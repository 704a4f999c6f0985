"""A private OpenSSH server on 127.0.0.1 for tests, and a throwaway HOME for the client.

`Sshd(folder).start()` runs `/usr/sbin/sshd` with its own host key, its own
authorized_keys and a free port, stopped by its pid (stop()). `SshHome(folder)` is a
HOME with `.ssh/` (a user key the sshd accepts, known_hosts, config) that a test sets
as $HOME so the real one is never read or written. A test that starts an sshd is marked
`@pytest.mark.sshd` (start() fails a test without it).
"""

from __future__ import annotations

import contextlib
import getpass
import os
import signal
import socket
import subprocess
import time
from pathlib import Path

from tests.helpers.processes import children_of
from tests.helpers.running import require_marker

SSHD = "/usr/sbin/sshd"


def keygen(path: Path, passphrase: str = "", kind: str = "ed25519") -> Path:
    """A new key pair at `path` (and `path`.pub); returns `path`."""
    path.unlink(missing_ok=True)
    Path(f"{path}.pub").unlink(missing_ok=True)
    subprocess.run(
        ["ssh-keygen", "-q", "-t", kind, "-N", passphrase, "-C", "qmpgui-test", "-f", str(path)],
        check=True,
        stdin=subprocess.DEVNULL,
    )
    return path


def fingerprint(sshd: Sshd) -> str:
    """`sshd`'s host key fingerprint as ssh-keygen -l says it: "SHA256:..."."""
    out = subprocess.run(
        ["ssh-keygen", "-l", "-E", "sha256", "-f", f"{sshd.host_key}.pub"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return out.split()[1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class SshHome:
    """A HOME for the SSH client: `.ssh/id_ed25519` (no passphrase unless given),
    `.ssh/known_hosts` (empty) and `.ssh/config` (empty)."""

    def __init__(self, folder: Path, passphrase: str = "") -> None:
        self.folder = folder
        self.ssh = folder / ".ssh"
        self.ssh.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.key = keygen(self.ssh / "id_ed25519", passphrase)
        self.known_hosts = self.ssh / "known_hosts"
        self.known_hosts.touch()
        self.config = self.ssh / "config"
        self.config.touch()

    @property
    def public_key(self) -> str:
        return Path(f"{self.key}.pub").read_text()

    def trust(self, sshd: Sshd) -> None:
        """Put `sshd`'s host key in known_hosts, as after a first connection."""
        with self.known_hosts.open("a") as file:
            file.write(sshd.known_hosts_line())

    def ssh_command(self) -> Path:
        """An ssh for libvirt's `command=` URI parameter that reads this known_hosts only
        (libvirt 9.0 has no known_hosts= parameter: without it, OpenSSH would read and
        write the real user's ~/.ssh)."""
        wrapper = self.folder / "ssh"
        wrapper.write_text(
            "#!/bin/sh\n"
            f"exec ssh -o UserKnownHostsFile={self.known_hosts} "
            '-o GlobalKnownHostsFile=/dev/null -F /dev/null "$@"\n'
        )
        wrapper.chmod(0o755)
        return wrapper


class Sshd:
    """One sshd listening on 127.0.0.1:`port`, accepting the keys in `authorized`."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.user = getpass.getuser()
        self.host_key = keygen(folder / "ssh_host_ed25519_key")
        self.authorized = folder / "authorized_keys"
        self.authorized.touch()
        self.config = folder / "sshd_config"
        self.log = folder / "sshd.log"
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def host_public_key(self) -> str:
        """The host key's public line, `ssh-ed25519 AAAA... comment`."""
        return Path(f"{self.host_key}.pub").read_text().strip()

    def known_hosts_line(self) -> str:
        """The line OpenSSH writes in known_hosts for this server's key."""
        kind, key = self.host_public_key.split()[:2]
        return f"[127.0.0.1]:{self.port} {kind} {key}\n"

    def url(self, path: Path | str, user: bool = True) -> str:
        """`ssh://USER@127.0.0.1:PORT/PATH` for a socket on this server's host."""
        who = f"{self.user}@" if user else ""
        return f"ssh://{who}127.0.0.1:{self.port}{path}"

    def authorize(self, public_key: str) -> None:
        with self.authorized.open("a") as file:
            file.write(public_key.strip() + "\n")

    def new_host_key(self) -> None:
        """Another host key (as after a reinstall): takes effect at the next start()."""
        keygen(self.host_key)

    def start(self) -> Sshd:
        require_marker("sshd", "starts an sshd")
        Path("/run/sshd").mkdir(parents=True, exist_ok=True)  # its privilege separation folder
        self.config.write_text(
            "\n".join(
                [
                    "ListenAddress 127.0.0.1",
                    f"Port {self.port}",
                    f"HostKey {self.host_key}",
                    f"AuthorizedKeysFile {self.authorized}",
                    f"PidFile {self.folder / 'sshd.pid'}",
                    "UsePAM no",
                    "StrictModes no",
                    "PermitRootLogin yes",
                    "PasswordAuthentication no",
                    "KbdInteractiveAuthentication no",
                    "AllowStreamLocalForwarding yes",
                    "Subsystem sftp internal-sftp",
                    "MaxStartups 100",
                    "MaxSessions 100",
                    "LogLevel VERBOSE",
                    "",
                ]
            )
        )
        # -D: stays in the foreground, so its pid is ours to stop.
        self.process = subprocess.Popen(
            [SSHD, "-D", "-f", str(self.config), "-E", str(self.log)],
            stdin=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"sshd exited: {self.log.read_text(errors='replace')}")
            with (
                contextlib.suppress(OSError),
                socket.create_connection(("127.0.0.1", self.port), 1),
            ):
                return self
            time.sleep(0.05)
        raise RuntimeError("sshd did not listen within 30 s")

    def connections(self) -> int:
        """How many SSH connections the sshd serves now: its children (one per
        connection; OpenSSH forks each one off the listener)."""
        if self.process is None or self.process.poll() is not None:
            return 0
        return len(self._children())

    def drop_connections(self) -> list[int]:
        """SIGKILL each connection's processes (the listener's children and theirs), by
        pid, as a crash or an OOM kill would: the client's TCP connection drops with no
        goodbye while the listener stays. Returns the pids killed."""
        killed = []
        pending = self._children()
        while pending:
            pid = pending.pop()
            pending.extend(children_of(pid))
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)
        return killed

    def stop(self) -> None:
        """Stop the listener and every connection it serves (SIGTERM to the listener,
        SIGKILL to its children)."""
        if self.process is None:
            return
        children = self._children()
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        for pid in children:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        self.process = None

    def _children(self) -> list[int]:
        assert self.process is not None
        return children_of(self.process.pid)
