"""The worker's device operations (virt/worker.py's ops table): attach and detach a
running domain's devices with libvirt's device XML (as `virsh attach-device` and
`detach-device`), so that libvirt's definition stays right where a device_add behind
its back would be gone at the domain's next start.

Runs in the worker process only (it calls libvirt). Each function takes the domain (a
virDomain) and returns JSON; libvirt's refusals are raised as libvirtError, which the
worker answers with libvirt's own sentence.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from qmpgui.i18n import translate

try:
    import libvirt
except ImportError:  # the worker says how to install it before any op runs
    libvirt = None


def attach_device(dom: Any, xml: str, persistent: bool) -> dict[str, Any]:
    """Attach the device `xml` to the running domain, and to its definition too when
    `persistent` (virDomainAttachDeviceFlags, LIVE | CONFIG). {"persistent": bool}."""
    if persistent and not dom.isPersistent():
        raise libvirt.libvirtError(
            translate(
                "device_ops",
                "{v0} is a transient domain: it has no definition to keep the device in (attach it for this run only)",
            ).format(v0=dom.name())
        )
    flags = libvirt.VIR_DOMAIN_AFFECT_LIVE
    if persistent:
        flags |= libvirt.VIR_DOMAIN_AFFECT_CONFIG
    dom.attachDeviceFlags(xml, flags)
    return {"persistent": persistent}


def detach_device(dom: Any, alias: str) -> dict[str, Any]:
    """Detach the device whose alias (QEMU's qdev id) is `alias` from the running domain,
    and from its definition where it is there too (as virt-manager's Remove does):
    virDomainDetachDeviceFlags. libvirt waits a few seconds for QEMU's DEVICE_DELETED
    and returns; a guest that has not let go yet releases it later. {"persistent":
    whether it went from the definition too}."""
    live = ET.fromstring(dom.XMLDesc(0))
    element = _with_alias(live, alias)
    if element is None:
        raise libvirt.libvirtError(
            translate("device_ops", "{v0} has no device with the alias '{alias}'").format(
                v0=dom.name(), alias=alias
            )
        )
    in_definition = None
    if dom.isPersistent():
        inactive = ET.fromstring(dom.XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE))
        in_definition = _same_in(inactive, element)
    # Each from its own XML: the definition's copy may sit at another PCI address than
    # the live one (a controller added live only moves the next slots), and libvirt
    # matches the address too.
    dom.detachDeviceFlags(ET.tostring(element, encoding="unicode"), libvirt.VIR_DOMAIN_AFFECT_LIVE)
    if in_definition is not None:
        xml = ET.tostring(in_definition, encoding="unicode")
        dom.detachDeviceFlags(xml, libvirt.VIR_DOMAIN_AFFECT_CONFIG)
    return {"persistent": in_definition is not None}


def disk_files(dom: Any) -> list[dict[str, Any]]:
    """The running domain's disks that have an image: [{"target": "vda", "file":
    "/var/lib/libvirt/images/a.qcow2", "read_only": bool}], from its live XML."""
    disks = []
    for disk in ET.fromstring(dom.XMLDesc(0)).iter("disk"):
        source, target = disk.find("source"), disk.find("target")
        path = source.get("file") or source.get("dev") if source is not None else None
        if path and target is not None:
            read_only = disk.find("readonly") is not None
            disks.append({"target": target.get("dev", ""), "file": path, "read_only": read_only})
    return disks


def _with_alias(tree: ET.Element, alias: str) -> ET.Element | None:
    devices = tree.find("devices")
    for element in devices if devices is not None else ():
        found = element.find("alias")
        if found is not None and found.get("name") == alias:
            return element
    return None


def _identity(element: ET.Element) -> tuple[str, str | None]:
    """What libvirt matches a device of the definition by: a disk's target, a NIC's MAC,
    an input's type and bus; the tag alone for others."""
    if element.tag == "disk":
        target = element.find("target")
        return element.tag, target.get("dev") if target is not None else None
    if element.tag == "interface":
        mac = element.find("mac")
        return element.tag, mac.get("address", "").lower() if mac is not None else None
    if element.tag == "input":
        return element.tag, f"{element.get('type')}/{element.get('bus')}"
    return element.tag, None


def _same_in(tree: ET.Element, element: ET.Element) -> ET.Element | None:
    """The device of `tree` (a definition) that is `element` (a live device); None when
    there is none, or none matched with certainty (the definition is left as it is)."""
    wanted = _identity(element)
    devices = tree.find("devices")
    if wanted[1] is None or devices is None:
        return None
    return next((other for other in devices if _identity(other) == wanted), None)
