"""What `query-migrate` says about a migration, read into typed values (qapi/migration.json,
MigrationInfo and MigrationStats; QEMU 7.2's replies, tried on it).

The same reply serves both sides: the source reports `ram` figures and times; the
destination of `migrate-incoming` reports its status and the `socket-address` it
listens on. Before any migration the reply is `{}`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from qmpgui.i18n import marked, translate
from qmpgui.qmp.reader import whole

#: MigrationStatus values while a migration runs (qapi/migration.json).
ACTIVE = frozenset(
    {
        "setup",
        "active",
        "pre-switchover",
        "device",
        "postcopy-active",
        "postcopy-paused",
        "postcopy-recover",
        "cancelling",
        "wait-unplug",
        "colo",
    }
)
#: MigrationStatus values once a migration has ended.
FINISHED = frozenset({"completed", "failed", "cancelled"})

#: A MigrationStatus in words, for the progress view and the VM list.
STATUS_WORDS: dict[str, str] = {
    "none": marked("migration", "no migration"),
    "setup": marked("migration", "setting up"),
    "active": marked("migration", "copying memory"),
    "pre-switchover": marked("migration", "waiting to switch over"),
    "device": marked("migration", "copying device state"),
    "postcopy-active": marked("migration", "postcopy: the destination runs, fetching what is left"),
    "postcopy-paused": marked("migration", "postcopy paused: the connection broke"),
    "postcopy-recover": marked("migration", "postcopy recovering"),
    "cancelling": "cancelling",
    "wait-unplug": marked("migration", "waiting for the guest to unplug devices"),
    "colo": marked("migration", "COLO (fault tolerance)"),
    "completed": "completed",
    "failed": "failed",
    "cancelled": "cancelled",
}

#: Bytes of a page when `ram.page-size` is not given (QEMU before 2.10 on x86).
DEFAULT_PAGE_SIZE = 4096


def _int(value: object) -> int | None:
    return whole(value)  # past 64 bits the figures' float arithmetic would overflow


def _float(value: object) -> float | None:
    if isinstance(value, float):
        return value
    number = whole(value)
    return None if number is None else float(number)


@dataclass(frozen=True, slots=True)
class RamStats:
    """MigrationStats of `query-migrate`'s `ram`: sizes in bytes, rates per second."""

    #: RAM of the guest, bytes.
    total: int | None = None
    #: Bytes sent so far (zero pages count little).
    transferred: int | None = None
    #: Bytes still to send; grows again when the guest dirties pages faster than they go.
    remaining: int | None = None
    #: Throughput QEMU measured, megabits per second (10^6 bits).
    mbps: float | None = None
    #: Pages the guest dirtied per second, as QEMU last measured it (about once a second).
    dirty_pages_rate: int | None = None
    #: Bytes of one page.
    page_size: int = DEFAULT_PAGE_SIZE
    #: Passes over memory so far (the dirty bitmap synced this many times).
    dirty_sync_count: int | None = None

    @property
    def throughput_bps(self) -> float | None:
        """Throughput in bytes per second, or None when not reported."""
        return self.mbps * 1e6 / 8 if self.mbps is not None else None

    @property
    def dirty_bps(self) -> float | None:
        """The guest's dirtying in bytes per second, or None when not reported."""
        if self.dirty_pages_rate is None:
            return None
        return float(self.dirty_pages_rate * self.page_size)


@dataclass(frozen=True, slots=True)
class MigrationInfo:
    """One `query-migrate` reply. `status` is "none" for `{}` (no migration yet)."""

    status: str = "none"
    #: Milliseconds since the migration started (source side).
    total_time_ms: int | None = None
    #: Milliseconds spent in setup.
    setup_time_ms: int | None = None
    #: The downtime QEMU expects if it switched over now, milliseconds (while active).
    expected_downtime_ms: int | None = None
    #: The downtime the guest really had, milliseconds (once completed).
    downtime_ms: int | None = None
    #: How hard auto-converge throttles the guest's vCPUs now, percent
    #: (`cpu-throttle-percentage`: only while it throttles).
    cpu_throttle_pct: int | None = None
    #: Why it failed, in QEMU's words (`error-desc`, QEMU 2.7+).
    error_desc: str | None = None
    #: The RAM figures; None where the reply has none (the destination, before setup).
    ram: RamStats | None = None
    #: Where a destination listens (`socket-address`, 4.0+), as "tcp:HOST:PORT" or
    #: "unix:PATH" texts.
    listening: tuple[str, ...] = ()
    #: Whether this VM was the migration's destination, where the reply says it
    #: (libvirt's job statistics name the operation); None where it does not
    #: (query-migrate: the side is told by the run state and `listening`).
    incoming: bool | None = None
    #: The reply as QEMU sent it.
    raw: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def active(self) -> bool:
        """Whether a migration runs now."""
        return self.status in ACTIVE

    @property
    def finished(self) -> bool:
        """Whether the last migration has ended (completed, failed or cancelled)."""
        return self.status in FINISHED

    @property
    def words(self) -> str:
        """The status in words ("copying memory"); QEMU's own word when not known here."""
        return (
            translate("migration", STATUS_WORDS[self.status])
            if self.status in STATUS_WORDS
            else self.status
        )


