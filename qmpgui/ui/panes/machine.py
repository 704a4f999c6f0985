"""The Machine pane (`machineView`): machine type, architecture, accelerator, CPUs,
balloon, mice and character devices of the current VM."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from qmpgui.models.machine_model import MachineModel
from qmpgui.session.inspection import MACHINE
from qmpgui.ui.panes.inspect import InspectPane
from qmpgui.ui.panes.registry import PaneContext, register_pane


@register_pane("&Machine", order=50)
class MachinePane(InspectPane):
    """Facts of the machine that change rarely, and the CPUs' state."""

    topics = frozenset({MACHINE})

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(context, MachineModel(), "machineView", "Machine", parent)
        self.setObjectName("machinePane")
