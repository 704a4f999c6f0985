"""A libvirt domain's snapshots as the window shows them: the worker's snapshot_list
answer (virt/snapshot_ops.py) read into qmp/snapshots.py's SnapshotDisk and Snapshot,
and what libvirt 9.0 refuses, said before it is tried.

libvirt's qemu driver keeps internal snapshots in the disks' qcow2 images. Tried on
libvirt 9.0 with QEMU 7.2: a running or paused domain's snapshot must hold its memory
(libvirt saves it with QEMU's savevm, which stops the guest meanwhile), and every
writable disk must be qcow2 ("internal snapshot for disk fda unsupported for storage
type raw"); read-only disks and empty drives are left out. Nothing here raises.
"""

from __future__ import annotations

from collections.abc import Mapping

from qmpgui.i18n import marked, translate
from qmpgui.qmp.reader import Problems, Reader
from qmpgui.qmp.snapshots import Snapshot, SnapshotDisk, reasons

#: Why a running or paused domain's snapshot keeps the memory (libvirt 9.0 refuses an
#: internal snapshot of its disks alone).
MEMORY_REQUIRED = marked(
    "snapshots",
    "libvirt takes a running domain's internal snapshot only with its memory (disks alone only while it is shut off)",
)


def parse_domain_disks(answer: object, problems: Problems) -> tuple[SnapshotDisk, ...]:
    """The disks of a snapshot_list answer ({"disks": [{target, device, format,
    read_only, empty}]}), as snapshots see them, labelled by target (fda, vda); empty
    drives are left out. Never raises."""
    found = []
    for n, item in enumerate(Reader(answer, "snapshot_list", problems).array("disks")):
        r = Reader(item, f"snapshot_list.disks[{n}]", problems)
        if r.flag("empty"):
            continue
        target = r.text("target") or "?"
        found.append(
            SnapshotDisk(target, None, r.text("format"), bool(r.flag("read_only")), target)
        )
    return tuple(found)


def parse_domain_targets(answer: object, problems: Problems) -> dict[str, str]:
    """libvirt's target names of the disks of a snapshot_list answer (hdc, vda) by
    their alias, which is QEMU's qdev id of the drive (ide0-1-0): empty drives too, a
    CD-ROM without a disc is the one to put one in. Never raises."""
    targets = {}
    for n, item in enumerate(Reader(answer, "snapshot_list", problems).array("disks")):
        r = Reader(item, f"snapshot_list.disks[{n}]", problems)
        alias, target = r.text("alias"), r.text("target")
        if alias and target:
            targets[alias] = target
    return targets


def parse_domain_snapshots(answer: object, problems: Problems) -> tuple[Snapshot, ...]:
    """The snapshots of a snapshot_list answer, parents before their children and
    siblings oldest first; each with its parent's name, whether it is current, its
    state, description, memory and the disks that hold it ("vda", or "vda (external)"
    for a disk libvirt snapshotted into an overlay file). Never raises."""
    snapshots = []
    for n, item in enumerate(Reader(answer, "snapshot_list", problems).array("snapshots")):
        r = Reader(item, f"snapshot_list.snapshots[{n}]", problems)
        name = r.text("name")
        if not name:
            continue
        held = []
        for m, disk in enumerate(r.array("disks")):
            d = Reader(disk, f"snapshot_list.snapshots[{n}].disks[{m}]", problems)
            location = d.text("location") or "internal"
            label = d.text("name") or "?"
            held.append(label if location == "internal" else f"{label} ({location})")
        created = r.number("created")
        memory = r.flag("memory")
        snapshots.append(
            Snapshot(
                name,
                date_s=float(created) if created is not None else None,
                disks=tuple(held),
                raw=item,
                parent=r.text("parent") or None,
                current=bool(r.flag("current")),
                state=r.text("state") or "",
                description=r.text("description") or "",
                memory=None if memory is None else bool(memory),
            )
        )
    return tuple(sorted(snapshots, key=lambda s: (s.date_s or 0.0, s.tag)))


def domain_refusal(disks: tuple[SnapshotDisk, ...]) -> str | None:
    """Why libvirt refuses an internal snapshot of a domain with `disks`, in one
    sentence; None when it takes one. Every writable disk must be able to hold it."""
    if not any(d.holds_snapshots for d in disks):
        if not disks:
            return translate("snapshots", "this domain has no disk to keep a snapshot on")
        return translate("snapshots", "no disk of this domain can hold a snapshot: ") + reasons(
            disks
        )
    blocking = [d for d in disks if d.blocks]
    if blocking:
        return translate(
            "snapshots", "libvirt keeps internal snapshots only when every writable disk can: "
        ) + reasons(blocking)
    return None


def children_of(snapshots: tuple[Snapshot, ...], tag: str) -> list[str]:
    """The tags of the snapshots taken from `tag` (its children), oldest first."""
    return [s.tag for s in snapshots if s.parent == tag]


def state_after(snap: Snapshot) -> str:
    """The domain's state after a revert to `snap`, in words: libvirt brings it back
    as it was then."""
    words: Mapping[str, str] = {
        "running": "running",
        "paused": "paused",
        "shutoff": translate("snapshots", "shut off"),
        "disk-snapshot": translate("snapshots", "shut off"),
    }
    return words.get(snap.state, snap.state or "as it was")
