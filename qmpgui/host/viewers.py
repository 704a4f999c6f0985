"""Remote display clients: which are installed, what each opens, and how to point one at
a VM's display.

No Qt here: the display pane starts the chosen command detached. What each viewer takes
comes from its own sources: remote-viewer (virt-viewer 11) hands `spice://`,
`spice+tls://` and `spice+unix://` URIs to spice-gtk, and opens VNC only by host and
port (its VNC session ignores a `vnc+unix://` path); TigerVNC's vncviewer takes
`host::port`, or a unix socket's path (any server name with a "/"), and speaks
VeNCrypt; gtk-vnc (remote-viewer, vinagre) speaks VeNCrypt too. None of them speaks VNC
over a websocket: that is for web clients such as noVNC.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, replace

from qmpgui.i18n import marked, translate
from qmpgui.qmp.display import WILDCARD_HOSTS, Listener, Transport
from qmpgui.qmp.endpoint import Endpoint

#: Finds a program by name, like shutil.which: its path, or None.
Which = Callable[[str], str | None]

#: What a viewer may open: "vnc" and "spice" over TCP, with "+tls" (VeNCrypt, SPICE's
#: TLS port) and "+unix" (a unix socket).
Kind = str


def kind_of(listener: Listener) -> Kind:
    """What opening `listener` asks of a viewer: "vnc", "vnc+tls", "vnc+unix",
    "spice+tls", ... ("websocket" for a VNC websocket, which no viewer here opens)."""
    if listener.transport is Transport.WEBSOCKET:
        return "websocket"
    kind = listener.protocol.lower()
    if listener.transport is Transport.UNIX:
        return f"{kind}+unix"
    return f"{kind}+tls" if listener.tls else kind


@dataclass(frozen=True, slots=True)
class Viewer:
    """A display client: its program name, what it opens, how it takes an address."""

    name: str
    #: The kinds it opens (see kind_of()).
    kinds: frozenset[Kind]
    #: "uri": vnc://host:port, spice://host:port; "double-colon": host::port, or a unix
    #: socket's path (the vncviewer family).
    style: str
    #: The program's path; "" in KNOWN_VIEWERS, set by find_viewers().
    path: str = ""

    def argv(self, listener: Listener, host: str) -> list[str]:
        """The command line that points this viewer at `listener`, reached at `host` (see
        reach(): the address to connect to, or a unix socket's path). An IPv6 host is
        bracketed."""
        if listener.transport is Transport.UNIX:
            path = listener.path or host
            if self.style == "double-colon":
                return [self.path, path]
            return [self.path, f"{listener.protocol.lower()}+unix://{path}"]
        bracketed = f"[{host}]" if ":" in host else host
        if self.style == "double-colon":
            return [self.path, f"{bracketed}::{listener.port}"]
        scheme = listener.protocol.lower()
        if scheme == "spice" and listener.tls:
            scheme = "spice+tls"  # spice-gtk's URI for a TLS port
        return [self.path, f"{scheme}://{bracketed}:{listener.port}"]


def _kinds(*kinds: Kind) -> frozenset[Kind]:
    return frozenset(kinds)


#: In order of preference.
KNOWN_VIEWERS = (
    Viewer("remote-viewer", _kinds("vnc", "vnc+tls", "spice", "spice+tls", "spice+unix"), "uri"),
    Viewer("vncviewer", _kinds("vnc", "vnc+tls", "vnc+unix"), "double-colon"),
    # TigerVNC's own name on Debian, where vncviewer is an alternative.
    Viewer("xtigervncviewer", _kinds("vnc", "vnc+tls", "vnc+unix"), "double-colon"),
    Viewer("xtightvncviewer", _kinds("vnc"), "double-colon"),
    Viewer("xvnc4viewer", _kinds("vnc"), "double-colon"),
    Viewer("krdc", _kinds("vnc"), "uri"),
    Viewer("vinagre", _kinds("vnc", "vnc+tls", "spice"), "uri"),
)

INSTALL_HINT = marked(
    "viewers",
    "install remote-viewer (package virt-viewer) or a VNC viewer such as TigerVNC's vncviewer (package tigervnc-viewer)",
)


def install_hint(kind: Kind) -> str:
    """What to install to open `kind` (see kind_of()), as a clause."""
    if kind == "vnc+unix":
        return translate(
            "viewers",
            "install TigerVNC's vncviewer (package tigervnc-viewer), which opens a unix socket",
        )
    if kind.startswith("spice"):
        return translate("viewers", "install remote-viewer (package virt-viewer)")
    return translate("viewers", INSTALL_HINT)


def find_viewers(kind: Kind, which: Which = shutil.which) -> list[Viewer]:
    """The installed viewers that open `kind` (see kind_of()), in order of preference,
    with paths. A program installed under another viewer's name (vncviewer as a link to
    xtightvncviewer) opens what the program it runs opens; one program is listed once."""
    by_name = {viewer.name: viewer for viewer in KNOWN_VIEWERS}
    found: list[Viewer] = []
    programs: set[str] = set()
    for viewer in KNOWN_VIEWERS:
        path = which(viewer.name)
        if not path:
            continue
        real = os.path.realpath(path)
        actual = by_name.get(os.path.basename(real), viewer)
        if kind in actual.kinds and real not in programs:
            programs.add(real)
            found.append(replace(viewer, kinds=actual.kinds, style=actual.style, path=path))
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
            translate(
                "viewers",
                "the display listens on {listen_host} of the remote host only; reach it through an SSH tunnel",
            ).format(listen_host=listen_host)
        )
    return listen_host


def reach(listener: Listener, endpoint: Endpoint | None) -> str:
    """Where a client on this machine reaches `listener`: the host to connect to (see
    connect_host()), or a unix socket's path. Raises NoRoute when it cannot: a unix
    socket of a remote VM's host, a remote VM's loopback, or a listener with no port."""
    if listener.transport is Transport.UNIX:
        if endpoint is not None and not endpoint.is_local:
            raise NoRoute(
                translate(
                    "viewers",
                    "the display is the unix socket {path} on {host}; reach it through an SSH tunnel (ssh -L LOCAL.sock:{path} {host})",
                ).format(path=listener.path, host=endpoint.host)
            )
        if not listener.path:
            raise NoRoute(translate("viewers", "QEMU reports a unix socket without its path"))
        return listener.path
    if not listener.port:
        raise NoRoute(translate("viewers", "QEMU reports no port to connect to"))
    return connect_host(listener.host or "", endpoint)
