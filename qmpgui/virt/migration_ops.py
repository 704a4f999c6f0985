"""The worker's migration operations (virt/worker.py's ops table): migrate a domain to
another libvirt connection, read its job's figures while it runs, change its limits
live, switch it to postcopy, cancel it.

The migration is libvirt's "managed direct" one (virDomainMigrate3 with a connection
to the destination that this worker opens, as `virsh migrate` without --p2p and as
virt-manager do): the destination is opened with the user's own credentials (SSH keys,
agent) rather than libvirtd's. It takes as long as the copy does: the worker serves it
in one of its request threads, the other ops go on in the others (virt/worker.py).

Runs in the worker process only (it calls libvirt). Each function takes the domain (a
virDomain) and returns JSON; libvirt's refusals are raised as libvirtError, which the
worker answers with its sentence (virt/errors.py).
"""

from __future__ import annotations

import contextlib
from typing import Any

from qmpgui.i18n import translate
from qmpgui.virt.errors import sentence
from qmpgui.virt.job_info import JOB_NONE

try:
    import libvirt
except ImportError:  # the worker says how to install it before any op runs
    libvirt = None

#: libvirt counts migration bandwidth in MiB/s.
MIB = 1 << 20
#: libvirt's "no limit" (QEMU_DOMAIN_MIG_BANDWIDTH_MAX: LLONG_MAX bytes/s in MiB/s).
UNLIMITED_MIB = ((1 << 63) - 1) // MIB


class DestinationRefused(ValueError):
    """The destination connection could not be opened; the message says why, in words
    (the worker answers a ValueError with its message)."""


def migrate(
    dom: Any,
    destination: str,
    *,
    migrate_uri: str = "",
    bandwidth_mib: int | None = None,
    max_downtime_ms: int = 0,
    auto_converge: bool = False,
    postcopy: bool = False,
    compressed: bool = False,
    parallel: bool = False,
    persist_destination: bool = True,
    undefine_source: bool = True,
    unsafe: bool = False,
) -> dict[str, Any]:
    """Migrate the running domain live to the libvirt connection `destination` (a URI)
    and return {"name", "destination"} once it runs there.

    `migrate_uri`: where the destination QEMU listens ("tcp://ADDRESS[:PORT]"; "" lets
    the destination choose by its host name). `bandwidth_mib` (MiB/s; 0 for
    no limit, None keeps the domain's) and `max_downtime_ms` (ms; 0 keeps the
    domain's): both set as the domain's own limits, as virsh migrate-setspeed and
    migrate-setmaxdowntime do. `auto_converge`, `postcopy` (allowed, to
    be started later by start_postcopy()), `compressed` (XBZRLE) and `parallel`
    (multifd): QEMU's capabilities through libvirt's flags. `persist_destination`
    defines it at the destination, `undefine_source` removes its definition here (both
    on: a move, virt-manager's default). `unsafe` migrates disks libvirt cannot tell
    are shared. Raises libvirtError (libvirt's refusal, an abortJob's "operation
    aborted") or DestinationRefused."""
    try:
        target = libvirt.open(destination)
    except libvirt.libvirtError as err:
        said = sentence(err.get_error_code() or 0, err.get_error_message() or str(err), destination)
        raise DestinationRefused(
            translate(
                "migration_ops", "the destination {destination} cannot be opened: {sentence}"
            ).format(destination=destination, sentence=said.sentence)
        ) from None
    try:
        params: dict[str, Any] = {}
        if migrate_uri:
            params[libvirt.VIR_MIGRATE_PARAM_URI] = migrate_uri
        if bandwidth_mib is not None:
            # The domain's limit (virsh migrate-setspeed), not migrate3's parameter: that
            # one applies unseen, and migrate-getspeed would still say "unlimited". No
            # limit is set too: a limit left by an earlier migration would stay.
            dom.migrateSetMaxSpeed(int(bandwidth_mib) or UNLIMITED_MIB, 0)
        if max_downtime_ms > 0:
            # No parameter of migrate3 carries it: set on the source before the start.
            dom.migrateSetMaxDowntime(int(max_downtime_ms), 0)
        flags = libvirt.VIR_MIGRATE_LIVE
        for chosen, flag in (
            (auto_converge, libvirt.VIR_MIGRATE_AUTO_CONVERGE),
            (postcopy, libvirt.VIR_MIGRATE_POSTCOPY),
            (compressed, libvirt.VIR_MIGRATE_COMPRESSED),
            (parallel, libvirt.VIR_MIGRATE_PARALLEL),
            (persist_destination, libvirt.VIR_MIGRATE_PERSIST_DEST),
            (undefine_source, libvirt.VIR_MIGRATE_UNDEFINE_SOURCE),
            (unsafe, libvirt.VIR_MIGRATE_UNSAFE),
        ):
            if chosen:
                flags |= flag
        moved = dom.migrate3(target, params, flags)
        return {"name": moved.name(), "destination": destination}
    finally:
        target.close()


