"""The pictures of the VM list in its places: docs/places.png's wait for them, and
docs/vm-list-groups.png, the list grouped by connection."""

from __future__ import annotations

from PySide6.QtGui import QAction

from qmpgui.models import VmListModel
from qmpgui.ui.panes.status import StatusPane
from tests.helpers.picture_places import DOMAINS, REMOTE_VM
from tests.helpers.shooter import Shooter

#: The places pictures' VM list: wide enough for its endpoints (ssh://, qemu:///...#NAME).
PLACES_LIST_WIDTH = 700


def places_shown(model: VmListModel) -> bool:
    """Whether the list shows tests/helpers/picture_places.py's VMs: the libvirt
    domains (the running one connected) and the VM over SSH, connected."""
    running = {name for name, up in DOMAINS if up}
    sessions = {s.display_name: s for s in model.all_sessions}
    domains = [sessions.get(name) for name, _ in DOMAINS]
    remote = sessions.get(REMOTE_VM)
    return (
        all(d is not None and (d.connected or d.display_name not in running) for d in domains)
        and remote is not None
        and remote.connected
    )


async def groups_scene(shot: Shooter) -> None:
    """View → Group by → Connection on the places' VMs: this machine's unix sockets
    (the demo VM), the TCP host of the VM in error, the libvirt connection with its
    domains, the SSH connection of the remote VM; each header with its counts. The
    list is one list again after."""
    window = shot.window
    await shot.until(lambda: places_shown(window.model), "the libvirt domains and the ssh:// VM")
    by = {a.objectName(): a for a in window.findChildren(QAction)}
    by["actionGroupConnection"].trigger()
    try:
        window.select_session(shot.demo)
        window.panes.setCurrentWidget(window.pane(StatusPane))
        window.window_actions.show_log.trigger()
        shot.lay_out(list_width=PLACES_LIST_WIDTH)
        await shot.shoot(window, "vm-list-groups.png")
    finally:
        by["actionGroupNone"].trigger()
        shot.lay_out()
