"""The screendump viewer's display chooser: the display devices and heads of the VM
that can be chosen by name, listed again for each new connection."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from qmpgui.i18n import PLURAL, translate
from qmpgui.models.screen_image import ScreenGrabber
from qmpgui.qmp import QmpFailure
from qmpgui.qmp.screendump import Console, can_choose_console
from qmpgui.session import VmSession


class DisplayChooser(QComboBox):
    """The displays to choose from: the first one, then each display with an id;
    disabled until some are listed."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("screendumpDisplay")
        self.setAccessibleName(translate("DisplayChooser", "Display device and head"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.addItem(translate("DisplayChooser", "first display"), None)
        self.setEnabled(False)

    @property
    def console(self) -> Console | None:
        """The display chosen; None for the first one."""
        data = self.currentData()
        return data if isinstance(data, Console) else None

    async def load(self, session: VmSession, grabber: ScreenGrabber) -> None:
        """List the displays of `session`'s QEMU, asked through `grabber`; the tooltip
        says why none can be chosen (an old QEMU, displays without an id)."""
        conn = session.connection
        if conn is None or not can_choose_console(conn.capabilities):
            self.setToolTip(
                translate(
                    "DisplayChooser", "this QEMU cannot choose a display (needs 2.12 or later)"
                )
            )
            return
        try:
            consoles = await grabber.dumper.consoles()
        except QmpFailure:
            return
        choosable = [c for c in consoles if c.qdev_id]
        self.blockSignals(True)
        while self.count() > 1:  # keep "first display"
            self.removeItem(1)
        for console in choosable:
            self.addItem(console.label, console)
        self.blockSignals(False)
        self.setEnabled(bool(choosable))
        unnamed = len(consoles) - len(choosable)
        self.setToolTip(
            translate("DisplayChooser", "Choose a display device and head")
            if not unnamed
            else translate(
                "DisplayChooser",
                "%n (display has|displays have) no id and cannot be chosen by name; give the device an id (-device ...,id=NAME) to choose it",
                None,
                PLURAL,
                unnamed,
            )
        )
