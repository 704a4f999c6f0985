"""Snapshots' parsers and rules: query-block's snapshots (a partial one marked), HMP's
`info snapshots` as QEMU 7.2 prints it, which disks can hold one and why not, the jobs'
arguments (node names) and names a snapshot cannot take."""

from __future__ import annotations

from typing import Any

from qmpgui.qmp.actions import ACTIONS, SnapshotAction
from qmpgui.qmp.reader import Problems
from qmpgui.qmp.snapshots import (
    DELETE_JOB,
    SAVE_JOB,
    disk_only_actions,
    job_arguments,
    job_status_words,
    parse_hmp_snapshots,
    parse_jobs,
    parse_snapshot_disks,
    parse_snapshots,
    snapshot_refusal,
    valid_tag,
)


def drive(device: str, drv: str, node: str, *, ro: bool = False, tags: tuple[str, ...] = ()) -> Any:
    snaps = [
        {
            "name": t,
            "id": str(n + 1),
            "vm-state-size": 1000 * (n + 1),
            "date-sec": 1_700_000_000 + n,
            "date-nsec": 500_000_000,
            "vm-clock-sec": 61,
            "vm-clock-nsec": 250_000_000,
        }
        for n, t in enumerate(tags)
    ]
    image: dict[str, Any] = {"filename": f"/{device}", "format": drv}
    if snaps:
        image["snapshots"] = snaps
    inserted = {"drv": drv, "ro": ro, "node-name": node, "image": image}
    return {
        "device": device,
        "qdev": f"/machine/peripheral/v{device}/virtio-backend",
        "inserted": inserted,
    }


def test_a_snapshot_some_disks_lack_is_marked_partial() -> None:
    reply = [
        drive("disk0", "qcow2", "#b1", tags=("a", "b")),
        drive("disk1", "qcow2", "#b2", tags=("a",)),
        drive("cd0", "raw", "#b3", ro=True),
        {"device": "floppy0", "removable": True},  # empty: not a disk here
    ]
    problems = Problems()
    disks = parse_snapshot_disks(reply, problems)
    assert [d.label for d in disks] == ["disk0", "disk1", "cd0"]
    snaps = parse_snapshots(reply, disks, problems)
    assert [(s.tag, s.disks, s.partial) for s in snaps] == [
        ("a", ("disk0", "disk1"), False),
        ("b", ("disk0",), True),
    ]
    assert snaps[0].date_s == 1_700_000_000.5 and snaps[0].vm_clock_s == 61.25
    assert snaps[0].vm_state_size == 1000 and problems.lines == []


def test_which_disks_can_hold_a_snapshot_and_why_not() -> None:
    disks = parse_snapshot_disks(
        [
            drive("disk0", "qcow2", "#b1"),
            drive("data", "raw", "#b2"),
            drive("cd0", "raw", "#b3", ro=True),
        ],
        Problems(),
    )
    # The jobs leave the raw disk out; HMP savevm fails on it, so it is refused.
    assert snapshot_refusal(disks, jobs=True) is None
    assert snapshot_refusal(disks, jobs=False) == (
        "this QEMU saves snapshots of every writable disk, and data: a raw image has no room "
        "for snapshots (qcow2 has)"
    )
    only_raw = parse_snapshot_disks(
        [drive("data", "raw", "#b2"), drive("nul", "null-co", "#b4")], Problems()
    )
    assert snapshot_refusal(only_raw, jobs=True) == (
        "no disk of this VM can hold a snapshot: data: a raw image has no room for snapshots "
        "(qcow2 has); nul: a null device keeps no data"
    )
    assert snapshot_refusal((), jobs=True) == "this VM has no disk to keep a snapshot on"
    assert job_arguments(SAVE_JOB, "j1", "t", disks) == {
        "job-id": "j1",
        "tag": "t",
        "devices": ["#b1"],
        "vmstate": "#b1",
    }
    assert job_arguments(DELETE_JOB, "j2", "t", disks) == {
        "job-id": "j2",
        "tag": "t",
        "devices": ["#b1"],
    }
    assert disk_only_actions("t", disks) == [
        {"type": "blockdev-snapshot-internal-sync", "data": {"device": "#b1", "name": "t"}}
    ]


def test_hmp_info_snapshots_as_qemu_7_2_prints_it() -> None:
    text = (
        "List of snapshots present on all disks:\r\n"
        "ID        TAG               VM SIZE                DATE     VM CLOCK     ICOUNT\r\n"
        "--        t1                943 KiB 2026-11-30 08:14:37 00:00:00.966           \r\n"
        "--        big               1.5 GiB 2026-11-30 08:15:00 01:02:03.500           \r\n"
    )
    snaps = parse_hmp_snapshots(text)
    assert [(s.tag, s.id, s.vm_state_size, s.vm_clock_s) for s in snaps] == [
        ("t1", "", 943 * 1024, 0.966),
        ("big", "", int(1.5 * (1 << 30)), 3723.5),
    ]
    assert parse_hmp_snapshots("There is no snapshot available.\r\n") == ()


def test_a_failed_job_keeps_qemus_sentence() -> None:
    jobs = parse_jobs(
        [
            {
                "id": "l1",
                "status": "concluded",
                "type": "snapshot-load",
                "current-progress": 1,
                "total-progress": 1,
                "error": "Snapshot 'x' does not exist in one or more devices",
            },
            {
                "id": "s1",
                "status": "running",
                "type": "snapshot-save",
                "current-progress": 0,
                "total-progress": 1,
            },
        ],
        Problems(),
    )
    assert jobs["l1"].error == "Snapshot 'x' does not exist in one or more devices"
    assert jobs["s1"].error is None and (jobs["s1"].current, jobs["s1"].total) == (0, 1)


def test_names_a_snapshot_cannot_take() -> None:
    assert valid_tag("before-upgrade") is None
    assert valid_tag("") == "give the snapshot a name"
    assert valid_tag("two words") == "a snapshot's name cannot hold spaces"
    assert "read as a snapshot's id" in (valid_tag("42") or "")


def test_revert_is_offered_where_the_restored_guest_can_run() -> None:
    # QEMU keeps the run state a revert finds: after 'shutdown' the restored guest could
    # not run, and a failed revert's 'restore-vm' takes another try.
    states = ACTIONS[SnapshotAction.REVERT].states
    assert states == {"running", "paused", "prelaunch", "restore-vm"}
    assert "shutdown" in (ACTIONS[SnapshotAction.DELETE].states or set())


#: JobStatus, qapi/job.json (QEMU 7.2): every status a snapshot job can report.
JOB_STATUSES = [
    "undefined",
    "created",
    "running",
    "paused",
    "ready",
    "standby",
    "waiting",
    "pending",
    "aborting",
    "concluded",
    "null",
]


def test_a_jobs_status_is_shown_in_words_never_as_qemus_null() -> None:
    words = {status: job_status_words(status) for status in JOB_STATUSES}
    assert words["null"] == words["concluded"] == "done"
    assert words["created"] == "starting" and words["aborting"] == "failing"
    assert not {"null", "undefined", "concluded"} & set(words.values())
    assert job_status_words("a-status-of-tomorrow") == "a-status-of-tomorrow"
