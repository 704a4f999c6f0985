"""Copying from the QOM and trace panes against QEMU 7.2: Ctrl+C on the QOM tree
copies the object's path, its right-click menu has the panes' copy actions and Copy
subtree (every object under the selected one with its values, as QEMU's qom-tree
prints, checked against the test's own monitor), and the trace pane's rows copy too."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from qmpgui.ui.panes.qom import QomPane
from qmpgui.ui.panes.trace import TracePane
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows


@pytest.fixture
def vm(short_tmp: Path) -> Iterator[QemuVm]:
    made = QemuVm(short_tmp, name="qomcopy")
    made.start(extra=["-device", "pci-bridge,id=br0,chassis_nr=3"])
    yield made
    made.stop()


def clipboard() -> str:
    return QGuiApplication.clipboard().text()


def menu_texts(menu: object) -> list[str]:
    return [a.text() for a in menu.actions() if a.text()]  # type: ignore[attr-defined]


@pytest.mark.qemu
def test_the_qom_tree_copies_a_path_and_a_subtree_as_qom_tree_prints(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(vm)
    pane = window.pane(QomPane)
    window.panes.setCurrentWidget(pane)
    arun.wait(lambda: pane.tree_model.find("/machine/peripheral") is not None)
    peripheral = pane.tree_model.find("/machine/peripheral")
    assert peripheral is not None
    pane.tree.expand(pane.tree_model.index_of(peripheral))
    arun.wait(lambda: pane.tree_model.find("/machine/peripheral/br0") is not None)
    bridge = pane.tree_model.find("/machine/peripheral/br0")
    assert bridge is not None
    pane.tree.setCurrentIndex(pane.tree_model.index_of(bridge))
    pane.tree.setFocus()
    arun.qtbot.keyClick(pane.tree, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    arun.wait(lambda: clipboard() == "/machine/peripheral/br0")

    menu = pane.copying.tree_menu.menu()
    assert menu_texts(menu) == [
        "Copy subtree",
        "Copy",
        "Copy as JSON",
        "Copy whole pane",
        "Copy whole pane as JSON",
    ]
    assert menu_texts(pane.copying.properties_menu.menu())[-2:] == [
        "Copy whole pane",
        "Copy whole pane as JSON",
    ]
    pane.copying.copy_subtree.trigger()
    arun.wait(lambda: "Copied the subtree of /machine/peripheral/br0" in pane.status.text())
    lines = clipboard().splitlines()
    assert lines[0] == "/machine/peripheral/br0"
    chassis = vm.watch.execute(
        "qom-get", {"path": "/machine/peripheral/br0", "property": "chassis_nr"}
    )
    assert f"  chassis_nr: {chassis} (uint8)" in lines
    # Every child QEMU lists is there, with its own properties under its path.
    listed = vm.watch.execute("qom-list", {"path": "/machine/peripheral/br0"})
    kids = [p["name"] for p in listed if p["type"].startswith("child<")]
    assert kids and all(f"/machine/peripheral/br0/{kid}" in lines for kid in kids)
    assert lines[lines.index("/machine/peripheral/br0") + 1].startswith("  ")


@pytest.mark.qemu
def test_the_trace_pane_copies_its_rows_and_has_the_copy_menu(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(vm)
    pane = window.pane(TracePane)
    window.panes.setCurrentWidget(pane)
    arun.wait(lambda: pane.model.rowCount() > 1000)
    pane.search.setText("qmp_enter_query_status")
    pane.search.returnPressed.emit()
    arun.wait(lambda: pane.proxy.rowCount() == 1)
    pane.view.selectRow(0)
    pane.view.setFocus()
    arun.qtbot.keyClick(pane.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    arun.wait(lambda: clipboard() == "qmp_enter_query_status\tdisabled")
    assert "Copy whole pane" in menu_texts(pane.copying.menu())
