"""The worker's snapshot operations (virt/worker.py's ops table): libvirt's snapshot
API on one domain, so that `virsh snapshot-list` and qmpgui always agree.

Runs in the worker process only (it calls libvirt). Each function takes the domain
(a virDomain) and returns JSON; libvirt's refusals are raised as libvirtError, which
the worker answers with libvirt's own sentence.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any
from xml.sax.saxutils import escape

from qmpgui.i18n import translate

try:
    import libvirt
except ImportError:  # the worker says how to install it before any op runs
    libvirt = None

#: The devices of a domain's XML that libvirt snapshots (a `lun` passes through).
_DISK_DEVICES = frozenset({"disk", "floppy", "cdrom"})


def disks(dom: Any) -> list[dict[str, Any]]:
    """The domain's disks as snapshots see them, from its live XML: `target` (fda,
    vda, ...), `alias` (QEMU's qdev id of the drive, ide0-1-0; None for a shut-off
    domain), `device` (disk, floppy, cdrom), `format` (the driver's type: qcow2, raw;
    None when not said), `read_only`, `empty` (no medium)."""
    tree = ET.fromstring(dom.XMLDesc(0))
    found = []
    for disk in tree.iter("disk"):
        if disk.get("device", "disk") not in _DISK_DEVICES:
            continue
        target = disk.find("target")
        driver = disk.find("driver")
        source = disk.find("source")
        alias = disk.find("alias")
        found.append(
            {
                "target": target.get("dev") if target is not None else None,
                "alias": alias.get("name") if alias is not None else None,
                "device": disk.get("device", "disk"),
                "format": driver.get("type") if driver is not None else None,
                "read_only": disk.find("readonly") is not None,
                "empty": source is None or not (source.attrib or list(source)),
            }
        )
    return found


def _snapshot(snap: Any, current: str | None) -> dict[str, Any]:
    tree = ET.fromstring(snap.getXMLDesc(0))
    memory = tree.find("memory")
    memory_kind = memory.get("snapshot") if memory is not None else None
    state = tree.findtext("state") or ""
    held = []
    for disk in tree.iterfind("disks/disk"):
        kind = disk.get("snapshot") or "internal"
        if kind != "no":
            held.append({"name": disk.get("name"), "location": kind})
    created = tree.findtext("creationTime")
    return {
        "name": snap.getName(),
        "description": tree.findtext("description") or "",
        "created": int(created) if created and created.isdigit() else None,
        "state": state,
        # <memory snapshot='internal'|'external'|'no'>; libvirt before 1.0.1 wrote none:
        # then a snapshot of a running or paused domain held its memory.
        "memory": memory_kind in ("internal", "external")
        if memory_kind is not None
        else state in ("running", "paused"),
        "disks": held,
        "parent": tree.findtext("parent/name"),
        "current": snap.getName() == current,
    }


def snapshot_list(dom: Any) -> dict[str, Any]:
    """The domain's snapshots (`snapshots`: name, description, created (seconds since
    the epoch), state (libvirt's word for the domain's state then: running, paused,
    shutoff, disk-snapshot), memory (bool), disks ([{name, location}]), parent (a name
    or None), current (bool)) and its disks (`disks`: see disks())."""
    try:
        current = dom.snapshotCurrent(0).getName()
    except libvirt.libvirtError:  # no current snapshot
        current = None
    return {
        "snapshots": [_snapshot(s, current) for s in dom.listAllSnapshots(0)],
        "disks": disks(dom),
    }


def snapshot_create(dom: Any, name: str, description: str = "", memory: bool = True) -> str:
    """Take an internal snapshot `name` (with `description`) of every disk that can hold
    one; with the domain's memory (`memory`), else of the disks alone (libvirt 9.0 takes
    that of a shut-off domain only). Its name."""
    parts = [f"<name>{escape(name)}</name>"]
    if description:
        parts.append(f"<description>{escape(description)}</description>")
    if not memory:
        parts.append("<memory snapshot='no'/>")
    xml = f"<domainsnapshot>{''.join(parts)}</domainsnapshot>"
    return str(dom.snapshotCreateXML(xml, 0).getName())


def snapshot_revert(dom: Any, name: str) -> str:
    """Revert the domain to snapshot `name`; the domain's state afterwards in libvirt's
    words ("running", "paused", "shut off")."""
    dom.revertToSnapshot(dom.snapshotLookupByName(name, 0), 0)
    state = dom.state()[0]
    words = {
        libvirt.VIR_DOMAIN_RUNNING: "running",
        libvirt.VIR_DOMAIN_PAUSED: "paused",
        libvirt.VIR_DOMAIN_SHUTOFF: translate("snapshot_ops", "shut off"),
    }
    return words.get(state, "in another state")


def snapshot_delete(dom: Any, name: str) -> list[str]:
    """Delete snapshot `name`; libvirt keeps its children and gives them its parent.
    The names of those children."""
    snap = dom.snapshotLookupByName(name, 0)
    children = [str(child) for child in snap.listChildrenNames(0)]
    snap.delete(0)
    return children
