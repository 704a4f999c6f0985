"""The disk and USB storage presets' image line against a real QEMU 7.2: the path is
looked at as it is typed (never showing what was found about a text no longer in the
field), and Copy JSON copies only commands QEMU takes as they are: the format read
from the file, never a placeholder. Each effect is seen through the test's own
monitor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from qmpgui.ui.preset_forms import ImageForm
from tests.helpers.presets import block_nodes, open_dialog, qcow2
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows


@pytest.mark.qemu
@pytest.mark.parametrize("key", ["disk", "usb-storage"])
def test_the_image_path_is_looked_at_as_it_is_typed_and_an_old_verdict_goes_at_once(
    key: str, short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    image = qcow2(short_tmp)
    vm = QemuVm(short_tmp, name="typed").start(extra=["-device", "qemu-xhci,id=xhci"])
    try:
        window = windows.on(vm)
        dialog = open_dialog(window, arun)
        assert dialog.select_preset(key)
        form = dialog.presets.forms[key]
        assert isinstance(form, ImageForm)
        form.path_edit.setFocus()
        # Typed, the field never left: the verdict comes once typing pauses.
        missing = short_tmp / "gone.qcow2"
        form.path_edit.setText(str(missing))
        arun.wait(lambda: form.found.text() == f"no such file: {missing}")
        assert form.path_edit.hasFocus()
        # Typing on: the verdict about the old text goes at once ...
        form.path_edit.setText(str(image))
        assert "no such file" not in form.found.text()
        # ... and the new one comes, without leaving the field.
        arun.wait(lambda: form.found.text() == "found: qcow2, 16 MiB")
        assert form.path_edit.hasFocus()
        assert '"driver": "qcow2"' in dialog.presets.preview.toPlainText()
        # Nothing was sent to look at it.
        assert block_nodes(vm) == {}
    finally:
        vm.stop()


@pytest.mark.qemu
def test_copy_json_waits_for_the_format_and_copies_commands_qemu_takes(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    image = qcow2(short_tmp)
    vm = QemuVm(short_tmp, name="copy").start()
    try:
        window = windows.on(vm)
        dialog = open_dialog(window, arun)
        assert dialog.select_preset("disk")
        form = dialog.presets.forms["disk"]
        assert isinstance(form, ImageForm) and form.format_box.currentText() == "detect"
        copy = dialog.presets.copy_button
        QGuiApplication.clipboard().clear()
        form.path_edit.setText(str(image))
        # The format is not read yet: Copy is off and says why, and copies nothing.
        assert not copy.isEnabled()
        assert "format is not known yet" in copy.toolTip()
        copy.click()
        assert QGuiApplication.clipboard().text() == ""
        # Once read, the commands shown are those sent, and Copy copies them.
        arun.wait(copy.isEnabled)
        shown = dialog.presets.preview.toPlainText()
        copy.click()
        copied = QGuiApplication.clipboard().text()
        assert copied == shown and '"driver": "qcow2"' in copied
        # Pasted into a console, QEMU takes every line as it is.
        for line in copied.splitlines():
            command = json.loads(line)
            vm.watch.execute(command["execute"], command["arguments"])
        assert block_nodes(vm)["disk0-format"]["drv"] == "qcow2"
        assert any("disk0" in d.get("qdev", "") for d in vm.watch.execute("query-block"))
    finally:
        vm.stop()
