"""The device XML qmpgui gives libvirt to attach a device, and the names it proposes."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from qmpgui.virt.device_xml import (
    USER_NETWORKING,
    DiskChoice,
    NicChoice,
    disk_xml,
    next_target,
    nic_xml,
)


def test_a_disk_path_with_quotes_and_ampersands_stays_one_attribute() -> None:
    path = '/images/it\'s a "test" & more.qcow2'
    element = ET.fromstring(disk_xml(DiskChoice(path, "qcow2", "virtio", "vdb")))
    source, target, driver = element.find("source"), element.find("target"), element.find("driver")
    assert source is not None and source.get("file") == path
    assert target is not None and target.attrib == {"dev": "vdb", "bus": "virtio"}
    assert driver is not None and driver.get("type") == "qcow2"
    assert element.find("readonly") is None


def test_an_empty_cdrom_drive_has_no_source_and_is_read_only() -> None:
    element = ET.fromstring(disk_xml(DiskChoice("", "raw", "scsi", "sdb", cdrom=True)))
    assert element.get("device") == "cdrom"
    assert element.find("source") is None and element.find("readonly") is not None


def test_nics_on_user_networking_and_on_a_libvirt_network() -> None:
    user = ET.fromstring(nic_xml(NicChoice(USER_NETWORKING, "e1000", "52:54:00:aa:bb:cc")))
    assert user.get("type") == "user" and user.find("source") is None
    net = ET.fromstring(nic_xml(NicChoice("default", "virtio", "52:54:00:aa:bb:cd")))
    source, model = net.find("source"), net.find("model")
    assert net.get("type") == "network" and source is not None and model is not None
    assert source.get("network") == "default" and model.get("type") == "virtio"


def test_the_next_target_skips_those_in_use_per_bus() -> None:
    assert next_target("virtio", {"vda", "hdc", "fda"}) == "vdb"
    assert next_target("usb", {"sda", "sdb", "vda"}) == "sdc"
    assert next_target("scsi", set()) == "sda"
    every = {f"vd{chr(c)}" for c in range(ord("a"), ord("z") + 1)}
    assert next_target("virtio", every) == "vdaa"  # as libvirt counts on after vdz
