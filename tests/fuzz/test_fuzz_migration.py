"""A migration's status and settings from any reply: query-migrate (either side),
query-migrate-parameters and -capabilities, and libvirt's job statistics. Nothing
raises, and what the Migration pane and the VM list say (the figures, the headline,
the outcome, the advice on a stuck migration) reads as words, the status among them."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from qmpgui.qmp.convergence import advise, max_throttle, sample_of, stuck_sentence
from qmpgui.qmp.migration import STATUS_WORDS, parse_migration, with_last_figures
from qmpgui.qmp.migration_options import read_offer
from qmpgui.qmp.reader import one_line
from qmpgui.qmp.types import Capabilities
from qmpgui.session.migration import MIGRATION
from qmpgui.session.migration_brief import brief, details
from qmpgui.session.migration_outcome import outcome_data, outcome_sentence
from qmpgui.ui.migration_figures import figures, headline
from qmpgui.virt.job_info import info_from_job_stats
from tests.helpers.fuzz_json import json_values, mutated, odd_numbered, texts
from tests.helpers.fuzz_panes import fetched
from tests.helpers.recorded import load_schema_72
from tests.helpers.strategies import (
    FUZZ,
    assert_one_line,
    assert_readable,
    inspect,
    replies_for,
)

#: QEMU 7.2's commands: the offer reads which parameters migrate-set-parameters takes.
CAPABILITIES = Capabilities.from_schema(load_schema_72())
HUGE = 10**400
#: What QEMU never sends but a float would not hold: a rate and a size of 401 digits.
HUGE_RAM = {"status": "active", "total-time": HUGE, "ram": {"mbps": HUGE, "remaining": HUGE}}
HUGE_SETTINGS = {"max-bandwidth": HUGE, "downtime-limit": HUGE, "max-cpu-throttle": HUGE}
#: virDomainGetJobStats' fields for an outgoing migration, as the worker passes them on.
JOB_STATS = {
    "type": 2,
    "operation": 2,
    "time_elapsed": 1506,
    "downtime": 300,
    "memory_total": 68427776,
    "memory_processed": 308953,
    "memory_remaining": 19197952,
    "memory_bps": 227430,
    "memory_dirty_rate": 0,
    "memory_page_size": 4096,
    "memory_iteration": 1,
}
URIS = st.sampled_from(["", "tcp:127.0.0.1:4444", "unix:/run/m.sock", "exec:cat", "file:/x"])


@pytest.fixture(autouse=True)
def _app(qapp: Any) -> None:
    """VmSession is a QObject: the QApplication comes first."""


@FUZZ
@given(
    first=replies_for("query-migrate"),
    second=replies_for("query-migrate"),
    incoming=st.booleans(),
    uri=URIS | texts,
    guest_ran=st.sampled_from([None, True, False]),
)
@example(first=HUGE_RAM, second={"status": "failed"}, incoming=False, uri="", guest_ran=None)
def test_any_query_migrate_reply_reads_as_figures_and_a_sentence(
    first: object, second: object, incoming: bool, uri: str, guest_ran: bool | None
) -> None:
    given = [first, second, uri]
    last, info = parse_migration(first), parse_migration(second)
    for shown in (last, info, with_last_figures(info, last)):
        for key, value in figures(shown).items():
            assert_one_line(one_line(value), key)
            assert_readable(value, key, given)
        assert figures(shown)["status"] == STATUS_WORDS.get(shown.status, shown.status)
        said = outcome_sentence(shown, incoming, uri=uri, guest_ran=guest_ran)
        assert_readable(said, "outcome", given)
        json.dumps(outcome_data(shown, uri))  # the event log's data is JSON
        sample = sample_of(shown, 1.0)
        assert sample is None or sample.remaining == (shown.ram and shown.ram.remaining)


@FUZZ
@given(
    replies=st.lists(replies_for("query-migrate"), min_size=1, max_size=3),
    parameters=replies_for("query-migrate-parameters"),
    capabilities=replies_for("query-migrate-capabilities"),
    run_status=st.sampled_from([None, "running", "inmigrate", "postmigrate", "paused"]),
)
@example(replies=[HUGE_RAM], parameters=HUGE_SETTINGS, capabilities=[], run_status="running")
@example(
    replies=[HUGE_RAM],
    parameters={},
    capabilities=[{"capability": HUGE, "state": True}],
    run_status=None,
)
def test_a_followed_migration_reads_in_the_pane_and_the_vm_list(
    replies: list[object], parameters: object, capabilities: object, run_status: str | None
) -> None:
    given = [replies, parameters, capabilities]
    offer = read_offer(CAPABILITIES, capabilities)
    assert all(isinstance(name, str) for name in offer.capabilities)
    session = fetched({}, [])
    state = session.inspection.migration
    for reply in replies:  # the pane follows a migration: one query-migrate per look
        server = {
            "query-migrate": reply,
            "query-migrate-parameters": parameters,
            "query-migrate-capabilities": capabilities,
        }
        inspect(session.inspection, server, [MIGRATION])
        for domain in (False, True):
            assert_readable(headline(state, run_status, domain=domain), "headline", given)
        for words in (brief(state), details(state)):
            assert words is None or assert_readable(words, "VM list", given) is None
        assert_readable(stuck_sentence(state.info.cpu_throttle_pct, state.parameters), "", given)
        assert isinstance(max_throttle(state.parameters), int)
        sample = state.basis or sample_of(state.info, 1.0)
        if sample is not None:
            for advice in advise(sample, state.parameters, state.capabilities, offer):
                assert_readable(advice.sentence, "advice", given)


#: libvirt's job statistics: a real one damaged, with odd numbers, or random JSON.
JOB_STATS_DRAWN = st.one_of(mutated(JOB_STATS), odd_numbered(JOB_STATS), json_values)


@FUZZ
@given(stats=JOB_STATS_DRAWN)
@example(stats={**JOB_STATS, "memory_bps": HUGE, "memory_total": HUGE})
def test_any_libvirt_job_statistics_read_as_figures(stats: object) -> None:
    info = info_from_job_stats(stats if isinstance(stats, dict) else {})
    for key, value in figures(info).items():
        assert_readable(value, key, stats)
    assert_readable(outcome_sentence(info, uri="qemu+ssh://h/system"), "outcome", stats)
