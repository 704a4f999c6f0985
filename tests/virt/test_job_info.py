"""libvirt's job statistics read as the Migration pane reads QEMU's query-migrate, the
changes and advice turned into libvirt's calls, and libvirt's migration refusals in
words (the figures and texts as libvirt 9.0 gave them on this host)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from qmpgui.qmp.convergence import AdviceKind, advise, sample_of, throttled_at_most
from qmpgui.qmp.migration_options import MIB
from qmpgui.session.domain_migration import DOMAIN_OFFER, domain_advice, libvirt_steps
from qmpgui.ui.migration_advice import AdviceBox
from qmpgui.ui.migration_figures import figures
from qmpgui.virt.errors import sentence
from qmpgui.virt.job_info import info_from_job_stats

#: virDomainGetJobStats during a migration at 4 MiB/s (libvirt 9.0, QEMU 7.2).
RUNNING = {
    "type": 2,
    "operation": 5,
    "time_elapsed": 5012,
    "data_total": 84484096,
    "data_processed": 19442931,
    "data_remaining": 64212992,
    "memory_total": 84484096,
    "memory_processed": 19442931,
    "memory_remaining": 64212992,
    "memory_bps": 4227300,
    "memory_constant": 212,
    "memory_normal": 4712,
    "memory_dirty_rate": 1500,
    "memory_iteration": 2,
    "memory_page_size": 4096,
    "setup_time": 3,
    "downtime": 300,
}


def test_a_running_migrations_figures_read_as_query_migrates() -> None:
    info = info_from_job_stats(RUNNING)
    assert info.active and info.status == "active" and info.words == "copying memory"
    assert info.total_time_ms == 5012 and info.expected_downtime_ms == 300
    assert info.downtime_ms is None
    sample = sample_of(info, 1.0)
    assert sample is not None
    assert (sample.total, sample.transferred, sample.remaining) == (84484096, 19442931, 64212992)
    # libvirt's rate is bytes/s: the same bytes/s come out, not megabits.
    assert sample.throughput_bps == pytest.approx(4227300)
    assert sample.dirty_bps == 1500 * 4096 and sample.passes == 2


def test_zeros_before_qemus_first_figures_are_setup_without_a_sample() -> None:
    info = info_from_job_stats({"type": 2, "operation": 5, "time_elapsed": 604, "memory_total": 0})
    assert info.status == "setup" and info.active
    assert sample_of(info, 0.0) is None


def test_the_last_jobs_end_and_other_jobs() -> None:
    done = info_from_job_stats({**RUNNING, "type": 3, "downtime": 42})
    assert done.status == "completed" and done.downtime_ms == 42
    assert done.expected_downtime_ms is None
    assert info_from_job_stats({**RUNNING, "type": 5}).status == "cancelled"
    assert info_from_job_stats({**RUNNING, "type": 4, "errmsg": "boom"}).error_desc == "boom"
    # A dump or a save is not a migration; no job at all is none.
    assert info_from_job_stats({**RUNNING, "operation": 8}).status == "none"
    assert info_from_job_stats({"type": 0}).status == "none"


def test_a_destinations_ended_migration_reads_as_incoming_with_its_figures() -> None:
    # What libvirt 9.0 keeps at the destination once the migration came in (operation
    # 4, "migration in"): the same figures, and the side.
    came_in = info_from_job_stats({**RUNNING, "type": 3, "operation": 4, "downtime": 60})
    assert came_in.status == "completed" and came_in.incoming is True
    assert came_in.ram is not None and came_in.ram.total == 84484096
    assert came_in.downtime_ms == 60
    assert info_from_job_stats(RUNNING).incoming is False


def test_a_cancelled_job_without_memory_figures_has_none() -> None:
    # What libvirt 9.0 keeps of a cancelled migration: no memory figures, so that the
    # last ones seen while it ran stand (not a row of dashes).
    cancelled = info_from_job_stats({"type": 5, "operation": 5, "time_elapsed": 14002})
    assert cancelled.status == "cancelled" and cancelled.ram is None


def test_advice_for_a_domain_becomes_libvirts_calls() -> None:
    info = info_from_job_stats(RUNNING)
    sample = sample_of(info, 1.0)
    assert sample is not None
    parameters = {"max-bandwidth": 4 * MIB, "downtime-limit": 300}
    advice = advise(sample, parameters, {"postcopy-ram": True}, DOMAIN_OFFER)
    steps = {a.kind: libvirt_steps(a.commands) for a in advice}
    assert steps[AdviceKind.BANDWIDTH] == [("set_migration_speed", {"mib": 9})]
    assert steps[AdviceKind.DOWNTIME] == [("set_migration_downtime", {"ms": 600})]
    assert steps[AdviceKind.POSTCOPY] == [("start_postcopy", {})]
    # A part MiB/s is rounded up (libvirt takes whole MiB/s); the old commands map too.
    assert libvirt_steps([("migrate-set-parameters", {"max-bandwidth": MIB + 1})]) == [
        ("set_migration_speed", {"mib": 2})
    ]
    assert libvirt_steps([("migrate_set_downtime", {"value": 0.5})]) == [
        ("set_migration_downtime", {"ms": 500})
    ]
    with pytest.raises(ValueError, match="only when a migration starts"):
        libvirt_steps([("migrate-set-parameters", {"cpu-throttle-increment": 20})])


def test_a_domains_advice_says_in_words_that_its_throttle_cannot_change(qtbot: QtBot) -> None:
    sample = sample_of(info_from_job_stats(RUNNING), 1.0)
    assert sample is not None
    parameters = {"max-bandwidth": 4 * MIB, "downtime-limit": 300, "cpu-throttle-increment": 10}
    on = {"auto-converge": True}
    advice = domain_advice(advise(sample, parameters, on, DOMAIN_OFFER), on)
    (throttle,) = [a for a in advice if a.kind is AdviceKind.THROTTLE]
    assert not throttle.commands
    assert "its step cannot be changed while the migration runs" in throttle.sentence
    box = AdviceBox()
    qtbot.addWidget(box)
    box.set_advice(advice)
    applies = [b.objectName() for b in box.buttons()]
    assert applies == ["migrationApply_bandwidth", "migrationApply_downtime"]
    # Without auto-converge: it cannot be turned on now, said in libvirt's words.
    advice = domain_advice(advise(sample, parameters, {}, DOMAIN_OFFER), {})
    (later,) = [a for a in advice if a.kind is AdviceKind.AUTO_CONVERGE]
    assert later.sentence.startswith("auto-converge cannot be turned on while a migration runs:")
    assert "QEMU" not in later.sentence
    assert not any(a.kind is AdviceKind.THROTTLE for a in advice)


def test_a_domain_throttled_at_the_most_gets_no_throttle_words_and_shows_the_throttle() -> None:
    # libvirt's auto_converge_throttle: QEMU's cpu-throttle-percentage.
    info = info_from_job_stats({**RUNNING, "auto_converge_throttle": 99})
    assert info.cpu_throttle_pct == 99
    assert figures(info)["throttle"] == "99 %"
    sample = sample_of(info, 1.0)
    assert sample is not None and sample.throttle_pct == 99
    parameters = {"max-bandwidth": 4 * MIB, "downtime-limit": 300}
    on = {"auto-converge": True}
    at_most = throttled_at_most(sample.throttle_pct, parameters)
    advice = domain_advice(advise(sample, parameters, on, DOMAIN_OFFER), on, at_most=at_most)
    assert [a.kind for a in advice] == [AdviceKind.BANDWIDTH, AdviceKind.DOWNTIME]


@pytest.mark.parametrize(
    ("code", "text", "words"),
    [
        (
            55,
            "Requested operation is not valid: Attempt to migrate guest to the same host "
            "0e3c0f3e-9f0a-4c5e-8f43-4b7e1c2a9d11",
            "to the host it runs on",
        ),
        (81, "Unsafe migration: Migration without shared storage is unsafe", "shared storage"),
        (78, "operation aborted: migration out job: canceled by client", "keeps running here"),
        (
            1,
            "internal error: hostname on destination resolved to localhost, but migration "
            "requires an FQDN",
            "tcp://ADDRESS",
        ),
        (
            9,
            "operation failed: domain 'web' already exists with uuid "
            "0e3c0f3e-9f0a-4c5e-8f43-4b7e1c2a9d11",
            "already has a domain named 'web'",
        ),
    ],
)
def test_libvirts_migration_refusals_say_what_to_do(code: int, text: str, words: str) -> None:
    said = sentence(code, text, "qemu:///system", "web").sentence
    assert words in said, said
