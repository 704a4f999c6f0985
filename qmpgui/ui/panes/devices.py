"""The Devices pane (`devicesView`): the current VM's devices that have an id, with
their type and a pending unplug; Remove device acts on the device selected here."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from qmpgui.i18n import translate
from qmpgui.models.device_list_model import DeviceListModel
from qmpgui.session import VmSession
from qmpgui.session.peripherals import PERIPHERALS
from qmpgui.session.selection import DEVICE_KINDS
from qmpgui.ui.panes.inspect import InspectPane
from qmpgui.ui.panes.registry import PaneContext


class DevicesPane(InspectPane):
    """The devices with an id of the current VM (qom-list /machine/peripheral)."""

    topics = frozenset({PERIPHERALS})

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context, DeviceListModel(), "devicesView", translate("DevicesPane", "Devices"), parent
        )
        self.setObjectName("devicesPane")
        self.view.context_actions = [context.action("actionDeviceDel")]
        context.selection.provide(DEVICE_KINDS[0], self.selected_device)

    def selected_device(self, session: VmSession) -> str | None:
        """The id of the device selected here while this pane shows `session`, else None."""
        if self.session is not session or not self.isVisible():
            return None
        node = self.model.node(self.view.currentIndex())
        return str(node.key) if node is not None else None
