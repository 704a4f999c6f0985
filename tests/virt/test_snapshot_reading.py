"""A libvirt domain's snapshots read from the worker's snapshot_list answer (as
virt/snapshot_ops.py writes it from libvirt 9.0's XML), and what libvirt refuses."""

from __future__ import annotations

from qmpgui.qmp.reader import Problems
from qmpgui.virt.snapshots import (
    children_of,
    domain_refusal,
    parse_domain_disks,
    parse_domain_snapshots,
    state_after,
)

ANSWER = {
    "disks": [
        {"target": "fda", "device": "floppy", "format": "raw", "read_only": False, "empty": False},
        {"target": "hda", "device": "disk", "format": "qcow2", "read_only": False, "empty": False},
        {"target": "hdc", "device": "cdrom", "format": None, "read_only": True, "empty": True},
    ],
    "snapshots": [
        {
            "name": "second",
            "description": "",
            "created": 1796036470,
            "state": "paused",
            "memory": True,
            "disks": [{"name": "hda", "location": "internal"}],
            "parent": "first",
            "current": True,
        },
        {
            "name": "first",
            "description": "before the upgrade",
            "created": 1796036464,
            "state": "running",
            "memory": True,
            "disks": [{"name": "hda", "location": "internal"}],
            "parent": None,
            "current": False,
        },
        {
            "name": "outside",
            "created": 1796036480,
            "state": "disk-snapshot",
            "memory": False,
            "disks": [{"name": "hda", "location": "external"}],
            "parent": "second",
        },
    ],
}


def test_snapshots_come_oldest_first_with_parents_current_and_external_disks() -> None:
    snapshots = parse_domain_snapshots(ANSWER, Problems())
    assert [s.tag for s in snapshots] == ["first", "second", "outside"]
    first, second, outside = snapshots
    assert first.description == "before the upgrade" and first.parent is None
    assert second.parent == "first" and second.current and not first.current
    assert second.state == "paused" and second.memory is True
    assert outside.disks == ("hda (external)",) and outside.memory is False
    assert first.date_s == 1796036464.0
    assert children_of(snapshots, "first") == ["second"]
    assert state_after(second) == "paused" and state_after(first) == "running"


def test_a_writable_raw_disk_beside_a_qcow2_one_is_refused_with_why() -> None:
    disks = parse_domain_disks(ANSWER, Problems())
    assert [d.label for d in disks] == ["fda", "hda"]  # the empty CD is left out
    why = domain_refusal(disks)
    assert why is not None and "every writable disk" in why
    assert "fda: a raw image has no room for snapshots" in why
    assert domain_refusal(disks[1:]) is None
    assert "no disk of this domain" in (domain_refusal(disks[:1]) or "")


def test_a_garbled_answer_gives_nothing_and_says_so() -> None:
    problems = Problems()
    assert parse_domain_snapshots({"snapshots": [{"name": 3}, "x"]}, problems) == ()
    assert parse_domain_disks(None, problems) == ()
    assert problems.lines  # the type problems are noted
