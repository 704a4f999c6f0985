"""Where the VMs of docs/places.png live: a libvirt connection (the tests' own libvirtd,
as root) with one running and one shut-off domain, and a QEMU "on another host": a VM of
its own behind a private sshd on 127.0.0.1, reached as `ssh://build-host/...` through a
Host entry of the pictures' ~/.ssh/config.

Only the places picture needs them (scripts/screenshots.sh starts them for it alone):
libvirtd is one per machine, taken in turns with the libvirt tests through their lock.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.helpers.libvirtd import URI, Libvirtd
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.sshd import Sshd, SshHome

#: The domains under the connection: (name, running).
DOMAINS = (("web-frontend", True), ("db-replica", False))
#: The remote VM's name, its host's name in ~/.ssh/config, and its socket there.
REMOTE_VM = "ci-runner"
REMOTE_HOST = "build-host"
REMOTE_SOCKET = Path("/run/ci-runner.qmp")


@dataclass
class Places:
    """The running services; stop() ends them all, whatever started."""

    libvirtd: Libvirtd | None = None
    sshd: Sshd | None = None
    vm: QemuVm | None = None
    folder: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="qmpgui-places-")))

    @classmethod
    def start(cls, home: Path) -> Places:
        """Start libvirtd with DOMAINS, the remote VM and its sshd; `home` is the
        pictures' $HOME, where the SSH key, known_hosts and config go. Blocking (seconds
        to a minute: libvirtd's first probe of QEMU). Raises AssertionError (with why)
        when not root or a service does not start."""
        places = cls()
        try:
            places.libvirtd = Libvirtd.start()
            for name, running in DOMAINS:
                places.libvirtd.undefine(name)  # left by a run that was killed, if any
                places.libvirtd.define(name, start=running)
            places.vm = QemuVm(places.folder / "vm", name=REMOTE_VM)
            places.vm.folder.mkdir()
            places.vm.app_socket = REMOTE_SOCKET
            places.vm.start()
            ssh_home = SshHome(home)
            places.sshd = Sshd(places.folder / "sshd")
            places.sshd.authorize(ssh_home.public_key)
            places.sshd.start()
            ssh_home.trust(places.sshd)
            ssh_home.config.write_text(
                f"Host {REMOTE_HOST}\n  HostName 127.0.0.1\n"
                f"  Port {places.sshd.port}\n  User {places.sshd.user}\n"
            )
        except BaseException:
            places.stop()
            raise
        return places

    def config(self) -> dict[str, Any]:
        """The configuration's additions: `vms` (the remote VM) and `connections`."""
        return {
            "vms": [
                {
                    "name": REMOTE_VM,
                    "endpoint": f"ssh://{REMOTE_HOST}{REMOTE_SOCKET}",
                    "autoconnect": True,
                }
            ],
            "connections": [{"uri": URI, "autoconnect": True}],
        }

    def stop(self) -> None:
        """Stop what runs (the VM, sshd, libvirtd with its domains); remove the files."""
        if self.vm is not None:
            self.vm.stop()
        if self.sshd is not None:
            self.sshd.stop()
        if self.libvirtd is not None:
            self.libvirtd.stop()
        with contextlib.suppress(OSError):
            REMOTE_SOCKET.unlink(missing_ok=True)
        shutil.rmtree(self.folder, ignore_errors=True)
