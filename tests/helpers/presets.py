"""The Add device dialog's presets as a test uses them: the dialog opened, a preset's
item in the picker, and what the test's own monitor sees of the VM (its devices,
block nodes, `info network`), what the window sent and said."""

from __future__ import annotations

import subprocess
from pathlib import Path

from qmpgui.app.main_window import MainWindow
from qmpgui.log.entry import LogKind
from qmpgui.ui.device_add_dialog import DeviceAddDialog
from qmpgui.ui.device_presets import COMMON
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import act, log_entries, log_texts


def open_dialog(window: MainWindow, arun: AsyncRunner) -> DeviceAddDialog:
    act(window, "actionDeviceAdd").trigger()
    arun.wait(lambda: window.findChild(DeviceAddDialog, "deviceAddDialog") is not None)
    dialog = window.findChild(DeviceAddDialog, "deviceAddDialog")
    assert dialog is not None
    # The presets come first, once QEMU has answered what they need.
    arun.wait(lambda: bool(dialog.presets.forms))
    first = dialog.tree.topLevelItem(0)
    assert first is not None and first.text(0) == COMMON
    return dialog


def preset_item_tip(dialog: DeviceAddDialog, name: str) -> tuple[bool, str]:
    """Whether the preset named `name` is greyed, and its tooltip."""
    group = dialog.tree.topLevelItem(0)
    assert group is not None
    for j in range(group.childCount()):
        item = group.child(j)
        if item is not None and item.text(0) == name:
            return item.isDisabled(), item.toolTip(0)
    raise AssertionError(name)


def peripherals(vm: QemuVm) -> dict[str, str]:
    return {
        p["name"]: p["type"]
        for p in vm.watch.execute("qom-list", {"path": "/machine/peripheral"})
        if p["type"].startswith("child<")
    }


def block_nodes(vm: QemuVm) -> dict[str, dict[str, object]]:
    nodes = vm.watch.execute("query-named-block-nodes", {"flat": True})
    return {n["node-name"]: n for n in nodes}


def hmp(vm: QemuVm, line: str) -> str:
    text = vm.watch.execute("human-monitor-command", {"command-line": line})
    assert isinstance(text, str)
    return text


def sent(window: MainWindow) -> list[str]:
    return [e.name for e in log_entries(window, LogKind.COMMAND)]


def said(window: MainWindow, fragment: str) -> bool:
    return any(fragment in text for text in log_texts(window))


def qcow2(folder: Path, name: str = "disk.qcow2") -> Path:
    path = folder / name
    subprocess.run(
        ["qemu-img", "create", "-q", "-f", "qcow2", str(path), "16M"], check=True, timeout=30
    )
    return path


def added(window: MainWindow, arun: AsyncRunner) -> None:
    """Until the dialog closed, as it does once the device is in."""
    arun.wait(lambda: window.findChild(DeviceAddDialog, "deviceAddDialog") is None)
