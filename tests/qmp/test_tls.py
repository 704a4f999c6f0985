"""QMP over TLS (`tls:HOST:PORT`) against a real QEMU 7.2 whose monitor chardev has
tls-creds, with certificates made for the test by openssl."""

from __future__ import annotations

import asyncio
import re
import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from qmpgui.qmp import ConnectFailure, ConnectKind, QmpConnection, TlsFiles, parse_endpoint
from tests.helpers.certs import tls_certificates
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.tls_vm import start_tls_vm

pytestmark = pytest.mark.qemu


class TlsVm:
    """A QEMU with a TLS monitor (verify-peer=on) and the certificates around it."""

    def __init__(self, vm: QemuVm, port: int, pki: Path) -> None:
        self.vm, self.port, self.pki = vm, port, pki

    @property
    def endpoint(self) -> str:
        return f"tls:127.0.0.1:{self.port}"

    def files(self, ca: str = "ca", client: str | None = "client") -> TlsFiles:
        """Files from the folder: `ca`-cert.pem, and `client`-cert.pem and -key.pem."""
        cert = str(self.pki / f"{client}-cert.pem") if client else ""
        key = str(self.pki / f"{client}-key.pem") if client else ""
        return TlsFiles(str(self.pki / f"{ca}-cert.pem"), cert, key)


@pytest.fixture(scope="module")
def tls_vm(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TlsVm]:
    folder = Path(tmp_path_factory.mktemp("tls", numbered=True))
    short = Path(folder.as_posix())
    pki = tls_certificates(short / "pki")
    vm, port = start_tls_vm(short, pki)
    yield TlsVm(vm, port, pki)
    vm.stop()


async def _failure(endpoint: str, files: TlsFiles | None, timeout: float = 5) -> ConnectFailure:
    conn = QmpConnection(parse_endpoint(endpoint), tls=files, greeting_timeout=timeout)
    with pytest.raises(ConnectFailure) as caught:
        await conn.connect()
    await conn.close()
    return caught.value


def test_connects_and_runs_commands_over_tls(tls_vm: TlsVm) -> None:
    # Each command is answered at once: QEMU 7.2's TLS monitor acts on a command only
    # when a later TLS record arrives, which the client's lone line end after each
    # message is. Without it the first command after the greeting times out.
    async def main() -> None:
        conn = QmpConnection(parse_endpoint(tls_vm.endpoint), tls=tls_vm.files(), command_timeout=3)
        await conn.connect()
        assert conn.connected and conn.peer_pid is None
        assert {"query-status", "stop"} <= conn.capabilities.commands
        for _ in range(3):
            await conn.execute("stop")
            assert tls_vm.vm.watch.execute("query-status")["status"] == "paused"
            await conn.execute("cont")
            assert tls_vm.vm.watch.execute("query-status")["status"] == "running"
        reply = await conn.exchange({"execute": "query-name", "id": 7})
        assert reply == {"return": {"name": "testvm"}, "id": 7}
        await conn.close()

    asyncio.run(main())


def test_an_untrusted_ca_is_named(tls_vm: TlsVm) -> None:
    async def main() -> None:
        other = tls_vm.files(ca="other-ca")
        failure = await _failure(tls_vm.endpoint, other)
        assert failure.kind is ConnectKind.TLS and not failure.nothing_listens
        assert failure.cause == "certificate not trusted"
        assert f"not signed by {other.ca}" in failure.message
        system = await _failure(tls_vm.endpoint, TlsFiles())
        assert "not signed by the system's trusted CAs" in system.message

    asyncio.run(main())


def test_a_certificate_for_another_name_is_said(tls_vm: TlsVm) -> None:
    async def main() -> None:
        failure = await _failure(f"tls:localhost:{tls_vm.port}", tls_vm.files())
        assert failure.cause == "name mismatch"
        assert "not made out to 'localhost'" in failure.message

    asyncio.run(main())


def test_no_client_certificate_for_a_server_that_asks_one(tls_vm: TlsVm) -> None:
    async def main() -> None:
        failure = await _failure(tls_vm.endpoint, tls_vm.files(client=None))
        assert failure.cause == "client certificate required"
        assert "asks for a client certificate" in failure.message
        assert "verify-peer=on" in failure.message

    asyncio.run(main())


def test_a_client_certificate_the_server_refuses(tls_vm: TlsVm) -> None:
    async def main() -> None:
        files = tls_vm.files(client="stranger")
        failure = await _failure(tls_vm.endpoint, files)
        assert failure.cause == "client certificate refused"
        assert f"refused the client certificate {files.cert}" in failure.message

    asyncio.run(main())


