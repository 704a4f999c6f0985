"""A libvirt domain's snapshots in the Snapshots pane's model: each under the one it
was taken from, the current one marked, the state and memory in words."""

from __future__ import annotations

from qmpgui.models.snapshot_model import ram_text, snapshot_nodes
from qmpgui.qmp.snapshots import Snapshot


def test_children_sit_under_their_parent_and_the_current_one_is_marked() -> None:
    snapshots = (
        Snapshot("first", date_s=1.0, memory=True, state="running"),
        Snapshot("second", date_s=2.0, parent="first", current=True, state="paused"),
        Snapshot("third", date_s=3.0, parent="first", state="shutoff", memory=False),
        Snapshot("orphan", date_s=4.0, parent="gone"),
    )
    top = snapshot_nodes(snapshots)
    assert [n.key for n in top] == ["first", "orphan"]
    assert [n.key for n in top[0].children] == ["second", "third"]
    second, third = top[0].children
    assert second.cells[0] == "second (current)" and top[0].cells[0] == "first"
    assert second.cells[6] == "paused" and third.cells[6] == "shut off"
    assert "Taken from: first" in (second.tooltip or "")
    assert ram_text(snapshots[0]) == "saved (running)"
    assert ram_text(snapshots[2]) == "none (shut off)"
    assert (
        ram_text(Snapshot("x", memory=False, state="disk-snapshot"))
        == "none (disks only, external)"
    )


def test_a_loop_of_parents_shows_every_snapshot_once() -> None:
    snapshots = (Snapshot("a", parent="b"), Snapshot("b", parent="a"))
    top = snapshot_nodes(snapshots)
    keys = [n.key for n in top] + [c.key for n in top for c in n.children]
    assert sorted(keys) == ["a", "b"]


def test_a_vms_snapshots_stay_a_flat_list() -> None:
    top = snapshot_nodes((Snapshot("a", vm_state_size=10), Snapshot("b", vm_state_size=0)))
    assert [n.key for n in top] == ["a", "b"] and not top[0].children
