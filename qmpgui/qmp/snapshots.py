"""Internal VM snapshots: which disks can hold one, the snapshots they hold, and the
jobs that make, load and delete them.

The list comes from query-block's `inserted.image.snapshots` (SnapshotInfo:
`name, id, vm-state-size, date-sec, date-nsec, vm-clock-sec, vm-clock-nsec`; a missing
key means none), or from HMP `info snapshots` on servers that answer neither. The
jobs `snapshot-save`/`-load`/`-delete` (6.0+) take NODE names, not drive ids: each
disk's `inserted.node-name`. Only qcow2 (and network images that QEMU snapshots
itself) can hold an internal snapshot; a writable disk of any other format makes
`savevm` fail for the whole VM, a read-only one is left out. Nothing here raises.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from qmpgui.i18n import marked, translate
from qmpgui.qmp import qom
from qmpgui.qmp.reader import INT_LIMIT, Problems, Reader, reply_list

#: Format drivers whose images hold internal snapshots (block drivers with
#: bdrv_snapshot_create in QEMU 7.2: qcow2, rbd, sheepdog).
SNAPSHOT_FORMATS = frozenset({"qcow2", "rbd", "sheepdog"})

#: The jobs (qapi/migration.json, 6.0+); without them HMP savevm/loadvm/delvm.
SAVE_JOB, LOAD_JOB, DELETE_JOB = "snapshot-save", "snapshot-load", "snapshot-delete"

#: query-jobs statuses after which a job does nothing more (qapi/job.json JobStatus).
ENDED_STATUSES = frozenset({"concluded", "null"})
#: What a job's status (qapi/job.json JobStatus) means to someone watching it.
JOB_STATUS_WORDS = {
    "undefined": marked("snapshots", "starting"),
    "created": marked("snapshots", "starting"),
    "running": marked("snapshots", "running"),
    "paused": marked("snapshots", "paused"),
    "ready": marked("snapshots", "ready"),
    "standby": marked("snapshots", "paused"),
    "waiting": marked("snapshots", "finishing"),
    "pending": marked("snapshots", "finishing"),
    "aborting": marked("snapshots", "failing"),
    "concluded": marked("snapshots", "done"),
    "null": marked("snapshots", "done"),
}


def job_status_words(status: str, *, failed: bool = False) -> str:
    """`status` (a JobStatus of query-jobs or JOB_STATUS_CHANGE) in words; a status
    newer than JOB_STATUS_WORDS as QEMU names it. An ended job that `failed` (query-jobs
    gave an `error`) reads "failed": "concluded" alone says it ended, not that it worked."""
    if failed and status in ENDED_STATUSES:
        return translate("snapshots", "failed")
    return (
        translate("snapshots", JOB_STATUS_WORDS[status]) if status in JOB_STATUS_WORDS else status
    )


@dataclass(frozen=True, slots=True)
class SnapshotDisk:
    """One drive with a medium, as snapshots see it."""

    #: The name users know: the drive name (the Block devices pane's Device), else the
    #: qdev id (a -blockdev drive has no drive name), else the node name.
    label: str
    #: The node name the jobs take; None when QEMU did not say (servers before 2.0).
    node_name: str | None
    #: The format driver ("qcow2", "raw", "null-co").
    drv: str | None
    read_only: bool
    #: The drive name HMP knows (`device`); None for a -blockdev drive.
    device: str | None
    #: The tags of the snapshots it holds, in QEMU's order.
    tags: tuple[str, ...] = ()
    #: The image file QEMU opened (query-block's `inserted.file`, a path on QEMU's
    #: host); None when it did not say.
    file: str | None = None

    @property
    def holds_snapshots(self) -> bool:
        """Whether a snapshot can be saved on it (writable and a format that can)."""
        return not self.read_only and self.drv in SNAPSHOT_FORMATS

    @property
    def why_not(self) -> str | None:
        """Why no snapshot can be kept on this disk, in words; None when one can."""
        if self.read_only:
            return "read-only"
        if self.drv in SNAPSHOT_FORMATS:
            return None
        if self.drv == "raw":
            return translate("SnapshotDisk", "a raw image has no room for snapshots (qcow2 has)")
        if self.drv is not None and self.drv.startswith("null"):
            return translate("SnapshotDisk", "a null device keeps no data")
        return translate(
            "SnapshotDisk", "its format, {v0}, cannot hold snapshots (qcow2 can)"
        ).format(v0=self.drv or "unknown")

    @property
    def blocks(self) -> bool:
        """Whether it makes every snapshot fail: writable but unable to hold one (QEMU's
        "Device '...' is writable but does not support snapshots")."""
        return not self.read_only and not self.holds_snapshots


@dataclass(frozen=True, slots=True)
class Snapshot:
    """One snapshot, by tag, with the disks that hold it."""

    tag: str
    #: QEMU's id on the first disk that holds it ("1"); "" when HMP showed none.
    id: str = ""
    #: Saved RAM and device state, in bytes; 0 for a disk-only snapshot.
    vm_state_size: int | None = None
    #: When it was taken: seconds since the epoch.
    date_s: float | None = None
    #: The guest's clock then: seconds since the VM started.
    vm_clock_s: float | None = None
    #: Labels of the disks that hold it.
    disks: tuple[str, ...] = ()
    #: Some disk able to hold snapshots lacks it: reverting would fail.
    partial: bool = False
    #: The SnapshotInfo as QEMU sent it (the first disk's), for "copy as JSON".
    raw: object = None
    #: What libvirt alone knows of a domain's snapshot (virt/snapshots.py): the tag of
    #: the snapshot it was taken from (None for a root, or a VM's snapshot), whether it
    #: is libvirt's current one, the domain's state then in libvirt's word ("running",
    #: "paused", "shutoff", "disk-snapshot"; "" unknown), its description, and whether
    #: it holds the memory (None: told by vm_state_size).
    parent: str | None = None
    current: bool = False
    state: str = ""
    description: str = ""
    memory: bool | None = None


def parse_snapshot_disks(value: object, problems: Problems) -> tuple[SnapshotDisk, ...]:
    """The drives with a medium in a query-block reply (a list of BlockInfo), with the
    tags each holds; empty drives are left out. Never raises."""
    disks = []
    for n, item in enumerate(reply_list(value, "query-block", problems)):
        r = Reader(item, f"query-block[{n}]", problems)
        if not r.has("inserted"):
            continue
        inserted = r.child("inserted")
        image = inserted.child("image")
        device, node = r.text("device") or None, inserted.text("node-name") or None
        label = device or qom.qdev_id(r.text("qdev")) or node or "?"
        tags = tuple(
            tag for s in image.array("snapshots") if (tag := Reader(s, "snapshot").text("name"))
        )
        disks.append(
            SnapshotDisk(
                label,
                node,
                inserted.text("drv"),
                bool(inserted.flag("ro")),
                device,
                tags,
                file=inserted.text("file") or None,
            )
        )
    return tuple(disks)


def parse_snapshots(
    value: object, disks: tuple[SnapshotDisk, ...], problems: Problems
) -> tuple[Snapshot, ...]:
    """The snapshots of a query-block reply, one per tag, oldest first; `disks` are
    parse_snapshot_disks() of the same reply (which disks hold each). Never raises."""
    found: dict[str, Snapshot] = {}
    for n, item in enumerate(reply_list(value, "query-block", problems)):
        image = Reader(item, f"query-block[{n}]", problems).child("inserted").child("image")
        for info in image.array("snapshots"):
            s = Reader(info, f"query-block[{n}].snapshot", problems)
            tag = s.text("name")
            if tag is None or tag in found:
                continue
            found[tag] = Snapshot(
                tag,
                s.text("id") or "",
                s.number("vm-state-size"),
                _seconds(s.number("date-sec"), s.number("date-nsec")),
                _seconds(s.number("vm-clock-sec"), s.number("vm-clock-nsec")),
                raw=info,
            )
    capable = [d for d in disks if d.holds_snapshots]
    snapshots = []
    for tag, snap in found.items():
        holders = tuple(d.label for d in disks if tag in d.tags)
        partial = any(tag not in d.tags for d in capable)
        snapshots.append(_with(snap, holders, partial))
    return tuple(sorted(snapshots, key=lambda s: (s.date_s or 0.0, s.tag)))


def _with(snap: Snapshot, disks: tuple[str, ...], partial: bool) -> Snapshot:
    return Snapshot(
        snap.tag,
        snap.id,
        snap.vm_state_size,
        snap.date_s,
        snap.vm_clock_s,
        disks,
        partial,
        snap.raw,
    )


def _seconds(sec: int | None, nsec: int | None) -> float | None:
    return None if sec is None else sec + (nsec or 0) / 1e9


#: A line of HMP `info snapshots`: ID, TAG, VM SIZE ("943 KiB"), DATE, VM CLOCK.
_HMP_LINE = re.compile(
    r"^(?P<id>\S+)\s+(?P<tag>\S+)\s+(?P<size>[\d.]+ ?[KMGTP]?i?B)\s+"
    r"(?P<date>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)\s+(?P<clock>[\d:.]+)"
)
_UNITS = {"B": 1, "KiB": 1 << 10, "MiB": 1 << 20, "GiB": 1 << 30, "TiB": 1 << 40}


def _hmp_size(text: str) -> int | None:
    """HMP's size of a snapshot's RAM state ("2.3 MiB", "943KiB", "0 B") in bytes;
    None for what is no number ("1.2.3 MiB") or past QMP's 64 bits."""
    number, unit = re.match(r"([\d.]+) ?(.*)", text).groups()  # type: ignore[union-attr]
    try:
        size = float(number) * _UNITS.get(unit, 1)
    except ValueError:
        return None
    return int(size) if size < INT_LIMIT else None  # inf too: 5000 digits read as float


