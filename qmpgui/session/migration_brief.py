"""The VM list's words for a VM's migration (its State cell and tooltip): what matters
first and short while it runs, everything in the tooltip, and the wait of a destination.
The figures are query-migrate's as session/migration.py keeps them in MigrationState."""

from __future__ import annotations

from qmpgui.i18n import translate
from qmpgui.qmp.migration_options import MIB
from qmpgui.session.migration_outcome import mib
from qmpgui.session.topic_state import MigrationState


def brief(state: MigrationState) -> str | None:
    """The VM list's words for a migration under way, what matters first and short
    ("migrating: 12.5 MiB left (pass 3)"), or for a VM waiting for one; None when
    neither. details() has the rest, for the tooltip."""
    info = state.info
    if info.active and info.ram is not None:
        ram = info.ram
        passes = (
            translate("migration_brief", " (pass {dirty_sync_count})").format(
                dirty_sync_count=ram.dirty_sync_count
            )
            if ram.dirty_sync_count
            else ""
        )
        return translate("migration_brief", "migrating: {v0} left{passes}").format(
            v0=mib(ram.remaining), passes=passes
        )
    if info.active:
        return translate("migration_brief", "migration: {words}").format(words=info.words)
    if info.listening:
        return translate("migration_brief", "waiting for a migration at {v0}").format(
            v0=", ".join(info.listening)
        )
    return None


def details(state: MigrationState) -> str | None:
    """Everything the list's tooltip says of a migration under way ("migrating, copying
    memory: pass 3, 12.5 MiB left of 64.0 MiB, 1.0 MiB/s, 8.2 s"), or brief()'s words
    when it has no figures; None when there is no migration nor a wait for one."""
    info, ram = state.info, state.info.ram
    if not (info.active and ram is not None):
        return brief(state)
    parts = (
        [
            translate("migration_brief", "pass {dirty_sync_count}").format(
                dirty_sync_count=ram.dirty_sync_count
            )
        ]
        if ram.dirty_sync_count
        else []
    )
    parts.append(
        translate("migration_brief", "{v0} left of {v1}").format(
            v0=mib(ram.remaining), v1=mib(ram.total)
        )
    )
    if ram.throughput_bps is not None:
        parts.append(
            translate("migration_brief", "{v0:.1f} MiB/s").format(v0=ram.throughput_bps / MIB)
        )
    if info.total_time_ms is not None:
        parts.append(f"{info.total_time_ms / 1000:.1f} s")
    return translate("migration_brief", "migrating, {words}: {v1}").format(
        words=info.words, v1=", ".join(parts)
    )
