"""X.509 certificates for QEMU's TLS servers in tests, made with openssl."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

#: Found when the tests start: a test may narrow PATH to its own programs.
OPENSSL = shutil.which("openssl")
#: The servers' name in their certificates: the tests' QEMU listens on 127.0.0.1.
SERVER_NAME = "subjectAltName=IP:127.0.0.1"


def _openssl(folder: Path, *args: str) -> None:
    assert OPENSSL is not None, "openssl is required (apt-get install openssl)"
    subprocess.run([OPENSSL, *args], cwd=folder, check=True, capture_output=True)


def server_certificates(folder: Path) -> Path:
    """A folder with ca-cert.pem, server-cert.pem (for IP 127.0.0.1) and server-key.pem,
    as QEMU's tls-creds-x509 (`dir=`) and SPICE's `x509-dir=` read it."""
    folder.mkdir(parents=True, exist_ok=True)
    _authority(folder, "ca", "/CN=qmpgui test CA")
    _signed(folder, "server", "ca", "/CN=127.0.0.1", days=2, ext=SERVER_NAME)
    return folder


def _signed(folder: Path, name: str, ca: str, subject: str, *, days: int, ext: str = "") -> None:
    """`name`-cert.pem and `name`-key.pem in `folder`, signed by the CA `ca`-cert.pem;
    `days` below 0 makes a certificate that has already expired."""
    _openssl(
        folder,
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        f"{name}-key.pem",
        "-out",
        f"{name}.csr",
        "-subj",
        subject,
    )
    extra = []
    if ext:
        (folder / f"{name}.cnf").write_text(ext + "\n")
        extra = ["-extfile", f"{name}.cnf"]
    _openssl(
        folder,
        "x509",
        "-req",
        "-in",
        f"{name}.csr",
        "-CA",
        f"{ca}-cert.pem",
        "-CAkey",
        f"{ca}-key.pem",
        "-CAcreateserial",
        "-days",
        str(days),
        "-out",
        f"{name}-cert.pem",
        *extra,
    )


def _authority(folder: Path, name: str, subject: str) -> None:
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
        f"{name}-key.pem",
        "-out",
        f"{name}-cert.pem",
        "-subj",
        subject,
    )


def tls_certificates(folder: Path, *, server_days: int = 2) -> Path:
    """A folder for QEMU's TLS monitor (`dir=`: ca-cert.pem, server-cert.pem for IP
    127.0.0.1 and server-key.pem) that also holds client-cert.pem and client-key.pem
    signed by that CA, and a second CA (other-ca-cert.pem) with a client certificate of
    its own (stranger-cert.pem, stranger-key.pem). `server_days` below 0 makes the
    server's certificate one that has expired."""
    folder.mkdir(parents=True, exist_ok=True)
    _authority(folder, "ca", "/CN=qmpgui test CA")
    _authority(folder, "other-ca", "/CN=another CA")
    _signed(
        folder,
        "server",
        "ca",
        "/CN=127.0.0.1",
        days=server_days,
        ext=SERVER_NAME,
    )
    _signed(folder, "client", "ca", "/CN=qmpgui client", days=2)
    _signed(folder, "stranger", "other-ca", "/CN=stranger", days=2)
    return folder
