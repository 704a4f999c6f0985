"""Where an endpoint points, as one key: relative paths read against a folder
(`resolve_endpoint`), and the key two spellings of one endpoint share (`endpoint_key`),
for lists that must not hold a VM twice."""

from __future__ import annotations

import ipaddress
import os
import re

from qmpgui.i18n import translate
from qmpgui.qmp.endpoint import (
    SCHEME,
    Endpoint,
    EndpointError,
    has_prefix,
    parse_endpoint,
    shown_text,
    without_qemu_options,
)


def current_folder() -> str:
    """The folder relative endpoints are read against: the process's current folder,
    or "/" when that has been removed (then only absolute paths and TCP work)."""
    try:
        return os.getcwd()
    except OSError:
        return "/"


def resolve_endpoint(text: str, cwd: str) -> str:
    """The endpoint `text` as it is kept and connected to, whatever the folder later.

    A unix socket path that is relative is made absolute against the folder `cwd`. A
    name with no `/` that exists there is a path too: `db1`, and `a:1` (the address
    a:1 is written `tcp:a:1` then). Every other endpoint comes back as typed, stripped,
    without QEMU's socket options (`,server=on`). Looks in `cwd` for a bare name
    (blocking: call it before the loop runs, or in a worker thread). Raises
    EndpointError as parse_endpoint() does; a bare name that is not in `cwd` says so.
    """
    name = without_qemu_options(text.strip())
    try:
        endpoint = parse_endpoint(name)
    except EndpointError:
        if not name or SCHEME.match(name) or ":" in name:
            raise
        if not os.path.lexists(os.path.join(cwd, name)):
            raise EndpointError(
                translate(
                    "endpoint",
                    "'{v0}': not an endpoint, and {cwd} has nothing of that name; use a socket path (/run/vm.qmp, ./vm.sock) or tcp:HOST:PORT",
                ).format(v0=shown_text(name), cwd=cwd)
            ) from None
        endpoint = Endpoint(path=name)
    if endpoint.path is None and _is_file_here(name, cwd):
        endpoint = Endpoint(path=name)  # an existing path is a path, even a:1
    if endpoint.path is None or endpoint.scheme or os.path.isabs(endpoint.path):
        return name
    return os.path.normpath(os.path.join(cwd, endpoint.path))


def _is_file_here(text: str, cwd: str) -> bool:
    """Whether `text`, read as HOST:PORT without an explicit `tcp:`, names something in
    the folder `cwd` instead: a socket named `a:1`. Blocking."""
    name = text.rstrip("/")
    if has_prefix(name, "tcp:") or has_prefix(name, "tls:") or "/" in name:
        return False
    try:
        return os.path.lexists(os.path.join(cwd, name))
    except ValueError:  # a name the OS refuses
        return False


def _path_key(path: str) -> str:
    """`path` with `//`, `/./`, `dir/..` and a trailing `/` taken out, made absolute
    against the current folder: the spellings of one path give one text."""
    path = re.sub("/+", "/", path)
    try:
        return os.path.abspath(path)
    except OSError:  # the current folder is gone
        return os.path.normpath(path)


def _host_key(host: str) -> str:
    """A host as one text: names in lower case, addresses in their shortest form, an
    IPv4 address mapped into IPv6 as the IPv4 address."""
    host = host.lower()
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return host.rstrip(".") or host
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return str(address.ipv4_mapped)
    return str(address)


def endpoint_key(text: str) -> str:
    """The canonical form, so the spellings of one endpoint compare equal; never raises.

    `/a.sock`, `unix:/a.sock`, `//a.sock`, `/a.sock/` and `/x/../a.sock` give one key, a
    relative path the key of its absolute path in the current folder; `tcp:LOCALHOST:1`
    and `localhost:1`, `[::1]:1` and `[0:0::1]:1` one each. Symbolic links are not
    followed (that needs the file system: see qmpgui.host.sockets). Text that is no
    endpoint comes back stripped, as typed.
    """
    try:
        endpoint = parse_endpoint(text)
    except EndpointError:
        return text.strip()
    if endpoint.is_domain:
        return str(endpoint)
    if endpoint.scheme == "ssh":
        assert endpoint.host is not None
        return str(
            Endpoint(endpoint.path, _host_key(endpoint.host), endpoint.port, "ssh", endpoint.user)
        )
    if endpoint.path is not None:
        return f"unix:{_path_key(endpoint.path)}"
    assert endpoint.host is not None
    host = _host_key(endpoint.host)
    scheme = endpoint.scheme or "tcp"  # tls:H:P and tcp:H:P are two monitors
    return (
        f"{scheme}:[{host}]:{endpoint.port}" if ":" in host else f"{scheme}:{host}:{endpoint.port}"
    )
