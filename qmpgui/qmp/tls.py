"""QMP over TLS (`tls:HOST:PORT`): the client's certificates, its SSL context, and the
looks at a server that help say why a connection failed.

QEMU serves a TLS monitor with `-object tls-creds-x509,...,endpoint=server` and a
monitor chardev with `tls-creds=`. Python's ssl module does the TLS; the server's
certificate is checked against the CA file given (else the system's trusted CAs) and
against the endpoint's host name or address.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import socket
import ssl
from dataclasses import dataclass

from qmpgui.i18n import translate
from qmpgui.qmp.endpoint import Endpoint
from qmpgui.qmp.errors import ConnectFailure, ConnectKind

#: Seconds a look at a server (a TLS handshake, a plain greeting) may take.
PROBE_TIMEOUT_S = 2.0


@dataclass(frozen=True, slots=True)
class TlsFiles:
    """The certificate files of one VM's TLS monitor, as paths ("" for none).

    `ca` is the CA certificate that signed QEMU's server certificate (PEM; "" trusts the
    system's CAs), `cert` and `key` the client's certificate and private key (PEM; ""
    for none, as QEMU's `verify-peer=off` allows). The files are read at each
    connection, never copied.
    """

    ca: str = ""
    cert: str = ""
    key: str = ""

    @property
    def trusted(self) -> str:
        """Who the server's certificate must be signed by, in words: the CA file's path,
        or "the system's trusted CAs"."""
        return self.ca or translate("TlsFiles", "the system's trusted CAs")


@dataclass(frozen=True, slots=True)
class TlsChannel:
    """What a TLS connection to one endpoint needs: the SSL context made from the
    files, and the name or address the server's certificate must be for."""

    context: ssl.SSLContext
    server_hostname: str
    files: TlsFiles


def _file_failure(what: str, path: str, err: OSError) -> ConnectFailure:
    why = err.strerror or str(err)
    return ConnectFailure(
        ConnectKind.TLS,
        translate("tls", "the {what} {path} cannot be read: {why}").format(
            what=what, path=path, why=why
        ),
        translate("tls", "{what} unreadable").format(what=what),
    )


def _read(what: str, path: str) -> None:
    """Raise ConnectFailure when `path` cannot be opened: ssl's own errors do not name it."""
    try:
        with open(path, "rb"):
            pass
    except OSError as err:
        raise _file_failure(what, path, err) from None


class _KeyNeedsPassphrase(Exception):
    """OpenSSL asked for the client key's passphrase (which would otherwise be read from
    the terminal, blocking)."""


def _no_passphrase() -> str:
    raise _KeyNeedsPassphrase


def load_context(files: TlsFiles) -> ssl.SSLContext:
    """A client SSL context for `files`: their CA (else the system's), their client
    certificate and key (else none); the host name is checked.

    Blocking (it reads the files): call it in a worker thread. Raises ConnectFailure
    (kind TLS) naming the file for a file missing or unreadable, one that holds no
    certificate or key, a key without its certificate (or the reverse), a key that
    does not match its certificate and a key encrypted with a passphrase. A `~` in a
    path is the home folder.
    """
    files = TlsFiles(*(os.path.expanduser(path) for path in (files.ca, files.cert, files.key)))
    if bool(files.cert) != bool(files.key):
        given, missing = ("certificate", "key") if files.cert else ("key", "certificate")
        raise ConnectFailure(
            ConnectKind.TLS,
            translate(
                "tls", "a client {given} was given without its {missing}: give both, or neither"
            ).format(given=given, missing=missing),
            translate("tls", "client {missing} missing").format(missing=missing),
        )
    context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH)
    if files.ca:
        _read(translate("tls", "CA certificate"), files.ca)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # the CA file alone, not the system's
        try:
            context.load_verify_locations(cafile=files.ca)
        except ssl.SSLError:
            raise ConnectFailure(
                ConnectKind.TLS,
                translate(
                    "tls", "the CA certificate {ca} holds no certificate (a PEM file is expected)"
                ).format(ca=files.ca),
                translate("tls", "CA certificate unusable"),
            ) from None
        except OSError as err:  # changed between the look and the load
            raise _file_failure(translate("tls", "CA certificate"), files.ca, err) from None
    if files.cert:
        _read(translate("tls", "client certificate"), files.cert)
        _read(translate("tls", "client key"), files.key)
        try:
            context.load_cert_chain(files.cert, files.key, password=_no_passphrase)
        except _KeyNeedsPassphrase:
            raise ConnectFailure(
                ConnectKind.TLS,
                translate(
                    "tls",
                    "the client key {key} is encrypted with a passphrase: give a key without one (openssl pkey -in {key} -out client-key.pem)",
                ).format(key=files.key),
                translate("tls", "client key has a passphrase"),
            ) from None
        except ssl.SSLError as err:
            if err.reason == "KEY_VALUES_MISMATCH":
                raise ConnectFailure(
                    ConnectKind.TLS,
                    translate(
                        "tls",
                        "the client key {key} does not match the client certificate {cert}: give the key the certificate was made for",
                    ).format(key=files.key, cert=files.cert),
                    translate("tls", "key does not match certificate"),
                ) from None
            raise ConnectFailure(
                ConnectKind.TLS,
                translate(
                    "tls",
                    "the client certificate {cert} or its key {key} is not a PEM certificate and key ({v2})",
                ).format(cert=files.cert, key=files.key, v2=err.reason or err),
                translate("tls", "client certificate unusable"),
            ) from None
        except OSError as err:
            raise _file_failure(
                translate("tls", "client certificate or key"), files.cert, err
            ) from None
    return context


