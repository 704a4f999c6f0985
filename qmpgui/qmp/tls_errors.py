"""Why a connection to a QMP monitor over TLS failed, in one sentence each: a server
certificate not trusted, expired or for another name, a client certificate missing or
refused, a plain monitor behind a `tls:` endpoint and a TLS one behind `tcp:`."""

from __future__ import annotations

import ssl
from datetime import datetime

from cryptography import x509
from qemu.qmp import ConnectError
from qemu.qmp.qmp_client import GreetingError, NegotiationError

from qmpgui.i18n import translate
from qmpgui.qmp.endpoint import Endpoint
from qmpgui.qmp.errors import ConnectFailure, ConnectKind, describe_connect_error
from qmpgui.qmp.tls import TlsFiles, greets_plain, server_certificate

#: OpenSSL's verify codes (X509_V_ERR_*) that the sentences below tell apart.
_NOT_YET_VALID = 9
_EXPIRED = 10
_HOSTNAME_MISMATCH = 62
_IP_MISMATCH = 64
#: Reasons OpenSSL gives when what came back is not TLS at all.
_NOT_TLS = frozenset(
    {
        "WRONG_VERSION_NUMBER",
        "PACKET_LENGTH_TOO_LONG",
        "HTTP_REQUEST",
        "RECORD_LAYER_FAILURE",
        "UNKNOWN_PROTOCOL",
        "RECORD_LENGTH_MISMATCH",
    }
)


def validity(der: bytes) -> tuple[datetime, datetime] | None:
    """The notBefore and notAfter times (UTC) of an X.509 certificate in DER; None when
    `der` is not one. Never raises. (cryptography's reader: ssl gives the dates of a
    certificate only once it is trusted, and an expired one never is.)"""
    try:
        certificate = x509.load_der_x509_certificate(der)
    except ValueError:
        return None
    return certificate.not_valid_before_utc, certificate.not_valid_after_utc