def _address(entry: object) -> str | None:
    """A SocketAddress of `socket-address` as an endpoint text."""
    if not isinstance(entry, dict):
        return None
    kind = entry.get("type")
    if kind == "inet" and "host" in entry and "port" in entry:
        host = str(entry["host"])
        host = f"[{host}]" if ":" in host else host
        return f"tcp:{host}:{entry['port']}"
    if kind == "unix" and "path" in entry:
        return f"unix:{entry['path']}"
    if kind == "vsock" and "cid" in entry and "port" in entry:
        return f"vsock:{entry['cid']}:{entry['port']}"
    if kind == "fd" and "str" in entry:
        return f"fd:{entry['str']}"
    return None


def parse_ram(value: object) -> RamStats | None:
    """`ram` of a `query-migrate` reply (MigrationStats), or None when absent or not an
    object. A member of the wrong type reads as None; never raises."""
    if not isinstance(value, dict):
        return None
    page = _int(value.get("page-size"))
    return RamStats(
        total=_int(value.get("total")),
        transferred=_int(value.get("transferred")),
        remaining=_int(value.get("remaining")),
        mbps=_float(value.get("mbps")),
        dirty_pages_rate=_int(value.get("dirty-pages-rate")),
        page_size=page if page else DEFAULT_PAGE_SIZE,
        dirty_sync_count=_int(value.get("dirty-sync-count")),
    )


def parse_migration(reply: object) -> MigrationInfo:
    """A `query-migrate` reply (MigrationInfo) read; `{}` or anything not an object is
    "none". A member of the wrong type reads as None; never raises."""
    if not isinstance(reply, dict):
        return MigrationInfo()
    status = reply.get("status")
    error = reply.get("error-desc")
    addresses = reply.get("socket-address")
    listening = tuple(
        text
        for text in (_address(a) for a in (addresses if isinstance(addresses, list) else []))
        if text
    )
    return MigrationInfo(
        status=status if isinstance(status, str) else "none",
        total_time_ms=_int(reply.get("total-time")),
        setup_time_ms=_int(reply.get("setup-time")),
        expected_downtime_ms=_int(reply.get("expected-downtime")),
        downtime_ms=_int(reply.get("downtime")),
        cpu_throttle_pct=_int(reply.get("cpu-throttle-percentage")),
        error_desc=error if isinstance(error, str) else None,
        ram=parse_ram(reply.get("ram")),
        listening=listening,
        raw=dict(reply),
    )


def parse_parameters(reply: object) -> dict[str, object]:
    """A `query-migrate-parameters` reply (MigrationParameters: max-bandwidth in bytes/s,
    downtime-limit in ms, cpu-throttle-* in %, ...) by name; a member that is no JSON
    integer within 64 bits where it is a number is left out, as if not sent (the advice
    computes MiB/s with floats). Anything but an object reads as none; never raises."""
    if not isinstance(reply, dict):
        return {}
    return {
        str(key): value
        for key, value in reply.items()
        if not isinstance(value, int) or isinstance(value, bool) or whole(value) is not None
    }


def parse_capability_states(reply: object) -> dict[str, bool]:
    """A `query-migrate-capabilities` reply (a list of MigrationCapabilityStatus
    `{capability, state}`) as name -> on; entries without a name are left out, a state
    that is no boolean is off. Never raises."""
    return {
        entry["capability"]: entry.get("state") is True
        for entry in (reply if isinstance(reply, list) else ())
        if isinstance(entry, dict) and isinstance(entry.get("capability"), str)
    }


def with_last_figures(ended: MigrationInfo, last: MigrationInfo) -> MigrationInfo:
    """`ended` (a reply of a migration that has ended) with the figures of `last` (the
    reply before, while it ran) where `ended` has none: QEMU 7.2's `query-migrate`
    after a cancel or a failure says only the status (and `error-desc`), so how far it
    got and after how long are the last figures it gave. `raw` stays QEMU's reply."""
    if ended.ram is not None or last.ram is None:
        return ended
    return replace(
        ended,
        ram=last.ram,
        total_time_ms=ended.total_time_ms
        if ended.total_time_ms is not None
        else last.total_time_ms,
        setup_time_ms=ended.setup_time_ms
        if ended.setup_time_ms is not None
        else last.setup_time_ms,
    )


#: QEMU's refusals of `migrate` that need more words: (a part of QEMU's text, what it
#: means and what to do).
_REFUSALS = (
    (
        "duplicate yank instance",
        'QEMU still holds the last migration of this VM ("duplicate yank instance": its '
        "clean-up has not run; after a failed multifd migration QEMU 7.2 may never run it). "
        "If it persists, restart this VM's QEMU to migrate it",
    ),
)


def migrate_refusal_words(error: str) -> str:
    """QEMU's refusal of `migrate` (`error`, "Class: description") said in words where
    it needs them, else `error` as it is. QEMU 7.2 registers a migration's yank
    instance at `migrate` and removes it only in the last one's clean-up, which runs
    after query-migrate already says "failed": a `migrate` sent before it is refused
    "duplicate yank instance" (seen after a failed multifd migration, where the clean-up
    may never run: session/migration_yank.py)."""
    for part, words in _REFUSALS:
        if part in error:
            return words
    return error
