"""qdev ids in QOM paths: what QMP replies give where a device's id is asked for.

A device given an id on QEMU's command line (`-device virtio-blk-pci,id=vd0`) lives
at /machine/peripheral/vd0; one without an id at /machine/peripheral-anon/device[N],
and a device the board made itself (`-drive if=ide`) at /machine/unattached/device[N].
query-block's `qdev` is the id itself for most devices, but a path for virtio ones
(their block backend is a child: /machine/peripheral/vd0/virtio-backend).
"""

from __future__ import annotations

#: Where QOM keeps the devices that have an id, one child per id.
PERIPHERAL = "/machine/peripheral/"


def peripheral_id(path: str | None, *, device_only: bool = False) -> str | None:
    """The id in a QOM path under /machine/peripheral/, the component after it:
    "/machine/peripheral/vd0/virtio-backend" -> "vd0", "/machine/peripheral/vga0" ->
    "vga0". With `device_only`, a child of the device ("/machine/peripheral/a/b") gives
    None. None for every other path (a device without an id has none to show)."""
    if not path or not path.startswith(PERIPHERAL):
        return None
    parts = path[len(PERIPHERAL) :].split("/")
    if not parts[0] or (device_only and len(parts) > 1):
        return None
    return parts[0]


def qdev_id(qdev: str | None) -> str | None:
    """The qdev id in a reply's `qdev` (query-block, query-blockstats): the value itself
    when it is an id ("cdrom0"), the id in it when it is a QOM path under
    /machine/peripheral/, None for any other QOM path or for None."""
    if qdev is None or not qdev.startswith("/"):
        return qdev or None
    return peripheral_id(qdev)
