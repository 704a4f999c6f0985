"""The QMP stream of an ssh:// endpoint: a channel to the remote unix socket
(direct-streamlocal, as `ssh -L local.sock:remote.sock` uses), bridged to one end of
a local socket pair whose other end qemu.qmp reads like any monitor socket.

Also the remote files of a screendump: QEMU writes on its own host, the picture
comes back over SFTP on the same connection and is removed there.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import shlex
import socket
import stat
import uuid

import asyncssh

from qmpgui.i18n import translate
from qmpgui.qmp.endpoint import Endpoint
from qmpgui.qmp.errors import ConnectFailure, ConnectKind
from qmpgui.qmp.ssh.hub import HUB, Shared

_log = logging.getLogger(__name__)

#: Bytes read from either side at a time.
CHUNK = 65536
#: Where QEMU writes a screendump on its host: every system has it, and a random name
#: makes it unique and unguessable.
REMOTE_TMP = "/tmp"


class RemoteFiles:
    """Files on the host of an ssh:// endpoint, reached over the same SSH connection."""

    def __init__(self, conn: asyncssh.SSHClientConnection, host: str) -> None:
        self._conn = conn
        #: The host's name as the endpoint gives it, for sentences.
        self.host = host
        #: The folder temp_path() names files in.
        self.folder = REMOTE_TMP

    def temp_path(self, suffix: str) -> str:
        """A new path in /tmp on that host (the file is not made): QEMU writes it."""
        return f"{REMOTE_TMP}/qmpgui-screendump-{uuid.uuid4().hex}.{suffix}"

    async def fetch_and_remove(self, path: str) -> bytes:
        """The bytes of `path` on that host, read over SFTP; the file is removed there
        whether or not it could be read. Raises OSError, with the SFTP server's reason
        as its strerror, when it cannot be read."""
        try:
            async with self._conn.start_sftp_client() as sftp:
                try:
                    async with sftp.open(path, "rb") as remote:
                        data = await remote.read()
                        return data if isinstance(data, bytes) else data.encode()
                finally:
                    with contextlib.suppress(OSError, asyncssh.Error):
                        await sftp.remove(path)
        except asyncssh.Error as err:
            raise OSError(0, err.reason or str(err)) from None

    async def exists(self, path: str) -> bool:
        """Whether `path` exists on that host (False when SFTP cannot tell)."""
        try:
            async with self._conn.start_sftp_client() as sftp:
                return bool(await sftp.exists(path))
        except (OSError, asyncssh.Error):
            return False

    async def remove(self, path: str) -> None:
        """Remove `path` on that host if it is there; never raises."""
        with contextlib.suppress(OSError, asyncssh.Error):
            async with self._conn.start_sftp_client() as sftp:
                await sftp.remove(path)


class SshTransport:
    """One QMP connection's channel over a shared SSH connection; close() ends it."""

    def __init__(self, endpoint: Endpoint, shared: Shared) -> None:
        self.endpoint = endpoint
        self._shared = shared
        self._pumps: list[asyncio.Task[None]] = []
        self._released = False
        #: Why the SSH side ended, when it failed rather than closed.
        self._ssh_error: str | None = None

    @property
    def files(self) -> RemoteFiles | None:
        """The remote files of this host; None once the SSH connection is gone."""
        conn = self._shared.conn
        return RemoteFiles(conn, self.endpoint.host or "") if conn is not None else None

    def lost_reason(self) -> str | None:
        """The sentence for a QMP connection that ended because the SSH connection did;
        None when only the channel ended (QEMU closed its monitor)."""
        if self._shared.lost is not None:
            return self._shared.lost
        if self._ssh_error is not None:
            return translate(
                "SshTransport",
                "connection lost: the SSH connection to {host} was lost ({ssh_error})",
            ).format(host=self.endpoint.host, ssh_error=self._ssh_error)
        return None

    async def open(self, timeout: float) -> socket.socket:
        """The local end of the bridged monitor socket. Raises ConnectFailure (the
        remote socket missing, not a socket, permission denied, nothing listening)."""
        conn = self._shared.conn
        path = self.endpoint.path or ""
        if conn is None:
            raise ConnectFailure(
                ConnectKind.OTHER,
                self.lost_reason() or translate("SshTransport", "SSH connection closed"),
            )
        try:
            async with asyncio.timeout(timeout):
                reader, writer = await conn.open_unix_connection(path)
        except asyncssh.ChannelOpenError as err:
            raise await _diagnose(conn, self.endpoint, err.reason) from None
        except TimeoutError:
            raise ConnectFailure(
                ConnectKind.UNREACHABLE,
                translate(
                    "SshTransport",
                    "the SSH server of {host} did not open {path} within {timeout:g} s",
                ).format(host=self.endpoint.host, path=path, timeout=timeout),
            ) from None
        except (OSError, asyncssh.Error) as err:
            raise ConnectFailure(
                ConnectKind.OTHER,
                translate(
                    "SshTransport", "connection lost: the SSH connection to {host} was lost ({err})"
                ).format(host=self.endpoint.host, err=err),
                translate("SshTransport", "SSH connection lost"),
            ) from None
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        ours.setblocking(False)
        local_reader, local_writer = await asyncio.open_connection(sock=ours)
        loop = asyncio.get_running_loop()
        self._pumps = [
            loop.create_task(self._to_local(reader, local_writer)),
            loop.create_task(self._to_remote(local_reader, writer)),
        ]
        theirs.setblocking(False)
        return theirs

    async def _to_local(
        self, reader: asyncssh.SSHReader[bytes], writer: asyncio.StreamWriter
    ) -> None:
        # QEMU -> qemu.qmp. The channel's end (QEMU closed the monitor, or the SSH
        # connection went) closes the local socket: qemu.qmp sees EOF and asks why.
        try:
            while data := await reader.read(CHUNK):
                writer.write(data)
                await writer.drain()
        except (OSError, asyncssh.Error) as err:
            self._ssh_error = getattr(err, "reason", None) or str(err) or type(err).__name__
        finally:
            writer.close()

    async def _to_remote(
        self, reader: asyncio.StreamReader, writer: asyncssh.SSHWriter[bytes]
    ) -> None:
        # qemu.qmp -> QEMU; our side closing ends the channel.
        try:
            while data := await reader.read(CHUNK):
                writer.write(data)
                await writer.drain()
        except (OSError, asyncssh.Error):
            pass
        finally:
            with contextlib.suppress(OSError, asyncssh.Error):
                writer.close()

    async def close(self) -> None:
        """End the channel and let the SSH connection go (the last user closes it)."""
        for pump in self._pumps:
            pump.cancel()
        await asyncio.gather(*self._pumps, return_exceptions=True)
        if not self._released:
            self._released = True
            HUB.release(self._shared)


