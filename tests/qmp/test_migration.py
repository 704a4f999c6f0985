"""query-migrate read, the commands a migration sends, and the convergence advice, from
QEMU 7.2's own replies (tried on it: the facts page, Migration)."""

from __future__ import annotations

from dataclasses import replace

from qmpgui.qmp.convergence import AdviceKind, Sample, advise, stuck
from qmpgui.qmp.migration import parse_migration
from qmpgui.qmp.migration_options import (
    MIB,
    MigrateRequest,
    MigrationOffer,
    incoming_commands,
    parameter_commands,
    start_commands,
)
from tests.helpers.measured_migration import MEASURED_STUCK

#: A source at 4 MiB/s, two seconds in (QEMU 7.2).
ACTIVE = {
    "expected-downtime": 300,
    "status": "active",
    "setup-time": 0,
    "total-time": 2001,
    "ram": {
        "total": 67641344,
        "dirty-sync-count": 1,
        "page-size": 4096,
        "remaining": 58490880,
        "mbps": 33.8184,
        "transferred": 8451876,
        "dirty-pages-rate": 0,
        "normal": 2059,
    },
}

OFFER = MigrationOffer(
    capabilities=frozenset({"events", "auto-converge", "xbzrle", "multifd", "postcopy-ram"}),
    parameters=frozenset({"max-bandwidth", "downtime-limit"}),
    incoming=True,
)


def test_query_migrate_is_read_on_both_sides() -> None:
    info = parse_migration(ACTIVE)
    assert info.active and info.words == "copying memory"
    assert info.ram is not None and info.ram.remaining == 58490880
    assert info.ram.throughput_bps == 33.8184e6 / 8
    assert parse_migration({}).status == "none" and not parse_migration({}).active
    waiting = parse_migration(
        {"socket-address": [{"port": "44441", "ipv4": True, "host": "127.0.0.1", "type": "inet"}]}
    )
    assert waiting.listening == ("tcp:127.0.0.1:44441",) and not waiting.active
    failed = parse_migration(
        {"status": "failed", "error-desc": "Failed to connect to '127.0.0.1:1': refused"}
    )
    assert failed.finished and failed.error_desc is not None
    assert parse_migration({"status": "active", "ram": {"remaining": "x"}}).ram is not None


def test_a_migration_sends_events_on_its_options_then_migrate() -> None:
    request = MigrateRequest(
        "tcp:10.0.0.2:4444",
        capabilities={"auto-converge": True, "multifd": True, "nosuch": True},
        parameters={"max-bandwidth": 4 * MIB, "downtime-limit": 500},
    )
    assert start_commands(request, OFFER) == [
        (
            "migrate-set-capabilities",
            {
                "capabilities": [
                    {"capability": "events", "state": True},
                    {"capability": "auto-converge", "state": True},
                    {"capability": "multifd", "state": True},
                ]
            },
        ),
        ("migrate-set-parameters", {"max-bandwidth": 4 * MIB, "downtime-limit": 500}),
        ("migrate", {"uri": "tcp:10.0.0.2:4444"}),
    ]
    # The destination gets what both sides need (multifd), not auto-converge.
    assert incoming_commands(request, OFFER) == [
        (
            "migrate-set-capabilities",
            {
                "capabilities": [
                    {"capability": "events", "state": True},
                    {"capability": "multifd", "state": True},
                ]
            },
        ),
        ("migrate-incoming", {"uri": "tcp:10.0.0.2:4444"}),
    ]


def test_old_servers_get_migrate_set_speed_and_downtime() -> None:
    old = MigrationOffer(legacy_speed=True, legacy_downtime=True)
    assert parameter_commands({"max-bandwidth": 8 * MIB, "downtime-limit": 1500}, old) == [
        ("migrate_set_speed", {"value": 8 * MIB}),
        ("migrate_set_downtime", {"value": 1.5}),
    ]
    assert parameter_commands({"max-bandwidth": 1}, MigrationOffer()) == []


def sample(at: float, passes: int, dirty_mib: float, sent_mib: float, expected: int) -> Sample:
    return Sample(at, passes, 2 * MIB, None, 64 * MIB, sent_mib * MIB, dirty_mib * MIB, expected)


