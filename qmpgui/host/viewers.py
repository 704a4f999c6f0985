"""Remote display clients: which are installed, and how to point one at a VM.

No Qt here: the display pane starts the chosen command detached.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass

from qmpgui.qmp.display import WILDCARD_HOSTS
from qmpgui.qmp.endpoint import Endpoint

#: Finds a program by name, like shutil.which: its path, or None.
Which = Callable[[str], str | None]


@dataclass(frozen=True, slots=True)
class Viewer:
    """A display client: its program name, the protocols it speaks, how it takes an address."""

    name: str
    #: "vnc", "spice", and "unix" (VNC on a unix socket).
    protocols: frozenset[str]
    #: "uri": vnc://host:port; "double-colon": host::port (the vncviewer family).
    style: str
    #: The program's path; "" in KNOWN_VIEWERS, set by find_viewers().
    path: str = ""

    def argv(self, protocol: str, host: str, port: str) -> list[str]:
        """The command line that points this viewer at `host` and `port` over `protocol`.

        For "unix", `host` is the socket's path and `port` is unused. An IPv6 host is
        bracketed.
        """
        if protocol == "unix":  # a VNC server on a unix socket
            return [self.path, f"vnc+unix://{host}"]
        bracketed = f"[{host}]" if ":" in host else host
        if self.style == "double-colon":
            return [self.path, f"{bracketed}::{port}"]
        return [self.path, f"{protocol}://{bracketed}:{port}"]


#: In order of preference.
KNOWN_VIEWERS = (
    Viewer("remote-viewer", frozenset({"vnc", "spice", "unix"}), "uri"),
    Viewer("vncviewer", frozenset({"vnc"}), "double-colon"),
    Viewer("xtightvncviewer", frozenset({"vnc"}), "double-colon"),
    Viewer("xvnc4viewer", frozenset({"vnc"}), "double-colon"),
    Viewer("krdc", frozenset({"vnc"}), "uri"),
    Viewer("vinagre", frozenset({"vnc", "spice"}), "uri"),
)

INSTALL_HINT = (
    "install remote-viewer (package virt-viewer) or a VNC viewer such as "
    "TigerVNC's vncviewer (package tigervnc-viewer)"
)


def find_viewers(protocol: str, which: Which = shutil.which) -> list[Viewer]:
    """The installed viewers that speak `protocol`, in order of preference, with paths."""
    found = []
    for viewer in KNOWN_VIEWERS:
        path = which(viewer.name) if protocol in viewer.protocols else None
        if path:
            found.append(Viewer(viewer.name, viewer.protocols, viewer.style, path))
    return found


class NoRoute(Exception):
    """The display cannot be reached from here; the message says why."""


def _loopback(host: str) -> bool:
    return host in ("localhost", "::1") or host.startswith("127.")


def connect_host(listen_host: str, endpoint: Endpoint | None) -> str:
    """Where a client on this machine connects to reach a display listening on `listen_host`.

    `endpoint` is the VM's QMP endpoint (None: local). A wildcard listener is reached at
    the QMP host of a remote VM, else at loopback. Raises NoRoute when a remote VM's
    display listens on its own loopback only.
    """
    remote = endpoint is not None and not endpoint.is_local
    if listen_host in WILDCARD_HOSTS:
        if remote and endpoint is not None and endpoint.host:
            return endpoint.host
        return "::1" if ":" in listen_host else "127.0.0.1"
    if remote and _loopback(listen_host):
        raise NoRoute(
            f"the display listens on {listen_host} of the remote host only; "
            "reach it through an SSH tunnel"
        )
    return listen_host
