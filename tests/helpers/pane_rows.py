"""Rows of the inspection panes (Devices, Block devices, PCI) as a user finds and picks
them, and the devices a VM has as the test's own monitor sees them."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QModelIndex

from qmpgui.app.main_window import MainWindow
from qmpgui.models.node_tree import Node, NodeTreeModel
from qmpgui.ui.panes.inspect import InspectPane
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner


def peripherals(vm: QemuVm) -> dict[str, str]:
    """The VM's devices with an id and their types, as the test's monitor sees them."""
    return {
        p["name"]: p["type"]
        for p in vm.watch.execute("qom-list", {"path": "/machine/peripheral"})
        if p["type"].startswith("child<")
    }


def rows(model: NodeTreeModel, parent: QModelIndex | None = None) -> Iterator[QModelIndex]:
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from rows(model, index)


def row_where(pane: InspectPane, match: Callable[[Node], bool]) -> QModelIndex | None:
    for index in rows(pane.model):
        node = pane.model.node(index)
        if node is not None and match(node):
            return index
    return None


def cells_of(pane: InspectPane, match: Callable[[Node], bool]) -> list[str] | None:
    index = row_where(pane, match)
    node = pane.model.node(index) if index is not None else None
    return list(node.cells) if node is not None else None


def show(window: MainWindow, kind: type[InspectPane]) -> InspectPane:
    pane = window.pane(kind)
    window.panes.setCurrentWidget(pane)
    return pane


def select(arun: AsyncRunner, pane: InspectPane, match: Callable[[Node], bool]) -> None:
    arun.wait(lambda: row_where(pane, match) is not None)
    index = row_where(pane, match)
    assert index is not None
    pane.view.setCurrentIndex(index)


def by_key(key: str) -> Callable[[Node], bool]:
    return lambda node: node.key == key


def pci_qdev(qdev: str) -> Callable[[Node], bool]:
    return lambda node: isinstance(node.raw, dict) and node.raw.get("qdev_id") == qdev
