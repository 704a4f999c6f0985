"""The libvirt domain's Add device form alone: what it refuses before libvirt is asked,
and the image format it takes from the file (the action reads it; here it is told)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from qmpgui.host.image_info import ImageInfo
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


def disk_dialog(qtbot: Any, *, local: bool) -> DomainDeviceDialog:
    dialog = DomainDeviceDialog(None, "vm1", {"vda"}, set(), local=local)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(DomainDevice.DISK))
    return dialog


def driver_type(dialog: DomainDeviceDialog) -> str | None:
    driver = ET.fromstring(dialog.xml()).find("driver")
    assert driver is not None
    return driver.get("type")


def test_on_another_host_the_format_must_be_chosen_before_attach(qtbot: Any) -> None:
    dialog = disk_dialog(qtbot, local=False)
    attached = []
    dialog.attachRequested.connect(lambda xml, _persistent: attached.append(xml))
    dialog.path.setText("/var/lib/libvirt/images/data.qcow2")
    # No format is assumed: raw over a qcow2 file would show the guest its metadata.
    dialog.attach_button.click()
    assert attached == []
    assert not dialog.attach_button.isEnabled()
    assert "Choose the image's format, raw or qcow2" in dialog.error.text()
    assert dialog.chosen_format == ""
    dialog.image_format.setCurrentIndex(dialog.image_format.findData("qcow2"))
    assert dialog.attach_button.isEnabled() and dialog.error.text() == ""
    dialog.attach_button.click()
    assert len(attached) == 1 and 'type="qcow2"' in attached[0]


def test_on_this_host_the_format_is_read_from_the_path_typed(qtbot: Any) -> None:
    dialog = disk_dialog(qtbot, local=True)
    old, new = "/images/old.img", "/images/data.qcow2"
    with qtbot.waitSignal(dialog.imageChosen, timeout=5000) as asked:
        dialog.path.setText(old)
    assert asked.args == [old]  # once typing pauses, not per key
    with qtbot.waitSignal(dialog.imageChosen, timeout=5000) as asked:
        dialog.path.setText(new)
    assert asked.args == [new]
    # The answer about the text before comes late: it is dropped.
    dialog.set_info(old, ImageInfo(old, "raw"))
    assert dialog.chosen_format == ""
    dialog.set_info(new, ImageInfo(new, "qcow2", 64 << 20))
    assert dialog.chosen_format == "qcow2" and driver_type(dialog) == "qcow2"
    assert "qcow2, 64 MiB" in dialog.found.text()
    assert dialog.attach_button.isEnabled() and dialog.error.text() == ""
    # The user may override it, told what it does to the image.
    dialog.image_format.setCurrentIndex(dialog.image_format.findData("raw"))
    dialog.image_format.activated.emit(dialog.image_format.currentIndex())
    assert dialog.attach_button.isEnabled()
    assert "is a qcow2 image" in dialog.error.text()
    assert "a write damages the image" in dialog.error.text()


def test_attach_waits_for_the_format_read_from_the_file(qtbot: Any) -> None:
    dialog = disk_dialog(qtbot, local=True)
    path = "/images/data.qcow2"
    attached = []
    dialog.attachRequested.connect(lambda xml, _persistent: attached.append(xml))
    dialog.path.setText(path)
    assert dialog.attach_button.isEnabled()  # pressed, it waits for the file's verdict
    with qtbot.waitSignal(dialog.imageChosen, timeout=1000) as asked:
        dialog.attach_button.click()
    assert asked.args == [path] and attached == []
    assert "reading the image's format" in dialog.error.text()
    dialog.set_info(path, ImageInfo(path, "qcow2"))
    assert len(attached) == 1 and 'type="qcow2"' in attached[0]


def test_a_file_that_cannot_be_read_here_asks_for_the_format(qtbot: Any) -> None:
    dialog = disk_dialog(qtbot, local=True)
    path = "/images/unreadable.qcow2"
    dialog.path.setText(path)
    dialog.set_info(path, None, f"{path} cannot be read (permission denied)")
    assert not dialog.attach_button.isEnabled()
    assert "choose the image's format, raw or qcow2" in dialog.error.text().lower()
    assert "permission denied" in dialog.error.text()


def test_libvirts_refusal_stays_when_the_domains_macs_arrive_after_it(qtbot: Any) -> None:
    dialog = DomainDeviceDialog(None, "vm1", {"vda"}, set(), local=True)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(DomainDevice.TABLET))
    dialog.attach_button.click()
    refusal = "the device was not attached: the USB controller of vm1 has no free port"
    dialog.show_error(refusal)
    dialog.set_macs({"52:54:00:00:00:01"})  # the domain's MACs, read meanwhile
    assert dialog.error.text() == refusal and dialog.attach_button.isEnabled()
    dialog.kind.setCurrentIndex(dialog.kind.findData(DomainDevice.NIC))  # the user's edit
    assert dialog.error.text() == ""


def test_a_cdroms_disc_on_another_host_needs_its_format_chosen_too(qtbot: Any) -> None:
    dialog = DomainDeviceDialog(None, "vm1", {"vda"}, set(), local=False)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(DomainDevice.CDROM))
    dialog.path.setText("/srv/isos/tools.qcow2")
    assert not dialog.attach_button.isEnabled()
    assert "Choose the image's format" in dialog.error.text()
    dialog.image_format.setCurrentIndex(dialog.image_format.findData("qcow2"))
    assert dialog.attach_button.isEnabled() and driver_type(dialog) == "qcow2"
