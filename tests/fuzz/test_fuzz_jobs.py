"""Jobs and the block graph from any reply and event: query-block-jobs, query-jobs,
BLOCK_JOB_* and JOB_STATUS_CHANGE, query-named-block-nodes, x-debug-query-block-graph.
Nothing raises, the Block jobs and Block graph panes show every cell on one line of
words, each running job has its row, and how a job ended is a sentence naming it."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from qmpgui.models.block_graph_model import BlockGraphModel
from qmpgui.models.block_jobs_model import BlockJobsModel
from qmpgui.qmp.block_jobs import ACTIONS, JOB_EVENTS, error_words, job_end, parse_jobs
from qmpgui.qmp.live_completion import job_ids, node_names
from qmpgui.qmp.reader import one_line
from qmpgui.qmp.types import Event
from qmpgui.session.block_graph import BLOCK_GRAPH
from qmpgui.session.block_jobs import BLOCK_JOBS, job_watch
from qmpgui.session.inspection import BLOCK
from tests.helpers.fuzz_panes import check_model, fetched
from tests.helpers.strategies import FUZZ, assert_readable, events, replies_for


@pytest.fixture(autouse=True)
def _app(qapp: Any) -> None:
    """VmSession is a QObject: the QApplication comes first."""


#: A job and a node whose sizes no float holds (an integer of 401 digits).
HUGE = 10**400
HUGE_JOB = [{"device": "m0", "type": "mirror", "offset": HUGE, "len": HUGE, "speed": HUGE}]
HUGE_NODE = [
    {
        "node-name": "n0",
        "drv": "qcow2",
        "image": {"virtual-size": HUGE, "actual-size": -HUGE},
        "dirty-bitmaps": [{"name": "b0", "granularity": HUGE, "count": HUGE}],
    }
]
HUGE_END = {"event": "BLOCK_JOB_CANCELLED", "data": {"device": "m0", "offset": HUGE, "len": 1}}


@FUZZ
@given(
    block=replies_for("query-block-jobs"),
    other=replies_for("query-jobs"),
    raw=st.lists(events(), max_size=4),
)
@example(block=HUGE_JOB, other=[], raw=[HUGE_END])
def test_any_jobs_and_their_events_give_a_readable_pane(
    qtmodeltester: Any, block: object, other: object, raw: list[object]
) -> None:
    jobs = parse_jobs(block, other)
    for job in jobs:
        assert job.id
        for action in ACTIONS:
            found = job.command(action)
            assert found is None or found[1] == (
                {"device": job.id} if job.block else {"id": job.id}
            )
    assert job_ids(block, other) == [job.id for job in jobs]
    batch = [Event.parse(item) for item in raw]
    for event in batch:
        end = job_end(event.name, event.data)
        if end is not None:
            assert end.id in end.words
            assert_readable(end.words, "job end", raw)
        if event.name == "BLOCK_JOB_ERROR":
            assert_readable(error_words(event.data), "job error", raw)
    session = fetched({"query-block-jobs": block, "query-jobs": other}, [BLOCK_JOBS])
    job_watch(session)
    session.eventsReceived.emit([e for e in batch if e.name in JOB_EVENTS])
    model = BlockJobsModel()
    model.refresh(session)
    check_model(qtmodeltester, model, [block, other, raw])
    shown = {model.data(model.index(row, 0)) for row in range(model.rowCount())}
    assert {one_line(job.id) for job in jobs} <= shown


@settings(FUZZ, max_examples=60)  # three replies of a few KB each, and the block topic
@given(
    nodes=replies_for("query-named-block-nodes"),
    graph=replies_for("x-debug-query-block-graph"),
    block=replies_for("query-block"),
    debug=st.booleans(),
)
@example(nodes=HUGE_NODE, graph=None, block=[], debug=False)
def test_any_nodes_and_graph_give_a_readable_tree(
    qtmodeltester: Any, nodes: object, graph: object, block: object, debug: bool
) -> None:
    names = node_names(nodes)
    assert all(isinstance(name, str) and name for name in names)
    replies = {"query-named-block-nodes": nodes, "query-block": block}
    if debug:
        replies["x-debug-query-block-graph"] = graph
    session = fetched(replies, [BLOCK, BLOCK_GRAPH])
    model = BlockGraphModel()
    model.refresh(session)
    check_model(qtmodeltester, model, [nodes, graph, block])
