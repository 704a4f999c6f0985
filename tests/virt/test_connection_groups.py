"""View → Group by with a libvirt connection beside a plain unix socket, on the tests'
own libvirtd: by connection the connection's row (its domains under it) is the group
of qemu:///system, titled "libvirt" (the row below says the URI), whose counts follow a
domain suspended with virsh; by host both are this machine's."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import Qt

from qmpgui.models.vm_list import NAME
from qmpgui.session import ConnState
from tests.helpers.libvirtd import URI, Libvirtd, virsh
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.vm_list_rows import shown_tree
from tests.helpers.windows import Windows, act

pytestmark = [pytest.mark.libvirt, pytest.mark.qemu, pytest.mark.timeout(300)]


def test_a_libvirt_connection_is_a_group_whose_counts_follow_virsh(
    domain: str, libvirtd: Libvirtd, qemu: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.open(str(qemu.app_socket), URI, config={"confirm_destructive": False})
    (connection,) = window.model.connections
    arun.wait(lambda: connection.state is ConnState.CONNECTED, timeout=90)
    domains = lambda: window.model.domain_sessions(connection)  # noqa: E731
    arun.wait(
        lambda: any(s.configured_name == domain and s.run_status == "running" for s in domains()),
        timeout=90,
    )
    arun.wait(lambda: all(s.run_status for s in window.model.sessions))
    act(window, "actionGroupConnection").trigger()
    count = len(domains())
    running = sum(1 for s in domains() if s.run_status == "running")
    plural = "VM" if count == 1 else "VMs"
    # The connection's row shows its URI: its group's header does not say it again.
    assert shown_tree(window) == [
        ("unix sockets on this machine — 1 VM, 1 running", ["testvm"]),
        (f"libvirt — {count} {plural}, {running} running", [URI]),
    ]
    header = window.vm_list.shown.index(1, NAME)
    assert header.data(Qt.ItemDataRole.AccessibleTextRole) == (
        f"group libvirt: {count} {plural}, {running} running"
    )
    view = window.vm_list
    connection_row = view.index_of(connection)
    assert view.isExpanded(connection_row)  # its domains show under it
    assert domain in [view.shown.index(r, NAME, connection_row).data() for r in range(count)]
    virsh("suspend", domain)
    fewer = "none running" if running == 1 else f"{running - 1} running"
    arun.wait(lambda: shown_tree(window)[1][0] == f"libvirt — {count} {plural}, {fewer}")
    act(window, "actionGroupHost").trigger()
    here = f"this machine ({socket.gethostname()})"
    # testvm runs, and the domains that still run: as many as ran before the suspend.
    assert shown_tree(window) == [(f"{here} — {count + 1} VMs, {running} running", ["testvm", URI])]