def test_a_key_that_does_not_match_its_certificate(tls_vm: TlsVm) -> None:
    async def main() -> None:
        good = tls_vm.files()
        files = TlsFiles(good.ca, good.cert, str(tls_vm.pki / "stranger-key.pem"))
        failure = await _failure(tls_vm.endpoint, files)
        assert failure.cause == "key does not match certificate"
        assert f"the client key {files.key} does not match" in failure.message
        assert files.cert in failure.message

    asyncio.run(main())


def test_missing_and_unreadable_files_are_named(tls_vm: TlsVm, tmp_path: Path) -> None:
    async def main() -> None:
        good = tls_vm.files()
        missing = TlsFiles(str(tmp_path / "nope.pem"), good.cert, good.key)
        failure = await _failure(tls_vm.endpoint, missing)
        assert failure.message == (
            f"the CA certificate {missing.ca} cannot be read: No such file or directory"
        )
        not_pem = tmp_path / "notes.txt"
        not_pem.write_text("hello\n")
        failure = await _failure(tls_vm.endpoint, TlsFiles(str(not_pem)))
        assert f"the CA certificate {not_pem} holds no certificate" in failure.message
        folder = TlsFiles(good.ca, str(tmp_path), good.key)
        failure = await _failure(tls_vm.endpoint, folder)
        assert f"the client certificate {tmp_path} cannot be read" in failure.message
        half = TlsFiles(good.ca, good.cert, "")
        failure = await _failure(tls_vm.endpoint, half)
        assert "client certificate was given without its key" in failure.message

    asyncio.run(main())


def test_a_tcp_endpoint_at_a_tls_monitor_says_so(tls_vm: TlsVm) -> None:
    async def main() -> None:
        failure = await _failure(f"tcp:127.0.0.1:{tls_vm.port}", None, timeout=1)
        assert failure.cause == "a TLS monitor"
        assert f"connect to tls:127.0.0.1:{tls_vm.port}" in failure.message
        # The monitor is free again for a TLS client.
        conn = QmpConnection(parse_endpoint(tls_vm.endpoint), tls=tls_vm.files())
        await conn.connect()
        await conn.close()

    asyncio.run(main())


def test_an_expired_server_certificate_is_said_with_its_date(short_tmp: Path) -> None:
    pki = tls_certificates(short_tmp / "pki", server_days=-1)
    vm, port = start_tls_vm(short_tmp, pki)
    try:
        files = TlsFiles(
            *(str(pki / n) for n in ("ca-cert.pem", "client-cert.pem", "client-key.pem"))
        )
        failure = asyncio.run(_failure(f"tls:127.0.0.1:{port}", files))
    finally:
        vm.stop()
    assert failure.cause == "certificate expired"
    found = re.search(r"expired on (\d{4}-\d\d-\d\d \d\d:\d\d) UTC", failure.message)
    assert found is not None, failure.message
    expired = datetime.strptime(found.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=UTC)
    # openssl's -days -1: a day before the certificate was made, now.
    assert abs((datetime.now(UTC) - expired).total_seconds() - 86400) < 600


def test_a_tls_endpoint_at_a_plain_monitor_says_so(short_tmp: Path) -> None:
    pki = tls_certificates(short_tmp / "pki")
    vm, port = start_tls_vm(short_tmp, pki, tls=False)
    try:
        files = TlsFiles(str(pki / "ca-cert.pem"))
        failure = asyncio.run(_failure(f"tls:127.0.0.1:{port}", files))
    finally:
        vm.stop()
    assert failure.cause == "plain QMP, not TLS"
    assert f"connect to tcp:127.0.0.1:{port}" in failure.message
    assert shutil.which("openssl")


def test_a_key_with_a_passphrase_is_said_not_asked(tls_vm: TlsVm, tmp_path: Path) -> None:
    # OpenSSL would ask for the passphrase on the terminal and wait there.
    encrypted = tmp_path / "client-key-encrypted.pem"
    subprocess.run(
        [
            "openssl",
            "pkey",
            "-in",
            str(tls_vm.pki / "client-key.pem"),
            "-aes256",
            "-passout",
            "pass:secret",
            "-out",
            str(encrypted),
        ],
        check=True,
        capture_output=True,
        stdin=subprocess.DEVNULL,
    )
    good = tls_vm.files()

    async def main() -> ConnectFailure:
        return await _failure(tls_vm.endpoint, TlsFiles(good.ca, good.cert, str(encrypted)))

    failure = asyncio.run(main())
    assert failure.cause == "client key has a passphrase"
    assert f"the client key {encrypted} is encrypted with a passphrase" in failure.message
