"""The Add device form on a real QEMU: a property whose default is QEMU's "not set"
marker (-1 of a signed type, 4294967295 of a uint32, ...) starts empty, saying so in
words, and is sent only when the user types a value."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit

from qmpgui.log.entry import LogKind
from qmpgui.ui.device_add_dialog import DeviceAddDialog
from qmpgui.ui.device_form import BigSpinBox
from tests.helpers.device_dialog import choose, open_dialog
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, log_entries

#: QEMU 7.2's "not set" markers, by the property types that use them.
MARKERS = {
    "int32": -1,
    "int64": -1,
    "int": -1,
    "uint8": 255,
    "uint16": 65535,
    "uint32": 2**32 - 1,
    "uint64": 2**64 - 1,
}


@pytest.fixture
def vm(short_tmp: Path) -> Iterator[QemuVm]:
    """A pc with room for a DIMM, a null block node to put a disk on."""
    vm = QemuVm(short_tmp, name="unset").start(
        extra=["-m", "64,slots=2,maxmem=1G", "-blockdev", "driver=null-co,node-name=nb0"]
    )
    yield vm
    vm.stop()


def text_of(widget: object) -> tuple[str, str]:
    """A field's text and its placeholder."""
    if isinstance(widget, BigSpinBox):
        return widget.text(), widget.lineEdit().placeholderText()
    assert isinstance(widget, QLineEdit), widget
    return widget.text(), widget.placeholderText()


@pytest.mark.qemu
@pytest.mark.parametrize(
    "case",
    [
        # uint32 4294967295, a PCI addr int32 -1 read from text, a uint16 65535 "auto",
        # a 32-bit size 4294967295; a real default (queue-size 256) stays a number.
        (
            "virtio-blk-pci",
            ["vectors", "romsize", "addr", "num-queues", "discard_granularity"],
            {"queue-size": "256", "max-discard-sectors": "4194303"},
        ),
        ("virtio-net-pci", ["speed", "vectors", "addr"], {"x-txburst": "256"}),
        ("pc-dimm", ["slot"], {}),
    ],
    ids=["virtio-blk-pci", "virtio-net-pci", "pc-dimm"],
)
def test_a_not_set_default_shows_empty_and_says_so_in_words(
    vm: QemuVm, windows: Windows, arun: AsyncRunner, case: tuple[str, list[str], dict[str, str]]
) -> None:
    typename, unset, kept = case
    window = windows.on(vm)
    dialog = open_dialog(window, arun)
    choose(dialog, arun, typename)
    assert dialog.form is not None
    listed = vm.watch.execute("device-list-properties", {"typename": typename})
    # Every integer whose default is its type's marker, as QEMU lists them here.
    markers = {
        p["name"]
        for p in listed
        if p["type"] in MARKERS and MARKERS[p["type"]] == p.get("default-value")
    }
    assert set(unset) - {"addr", "discard_granularity"} <= markers
    for name in sorted(markers | set(unset)):
        text, placeholder = text_of(dialog.form.fields[name].widget)
        assert text == "", (name, text)
        assert placeholder.startswith("not set: QEMU decides"), (name, placeholder)
        tip = dialog.form.fields[name].widget.toolTip()
        assert "default: not set: QEMU decides" in tip, (name, tip)
    if "addr" in unset:  # what to type instead, from QEMU's description
        assert "06.0" in text_of(dialog.form.fields["addr"].widget)[1]
    for name, value in kept.items():
        assert text_of(dialog.form.fields[name].widget)[0] == value
    # Nothing typed: none of them is sent.
    assert dialog.arguments() == ({"driver": typename, "id": f"{typename}0"}, [])


@pytest.mark.qemu
def test_a_not_set_field_is_sent_only_with_a_value_typed(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(vm)
    dialog = open_dialog(window, arun)
    choose(dialog, arun, "virtio-blk-pci")
    assert dialog.form is not None
    fields = dialog.form.fields
    vectors = fields["vectors"].widget
    assert isinstance(vectors, BigSpinBox)
    vectors.lineEdit().setText("3")
    # Typed and emptied again: back to "not set", neither sent nor refused.
    queues = fields["num-queues"].widget
    assert isinstance(queues, BigSpinBox)
    queues.lineEdit().setText("2")
    queues.lineEdit().clear()
    args, problems = dialog.arguments()
    assert problems == [] and args == {
        "driver": "virtio-blk-pci",
        "id": "virtio-blk-pci0",
        "vectors": 3,
    }
    drive = fields["drive"].widget
    drive.setEditText("nb0")  # type: ignore[attr-defined]
    dialog.add_button.click()
    arun.wait(lambda: window.findChild(DeviceAddDialog, "deviceAddDialog") is None)
    sent = [e.data.get("arguments") for e in log_entries(window, LogKind.COMMAND)]
    assert {"driver": "virtio-blk-pci", "id": "virtio-blk-pci0", "drive": "nb0", "vectors": 3} in (
        sent
    )
    path = "/machine/peripheral/virtio-blk-pci0"
    assert vm.watch.execute("qom-get", {"path": path, "property": "vectors"}) == 3
    # The slot and the queues were QEMU's to choose: not -1, not 65535.
    assert vm.watch.execute("qom-get", {"path": path, "property": "num-queues"}) == 1
    slots = [
        d["slot"]
        for bus in vm.watch.execute("query-pci")
        for d in bus["devices"]
        if d.get("qdev_id") == "virtio-blk-pci0"
    ]
    assert slots and slots[0] >= 0
