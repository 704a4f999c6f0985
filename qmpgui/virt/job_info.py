"""libvirt's job statistics of a domain (virDomainGetJobStats, as the worker's
`job_stats` op returns them) read into the same MigrationInfo that `query-migrate`
gives for a plain QEMU, so that the Migration pane, the VM list and the convergence
advice read a domain's migration the way they read any other.

No libvirt import: the typed parameters arrive as a dict of names (libvirt's
VIR_DOMAIN_JOB_* field names: "data_total", "memory_bps", ...) to numbers.
"""

from __future__ import annotations

from collections.abc import Mapping

from qmpgui.qmp.migration import DEFAULT_PAGE_SIZE, MigrationInfo, RamStats
from qmpgui.qmp.reader import whole

#: virDomainJobType: none, bounded, unbounded (running), completed, failed, cancelled.
JOB_NONE, JOB_BOUNDED, JOB_UNBOUNDED, JOB_COMPLETED, JOB_FAILED, JOB_CANCELLED = range(6)
#: virDomainJobOperation of an outgoing (5) and an incoming (4) migration.
OPERATION_MIGRATION_IN = 4
OPERATION_MIGRATION_OUT = 5

#: The MigrationStatus a job's type stands for, when it is a migration.
_STATUS = {
    JOB_BOUNDED: "active",
    JOB_UNBOUNDED: "active",
    JOB_COMPLETED: "completed",
    JOB_FAILED: "failed",
    JOB_CANCELLED: "cancelled",
}


def _int(stats: Mapping[str, object], key: str) -> int | None:
    return whole(stats.get(key))  # libvirt's figures are 64-bit, as QMP's


def is_migration(stats: Mapping[str, object]) -> bool:
    """Whether the job of `stats` is a migration of the domain, either way (libvirt
    before 3.3 names no operation: an active job is then taken for an outgoing one).
    libvirt 9.0 gives a destination's figures only once its migration has ended."""
    operation = _int(stats, "operation")
    return operation in (None, OPERATION_MIGRATION_OUT, OPERATION_MIGRATION_IN)


def info_from_job_stats(stats: Mapping[str, object]) -> MigrationInfo:
    """The MigrationInfo of `stats` (virDomainGetJobStats' fields by name, with "type",
    the virDomainJobType, and, when the worker read the last completed job's, the
    same for that one): status "none" when no migration is running or was last done,
    "setup" (no figures) until libvirt has QEMU's first.

    While active, "downtime" is libvirt's expected downtime (ms); once completed, the
    downtime the guest had. "memory_bps" is bytes/s (query-migrate's mbps is megabits/s:
    converted); "memory_dirty_rate" pages/s; "memory_iteration" the pass. Fields of the
    wrong type read as None; never raises."""
    kind = _int(stats, "type") or JOB_NONE
    if kind not in _STATUS or not is_migration(stats):
        return MigrationInfo()
    status = _STATUS[kind]
    active = status == "active"
    if active and not _int(stats, "memory_total"):
        # libvirt reports zeros until QEMU's first figures: QEMU's own "setup".
        return MigrationInfo(
            status="setup", total_time_ms=_int(stats, "time_elapsed"), raw=dict(stats)
        )
    downtime = _int(stats, "downtime")
    rate = _int(stats, "memory_bps")
    page = _int(stats, "memory_page_size")
    ram = RamStats(
        total=_int(stats, "memory_total"),
        transferred=_int(stats, "memory_processed"),
        remaining=_int(stats, "memory_remaining"),
        mbps=rate * 8 / 1e6 if rate is not None else None,
        dirty_pages_rate=_int(stats, "memory_dirty_rate"),
        page_size=page if page else DEFAULT_PAGE_SIZE,
        dirty_sync_count=_int(stats, "memory_iteration"),
    )
    error = stats.get("errmsg")
    return MigrationInfo(
        status=status,
        total_time_ms=_int(stats, "time_elapsed"),
        setup_time_ms=_int(stats, "setup_time"),
        expected_downtime_ms=downtime if active else None,
        downtime_ms=None if active else downtime,
        # How hard auto-converge throttles the vCPUs now, percent (libvirt 2.0+).
        cpu_throttle_pct=_int(stats, "auto_converge_throttle"),
        error_desc=error if isinstance(error, str) else None,
        # None where libvirt kept no memory figures (a cancelled job's): the figures
        # last seen while it ran then stand (qmp/migration.py's with_last_figures).
        ram=ram if _int(stats, "memory_total") is not None else None,
        incoming=_int(stats, "operation") == OPERATION_MIGRATION_IN,
        raw=dict(stats),
    )
