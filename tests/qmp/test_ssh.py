"""QMP over SSH (ssh:// endpoints) against a real QEMU behind a private sshd."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from qmpgui.qmp import ConnectFailure, QmpConnection, parse_endpoint
from qmpgui.qmp.ssh import set_asker
from qmpgui.qmp.ssh.hub import HUB
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.sshd import SshHome, Sshd


class Asker:
    """Answers as told and records what it was asked."""

    def __init__(self, trust: bool = True, secrets: list[str | None] | None = None) -> None:
        self.trust = trust
        self.secrets = list(secrets or [])
        self.host_keys: list[tuple[str, str, str]] = []
        self.prompts: list[str] = []

    async def confirm_host_key(self, host: str, key_type: str, fingerprint: str) -> bool:
        self.host_keys.append((host, key_type, fingerprint))
        return self.trust

    async def secret(self, prompt: str) -> str | None:
        self.prompts.append(prompt)
        return self.secrets.pop(0) if self.secrets else None


def fingerprint(sshd: Sshd) -> str:
    import subprocess

    out = subprocess.run(
        ["ssh-keygen", "-l", "-E", "sha256", "-f", f"{sshd.host_key}.pub"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return out.split()[1]


async def connect(url: str) -> QmpConnection:
    conn = QmpConnection(parse_endpoint(url), greeting_timeout=10)
    await conn.connect()
    return conn


async def failure(url: str) -> ConnectFailure:
    conn = QmpConnection(parse_endpoint(url), greeting_timeout=10)
    try:
        await conn.connect()
    except ConnectFailure as err:
        return err
    finally:
        await conn.close()
    raise AssertionError("connected")


@pytest.mark.qemu
@pytest.mark.sshd
def test_a_qemu_behind_ssh_answers_and_stops(qemu: QemuVm, sshd: Sshd, ssh_home: SshHome) -> None:
    ssh_home.trust(sshd)

    async def main() -> None:
        conn = await connect(sshd.url(qemu.app_socket))
        try:
            assert conn.greeting.version.major >= 2
            assert "query-status" in conn.capabilities.commands
            await conn.execute("stop")
            assert qemu.watch.execute("query-status")["status"] == "paused"
        finally:
            await conn.close()

    asyncio.run(main())