async def tls_channel(endpoint: Endpoint, files: TlsFiles) -> TlsChannel:
    """The channel for `endpoint` (a `tls:` endpoint) with `files`, the files read in a
    worker thread. Raises ConnectFailure as load_context() does."""
    assert endpoint.host is not None
    context = await asyncio.to_thread(load_context, files)
    return TlsChannel(context, endpoint.host, files)


async def _connect(endpoint: Endpoint) -> socket.socket:
    assert endpoint.host is not None and endpoint.port is not None
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(endpoint.host, endpoint.port, type=socket.SOCK_STREAM)
    family, _, _, _, address = infos[0]
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setblocking(False)
    try:
        await loop.sock_connect(sock, address)
    except BaseException:
        sock.close()
        raise
    return sock


async def server_certificate(endpoint: Endpoint) -> bytes | None:
    """The certificate (DER) a TLS server at `endpoint` presents, read by a handshake
    that trusts anything; None when no TLS server answers within PROBE_TIMEOUT_S.
    Never raises."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    writer: asyncio.StreamWriter | None = None
    try:
        async with asyncio.timeout(PROBE_TIMEOUT_S):
            sock = await _connect(endpoint)
            _, writer = await asyncio.open_connection(
                sock=sock, ssl=context, server_hostname=endpoint.host
            )
            ssl_object = writer.get_extra_info("ssl_object")
            return ssl_object.getpeercert(binary_form=True) if ssl_object else None
    except (OSError, TimeoutError, EOFError, ValueError):
        return None
    finally:
        if writer is not None:
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()


async def greets_plain(endpoint: Endpoint) -> bool:
    """Whether a plain (non-TLS) QMP greeting comes from `endpoint` within
    PROBE_TIMEOUT_S. Never raises."""
    sock: socket.socket | None = None
    try:
        async with asyncio.timeout(PROBE_TIMEOUT_S):
            sock = await _connect(endpoint)
            first = await asyncio.get_running_loop().sock_recv(sock, 32)
            # A pretty-printing monitor (pretty=on) spreads `{"QMP":` over lines.
            return re.sub(rb"\s", b"", first).startswith(b'{"QMP"')
    except (OSError, TimeoutError):
        return False
    finally:
        if sock is not None:
            sock.close()
