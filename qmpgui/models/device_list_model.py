"""The Devices pane's list (`devicesView`): the VM's devices with an id, their type and
whether an unplug of theirs is pending."""

from __future__ import annotations

from qmpgui.i18n import marked
from qmpgui.models.node_tree import Node, NodeTreeModel
from qmpgui.models.palette import Tone
from qmpgui.session import VmSession
from qmpgui.session.peripherals import PERIPHERALS_KEY, parse_peripherals
from qmpgui.session.unplug import unplug_words

COLUMNS = (marked("headers", "id"), marked("headers", "Type"), marked("headers", "State"))
#: The State of a device that is simply there.
PLUGGED = "plugged"


class DeviceListModel(NodeTreeModel):
    """One row per device of /machine/peripheral, in QEMU's order: its id, its QOM type
    and its state ("plugged", or "unplug requested" in the pending tone)."""

    glossary = "devices"

    headers = COLUMNS

    def refresh(self, session: VmSession) -> None:
        """Show the devices of the session's latest qom-list of /machine/peripheral;
        `replies` becomes that result. Never raises."""
        result = session.inspection.results.get(PERIPHERALS_KEY)
        self.replies = session.inspection.results_of([PERIPHERALS_KEY])
        pending = unplug_words(session)
        rows = []
        for device in parse_peripherals(result.reply if result is not None else None):
            state = pending.get(device.id, PLUGGED)
            tone = Tone.PENDING if device.id in pending else None
            raw = {"name": device.id, "type": f"child<{device.type}>"}
            rows.append(Node(device.id, [device.id, device.type, state], raw, None, tone))
        self.sync(rows)
