"""The PCI pane names vendors and devices from the system's PCI ID database, read once
off the window's thread; without one, the ids in hex alone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex

from qmpgui.app.main_window import MainWindow
from qmpgui.qmp import pci_ids
from qmpgui.session.pci_names import forget_pci_ids
from qmpgui.ui.panes.pci import PciPane
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows

#: A database of our own: the e1000 under another name than the system's, so that the
#: test sees this file's names.
OWN_IDS = """\
# a pci.ids made by the test
8086  Intel
\t100e  82540EM Gigabit Ethernet
C 02  Network controller
"""


@pytest.fixture
def nic_vm(short_tmp: Path) -> Iterator[QemuVm]:
    vm = QemuVm(short_tmp, name="nic").start(extra=["-device", "e1000,id=nic1"])
    yield vm
    vm.stop()


@pytest.fixture(autouse=True)
def _database_read_again() -> Iterator[None]:
    forget_pci_ids()
    yield
    forget_pci_ids()


def vendor_device(window: MainWindow, arun: AsyncRunner, qdev: str) -> str:
    """The Vendor:device cell of the PCI pane's row of device `qdev`, once it shows."""
    pane = window.pane(PciPane)
    window.panes.setCurrentWidget(pane)
    model = pane.model

    def cell() -> str:
        pending = [QModelIndex()]
        while pending:
            parent = pending.pop()
            for row in range(model.rowCount(parent)):
                index = model.index(row, 0, parent)
                node = model.node(index)
                raw = node.raw if node is not None else None
                if node is not None and isinstance(raw, dict) and raw.get("qdev_id") == qdev:
                    return node.cells[2]
                pending.append(index)
        return ""

    arun.wait(lambda: cell() != "")
    return cell()


@pytest.mark.qemu
def test_hex_ids_without_a_database_and_names_with_one(
    nic_vm: QemuVm,
    windows: Windows,
    arun: AsyncRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    own = tmp_path / "pci.ids"
    monkeypatch.setattr(pci_ids, "PCI_IDS_PATHS", (tmp_path / "missing.ids", own))
    window = windows.on(nic_vm)
    assert vendor_device(window, arun, "nic1") == "8086:100e"
    # The file appears (the package installed meanwhile): read at the next start, here
    # at the next poll once the kept database is forgotten.
    own.write_text(OWN_IDS)
    forget_pci_ids()
    arun.wait(
        lambda: vendor_device(window, arun, "nic1") == "Intel 82540EM Gigabit Ethernet [8086:100e]"
    )


@pytest.mark.qemu
def test_the_system_database_where_installed(
    nic_vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    # Debian's pci.ids package (scripts/setup.sh installs it), else hwdata's, else none.
    installed = next((p for p in pci_ids.PCI_IDS_PATHS if p.is_file()), None)
    window = windows.on(nic_vm)
    shown = vendor_device(window, arun, "nic1")
    if installed is None:
        assert shown == "8086:100e"
    else:
        assert shown == "Intel 82540EM Gigabit Ethernet Controller [8086:100e]"
