"""The figures a stuck migration's advice is computed from, steady while the situation
is: taken over the last passes rather than the last `query-migrate` answer, and kept
until a new pass shows a need that differs by more than a step.

Computed from the last answer alone, the advice changed while it was read: QEMU's
dirty rate (0.70-1.02 MiB/s for the stuck guest of qmp/convergence.py) flipped its
words between "at least" and "about" as it crossed 1.1 x the throughput, the expected
downtime moved the suggested limit between 1800 and 1900 ms pass by pass, and one
answer taken just after a sync (expected downtime still the limit itself) made it
300 ms, then 15800 ms, then back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from qmpgui.qmp.convergence import Sample
from qmpgui.qmp.migration_options import MIB

#: Passes (after the first) whose figures count, newest first.
BASIS_PASSES = 3
#: A rate (dirty rate, throughput) moves the advice only by more than this, bytes/s.
RATE_STEP_BPS = MIB / 5
#: The expected downtime moves the advice only by more than this, milliseconds.
EXPECTED_STEP_MS = 250


def _passes(samples: Sequence[Sample], since_s: float) -> list[list[Sample]]:
    """The samples of each pass after the first begun at or after `since_s`, oldest
    first; the pass under way last."""
    passes: dict[int, list[Sample]] = {}
    for sample in samples:
        if sample.passes is not None and sample.passes >= 2:
            passes.setdefault(sample.passes, []).append(sample)
    return [passes[n] for n in sorted(passes) if passes[n][0].at_s >= since_s]


def _pass_expected(samples: Sequence[Sample]) -> int | None:
    """A pass's expected downtime: QEMU sets it a moment after the sync, so the pass's
    first answer may still carry the last pass's (or the limit itself)."""
    later = samples[1:] or samples
    found = [s.expected_downtime_ms for s in later if s.expected_downtime_ms is not None]
    return found[-1] if found else None


def _steady(previous: float | None, new: float | None, step: float) -> float | None:
    """`new`, unless it is within `step` of `previous` (then `previous`)."""
    if previous is None or new is None or abs(new - previous) > step:
        return new
    return previous


def advice_basis(
    samples: Sequence[Sample], since_s: float = 0.0, previous: Sample | None = None
) -> Sample | None:
    """A Sample to advise from: of the last BASIS_PASSES passes after the first begun at
    or after `since_s` (monotonic seconds; the pass under way counts only while no
    earlier one ended), the most dirty rate seen at a pass's end (what the guest needs),
    the median throughput and the median expected downtime; the newest sample's other
    figures (remaining, throttle). Each of the three stays `previous`'s (the basis given
    last time) unless it moved by more than its step. None before a pass after the
    first."""
    passes = _passes(samples, since_s)
    if not passes:
        return None
    ended = passes[:-1] or passes
    window = ended[-BASIS_PASSES:]
    dirty = [p[-1].dirty_bps for p in window if p[-1].dirty_bps is not None]
    throughput = [p[-1].throughput_bps for p in window if p[-1].throughput_bps is not None]
    expected = [e for e in (_pass_expected(p) for p in window) if e is not None]
    # Here, not at the top: statistics loads decimal (a tenth of a second), which the
    # window's start would otherwise wait for; this runs during a migration only.
    import statistics  # noqa: PLC0415

    new_dirty = max(dirty) if dirty else None
    new_throughput = statistics.median(throughput) if throughput else None
    new_expected = round(statistics.median(expected)) if expected else None
    if previous is not None:
        new_dirty = _steady(previous.dirty_bps, new_dirty, RATE_STEP_BPS)
        new_throughput = _steady(previous.throughput_bps, new_throughput, RATE_STEP_BPS)
        steady_expected = _steady(previous.expected_downtime_ms, new_expected, EXPECTED_STEP_MS)
        new_expected = None if steady_expected is None else round(steady_expected)
    return replace(
        samples[-1],
        dirty_bps=new_dirty,
        throughput_bps=new_throughput,
        expected_downtime_ms=new_expected,
    )
