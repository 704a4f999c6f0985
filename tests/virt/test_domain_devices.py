"""Add device and Remove device on a libvirt domain go through libvirt's device XML
(attach and detach), live only or kept in the domain's definition, each checked with
virsh (domblklist, with --inactive for the definition; dumpxml)."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from qmpgui.app.main_window import MainWindow
from qmpgui.ui.domain_device_dialog import DomainDeviceDialog
from qmpgui.ui.panes.devices import DevicesPane
from qmpgui.virt.device_xml import DomainDevice
from tests.helpers.dialogs import answer_confirm
from tests.helpers.libvirtd import URI, Libvirtd, virsh
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, act, messages

pytestmark = [pytest.mark.libvirt, pytest.mark.qemu, pytest.mark.timeout(300)]


def targets(domain: str, *, inactive: bool = False) -> set[str]:
    """The disks' targets `virsh domblklist` lists (live, or in the definition)."""
    extra = ["--inactive"] if inactive else []
    return {line.split()[0] for line in virsh("domblklist", domain, *extra).splitlines()}


def alias_of(domain: str, target: str) -> str:
    """The alias (QEMU's qdev id) libvirt gave the disk `target`."""
    tree = ET.fromstring(virsh("dumpxml", domain))
    for disk in tree.iter("disk"):
        found = disk.find("target")
        if found is not None and found.get("dev") == target:
            alias = disk.find("alias")
            assert alias is not None
            return str(alias.get("name"))
    raise AssertionError(f"{domain} has no disk {target}")


def open_dialog(window: MainWindow, arun: AsyncRunner) -> DomainDeviceDialog:
    add = act(window, "actionDeviceAdd")
    arun.wait(add.isEnabled)
    add.trigger()
    (dialog,) = open_dialogs(window)
    return dialog


def open_dialogs(window: MainWindow) -> list[DomainDeviceDialog]:
    return [d for d in window.findChildren(DomainDeviceDialog) if d.isVisible()]


def blank_image(libvirtd: Libvirtd, name: str) -> Path:
    """A raw 1 MiB image in the tests' libvirt folder, readable by libvirt's QEMU user."""
    image = libvirtd.folder / name
    image.write_bytes(b"\0" * 1024 * 1024)
    image.chmod(0o644)
    return image


def fill_disk(dialog: DomainDeviceDialog, path: str, *, persistent: bool) -> None:
    dialog.kind.setCurrentIndex(dialog.kind.findData(DomainDevice.DISK))
    dialog.bus.setCurrentText("usb")  # USB storage unplugs with no guest to let go
    dialog.path.setText(path)
    dialog.persistent.setChecked(persistent)


def test_a_disk_kept_in_the_definition_is_attached_and_detached_through_libvirt(
    domain: str, libvirtd: Libvirtd, windows: Windows, arun: AsyncRunner
) -> None:
    image = blank_image(libvirtd, f"{domain}-data.img")
    window = windows.on(f"{URI}#{domain}")
    dialog = open_dialog(window, arun)
    # The generic form of every QEMU type is for plain VMs: the dialog says why.
    assert "attached through libvirt (device XML)" in dialog.note.text()
    fill_disk(dialog, str(image), persistent=True)
    assert dialog.target.text() == "sda"  # the first free USB/SCSI target
    assert f'<source file="{image}"/>' in dialog.preview.toPlainText()
    dialog.attach_button.click()
    arun.wait(lambda: "sda" in targets(domain))
    assert "sda" in targets(domain, inactive=True)  # it comes back at the next start
    arun.wait(lambda: not open_dialogs(window))  # closed once the device is in
    assert any("attached, kept in the domain's definition" in m for m in messages(window))

    # Remove device on it, chosen in the Devices pane: gone live and from the definition.
    alias = alias_of(domain, "sda")
    pane = window.pane(DevicesPane)
    window.panes.setCurrentWidget(pane)
    arun.wait(lambda: pane.model.find(alias).isValid())
    pane.view.setCurrentIndex(pane.model.find(alias))
    asked = answer_confirm(accept=True)
    act(window, "actionDeviceDel").trigger()
    arun.wait(lambda: "sda" not in targets(domain))
    assert "sda" not in targets(domain, inactive=True)
    assert f"Remove '{alias}'" in asked.texts[0]
    # libvirt removes what it made for it, not qmpgui: the question says so.
    assert "libvirt detaches it" in asked.texts[0]
    assert "removes what it made for it" in asked.texts[0]
    assert "qmpgui made" not in asked.texts[0]
    arun.wait(lambda: not pane.model.find(alias).isValid())


