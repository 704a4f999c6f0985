"""The words of qmpgui's panes explained, each with where the explanation comes from
(the QMP schema's documentation, QEMU's documentation, or qmpgui's own way of showing
a figure). Read through qmp/glossary.py; keyed "pane:Words" where one title means
different things in different panes, else by the words alone."""

from __future__ import annotations

from dataclasses import dataclass

from qmpgui.i18n import marked


@dataclass(frozen=True, slots=True)
class Term:
    """One explanation: `text`, a sentence or two, and `source`, where it comes from."""

    text: str
    source: str


_BLOCK = marked("glossary", "QMP schema, BlockInfo (qapi/block-core.json)")
_DEVINFO = marked("glossary", "QMP schema, BlockDeviceInfo (qapi/block-core.json)")
_STATS = marked(
    "glossary", "QMP schema, BlockDeviceStats of query-blockstats (qapi/block-core.json)"
)
_JOB = marked(
    "glossary", "QMP schema, BlockJobInfo and JobInfo (qapi/block-core.json, qapi/job.json)"
)
_PCI = marked("glossary", "QMP schema, PciDeviceInfo of query-pci (qapi/pci.json)")
_SNAP = marked("glossary", "QMP schema, SnapshotInfo (qapi/block-core.json)")
_MIG = marked(
    "glossary",
    "QMP schema, MigrationInfo and MigrationStats of query-migrate (qapi/migration.json)",
)
_QOM = marked("glossary", "QMP schema, ObjectPropertyInfo of qom-list (qapi/qom.json)")
_OURS = "qmpgui"

