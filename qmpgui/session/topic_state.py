"""The state a VM's topics keep between polls: each query's last result, and what the
block devices, displays and machine facts were when last asked."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

from qmpgui.qmp.block import BlockDevice, BlockStats, IoRates
from qmpgui.qmp.convergence import Sample
from qmpgui.qmp.display import DisplayServer, Listener
from qmpgui.qmp.machine import ChardevInfo, CpuInfo, KvmInfo, MouseInfo
from qmpgui.qmp.memory import DomainMemory, MemoryDevice, MemorySummary
from qmpgui.qmp.migration import MigrationInfo
from qmpgui.qmp.network import HostForward, NetClient, RxFilter
from qmpgui.qmp.snapshots import Snapshot, SnapshotDisk

#: Ticks of the disk I/O history (the VM list's sparkline): a sample or a gap each.
IO_HISTORY = 60
#: Samples of a migration's figures kept for its chart: an hour at two a second.
MIGRATION_HISTORY = 7200


@dataclass(frozen=True, slots=True)
class QueryResult:
    """One query's outcome: the reply, or why there is none."""

    command: str
    #: The `return` value (any JSON value); None when the query failed.
    reply: object = None
    #: Why it failed: QEMU's error as a sentence, or ours (a timeout); None when it worked.
    error: str | None = None
    #: The server does not offer the command (removed, not yet added, or compiled out).
    unavailable: bool = False
    #: QEMU's `error.class` ("GenericError", "DeviceNotActive", ...); None when QEMU did
    #: not answer with an error.
    error_class: str | None = None

    @property
    def ok(self) -> bool:
        """Whether the query answered (`reply` holds its value)."""
        return self.error is None and not self.unavailable

    def as_json(self) -> object:
        """For "copy as JSON": the reply, `{"error": {"class", "desc"}}` (QMP's own shape)
        or `{"unavailable": true}`."""
        if self.unavailable:
            return {"unavailable": True}
        if self.error is not None:
            return {"error": {"class": self.error_class or "", "desc": self.error}}
        return self.reply


@dataclass
class BlockState:
    """The block topics: drives (query-block) and their I/O (query-blockstats)."""

    #: The drives, in query-block's order.
    devices: tuple[BlockDevice, ...] = ()
    #: The last counters of each drive, by BlockStats.key.
    stats: dict[str, BlockStats] = field(default_factory=dict)
    #: Per-second rates (bytes/s, operations/s) between the last two samples, by key.
    rates: dict[str, IoRates] = field(default_factory=dict)
    #: When the last stats sample was taken: time.monotonic() seconds.
    stats_at: float | None = None
    #: A libvirt domain's drives by the names libvirt gives them (its disks' target,
    #: hdc, vda), by qdev id; empty for a VM.
    targets: dict[str, str] = field(default_factory=dict)
    #: Read+write bytes/s of all devices, oldest first, one value per poll tick: a
    #: sample, or None for a tick without one (the VM was out of sight). The newest is
    #: always a sample.
    history: deque[float | None] = field(default_factory=lambda: deque(maxlen=IO_HISTORY))

    @property
    def total_rate(self) -> float | None:
        """The latest read+write rate of all devices, in bytes/s (the mean since the sample
        before); None before two samples."""
        return self.history[-1] if self.history else None


@dataclass
class DisplayState:
    """The display topic: query-vnc, query-vnc-servers and query-spice."""

    #: The VNC server (query-vnc); None when QEMU has none built in or the query failed.
    vnc: DisplayServer | None = None
    #: Every VNC listener (query-vnc-servers, 2.3+); empty where it is not offered.
    vnc_listeners: tuple[Listener, ...] = ()
    #: The SPICE server (query-spice); None when QEMU has none built in or the query failed.
    spice: DisplayServer | None = None


@dataclass
class MachineState:
    """The machine topic: CPUs, mice, character devices, KVM, type and target."""

    #: From query-cpus-fast (2.12+), else query-cpus (removed in 6.0).
    cpus: tuple[CpuInfo, ...] = ()
    #: query-mice.
    mice: tuple[MouseInfo, ...] = ()
    #: query-chardev.
    chardevs: tuple[ChardevInfo, ...] = ()
    #: query-kvm; None when it did not answer.
    kvm: KvmInfo | None = None
    #: The machine type ("pc-i440fx-7.2"), from qom-get /machine `type`, once per connection.
    machine_type: str | None = None
    #: The target architecture ("x86_64"), from query-target (1.2+), once per connection.
    arch: str | None = None


@dataclass
class MemoryState:
    """The memory topic (session/memory.py): the RAM, the memory devices, the balloon."""

    #: query-memory-size-summary (2.11+); None when it did not answer.
    summary: MemorySummary | None = None
    #: query-memory-devices: DIMMs, virtio-mem, ...
    devices: tuple[MemoryDevice, ...] = ()
    #: The balloon's `actual` (query-balloon, BALLOON_CHANGE): the bytes the guest keeps;
    #: None when unknown.
    balloon_actual: int | None = None
    #: Whether the VM has a balloon: False after DeviceNotActive, None when unknown.
    has_balloon: bool | None = None
    #: The reply was unusable: its size reads "unknown".
    balloon_unknown: bool = False
    #: The last target qmpgui asked on this connection, in bytes, and when (time.time()):
    #: QEMU reports no target, so only what was asked here is known.
    target: int | None = None
    target_at: float | None = None
    #: When the last BALLOON_CHANGE came (time.time()); None when none did.
    changed_at: float | None = None
    #: A libvirt domain's memory as libvirt sees it; None for a plain QMP VM.
    libvirt: DomainMemory | None = None


