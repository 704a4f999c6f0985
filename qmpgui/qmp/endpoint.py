"""QMP endpoint strings: what the user types, what the socket layer needs."""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass


class EndpointError(ValueError):
    """An endpoint string that cannot be understood; the message is for the user."""


@dataclass(frozen=True, slots=True)
class Endpoint:
    """A unix socket path or a TCP host and port; made by parse_endpoint().

    Exactly one form is set: `path` (with `~` expanded), or `host` (an IPv6 address
    without brackets) and `port` (1 to 65535). str() gives the canonical text,
    `unix:PATH` or `tcp:HOST:PORT`.
    """

    path: str | None = None
    host: str | None = None
    port: int | None = None

    @property
    def is_unix(self) -> bool:
        """True for a unix socket path, False for TCP."""
        return self.path is not None

    @property
    def address(self) -> str | tuple[str, int]:
        """The address in the form qemu.qmp's connect() takes: a path, or (host, port)."""
        if self.path is not None:
            return self.path
        assert self.host is not None and self.port is not None
        return (self.host, self.port)

    @property
    def is_local(self) -> bool:
        """True when QEMU runs on this host (a unix socket or a loopback address)."""
        if self.path is not None:
            return True
        host = (self.host or "").lower()
        if host.startswith("::ffff:"):
            host = host[len("::ffff:") :]
        local_names = {"localhost", "::1", "0.0.0.0", "::", socket.gethostname().lower()}
        return host in local_names or host.startswith("127.")

    def __str__(self) -> str:
        if self.path is not None:
            return f"unix:{self.path}"
        host = f"[{self.host}]" if self.host and ":" in self.host else self.host
        return f"tcp:{host}:{self.port}"


def _parse_port(text: str, original: str) -> int:
    # `original` is the whole endpoint as typed, for the message.
    if not text.isdigit():
        raise EndpointError(f"'{original}': the port must be a number, not '{text}'")
    port = int(text)
    if not 1 <= port <= 65535:
        raise EndpointError(f"'{original}': the port must be between 1 and 65535")
    return port


def _parse_host_port(text: str, original: str) -> Endpoint:
    if text.startswith("["):
        close = text.find("]")
        if close < 0 or not text[close + 1 :].startswith(":"):
            raise EndpointError(f"'{original}': write an IPv6 address as [ADDRESS]:PORT")
        host, port_text = text[1:close], text[close + 2 :]
    else:
        host, sep, port_text = text.rpartition(":")
        if not sep or not host:
            raise EndpointError(f"'{original}': expected HOST:PORT")
        if ":" in host:
            raise EndpointError(f"'{original}': write an IPv6 address as [ADDRESS]:PORT")
    if not host:
        raise EndpointError(f"'{original}': the host is empty")
    return Endpoint(host=host, port=_parse_port(port_text, original))


def endpoint_key(text: str) -> str:
    """The canonical form, so `/a.sock` and `unix:/a.sock` compare equal; never raises.

    Text that is no endpoint comes back stripped, as typed.
    """
    try:
        return str(parse_endpoint(text))
    except EndpointError:
        return text.strip()


def parse_endpoint(text: str) -> Endpoint:
    """Parse `/path`, `unix:/path`, `tcp:HOST:PORT`, `HOST:PORT` or `[v6]:PORT`.

    Text with a `/` (or starting with `~` or `.`) is a path; `~` is expanded. Raises
    EndpointError, with a sentence for the user, for anything else.
    """
    original = text
    text = text.strip()
    if not text:
        raise EndpointError("the endpoint is empty: give a socket path or HOST:PORT")
    if text.startswith("unix:"):
        path = text[len("unix:") :]
        if not path:
            raise EndpointError(f"'{original}': the socket path is empty")
        return Endpoint(path=os.path.expanduser(path))
    if text.startswith("tcp:"):
        return _parse_host_port(text[len("tcp:") :], original)
    if text.startswith(("/", "~", ".")) or "/" in text:
        return Endpoint(path=os.path.expanduser(text))
    if ":" in text:
        return _parse_host_port(text, original)
    raise EndpointError(
        f"'{original}': not an endpoint; use a socket path (/run/vm.qmp, unix:/run/vm.qmp) "
        "or tcp:HOST:PORT"
    )