def _when(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def _innermost(err: BaseException) -> BaseException:
    inner = err
    while isinstance(inner, ConnectError | GreetingError | NegotiationError):
        inner = inner.exc
    return inner


def plain_server(endpoint: Endpoint) -> ConnectFailure:
    """A `tls:` endpoint where a QMP monitor without TLS greets."""
    return ConnectFailure(
        ConnectKind.TLS,
        translate(
            "tls_errors",
            "{host}:{port} is a plain QMP monitor, without TLS: connect to tcp:{v2}:{port}, or give QEMU's monitor chardev tls-creds",
        ).format(host=endpoint.host, port=endpoint.port, v2=_host(endpoint)),
        translate("tls_errors", "plain QMP, not TLS"),
    )


def tls_server(endpoint: Endpoint) -> ConnectFailure:
    """A `tcp:` endpoint where a TLS server answers (a monitor chardev with tls-creds)."""
    return ConnectFailure(
        ConnectKind.TLS,
        translate(
            "tls_errors",
            "{host}:{port} is a QMP monitor over TLS (it waits for a TLS handshake, not sending a greeting): connect to tls:{v2}:{port}",
        ).format(host=endpoint.host, port=endpoint.port, v2=_host(endpoint)),
        translate("tls_errors", "a TLS monitor"),
    )


def _host(endpoint: Endpoint) -> str:
    host = endpoint.host or ""
    return f"[{host}]" if ":" in host else host


async def _verify_failure(
    err: ssl.SSLCertVerificationError, endpoint: Endpoint, files: TlsFiles
) -> ConnectFailure:
    where = translate("tls_errors", "the server's certificate ({host}:{port})").format(
        host=endpoint.host, port=endpoint.port
    )
    code = err.verify_code
    if code in (_EXPIRED, _NOT_YET_VALID):
        der = await server_certificate(endpoint)
        dates = validity(der) if der is not None else None
        if code == _EXPIRED:
            on = translate("tls_errors", " on {v0}").format(v0=_when(dates[1])) if dates else ""
            return ConnectFailure(
                ConnectKind.TLS,
                translate(
                    "tls_errors", "{where} expired{on}: QEMU needs a new server-cert.pem"
                ).format(where=where, on=on),
                translate("tls_errors", "certificate expired"),
            )
        on = translate("tls_errors", " before {v0}").format(v0=_when(dates[0])) if dates else " yet"
        return ConnectFailure(
            ConnectKind.TLS,
            translate(
                "tls_errors", "{where} is not valid{on}: check this machine's clock and QEMU's"
            ).format(where=where, on=on),
            translate("tls_errors", "certificate not yet valid"),
        )
    if code in (_HOSTNAME_MISMATCH, _IP_MISMATCH):
        return ConnectFailure(
            ConnectKind.TLS,
            translate(
                "tls_errors",
                "{where} is not made out to '{host}': connect by a name or address its subjectAltName lists, or make it anew for this one",
            ).format(where=where, host=endpoint.host),
            translate("tls_errors", "name mismatch"),
        )
    return ConnectFailure(
        ConnectKind.TLS,
        translate(
            "tls_errors",
            "{where} is not trusted: it is not signed by {trusted} ({verify_message}); give the CA certificate that signed QEMU's server-cert.pem",
        ).format(where=where, trusted=files.trusted, verify_message=err.verify_message),
        translate("tls_errors", "certificate not trusted"),
    )


def _client_certificate_failure(files: TlsFiles) -> ConnectFailure:
    if not files.cert:
        return ConnectFailure(
            ConnectKind.TLS,
            translate(
                "tls_errors",
                "the server asks for a client certificate (QEMU's verify-peer=on) and none was given: give a client certificate and its key, signed by the CA QEMU trusts",
            ),
            translate("tls_errors", "client certificate required"),
        )
    return ConnectFailure(
        ConnectKind.TLS,
        translate(
            "tls_errors",
            "the server refused the client certificate {cert}: it is not signed by the CA QEMU trusts (ca-cert.pem in its tls-creds-x509 dir), or has expired",
        ).format(cert=files.cert),
        translate("tls_errors", "client certificate refused"),
    )


async def describe_tls_failure(
    err: BaseException, endpoint: Endpoint, files: TlsFiles
) -> ConnectFailure | None:
    """The sentence for what connecting to the `tls:` endpoint `endpoint` with `files`
    raised (`err`: qemu.qmp's ConnectError, an ssl.SSLError, EOFError, ...); None when
    TLS is not the cause (then errors.describe_connect_error() says it). May look at the
    server again (PROBE_TIMEOUT_S at most): for an expired certificate's date, and
    whether a plain monitor listens there. Never raises."""
    inner = _innermost(err)
    if isinstance(inner, ssl.SSLCertVerificationError):
        return await _verify_failure(inner, endpoint, files)
    if isinstance(inner, ssl.SSLError):
        reason = inner.reason or ""
        if reason in _NOT_TLS:
            if await greets_plain(endpoint):
                return plain_server(endpoint)
            return ConnectFailure(
                ConnectKind.TLS,
                translate(
                    "tls_errors",
                    "{host}:{port} does not speak TLS: it answered the handshake with something else ({v2})",
                ).format(
                    host=endpoint.host, port=endpoint.port, v2=reason.lower().replace("_", " ")
                ),
                translate("tls_errors", "not a TLS server"),
            )
        if "CERTIFICATE" in reason or "UNKNOWN_CA" in reason or "DECRYPT" in reason:
            return _client_certificate_failure(files)
        return ConnectFailure(
            ConnectKind.TLS,
            translate("tls_errors", "the TLS handshake with {host}:{port} failed: {v2}").format(
                host=endpoint.host, port=endpoint.port, v2=reason.lower().replace("_", " ") or inner
            ),
            translate("tls_errors", "TLS handshake failed"),
        )
    if isinstance(inner, EOFError | ConnectionResetError):
        # QEMU ends a connection whose client certificate it did not accept right after
        # the handshake, without an alert: the greeting never comes.
        return _client_certificate_failure(files)
    return None


async def describe_failure(
    err: BaseException, endpoint: Endpoint, files: TlsFiles
) -> ConnectFailure:
    """The sentence for a failed connection to `endpoint`: on a `tls:` endpoint TLS's
    own (describe_tls_failure()) where TLS is the cause, else describe_connect_error()'s.
    Never raises."""
    if endpoint.scheme == "tls":
        failure = await describe_tls_failure(err, endpoint, files)
        if failure is not None:
            return failure
    return describe_connect_error(err, endpoint)
