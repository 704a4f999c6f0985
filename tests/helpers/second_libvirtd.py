"""A second libvirt daemon on this host that a domain of the tests' libvirtd can migrate
to: libvirt refuses a migration between two daemons reporting the same host UUID
("Attempt to migrate guest to the same host"), and root's qemu:///session is served by
the system daemon itself (same UUID, same domains). An unprivileged user's session
daemon is another daemon: started here as `nobody`, with private XDG folders and a
libvirtd.conf of its own that sets `host_uuid`, and reached by root through its socket
(`qemu+unix:///session?socket=PATH`). Its QEMUs run as nobody.

Nothing of the machine's users is touched: everything lives in one temporary folder,
removed at stop(); the daemon and its virtlogd are stopped by pid.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from qmpgui.session.domain_migration import DomainChoices

#: The unprivileged user the daemon runs as.
USER_ID = GROUP_ID = 65534
#: Seconds the daemon may take to answer (it probes QEMU at its first define).
START_S = 90.0
#: A migration's choices to the second daemon: the destination's QEMU listens on the
#: loopback (this host's name may resolve to 127.0.1.1).
HERE = DomainChoices(migrate_uri="tcp://127.0.0.1")


@dataclass
class SecondLibvirtd:
    """The daemon: its folder, its process, its connection URI and host UUID."""

    folder: Path
    process: subprocess.Popen[bytes]
    uri: str
    host_uuid: str

    @classmethod
    def start(cls) -> SecondLibvirtd:
        """Start it and wait until it answers; raises AssertionError with why not."""
        folder = Path(tempfile.mkdtemp(prefix="qmpgui-libvirtd2-"))
        os.chmod(folder, 0o755)
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(folder)}
        for key, sub in (
            ("XDG_CONFIG_HOME", "config"),
            ("XDG_RUNTIME_DIR", "run"),
            ("XDG_CACHE_HOME", "cache"),
            ("XDG_DATA_HOME", "data"),
        ):
            (folder / sub).mkdir(mode=0o700)
            env[key] = str(folder / sub)
        host_uuid = str(uuid.uuid4())
        (folder / "config" / "libvirt").mkdir()
        (folder / "config" / "libvirt" / "libvirtd.conf").write_text(f'host_uuid = "{host_uuid}"\n')
        for path in [folder, *folder.rglob("*")]:
            os.chown(path, USER_ID, GROUP_ID)
        log = (folder / "libvirtd.log").open("wb")
        process = subprocess.Popen(
            ["libvirtd"],
            env=env,
            user=USER_ID,
            group=GROUP_ID,
            extra_groups=[],
            stdout=log,
            stderr=log,
        )
        socket = folder / "run" / "libvirt" / "libvirt-sock"
        daemon = cls(folder, process, f"qemu+unix:///session?socket={socket}", host_uuid)
        deadline = time.monotonic() + START_S
        while daemon.virsh("list", check=False) is None:
            if process.poll() is not None or time.monotonic() > deadline:
                daemon.stop()
                raise AssertionError(
                    f"the second libvirtd did not answer: {(folder / 'libvirtd.log').read_text()}"
                )
            time.sleep(0.2)
        return daemon

    def virsh(self, *args: str, check: bool = True) -> str | None:
        """`virsh -c URI ARGS`: its output stripped; None when it fails and not `check`."""
        done = subprocess.run(
            ["virsh", "-q", "-c", self.uri, *args],
            check=False,
            capture_output=True,
            text=True,
            timeout=START_S,
        )
        if done.returncode != 0:
            if check:
                raise AssertionError(f"virsh {' '.join(args)}: {done.stderr.strip()}")
            return None
        return done.stdout.strip()

    def domains(self) -> list[str]:
        """The names of its domains, running or defined."""
        return (self.virsh("list", "--all", "--name", check=False) or "").split()

    def stop(self) -> None:
        """Destroy and undefine its domains (their QEMUs outlive the daemon otherwise),
        then stop the daemon and its virtlogd by pid and remove the folder."""
        if self.process.poll() is None:
            for name in self.domains():
                self.virsh("destroy", name, check=False)
                self.virsh("undefine", name, check=False)
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        for pidfile in self.folder.rglob("virtlogd.pid"):  # the session daemon started it
            with contextlib.suppress(OSError, ValueError):
                os.kill(int(pidfile.read_text().strip()), signal.SIGTERM)
        shutil.rmtree(self.folder, ignore_errors=True)