def test_a_guest_that_outruns_the_migration_for_passes_gets_advice() -> None:
    # A pass every 3 s, the guest dirtying 6 MiB/s while 4 MiB/s go.
    outrun = [sample(3.0 * n, n, 6, 4, 900) for n in range(1, 6)]
    assert stuck(outrun, 300)
    assert not stuck(outrun[:3], 300)  # too few passes after the first
    quick = [sample(0.1 * n, n, 6, 4, 900) for n in range(1, 6)]
    assert not stuck(quick, 300)  # passes of a tenth of a second: not yet
    finishing = [*outrun[:-1], sample(15.0, 5, 1, 4, 100), sample(15.5, 5, 1, 4, 100)]
    assert not stuck(finishing, 300)
    advice = advise(
        outrun[-1],
        {"max-bandwidth": 4 * MIB, "downtime-limit": 300, "cpu-throttle-increment": 10},
        {"auto-converge": False, "postcopy-ram": False},
        OFFER,
    )
    kinds = [a.kind for a in advice]
    assert kinds == [AdviceKind.BANDWIDTH, AdviceKind.DOWNTIME, AdviceKind.AUTO_CONVERGE]
    # Each pass leaves 900 ms at 4 MiB/s, 3.6 MiB: it fits in 300 ms at 12 MiB/s.
    assert advice[0].commands == [("migrate-set-parameters", {"max-bandwidth": 15 * MIB})]
    assert advice[0].sentence == (
        "raise the bandwidth limit from 4 to 15 MiB/s (the guest dirties about 6 MiB/s, and "
        "each pass leaves about 3.6 MiB, which must be sent within the 300 ms downtime limit)"
    )
    assert advice[1].commands == [("migrate-set-parameters", {"downtime-limit": 1100})]
    assert advice[2].commands == []  # QEMU refuses capabilities while one runs
    with_both = advise(
        outrun[-1],
        {"max-bandwidth": 4 * MIB, "downtime-limit": 300, "cpu-throttle-increment": 10},
        {"auto-converge": True, "postcopy-ram": True},
        OFFER,
    )
    assert [a.kind for a in with_both][2:] == [AdviceKind.THROTTLE, AdviceKind.POSTCOPY]
    assert with_both[3].commands == [("migrate-start-postcopy", {})]


#: query-migrate, as MEASURED_STUCK (tests/helpers/measured_migration.py), of a guest
#: rewriting 2 MiB each second over 8 MiB at 2 MiB/s: the leftover after each sync still
#: shrank (8.0, 7.8, then 5.8 MiB), then held (5.6 MiB).
MEASURED_SHRINKING = [
    (4.27, 2, 8.03, 2.04, 1.90, 300),
    (4.52, 2, 7.40, 2.04, 1.90, 4107),
    (7.78, 2, 0.90, 2.04, 1.90, 4107),
    (8.03, 3, 7.80, 2.04, 1.97, 4107),
    (8.28, 3, 7.39, 2.04, 1.97, 3930),
    (11.54, 3, 0.69, 2.04, 1.97, 3930),
    (11.79, 4, 5.80, 2.04, 1.49, 3930),
    (12.04, 4, 5.19, 2.02, 1.49, 2977),
    (14.30, 4, 0.72, 2.04, 1.49, 2947),
    (14.55, 5, 5.59, 2.04, 2.02, 2947),
    (17.05, 5, 0.52, 2.04, 2.02, 2947),
    (17.31, 6, 5.59, 2.04, 2.03, 2947),
    (17.56, 6, 4.98, 2.04, 2.03, 2947),
]


def measured(rows: list[tuple[float, int, float, float, float, int]]) -> list[Sample]:
    return [
        Sample(t, n, int(left * MIB), None, 80 * MIB, sent * MIB, dirty * MIB, expected)
        for t, n, left, sent, dirty, expected in rows
    ]


def first_stuck(samples: list[Sample], since_s: float = 0.0) -> float | None:
    """When a poller that judges after each sample first says stuck."""
    for end in range(1, len(samples) + 1):
        if stuck(samples[:end], 300, since_s):
            return samples[end - 1].at_s
    return None