@dataclass
class NetworkState:
    """The network topic (session/network.py): the NICs, their backends, the host forwards
    of user networking and virtio-net's receive filters."""

    #: The NICs of `info network`, each with its netdev as its peer, in QEMU's order.
    nics: tuple[NetClient, ...] = ()
    #: What QOM says of each NIC with an id (`mac`, `netdev`), by NIC name; asked once
    #: per NIC and connection: neither changes while the device exists.
    qom: dict[str, dict[str, str]] = field(default_factory=dict)
    #: Host forwards by user-networking netdev id (`info usernet`).
    forwards: dict[str, tuple[HostForward, ...]] = field(default_factory=dict)
    #: Receive filters by NIC name (query-rx-filter: virtio-net only).
    rx_filters: dict[str, RxFilter] = field(default_factory=dict)
    #: Links set down (True) or up (False) here, by NIC name: QEMU reports no link state,
    #: and a NIC starts with its link up.
    link_down: dict[str, bool] = field(default_factory=dict)
    #: `info network` has answered on this connection.
    known: bool = False


@dataclass
class SnapshotState:
    """The snapshots topic: the disks as snapshots see them and the snapshots they hold."""

    #: The drives with a medium (query-block), with what each can hold.
    disks: tuple[SnapshotDisk, ...] = ()
    #: One per tag, oldest first.
    snapshots: tuple[Snapshot, ...] = ()
    #: The list came from HMP `info snapshots` (no disks known then).
    from_hmp: bool = False
    #: Whether the list is known at all on this connection.
    known: bool = False
    #: The list came from libvirt's snapshot API (a domain): parents, current, no ids.
    from_libvirt: bool = False
    #: libvirt's sentence when it would not list them (the list is then the last one).
    libvirt_error: str | None = None
    #: The snapshot operation under way (session/snapshots.py Progress); None when none.
    progress: object = None


@dataclass
class MigrationState:
    """The VM's migration as `query-migrate` last said it (either side), the figures
    of the one under way (or last ended) over time, and the source's settings."""

    info: MigrationInfo = field(default_factory=MigrationInfo)
    #: The figures of the migration under way, or of the last one, oldest first.
    samples: deque[Sample] = field(default_factory=lambda: deque(maxlen=MIGRATION_HISTORY))
    #: query-migrate-parameters while one runs (max-bandwidth in bytes/s, ...).
    parameters: dict[str, object] = field(default_factory=dict)
    #: query-migrate-capabilities' states (name: on).
    capabilities: dict[str, bool] = field(default_factory=dict)
    #: The settings are asked again at the next fetch (a change was sent).
    settings_stale: bool = True
    #: When they were last asked (monotonic seconds): asked again every few seconds
    #: while it runs, since another client may change them.
    settings_at: float = 0.0
    #: Whether the guest outruns the migration (qmp/convergence.py's stuck()).
    stuck: bool = False
    #: The figures its advice is computed from, steady over passes
    #: (qmp/advice_basis.py); None before a pass after the first.
    basis: Sample | None = None
    #: When the settings last changed while it ran (monotonic seconds): only the passes
    #: begun since then tell whether it is stuck now.
    since_s: float = 0.0
    #: Whether this VM is the last migration's destination (it waited in inmigrate, or
    #: listened): a destination's replies have no RAM figures, nor has a source's that
    #: failed at once, so the side is remembered.
    incoming: bool = False
    #: Migrations qmpgui started of this VM (a plain QEMU's), and how many it had
    #: started when the `query-migrate` of `info` was asked: an end read before the
    #: last start is the one before's, said already.
    starts: int = 0
    info_starts: int = 0
    #: The URI of the migration under way or last ended, where qmpgui sent it ("" for
    #: another client's: QEMU does not tell where it goes).
    uri: str = ""
    #: Whether the guest ran when the migration started (its run state); None when
    #: not known.
    guest_ran: bool | None = None
    #: When this VM, a destination, was first seen listening and receiving (monotonic
    #: seconds; 0 when not): its query-migrate gives no times.
    listening_at: float = 0.0
    receiving_at: float = 0.0
    #: A libvirt domain only: libvirt's migration job holds the domain, as its job
    #: statistics last said; only queries of the job get through it, and the QMP
    #: pass-through of the other topics would wait for the migration.
    libvirt_job: bool = False
    #: A libvirt domain only: qmpgui's own migration runs, from before libvirt's job
    #: exists until its end (the polls ask nothing else meanwhile).
    libvirt_ours: bool = False
    #: A libvirt domain only: how its last migration ended, in words (its outcome
    #: sentence, which names libvirt's view: where the domain runs, what stays here).
    outcome: str = ""
    #: The last reply while a migration ran with figures: how far one that ended got
    #: when its end has none (libvirt keeps none of a cancelled job).
    last_running: MigrationInfo = field(default_factory=MigrationInfo)
