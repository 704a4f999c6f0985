"""Whether a running migration will finish, and what would help, from the figures of
`query-migrate` sampled over time.

QEMU switches over when what is left could be sent within the downtime limit
(remaining < bandwidth x downtime-limit, migration/migration.c): `expected-downtime`
is its estimate of that pause. A guest that dirties memory as fast as it is sent
keeps the remaining above that line pass after pass (a pass ends at each sync of
the dirty bitmap, `dirty-sync-count`), and the migration never ends by itself.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum

from qmpgui.qmp.migration import MigrationInfo
from qmpgui.qmp.migration_options import MIB, Command, MigrationOffer, parameter_commands

#: Passes in a row in which the guest outran the migration before it is called stuck.
STUCK_PASSES = 3
#: ... and the least time those passes took, seconds (a pass may last a tenth of one).
STUCK_MIN_S = 5.0


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


def stuck(samples: Sequence[Sample], downtime_limit_ms: int | None) -> bool:
    """Whether the migration will not finish as it is: in each of the last STUCK_PASSES
    passes after the first (the first copies all of RAM) the guest outran it (QEMU's
    expected downtime above `downtime_limit_ms`, or the dirty rate at or above the
    throughput, at the pass's last sample), over at least STUCK_MIN_S seconds."""
    last_of_pass: dict[int, Sample] = {}
    for sample in samples:
        if sample.passes is not None and sample.passes >= 2:
            last_of_pass[sample.passes] = sample
    numbers = sorted(last_of_pass)[-STUCK_PASSES:]
    if len(numbers) < STUCK_PASSES:
        return False
    first = next(s for s in samples if s.passes == numbers[0])
    if last_of_pass[numbers[-1]].at_s - first.at_s < STUCK_MIN_S:
        return False
    return all(_outran(last_of_pass[n], downtime_limit_ms) for n in numbers)


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
                f"raise the bandwidth limit from {_mib(bandwidth)} to {_mib(wanted)} MiB/s "
                f"(the guest dirties about {_mib(dirty)} MiB/s)",
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
