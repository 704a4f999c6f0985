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
- The same guest finishes within a second of the limit raised to 2 MiB/s; throttled at
  99 % by auto-converge it still left about 1.5 MiB a pass at 2 MiB/s (expected
  downtime about 740 ms) and did not finish in 166 s: advise() asks for what sends a
  pass's leftover within the downtime limit. A 64 MiB
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

from qmpgui.i18n import translate
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
#: The bandwidth advised is what sends a pass's leftover within the downtime limit,
#: times this: the leftover moves pass by pass (about 1.5-1.7 MiB at 1 MiB/s for the
#: guest above).
LEFTOVER_MARGIN = 1.25
#: QEMU's max-cpu-throttle by default (and the most it takes), percent.
DEFAULT_MAX_THROTTLE = 99


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
    #: Seconds since the migration started (QEMU's total-time, libvirt's time_elapsed).
    elapsed_s: float | None = None
    #: How hard auto-converge throttles the vCPUs now, percent (None: it does not).
    throttle_pct: int | None = None


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
        info.total_time_ms / 1000 if info.total_time_ms is not None else None,
        info.cpu_throttle_pct,
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


def _own_rate(dirty: float, throughput: float | None) -> bool:
    """Whether QEMU's dirty rate `dirty` (bytes/s, above 0) is the guest's own figure:
    clearly above the `throughput`, not the floor a rate near it only says (_dirtying)."""
    return throughput is None or dirty > 1.1 * throughput


def _dirtying(dirty: float, throughput: float | None) -> str:
    """The bandwidth advice's words on the guest's dirtying ("" when QEMU gave no rate).
    QEMU counts a page found dirty once per sync however often it was rewritten, so
    for a migration that does not finish a rate near or under the throughput only says
    the guest dirties at least that much (measured: 0.70-1.02 MiB/s at 1.02 MiB/s sent
    for a guest rewriting 1.5 MiB each second)."""
    if dirty <= 0:
        return ""
    if not _own_rate(dirty, throughput):
        # No figure here: QEMU's moves pass by pass (0.6-1.0 MiB/s for the same guest)
        # and only says a floor, so the sentence changed while it was read.
        return translate(
            "convergence",
            " (the guest dirties memory at least as fast as it is sent: QEMU counts a page rewritten many times once per pass)",
        )
    return translate("convergence", " (the guest dirties about {v0} MiB/s)").format(v0=_mib(dirty))


def _pass_leftover(sample: Sample, limit_ms: int | None) -> float:
    """What each pass leaves to send at its end, bytes: QEMU's expected downtime times
    the throughput it was computed from (migration.c: expected downtime = remaining /
    bandwidth at the sync); 0 while that fits in the downtime `limit` (ms) or a figure
    is missing. QEMU switches over once it fits, so a limit this much over the
    throughput is what lets a pass end there (measured: a guest throttled at 99 % left
    1.5 MiB per pass at 2 MiB/s, twice the 1 MiB/s it began with, and never finished)."""
    expected, throughput = sample.expected_downtime_ms, sample.throughput_bps
    if limit_ms is None or expected is None or not throughput:
        return 0.0
    return throughput * expected / 1000 if expected > limit_ms else 0.0


def max_throttle(parameters: Mapping[str, object]) -> int:
    """The most auto-converge throttles the vCPUs, percent (`max-cpu-throttle`; QEMU's
    default 99 where the server does not say)."""
    most = parameters.get("max-cpu-throttle")
    return most if isinstance(most, int) and not isinstance(most, bool) else DEFAULT_MAX_THROTTLE


def throttled_at_most(throttle_pct: int | None, parameters: Mapping[str, object]) -> bool:
    """Whether auto-converge already throttles the vCPUs as hard as it may."""
    return throttle_pct is not None and throttle_pct >= max_throttle(parameters)


def stuck_sentence(throttle_pct: int | None, parameters: Mapping[str, object]) -> str:
    """Why a stuck migration will not finish, in words (lower case, no full stop): the
    guest outruns the link, throttled as hard as auto-converge may (`throttle_pct`, the
    last cpu-throttle-percentage) or not."""
    if throttled_at_most(throttle_pct, parameters):
        return translate(
            "convergence",
            "the migration will not finish as it is: the guest's vCPUs are already throttled at {throttle_pct} % and the guest still dirties memory as fast as it is sent",
        ).format(throttle_pct=throttle_pct)
    return translate(
        "convergence",
        "the migration will not finish as it is: the guest dirties memory as fast as it is sent",
    )