async def open_ssh_socket(endpoint: Endpoint, timeout: float) -> tuple[socket.socket, SshTransport]:
    """Connect (or reuse the SSH connection) to `endpoint`'s host and open its socket:
    a local socket carrying the monitor's stream, and the transport that close() ends.
    `timeout` in seconds. Raises ConnectFailure with a sentence for each failure."""
    shared = await HUB.lease(endpoint, timeout)
    transport = SshTransport(endpoint, shared)
    try:
        return await transport.open(timeout), transport
    except BaseException:
        await transport.close()
        raise


async def _diagnose(
    conn: asyncssh.SSHClientConnection, endpoint: Endpoint, reason: str
) -> ConnectFailure:
    """Why sshd could not open the remote socket: OpenSSH says only "open failed", so
    the path is looked at over SFTP (and `test -w` for a socket)."""
    host, path = endpoint.host, endpoint.path or ""
    try:
        async with asyncio.timeout(5), conn.start_sftp_client() as sftp:
            attrs = await sftp.stat(path)
    except asyncssh.SFTPNoSuchFile:
        return ConnectFailure(
            ConnectKind.NO_SOCKET,
            translate(
                "transport",
                "no such file on {host}: {path} (is QEMU running there with -qmp unix:{path},server=on,wait=off?)",
            ).format(host=host, path=path),
            translate("transport", "no such socket"),
            nothing_listens=True,
        )
    except asyncssh.SFTPPermissionDenied:
        return ConnectFailure(
            ConnectKind.PERMISSION,
            translate(
                "transport", "permission denied on {host}: {path} (the SSH user may not reach it)"
            ).format(host=host, path=path),
        )
    except (TimeoutError, OSError, asyncssh.Error):
        return ConnectFailure(
            ConnectKind.OTHER,
            translate(
                "transport", "the SSH server of {host} could not open {path}: {reason}"
            ).format(host=host, path=path, reason=reason),
            translate("transport", "cannot open the socket"),
        )
    mode = attrs.permissions or 0
    if stat.S_ISDIR(mode):
        return ConnectFailure(
            ConnectKind.NO_SOCKET,
            translate("transport", "{path} on {host} is a folder, not a socket").format(
                path=path, host=host
            ),
            translate("transport", "a folder"),
        )
    if not stat.S_ISSOCK(mode):
        return ConnectFailure(
            ConnectKind.NO_SOCKET,
            translate("transport", "{path} on {host} is a file, not a socket").format(
                path=path, host=host
            ),
            translate("transport", "not a socket"),
        )
    try:
        async with asyncio.timeout(5):
            result = await conn.run(f"test -w {shlex.quote(path)}", check=False)
        writable = result.exit_status == 0
    except (TimeoutError, OSError, asyncssh.Error):
        writable = True  # no shell there: say what is likelier
    if not writable:
        return ConnectFailure(
            ConnectKind.PERMISSION,
            translate(
                "transport",
                "permission denied on {host}: {path}: the SSH user may not open this socket (check its owner and mode, or join its group)",
            ).format(host=host, path=path),
        )
    return ConnectFailure(
        ConnectKind.REFUSED,
        translate(
            "transport",
            "connection refused on {host}: {path} exists but nothing listens on it (left behind by a QEMU that exited?)",
        ).format(host=host, path=path),
        nothing_listens=True,
    )
