"""The migrations between VMs of the list: which VM listens at a URI, and which VM's
migration goes to a destination, so that a destination can show its source's figures
(QEMU gives none on the destination's side) and a URI typed where a VM of the list
listens counts as a migration to that VM."""

from __future__ import annotations

import weakref
from typing import Protocol

from qmpgui.qmp.migration_options import MigrateRequest
from qmpgui.session.topic_state import MigrationState
from qmpgui.session.vm_session import VmSession


class Peer(Protocol):
    """A session's migrations as this module reads them (session/migration.py's
    Migrations)."""

    @property
    def session(self) -> VmSession:
        """The VM."""

    @property
    def request(self) -> MigrateRequest | None:
        """The migration qmpgui started from this VM, None for another client's."""

    @property
    def destination(self) -> VmSession | None:
        """The VM of the list that migration goes to, when known."""

    @property
    def state(self) -> MigrationState:
        """The VM's migration state."""

    def listening(self) -> tuple[str, ...]:
        """The URIs this VM waits for a migration at."""


#: Every session's migrations (Migrations adds itself).
PEERS: weakref.WeakSet[Peer] = weakref.WeakSet()
#: Hosts that name this host's every address or its loopback, for source_of().
_ANY_HOST = frozenset({"0.0.0.0", "[::]", "::", "127.0.0.1", "localhost", "[::1]"})


def same_endpoint(uri: str, listening: str) -> bool:
    """Whether a migration to `uri` reaches a QEMU listening at `listening` (both
    "tcp:HOST:PORT" or "unix:PATH"): the same text, or the same TCP port with hosts of
    this machine."""
    if uri == listening:
        return True
    if not (uri.startswith("tcp:") and listening.startswith("tcp:")):
        return False
    host, _, port = uri[4:].rpartition(":")
    there, _, there_port = listening[4:].rpartition(":")
    return port == there_port and (host == there or {host, there} <= _ANY_HOST)


def listening_at(uri: str) -> VmSession | None:
    """The VM of the list (plain QMP, in inmigrate) that listens at `uri`, or None."""
    for peer in list(PEERS):
        session = peer.session
        if session.domain is not None or session.run_status != "inmigrate":
            continue
        if any(same_endpoint(uri, at) for at in peer.listening()):
            return session
    return None


def source_of(destination: VmSession) -> VmSession | None:
    """The VM of the list whose migration under way, started by qmpgui, goes to
    `destination`: chosen as its destination, or sent to a URI where it listens; None
    when not known (another client's migration, or a source not in the list)."""
    peers = list(PEERS)
    listening = next((p.listening() for p in peers if p.session is destination), ())
    for peer in peers:
        request = peer.request
        if peer.session is destination or request is None or not peer.state.info.active:
            continue
        if peer.destination is destination or any(
            same_endpoint(request.uri, at) for at in listening
        ):
            return peer.session
    return None