#: The panes' words (the Machine pane's rows: qmp/glossary_rows.py).
PANE_TERMS: dict[str, Term] = {
    # -- the Status pane
    "Name": Term(
        marked("glossary", "The VM's name, given to QEMU with -name."),
        marked("glossary", "QMP schema, query-name (qapi/misc.json)"),
    ),
    "UUID": Term(
        marked(
            "glossary",
            "The VM's universally unique identifier, given with -uuid (all zeros without one).",
        ),
        marked("glossary", "QMP schema, query-uuid (qapi/machine.json)"),
    ),
    "QEMU version": Term(
        marked("glossary", "The QEMU release the VM runs on, major.minor.micro."),
        marked("glossary", "QMP schema, query-version (qapi/control.json)"),
    ),
    "Package": Term(
        marked(
            "glossary",
            "Where this QEMU was built: empty from upstream QEMU, a distribution's package version (Debian 1:7.2+dfsg-7) from a distribution.",
        ),
        marked("glossary", "QMP schema, VersionInfo package (qapi/control.json)"),
    ),
    "Run state": Term(
        marked(
            "glossary",
            "What QEMU says the guest is doing: running, paused (by stop), prelaunch (started with -S, never booted), shutdown, io-error, guest-panicked, suspended, inmigrate, postmigrate, ... Each state's meaning is the run state's tooltip.",
        ),
        marked("glossary", "QMP schema, RunState of query-status (qapi/run-state.json)"),
    ),
    "Connection": Term(
        marked(
            "glossary",
            "How qmpgui's connection to the VM's monitor stands: connected, connecting, waiting for QEMU, reconnecting, or an error with its reason.",
        ),
        _OURS,
    ),
    "Endpoint": Term(
        marked(
            "glossary",
            "Where qmpgui reaches the VM's QMP monitor: a unix socket, tcp:, tls:, ssh:// or "
            "a libvirt domain.",
        ),
        marked("glossary", "QEMU's documentation, the -qmp and -chardev options (qemu(1))"),
    ),
    "QEMU process": Term(
        marked(
            "glossary",
            "The process id and user of the QEMU at the other end of a unix socket, as the kernel reports the socket's peer (SO_PEERCRED).",
        ),
        marked("glossary", "Linux, unix(7)"),
    ),
    "Connected since": Term(
        marked("glossary", "When qmpgui's present connection began (local time)."), _OURS
    ),
    "QMP commands": Term(
        marked("glossary", "How many commands and events this QEMU's QMP server offers."),
        marked("glossary", "QMP schema, query-qmp-schema (qapi/introspect.json)"),
    ),
    "Polls": Term(
        marked(
            "glossary",
            "How many times qmpgui has polled this VM; ticks skipped while QEMU was slow to answer are counted apart.",
        ),
        _OURS,
    ),
    # -- Block devices
    "block:Device": Term(
        marked(
            "glossary",
            "The drive's name (its block backend): the id of -drive, or the qdev id for a -blockdev drive.",
        ),
        _BLOCK,
    ),
    "Medium": Term(
        marked("glossary", "The image file in the drive; empty when no medium is inserted."), _BLOCK
    ),
    "Format": Term(
        marked("glossary", "The image format QEMU opened the medium with: qcow2, raw, ..."),
        _DEVINFO,
    ),
    "Virtual size": Term(
        marked("glossary", "The size the guest sees, the image's capacity in bytes."), _DEVINFO
    ),
    "Read-only": Term(marked("glossary", "Whether the medium was opened read-only."), _DEVINFO),
    "Tray": Term(
        marked(
            "glossary",
            "For a removable drive (a CD-ROM or floppy): whether its tray is open; the guest or an eject opens it, QEMU announces it with DEVICE_TRAY_MOVED.",
        ),
        _BLOCK,
    ),
    "I/O status": Term(
        marked(
            "glossary",
            "The drive's last I/O: ok, failed, or nospace (the host's storage is full); reported only by devices that support it (virtio-blk, IDE, SCSI) when the VM is configured to stop on errors.",
        ),
        marked("glossary", "QMP schema, BlockDeviceIoStatus (qapi/block-core.json)"),
    ),
    "Read rate": Term(
        marked("glossary", "Bytes and operations read per second between two polls."),
        f"{_OURS}, from {_STATS}",
    ),
    "Write rate": Term(
        marked("glossary", "Bytes and operations written per second between two polls."),
        f"{_OURS}, from {_STATS}",
    ),
    "qdev id": Term(
        marked(
            "glossary",
            "The device's id, given with -device ...,id=; a device without one is named by its QOM path.",
        ),
        marked("glossary", "QMP schema, BlockInfo qdev and PciDeviceInfo qdev_id"),
    ),
    "block:Type": Term(
        marked(
            "glossary",
            "Whether the drive's medium can be changed (removable) and whether the guest has locked it in (locked); old QEMUs said hd or cdrom.",
        ),
        _BLOCK,
    ),
    "Read": Term(marked("glossary", "Bytes and operations read since the VM started."), _STATS),
    "Written": Term(
        marked("glossary", "Bytes and operations written since the VM started."), _STATS
    ),
    "Actual size": Term(
        marked("glossary", "The space the image takes on the host's disk."),
        marked("glossary", "QMP schema, ImageInfo (qapi/block-core.json)"),
    ),
    "Encrypted": Term(marked("glossary", "Whether the image is encrypted."), _DEVINFO),
    "Backing depth": Term(
        marked("glossary", "How many backing files lie under the image."), _DEVINFO
    ),
    # -- Block graph
    "Node": Term(marked("glossary", "A node of the block graph, by its node-name."), _DEVINFO),
    "Driver": Term(
        marked(
            "glossary",
            "The block driver of the node: a format (qcow2, raw) or a protocol (file, nbd).",
        ),
        _DEVINFO,
    ),
    "File": Term(marked("glossary", "The file or address the node opens."), _DEVINFO),
    "Cache": Term(
        marked(
            "glossary",
            "The node's cache mode: writeback, direct (O_DIRECT, bypassing the host's page cache) and no-flush.",
        ),
        marked("glossary", "QMP schema, BlockdevCacheInfo (qapi/block-core.json)"),
    ),
    "Throttle group": Term(
        marked("glossary", "The I/O throttling group the node's limits belong to."), _DEVINFO
    ),
    "Permissions": Term(
        marked(
            "glossary",
            "What the link above the node takes of it (perm: consistent-read, write, write-unchanged, resize) and lets other users of the node take (shared-perm).",
        ),
        marked(
            "glossary",
            "QMP schema, XDbgBlockGraphEdge of x-debug-query-block-graph (qapi/block-core.json)",
        ),
    ),
    # -- Block jobs
    "Job": Term(marked("glossary", "The job's id (once the device's name)."), _JOB),
    "jobs:Type": Term(
        marked("glossary", "What the job does: stream, commit, mirror, backup, create, ..."), _JOB
    ),
    "Progress": Term(
        marked(
            "glossary", "How far the job is: offset of len, a ratio whose unit means nothing alone."
        ),
        _JOB,
    ),
    "Done (MiB)": Term(marked("glossary", "The job's offset: the work done so far."), _JOB),
    "Speed limit": Term(
        marked("glossary", "The job's rate limit in bytes per second; 0 is none."), _JOB
    ),
    "jobs:Status": Term(
        marked(
            "glossary",
            "The job's state: created, running, paused, ready (may be completed), standby, waiting, pending, aborting, concluded.",
        ),
        marked("glossary", "QMP schema, JobStatus (qapi/job.json)"),
    ),
    "Ready": Term(
        marked("glossary", "Whether the job may be completed now (a mirror in step)."), _JOB
    ),
    # -- PCI
    "Slot": Term(marked("glossary", "The device's place on its bus: slot.function."), _PCI),
    "Class": Term(marked("glossary", "The PCI class of the device, with its code."), _PCI),
    "Vendor:device": Term(
        marked("glossary", "The PCI vendor and device ids, named from the PCI ID database."), _PCI
    ),
    "Subsystem": Term(marked("glossary", "The subsystem vendor and subsystem ids."), _PCI),
    "IRQ": Term(marked("glossary", "The interrupt line the device uses."), _PCI),
    "BARs": Term(
        marked(
            "glossary",
            "The device's base address registers: I/O or memory, 32 or 64-bit, prefetchable, address and size.",
        ),
        marked("glossary", "QMP schema, PciMemoryRegion (qapi/pci.json)"),
    ),
    # -- Devices
    "id": Term(
        marked("glossary", "The id the device was given (-device ...,id= or device_add)."),
        marked("glossary", "QMP schema, device_add (qapi/qdev.json)"),
    ),
    "devices:Type": Term(
        marked("glossary", "The device's QOM type (virtio-net-pci, usb-tablet, ...)."), _QOM
    ),
    "devices:State": Term(
        marked(
            "glossary",
            "plugged, or unplug requested: device_del asks the guest, and the device goes once the guest lets it go (DEVICE_DELETED).",
        ),
        marked("glossary", "QMP schema, device_del (qapi/qdev.json)"),
    ),
    # -- Display, Machine (a property per row)
    "Property": Term(
        marked("glossary", "What the row is about; each row's tooltip says more."),
        _OURS,
    ),
    "Value": Term(marked("glossary", "The value QEMU reported; — where it sent none."), _OURS),
    # -- Snapshots
    "snapshots:Name": Term(marked("glossary", "The snapshot's name (its tag)."), _SNAP),
    "ID": Term(marked("glossary", "The snapshot's id, unique within an image."), _SNAP),
    "Date": Term(marked("glossary", "When the snapshot was taken."), _SNAP),
    "VM clock": Term(
        marked("glossary", "The guest's clock when the snapshot was taken, since the VM started."),
        _SNAP,
    ),
    "RAM state": Term(
        marked(
            "glossary",
            "The size of the VM state saved with the snapshot; none for a snapshot of the disks alone.",
        ),
        _SNAP,
    ),
    "Disks": Term(
        marked(
            "glossary",
            "The drives that hold the snapshot; QEMU reverts only to a snapshot every writable drive holds.",
        ),
        marked("glossary", "QEMU's block/snapshot.c (bdrv_all_find_snapshot), as QEMU 7.2 behaves"),
    ),
    "snapshots:State": Term(
        marked("glossary", "partial when a drive lacks the snapshot (QEMU cannot revert to it)."),
        _OURS,
    ),
    "Description": Term(
        marked("glossary", "What libvirt or qmpgui keeps about the snapshot."), _OURS
    ),
    # -- Migration
    "Status": Term(
        marked(
            "glossary",
            "The migration's state: setup, active, device, completed, failed, cancelling, cancelled, postcopy-active, ...",
        ),
        marked("glossary", "QMP schema, MigrationStatus (qapi/migration.json)"),
    ),
    "Elapsed": Term(marked("glossary", "How long the migration has taken (total-time)."), _MIG),
    "Pass": Term(
        marked(
            "glossary", "How many times the dirty pages have been synchronised (dirty-sync-count)."
        ),
        _MIG,
    ),
    "Transferred": Term(marked("glossary", "Bytes already sent to the destination."), _MIG),
    "Remaining": Term(marked("glossary", "Bytes of RAM still to send."), _MIG),
    "Total RAM": Term(marked("glossary", "The RAM the migration moves, in bytes."), _MIG),
    "Throughput": Term(marked("glossary", "How fast the migration sends (mbps)."), _MIG),
    "Dirty-page rate": Term(marked("glossary", "Pages the guest dirties per second."), _MIG),
    "vCPU throttle": Term(
        marked(
            "glossary", "How much auto-converge slows the guest's vCPUs (cpu-throttle-percentage)."
        ),
        _MIG,
    ),
    "Expected downtime": Term(
        marked("glossary", "How long the guest would stop if the migration ended now."), _MIG
    ),
    "Downtime": Term(marked("glossary", "How long the guest stopped at the switch-over."), _MIG),
    # -- Network
    "NIC": Term(
        marked("glossary", "The guest's network card, by its id (info network)."),
        marked("glossary", "QEMU's documentation, HMP info network"),
    ),
    "Model": Term(
        marked("glossary", "The NIC's device model: e1000, virtio-net-pci, ..."),
        marked("glossary", "QEMU's documentation, -device (docs/system/devices/net)"),
    ),
    "MAC": Term(marked("glossary", "The NIC's MAC address (QOM property mac)."), _QOM),
    "Link": Term(
        marked(
            "glossary",
            "Whether the NIC's link is up, as set from this window: QEMU reports no link state, set_link only sets it.",
        ),
        marked("glossary", "QMP schema, set_link (qapi/net.json)"),
    ),
    "Backend": Term(
        marked("glossary", "The host side of the NIC: the netdev's type (user, tap, ...) and id."),
        marked("glossary", "QMP schema, Netdev (qapi/net.json)"),
    ),
    "Backend details": Term(
        marked("glossary", "The netdev's options."),
        marked("glossary", "QEMU's documentation, HMP info network"),
    ),
    # -- QOM
    "Object": Term(
        marked("glossary", "An object of QEMU's object tree (its child properties)."), _QOM
    ),
    "qom:Type": Term(
        marked(
            "glossary",
            "The property's type: a primitive (str, bool, uint32), child<type> (an object it owns) or link<type> (a reference to one).",
        ),
        _QOM,
    ),
    "qom:Value": Term(
        marked("glossary", "The property's value as qom-get reads it."),
        marked("glossary", "QMP schema, qom-get (qapi/qom.json)"),
    ),
    # -- Trace events
    "Event": Term(
        marked("glossary", "A trace event compiled into this QEMU."),
        marked("glossary", "QMP schema, TraceEventInfo (qapi/trace.json)"),
    ),
    "trace:State": Term(
        marked("glossary", "enabled, disabled, or unavailable (compiled out)."),
        marked("glossary", "QMP schema, TraceEventState (qapi/trace.json)"),
    ),
    "vCPU": Term(
        marked("glossary", "Whether the event is traced per vCPU."),
        marked("glossary", "QMP schema, TraceEventInfo vcpu (qapi/trace.json)"),
    ),
}