def job_stats(dom: Any) -> dict[str, Any]:
    """The domain's job figures (virDomainGetJobStats: "type", "operation",
    "time_elapsed" ms, "memory_total"/"memory_processed"/"memory_remaining" bytes,
    "memory_bps" bytes/s, "memory_dirty_rate" pages/s, "memory_iteration", "downtime"
    ms, ...); with no job running, the last completed job's (the same fields, its
    "type" completed, failed or cancelled), or {"type": 0} when libvirt keeps none."""
    stats = {str(k): v for k, v in dom.jobStats(0).items()}
    if stats.get("type", JOB_NONE) != JOB_NONE:
        return stats
    try:
        done = dom.jobStats(libvirt.VIR_DOMAIN_JOB_STATS_COMPLETED)
    except libvirt.libvirtError:  # an older libvirt, or none kept
        return stats
    return {str(k): v for k, v in done.items()} or stats


def migration_settings(dom: Any) -> dict[str, int]:
    """The limits of the domain's migrations in QEMU's units, as query-migrate-parameters
    names them: "max-bandwidth" (bytes/s) and "downtime-limit" (ms); each left out
    where libvirt does not say (max-bandwidth when there is no limit)."""
    settings: dict[str, int] = {}
    with contextlib.suppress(libvirt.libvirtError):
        speed = int(dom.migrateGetMaxSpeed(0))
        if speed < UNLIMITED_MIB:
            settings["max-bandwidth"] = speed * MIB
    # AttributeError: libvirt before 3.7 has no migrateGetMaxDowntime.
    with contextlib.suppress(libvirt.libvirtError, AttributeError):
        settings["downtime-limit"] = int(dom.migrateGetMaxDowntime(0))
    return settings


def set_migration_speed(dom: Any, mib: int) -> None:
    """Set the bandwidth limit of the migration (now, or the next): `mib` MiB/s."""
    dom.migrateSetMaxSpeed(int(mib), 0)


def set_migration_downtime(dom: Any, ms: int) -> None:
    """Set the longest pause of the guest at the switch-over: `ms` milliseconds."""
    dom.migrateSetMaxDowntime(int(ms), 0)


def start_postcopy(dom: Any) -> None:
    """Switch the running migration to postcopy (it was started with `postcopy`)."""
    dom.migrateStartPostCopy(0)


def abort_job(dom: Any) -> None:
    """Cancel the domain's job (the migration: the domain keeps running here)."""
    dom.abortJob()


#: The ops, by name, for the worker's table.
OPS = (
    "migrate",
    "set_migration_speed",
    "set_migration_downtime",
    "start_postcopy",
    "abort_job",
)
#: The ops that only read a migration's figures and limits (the worker runs them on a
#: connection of their own).
QUERY_OPS = ("job_stats", "migration_settings")
