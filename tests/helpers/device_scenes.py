"""Pictures of Add device's presets (a scene of tests/helpers/picture_scenes.py's
SCENES, kept here for the size of that file)."""

from __future__ import annotations

from qmpgui.ui.device_add_dialog import DeviceAddDialog
from qmpgui.ui.preset_forms import ImageForm
from qmpgui.ui.preset_nic_form import NicForm
from tests.helpers.shooter import PictureError, Shooter


async def device_presets_scene(shot: Shooter) -> None:
    """Add device's Common devices: a disk from the demo's own image file, its format
    read by qemu-img, read-only, the commands it would send; then closed, nothing added."""
    shot.press("actionDeviceAdd")

    def dialog() -> DeviceAddDialog | None:
        found = shot.window.findChild(DeviceAddDialog, "deviceAddDialog")
        fresh = found is not None and found.isVisible() and found.presets.forms
        return found if fresh else None

    await shot.until(dialog, "the Add device dialog's presets")
    shown = dialog()
    assert shown is not None
    if not shown.select_preset("disk"):
        raise PictureError("the disk preset is not offered on the demo VM")
    drives = await shot.demo.execute("query-block")
    image = next(
        (d["inserted"]["file"] for d in drives if d.get("device") == "disk0" and "inserted" in d),
        None,
    )
    if not isinstance(image, str):
        raise PictureError("the demo VM has no disk image to show")
    form = shown.presets.forms["disk"]
    assert isinstance(form, ImageForm)
    form.path_edit.setText(image)
    form.read_only.setChecked(True)
    form.path_edit.editingFinished.emit()
    await shot.until(lambda: form.info is not None, "the image's format, read by qemu-img")
    await shot.shoot(shown, "control/device-presets.png")
    shown.close()


async def device_preset_tap_scene(shot: Shooter) -> None:
    """Add device's Network card preset with a tap backend: what the form says of the
    host's tap scripts; then closed, nothing added."""
    shot.press("actionDeviceAdd")

    def dialog() -> DeviceAddDialog | None:
        found = shot.window.findChild(DeviceAddDialog, "deviceAddDialog")
        fresh = found is not None and found.isVisible() and found.presets.forms
        return found if fresh else None

    await shot.until(dialog, "the Add device dialog's presets")
    shown = dialog()
    assert shown is not None
    if not shown.select_preset("nic"):
        raise PictureError("the NIC preset is not offered on the demo VM")
    form = shown.presets.forms["nic"]
    assert isinstance(form, NicForm)
    form.backend_box.setCurrentText("tap")
    form.ifname.setText("tap-lab0")
    await shot.shoot(shown, "control/device-preset-tap.png")
    shown.close()
