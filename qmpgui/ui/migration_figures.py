"""The Migration pane's figures in words: what `query-migrate` last said, either side,
as (key, label, value) rows, and the pane's headline. No percentage: memory left can
grow again, so the pane shows passes and what is left instead."""

from __future__ import annotations

from qmpgui.i18n import translate
from qmpgui.qmp.migration import MigrationInfo
from qmpgui.qmp.migration_options import MIB
from qmpgui.session.migration_outcome import mib, outcome_sentence
from qmpgui.session.topic_state import MigrationState
from qmpgui.virt.domain import MIGRATING_IN

DASH = "—"

#: The rows, in order: key (the value label's objectName is migration_KEY) and label.
ROWS = (
    ("status", "Status"),
    ("elapsed", "Elapsed"),
    ("pass", "Pass"),
    ("transferred", "Transferred"),
    ("remaining", "Remaining"),
    ("total", "Total RAM"),
    ("throughput", "Throughput"),
    ("dirty", "Dirty-page rate"),
    ("throttle", "vCPU throttle"),
    ("expected", "Expected downtime"),
    ("downtime", "Downtime"),
)


def is_incoming(state: MigrationState, run_status: str | None) -> bool:
    """Whether the VM is a migration's destination: it waits in `inmigrate`, listens,
    or was the destination of the last migration (MigrationState.incoming)."""
    return state.incoming or run_status == "inmigrate" or bool(state.info.listening)


def _rate(bytes_per_s: float | None) -> str:
    return (
        DASH
        if bytes_per_s is None
        else translate("migration_figures", "{v0:.1f} MiB/s").format(v0=bytes_per_s / MIB)
    )


def _ms(value: int | None) -> str:
    return (
        DASH if value is None else translate("migration_figures", "{value} ms").format(value=value)
    )


def figures(info: MigrationInfo) -> dict[str, str]:
    """The value of each of ROWS for `info` (DASH where QEMU gave none)."""
    ram = info.ram
    elapsed = (
        DASH
        if info.total_time_ms is None
        else translate("migration_figures", "{v0:.1f} s").format(v0=info.total_time_ms / 1000)
    )
    dirty = DASH
    if ram is not None and ram.dirty_pages_rate is not None:
        dirty = translate("migration_figures", "{v0} ({dirty_pages_rate} pages/s)").format(
            v0=_rate(ram.dirty_bps), dirty_pages_rate=ram.dirty_pages_rate
        )
    return {
        "status": info.words,
        "elapsed": elapsed,
        "pass": str(ram.dirty_sync_count) if ram and ram.dirty_sync_count else DASH,
        "transferred": mib(ram.transferred) if ram else DASH,
        "remaining": mib(ram.remaining) if ram else DASH,
        "total": mib(ram.total) if ram else DASH,
        "throughput": _rate(ram.throughput_bps) if ram else DASH,
        "dirty": dirty,
        # Reported only while auto-converge throttles (the row hides otherwise).
        "throttle": DASH if info.cpu_throttle_pct is None else f"{info.cpu_throttle_pct} %",
        "expected": _ms(info.expected_downtime_ms) if info.active else DASH,
        "downtime": _ms(info.downtime_ms),
    }


def headline(state: MigrationState, run_status: str | None, *, domain: bool = False) -> str:
    """The pane's first line: what the VM's migration is doing, or what it came to;
    for a libvirt domain (`domain`) in libvirt's terms."""
    info = state.info
    if is_incoming(state, run_status):
        if info.finished:
            sentence = outcome_sentence(info, incoming=True)
            return sentence[:1].upper() + sentence[1:] + "."
        where = ", ".join(info.listening)
        if info.active:
            at = translate("migration_figures", " at {where}").format(where=where) if where else ""
            return translate("migration_figures", "Incoming migration{at}: {words}.").format(
                at=at, words=info.words
            )
        if where:
            return translate(
                "migration_figures", "Waiting for an incoming migration at {where}."
            ).format(where=where)
        return translate(
            "migration_figures",
            "Waiting for an incoming migration (QEMU started with -incoming defer): Migrate… on the source VM tells this VM where to listen.",
        )
    if info.active:
        return translate("migration_figures", "Migrating: {words}.").format(words=info.words)
    if info.finished:
        sentence = (
            state.outcome
            if domain and state.outcome
            else outcome_sentence(info, uri=state.uri, guest_ran=state.guest_ran)
        )
        return sentence[:1].upper() + sentence[1:] + "."
    if domain:
        return translate(
            "migration_figures",
            "No migration. Migrate… (Ctrl+Shift+I) moves this domain to another libvirt connection.",
        )
    return translate(
        "migration_figures", "No migration. Migrate… (Ctrl+Shift+I) moves this VM to another QEMU."
    )


def unreachable_headline(
    state: MigrationState, cause: str | None, *, domain: bool = False
) -> str | None:
    """The pane's first line for a VM qmpgui cannot reach now (`cause`: the session's
    error_cause): a domain that libvirt's incoming migration holds, or how the last
    migration ended (a domain moved away, its definition removed here, keeps saying
    where it runs); None when there is neither (the pane says "Not connected.")."""
    if cause == translate("domain", MIGRATING_IN):
        return translate(
            "migration_figures",
            "Incoming migration through libvirt: libvirt holds this domain until it ends (the source's Migration pane follows it).",
        )
    if state.info.finished:
        return translate("migration_figures", "Not connected. ") + headline(
            state, None, domain=domain
        )
    return None
