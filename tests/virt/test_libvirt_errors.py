"""Each way reaching a libvirt domain fails ends in one sentence, as qmpgui-batch says it
(the window says the same sentences: tests/virt/test_domain_window.py)."""

from __future__ import annotations

import grp
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.libvirtd import URI, Libvirtd

BATCH = str(Path(sys.executable).with_name("qmpgui-batch"))


def batch(endpoint: str, tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    script = tmp_path / "script.txt"
    script.write_text("query-status\n")
    script.chmod(0o644)
    return subprocess.run(
        [BATCH, endpoint, str(script)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **env},
        check=False,
    )


def test_without_libvirt_python_a_domain_says_how_to_install_it(tmp_path: Path) -> None:
    # libvirt-python hidden: a module of that name that cannot be imported comes first.
    hidden = tmp_path / "hidden"
    hidden.mkdir()
    (hidden / "libvirt.py").write_text("raise ImportError('No module named libvirt')\n")
    done = batch(f"{URI}#vm1", tmp_path, PYTHONPATH=str(hidden))
    assert done.returncode == 3, done.stderr
    assert "pip install 'qmpgui[libvirt]'" in done.stderr
    assert "Traceback" not in done.stderr


def test_libvirtd_not_running_names_its_socket(tmp_path: Path) -> None:
    missing = tmp_path / "libvirt-sock"
    done = batch(f"qemu+unix:///system?socket={missing}#vm1", tmp_path)
    assert done.returncode == 3, done.stderr
    assert f"libvirtd is not running for qemu+unix:///system?socket={missing}" in done.stderr
    assert f"nothing listens at {missing}" in done.stderr


def test_permission_denied_on_the_socket_names_the_group_to_join(tmp_path: Path) -> None:
    if os.geteuid() != 0:
        pytest.fail("this test makes a socket its user may not open: run it as root")
    path = tmp_path / "libvirt-sock"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.listen()
    try:
        # Owned by another user and the libvirt group, as libvirtd's socket is: root
        # without its power over file permissions is then an ordinary user outside it.
        os.chown(path, 65534, grp.getgrnam("libvirt").gr_gid)
        path.chmod(0o660)
        script = tmp_path / "script.txt"
        script.write_text("query-status\n")
        done = subprocess.run(
            [
                "setpriv",
                "--bounding-set=-dac_override,-dac_read_search",
                "--",
                BATCH,
                f"qemu+unix:///system?socket={path}#vm1",
                str(script),
            ],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    finally:
        server.close()
    assert done.returncode == 3, done.stderr
    assert f"permission denied on the libvirt socket {path}" in done.stderr
    assert "join its group 'libvirt' (usermod -aG libvirt $USER" in done.stderr


@pytest.mark.libvirt
@pytest.mark.timeout(300)
def test_a_domain_that_is_not_defined_is_said_so(libvirtd: Libvirtd, tmp_path: Path) -> None:
    done = batch(f"{URI}#qmpgui-no-such-domain", tmp_path)
    assert done.returncode == 3, done.stderr
    assert "no domain named 'qmpgui-no-such-domain' on qemu:///system" in done.stderr


@pytest.mark.libvirt
@pytest.mark.qemu
@pytest.mark.timeout(300)
def test_qmpgui_batch_runs_a_script_on_a_domain(domain: str, tmp_path: Path) -> None:
    script = tmp_path / "script.txt"
    script.write_text("query-name\nhmp info status\n")
    done = subprocess.run(
        [BATCH, f"{URI}#{domain}", str(script), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert f'"name": "{domain}"' in done.stdout
    assert "VM status: running" in done.stdout
