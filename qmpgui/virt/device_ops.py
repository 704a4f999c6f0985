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

try:
    import libvirt
except ImportError:  # the worker says how to install it before any op runs
    libvirt = None


def attach_device(dom: Any, xml: str, persistent: bool) -> dict[str, Any]:
    """Attach the device `xml` to the running domain, and to its definition too when
    `persistent` (virDomainAttachDeviceFlags, LIVE | CONFIG). {"persistent": bool}."""
    if persistent and not dom.isPersistent():
        raise libvirt.libvirtError(
            f"{dom.name()} is a transient domain: it has no definition to keep the device "
            "in (attach it for this run only)"
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
        raise libvirt.libvirtError(f"{dom.name()} has no device with the alias '{alias}'")
    flags = libvirt.VIR_DOMAIN_AFFECT_LIVE
    defined = False
    if dom.isPersistent():
        inactive = ET.fromstring(dom.XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE))
        defined = _same_in(inactive, element)
        if defined:
            flags |= libvirt.VIR_DOMAIN_AFFECT_CONFIG
    dom.detachDeviceFlags(ET.tostring(element, encoding="unicode"), flags)
    return {"persistent": defined}


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


def _same_in(tree: ET.Element, element: ET.Element) -> bool:
    wanted = _identity(element)
    if wanted[1] is None:
        return False  # not matched with certainty: the definition is left as it is
    devices = tree.find("devices")
    if devices is None:
        return False
    return any(_identity(other) == wanted for other in devices)