def parse_hmp_snapshots(text: str) -> tuple[Snapshot, ...]:
    """The snapshots HMP `info snapshots` lists ("List of snapshots present on all
    disks:" then a table; "There is no snapshot available." for none). Sizes are as
    exact as HMP prints them; dates stay in the line (`raw`). Never raises."""
    snapshots = []
    for line in text.splitlines():
        m = _HMP_LINE.match(line.strip())
        if m is None:
            continue
        size = _hmp_size(m["size"])
        hours, minutes, seconds = ([*m["clock"].split(":"), "0", "0"])[:3]
        try:
            clock = int(hours) * 3600 + int(minutes) * 60 + float(seconds)
        except ValueError:
            clock = None
        snap_id = "" if m["id"] == "--" else m["id"]
        snapshots.append(Snapshot(m["tag"], snap_id, size, None, clock, raw=line.strip()))
    return tuple(snapshots)


def snapshot_refusal(disks: tuple[SnapshotDisk, ...], *, jobs: bool) -> str | None:
    """Why no snapshot can be saved on a VM with `disks`, in one sentence; None when one
    can. With the jobs (`jobs`), a disk that cannot hold one is left out; without them
    (HMP savevm) any writable such disk makes it fail."""
    capable = [d for d in disks if d.holds_snapshots]
    if not capable:
        if not disks:
            return translate("snapshots", "this VM has no disk to keep a snapshot on")
        return translate("snapshots", "no disk of this VM can hold a snapshot: ") + reasons(disks)
    blocking = [d for d in disks if d.blocks]
    if blocking and not jobs:
        return translate(
            "snapshots", "this QEMU saves snapshots of every writable disk, and "
        ) + reasons(blocking)
    return None


