"""What a migration that has ended came to, in words and as the event log's data: for
the source how far it got and after how long (a cancelled or failed one with the last
figures QEMU gave while it ran: qmp/migration.py's with_last_figures), where its
stream went (a VM's QEMU, or a command or a file for `exec:` and `file:`, where no
guest runs anywhere), and for the destination what became of this VM."""

from __future__ import annotations

from typing import Any

from qmpgui.i18n import translate
from qmpgui.qmp.migration import MigrationInfo
from qmpgui.qmp.migration_options import MIB


def mib(value: float | None) -> str:
    """Bytes as MiB in words ("12.5 MiB"); "—" for None."""
    return (
        "—"
        if value is None
        else translate("migration_outcome", "{v0:.1f} MiB").format(v0=value / MIB)
    )


def _seconds(info: MigrationInfo) -> str:
    return f"{info.total_time_ms / 1000:.1f} s" if info.total_time_ms is not None else ""


def progress(info: MigrationInfo) -> str:
    """How far a migration that ended early got: "after 12.3 s, 40.2 MiB of 128.0 MiB
    sent"; "" when QEMU gave no figure of it (it failed before its first)."""
    ram = info.ram
    parts = (
        [translate("migration_outcome", "after {v0}").format(v0=_seconds(info))]
        if info.total_time_ms is not None
        else []
    )
    if ram is not None and ram.transferred is not None:
        of = (
            translate("migration_outcome", " of {v0}").format(v0=mib(ram.total))
            if ram.total is not None
            else ""
        )
        parts.append(
            translate("migration_outcome", "{v0}{of} sent").format(v0=mib(ram.transferred), of=of)
        )
    return ", ".join(parts)


def _written_to(uri: str) -> str | None:
    """Where an `exec:` or `file:` migration wrote the VM's state, in words; None for a
    URI where a QEMU takes it (tcp:, unix:, ...)."""
    scheme, _, rest = uri.partition(":")
    if scheme == "exec":
        return translate("migration_outcome", "to the command {v0}").format(v0=rest.strip())
    if scheme == "file":
        return translate("migration_outcome", "to the file {rest}").format(rest=rest)
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
            return translate(
                "migration_outcome", "incoming migration completed: this VM has the guest now"
            )
        why = (
            translate("migration_outcome", "failed: {error_desc}").format(
                error_desc=info.error_desc
            )
            if info.error_desc
            else info.status
        )
        return translate(
            "migration_outcome",
            "incoming migration {why}: this QEMU exits (QEMU cannot take another)",
        ).format(why=why)
    ram = info.ram
    written = _written_to(uri)
    if info.status == "completed":
        took = (
            translate("migration_outcome", " in {v0}").format(v0=_seconds(info))
            if info.total_time_ms is not None
            else ""
        )
        paused = ""
        if info.downtime_ms is not None and guest_ran is not False:
            paused = translate("migration_outcome", "; the guest paused {downtime_ms} ms").format(
                downtime_ms=info.downtime_ms
            )
        sent = (
            translate("migration_outcome", "; {v0} sent").format(v0=mib(ram.transferred))
            if ram and ram.transferred is not None
            else ""
        )
        if written is not None:
            stopped = (
                translate("migration_outcome", "its guest stays stopped")
                if guest_ran is not False
                else translate("migration_outcome", "its guest was paused")
            )
            return translate(
                "migration_outcome",
                "migration completed{took}{sent}: this VM's state was written {written}; {stopped}. This VM is left in postmigrate: Resume runs it here again (no second copy runs unless the state is loaded elsewhere)",
            ).format(took=took, sent=sent, written=written, stopped=stopped)
        where = (
            "runs"
            if guest_ran is not False
            else translate("migration_outcome", "is paused, as it was here,")
        )
        return translate(
            "migration_outcome",
            "migration completed{took}{paused}{sent}. This VM is left in postmigrate: its guest {where} at the destination (resuming it here would run two copies)",
        ).format(took=took, paused=paused, sent=sent, where=where)
    got = progress(info)
    got = f" {got}" if got else ""
    if info.status == "cancelled":
        end = (
            translate("migration_outcome", "what was written {written} is incomplete").format(
                written=written
            )
            if written is not None
            else translate(
                "migration_outcome",
                "the destination QEMU exits (start it again to take another migration)",
            )
        )
        return translate(
            "migration_outcome", "migration cancelled{got}: this VM keeps running; {end}"
        ).format(got=got, end=end)
    # A failed migration leaves the guest where it was: QEMU runs it again if it ran
    # (migration_iteration_finish), and a failed connect never stopped it.
    if guest_ran is None:  # another client's migration: how the guest was is not known
        after = translate("migration_outcome", "this VM stays here")
    else:
        after = (
            translate("migration_outcome", "this VM keeps running")
            if guest_ran
            else translate("migration_outcome", "this VM stays here, paused")
        )
    return translate("migration_outcome", "migration failed{got}: {v1}; {after}").format(
        got=got,
        v1=info.error_desc or translate("migration_outcome", "QEMU gave no reason"),
        after=after,
    )


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