def test_the_measured_guest_that_never_finishes_is_stuck_after_passes_over_five_seconds() -> None:
    # Its passes last 1-1.5 s: three passes alone span less than STUCK_MIN_S, and the
    # dirty rate reads about the throughput, so the expected downtime (1473-1738 ms,
    # pass after pass, against 300) is what tells. A pass counts from its second
    # sample: its first may still carry the last pass's expected downtime.
    samples = measured(MEASURED_STUCK)
    assert first_stuck(samples) == 8.02  # pass 6's second sample


def test_passes_before_a_change_of_settings_do_not_count() -> None:
    samples = measured(MEASURED_STUCK)
    assert stuck(samples, 300)
    # The limit was changed at 9.2 s: pass 8 on are what the new settings make.
    assert not stuck(samples, 300, since_s=9.2)
    assert first_stuck(samples, since_s=6.0) == 11.53  # passes 6-9, 5 s after the change


def test_a_leftover_that_still_shrinks_pass_by_pass_is_not_stuck_yet() -> None:
    samples = measured(MEASURED_SHRINKING)
    # Passes 2-4 spend 10 s above the downtime limit, but the leftover fell from 4107
    # to 2947 ms (28 %), and passes 3-5 from 3930 to 2947 ms: converging so far.
    # Passes 4-6 held at 2947 ms: now stuck (the run went on 25 s without finishing).
    assert first_stuck(samples) == 17.56
    until_pass_5_end = [s for s in samples if s.at_s <= 17.05]
    assert not stuck(until_pass_5_end, 300)


def test_the_bandwidth_advice_sends_what_a_pass_leaves_within_the_downtime_limit() -> None:
    parameters = {"max-bandwidth": MIB, "downtime-limit": 300, "cpu-throttle-increment": 10}
    # The measured guest rewrites 1.5 MiB each second; at 1.02 MiB/s sent each pass
    # leaves about 1.5 s of sending (QEMU's expected downtime), 1.5 MiB: that fits in
    # 300 ms from 5 MiB/s. Twice the limit, as once advised, did not finish.
    capped = measured(MEASURED_STUCK)[-2]
    (bandwidth, *_) = advise(capped, parameters, {}, OFFER)
    assert bandwidth.sentence == (
        "raise the bandwidth limit from 1 to 7 MiB/s (each pass leaves about 1.5 MiB, which "
        "must be sent within the 300 ms downtime limit)"
    )
    ((_, arguments),) = bandwidth.commands
    sent, expected = capped.throughput_bps, capped.expected_downtime_ms
    assert sent is not None and expected is not None
    wanted = arguments["max-bandwidth"]
    assert isinstance(wanted, int) and wanted * 0.3 >= 1.2 * sent * expected / 1000


def test_the_bandwidth_advice_says_what_qemus_dirty_rate_means() -> None:
    parameters = {"max-bandwidth": MIB, "downtime-limit": 300, "cpu-throttle-increment": 10}
    # Without an expected downtime the dirty rate decides: QEMU's near the throughput
    # only says a floor (1.01 MiB/s read at 1.02 sent for a guest rewriting 1.5 MiB/s).
    near = Sample(9.0, 5, 3 * MIB, None, 80 * MIB, 1.02 * MIB, 1.01 * MIB, None)
    assert advise(near, parameters, {}, OFFER)[0].sentence == (
        "raise the bandwidth limit from 1 to 2 MiB/s (the guest dirties memory at least as fast as "
        "it is sent: QEMU counts a page rewritten many times once per pass)"
    )
    # A rate clearly above the throughput is the guest's own; none known: no words.
    above = Sample(9.0, 5, 3 * MIB, None, 80 * MIB, 1.0 * MIB, 2.5 * MIB, None)
    assert advise(above, parameters, {}, OFFER)[0].sentence == (
        "raise the bandwidth limit from 1 to 4 MiB/s (the guest dirties about 2.5 MiB/s)"
    )
    leaves = replace(above, expected_downtime_ms=3000)
    assert advise(leaves, parameters, {}, OFFER)[0].sentence == (
        "raise the bandwidth limit from 1 to 13 MiB/s (the guest dirties about 2.5 MiB/s, and "
        "each pass leaves about 3 MiB, which must be sent within the 300 ms downtime limit)"
    )
    unknown = Sample(9.0, 5, 3 * MIB, None, 80 * MIB, 1.0 * MIB, None, None)
    assert advise(unknown, parameters, {}, OFFER)[0].sentence == (
        "raise the bandwidth limit from 1 to 2 MiB/s"
    )