def reasons(disks: tuple[SnapshotDisk, ...] | list[SnapshotDisk]) -> str:
    """Each disk that cannot hold a snapshot with why: "disk0: a raw image has ...;
    cd0: read-only: ..."; "" when all can."""
    return "; ".join(f"{d.label}: {d.why_not}" for d in disks if d.why_not)


@dataclass(frozen=True, slots=True)
class JobInfo:
    """One job of query-jobs (qapi/job.json JobInfo)."""

    id: str
    #: "created", "running", "waiting", "pending", "aborting", "concluded", "null", ...
    status: str
    current: int | None
    total: int | None
    #: QEMU's sentence for a job that failed; None for one that worked (or runs).
    error: str | None


def parse_jobs(value: object, problems: Problems) -> dict[str, JobInfo]:
    """query-jobs' reply by job id. Never raises."""
    jobs = {}
    for n, item in enumerate(reply_list(value, "query-jobs", problems)):
        r = Reader(item, f"query-jobs[{n}]", problems)
        job_id = r.text("id")
        if job_id is None:
            continue
        jobs[job_id] = JobInfo(
            job_id,
            r.text("status") or "unknown",
            r.number("current-progress"),
            r.number("total-progress"),
            r.text("error"),
        )
    return jobs


def job_arguments(
    job: str, job_id: str, tag: str, disks: tuple[SnapshotDisk, ...]
) -> dict[str, object]:
    """The arguments of `job` (SAVE_JOB, LOAD_JOB, DELETE_JOB) for snapshot `tag` on the
    disks that can hold one: their node names; the VM state goes on the first of them
    (save and load). A disk that cannot hold one is left out, so it does not fail the job."""
    nodes = [d.node_name for d in disks if d.holds_snapshots and d.node_name]
    arguments: dict[str, object] = {"job-id": job_id, "tag": tag, "devices": nodes}
    if job != DELETE_JOB and nodes:
        arguments["vmstate"] = nodes[0]
    return arguments


