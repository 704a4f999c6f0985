"""Where libvirt's view of a domain and its QEMU's own differ, which one the window
shows: a QEMU that libvirt holds in prelaunch where it says the domain is paused, and a
monitor that ended because libvirt restarted QEMU for a snapshot revert."""

from __future__ import annotations

from qmpgui.qmp import StatusInfo
from qmpgui.qmp.monitor import Monitor
from qmpgui.session.ending import REVERT_CAUSE, ShutdownNotice
from qmpgui.virt.domain import Domain
from qmpgui.virt.monitor import DomainMonitor


def run_state(status: StatusInfo, domain: Domain | None) -> str:
    """The run state to show for `status` (a query-status answer): a RunState name.

    A libvirt domain's QEMU that libvirt holds in "prelaunch" where libvirt says the
    domain is paused is "paused": a revert to a paused snapshot loads it into a QEMU
    started with -S and leaves it so, and `cont` (libvirt's resume) runs it on."""
    libvirt_state = (domain.state or "") if domain is not None else ""
    if status.status == "prelaunch" and libvirt_state.startswith("paused"):
        return "paused"
    return status.status


def end_notice(notice: ShutdownNotice | None, conn: Monitor) -> ShutdownNotice | None:
    """The announcement of a monitor's end: QEMU's own SHUTDOWN (`notice`), or, for a
    domain's monitor that ended because libvirt restarted QEMU for a snapshot revert
    (which sends no SHUTDOWN), one saying so; None for a loss."""
    if notice is None and isinstance(conn, DomainMonitor) and conn.reverted:
        return ShutdownNotice(REVERT_CAUSE, None)
    return notice
