"""QMP over SSH (ssh:// endpoints) against a real QEMU behind a private sshd."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from qmpgui.qmp import ConnectFailure, QmpConnection, parse_endpoint
from qmpgui.qmp.ssh import set_asker
from qmpgui.qmp.ssh.hub import HUB
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.sshd import Sshd, SshHome, fingerprint


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


@pytest.mark.qemu
@pytest.mark.sshd
def test_an_unknown_host_key_is_asked_with_its_fingerprint_saved_then_not_asked_again(
    qemu: QemuVm, sshd: Sshd, ssh_home: SshHome
) -> None:
    asker = Asker(trust=True)
    set_asker(asker)

    async def main() -> None:
        for _ in range(2):
            conn = await connect(sshd.url(qemu.app_socket))
            await conn.close()
            await asyncio.sleep(0)

    asyncio.run(main())
    assert asker.host_keys == [(f"[127.0.0.1]:{sshd.port}", "ssh-ed25519", fingerprint(sshd))]
    assert ssh_home.known_hosts.read_text() == sshd.known_hosts_line()


@pytest.mark.sshd
def test_an_unknown_host_key_refused_ends_in_a_sentence_and_nothing_is_saved(
    sshd: Sshd, ssh_home: SshHome
) -> None:
    asker = Asker(trust=False)
    set_asker(asker)
    err = asyncio.run(failure(sshd.url("/run/none.qmp")))
    assert str(err) == (
        f"the host key of [127.0.0.1]:{sshd.port} (ssh-ed25519 {fingerprint(sshd)}) was not "
        "trusted: nothing was sent to it"
    )
    assert ssh_home.known_hosts.read_text() == ""


@pytest.mark.sshd
def test_an_unknown_host_key_with_nobody_to_ask_is_refused_saying_how_to_add_it(
    sshd: Sshd, ssh_home: SshHome
) -> None:
    err = asyncio.run(failure(sshd.url("/run/none.qmp")))
    assert str(err).startswith(f"the host key of [127.0.0.1]:{sshd.port} is unknown (ssh-ed25519")
    assert "--accept-new-host-key" in str(err)


@pytest.mark.sshd
def test_a_changed_host_key_is_refused_never_asked_naming_the_old_line(
    sshd: Sshd, ssh_home: SshHome
) -> None:
    ssh_home.known_hosts.write_text("# kept\n" + sshd.known_hosts_line())
    sshd.stop()
    sshd.new_host_key()
    sshd.start()
    asker = Asker(trust=True)
    set_asker(asker)
    err = asyncio.run(failure(sshd.url("/run/none.qmp")))
    assert asker.host_keys == []
    assert str(err).startswith(
        f"the host key of [127.0.0.1]:{sshd.port} has CHANGED: it offers ssh-ed25519 "
        f"{fingerprint(sshd)}, but {ssh_home.known_hosts} line 2 holds another key for it"
    )
    assert err.cause == "host key changed"


@pytest.mark.sshd
def test_a_key_the_host_does_not_accept_fails_naming_what_was_tried(
    sshd: Sshd, ssh_home: SshHome
) -> None:
    from tests.helpers.sshd import keygen

    ssh_home.trust(sshd)
    keygen(ssh_home.key)  # another key than the one authorized
    err = asyncio.run(failure(sshd.url("/run/none.qmp")))
    assert str(err).startswith(
        f"authentication failed for {sshd.user}@127.0.0.1:{sshd.port}: tried publickey"
    )
    assert err.cause == "authentication failed"


@pytest.mark.qemu
@pytest.mark.sshd
def test_a_passphrase_is_asked_used_and_not_kept(
    qemu: QemuVm, sshd: Sshd, ssh_home: SshHome, tmp_path: Path
) -> None:
    from tests.helpers.sshd import keygen

    ssh_home.trust(sshd)
    keygen(ssh_home.key, passphrase="open sesame")
    sshd.authorize(ssh_home.public_key)
    asker = Asker(secrets=["wrong", "open sesame"])
    set_asker(asker)

    async def main() -> None:
        conn = await connect(sshd.url(qemu.app_socket))
        await conn.close()

    asyncio.run(main())
    assert asker.prompts == [f"passphrase for key {ssh_home.key}"] * 2
    assert "open sesame" not in "".join(
        p.read_text(errors="replace") for p in tmp_path.rglob("*") if p.is_file()
    )


@pytest.mark.sshd
def test_a_passphrase_wrong_three_times_is_said_as_such(
    sshd: Sshd, ssh_home: SshHome, tmp_path: Path
) -> None:
    from tests.helpers.sshd import keygen

    ssh_home.trust(sshd)
    keygen(ssh_home.key, passphrase="open sesame")
    sshd.authorize(ssh_home.public_key)
    asker = Asker(secrets=["wrong", "worse", "worst"])
    set_asker(asker)
    err = asyncio.run(failure(sshd.url("/run/none.qmp")))
    assert asker.prompts == [f"passphrase for key {ssh_home.key}"] * 3
    assert str(err) == (
        f"authentication failed for {sshd.user}@127.0.0.1:{sshd.port}: the passphrase given "
        f"for key {ssh_home.key} was wrong 3 times, so the key was never offered to the host"
    )
    assert err.cause == "wrong passphrase"


@pytest.mark.sshd
def test_a_missing_remote_socket_is_named_with_its_host(
    sshd: Sshd, ssh_home: SshHome, tmp_path: Path
) -> None:
    ssh_home.trust(sshd)
    missing = tmp_path / "none.qmp"
    err = asyncio.run(failure(sshd.url(missing)))
    assert str(err).startswith(f"no such file on 127.0.0.1: {missing}")
    assert err.nothing_listens
    plain = tmp_path / "plain.qmp"
    plain.write_text("x")
    err = asyncio.run(failure(sshd.url(plain)))
    assert str(err) == f"{plain} on 127.0.0.1 is a file, not a socket"


@pytest.mark.sshd
def test_an_unreachable_host_is_said(ssh_home: SshHome, sshd: Sshd) -> None:
    sshd.stop()
    err = asyncio.run(failure(sshd.url("/run/vm.qmp")))
    assert str(err) == (
        f"cannot reach {sshd.user}@127.0.0.1:{sshd.port}: connection refused (no SSH server "
        "listens there)"
    )
    err = asyncio.run(failure("ssh://no-such-host.invalid/run/vm.qmp"))
    assert str(err).startswith("cannot reach no-such-host.invalid: unknown host name")


@pytest.mark.sshd
def test_not_a_qmp_socket_behind_ssh_is_said(sshd: Sshd, ssh_home: SshHome, tmp_path: Path) -> None:
    import socket

    ssh_home.trust(sshd)
    path = tmp_path / "mute.sock"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.listen()
    try:

        async def main() -> ConnectFailure:
            conn = QmpConnection(parse_endpoint(sshd.url(path)), greeting_timeout=1)
            try:
                await conn.connect()
            except ConnectFailure as err:
                return err
            finally:
                await conn.close()
            raise AssertionError

        err = asyncio.run(main())
    finally:
        server.close()
    assert err.cause == "monitor busy"


@pytest.mark.qemu
@pytest.mark.sshd
def test_the_ssh_connection_lost_is_said_as_such(
    qemu: QemuVm, sshd: Sshd, ssh_home: SshHome
) -> None:
    ssh_home.trust(sshd)

    async def main() -> str:
        conn = await connect(sshd.url(qemu.app_socket))
        sshd.stop()
        return await conn.wait_closed()

    reason = asyncio.run(main())
    assert reason.startswith("connection lost: the SSH connection to 127.0.0.1 was lost")
    assert HUB.connections() == 0


@pytest.mark.qemu
@pytest.mark.parametrize("kbdint", [False, True], ids=["password", "keyboard-interactive"])
def test_a_password_is_asked_again_when_wrong_and_never_kept(
    qemu: QemuVm, ssh_home: SshHome, tmp_path: Path, kbdint: bool
) -> None:
    from tests.helpers.ssh_password_server import PasswordServer

    asker = Asker(secrets=["wrong one", "right one"])
    set_asker(asker)
    ports: list[int] = []

    async def main() -> None:
        server = await PasswordServer(tmp_path / "srv", "right one", kbdint=kbdint).start()
        ports.append(server.port)
        ssh_home.known_hosts.write_text(server.known_hosts_line())
        try:
            conn = await connect(f"ssh://tester@127.0.0.1:{server.port}{qemu.app_socket}")
            await conn.execute("stop")
            await conn.close()
        finally:
            server.close()
        assert server.tries == ["wrong one", "right one"]

    try:
        asyncio.run(main())
    finally:
        set_asker(None)
        HUB.forget_all()
    word = "Verification code" if kbdint else "password"
    assert asker.prompts == [f"{word} for tester@127.0.0.1:{ports[0]}"] * 2
    assert qemu.watch.execute("query-status")["status"] == "paused"
    assert "right one" not in "".join(
        p.read_text(errors="replace") for p in tmp_path.rglob("*") if p.is_file()
    )


@pytest.mark.qemu
def test_a_cancelled_password_ends_in_a_sentence(
    qemu: QemuVm, ssh_home: SshHome, tmp_path: Path
) -> None:
    from tests.helpers.ssh_password_server import PasswordServer

    set_asker(Asker(secrets=[None]))

    async def main() -> ConnectFailure:
        server = await PasswordServer(tmp_path / "srv", "pw").start()
        ssh_home.known_hosts.write_text(server.known_hosts_line())
        try:
            return await failure(f"ssh://tester@127.0.0.1:{server.port}{qemu.app_socket}")
        finally:
            server.close()

    try:
        err = asyncio.run(main())
    finally:
        set_asker(None)
        HUB.forget_all()
    assert str(err).startswith("authentication to tester@127.0.0.1:")
    assert str(err).endswith("cancelled: no password or passphrase given")


@pytest.mark.qemu
@pytest.mark.sshd
def test_a_host_of_ssh_config_gives_name_port_user_and_key(
    qemu: QemuVm, sshd: Sshd, ssh_home: SshHome
) -> None:
    from tests.helpers.sshd import keygen

    ssh_home.trust(sshd)
    other = keygen(ssh_home.ssh / "vmhost_key")  # not a default name: only the config names it
    sshd.authorize(Path(f"{other}.pub").read_text())
    keygen(ssh_home.key)  # the default key is no longer accepted
    ssh_home.config.write_text(
        f"Host vmhost\n  HostName 127.0.0.1\n  Port {sshd.port}\n  User {sshd.user}\n"
        f"  IdentityFile {other}\n"
    )

    async def main() -> None:
        conn = await connect(f"ssh://vmhost{qemu.app_socket}")
        try:
            await conn.execute("stop")
        finally:
            await conn.close()

    asyncio.run(main())
    assert qemu.watch.execute("query-status")["status"] == "paused"