def disk_only_actions(tag: str, disks: tuple[SnapshotDisk, ...]) -> list[dict[str, object]]:
    """A `transaction`'s actions that take snapshot `tag` of every disk that can hold
    one, without the VM's RAM (blockdev-snapshot-internal-sync, 1.7+, by node name or
    drive name): all disks or none."""
    return [
        {
            "type": "blockdev-snapshot-internal-sync",
            "data": {"device": d.node_name or d.device, "name": tag},
        }
        for d in disks
        if d.holds_snapshots and (d.node_name or d.device)
    ]


def hmp_line(job: str, tag: str) -> str:
    """The HMP command line doing `job` on servers without the jobs: savevm, loadvm or
    delvm with the tag (quoted as HMP reads words when it holds a space)."""
    verb = {SAVE_JOB: "savevm", LOAD_JOB: "loadvm", DELETE_JOB: "delvm"}[job]
    return f"{verb} {tag}"


def valid_tag(tag: str) -> str | None:
    """Why `tag` cannot name a snapshot, or None. HMP splits words at spaces, and a tag
    of digits alone is taken for an id by loadvm and delvm."""
    if not tag:
        return translate("snapshots", "give the snapshot a name")
    if any(c.isspace() for c in tag):
        return translate("snapshots", "a snapshot's name cannot hold spaces")
    if tag.isdigit():
        return translate(
            "snapshots", "a name of digits alone is read as a snapshot's id: add a letter"
        )
    if len(tag) > 127:
        return translate("snapshots", "a snapshot's name has at most 127 characters")
    return None


def snapshot_named(snapshots: tuple[Snapshot, ...], tag: str) -> Snapshot | None:
    """The snapshot tagged `tag` among `snapshots`, or None."""
    return next((s for s in snapshots if s.tag == tag), None)


def capable_nodes(disks: tuple[SnapshotDisk, ...]) -> Mapping[str, str]:
    """Node name -> label of each disk that can hold a snapshot."""
    return {d.node_name: d.label for d in disks if d.holds_snapshots and d.node_name}
