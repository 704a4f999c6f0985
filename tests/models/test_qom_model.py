"""The QOM tree's model without a VM: a node listed once, a refresh that adds and removes
children in place (rows and their numbers right, checked by Qt's model tester), and a
node's listing asked through fetchMore() only once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex

from qmpgui.models.qom_model import QomTreeModel
from qmpgui.qmp.qom_tree import QomProperty


def kids(*names: str) -> list[QomProperty]:
    return [QomProperty(name, "child<pci-bridge>") for name in names] + [
        QomProperty("realized", "bool")
    ]


def test_a_refresh_adds_and_removes_children_in_place(qtmodeltester: Any) -> None:
    model = QomTreeModel()
    asked: list[str] = []
    model.fetchRequested.connect(asked.append)
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert asked == ["/"]  # once, while the listing is under way
    model.set_children("/", [QomProperty("machine", "child<pc-machine>")])
    model.set_children("/machine", kids("b", "d", "f"))
    machine = model.find("/machine")
    assert machine is not None and [n.name for n in machine.children or ()] == ["b", "d", "f"]
    kept = model.find("/machine/d")
    model.set_children("/machine", kids("a", "d", "e", "g"))
    assert [n.name for n in machine.children or ()] == ["a", "d", "e", "g"]
    assert model.find("/machine/d") is kept and model.find("/machine/b") is None
    for number, node in enumerate(machine.children or ()):
        index = model.index_of(node)
        assert index.row() == number and model.data(index) == node.name
        assert model.parent(index) == model.index_of(machine)
    assert model.data(model.index_of(kept).siblingAtColumn(1)) == "pci-bridge"
    assert [n.path for n in model.search("pci-bridge /machine/e")] == ["/machine/e"]
    qtmodeltester.check(model)


def test_a_closed_node_is_forgotten_and_listed_again_when_opened() -> None:
    model = QomTreeModel()
    asked: list[str] = []
    model.fetchRequested.connect(asked.append)
    model.set_children("/", [QomProperty("machine", "child<pc-machine>")])
    model.set_children("/machine", kids("b"))
    machine = model.find("/machine")
    assert machine is not None and not model.canFetchMore(model.index_of(machine))
    model.unload("/machine")
    assert model.find("/machine/b") is None and model.rowCount(model.index_of(machine)) == 0
    assert model.canFetchMore(model.index_of(machine))
    model.fetchMore(model.index_of(machine))
    assert asked == ["/machine"]
