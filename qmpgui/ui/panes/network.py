"""The Network pane (`networkView`): the current VM's NICs with their model, MAC, backend
and link, the host forwards of user networking and virtio-net's receive filter; the
selected NIC's link is set down or up (asked first), and host forwards are added to its
user networking or removed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QPushButton, QToolBar, QWidget

from qmpgui.i18n import marked, translate
from qmpgui.models.network_model import FORWARD, NetworkModel
from qmpgui.qmp.network import USER, HostForward, NetClient
from qmpgui.session import VmSession
from qmpgui.session.network import NETWORK, add_forward, remove_forward, set_link
from qmpgui.ui.busy_work import BusyWork
from qmpgui.ui.confirm import ConfirmDialog
from qmpgui.ui.hostfwd_dialog import HostForwardDialog
from qmpgui.ui.panes.inspect import InspectPane
from qmpgui.ui.panes.registry import PaneContext

#: What the guest loses when its NIC's link goes down.
LINK_DOWN_DETAIL = marked(
    "network",
    "The guest sees its cable pulled out: its connections through this NIC stop and no packet goes in or out until the link is set up again.",
)


#: Why the buttons are off on a libvirt domain.
DOMAIN_NOTE = marked(
    "network",
    "A libvirt domain's links and forwards are libvirt's to change (virsh domif-setlink, its <interface> XML): this pane changes them on plain QMP VMs",
)


class NetworkPane(InspectPane):
    """The NICs of the current VM; the buttons act on the selected NIC or host forward."""

    topics = frozenset({NETWORK})

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            NetworkModel(),
            "networkView",
            translate("NetworkPane", "Network interfaces"),
            parent,
        )
        self.setObjectName("networkPane")
        self.toolbar = QToolBar(translate("NetworkPane", "Network"))
        self.toolbar.setObjectName("networkToolBar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._buttons: list[QPushButton] = []
        self.link_down_button = self._button(
            translate("NetworkPane", "Lin&k down…"), "linkDownButton", self.link_down
        )
        self.link_up_button = self._button(
            translate("NetworkPane", "Link &up"), "linkUpButton", self.link_up
        )
        self.add_forward_button = self._button(
            translate("NetworkPane", "A&dd host forward…"), "addForwardButton", self.add_forward
        )
        self.remove_forward_button = self._button(
            translate("NetworkPane", "R&emove host forward"),
            "removeForwardButton",
            self.remove_forward,
        )
        self.layout_.insertWidget(0, self.toolbar)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self._work = BusyWork(self._update_buttons)
        self._update_buttons()
        context.selection.provide("device:network", self.selected_device)

    def selected_device(self, session: VmSession) -> str | None:
        """The name of the NIC selected here (its qdev id when it has one) while this
        pane shows `session`, for Remove device; else None."""
        if self.session is not session or not self.isVisible():
            return None
        nic = self.selected_nic()
        return nic.name if nic is not None else None

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        self.toolbar.addWidget(button)
        self._buttons.append(button)
        return button

    # -- what is selected -----------------------------------------------------------

    def selected_nic(self) -> NetClient | None:
        """The NIC of the selected row (the NIC's own, or one under it), or None."""
        session = self.session
        node = self.model.node(self.view.currentIndex())
        while node is not None and node.parent is not None and node.parent.parent is not None:
            node = node.parent
        if session is None or node is None:
            return None
        return next((n for n in session.inspection.network.nics if n.name == node.key), None)

    def selected_forward(self) -> tuple[str, HostForward] | None:
        """The netdev and host forward of the selected row, or None."""
        node = self.model.node(self.view.currentIndex())
        session = self.session
        if node is None or session is None or not isinstance(node.key, tuple):
            return None
        if node.key[0] != FORWARD or not isinstance(node.raw, dict):
            return None
        netdev = str(node.raw.get("netdev", ""))
        rule = node.key[1]
        found = session.inspection.network.forwards.get(netdev, ())
        forward = next((f for f in found if f.rule == rule), None)
        return (netdev, forward) if forward is not None else None

    def _user_netdev(self, nic: NetClient | None) -> str | None:
        if nic is None or nic.peer is None or nic.peer.type != USER:
            return None
        return nic.peer.name

    def _update_buttons(self) -> None:
        session = self.session
        nic = self.selected_nic()
        ready = session is not None and session.connected and not self._work.busy
        down = (
            nic is not None
            and session is not None
            and session.inspection.network.link_down.get(nic.name, False)
        )
        self.link_down_button.setEnabled(ready and nic is not None and not down)
        self.link_up_button.setEnabled(ready and nic is not None and down)
        self.add_forward_button.setEnabled(ready and self._user_netdev(nic) is not None)
        self.remove_forward_button.setEnabled(ready and self.selected_forward() is not None)
        why = "" if nic is not None else translate("NetworkPane", "Select a NIC")
        for button in (self.link_down_button, self.link_up_button):
            button.setToolTip(
                why or translate("NetworkPane", "Set the selected NIC's link (set_link)")
            )
        self.add_forward_button.setToolTip(
            translate("NetworkPane", "Forward a host port to the guest (HMP hostfwd_add)")
            if self._user_netdev(nic)
            else translate(
                "NetworkPane",
                "Select a NIC on user networking (-netdev user): only it has host forwards",
            )
        )
        self.remove_forward_button.setToolTip(
            translate("NetworkPane", "Remove the selected host forward (HMP hostfwd_remove)")
            if self.selected_forward()
            else translate("NetworkPane", "Select a host forward under its NIC")
        )
        if session is not None and session.domain is not None:
            # Behind libvirt's back the change would not be in libvirt's view of the
            # domain (its interface's <link state>): libvirt's own tools make it.
            for button in self._buttons:
                button.setEnabled(False)
                button.setToolTip(translate("network", DOMAIN_NOTE))

    def refresh(self) -> None:
        super().refresh()
        self._span(QModelIndex())
        self._update_buttons()

    def _span(self, parent: QModelIndex) -> None:
        # The rows under a NIC are one text each (a host forward, the receive filter's
        # lines): across the columns, not cut at the Model column's edge.
        for row in range(self.model.rowCount(parent)):
            index = self.model.index(row, 0, parent)
            if parent.isValid():
                self.view.setFirstColumnSpanned(row, parent, True)
            self._span(index)

    # -- the work -----------------------------------------------------------------

    def link_down(self) -> None:
        """Ask, then set the selected NIC's link down."""
        session, nic = self.session, self.selected_nic()
        if session is None or nic is None:
            return
        answer = ConfirmDialog.ask(
            self,
            translate("NetworkPane", "Set link down"),
            translate(
                "NetworkPane", "Set the link of {name} ({v1}) on {display_name} down?"
            ).format(
                name=nic.name, v1=nic.option("model") or "NIC", display_name=session.display_name
            ),
            [],
            detail=translate("network", LINK_DOWN_DETAIL),
            accept_text=translate("NetworkPane", "Set link down"),
            offer_dont_ask=False,
        )
        if answer.confirmed:
            self._work.run(set_link(session, nic.name, up=False), "network")

    def link_up(self) -> None:
        """Set the selected NIC's link up again."""
        session, nic = self.session, self.selected_nic()
        if session is not None and nic is not None:
            self._work.run(set_link(session, nic.name, up=True), "network")

    def add_forward(self) -> None:
        """Ask for a host forward and add it to the selected NIC's user networking."""
        session, nic = self.session, self.selected_nic()
        netdev = self._user_netdev(nic)
        if session is None or nic is None or netdev is None:
            return
        forward = HostForwardDialog.ask(self, session.display_name, nic.name, netdev)
        if forward is not None:
            self._work.run(add_forward(session, netdev, forward), "network")

    def remove_forward(self) -> None:
        """Remove the selected host forward."""
        session, chosen = self.session, self.selected_forward()
        if session is not None and chosen is not None:
            self._work.run(remove_forward(session, *chosen), "network")

    async def aclose(self) -> None:
        """End a command being sent."""
        await self._work.aclose()
