"""Whether a running migration will finish, and what would help, from the figures of
`query-migrate` sampled over time.

QEMU switches over when what is left could be sent within the downtime limit
(remaining < bandwidth x downtime-limit, migration/migration.c): `expected-downtime`
is its estimate of that pause. A guest that dirties memory as fast as it is sent
keeps the remaining above that line pass after pass (a pass ends at each sync of
the dirty bitmap, `dirty-sync-count`), and the migration never ends by itself.

What QEMU 7.2 (TCG) reports for such a guest (tests/helpers/guest_images.py's
DIRTIES_MEMORY: 1.5 MiB rewritten each second) at a 1 MiB/s limit and the default
300 ms downtime limit, query-migrate every 0.25 s:
- QEMU syncs the dirty bitmap (dirty-sync-count + 1) only when what is left falls
  under its threshold (bandwidth x downtime-limit, here 0.3 MiB): a pass every 1-1.5 s,
  `remaining` back up to 1.0-1.4 MiB after each sync, never under 0.3 MiB: it never
  ends (watched for 30 s).
- `expected-downtime` is set near each sync (what was left then / bandwidth) and held
  through the pass: 1473-1738 ms every pass, a steady figure per pass; before the
  first dirty rate is known it is the downtime limit itself (300).
- `dirty-pages-rate` is computed at a sync at least a second after the last one, from
  the pages found dirty again: a page rewritten ten times counts once, so for a guest
  that rewrites what was sent it reads about the throughput (0.70-1.02 MiB/s at
  1.02 MiB/s sent), never clearly above it: "dirty rate at or above the throughput"
  comes and goes, pass by pass.
- The same guest finishes within a second of the limit raised to 2 MiB/s. A 64 MiB
  guest of random RAM that idles, at 4 MiB/s, copies for 15.7 s in one pass
  (dirty-sync-count 1, dirty-pages-rate 0, expected-downtime the limit itself) and
  finishes at the next syncs; an idle guest finishes in a blink.
So stuck() asks for passes after the first over at least STUCK_MIN_S seconds in which
the guest outran the migration each time, and whose expected downtime did not shrink
meanwhile (a migration whose leftover shrinks pass by pass is converging, however
many passes it takes).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum

from qmpgui.qmp.migration import MigrationInfo
from qmpgui.qmp.migration_options import MIB, Command, MigrationOffer, parameter_commands

#: Passes after the first in which the guest outran the migration, at least, before it
#: is called stuck ...
STUCK_PASSES = 3
#: ... and the least time those passes took, seconds: at a 1 MiB/s limit passes of the
#: guest above last 1-1.5 s, so 3 passes alone would be 3-4.5 s; 5 s keeps a short
#: burst of dirtying from being called stuck, and says it about 8 s after the start.
STUCK_MIN_S = 5.0
#: The leftover (expected downtime) of the window's last pass, at least this share of
#: its first pass's: less shrinking than that is not converging (measured: 1473-1738 ms,
#: pass after pass, for the stuck guest; halved or better each pass once it converges).
STUCK_SHRINK = 0.75


@dataclass(frozen=True, slots=True)
class Sample:
    """The figures of one `query-migrate` answer taken at `at_s` (monotonic seconds)."""

    at_s: float
    #: The pass number (dirty-sync-count); None when not reported.
    passes: int | None
    #: Bytes left, bytes sent, and RAM in all.
    remaining: int | None
    transferred: int | None
    total: int | None
    #: Bytes per second sent, and dirtied by the guest.
    throughput_bps: float | None
    dirty_bps: float | None
    #: QEMU's estimate of the switch-over pause, milliseconds.
    expected_downtime_ms: int | None


def sample_of(info: MigrationInfo, at_s: float) -> Sample | None:
    """The Sample of a `query-migrate` answer, or None when it has no RAM figures."""
    ram = info.ram
    if ram is None:
        return None
    return Sample(
        at_s,
        ram.dirty_sync_count,
        ram.remaining,
        ram.transferred,
        ram.total,
        ram.throughput_bps,
        ram.dirty_bps,
        info.expected_downtime_ms,
    )


def _outran(sample: Sample, downtime_limit_ms: int | None) -> bool:
    """Whether at this sample the guest kept the migration from switching over."""
    if (
        sample.expected_downtime_ms is not None
        and downtime_limit_ms is not None
        and sample.expected_downtime_ms > downtime_limit_ms
    ):
        return True
    return (
        sample.dirty_bps is not None
        and sample.throughput_bps is not None
        and sample.throughput_bps > 0
        and sample.dirty_bps >= sample.throughput_bps
    )


def _leftover(samples: Sequence[Sample]) -> float | None:
    """How much one pass had to send, as comparable from pass to pass: QEMU's expected
    downtime (held through the pass; the pass's first sample may still carry the last
    pass's, QEMU sets it a moment after the sync), else the most remaining seen; None
    if neither."""
    later = samples[1:] or samples
    expected = [s.expected_downtime_ms for s in later if s.expected_downtime_ms is not None]
    if expected:
        return float(expected[-1])
    remaining = [s.remaining for s in samples if s.remaining is not None]
    return float(max(remaining)) if remaining else None


def stuck(samples: Sequence[Sample], downtime_limit_ms: int | None, since_s: float = 0.0) -> bool:
    """Whether the migration will not finish as it is, from its `samples` (oldest first)
    and the source's downtime limit (ms; None when unknown).

    Only passes after the first (the first copies all of RAM) that began at or after
    `since_s` count (monotonic seconds: the last change of the migration's settings,
    which makes earlier passes say nothing of what comes). Stuck when the newest such
    passes, at least STUCK_PASSES of them over at least STUCK_MIN_S seconds, each ended
    (or stand, for the one under way once sampled twice) with the guest outrunning the migration (QEMU's
    expected downtime above the limit, or the dirty rate at or above the throughput),
    and the last one's leftover is at least STUCK_SHRINK of the first one's."""
    passes: dict[int, list[Sample]] = {}
    for sample in samples:
        if sample.passes is not None and sample.passes >= 2:
            passes.setdefault(sample.passes, []).append(sample)
    numbers = [n for n in sorted(passes) if passes[n][0].at_s >= since_s]
    if numbers and len(passes[numbers[-1]]) < 2:
        # A pass just begun: its figures may still be the last pass's (see _leftover).
        numbers.pop()
    if not numbers:
        return False
    newest = passes[numbers[-1]][-1].at_s
    window: list[int] = []
    for number in reversed(numbers):
        window.insert(0, number)
        if len(window) >= STUCK_PASSES and newest - passes[number][0].at_s >= STUCK_MIN_S:
            break
    else:
        return False
    if not all(_outran(passes[n][-1], downtime_limit_ms) for n in window):
        return False
    first, last = _leftover(passes[window[0]]), _leftover(passes[window[-1]])
    return first is None or last is None or last >= STUCK_SHRINK * first


class AdviceKind(Enum):
    """What would help a migration that does not finish."""

    BANDWIDTH = "bandwidth"
    DOWNTIME = "downtime"
    THROTTLE = "throttle"
    POSTCOPY = "postcopy"
    #: Auto-converge, which cannot be turned on while a migration runs: words only.
    AUTO_CONVERGE = "auto-converge"


@dataclass(frozen=True, slots=True)
class Advice:
    """One way out: what it does, in a sentence, and the commands that apply it while
    the migration runs (none for advice that only a new migration can follow)."""

    kind: AdviceKind
    sentence: str
    commands: list[Command] = field(default_factory=list)


def _mib(value: float) -> str:
    return f"{value / MIB:.1f}".removesuffix(".0")


def _dirtying(dirty: float, throughput: float | None) -> str:
    """The bandwidth advice's words on the guest's dirtying ("" when QEMU gave no rate).
    QEMU counts a page found dirty once per sync however often it was rewritten, so
    for a migration that does not finish a rate near or under the throughput only says
    the guest dirties at least that much (measured: 0.70-1.02 MiB/s at 1.02 MiB/s sent
    for a guest rewriting 1.5 MiB each second)."""
    if dirty <= 0:
        return ""
    if throughput is not None and dirty <= 1.1 * throughput:
        return (
            f" (the guest dirties at least {_mib(dirty)} MiB/s: QEMU counts a page "
            "rewritten many times once per pass)"
        )
    return f" (the guest dirties about {_mib(dirty)} MiB/s)"


def advise(
    sample: Sample,
    parameters: Mapping[str, object],
    capabilities: Mapping[str, bool],
    offer: MigrationOffer,
) -> list[Advice]:
    """What would help, given the last `sample`, the source's `query-migrate-parameters`
    (max-bandwidth in bytes/s, downtime-limit in ms, cpu-throttle-increment in %) and its
    capabilities' states (query-migrate-capabilities, name: on), for a server with
    `offer`. In the order to try: more bandwidth, a longer downtime, more throttling
    (auto-converge on), postcopy (allowed at the start), auto-converge next time."""
    result: list[Advice] = []
    bandwidth = parameters.get("max-bandwidth")
    dirty = sample.dirty_bps or 0.0
    if isinstance(bandwidth, int) and offer.takes("max-bandwidth"):
        wanted = max(2 * bandwidth, math.ceil(dirty * 1.5 / MIB) * MIB)
        result.append(
            Advice(
                AdviceKind.BANDWIDTH,
                f"raise the bandwidth limit from {_mib(bandwidth)} to {_mib(wanted)} MiB/s"
                + _dirtying(dirty, sample.throughput_bps),
                parameter_commands({"max-bandwidth": wanted}, offer),
            )
        )
    limit = parameters.get("downtime-limit")
    expected = sample.expected_downtime_ms
    if isinstance(limit, int) and offer.takes("downtime-limit"):
        wanted_ms = max(2 * limit, math.ceil((expected or 0) * 1.2 / 100) * 100)
        result.append(
            Advice(
                AdviceKind.DOWNTIME,
                f"raise the downtime limit from {limit} to {wanted_ms} ms (the guest pauses "
                "up to that long when it switches over"
                + (f"; QEMU expects {expected} ms now)" if expected is not None else ")"),
                parameter_commands({"downtime-limit": wanted_ms}, offer),
            )
        )
    step = parameters.get("cpu-throttle-increment")
    if capabilities.get("auto-converge") and isinstance(step, int) and step < 100:
        wanted_step = min(100, max(step * 2, step + 10))
        result.append(
            Advice(
                AdviceKind.THROTTLE,
                f"throttle the guest's vCPUs harder: auto-converge's step from {step} % "
                f"to {wanted_step} %",
                [("migrate-set-parameters", {"cpu-throttle-increment": wanted_step})],
            )
        )
    if capabilities.get("postcopy-ram"):
        result.append(
            Advice(
                AdviceKind.POSTCOPY,
                "switch to postcopy: the guest runs on the destination at once and fetches "
                "the rest (lost if the network fails before it has all)",
                [("migrate-start-postcopy", {})],
            )
        )
    elif "auto-converge" in offer.capabilities and not capabilities.get("auto-converge"):
        result.append(
            Advice(
                AdviceKind.AUTO_CONVERGE,
                "auto-converge cannot be turned on while a migration runs (QEMU refuses): "
                "cancel, and migrate again with Auto-converge on",
            )
        )
    return result
