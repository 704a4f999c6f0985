"""X.509 certificates for QEMU's TLS servers in tests, made with openssl."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

#: Found when the tests start: a test may narrow PATH to its own programs.
OPENSSL = shutil.which("openssl")


def _openssl(folder: Path, *args: str) -> None:
    assert OPENSSL is not None, "openssl is required (apt-get install openssl)"
    subprocess.run([OPENSSL, *args], cwd=folder, check=True, capture_output=True)


def server_certificates(folder: Path) -> Path:
    """A folder with ca-cert.pem, server-cert.pem (for IP 127.0.0.1) and server-key.pem,
    as QEMU's tls-creds-x509 (`dir=`) and SPICE's `x509-dir=` read it."""
    folder.mkdir(parents=True, exist_ok=True)
    _openssl(
        folder,
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "2",
        "-keyout",
        "ca-key.pem",
        "-out",
        "ca-cert.pem",
        "-subj",
        "/CN=qmpgui test CA",
    )
    _openssl(
        folder,
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "server-key.pem",
        "-out",
        "server.csr",
        "-subj",
        "/CN=127.0.0.1",
    )
    (folder / "ext.cnf").write_text("subjectAltName=IP:127.0.0.1\n")
    _openssl(
        folder,
        "x509",
        "-req",
        "-in",
        "server.csr",
        "-CA",
        "ca-cert.pem",
        "-CAkey",
        "ca-key.pem",
        "-CAcreateserial",
        "-days",
        "2",
        "-out",
        "server-cert.pem",
        "-extfile",
        "ext.cnf",
    )
    return folder
