"""The PCI pane (`pciView`): buses, bridges and devices of the current VM (query-pci)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from qmpgui.models.pci_model import PciModel
from qmpgui.session.inspection import PCI
from qmpgui.ui.panes.inspect import InspectPane
from qmpgui.ui.panes.registry import PaneContext, register_pane


@register_pane("&PCI", order=30)
class PciPane(InspectPane):
    """The PCI tree: a bridge's secondary bus hangs under the bridge."""

    topics = frozenset({PCI})

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(context, PciModel(), "pciView", "PCI tree", parent)
        self.setObjectName("pciPane")
