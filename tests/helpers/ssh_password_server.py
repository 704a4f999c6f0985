"""An SSH server that asks for a password (or a keyboard-interactive answer), for the
tests of what qmpgui asks: the private OpenSSH server (tests/helpers/sshd.py) checks
passwords against the system's accounts, which tests must not touch, so this one is
asyncssh's server on 127.0.0.1, in the test's own loop, with one password of its own.
It forwards direct-streamlocal channels to the unix socket named, as sshd does.
"""

from __future__ import annotations

from pathlib import Path

import asyncssh


class _Server(asyncssh.SSHServer):
    def __init__(self, password: str, kbdint: bool, tries: list[str]) -> None:
        self._password = password
        self._kbdint = kbdint
        self._tries = tries

    def begin_auth(self, username: str) -> bool:
        return True

    def password_auth_supported(self) -> bool:
        return not self._kbdint

    def validate_password(self, username: str, password: str) -> bool:
        self._tries.append(password)
        return password == self._password

    def kbdint_auth_supported(self) -> bool:
        return self._kbdint

    def get_kbdint_challenge(
        self, username: str, lang: str, submethods: str
    ) -> tuple[str, str, str, list[tuple[str, bool]]]:
        return ("", "", "", [("Verification code: ", False)])

    def validate_kbdint_response(self, username: str, responses: list[str]) -> bool:
        self._tries.extend(responses)
        return list(responses) == [self._password]

    def unix_connection_requested(self, dest_path: str) -> bool:
        return True  # forwarded to the local socket


class PasswordServer:
    """`await PasswordServer(folder, "pw").start()`: listens on 127.0.0.1:`port`;
    `tries` lists every password it was given; `close()` stops it."""

    def __init__(self, folder: Path, password: str, *, kbdint: bool = False) -> None:
        self.password = password
        self.kbdint = kbdint
        self.tries: list[str] = []
        self.host_key = asyncssh.generate_private_key("ssh-ed25519")
        self.port = 0
        self._server: asyncssh.SSHAcceptor | None = None
        folder.mkdir(parents=True, exist_ok=True)

    def known_hosts_line(self) -> str:
        key = self.host_key.export_public_key("openssh").decode().split()
        return f"[127.0.0.1]:{self.port} {key[0]} {key[1]}\n"

    async def start(self) -> PasswordServer:
        self._server = await asyncssh.create_server(
            lambda: _Server(self.password, self.kbdint, self.tries),
            "127.0.0.1",
            0,
            server_host_keys=[self.host_key],
        )
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
