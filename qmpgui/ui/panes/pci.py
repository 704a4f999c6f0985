"""The PCI pane (`pciView`): buses, bridges and devices of the current VM (query-pci);
Remove device acts on the device selected here."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from qmpgui.i18n import translate
from qmpgui.models.pci_model import CLASS, PciModel
from qmpgui.session import VmSession
from qmpgui.session.inspection import PCI
from qmpgui.ui.elide import ElideEndDelegate
from qmpgui.ui.panes.inspect import InspectPane
from qmpgui.ui.panes.registry import PaneContext


class PciPane(InspectPane):
    """The PCI tree: a bridge's secondary bus hangs under the bridge."""

    topics = frozenset({PCI})

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(context, PciModel(), "pciView", translate("PciPane", "PCI tree"), parent)
        self.setObjectName("pciPane")
        # A pending unplug's words come first in Class: they stay whole, the class
        # gives way (the tooltip has both).
        self.view.setItemDelegateForColumn(CLASS, ElideEndDelegate(self.view))
        self.view.context_actions = [context.action("actionDeviceDel")]
        context.selection.provide("device:pci", self.selected_device)

    def selected_device(self, session: VmSession) -> str | None:
        """The qdev id of the PCI device selected here while this pane shows `session`,
        else None (a bus, or a device without an id)."""
        if self.session is not session or not self.isVisible():
            return None
        node = self.model.node(self.view.currentIndex())
        raw = node.raw if node is not None else None
        qdev = raw.get("qdev_id") if isinstance(raw, dict) else None
        return qdev if isinstance(qdev, str) and qdev else None
