"""The Devices pane (`devicesView`): the current VM's devices that have an id, with
their type and a pending unplug; Remove device acts on the device selected here."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from qmpgui.i18n import marked, translate
from qmpgui.models.device_list_model import DeviceListModel
from qmpgui.session import VmSession
from qmpgui.session.peripherals import PERIPHERALS
from qmpgui.ui.panes.inspect import InspectPane
from qmpgui.ui.panes.registry import PaneContext, register_pane

#: What the panes offer Remove device as their selection (SelectedVms.item): a device's
#: id, from the pane on screen (one kind per pane, so that each keeps its provider).
DEVICE_KINDS = ("device:list", "device:pci", "device:block", "device:network")


@register_pane(marked("panes", "Devi&ces"), order=35, icon="preferences-system-devices")
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
