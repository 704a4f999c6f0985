"""The libvirt domain's Add device form alone: what it refuses before libvirt is asked."""

from __future__ import annotations

from typing import Any

from qmpgui.ui.domain_device_dialog import DomainDeviceDialog
from qmpgui.virt.device_xml import DomainDevice


def test_a_relative_image_path_is_refused_with_why(qtbot: Any) -> None:
    dialog = DomainDeviceDialog(None, "vm1", {"vda"}, set(), local=True)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(DomainDevice.DISK))
    dialog.path.setText("relative.img")
    assert not dialog.attach_button.isEnabled()
    assert "Give the image's full path, from /" in dialog.error.text()
    dialog.path.setText("/var/lib/libvirt/images/data.img")
    assert dialog.attach_button.isEnabled() and dialog.error.text() == ""
    assert dialog.target.text() == "vdb"  # vda is the domain's already
