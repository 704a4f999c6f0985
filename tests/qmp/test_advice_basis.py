"""The convergence advice as a user reads it: steady while the migration's situation
is (figures over passes, moved only by more than a step), and no harder throttling
offered once auto-converge throttles the vCPUs at its most."""

from __future__ import annotations

from dataclasses import replace

from qmpgui.qmp.advice_basis import advice_basis
from qmpgui.qmp.convergence import AdviceKind, Sample, advise, sample_of, stuck, stuck_sentence
from qmpgui.qmp.migration import parse_migration
from qmpgui.qmp.migration_options import MIB, MigrationOffer
from tests.helpers.measured_migration import MEASURED_STUCK

OFFER = MigrationOffer(
    capabilities=frozenset({"auto-converge", "postcopy-ram"}),
    parameters=frozenset(
        {"max-bandwidth", "downtime-limit", "cpu-throttle-increment", "max-cpu-throttle"}
    ),
)
PARAMETERS = {"max-bandwidth": MIB, "downtime-limit": 300, "cpu-throttle-increment": 10}


def wobbling() -> list[Sample]:
    """MEASURED_STUCK as a trial saw it: QEMU's dirty rate crossing 1.1 x the throughput
    pass by pass (0.95, then 1.2 MiB/s), the expected downtime between 1473 and 1590 ms,
    and one answer just after a sync carrying 15800 ms."""
    samples = []
    for t, n, left, sent, _, expected in MEASURED_STUCK:
        dirty = 1.2 if n % 2 else 0.95
        wobble = 1590 if n % 3 == 0 and expected > 300 else expected
        samples.append(
            Sample(t, n, int(left * MIB), None, 80 * MIB, sent * MIB, dirty * MIB, wobble)
        )
    samples[18] = replace(samples[18], expected_downtime_ms=15800)  # pass 9's first answer
    return samples


def advice_seen(samples: list[Sample], capabilities: dict[str, bool]) -> list[list[str]]:
    """The advice's sentences after each answer, once the migration is called stuck, as
    a poller that keeps the last basis computes them."""
    seen: list[list[str]] = []
    basis: Sample | None = None
    for end in range(1, len(samples) + 1):
        basis = advice_basis(samples[:end], 0.0, basis)
        if stuck(samples[:end], 300):
            assert basis is not None
            seen.append([a.sentence for a in advise(basis, PARAMETERS, capabilities, OFFER)])
    return seen


def test_the_advice_stays_the_same_while_the_guest_does_the_same() -> None:
    seen = advice_seen(wobbling(), {"auto-converge": False})
    assert len(seen) >= 10
    # One wording and one set of values over every answer of the stuck passes.
    assert all(sentences == seen[0] for sentences in seen), {tuple(s) for s in seen}
    bandwidth, downtime, _ = seen[0]
    assert bandwidth == (
        "raise the bandwidth limit from 1 to 7 MiB/s (the guest dirties about 1.2 MiB/s, and "
        "each pass leaves about 1.5 MiB, which must be sent within the 300 ms downtime limit)"
    )
    assert downtime.startswith("raise the downtime limit from 300 to 1800 ms")


def test_a_pass_that_needs_more_by_more_than_a_step_changes_the_advice() -> None:
    samples = wobbling()
    last = samples[-1]
    # The guest now dirties 3 MiB/s, each pass leaving 3 s of sending: passes 12-14 say so.
    faster = [
        Sample(last.at_s + 0.5 * k, 12 + k // 2, MIB, None, 80 * MIB, 1.02 * MIB, 3 * MIB, 3000)
        for k in range(6)
    ]
    seen = advice_seen(samples + faster, {"auto-converge": False})
    assert seen[-1][0] == (
        "raise the bandwidth limit from 1 to 13 MiB/s (the guest dirties about 3 MiB/s, and "
        "each pass leaves about 3.1 MiB, which must be sent within the 300 ms downtime limit)"
    )


def throttled(percent: int | None) -> Sample:
    return Sample(9.0, 6, MIB, None, 80 * MIB, MIB, MIB, 1500, 9.0, percent)


def test_no_harder_throttling_is_offered_once_the_vcpus_are_throttled_at_the_most() -> None:
    on = {"auto-converge": True}
    at_most = advise(throttled(99), PARAMETERS, on, OFFER)
    assert AdviceKind.THROTTLE not in [a.kind for a in at_most]
    assert stuck_sentence(99, PARAMETERS) == (
        "the migration will not finish as it is: the guest's vCPUs are already throttled "
        "at 99 % and the guest still dirties memory as fast as it is sent"
    )
    # Under the most: a bigger step, saying how hard it throttles now.
    (throttle,) = [
        a for a in advise(throttled(40), PARAMETERS, on, OFFER) if a.kind.value == "throttle"
    ]
    assert throttle.commands == [("migrate-set-parameters", {"cpu-throttle-increment": 20})]
    assert "throttled at 40 % now" in throttle.sentence
    assert "already throttled" not in stuck_sentence(40, PARAMETERS)
    # A most set lower than QEMU's own: raising it is what is left.
    lower = {**PARAMETERS, "max-cpu-throttle": 80}
    (raise_most,) = [
        a for a in advise(throttled(80), lower, on, OFFER) if a.kind.value == "throttle"
    ]
    assert raise_most.commands == [("migrate-set-parameters", {"max-cpu-throttle": 99})]


def test_query_migrate_gives_the_throttle_and_the_elapsed_time_to_the_samples() -> None:
    info = parse_migration(
        {
            "status": "active",
            "total-time": 7600,
            "cpu-throttle-percentage": 40,
            "ram": {"total": 64 * MIB, "remaining": MIB, "dirty-sync-count": 5},
        }
    )
    assert info.cpu_throttle_pct == 40
    sample = sample_of(info, 100.0)
    assert sample is not None and sample.elapsed_s == 7.6 and sample.throttle_pct == 40
