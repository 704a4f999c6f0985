"""The Block devices pane (`blockView`): drives, media, trays, I/O rates; Eject and
Change media act on the drive selected here, Remove device on its device."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from qmpgui.i18n import translate
from qmpgui.models.block_model import BlockModel
from qmpgui.qmp.qom import qdev_id
from qmpgui.session import VmSession
from qmpgui.session.inspection import BLOCK, BLOCKSTATS
from qmpgui.session.selection import DRIVE
from qmpgui.ui.panes.inspect import InspectPane
from qmpgui.ui.panes.registry import PaneContext


class BlockPane(InspectPane):
    """Block devices of the current VM; the selected row is the drive actions act on."""

    topics = frozenset({BLOCK, BLOCKSTATS})

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            BlockModel(),
            "blockView",
            translate("BlockPane", "Block devices"),
            parent,
            expand_new=False,
        )
        self.setObjectName("blockPane")
        self.view.context_actions = [
            context.action("actionEject"),
            context.action("actionChangeMedia"),
            context.action("actionDeviceDel"),
        ]
        context.selection.provide(DRIVE, self.selected_drive)
        context.selection.provide("device:block", self.selected_device)

    def selected_drive(self, session: VmSession) -> str | None:
        """The key of the drive selected here while `session` is shown, else None."""
        if self.session is not session:
            return None
        node = self.model.node(self.view.currentIndex())
        return str(node.key) if node is not None else None

    def selected_device(self, session: VmSession) -> str | None:
        """The qdev id of the device of the drive selected here while this pane shows
        `session` and is on screen, else None (a drive no device with an id uses)."""
        if self.session is not session or not self.isVisible():
            return None
        node = self.model.node(self.view.currentIndex())
        raw = (
            node.raw.get("query-block") if node is not None and isinstance(node.raw, dict) else None
        )
        if not isinstance(raw, dict):
            return None
        qdev = raw.get("qdev")
        return qdev_id(qdev) if isinstance(qdev, str) else None
