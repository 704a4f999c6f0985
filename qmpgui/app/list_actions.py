"""The actions on the VM list itself: add, edit and remove VMs, connect, disconnect and
refresh the selected ones, with their dialogs. The fleet does the work."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from qmpgui.app.fleet import Fleet
from qmpgui.session import ConnState
from qmpgui.session.selection import SelectedVms
from qmpgui.ui.qactions import enable, make_action
from qmpgui.ui.vm_dialog import VmDialog, VmSpec

_Key = QKeySequence.StandardKey


class ListActions:
    """Add, Edit, Remove, Connect, Disconnect and Refresh, enabled by the selection."""

    def __init__(self, parent: QWidget, fleet: Fleet, selection: SelectedVms) -> None:
        self._parent = parent
        self.fleet = fleet
        self.selection = selection
        self.add = make_action(
            parent, "actionAddVm", "&Add VM…", "Ctrl+N", "Add a QMP endpoint to the list"
        )
        self.edit = make_action(
            parent,
            "actionEditVm",
            "&Edit VM…",
            "Ctrl+E",
            "Change the selected VM's name or endpoint",
        )
        self.remove = make_action(
            parent,
            "actionRemoveVm",
            "&Remove VM",
            _Key.Delete,
            "Remove the selected VMs from the list (QEMU keeps running)",
        )
        self.connect = make_action(
            parent, "actionConnect", "&Connect", "Ctrl+K", "Connect to the selected VMs"
        )
        self.disconnect = make_action(
            parent,
            "actionDisconnect",
            "&Disconnect",
            "Ctrl+Shift+K",
            "Disconnect from the selected VMs",
        )
        self.refresh = make_action(
            parent,
            "actionRefresh",
            "Re&fresh",
            _Key.Refresh,
            "Ask the selected VM for everything the panes show, now",
        )
        self.add.triggered.connect(self.add_vm)
        self.edit.triggered.connect(self.edit_vm)
        self.remove.triggered.connect(self.remove_vms)
        self.connect.triggered.connect(self.connect_selected)
        self.disconnect.triggered.connect(self.disconnect_selected)
        self.refresh.triggered.connect(self.refresh_selected)
        selection.selectionChanged.connect(self.update)

    def update(self) -> None:
        """Enable what the selected VMs allow; the tooltips say why not."""
        selected = self.selection.sessions
        none = "select a VM first" if not selected else None
        enable(self.edit, none or ("select one VM" if len(selected) > 1 else None))
        enable(self.remove, none)
        can_connect = any(s.can_connect for s in selected)
        can_disconnect = any(s.state is not ConnState.DISCONNECTED for s in selected)
        enable(self.connect, none or (None if can_connect else "already connected"))
        enable(self.disconnect, none or (None if can_disconnect else "not connected"))
        connected = any(s.connected for s in selected)
        enable(self.refresh, none or (None if connected else "not connected"))

    def add_vm(self) -> None:
        """Ask for a new VM's name and endpoint; add it, save, connect."""
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
        spec = VmDialog.ask(self._parent, initial, self.fleet.endpoints(besides=session))
        if spec is not None and spec != initial:
            self.fleet.edit(session, spec)

    def remove_vms(self) -> None:
        """Take the selected VMs off the list, after asking (unless confirmations are off)."""
        sessions = self.selection.sessions
        if not sessions:
            return
        if self.fleet.config.confirm_destructive:
            names = "\n".join(f"  {s.display_name} ({s.endpoint_text})" for s in sessions)
            answer = QMessageBox.question(
                self._parent,
                "Remove VMs" if len(sessions) > 1 else "Remove VM",
                f"Remove from the list:\n{names}\n\nqmpgui disconnects; QEMU keeps running.",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.fleet.remove(sessions)

    def connect_selected(self) -> None:
        """Connect the selected VMs that are not connected."""
        for session in self.selection.sessions:
            if session.can_connect:
                session.connect_vm()

    def disconnect_selected(self) -> None:
        """Disconnect the selected VMs; they stop reconnecting."""
        for session in self.selection.sessions:
            session.disconnect_vm()

    def refresh_selected(self) -> None:
        """Ask the selected, connected VMs for everything the panes show, now."""
        for session in self.selection.sessions:
            if session.connected:
                session.request_refresh()
