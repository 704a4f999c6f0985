"""The QOM browser against QEMU 7.2: devices under /machine/peripheral by id (one added
while the pane shows appears after Refresh), links that go to their target, a qom-set
seen through the test's own monitor and a refused one in QEMU's words, and opening a
node asking only its own qom-list."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from qmpgui.app.main_window import MainWindow
from qmpgui.models.qom_model import QomPropertyModel
from qmpgui.qmp.shorthand import parse_input
from qmpgui.ui.panes.qom import QomPane
from qmpgui.ui.qom_set_dialog import QomSetDialog
from tests.helpers.dialogs import when_modal
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, messages

DEVICES = [
    "-device",
    "pci-bridge,id=br0,chassis_nr=1",
    "-object",
    "iothread,id=io0",
]


@pytest.fixture
def vm(short_tmp: Path) -> Iterator[QemuVm]:
    made = QemuVm(short_tmp, name="qomvm")
    made.start(extra=DEVICES)
    yield made
    made.stop()


def qom_pane(window: MainWindow, arun: AsyncRunner) -> QomPane:
    """The QOM pane on screen, once the root's children and /machine's are listed."""
    pane = window.pane(QomPane)
    window.panes.setCurrentWidget(pane)
    arun.wait(lambda: pane.tree_model.find("/machine/peripheral") is not None)
    return pane


def open_node(pane: QomPane, arun: AsyncRunner, path: str) -> None:
    """Open the node at `path` in the view as a user does, and wait for its rows."""
    node = pane.tree_model.find(path)
    assert node is not None, f"{path} is not shown"
    pane.tree.expand(pane.tree_model.index_of(node))
    arun.wait(lambda: node.children is not None)


def select(pane: QomPane, arun: AsyncRunner, path: str) -> None:
    """Select the object at `path` and wait for its values."""
    node = pane.tree_model.find(path)
    assert node is not None, f"{path} is not shown"
    pane.tree.setCurrentIndex(pane.tree_model.index_of(node))
    model = pane.properties.model
    arun.wait(lambda: model.path == path and bool(model.rows))
    arun.wait(lambda: all(r.text is not None for r in model.rows if r.prop.readable))


def value_index(model: QomPropertyModel, name: str) -> Any:
    number = next(i for i, row in enumerate(model.rows) if row.prop.name == name)
    return model.index(number, QomPropertyModel.VALUE)


@pytest.mark.qemu
def test_devices_by_id_are_under_peripheral_and_a_hotplugged_one_after_refresh(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(vm)
    pane = qom_pane(window, arun)
    assert {n.name for n in pane.tree_model.root.children or ()} >= {"machine", "objects"}
    open_node(pane, arun, "/machine/peripheral")
    bridge = pane.tree_model.find("/machine/peripheral/br0")
    assert bridge is not None and bridge.type == "pci-bridge"
    open_node(pane, arun, "/objects")
    iothread = pane.tree_model.find("/objects/io0")
    assert iothread is not None and iothread.type == "iothread"

    vm.watch.execute("device_add", {"driver": "virtio-rng-pci", "id": "rng9"})
    assert pane.tree_model.find("/machine/peripheral/rng9") is None
    pane.refresh_button.click()
    arun.wait(lambda: pane.tree_model.find("/machine/peripheral/rng9") is not None)
    added = pane.tree_model.find("/machine/peripheral/rng9")
    assert added is not None and added.type == "virtio-rng-pci"


@pytest.mark.qemu
def test_a_link_property_goes_to_its_target(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(vm)
    pane = qom_pane(window, arun)
    open_node(pane, arun, "/machine/peripheral")
    select(pane, arun, "/machine/peripheral/br0")
    model = pane.properties.model
    parent_bus = model.row_of("parent_bus")
    assert parent_bus is not None and parent_bus.prop.type == "link<bus>"
    target = vm.watch.execute(
        "qom-get", {"path": "/machine/peripheral/br0", "property": "parent_bus"}
    )
    assert parent_bus.text == target and parent_bus.target == target
    # The bus lies under a node never opened: clicking opens the way and selects it.
    assert pane.tree_model.find(target) is None
    index = value_index(model, "parent_bus")
    pane.properties.view.clicked.emit(index)
    arun.wait(lambda: pane.tree_model.node(pane.tree.currentIndex()).path == target)
    arun.wait(lambda: model.path == target)


@pytest.mark.qemu
def test_a_qom_set_from_the_pane_is_asked_then_seen_by_qemu(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(vm)
    pane = qom_pane(window, arun)
    open_node(pane, arun, "/objects")
    select(pane, arun, "/objects/io0")
    pane.properties.choose("poll-max-ns")
    # Read-only until changes are allowed.
    assert not pane.properties.set.isEnabled()
    pane.properties.allow.setChecked(True)
    assert pane.properties.set.isEnabled()

    asked: list[str] = []

    def answer(dialog: QomSetDialog) -> None:
        dialog.edit.setText("12345")
        asked.append(dialog.command.toPlainText())
        asked.append(dialog.risk.text())
        dialog.ok.click()

    when_modal(QomSetDialog, answer)
    pane.properties.set.click()
    arun.wait(lambda: "is now 12345" in pane.status.text())
    assert '"execute": "qom-set"' in asked[0] and '"value": 12345' in asked[0]
    assert asked[1] == "changes the VM"
    seen = vm.watch.execute("qom-get", {"path": "/objects/io0", "property": "poll-max-ns"})
    assert seen == 12345
    row = pane.properties.model.row_of("poll-max-ns")
    assert row is not None and row.text == "12345"


@pytest.mark.qemu
def test_a_refused_qom_set_says_qemus_words(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(vm)
    pane = qom_pane(window, arun)
    open_node(pane, arun, "/machine/peripheral")
    select(pane, arun, "/machine/peripheral/br0")
    pane.properties.choose("chassis_nr")
    pane.properties.allow.setChecked(True)

    def answer(dialog: QomSetDialog) -> None:
        dialog.edit.setText("7")
        dialog.ok.click()

    when_modal(QomSetDialog, answer)
    pane.properties.set.click()
    words = "after it was realized"
    arun.wait(lambda: words in pane.status.text())
    arun.wait(
        lambda: any(words in text and "Set QOM property" in text for text in messages(window))
    )
    seen = vm.watch.execute(
        "qom-get", {"path": "/machine/peripheral/br0", "property": "chassis_nr"}
    )
    assert seen == 1


@pytest.mark.qemu
def test_opening_a_node_sends_only_its_qom_list(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(vm)
    pane = qom_pane(window, arun)
    session = window.model.session(0)
    sent: list[tuple[str, Any]] = []
    execute = session.execute

    async def counting(command: str, arguments: Any = None) -> object:
        if command.startswith("qom-"):
            sent.append((command, arguments))
        return await execute(command, arguments)

    session.execute = counting  # type: ignore[method-assign]
    open_node(pane, arun, "/machine/unattached")
    assert len(pane.tree_model.find("/machine/unattached").children or ()) > 10  # type: ignore[union-attr]
    assert sent == [("qom-list", {"path": "/machine/unattached"})]


@pytest.mark.qemu
def test_find_walks_the_whole_tree_for_a_type_and_stops_when_asked(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(vm)
    pane = qom_pane(window, arun)
    # Nothing under /machine/peripheral is loaded: the loaded search finds no bridge.
    pane.search.setText("pci-bridge")
    assert pane.results.count() == 0 and "0 loaded objects match" in pane.found_label.text()
    assert pane.find_button.isEnabled()
    pane.find_button.click()
    arun.wait(lambda: "Searched the whole tree: " in pane.found_label.text(), timeout=120)
    found = [
        pane.results.item(n).data(Qt.ItemDataRole.UserRole) for n in range(pane.results.count())
    ]
    assert found == ["/machine/peripheral/br0"]
    # A result goes to its object, the way opened.
    pane.results.itemClicked.emit(pane.results.item(0))
    arun.wait(lambda: pane.tree_model.node(pane.tree.currentIndex()).path == found[0])

    pane.find_button.click()
    assert pane.cancel_button.isEnabled()
    pane.cancel_button.click()
    assert pane.found_label.text().startswith("Stopped: ")
    arun.wait(lambda: pane.find_button.isEnabled() and not pane.cancel_button.isEnabled())
    assert pane.found_label.text().startswith("Stopped: ")


@pytest.mark.qemu
def test_copied_commands_are_what_the_console_sends_and_qemu_answers(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(vm)
    pane = qom_pane(window, arun)
    open_node(pane, arun, "/objects")
    select(pane, arun, "/objects/io0")
    pane.properties.choose("poll-max-ns")
    clipboard = QGuiApplication.clipboard()
    pane.properties.copy_path.click()
    assert clipboard.text() == "/objects/io0"
    pane.properties.copy_value.click()
    value = clipboard.text()
    pane.properties.copy_get.click()
    get = parse_input(clipboard.text())
    assert (get.command, get.arguments) == (
        "qom-get",
        {"path": "/objects/io0", "property": "poll-max-ns"},
    )
    assert str(vm.watch.execute(get.command, get.arguments)) == value
    pane.properties.copy_set.click()
    qom_set = parse_input(clipboard.text())
    assert qom_set.command == "qom-set" and qom_set.arguments["value"] == int(value)
    vm.watch.execute(qom_set.command, {**qom_set.arguments, "value": 777})
    assert vm.watch.execute(get.command, get.arguments) == 777
