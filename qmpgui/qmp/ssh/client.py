"""One SSH connection made: host key checked (and asked), authentication (agent,
~/.ssh keys, ~/.ssh/config, then a passphrase, password or keyboard-interactive
answer asked), and every way it can fail turned into one sentence.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import logging
import os
import socket
from collections.abc import Callable, Iterator
from pathlib import Path

import asyncssh

from qmpgui.i18n import translate
from qmpgui.qmp.endpoint import Endpoint, ssh_authority
from qmpgui.qmp.errors import ConnectFailure, ConnectKind
from qmpgui.qmp.ssh.asker import SshAsker, current_asker
from qmpgui.qmp.ssh.known_hosts import (
    HostKeyCheck,
    KnownLine,
    Verdict,
    append_host_key,
    check_host_key,
    read_known_lines,
)

_log = logging.getLogger(__name__)

#: Private keys tried after the agent's and the unencrypted ones, as OpenSSH does.
DEFAULT_KEY_NAMES = ("id_ed25519", "id_ecdsa", "id_ed25519_sk", "id_ecdsa_sk", "id_rsa", "id_dsa")
#: Wrong passwords or passphrases accepted before giving up on one (OpenSSH's 3).
TRIES = 3
#: Seconds between keepalives, and how many may go unanswered: a host that went away
#: without a word (a cable pulled) is noticed within about a minute.
KEEPALIVE_S = 15
KEEPALIVE_MISSES = 4


def _nothing_trusted(_host: str, _addr: str, _port: int | None) -> tuple[list[str], ...]:
    # asyncssh then hands every host key to validate_host_public_key(), where our own
    # reading of known_hosts decides (and can tell a changed key from an unknown one).
    return ([], [], [])


class _Deadline:
    """The connection's time limit, paused while the user is asked something."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.timeout: asyncio.Timeout | None = None

    @contextlib.contextmanager
    def paused(self) -> Iterator[None]:
        if self.timeout is not None:
            self.timeout.reschedule(None)
        try:
            yield
        finally:
            if self.timeout is not None:
                self.timeout.reschedule(asyncio.get_running_loop().time() + self.seconds)


class SshClient(asyncssh.SSHClient):
    """asyncssh's callbacks for one connection; keeps what a failure sentence needs."""

    def __init__(
        self,
        lines: list[KnownLine],
        asker: SshAsker | None,
        who: str,
        deadline: _Deadline,
    ) -> None:
        self._lines = lines
        self._asker = asker
        self._who = who
        self._deadline = deadline
        #: The verdict on the host's key, once it was offered.
        self.check: HostKeyCheck | None = None
        #: Authentication methods tried, in order ("publickey", "password", ...).
        self.tried: list[str] = []
        #: The user cancelled a question: no other method is tried.
        self.cancelled = False
        self._passwords = 0
        self._keys_left: list[Path] | None = None
        #: Keys never offered because each passphrase given for them was wrong.
        self.wrong_passphrases: list[Path] = []
        #: Called once when the connection ends, with asyncssh's reason (None: closed).
        self.on_lost: Callable[[Exception | None], None] | None = None

    def _note(self, method: str) -> None:
        if method not in self.tried:
            self.tried.append(method)

    def validate_host_public_key(
        self, host: str, addr: str, port: int, key: asyncssh.SSHKey
    ) -> bool:
        """Whether known_hosts trusts `key` for `host`; the verdict stays in `check`."""
        self.check = check_host_key(self._lines, host, addr, port, key)
        return self.check.verdict is Verdict.TRUSTED

    def connection_lost(self, exc: Exception | None) -> None:
        """The connection ended: `on_lost` hears why (`exc`; None when closed)."""
        if self.on_lost is not None:
            self.on_lost(exc)

    async def _ask(self, prompt: str) -> str | None:
        if self._asker is None or self.cancelled:
            return None
        with self._deadline.paused():
            answer = await self._asker.secret(prompt)
        if answer is None:
            self.cancelled = True
        return answer

    async def public_key_auth_requested(self) -> asyncssh.SSHKey | None:
        """The next encrypted key of ~/.ssh, its passphrase asked; None when none is
        left. asyncssh calls it once the agent's keys and the unencrypted ones were
        refused (or there were none)."""
        self._note("publickey")
        if self._keys_left is None:
            self._keys_left = await asyncio.to_thread(_encrypted_keys)
        while self._keys_left and not self.cancelled:
            path = self._keys_left.pop(0)
            for attempt in range(1, TRIES + 1):
                passphrase = await self._ask(f"passphrase for key {path}")
                if passphrase is None:
                    return None
                try:
                    return await asyncio.to_thread(asyncssh.read_private_key, path, passphrase)
                except asyncssh.KeyEncryptionError as err:
                    if "ncorrect" not in str(err):
                        _log.warning("cannot open %s: %s", path, err)
                        break
                    if attempt == TRIES:  # the host never saw this key: say why
                        self.wrong_passphrases.append(path)
                except (ValueError, OSError) as err:  # unreadable now: the next key
                    _log.warning("cannot open %s: %s", path, err)
                    break
        return None

    async def password_auth_requested(self) -> str | None:
        """A password asked of the user (at most TRIES times); None: give up."""
        self._note("password")
        if self._passwords >= TRIES:
            return None
        self._passwords += 1
        return await self._ask(f"password for {self._who}")

    def kbdint_auth_requested(self) -> str | None:
        """Keyboard-interactive is answered when the user can be asked."""
        return "" if self._asker is not None else None

    async def kbdint_challenge_received(  # type: ignore[override]
        self, name: str, instructions: str, lang: str, prompts: list[tuple[str, bool]]
    ) -> list[str] | None:
        """Each prompt of the server asked of the user; None when one is cancelled."""
        self._note("keyboard-interactive")
        answers = []
        for prompt, _echo in prompts:
            answer = await self._ask(f"{prompt.strip().rstrip(':')} for {self._who}")
            if answer is None:
                return None
            answers.append(answer)
        return answers


