"""The Add device dialog as the window tests open it and choose a type in it."""

from __future__ import annotations

from qmpgui.app.main_window import MainWindow
from qmpgui.ui.device_add_dialog import DeviceAddDialog
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import act


def open_dialog(window: MainWindow, arun: AsyncRunner) -> DeviceAddDialog:
    """Add device on the selected VM: the dialog once QEMU has listed its types."""
    act(window, "actionDeviceAdd").trigger()
    arun.wait(lambda: window.findChild(DeviceAddDialog, "deviceAddDialog") is not None)
    dialog = window.findChild(DeviceAddDialog, "deviceAddDialog")
    assert dialog is not None
    arun.wait(lambda: dialog.tree.topLevelItemCount() > 0)
    return dialog


def choose(dialog: DeviceAddDialog, arun: AsyncRunner, name: str) -> None:
    """Choose the type `name` as a click would; wait for its form."""
    assert dialog.select_type(name), name
    arun.wait(lambda: dialog.form is not None and dialog.typename == name)


def form_for(window: MainWindow, arun: AsyncRunner, name: str) -> DeviceAddDialog:
    """Add device on the selected VM with the type `name` chosen: the dialog once its
    form shows."""
    dialog = open_dialog(window, arun)
    choose(dialog, arun, name)
    assert dialog.form is not None
    return dialog
