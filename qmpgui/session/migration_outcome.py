"""What a migration that has ended came to, in words and as the event log's data: for
the source how far it got and after how long (a cancelled or failed one with the last
figures QEMU gave while it ran: qmp/migration.py's with_last_figures), where its
stream went (a VM's QEMU, or a command or a file for `exec:` and `file:`, where no
guest runs anywhere), and for the destination what became of this VM."""

from __future__ import annotations

from typing import Any

from qmpgui.qmp.migration import MigrationInfo
from qmpgui.qmp.migration_options import MIB


def mib(value: float | None) -> str:
    """Bytes as MiB in words ("12.5 MiB"); "—" for None."""
    return "—" if value is None else f"{value / MIB:.1f} MiB"


def _seconds(info: MigrationInfo) -> str:
    return f"{info.total_time_ms / 1000:.1f} s" if info.total_time_ms is not None else ""


def progress(info: MigrationInfo) -> str:
    """How far a migration that ended early got: "after 12.3 s, 40.2 MiB of 128.0 MiB
    sent"; "" when QEMU gave no figure of it (it failed before its first)."""
    ram = info.ram
    parts = [f"after {_seconds(info)}"] if info.total_time_ms is not None else []
    if ram is not None and ram.transferred is not None:
        of = f" of {mib(ram.total)}" if ram.total is not None else ""
        parts.append(f"{mib(ram.transferred)}{of} sent")
    return ", ".join(parts)


def _written_to(uri: str) -> str | None:
    """Where an `exec:` or `file:` migration wrote the VM's state, in words; None for a
    URI where a QEMU takes it (tcp:, unix:, ...)."""
    scheme, _, rest = uri.partition(":")
    if scheme == "exec":
        return f"to the command {rest.strip()}"
    if scheme == "file":
        return f"to the file {rest}"
    return None


def outcome_sentence(
    info: MigrationInfo, incoming: bool = False, *, uri: str = "", guest_ran: bool | None = None
) -> str:
    """What a migration that has ended came to: for the source with its figures, where
    its stream went (`uri`, the one qmpgui sent; "" when another client started it)
    and whether its guest ran at the start (`guest_ran`; None when not known: its
    pause is said then); for the destination (`incoming`) what became of this VM."""
    if incoming:
        if info.status == "completed":
            return "incoming migration completed: this VM has the guest now"
        why = f"failed: {info.error_desc}" if info.error_desc else info.status
        return f"incoming migration {why}: this QEMU exits (QEMU cannot take another)"
    ram = info.ram
    written = _written_to(uri)
    if info.status == "completed":
        took = f" in {_seconds(info)}" if info.total_time_ms is not None else ""
        paused = ""
        if info.downtime_ms is not None and guest_ran is not False:
            paused = f"; the guest paused {info.downtime_ms} ms"
        sent = f"; {mib(ram.transferred)} sent" if ram and ram.transferred is not None else ""
        if written is not None:
            stopped = (
                "its guest stays stopped" if guest_ran is not False else "its guest was paused"
            )
            return (
                f"migration completed{took}{sent}: this VM's state was written {written}; "
                f"{stopped}. This VM is left in postmigrate: Resume runs it here again (no "
                "second copy runs unless the state is loaded elsewhere)"
            )
        where = "runs" if guest_ran is not False else "is paused, as it was here,"
        return (
            f"migration completed{took}{paused}{sent}. This VM is left in postmigrate: its "
            f"guest {where} at the destination (resuming it here would run two copies)"
        )
    got = progress(info)
    got = f" {got}" if got else ""
    if info.status == "cancelled":
        end = (
            f"what was written {written} is incomplete"
            if written is not None
            else "the destination QEMU exits (start it again to take another migration)"
        )
        return f"migration cancelled{got}: this VM keeps running; {end}"
    # A failed migration leaves the guest where it was: QEMU runs it again if it ran
    # (migration_iteration_finish), and a failed connect never stopped it.
    if guest_ran is None:  # another client's migration: how the guest was is not known
        after = "this VM stays here"
    else:
        after = "this VM keeps running" if guest_ran else "this VM stays here, paused"
    return f"migration failed{got}: {info.error_desc or 'QEMU gave no reason'}; {after}"


def outcome_data(info: MigrationInfo, uri: str = "") -> dict[str, Any]:
    """The event log's data of a migration's end: QEMU's last reply without its `ram`
    (status, error-desc, times), the URI qmpgui sent ("uri", when known), and the
    figures of how far it got in QEMU's units: "total-time" in ms, "transferred",
    "remaining" and "total" in bytes (for a cancelled or failed one, the last QEMU
    gave while it ran)."""
    data: dict[str, Any] = {k: v for k, v in info.raw.items() if k != "ram"}
    if uri:
        data["uri"] = uri
    if info.total_time_ms is not None:
        data["total-time"] = info.total_time_ms
    ram = info.ram
    if ram is not None:
        for key, value in (
            ("transferred", ram.transferred),
            ("remaining", ram.remaining),
            ("total", ram.total),
        ):
            if value is not None:
                data[key] = value
    return data