def _encrypted_keys() -> list[Path]:
    """The default keys in ~/.ssh that need a passphrase (unencrypted ones asyncssh
    offers by itself). Blocking."""
    found = []
    for name in DEFAULT_KEY_NAMES:
        path = Path(os.path.expanduser(f"~/.ssh/{name}"))
        try:
            asyncssh.read_private_key(path)
        except asyncssh.KeyImportError as err:
            if "assphrase" in str(err):
                found.append(path)
        except (OSError, ValueError):
            continue
    return found


def _where(endpoint: Endpoint) -> str:
    return ssh_authority(endpoint.user, endpoint.host or "", endpoint.port)


async def connect_ssh(
    endpoint: Endpoint, timeout: float
) -> tuple[asyncssh.SSHClientConnection, SshClient]:
    """An authenticated SSH connection to `endpoint`'s host, and its client.

    `timeout` (seconds) bounds reaching the host and each step of it, not the time the
    user takes to answer. An unknown host key is asked (and saved when trusted), then
    the host tried again. Raises ConnectFailure with a sentence for every failure:
    unreachable host, unknown host key refused or not askable, changed key, failed
    authentication (naming the methods tried).
    """
    for _attempt in range(2):
        lines = await asyncio.to_thread(read_known_lines)
        deadline = _Deadline(timeout)
        who = _where(endpoint) if endpoint.user else f"{endpoint.host}"
        client = SshClient(lines, current_asker(), who, deadline)
        try:
            async with asyncio.timeout(timeout) as limit:
                deadline.timeout = limit
                conn = await asyncssh.connect(
                    endpoint.host or "",
                    endpoint.port if endpoint.port is not None else (),
                    username=endpoint.user if endpoint.user else (),
                    known_hosts=_nothing_trusted,
                    client_factory=lambda client=client: client,
                    connect_timeout=None,
                    keepalive_interval=KEEPALIVE_S,
                    keepalive_count_max=KEEPALIVE_MISSES,
                )
            return conn, client
        except asyncssh.HostKeyNotVerifiable as err:
            check = client.check
            if check is None:
                raise _failure(
                    translate(
                        "client", "the host key of {host} cannot be verified: {reason}"
                    ).format(host=endpoint.host, reason=err.reason)
                ) from None
            if not await _trust_unknown(check, endpoint):
                raise _refused(check, endpoint) from None
        except asyncssh.PermissionDenied:
            raise _auth_failed(client, endpoint) from None
        except TimeoutError:
            raise _failure(
                translate("client", "cannot reach {v0}: no SSH answer within {timeout:g} s").format(
                    v0=_where(endpoint), timeout=timeout
                ),
                ConnectKind.UNREACHABLE,
                translate("client", "host unreachable"),
            ) from None
        except socket.gaierror as err:
            raise _failure(
                translate("client", "cannot reach {host}: unknown host name ({v1})").format(
                    host=endpoint.host, v1=err.strerror or err
                ),
                ConnectKind.UNREACHABLE,
                translate("client", "unknown host"),
            ) from None
        except OSError as err:
            raise _unreachable(err, endpoint) from None
        except asyncssh.Error as err:
            raise _failure(
                translate("client", "SSH to {v0} failed: {reason}").format(
                    v0=_where(endpoint), reason=err.reason
                ),
                cause=translate("client", "SSH failed"),
            ) from None
        except (ValueError, asyncssh.KeyImportError) as err:
            # ~/.ssh/config, a key file or an option asyncssh cannot read.
            raise _failure(
                translate("client", "SSH to {v0} cannot start: {err}").format(
                    v0=_where(endpoint), err=err
                ),
                cause=translate("client", "SSH failed"),
            ) from None
    raise _failure(
        translate("client", "the host key of {host} was saved but is still not accepted").format(
            host=endpoint.host
        )
    )


