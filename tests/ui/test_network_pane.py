"""The Network pane against QEMU 7.2: its NICs with model, MAC and backend, a link set
down from the pane (seen in the NIC's own registers through the test's monitor), and
host forwards added from the dialog, reachable, removed, and refused in words."""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QInputDialog

from qmpgui.app.main_window import MainWindow
from qmpgui.models.network_model import FORWARD
from qmpgui.session.devices import add_device
from qmpgui.ui.hostfwd_dialog import HostForwardDialog
from qmpgui.ui.panes.network import NetworkPane
from tests.helpers.dialogs import answer_confirm, when_modal
from tests.helpers.qemu_vm import QemuVm, q35_native_hotplug
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, act, messages

E1000_MAC = "52:54:00:aa:bb:01"
NETWORK = [
    "-netdev",
    "user,id=n0,hostfwd=tcp:127.0.0.1:0-:22",
    "-device",
    "virtio-net-pci,netdev=n0,id=nic0",
    "-netdev",
    "user,id=n1",
    "-device",
    f"e1000,netdev=n1,id=nic1,mac={E1000_MAC}",
]


@pytest.fixture
def vm(short_tmp: Path) -> Iterator[QemuVm]:
    made = QemuVm(short_tmp, name="netvm")
    made.start(extra=NETWORK)
    yield made
    made.stop()


def network_pane(window: MainWindow, arun: AsyncRunner) -> NetworkPane:
    """The Network pane on screen, once it lists the VM's two NICs."""
    pane = window.pane(NetworkPane)
    window.panes.setCurrentWidget(pane)
    arun.wait(lambda: pane.model.rowCount() == 2)
    return pane


def row_cells(pane: NetworkPane, name: str) -> list[str]:
    index = pane.model.find(name)
    node = pane.model.node(index)
    assert node is not None, f"no row for {name}"
    return list(node.cells)


def choose(pane: NetworkPane, *path: Any) -> None:
    index = pane.model.find(*path)
    assert index.isValid(), f"no row {path}"
    pane.view.setCurrentIndex(index)


def forward_rows(pane: NetworkPane, nic: str) -> list[str]:
    node = pane.model.node(pane.model.find(nic))
    assert node is not None
    return [
        c.cells[0].removeprefix("Host forward ")
        for c in node.children
        if isinstance(c.key, tuple) and c.key[0] == FORWARD
    ]


def said(window: MainWindow, arun: AsyncRunner, fragment: str) -> str:
    arun.wait(lambda: any(fragment in text for text in messages(window)))
    return next(text for text in messages(window) if fragment in text)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def connects(port: int) -> bool:
    with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 5):
        return True
    return False


def virtio_link_up(vm: QemuVm) -> bool:
    """virtio-net's VIRTIO_NET_S_LINK_UP as the guest would read it: the legacy config's
    `status` (I/O BAR 0, offset 20 without MSI-X, after the 6-byte MAC)."""
    devices = vm.watch.execute("query-pci")[0]["devices"]
    nic = next(d for d in devices if d["qdev_id"] == "nic0")
    io = next(r["address"] for r in nic["regions"] if r["bar"] == 0)
    text = vm.watch.execute("human-monitor-command", {"command-line": f"i /w {io + 26}"})
    return int(text.split("=")[1].strip(), 16) & 1 == 1


def fill_forward(host_port: int, guest_port: int = 22) -> None:
    def act(dialog: HostForwardDialog) -> None:
        dialog.protocol.setCurrentText("tcp")
        dialog.host_addr.setText("127.0.0.1")
        dialog.host_port.setValue(host_port)
        dialog.guest_port.setValue(guest_port)
        dialog.ok.click()

    when_modal(HostForwardDialog, act)