def test_a_disk_for_this_run_only_is_not_in_the_definition(
    domain: str, libvirtd: Libvirtd, windows: Windows, arun: AsyncRunner
) -> None:
    image = blank_image(libvirtd, f"{domain}-run.img")
    window = windows.on(f"{URI}#{domain}")
    dialog = open_dialog(window, arun)
    fill_disk(dialog, str(image), persistent=False)
    dialog.attach_button.click()
    arun.wait(lambda: "sda" in targets(domain))
    assert "sda" not in targets(domain, inactive=True)
    arun.wait(lambda: any("attached, for this run only" in m for m in messages(window)))
    # Opened again at once, before the drives are read again: sda is taken.
    dialog = open_dialog(window, arun)
    fill_disk(dialog, str(image), persistent=False)
    assert dialog.target.text() == "sdb"


def test_an_empty_cdrom_drive_is_refused_before_libvirt_is_asked(
    domain: str, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(f"{URI}#{domain}")
    dialog = open_dialog(window, arun)
    dialog.kind.setCurrentIndex(dialog.kind.findData(DomainDevice.CDROM))
    assert not dialog.attach_button.isEnabled()
    assert "libvirt cannot hot-plug an empty CD-ROM drive" in dialog.error.text()


def test_libvirts_refusal_is_said_in_the_dialog_which_keeps_what_was_typed(
    domain: str, libvirtd: Libvirtd, windows: Windows, arun: AsyncRunner
) -> None:
    missing = str(libvirtd.folder / "no-such-image.img")
    window = windows.on(f"{URI}#{domain}")
    dialog = open_dialog(window, arun)
    fill_disk(dialog, missing, persistent=True)
    # Not readable here either: no format is assumed, the user chooses one.
    arun.wait(lambda: "Choose the image's format" in dialog.error.text())
    dialog.image_format.setCurrentIndex(dialog.image_format.findData("raw"))
    dialog.attach_button.click()
    arun.wait(lambda: "the device was not attached: libvirt refused" in dialog.error.text())
    assert "no-such-image.img" in dialog.error.text()  # libvirt's own sentence
    assert f"virsh dumpxml {domain} shows the domain's devices" in dialog.error.text()
    assert dialog.isVisible() and dialog.path.text() == missing
    assert dialog.attach_button.isEnabled()
    assert targets(domain) == {"fda", "hdc"} == targets(domain, inactive=True)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()


def test_a_nic_on_user_networking_and_a_usb_tablet_are_attached(
    domain: str, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(f"{URI}#{domain}")
    dialog = open_dialog(window, arun)
    dialog.kind.setCurrentIndex(dialog.kind.findData(DomainDevice.NIC))
    # The networks offered are libvirt's active ones (an inactive one is refused at
    # attach), after QEMU's own user networking.
    active = set(virsh("net-list", "--name").split())
    defined = set(virsh("net-list", "--all", "--name").split())
    arun.wait(lambda: dialog.network.count() == 1 + len(active))
    offered = {dialog.network.itemData(n) for n in range(1, dialog.network.count())}
    assert offered == active and not (defined - active) & offered
    mac = dialog.mac.text()
    assert mac.startswith("52:54:00:")
    dialog.mac.setText("53:54:00:00:00:01")  # a multicast address: refused before sending
    assert not dialog.attach_button.isEnabled()
    assert "multicast" in dialog.attach_button.toolTip()
    dialog.mac.setText(mac)
    dialog.persistent.setChecked(False)
    dialog.attach_button.click()
    arun.wait(lambda: mac in virsh("domiflist", domain))
    assert "user" in virsh("domiflist", domain)
    arun.wait(lambda: not open_dialogs(window))  # closed once the device is in

    # The next form knows the domain's MACs (asked through libvirt): that one is refused.
    dialog = open_dialog(window, arun)
    dialog.kind.setCurrentIndex(dialog.kind.findData(DomainDevice.NIC))
    assert dialog.mac.text() != mac
    dialog.mac.setText(mac.upper())
    arun.wait(lambda: "in use by another NIC" in dialog.attach_button.toolTip())
    assert not dialog.attach_button.isEnabled()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()

    dialog = open_dialog(window, arun)
    dialog.kind.setCurrentIndex(dialog.kind.findData(DomainDevice.TABLET))
    assert dialog.preview.toPlainText() == '<input type="tablet" bus="usb"/>'
    dialog.attach_button.click()
    arun.wait(lambda: "type='tablet'" in virsh("dumpxml", domain).replace('"', "'"))


def test_a_nic_at_another_slot_in_the_definition_is_removed_from_both(
    domain: str, libvirtd: Libvirtd, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(f"{URI}#{domain}", config={"confirm_destructive": False})
    # A SCSI disk for this run only: libvirt adds its controller live only, so the NIC
    # added next sits at one PCI slot live and at another in the definition.
    dialog = open_dialog(window, arun)
    fill_disk(dialog, str(blank_image(libvirtd, f"{domain}-scsi.img")), persistent=False)
    dialog.bus.setCurrentText("scsi")
    dialog.attach_button.click()
    arun.wait(lambda: "sda" in targets(domain))
    arun.wait(lambda: not open_dialogs(window))
    dialog = open_dialog(window, arun)
    dialog.kind.setCurrentIndex(dialog.kind.findData(DomainDevice.NIC))
    mac = dialog.mac.text()
    dialog.attach_button.click()
    arun.wait(lambda: mac in virsh("domiflist", domain, "--inactive"))
    live, defined = (
        ET.fromstring(virsh("dumpxml", domain, *extra)).find("devices/interface/address")
        for extra in ([], ["--inactive"])
    )
    assert live is not None and defined is not None
    assert live.get("slot") != defined.get("slot")

    alias = next(
        str(alias.get("name"))
        for nic in ET.fromstring(virsh("dumpxml", domain)).iter("interface")
        if (alias := nic.find("alias")) is not None
    )
    pane = window.pane(DevicesPane)
    window.panes.setCurrentWidget(pane)
    arun.wait(lambda: pane.model.find(alias).isValid())
    pane.view.setCurrentIndex(pane.model.find(alias))
    act(window, "actionDeviceDel").trigger()
    # Gone from the definition; live, the unplug waits for the guest (ACPI PCI hot-plug).
    arun.wait(lambda: mac not in virsh("domiflist", domain, "--inactive"))
    arun.wait(
        lambda: any("Remove device (libvirt detach_device) ok" in m for m in messages(window))
    )
    assert not any("Remove device failed" in m for m in messages(window))


def driver_types(domain: str, target: str) -> list[str | None]:
    """The <driver type> of the disk `target`, live and in the definition."""
    found = []
    for extra in ([], ["--inactive"]):
        tree = ET.fromstring(virsh("dumpxml", domain, *extra))
        for disk in tree.iter("disk"):
            dev, driver = disk.find("target"), disk.find("driver")
            if dev is not None and dev.get("dev") == target and driver is not None:
                found.append(driver.get("type"))
    return found


def test_a_qcow2_image_typed_is_attached_as_qcow2_and_add_again_keeps_the_form(
    domain: str, libvirtd: Libvirtd, windows: Windows, arun: AsyncRunner
) -> None:
    image = libvirtd.folder / f"{domain}-data.qcow2"
    subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", str(image), "1M"], check=True)
    image.chmod(0o644)
    window = windows.on(f"{URI}#{domain}")
    dialog = open_dialog(window, arun)
    fill_disk(dialog, str(image), persistent=True)  # typed, not browsed for
    # Add device again while the form is open: the same form, with what was typed.
    act(window, "actionDeviceAdd").trigger()
    assert open_dialogs(window) == [dialog] and dialog.path.text() == str(image)
    arun.wait(lambda: dialog.image_format.currentText() == "qcow2")  # read from the file
    assert 'type="qcow2"' in dialog.preview.toPlainText()
    dialog.attach_button.click()
    arun.wait(lambda: "sda" in targets(domain))
    # As qcow2 live and at the next start: a raw disk would show the guest the metadata.
    assert driver_types(domain, "sda") == ["qcow2", "qcow2"]


def test_attach_waits_for_the_format_of_the_image_typed(
    domain: str, libvirtd: Libvirtd, windows: Windows, arun: AsyncRunner
) -> None:
    image = libvirtd.folder / f"{domain}-quick.qcow2"
    subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", str(image), "1M"], check=True)
    image.chmod(0o644)
    window = windows.on(f"{URI}#{domain}")
    dialog = open_dialog(window, arun)
    fill_disk(dialog, str(image), persistent=False)
    dialog.attach_button.click()  # at once, before the file was read
    arun.wait(lambda: "sda" in targets(domain))
    assert driver_types(domain, "sda") == ["qcow2"]


def test_an_image_another_disk_of_the_domain_holds_is_refused_naming_that_disk(
    domain: str, windows: Windows, arun: AsyncRunner
) -> None:
    tree = ET.fromstring(virsh("dumpxml", domain))
    floppy = next(
        str(source.get("file"))
        for disk in tree.iter("disk")
        if disk.get("device") == "floppy" and (source := disk.find("source")) is not None
    )
    window = windows.on(f"{URI}#{domain}")
    dialog = open_dialog(window, arun)
    fill_disk(dialog, floppy, persistent=False)
    dialog.attach_button.click()
    arun.wait(lambda: "the device was not attached" in dialog.error.text())
    said = dialog.error.text()
    assert f"{floppy} is in use by the domain {domain}'s disk 'fda'" in said
    assert "which writes it" in said and "remove that first" in said
    assert "Failed to get" not in said  # QEMU's words are not the user's
    # Read-only cannot share it either while fda writes it.
    dialog.read_only.setChecked(True)
    dialog.attach_button.click()
    arun.wait(lambda: dialog.error.text() != "asking libvirt…")
    assert "disk 'fda'" in dialog.error.text() and "not even read-only" in dialog.error.text()
    assert targets(domain) == {"fda", "hdc"}
    assert dialog.isVisible() and dialog.path.text() == floppy


def test_a_usb_device_with_every_usb_port_taken_is_refused_saying_what_to_do(
    domain: str, libvirtd: Libvirtd, windows: Windows, arun: AsyncRunner
) -> None:
    tablet = libvirtd.folder / f"{domain}-tablet.xml"
    tablet.write_text('<input type="tablet" bus="usb"/>')
    for _ in range(8):  # the pc machine's UHCI controller has two ports
        done = subprocess.run(
            ["virsh", "-q", "-c", URI, "attach-device", domain, str(tablet), "--live"],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            assert "No free USB ports" in done.stderr
            break
    else:
        raise AssertionError("the domain's USB ports never ran out")
    window = windows.on(f"{URI}#{domain}")
    dialog = open_dialog(window, arun)
    dialog.kind.setCurrentIndex(dialog.kind.findData(DomainDevice.TABLET))
    dialog.attach_button.click()
    arun.wait(lambda: "the device was not attached" in dialog.error.text())
    said = dialog.error.text()
    assert f"the USB controller of {domain} has no free port" in said
    assert "remove a USB device from it" in said and "USB hub" in said
    assert "No free USB ports" not in said
