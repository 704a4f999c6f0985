"""The words of qmpgui's panes explained, each with where the explanation comes from
(the QMP schema's documentation, QEMU's documentation, or qmpgui's own way of showing
a figure). Read through qmp/glossary.py; keyed "pane:Words" where one title means
different things in different panes, else by the words alone."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Term:
    """One explanation: `text`, a sentence or two, and `source`, where it comes from."""

    text: str
    source: str


_BLOCK = "QMP schema, BlockInfo (qapi/block-core.json)"
_DEVINFO = "QMP schema, BlockDeviceInfo (qapi/block-core.json)"
_STATS = "QMP schema, BlockDeviceStats of query-blockstats (qapi/block-core.json)"
_JOB = "QMP schema, BlockJobInfo and JobInfo (qapi/block-core.json, qapi/job.json)"
_PCI = "QMP schema, PciDeviceInfo of query-pci (qapi/pci.json)"
_SNAP = "QMP schema, SnapshotInfo (qapi/block-core.json)"
_MIG = "QMP schema, MigrationInfo and MigrationStats of query-migrate (qapi/migration.json)"
_QOM = "QMP schema, ObjectPropertyInfo of qom-list (qapi/qom.json)"
_OURS = "qmpgui"

TERMS: dict[str, Term] = {
    # -- the Status pane
    "Name": Term(
        "The VM's name, given to QEMU with -name.", "QMP schema, query-name (qapi/misc.json)"
    ),
    "UUID": Term(
        "The VM's universally unique identifier, given with -uuid (all zeros without one).",
        "QMP schema, query-uuid (qapi/machine.json)",
    ),
    "QEMU version": Term(
        "The QEMU release the VM runs on, major.minor.micro.",
        "QMP schema, query-version (qapi/control.json)",
    ),
    "Package": Term(
        "Where this QEMU was built: empty from upstream QEMU, a distribution's package "
        "version (Debian 1:7.2+dfsg-7) from a distribution.",
        "QMP schema, VersionInfo package (qapi/control.json)",
    ),
    "Run state": Term(
        "What QEMU says the guest is doing: running, paused (by stop), prelaunch (started "
        "with -S, never booted), shutdown, io-error, guest-panicked, suspended, inmigrate, "
        "postmigrate, ... Each state's meaning is the run state's tooltip.",
        "QMP schema, RunState of query-status (qapi/run-state.json)",
    ),
    "Connection": Term(
        "How qmpgui's connection to the VM's monitor stands: connected, connecting, "
        "waiting for QEMU, reconnecting, or an error with its reason.",
        _OURS,
    ),
    "Endpoint": Term(
        "Where qmpgui reaches the VM's QMP monitor: a unix socket, tcp:, tls:, ssh:// or a "
        "libvirt domain.",
        "QEMU's documentation, the -qmp and -chardev options (qemu(1))",
    ),
    "QEMU process": Term(
        "The process id and user of the QEMU at the other end of a unix socket, as the "
        "kernel reports the socket's peer (SO_PEERCRED).",
        "Linux, unix(7)",
    ),
    "Connected since": Term("When qmpgui's present connection began (local time).", _OURS),
    "QMP commands": Term(
        "How many commands and events this QEMU's QMP server offers.",
        "QMP schema, query-qmp-schema (qapi/introspect.json)",
    ),
    "Polls": Term(
        "How many times qmpgui has polled this VM; ticks skipped while QEMU was slow to "
        "answer are counted apart.",
        _OURS,
    ),
    # -- Block devices
    "block:Device": Term(
        "The drive's name (its block backend): the id of -drive, or the qdev id for a "
        "-blockdev drive.",
        _BLOCK,
    ),
    "Medium": Term("The image file in the drive; empty when no medium is inserted.", _BLOCK),
    "Format": Term("The image format QEMU opened the medium with: qcow2, raw, ...", _DEVINFO),
    "Virtual size": Term("The size the guest sees, the image's capacity in bytes.", _DEVINFO),
    "Read-only": Term("Whether the medium was opened read-only.", _DEVINFO),
    "Tray": Term(
        "For a removable drive (a CD-ROM or floppy): whether its tray is open; the guest "
        "or an eject opens it, QEMU announces it with DEVICE_TRAY_MOVED.",
        _BLOCK,
    ),
    "I/O status": Term(
        "The drive's last I/O: ok, failed, or nospace (the host's storage is full); "
        "reported only by devices that support it (virtio-blk, IDE, SCSI) when the VM is "
        "configured to stop on errors.",
        "QMP schema, BlockDeviceIoStatus (qapi/block-core.json)",
    ),
    "Read rate": Term(
        "Bytes and operations read per second between two polls.", f"{_OURS}, from {_STATS}"
    ),
    "Write rate": Term(
        "Bytes and operations written per second between two polls.", f"{_OURS}, from {_STATS}"
    ),
    "qdev id": Term(
        "The device's id, given with -device ...,id=; a device without one is named by its "
        "QOM path.",
        "QMP schema, BlockInfo qdev and PciDeviceInfo qdev_id",
    ),
    "block:Type": Term(
        "Whether the drive's medium can be changed (removable) and whether the guest has "
        "locked it in (locked); old QEMUs said hd or cdrom.",
        _BLOCK,
    ),
    "Read": Term("Bytes and operations read since the VM started.", _STATS),
    "Written": Term("Bytes and operations written since the VM started.", _STATS),
    "Actual size": Term(
        "The space the image takes on the host's disk.",
        "QMP schema, ImageInfo (qapi/block-core.json)",
    ),
    "Encrypted": Term("Whether the image is encrypted.", _DEVINFO),
    "Backing depth": Term("How many backing files lie under the image.", _DEVINFO),
    # -- Block graph
    "Node": Term("A node of the block graph, by its node-name.", _DEVINFO),
    "Driver": Term(
        "The block driver of the node: a format (qcow2, raw) or a protocol (file, nbd).", _DEVINFO
    ),
    "File": Term("The file or address the node opens.", _DEVINFO),
    "Cache": Term(
        "The node's cache mode: writeback, direct (O_DIRECT, bypassing the host's page "
        "cache) and no-flush.",
        "QMP schema, BlockdevCacheInfo (qapi/block-core.json)",
    ),
    "Throttle group": Term("The I/O throttling group the node's limits belong to.", _DEVINFO),
    "Permissions": Term(
        "What the link above the node takes of it (perm: consistent-read, write, "
        "write-unchanged, resize) and lets other users of the node take (shared-perm).",
        "QMP schema, XDbgBlockGraphEdge of x-debug-query-block-graph (qapi/block-core.json)",
    ),
    # -- Block jobs
    "Job": Term("The job's id (once the device's name).", _JOB),
    "jobs:Type": Term("What the job does: stream, commit, mirror, backup, create, ...", _JOB),
    "Progress": Term(
        "How far the job is: offset of len, a ratio whose unit means nothing alone.", _JOB
    ),
    "Done (MiB)": Term("The job's offset: the work done so far.", _JOB),
    "Speed limit": Term("The job's rate limit in bytes per second; 0 is none.", _JOB),
    "jobs:Status": Term(
        "The job's state: created, running, paused, ready (may be completed), standby, "
        "waiting, pending, aborting, concluded.",
        "QMP schema, JobStatus (qapi/job.json)",
    ),
    "Ready": Term("Whether the job may be completed now (a mirror in step).", _JOB),
    # -- PCI
    "Slot": Term("The device's place on its bus: slot.function.", _PCI),
    "Class": Term("The PCI class of the device, with its code.", _PCI),
    "Vendor:device": Term("The PCI vendor and device ids, named from the PCI ID database.", _PCI),
    "Subsystem": Term("The subsystem vendor and subsystem ids.", _PCI),
    "IRQ": Term("The interrupt line the device uses.", _PCI),
    "BARs": Term(
        "The device's base address registers: I/O or memory, 32 or 64-bit, prefetchable, "
        "address and size.",
        "QMP schema, PciMemoryRegion (qapi/pci.json)",
    ),
    # -- Devices
    "id": Term(
        "The id the device was given (-device ...,id= or device_add).",
        "QMP schema, device_add (qapi/qdev.json)",
    ),
    "devices:Type": Term("The device's QOM type (virtio-net-pci, usb-tablet, ...).", _QOM),
    "devices:State": Term(
        "plugged, or unplug requested: device_del asks the guest, and the device goes "
        "once the guest lets it go (DEVICE_DELETED).",
        "QMP schema, device_del (qapi/qdev.json)",
    ),
    # -- Display, Machine (a property per row)
    "Property": Term(
        "What the row is about; each row's tooltip says more.",
        _OURS,
    ),
    "Value": Term("The value QEMU reported; — where it sent none.", _OURS),
    # -- Snapshots
    "snapshots:Name": Term("The snapshot's name (its tag).", _SNAP),
    "ID": Term("The snapshot's id, unique within an image.", _SNAP),
    "Date": Term("When the snapshot was taken.", _SNAP),
    "VM clock": Term("The guest's clock when the snapshot was taken, since the VM started.", _SNAP),
    "RAM state": Term(
        "The size of the VM state saved with the snapshot; none for a snapshot of the disks alone.",
        _SNAP,
    ),
    "Disks": Term(
        "The drives that hold the snapshot; QEMU reverts only to a snapshot every "
        "writable drive holds.",
        "QEMU's block/snapshot.c (bdrv_all_find_snapshot), as QEMU 7.2 behaves",
    ),
    "snapshots:State": Term(
        "partial when a drive lacks the snapshot (QEMU cannot revert to it).", _OURS
    ),
    "Description": Term("What libvirt or qmpgui keeps about the snapshot.", _OURS),
    # -- Migration
    "Status": Term(
        "The migration's state: setup, active, device, completed, failed, cancelling, "
        "cancelled, postcopy-active, ...",
        "QMP schema, MigrationStatus (qapi/migration.json)",
    ),
    "Elapsed": Term("How long the migration has taken (total-time).", _MIG),
    "Pass": Term("How many times the dirty pages have been synchronised (dirty-sync-count).", _MIG),
    "Transferred": Term("Bytes already sent to the destination.", _MIG),
    "Remaining": Term("Bytes of RAM still to send.", _MIG),
    "Total RAM": Term("The RAM the migration moves, in bytes.", _MIG),
    "Throughput": Term("How fast the migration sends (mbps).", _MIG),
    "Dirty-page rate": Term("Pages the guest dirties per second.", _MIG),
    "vCPU throttle": Term(
        "How much auto-converge slows the guest's vCPUs (cpu-throttle-percentage).", _MIG
    ),
    "Expected downtime": Term("How long the guest would stop if the migration ended now.", _MIG),
    "Downtime": Term("How long the guest stopped at the switch-over.", _MIG),
    # -- Network
    "NIC": Term(
        "The guest's network card, by its id (info network).",
        "QEMU's documentation, HMP info network",
    ),
    "Model": Term(
        "The NIC's device model: e1000, virtio-net-pci, ...",
        "QEMU's documentation, -device (docs/system/devices/net)",
    ),
    "MAC": Term("The NIC's MAC address (QOM property mac).", _QOM),
    "Link": Term(
        "Whether the NIC's link is up, as set from this window: QEMU reports no link "
        "state, set_link only sets it.",
        "QMP schema, set_link (qapi/net.json)",
    ),
    "Backend": Term(
        "The host side of the NIC: the netdev's type (user, tap, ...) and id.",
        "QMP schema, Netdev (qapi/net.json)",
    ),
    "Backend details": Term("The netdev's options.", "QEMU's documentation, HMP info network"),
    # -- QOM
    "Object": Term("An object of QEMU's object tree (its child properties).", _QOM),
    "qom:Type": Term(
        "The property's type: a primitive (str, bool, uint32), child<type> (an object it "
        "owns) or link<type> (a reference to one).",
        _QOM,
    ),
    "qom:Value": Term(
        "The property's value as qom-get reads it.", "QMP schema, qom-get (qapi/qom.json)"
    ),
    # -- Trace events
    "Event": Term(
        "A trace event compiled into this QEMU.", "QMP schema, TraceEventInfo (qapi/trace.json)"
    ),
    "trace:State": Term(
        "enabled, disabled, or unavailable (compiled out).",
        "QMP schema, TraceEventState (qapi/trace.json)",
    ),
    "vCPU": Term(
        "Whether the event is traced per vCPU.", "QMP schema, TraceEventInfo vcpu (qapi/trace.json)"
    ),
    # -- Machine's rows
    "Balloon": Term(
        "The virtio balloon: memory the guest gives back to the host. actual is the "
        "memory the guest has now; a target below the RAM asks the guest's balloon "
        "driver to inflate.",
        "QMP schema, balloon and query-balloon (qapi/machine.json)",
    ),
    "Balloon target": Term(
        "The memory size last asked of the guest's balloon driver with balloon; the "
        "guest reaches it, or not, in its own time (BALLOON_CHANGE).",
        "QMP schema, balloon (qapi/machine.json)",
    ),
    "Memory": Term(
        "The guest's RAM: the memory at start (-m) and any plugged memory devices.",
        "QMP schema, query-memory-size-summary (qapi/machine.json)",
    ),
    "Machine type": Term(
        "The board QEMU emulates (-machine: pc-i440fx-7.2, q35, ...).",
        "QEMU's documentation, -machine (qemu(1))",
    ),
    "Architecture": Term(
        "The guest's CPU architecture (x86_64, aarch64, ...).",
        "QMP schema, query-target (qapi/machine-target.json)",
    ),
    "QMP": Term(
        "How many commands and events this QEMU's QMP server offers.",
        "QMP schema, query-qmp-schema (qapi/introspect.json)",
    ),
    "CPUs": Term(
        "The guest's virtual CPUs: each one's host thread, QOM path and target.",
        "QMP schema, query-cpus-fast (qapi/machine.json)",
    ),
    "Mice": Term(
        "The pointing devices; absolute ones (a tablet) follow the host's pointer exactly, current is the one getting the events.",
        "QMP schema, query-mice (qapi/ui.json)",
    ),
    "Character devices": Term(
        "The VM's chardevs: each one's label, backend and whether its frontend has it open.",
        "QMP schema, query-chardev (qapi/char.json)",
    ),
    "display:Display": Term(
        "Which display's password to set: the VNC server's or SPICE's.",
        "QMP schema, set_password protocol (qapi/ui.json)",
    ),
    "Password": Term(
        "The password a viewer must give to connect to the display.",
        "QMP schema, set_password (qapi/ui.json)",
    ),
    "Expires": Term(
        "When the password stops working: never, now, in a number of seconds, or at a time.",
        "QMP schema, expire_password (qapi/ui.json)",
    ),
    "Port": Term(
        "The VM's character device the terminal opens: a unix socket, a pty or a ringbuf chardev.",
        "QMP schema, query-chardev (qapi/char.json)",
    ),
    "Auth": Term(
        "How a viewer logs in: none, vnc (a password), vencrypt (TLS with a sub-auth), sasl, spice.",
        "QMP schema, VncBasicInfo and VncVencryptSubAuth of query-vnc-servers (qapi/ui.json)",
    ),
    "Family": Term(
        "The listener's address family: ipv4, ipv6, unix.",
        "QMP schema, NetworkAddressFamily (qapi/sockets.json)",
    ),
    "TLS port": Term(
        "SPICE's port for TLS connections.", "QMP schema, SpiceInfo tls-port (qapi/ui.json)"
    ),
    "Accelerator": Term(
        "KVM (hardware virtualisation) or TCG (QEMU's own translator).",
        "QMP schema, query-kvm (qapi/machine.json)",
    ),
}

#: Each run state (query-status `status`) in QEMU's words.
RUN_STATES: dict[str, str] = {
    "debug": "QEMU is running on a debugger",
    "finish-migrate": "the guest is paused to finish the migration",
    "inmigrate": "the guest is paused waiting for an incoming migration",
    "internal-error": "an internal error that prevents further guest execution has occurred",
    "io-error": "the last I/O failed and the drive is configured to pause on I/O errors",
    "paused": "the guest has been paused with stop",
    "postmigrate": "the guest is paused following a successful migrate",
    "prelaunch": "QEMU was started with -S and the guest has not started",
    "restore-vm": "the guest is paused to restore the VM state",
    "running": "the guest is actively running",
    "save-vm": "the guest is paused to save the VM state",
    "shutdown": "the guest is shut down (and -no-shutdown is in use)",
    "suspended": "the guest is suspended (ACPI S3)",
    "watchdog": "the watchdog action is configured to pause and has been triggered",
    "guest-panicked": "the guest has panicked, as a result of a guest OS panic",
    "colo": "the guest is paused to save or restore its state under a COLO checkpoint",
}
RUN_STATE_SOURCE = "QMP schema, RunState (qapi/run-state.json)"