def _throttle(
    throttle_pct: int | None, parameters: Mapping[str, object], offer: MigrationOffer
) -> list[Advice]:
    """Harder throttling with auto-converge on: a bigger step while the throttle is under
    its most; at its most a higher most where QEMU allows one, else nothing (throttling
    harder cannot help: stuck_sentence() says so)."""
    most = max_throttle(parameters)
    if throttled_at_most(throttle_pct, parameters):
        if most >= DEFAULT_MAX_THROTTLE or not offer.takes("max-cpu-throttle"):
            return []
        return [
            Advice(
                AdviceKind.THROTTLE,
                translate(
                    "convergence",
                    "let auto-converge throttle the vCPUs harder: its most from {most} % to {DEFAULT_MAX_THROTTLE} % (they are throttled at {throttle_pct} % now)",
                ).format(
                    most=most, DEFAULT_MAX_THROTTLE=DEFAULT_MAX_THROTTLE, throttle_pct=throttle_pct
                ),
                [("migrate-set-parameters", {"max-cpu-throttle": DEFAULT_MAX_THROTTLE})],
            )
        ]
    step = parameters.get("cpu-throttle-increment")
    if not isinstance(step, int) or step >= 100:
        return []
    wanted = min(100, max(step * 2, step + 10))
    now = (
        translate("convergence", "; they are throttled at {throttle_pct} % now").format(
            throttle_pct=throttle_pct
        )
        if throttle_pct is not None
        else ""
    )
    return [
        Advice(
            AdviceKind.THROTTLE,
            translate(
                "convergence",
                "throttle the guest's vCPUs harder: auto-converge's step from {step} % to {wanted} % (at most {most} %{now})",
            ).format(step=step, wanted=wanted, most=most, now=now),
            [("migrate-set-parameters", {"cpu-throttle-increment": wanted})],
        )
    ]


def advise(
    sample: Sample,
    parameters: Mapping[str, object],
    capabilities: Mapping[str, bool],
    offer: MigrationOffer,
) -> list[Advice]:
    """What would help, given the last `sample`, the source's `query-migrate-parameters`
    (max-bandwidth in bytes/s, downtime-limit in ms, cpu-throttle-increment and
    max-cpu-throttle in %) and its
    capabilities' states (query-migrate-capabilities, name: on), for a server with
    `offer`. In the order to try: more bandwidth (what sends a pass's leftover within
    the downtime limit, LEFTOVER_MARGIN to spare, or 1.5 x the dirty rate, and at least
    twice the limit), a longer downtime, more throttling
    (auto-converge on, the throttle not yet at its most), postcopy (allowed at the
    start), auto-converge next time. `sample` is best advice_basis()'s: figures steady
    over passes, so that the suggestions do not change with each look."""
    result: list[Advice] = []
    bandwidth = parameters.get("max-bandwidth")
    dirty = sample.dirty_bps or 0.0
    limit = parameters.get("downtime-limit")
    expected = sample.expected_downtime_ms
    if isinstance(bandwidth, int) and offer.takes("max-bandwidth"):
        limit_ms = limit if isinstance(limit, int) and limit > 0 else None
        left = _pass_leftover(sample, limit_ms)
        fits = left * 1000 / limit_ms * LEFTOVER_MARGIN if limit_ms and left else 0.0
        wanted = max(2 * bandwidth, math.ceil(max(dirty * 1.5, fits) / MIB) * MIB)
        why = _dirtying(dirty, sample.throughput_bps)
        if fits > dirty * 1.5:  # the leftover decides: said, with a rate of the guest's own
            own = dirty > 0 and _own_rate(dirty, sample.throughput_bps)
            rate = (
                translate("convergence", "the guest dirties about {v0} MiB/s, and ").format(
                    v0=_mib(dirty)
                )
                if own
                else ""
            )
            why = translate(
                "convergence",
                " ({rate}each pass leaves about {v1} MiB, which must be sent within the {limit_ms} ms downtime limit)",
            ).format(rate=rate, v1=_mib(left), limit_ms=limit_ms)
        result.append(
            Advice(
                AdviceKind.BANDWIDTH,
                translate(
                    "convergence", "raise the bandwidth limit from {v0} to {v1} MiB/s{why}"
                ).format(v0=_mib(bandwidth), v1=_mib(wanted), why=why),
                parameter_commands({"max-bandwidth": wanted}, offer),
            )
        )
    if isinstance(limit, int) and offer.takes("downtime-limit"):
        wanted_ms = max(2 * limit, math.ceil((expected or 0) * 1.2 / 100) * 100)
        result.append(
            Advice(
                AdviceKind.DOWNTIME,
                translate(
                    "convergence",
                    "raise the downtime limit from {limit} to {wanted_ms} ms (the guest pauses up to that long when it switches over",
                ).format(limit=limit, wanted_ms=wanted_ms)
                + (
                    translate("convergence", "; QEMU expects about {v0} ms each pass)").format(
                        v0=max(100, round(expected, -2))
                    )
                    if expected is not None
                    else ")"
                ),
                parameter_commands({"downtime-limit": wanted_ms}, offer),
            )
        )
    if capabilities.get("auto-converge"):
        result.extend(_throttle(sample.throttle_pct, parameters, offer))
    if capabilities.get("postcopy-ram"):
        result.append(
            Advice(
                AdviceKind.POSTCOPY,
                translate(
                    "convergence",
                    "switch to postcopy: the guest runs on the destination at once and fetches the rest (lost if the network fails before it has all)",
                ),
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
