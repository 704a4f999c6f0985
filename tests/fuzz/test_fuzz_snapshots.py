"""Snapshots from any reply: query-block's `image.snapshots`, HMP `info snapshots`,
query-jobs and a libvirt domain's snapshot_list answer. Nothing raises, the Snapshots
pane shows every cell on one line of words, a snapshot's tag is in its row, and what
the window says about the disks (why no snapshot can be saved) is a sentence."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from qmpgui.models.snapshot_model import SnapshotModel, snapshot_nodes
from qmpgui.qmp import CommandFailed
from qmpgui.qmp.reader import Problems, one_line
from qmpgui.qmp.snapshots import (
    job_status_words,
    parse_hmp_snapshots,
    parse_jobs,
    parse_snapshot_disks,
    parse_snapshots,
    reasons,
    snapshot_refusal,
)
from qmpgui.session import snapshots as _snapshots  # noqa: F401  (its query-block reader)
from qmpgui.session.inspection import BLOCK
from qmpgui.virt.snapshots import (
    domain_refusal,
    parse_domain_disks,
    parse_domain_snapshots,
    parse_domain_targets,
)
from tests.helpers.fuzz_json import json_values, mutated
from tests.helpers.fuzz_panes import check_model, fetched
from tests.helpers.fuzz_text import INFO_SNAPSHOTS, hmp_text
from tests.helpers.strategies import FUZZ, assert_one_line, assert_readable, replies_for

#: What `info snapshots`' reader looks for (qmpgui/qmp/snapshots.py's _HMP_LINE).
HMP_PIECES = ["ID", "TAG", "VM SIZE", "--", " ", "  ", "2026-12-01 02:51:58", "00:00:02.297"]
HMP_PIECES += ["1.5 KiB", "0 B", "2.3 MiB", "7 TiB", "\r\n", "\n", "List of snapshots"]


@pytest.fixture(autouse=True)
def _app(qapp: Any) -> None:
    """VmSession is a QObject: the QApplication comes first."""


def _check_rows(model: SnapshotModel, tags: list[str]) -> None:
    """Each snapshot's tag (one-lined) begins its Name cell, at the top or under its parent."""
    names = {model.data(index) for index in _all(model)}
    for tag in tags:
        assert any(str(name).startswith(one_line(tag)) for name in names), (tag, names)


def _all(model: SnapshotModel, parent: Any = None) -> list[Any]:
    from PySide6.QtCore import QModelIndex

    parent = parent if parent is not None else QModelIndex()
    found = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        found += [index, *_all(model, index)]
    return found


#: A snapshot dated in the year 292 billion: past what the C library's time functions hold.
FAR_DATE = [{"device": "d0", "inserted": {"drv": "qcow2", "image": {"snapshots": [
    {"name": "far", "id": "1", "date-sec": 2**63 - 1, "date-nsec": 0}]}}}]  # fmt: skip


@FUZZ
@given(reply=replies_for("query-block"))
@example(reply=FAR_DATE)
def test_any_query_block_gives_snapshots_and_a_readable_pane(
    qtmodeltester: Any, reply: object
) -> None:
    problems = Problems()
    disks = parse_snapshot_disks(reply, problems)
    snapshots = parse_snapshots(reply, disks, problems)
    for line in problems.lines:
        assert_one_line(line, "problem")
    for jobs in (True, False):
        refusal = snapshot_refusal(disks, jobs=jobs)
        assert refusal is None or assert_readable(refusal, "refusal", reply) is None
    assert_readable(reasons(disks), "reasons", reply, limit=5000)
    session = fetched({"query-block": reply}, [BLOCK])
    assert session.inspection.snapshots.snapshots == snapshots
    model = SnapshotModel()
    model.refresh(session)
    check_model(qtmodeltester, model, reply)
    _check_rows(model, [s.tag for s in snapshots])


@FUZZ
@given(text=hmp_text(INFO_SNAPSHOTS, HMP_PIECES))
@example(text="1  a  1.2.3 MiB 2026-12-01 02:51:58 00:00:02.297\n")
@example(text="1  a  " + "9" * 5000 + " B 2026-12-01 02:51:58 00:00:02.297\n")
@example(text="1  a  1 KiB 2026-12-01 02:51:58 " + "9" * 5000 + ":0:0\n")
def test_any_info_snapshots_text_gives_snapshots_and_a_readable_pane(
    qtmodeltester: Any, text: str
) -> None:
    snapshots = parse_hmp_snapshots(text)
    for snap in snapshots:
        assert snap.tag and snap.tag in text
        assert snap.vm_state_size is None or snap.vm_state_size >= 0
    failed = CommandFailed("query-block", "GenericError", "no")
    session = fetched({"query-block": failed, "info snapshots": text}, [BLOCK])
    assert session.inspection.snapshots.from_hmp
    model = SnapshotModel()
    model.refresh(session)
    check_model(qtmodeltester, model, text)
    _check_rows(model, [s.tag for s in snapshots])


@FUZZ
@given(reply=replies_for("query-jobs"))
def test_any_query_jobs_reply_gives_jobs_in_words(reply: object) -> None:
    problems = Problems()
    for job_id, job in parse_jobs(reply, problems).items():
        assert job.id == job_id
        assert_readable(job_status_words(job.status), "status", reply)
    for line in problems.lines:
        assert_one_line(line, "problem")


#: The worker's snapshot_list answer for a domain with a qcow2 disk, an empty CD-ROM and
#: two snapshots, the second taken from the first (virt/snapshot_ops.py, libvirt 9.0).
ANSWER = {
    "disks": [
        {"target": "vda", "alias": "virtio-disk0", "device": "disk", "format": "qcow2"},
        {"target": "sda", "alias": "sata0-0-0", "device": "cdrom", "empty": True},
    ],
    "snapshots": [
        {"name": "s1", "description": "", "created": 1796036464, "state": "running"},
        {"name": "s2", "created": 1796036470, "state": "shutoff", "parent": "s1"},
    ],
}
for _snap in ANSWER["snapshots"]:
    _snap.update(memory=_snap["state"] == "running", current=_snap["name"] == "s2")
    _snap["disks"] = [{"name": "vda", "location": "internal"}]

#: A snapshot_list answer damaged, or random JSON.
ANSWERS = st.one_of(mutated(ANSWER), mutated(ANSWER), json_values)


@FUZZ
@given(answer=ANSWERS)
@example(answer={"snapshots": [{"name": "a", "parent": "b"}, {"name": "b", "parent": "a"}]})
@example(answer={"snapshots": [{"name": "a", "created": 2**63 - 1}]})
@example(answer={"snapshots": [{"name": "a"}, {"name": "a"}, {"name": "b", "parent": "a"}]})
def test_any_snapshot_list_answer_gives_a_readable_tree(qtmodeltester: Any, answer: object) -> None:
    problems = Problems()
    disks = parse_domain_disks(answer, problems)
    parse_domain_targets(answer, problems)
    snapshots = parse_domain_snapshots(answer, problems)
    refusal = domain_refusal(disks)
    assert refusal is None or assert_readable(refusal, "refusal", answer) is None
    nodes = snapshot_nodes(snapshots)
    assert len(nodes) <= len(snapshots)
    session = fetched({}, [])
    session.inspection.snapshots.snapshots = snapshots
    model = SnapshotModel()
    model.refresh(session)
    check_model(qtmodeltester, model, answer)
    _check_rows(model, [s.tag for s in snapshots])
