"""qmpgui-batch over TLS (tls:HOST:PORT with --tls-ca, --tls-cert, --tls-key) against a
real QEMU whose monitor chardev has tls-creds."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.certs import tls_certificates
from tests.helpers.qemu_vm import watched_status
from tests.helpers.tls_vm import start_tls_vm

REPO = Path(__file__).resolve().parents[2]


def batch(*args: str, stdin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "qmpgui.cli.batch", *args],
        check=False,  # the exit status is what the tests check
        cwd=REPO,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.qemu
def test_a_script_over_tls_and_its_failures(short_tmp: Path) -> None:
    pki = tls_certificates(short_tmp / "pki")
    vm, port = start_tls_vm(short_tmp, pki)
    endpoint = f"tls:127.0.0.1:{port}"
    files = [
        "--tls-ca",
        str(pki / "ca-cert.pem"),
        "--tls-cert",
        str(pki / "client-cert.pem"),
        "--tls-key",
        str(pki / "client-key.pem"),
    ]
    try:
        done = batch(endpoint, "-", *files, stdin="stop\nquery-status\n")
        assert done.returncode == 0, done.stderr
        assert '"status": "paused"' in done.stdout
        assert watched_status(vm) == "paused"  # seen through the test's own monitor

        untrusted = batch(endpoint, "-", stdin="cont\n")
        assert untrusted.returncode == 3
        assert untrusted.stderr.startswith(f"qmpgui-batch: {endpoint}: the server's certificate")
        assert "not signed by the system's trusted CAs" in untrusted.stderr

        no_client = batch(endpoint, "-", "--tls-ca", str(pki / "ca-cert.pem"), stdin="cont\n")
        assert no_client.returncode == 3
        assert "asks for a client certificate" in no_client.stderr

        plain = batch(f"tcp:127.0.0.1:{port}", "-", "--timeout", "1", stdin="cont\n")
        assert plain.returncode == 3
        assert f"connect to tls:127.0.0.1:{port}" in plain.stderr
        assert watched_status(vm) == "paused"  # nothing was sent by the failed runs
    finally:
        vm.stop()
