"""The actions on the VM list itself: add, edit and remove VMs, add libvirt
connections, connect, disconnect and refresh the selected rows, with their dialogs.
The fleet does the work. The dialogs' modules load when one first opens: the window
shows sooner without them."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from qmpgui.app.fleet import Fleet
from qmpgui.i18n import translate
from qmpgui.session import ConnState
from qmpgui.session.libvirt_connection import LibvirtConnection
from qmpgui.session.selection import SelectedVms
from qmpgui.ui.qactions import enable, make_action
from qmpgui.ui.vm_spec import VmSpec

_Key = QKeySequence.StandardKey


class ListActions:
    """Add, Edit, Remove, Connect, Disconnect and Refresh, enabled by the selection."""

    def __init__(self, parent: QWidget, fleet: Fleet, selection: SelectedVms) -> None:
        self._parent = parent
        self.fleet = fleet
        self.selection = selection
        #: The libvirt connections' rows selected (the window says which).
        self.connections: list[LibvirtConnection] = []
        self.add = make_action(
            parent,
            "actionAddVm",
            translate("ListActions", "&Add VM…"),
            "Ctrl+N",
            translate("ListActions", "Add a QMP endpoint to the list"),
            icon="list-add",
        )
        self.add_connection = make_action(
            parent,
            "actionAddConnection",
            translate("ListActions", "Add c&onnection…"),
            "Ctrl+Shift+A",
            translate(
                "ListActions",
                "Add a libvirt connection (qemu:///system): every domain of it shows under it",
            ),
            icon="network-server",
        )
        self.edit = make_action(
            parent,
            "actionEditVm",
            translate("ListActions", "&Edit VM…"),
            "Ctrl+E",
            translate("ListActions", "Change the selected VM's name or endpoint"),
            icon="document-edit",
        )
        self.remove = make_action(
            parent,
            "actionRemoveVm",
            translate("ListActions", "&Remove VM"),
            _Key.Delete,
            translate("ListActions", "Remove the selected VMs from the list (QEMU keeps running)"),
            icon="list-remove",
        )
        self.connect = make_action(
            parent,
            "actionConnect",
            translate("ListActions", "&Connect"),
            "Ctrl+K",
            translate("ListActions", "Connect to the selected VMs"),
            icon="network-transmit-receive",
        )
        self.disconnect = make_action(
            parent,
            "actionDisconnect",
            translate("ListActions", "&Disconnect"),
            "Ctrl+Shift+K",
            translate("ListActions", "Disconnect from the selected VMs"),
            icon="network-offline",
        )
        self.refresh = make_action(
            parent,
            "actionRefresh",
            translate("ListActions", "Re&fresh"),
            # Not StandardKey.Refresh: GNOME's is Ctrl+R as well as F5, and Ctrl+R is Resume.
            "F5",
            translate("ListActions", "Ask the selected VM for everything the panes show, now"),
            icon="view-refresh",
        )
        self.add.triggered.connect(self.add_vm)
        self.add_connection.triggered.connect(self.add_libvirt_connection)
        self.edit.triggered.connect(self.edit_vm)
        self.remove.triggered.connect(self.remove_vms)
        self.connect.triggered.connect(self.connect_selected)
        self.disconnect.triggered.connect(self.disconnect_selected)
        self.refresh.triggered.connect(self.refresh_selected)
        selection.selectionChanged.connect(self.update)

    def select_connections(self, connections: list[LibvirtConnection]) -> None:
        """The libvirt connections' rows now selected, in list order."""
        if connections != self.connections:
            for connection in self.connections:
                connection.stateChanged.disconnect(self.update)
            self.connections = connections
            for connection in connections:
                connection.stateChanged.connect(self.update)
            self.update()

    def update(self) -> None:
        """Enable what the selected rows allow; the tooltips say why not."""
        selected, links = self.selection.sessions, self.connections
        none = translate("ListActions", "select a VM first") if not (selected or links) else None
        domain = None
        for session in selected:
            owner = self.fleet.links.connection_of(session)
            if owner is not None:
                domain = translate("ListActions", "{display_name} is a domain of {uri}").format(
                    display_name=session.display_name, uri=owner.uri
                )
                break
        edit = (
            translate("ListActions", "a libvirt connection has nothing to edit")
            if links and not selected
            else None
        )
        enable(
            self.edit,
            none
            or edit
            or (
                translate("ListActions", "select one VM")
                if len(selected) + len(links) > 1
                else None
            )
            or (
                translate("ListActions", "{domain}: its name is libvirt's").format(domain=domain)
                if domain
                else None
            ),
        )
        enable(
            self.remove,
            none
            or (
                translate("ListActions", "{domain}: remove its connection").format(domain=domain)
                if domain
                else None
            ),
        )
        can_connect = any(s.can_connect for s in selected) or any(c.can_connect for c in links)
        can_disconnect = any(s.state is not ConnState.DISCONNECTED for s in selected) or any(
            c.state is not ConnState.DISCONNECTED for c in links
        )
        enable(
            self.connect,
            none or (None if can_connect else translate("ListActions", "already connected")),
        )
        enable(
            self.disconnect,
            none or (None if can_disconnect else translate("ListActions", "not connected")),
        )
        connected = any(s.connected for s in selected)
        enable(
            self.refresh, none or (None if connected else translate("ListActions", "not connected"))
        )

    def add_libvirt_connection(self) -> None:
        """Ask for a libvirt URI; add the connection, save, connect."""
        from qmpgui.ui.connection_dialog import ConnectionDialog  # noqa: PLC0415 (first opened)

        spec = ConnectionDialog.ask(self._parent, [c.uri for c in self.fleet.model.connections])
        if spec is not None:
            self.fleet.add_connection(spec.uri, spec.autoconnect)

    def add_vm(self) -> None:
        """Ask for a new VM's name and endpoint; add it, save, connect."""
        from qmpgui.ui.vm_dialog import VmDialog  # noqa: PLC0415 (loads when first opened)

        spec = VmDialog.ask(self._parent, taken_endpoints=self.fleet.endpoints())
        if spec is not None:
            self.fleet.add(spec)

    def edit_vm(self) -> None:
        """Edit the current VM's name, endpoint and start-up connection."""
        session = self.selection.current
        if session is None:
            return
        initial = VmSpec(
            session.configured_name, session.endpoint_text, session.autoconnect, session.tls
        )
        from qmpgui.ui.vm_dialog import VmDialog  # noqa: PLC0415 (loads when first opened)

        spec = VmDialog.ask(self._parent, initial, self.fleet.endpoints(besides=session))
        if spec is not None and spec != initial:
            self.fleet.edit(session, spec)

    def remove_vms(self) -> None:
        """Take the selected VMs and connections off the list, after asking (unless
        confirmations are off); libvirt keeps a connection's domains."""
        sessions = [s for s in self.selection.sessions if self.fleet.links.connection_of(s) is None]
        links = list(self.connections)
        if not (sessions or links):
            return
        if self.fleet.config.confirm_destructive:
            lines = [f"  {s.display_name} ({s.endpoint_text})" for s in sessions]
            lines += [
                translate("ListActions", "  {uri} and its {v1} domains").format(
                    uri=c.uri, v1=len(c.domains)
                )
                for c in links
            ]
            names = "\n".join(lines)
            answer = QMessageBox.question(
                self._parent,
                translate("ListActions", "Remove VMs")
                if len(lines) > 1
                else translate("ListActions", "Remove VM"),
                translate(
                    "ListActions",
                    "Remove from the list:\n{names}\n\nqmpgui disconnects; QEMU keeps running",
                ).format(names=names)
                + (translate("ListActions", " and libvirt keeps the domains.") if links else "."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        if sessions:
            self.fleet.remove(sessions)
        if links:
            self.fleet.remove_connections(links)

    def connect_selected(self) -> None:
        """Connect the selected VMs and connections that are not connected."""
        for connection in self.connections:
            self.fleet.links.connect(connection)
        for session in self.selection.sessions:
            if session.can_connect:
                session.connect_vm()

    def disconnect_selected(self) -> None:
        """Disconnect the selected VMs and connections; they stop reconnecting."""
        for connection in self.connections:
            self.fleet.links.disconnect(connection)
        for session in self.selection.sessions:
            session.disconnect_vm()

    def refresh_selected(self) -> None:
        """Ask the selected, connected VMs for everything the panes show, now."""
        for session in self.selection.sessions:
            if session.connected:
                session.request_refresh()
