"""query-migrate read, the commands a migration sends, and the convergence advice, from
QEMU 7.2's own replies (tried on it: the facts page, Migration)."""

from __future__ import annotations

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
    finishing = [*outrun[:-1], sample(15.0, 5, 1, 4, 100)]
    assert not stuck(finishing, 300)
    advice = advise(
        outrun[-1],
        {"max-bandwidth": 4 * MIB, "downtime-limit": 300, "cpu-throttle-increment": 10},
        {"auto-converge": False, "postcopy-ram": False},
        OFFER,
    )
    kinds = [a.kind for a in advice]
    assert kinds == [AdviceKind.BANDWIDTH, AdviceKind.DOWNTIME, AdviceKind.AUTO_CONVERGE]
    assert advice[0].commands == [("migrate-set-parameters", {"max-bandwidth": 9 * MIB})]
    assert advice[0].sentence == (
        "raise the bandwidth limit from 4 to 9 MiB/s (the guest dirties about 6 MiB/s)"
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