@pytest.mark.qemu
def test_the_pane_lists_each_nic_with_model_mac_and_backend(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(vm)
    pane = network_pane(window, arun)
    arun.wait(lambda: row_cells(pane, "nic0")[2] != "—" and bool(forward_rows(pane, "nic0")))
    nic0, nic1 = row_cells(pane, "nic0"), row_cells(pane, "nic1")
    mac0 = vm.watch.execute("qom-get", {"path": "/machine/peripheral/nic0", "property": "mac"})
    assert nic0[:3] == ["nic0", "virtio-net-pci", mac0]
    assert nic0[3:5] == ["up", "user n0"]
    assert nic1[:3] == ["nic1", "e1000", E1000_MAC]
    assert nic1[4] == "user n1" and nic1[5] == "net=10.0.2.0,restrict=off"
    # The forward of -netdev user,hostfwd=tcp:127.0.0.1:0-:22, with the port QEMU chose.
    [forward] = forward_rows(pane, "nic0")
    assert forward.startswith("tcp 127.0.0.1:") and forward.endswith("→ 10.0.2.15:22")
    assert not forward.startswith("tcp 127.0.0.1:0 ")
    # virtio-net's receive filter, from query-rx-filter, under its NIC; none for e1000.
    assert pane.model.find("nic0", "rx-filter", "main-mac").isValid()
    main_mac = pane.model.node(pane.model.find("nic0", "rx-filter", "main-mac"))
    assert main_mac is not None and main_mac.cells[0] == f"Main MAC: {mac0}"
    assert not pane.model.find("nic1", "rx-filter").isValid()


@pytest.mark.qemu
def test_link_down_from_the_pane_is_asked_first_and_reaches_the_nic(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(vm)
    pane = network_pane(window, arun)
    arun.wait(lambda: virtio_link_up(vm))
    choose(pane, "nic0")
    assert pane.link_down_button.isEnabled() and not pane.link_up_button.isEnabled()

    refused = answer_confirm(accept=False)
    pane.link_down_button.click()
    arun.wait(lambda: bool(refused.texts))
    assert "nic0" in refused.texts[0] and "connections" in refused.texts[0]
    assert virtio_link_up(vm) and row_cells(pane, "nic0")[3] == "up"

    answer_confirm(accept=True)
    pane.link_down_button.click()
    arun.wait(lambda: row_cells(pane, "nic0")[3] == "down")
    assert not virtio_link_up(vm)
    assert "Set link down (set_link) ok" in said(window, arun, "Set link down")

    arun.wait(pane.link_up_button.isEnabled)
    pane.link_up_button.click()
    arun.wait(lambda: row_cells(pane, "nic0")[3] == "up")
    assert virtio_link_up(vm)


@pytest.mark.qemu
def test_a_host_forward_added_from_the_dialog_is_reachable_then_removed(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(vm)
    pane = network_pane(window, arun)
    port = free_port()
    assert not connects(port)
    choose(pane, "nic1")
    assert pane.add_forward_button.isEnabled()
    fill_forward(port)
    pane.add_forward_button.click()
    wanted = f"tcp 127.0.0.1:{port} → 10.0.2.15:22"
    arun.wait(lambda: wanted in forward_rows(pane, "nic1"))
    assert connects(port)
    usernet = vm.watch.execute("human-monitor-command", {"command-line": "info usernet"})
    assert f"127.0.0.1 {port}" in " ".join(usernet.split())

    choose(pane, "nic1", (FORWARD, f"tcp:127.0.0.1:{port}-10.0.2.15:22"))
    assert pane.remove_forward_button.isEnabled()
    pane.remove_forward_button.click()
    arun.wait(lambda: wanted not in forward_rows(pane, "nic1"))
    assert not connects(port)
    said(window, arun, "Remove host forward")


@pytest.mark.qemu
def test_a_host_forward_on_a_port_in_use_says_why(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(vm)
    pane = network_pane(window, arun)
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        choose(pane, "nic1")
        fill_forward(port)
        pane.add_forward_button.click()
        text = said(window, arun, "Add host forward failed")
    assert f"could not listen for tcp:127.0.0.1:{port}-:22" in text
    assert "in use" in text
    assert forward_rows(pane, "nic1") == []
    assert pane.add_forward_button.isEnabled()  # the window stays usable


def test_the_dialog_allows_only_a_well_formed_rule(qtbot: Any) -> None:
    dialog = HostForwardDialog(None, "vm", "nic1", "n1")
    qtbot.addWidget(dialog)
    assert dialog.ok.isEnabled()
    dialog.host_addr.setText("localhost")
    assert not dialog.ok.isEnabled()
    assert "IPv4 address" in dialog.why.text()
    dialog.host_addr.setText("127.0.0.1")
    assert dialog.ok.isEnabled()
    assert dialog.forward().rule == "tcp:127.0.0.1:2222-:22"


@pytest.mark.qemu
def test_the_pane_follows_a_nic_added_here_and_one_unplugged_elsewhere_without_a_tick(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    # q35 with native PCIe hot-plug: an unplug needs no guest (verified-facts, Hot-plug).
    vm = QemuVm(short_tmp, name="netq35").start(
        extra=[
            *q35_native_hotplug("rp1", "rp2"),
            "-netdev",
            "user,id=n1",
            "-netdev",
            "user,id=n2",
        ]
    )
    try:
        vm.watch.execute(
            "device_add", {"driver": "virtio-net-pci", "id": "vnet1", "bus": "rp1", "netdev": "n1"}
        )
        # An hour between polls: only events and requests refresh the pane.
        window = windows.on(vm, poll_interval_s=3600)
        pane = window.pane(NetworkPane)
        window.panes.setCurrentWidget(pane)
        arun.wait(lambda: pane.model.find("vnet1").isValid())
        session = window.model.sessions[0]
        added = arun(
            add_device(
                session, {"driver": "virtio-net-pci", "id": "vnet2", "bus": "rp2", "netdev": "n2"}
            )
        )
        assert added.ok, added.error
        arun.wait(lambda: pane.model.find("vnet2").isValid())
        assert row_cells(pane, "vnet2")[4] == "user n2"

        vm.watch.execute("device_del", {"id": "vnet1"})
        arun.wait(lambda: not pane.model.find("vnet1").isValid())
        assert pane.model.find("vnet2").isValid()
    finally:
        vm.stop()


@pytest.mark.qemu
def test_a_plain_pcs_default_nic_on_a_hub_is_listed(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    # QEMU's defaults (no -nodefaults): an e1000 on hub 0 with user networking.
    vm = QemuVm(short_tmp, name="plainpc").start(defaults=True)
    try:
        window = windows.on(vm)
        pane = window.pane(NetworkPane)
        window.panes.setCurrentWidget(pane)
        arun.wait(lambda: pane.model.find("e1000.0").isValid())
        cells = row_cells(pane, "e1000.0")
        assert cells[1] == "e1000" and cells[2].startswith("52:54:00:")
        assert cells[4].startswith("user #net")
    finally:
        vm.stop()


@pytest.mark.qemu
def test_remove_device_takes_the_nic_selected_in_the_pane(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(vm)
    pane = network_pane(window, arun)
    choose(pane, "nic1")
    picked = when_modal(QInputDialog, lambda dialog: dialog.reject())  # not expected
    asked = answer_confirm(accept=False)
    act(window, "actionDeviceDel").trigger()
    arun.wait(lambda: bool(asked.texts or picked.texts))
    assert not picked.texts
    assert "'nic1' (e1000)" in asked.texts[0]
