"""The Machine pane (`machineView`): machine type, architecture, accelerator, memory
and the balloon (with its target to set), CPUs, mice and character devices of the
current VM."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from qmpgui.i18n import translate
from qmpgui.models.machine_model import MachineModel
from qmpgui.session.inspection import MACHINE
from qmpgui.session.memory import MEMORY
from qmpgui.ui.balloon_bar import BalloonBar
from qmpgui.ui.panes.inspect import InspectPane
from qmpgui.ui.panes.registry import PaneContext


class MachinePane(InspectPane):
    """Facts of the machine that change rarely, the memory, and the CPUs' state."""

    topics = frozenset({MACHINE, MEMORY})

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        self.balloon = BalloonBar(context.say)
        super().__init__(
            context, MachineModel(), "machineView", translate("MachinePane", "Machine"), parent
        )
        self.setObjectName("machinePane")
        self.layout_.addWidget(self.balloon)

    def refresh(self) -> None:
        """The machine's facts and the balloon control of the current VM."""
        super().refresh()
        self.balloon.refresh(self.session)

    async def aclose(self) -> None:
        """End a balloon target being set."""
        await self.balloon.aclose()
