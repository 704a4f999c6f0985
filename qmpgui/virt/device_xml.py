"""The device XML that attaches a disk, a CD-ROM, a NIC or a USB tablet to a libvirt
domain (libvirt's domain XML format, "Devices": <disk>, <interface>, <input>), and
the target it proposes: the next free one (vdb, sdb).

Pure text: the worker hands the XML to libvirt's attachDeviceFlags (virt/device_ops.py).
"""

from __future__ import annotations

import string
from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum
from xml.sax.saxutils import quoteattr

from qmpgui.i18n import translate


class DomainDevice(StrEnum):
    """What can be attached to a running domain from the Add device dialog."""

    DISK = "disk"
    CDROM = "cdrom"
    NIC = "nic"
    TABLET = "tablet"


#: The buses a disk can be hot-plugged on, by libvirt's target bus name: virtio-blk
#: (PCI: the guest must accept a PCI hot-plug), a SCSI controller (libvirt adds one
#: if the domain has none) and USB storage on the domain's USB controller.
DISK_BUSES = ("virtio", "scsi", "usb")
#: A CD-ROM drive cannot be a virtio disk.
CDROM_BUSES = ("scsi", "usb")
#: NIC models libvirt passes to QEMU.
NIC_MODELS = ("virtio", "e1000")
#: `source` of a NIC choice meaning QEMU's own user-mode networking (no libvirt network).
USER_NETWORKING = ""
#: Target name prefixes by bus (libvirt's conventions: vda, sda).
_PREFIX = {"virtio": "vd", "scsi": "sd", "usb": "sd"}


@dataclass(frozen=True)
class DiskChoice:
    """A disk or CD-ROM to attach: `path` of its image on the domain's host ("" for a
    CD-ROM drive without a disc), `image_format` ("raw", "qcow2": never assumed, a
    qcow2 image attached as raw is damaged by the guest's writes), `bus` (DISK_BUSES),
    `target` (vdb, sdc), `read_only`, and `cdrom`."""

    path: str
    image_format: str
    bus: str
    target: str
    read_only: bool = False
    cdrom: bool = False


@dataclass(frozen=True)
class NicChoice:
    """A NIC to attach: `source` (a libvirt network's name, or USER_NETWORKING), `model`
    (NIC_MODELS) and `mac` ("52:54:00:12:34:56")."""

    source: str
    model: str
    mac: str


def disk_xml(choice: DiskChoice) -> str:
    """The <disk> element of `choice`, one line."""
    device = "cdrom" if choice.cdrom else "disk"
    source = (
        translate("device_xml", "<source file={v0}/>").format(v0=quoteattr(choice.path))
        if choice.path
        else ""
    )
    read_only = "<readonly/>" if choice.read_only or choice.cdrom else ""
    return translate(
        "device_xml",
        '<disk type="file" device="{device}"><driver name="qemu" type={v1}/>{source}<target dev={v3} bus={v4}/>{read_only}</disk>',
    ).format(
        device=device,
        v1=quoteattr(choice.image_format),
        source=source,
        v3=quoteattr(choice.target),
        v4=quoteattr(choice.bus),
        read_only=read_only,
    )


def nic_xml(choice: NicChoice) -> str:
    """The <interface> element of `choice`, one line."""
    if choice.source == USER_NETWORKING:
        head, source = '<interface type="user">', ""
    else:
        head = '<interface type="network">'
        source = translate("device_xml", "<source network={v0}/>").format(
            v0=quoteattr(choice.source)
        )
    return translate(
        "device_xml", "{head}<mac address={v1}/>{source}<model type={v3}/></interface>"
    ).format(head=head, v1=quoteattr(choice.mac), source=source, v3=quoteattr(choice.model))


def tablet_xml() -> str:
    """A USB tablet (absolute pointer): <input type="tablet" bus="usb"/>."""
    return '<input type="tablet" bus="usb"/>'


def next_target(bus: str, used: Collection[str]) -> str:
    """The first free target name for `bus` ("vdb" when vda is used), from a to zz as
    libvirt counts them; `used` are the domain's targets now."""
    prefix = _PREFIX.get(bus, "sd")
    letters = string.ascii_lowercase
    names = [*letters, *(a + b for a in letters for b in letters)]
    return next(f"{prefix}{n}" for n in names if f"{prefix}{n}" not in used)
