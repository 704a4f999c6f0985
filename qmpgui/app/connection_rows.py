"""The libvirt connections of the VM list: each connection's row, and a session per
domain under it, made and removed as libvirt defines and undefines domains.

The fleet owns this; the model shows it. A domain's session is a VmSession on the
domain endpoint `URI#NAME` (its worker is the connection's, shared through
virt/hub.py), never saved: the connection is what the configuration keeps.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import QObject

from qmpgui.app.messages import Say
from qmpgui.i18n import translate
from qmpgui.log.entry import Level
from qmpgui.models import VmListModel
from qmpgui.qmp import Endpoint
from qmpgui.session import ConnState, VmSession
from qmpgui.session.libvirt_connection import LibvirtConnection
from qmpgui.session.tasks import TaskSet


class ConnectionRows:
    """Adds, connects, disconnects and removes libvirt connections in `model`.

    `make_session(name, endpoint)` makes (and has the log watch) a domain's session,
    not yet in the model; `dispose(session)` disconnects and deletes one that left it.
    """

    def __init__(
        self,
        model: VmListModel,
        make_session: Callable[[str, str], VmSession],
        dispose: Callable[[VmSession], None],
        say: Say,
        parent: QObject,
    ) -> None:
        self.model = model
        self._make_session = make_session
        self._dispose = dispose
        self._say = say
        self._parent = parent
        self.tasks = TaskSet()

    def find(self, uri: str) -> LibvirtConnection | None:
        """The connection of `uri` in the list; None when it has none."""
        return next((c for c in self.model.connections if c.uri == uri), None)

    def connection_of(self, session: VmSession) -> LibvirtConnection | None:
        """The connection `session` is a domain of; None for a plain endpoint's."""
        for connection in self.model.connections:
            if session in self.model.domain_sessions(connection):
                return connection
        return None

    def add(self, uri: str, autoconnect: bool, transient: bool) -> LibvirtConnection:
        """A row for the connection `uri` (a URI parse_connection_uri() accepted), not
        connected yet; the connection."""
        connection = LibvirtConnection(
            uri, autoconnect=autoconnect, transient=transient, parent=self._parent
        )
        connection.message.connect(self._say)
        connection.domainsAdded.connect(functools.partial(self._domains_added, connection))
        connection.domainRemoved.connect(functools.partial(self._domain_removed, connection))
        self.model.add_connection(connection)
        return connection

    def connect(self, connection: LibvirtConnection) -> None:
        """Open the connection and connect its domains' sessions."""
        if connection.can_connect:
            connection.connect_conn()
        for session in self.model.domain_sessions(connection):
            if session.can_connect:
                session.connect_vm()

    def disconnect(self, connection: LibvirtConnection) -> None:
        """Let go of the connection and its domains (they stay listed as last known)."""
        connection.disconnect_conn()
        for session in self.model.domain_sessions(connection):
            session.disconnect_vm(quiet=True)
        self._say(
            Level.INFO,
            translate("ConnectionRows", "{uri}: disconnected by the user").format(
                uri=connection.uri
            ),
        )

    def remove(self, connection: LibvirtConnection) -> None:
        """Take the connection and its domains off the list (libvirt keeps them)."""
        sessions = self.model.domain_sessions(connection)
        self.model.remove(connection)
        for session in sessions:
            self._dispose(session)
        self.tasks.spawn(self._close(connection), finish=True)

    async def _close(self, connection: LibvirtConnection) -> None:
        await connection.aclose()
        connection.deleteLater()

    async def aclose(self) -> None:
        """Close every connection (their domains' sessions are the fleet's to close)."""
        await self.tasks.aclose()
        for connection in self.model.connections:
            await connection.aclose()

    # -- libvirt's domains ------------------------------------------------------------

    def _domains_added(self, connection: LibvirtConnection, names: list[str]) -> None:
        sessions = [
            self._make_session(
                name, str(Endpoint(scheme="libvirt", uri=connection.uri, domain=name))
            )
            for name in names
        ]
        if connection.state is not ConnState.DISCONNECTED:
            # Connecting before the rows exist: they come in saying so, not each
            # repainted again right after (a layout of the list per row).
            for session in sessions:
                session.connect_vm()
        self.model.add_domains(connection, sessions)  # one insertion: the view lays out once

    def _domain_removed(self, connection: LibvirtConnection, name: str) -> None:
        for session in self.model.domain_sessions(connection):
            if session.configured_name == name:
                # Not the user's Disconnect: its words ("disconnected by the user") would
                # stand in the status bar for what libvirt did.
                session.disconnect_vm(quiet=True)
                self.model.remove(session)
                self._dispose(session)
                self._say(
                    Level.INFO,
                    translate(
                        "ConnectionRows",
                        "{uri}: domain {name} was undefined in libvirt; removed from the list",
                    ).format(uri=connection.uri, name=name),
                )
