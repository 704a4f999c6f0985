"""What the path a user typed is: a socket, a folder, a file, nothing yet.

Everything here reads the file system (stat, realpath), which can hang on a network
mount: call it from a worker thread, never the window's. The usual places and the sockets
in them are qmpgui.host.places'.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum

from qmpgui.i18n import marked, translate
from qmpgui.qmp.endpoint import EndpointError, parse_endpoint
from qmpgui.qmp.endpoint_keys import endpoint_key, resolve_endpoint

#: The longest unix socket path Linux takes, in bytes (sun_path holds 108 with its NUL).
MAX_SOCKET_PATH = 107


class PathKind(StrEnum):
    """What is at a path."""

    SOCKET = "socket"
    MISSING = "missing"
    FOLDER = "folder"
    #: A regular file, a device, a pipe: something that is not a socket.
    FILE = "file"
    #: The path cannot be looked at (no permission on a folder on the way).
    HIDDEN = "hidden"


def path_kind(path: str) -> PathKind:
    """What is at `path` (symbolic links followed). Never raises."""
    try:
        mode = os.stat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):  # a file where a folder should be too
        return PathKind.MISSING
    except OSError:  # no permission on a folder on the way, a loop of links, ...
        return PathKind.HIDDEN
    if stat.S_ISSOCK(mode):
        return PathKind.SOCKET
    if stat.S_ISDIR(mode):
        return PathKind.FOLDER
    return PathKind.FILE


_WARNINGS = {
    PathKind.MISSING: marked(
        "sockets", "no socket there yet: qmpgui keeps trying once the VM starts"
    ),
    PathKind.FOLDER: marked(
        "sockets", "this is a folder: choose the socket in it (Browse…, or the list below)"
    ),
    PathKind.FILE: marked(
        "sockets",
        "this is a file, not a socket: no QEMU listens there yet (QEMU makes the socket when it starts)",
    ),
    PathKind.HIDDEN: marked(
        "sockets",
        "qmpgui cannot look there (no permission on a folder on the way?): it is kept as typed",
    ),
}


@dataclass(frozen=True, slots=True)
class EndpointCheck:
    """What the Add VM dialog says of an endpoint.

    `endpoint` is the text to keep (a relative path made absolute), None when refused;
    `refusal` why the endpoint cannot be added; `warning` what may be wrong but need
    not be (no socket there yet); `kind` what is at a unix socket's path (None for TCP
    and refused text); `folder` the folder the path is in, or is.
    """

    endpoint: str | None
    refusal: str | None = None
    warning: str | None = None
    kind: PathKind | None = None
    folder: str | None = None


def _real(text: str, cwd: str) -> str | None:
    """The real path of the unix socket endpoint `text` (symbolic links resolved), None
    for TCP or text that is no endpoint."""
    try:
        endpoint = parse_endpoint(resolve_endpoint(text, cwd))
    except EndpointError:
        return None
    return os.path.realpath(endpoint.path) if endpoint.is_unix and endpoint.path else None


def check_endpoint(text: str, cwd: str, taken: Collection[str] = ()) -> EndpointCheck:
    """Check the endpoint `text` a user typed, relative paths against the folder `cwd`:
    refused when it is no endpoint, a socket path too long for Linux, or already one of
    `taken` (also through a symbolic link, as /var/run/x.qmp is /run/x.qmp), warned about
    when no socket is there (yet).
    Blocking; never raises."""
    try:
        kept = resolve_endpoint(text, cwd)
        endpoint = parse_endpoint(kept)
    except EndpointError as err:
        return EndpointCheck(None, refusal=str(err))
    key = endpoint_key(kept)
    if any(endpoint_key(t) == key for t in taken):
        return EndpointCheck(
            None, refusal=translate("sockets", "This endpoint is already in the list.")
        )
    if endpoint.path is None or not endpoint.is_unix:
        return EndpointCheck(kept)  # TCP, or a socket on another host (ssh://): not here
    size = len(os.fsencode(endpoint.path))
    if size > MAX_SOCKET_PATH:
        return EndpointCheck(
            None,
            refusal=translate(
                "sockets",
                "this path is {size} bytes long: a unix socket's path has at most {MAX_SOCKET_PATH}, so neither QEMU nor qmpgui can use it; choose a shorter one",
            ).format(size=size, MAX_SOCKET_PATH=MAX_SOCKET_PATH),
        )
    real = os.path.realpath(endpoint.path)
    for other in taken:
        if _real(other, cwd) == real:
            return EndpointCheck(
                None,
                refusal=translate("sockets", "This socket is already in the list, as {v0}.").format(
                    v0=other.strip()
                ),
            )
    kind = path_kind(endpoint.path)
    folder = endpoint.path if kind is PathKind.FOLDER else os.path.dirname(endpoint.path)
    warning = translate("sockets", _WARNINGS[kind]) if kind in _WARNINGS else None
    return EndpointCheck(kept, warning=warning, kind=kind, folder=folder)
