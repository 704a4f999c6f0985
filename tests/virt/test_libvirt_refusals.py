"""What libvirt passes on from its transports and its access control reads as what it
is: SSH's host key, login and reachability (`qemu+ssh://`), polkit's and D-Bus's
refusals to a user who is not root, each with what to do."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from qmpgui.virt.errors import sentence
from tests.helpers.libvirtd import URI, Libvirtd
from tests.helpers.sshd import Sshd, SshHome, free_port, keygen

BATCH = str(Path(sys.executable).with_name("qmpgui-batch"))
REPO = Path(__file__).resolve().parents[2]
SYSTEM_PYTHON = "/usr/bin/python3"


def batch(endpoint: str, folder: Path, user: str | None = None) -> str:
    """qmpgui-batch on `endpoint` (as `user`, when given); what it wrote on stderr."""
    script = folder / "script.txt"
    script.write_text("query-status\n")
    script.chmod(0o644)
    command = [BATCH, f"{endpoint}#vm1", str(script)]
    env = dict(os.environ)
    if user is not None:
        # The tests' Python may live where only root may look (/root/.pyenv): the
        # system's Python of the same version runs this checkout and its packages.
        site = next(Path(sys.prefix).glob("lib/python3*/site-packages"))
        env.update(HOME=str(folder), PYTHONPATH=f"{REPO}:{site}")
        command = ["runuser", "-u", user, "--", SYSTEM_PYTHON, "-m", "qmpgui.cli.batch"]
        command += [f"{endpoint}#vm1", str(script)]
    done = subprocess.run(
        command, capture_output=True, text=True, timeout=120, env=env, check=False
    )
    assert done.returncode == 3, done.stderr
    assert "libvirt refused" not in done.stderr
    return done.stderr


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder another user can read (pytest's tmp_path is root's alone)."""
    folder = Path(tempfile.mkdtemp(prefix="qmpgui-refusals-"))
    folder.chmod(0o755)
    yield folder
    subprocess.run(["rm", "-rf", str(folder)], check=False)


@pytest.mark.libvirt
@pytest.mark.timeout(300)
def test_a_user_polkit_cannot_ask_about_is_told_what_to_do(
    libvirtd: Libvirtd, shared_folder: Path
) -> None:
    # Debian's libvirtd lets polkit decide (auth_unix_rw = "polkit"); this machine has
    # no system D-Bus, so libvirtd cannot ask, and user nobody is refused.
    said = batch(URI, shared_folder, user="nobody")
    assert "polkit cannot be asked: the system D-Bus is not running" in said
    assert "usermod -aG libvirt $USER, then log in again" in said
    assert "or use qemu:///session" in said


@pytest.mark.sshd
@pytest.mark.timeout(120)
def test_an_unknown_ssh_host_key_is_said_with_how_to_save_it(
    sshd: Sshd, ssh_home: SshHome, tmp_path: Path
) -> None:
    ssh = ssh_home.ssh_command()
    uri = (
        f"qemu+ssh://{sshd.user}@127.0.0.1:{sshd.port}/system"
        f"?keyfile={ssh_home.key}&command={ssh}&no_tty=1"
    )
    said = batch(uri, tmp_path)
    assert "the SSH host key of 127.0.0.1 is not known (or has changed)" in said
    assert f"`ssh -p {sshd.port} {sshd.user}@127.0.0.1`" in said
    assert "no_verify=1" in said


@pytest.mark.sshd
@pytest.mark.timeout(120)
def test_a_key_the_ssh_host_refuses_is_said_as_ssh_s(
    sshd: Sshd, ssh_home: SshHome, tmp_path: Path
) -> None:
    ssh_home.trust(sshd)
    ssh = ssh_home.ssh_command()
    stranger = keygen(tmp_path / "stranger")
    uri = (
        f"qemu+ssh://{sshd.user}@127.0.0.1:{sshd.port}/system"
        f"?keyfile={stranger}&command={ssh}&no_tty=1"
    )
    said = batch(uri, tmp_path)
    assert f"SSH login to {sshd.user}@127.0.0.1 refused (the host accepts publickey)" in said
    assert "?keyfile=KEY" in said


def test_an_ssh_port_nobody_listens_on_is_said_as_ssh_s(tmp_path: Path) -> None:
    port = free_port()
    said = batch(f"qemu+ssh://root@127.0.0.1:{port}/system?no_tty=1", tmp_path)
    assert f"SSH cannot reach 127.0.0.1 port {port}: connection refused" in said


def test_a_host_name_that_does_not_resolve_is_said_as_ssh_s(tmp_path: Path) -> None:
    said = batch("qemu+ssh://root@qmpgui-no-such-host.invalid/system?no_tty=1", tmp_path)
    assert "SSH cannot find the host 'qmpgui-no-such-host.invalid'" in said


def test_polkit_s_own_refusals_name_the_group_to_join() -> None:
    # Seen on desktops with D-Bus, where polkit itself answers (no agent, or its policy).
    for text in (
        "authentication unavailable: no polkit agent available to authenticate action "
        "'org.libvirt.unix.manage'",
        "access denied by policy",
    ):
        said = sentence(1, text, "qemu:///system").sentence
        assert said.startswith("polkit does not let your user manage qemu:///system"), said
        assert "join the group 'libvirt'" in said
