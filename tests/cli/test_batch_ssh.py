"""qmpgui-batch on ssh:// endpoints: a real process, a real QEMU behind a private sshd,
the effect checked through the VM's second monitor."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.qemu_vm import QemuVm
from tests.helpers.sshd import Sshd, SshHome

REPO = Path(__file__).resolve().parents[2]


def batch(home: SshHome, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOME": str(home.folder)}
    env.pop("SSH_AUTH_SOCK", None)
    return subprocess.run(
        [sys.executable, "-m", "qmpgui.cli.batch", *args],
        check=False,
        cwd=REPO,
        env=env,
        stdin=subprocess.DEVNULL,  # no terminal: nothing can be asked
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.qemu
@pytest.mark.sshd
def test_a_script_runs_on_a_qemu_behind_ssh(
    qemu: QemuVm, sshd: Sshd, ssh_home: SshHome, tmp_path: Path
) -> None:
    ssh_home.trust(sshd)
    script = tmp_path / "s.qmp"
    script.write_text("stop\nquery-status\n")
    done = batch(ssh_home, sshd.url(qemu.app_socket), str(script))
    assert done.returncode == 0, done.stderr
    assert '"status": "paused"' in done.stdout
    assert qemu.watch.execute("query-status")["status"] == "paused"


@pytest.mark.qemu
@pytest.mark.sshd
def test_an_unknown_host_key_is_refused_without_a_terminal_unless_accepted(
    qemu: QemuVm, sshd: Sshd, ssh_home: SshHome, tmp_path: Path
) -> None:
    script = tmp_path / "s.qmp"
    script.write_text("stop\n")
    url = sshd.url(qemu.app_socket)
    refused = batch(ssh_home, url, str(script))
    assert refused.returncode == 3
    assert f"the host key of [127.0.0.1]:{sshd.port} is unknown" in refused.stderr
    assert ssh_home.known_hosts.read_text() == ""
    assert qemu.watch.execute("query-status")["status"] == "running"

    accepted = batch(ssh_home, url, str(script), "--accept-new-host-key")
    assert accepted.returncode == 0, accepted.stderr
    assert f"adding the host key of [127.0.0.1]:{sshd.port}" in accepted.stderr
    assert ssh_home.known_hosts.read_text() == sshd.known_hosts_line()
    assert qemu.watch.execute("query-status")["status"] == "paused"


@pytest.mark.sshd
def test_a_changed_host_key_is_refused_even_with_accept_new(
    sshd: Sshd, ssh_home: SshHome, tmp_path: Path
) -> None:
    old = sshd.known_hosts_line()
    ssh_home.known_hosts.write_text(old)
    sshd.stop()
    sshd.new_host_key()
    sshd.start()
    script = tmp_path / "s.qmp"
    script.write_text("stop\n")
    done = batch(ssh_home, sshd.url("/run/vm.qmp"), str(script), "--accept-new-host-key")
    assert done.returncode == 3
    assert "has CHANGED" in done.stderr
    assert ssh_home.known_hosts.read_text() == old  # the new key was not added