async def _trust_unknown(check: HostKeyCheck, endpoint: Endpoint) -> bool:
    """Ask whether to trust an unknown key and save it when trusted."""
    asker = current_asker()
    if check.verdict is not Verdict.UNKNOWN or asker is None:
        return False
    if not await asker.confirm_host_key(check.name, check.key_type, check.fingerprint):
        return False
    try:
        await asyncio.to_thread(append_host_key, check)
    except OSError as err:
        raise _failure(
            translate(
                "client", "the host key of {name} could not be saved in ~/.ssh/known_hosts: {v1}"
            ).format(name=check.name, v1=err.strerror or err),
            cause="known_hosts not saved",
        ) from None
    return True


def _failure(
    message: str, kind: ConnectKind = ConnectKind.OTHER, cause: str | None = None
) -> ConnectFailure:
    return ConnectFailure(kind, message, cause)


def _refused(check: HostKeyCheck, endpoint: Endpoint) -> ConnectFailure:
    """The sentence for a host key not trusted: changed, revoked, or unknown."""
    lines = ", ".join(f"{file} line {number}" for file, number in check.where)
    if check.verdict is Verdict.CHANGED:
        return _failure(
            translate(
                "client",
                "the host key of {name} has CHANGED: it offers {key_type} {fingerprint}, but {lines} holds another key for it. Someone may be intercepting the connection, or the host was reinstalled: check with its administrator, then remove the old line (ssh-keygen -R '{name}')",
            ).format(
                name=check.name, key_type=check.key_type, fingerprint=check.fingerprint, lines=lines
            ),
            cause=translate("client", "host key changed"),
        )
    if check.verdict is Verdict.REVOKED:
        return _failure(
            translate(
                "client", "the host key of {name} ({fingerprint}) is revoked in {lines}"
            ).format(name=check.name, fingerprint=check.fingerprint, lines=lines),
            cause=translate("client", "host key revoked"),
        )
    if current_asker() is None:
        return _failure(
            translate(
                "client",
                "the host key of {name} is unknown ({key_type} {fingerprint}) and cannot be asked here: check it and add it to ~/.ssh/known_hosts (connect once with ssh), or accept it with --accept-new-host-key",
            ).format(name=check.name, key_type=check.key_type, fingerprint=check.fingerprint),
            cause=translate("client", "host key unknown"),
        )
    return _failure(
        translate(
            "client",
            "the host key of {name} ({key_type} {fingerprint}) was not trusted: nothing was sent to it",
        ).format(name=check.name, key_type=check.key_type, fingerprint=check.fingerprint),
        cause=translate("client", "host key not trusted"),
    )


def _auth_failed(client: SshClient, endpoint: Endpoint) -> ConnectFailure:
    who = _where(endpoint) if endpoint.user else f"{endpoint.host}"
    if client.cancelled:
        return _failure(
            translate(
                "client", "authentication to {who} cancelled: no password or passphrase given"
            ).format(who=who),
            cause=translate("client", "authentication cancelled"),
        )
    if client.wrong_passphrases:
        keys = ", ".join(str(path) for path in client.wrong_passphrases)
        return _failure(
            translate(
                "client",
                "authentication failed for {who}: the passphrase given for key {keys} was wrong {TRIES} times, so the key was never offered to the host",
            ).format(who=who, keys=keys, TRIES=TRIES),
            cause=translate("client", "wrong passphrase"),
        )
    tried = ", ".join(client.tried or ["publickey"])
    hint = (
        ""
        if current_asker() is not None
        else translate("client", " (a password cannot be asked here)")
    )
    return _failure(
        translate(
            "client",
            "authentication failed for {who}: tried {tried} (keys from the SSH agent and ~/.ssh){hint}; the host accepted none: add your public key to its ~/.ssh/authorized_keys (ssh-copy-id does), or name the key to use in ~/.ssh/config",
        ).format(who=who, tried=tried, hint=hint),
        cause=translate("client", "authentication failed"),
    )


def _unreachable(err: OSError, endpoint: Endpoint) -> ConnectFailure:
    where = _where(endpoint)
    if err.errno == errno.ECONNREFUSED:
        why = translate("client", "connection refused (no SSH server listens there)")
    elif err.errno in (errno.EHOSTUNREACH, errno.ENETUNREACH):
        why = translate("client", "no route to the host")
    elif err.errno == errno.ETIMEDOUT:
        why = translate("client", "the connection timed out")
    else:
        why = err.strerror or str(err)
    return _failure(
        translate("client", "cannot reach {where}: {why}").format(where=where, why=why),
        ConnectKind.UNREACHABLE,
        translate("client", "host unreachable"),
    )
