"""The Block graph pane against QEMU 7.2: a qcow2 overlay on a qcow2 base shows as a
chain (the drive, its format node with its file, the protocol node, the backing
node with the base's file), a filter a job inserts shows above the overlay while the
job runs, and a dirty bitmap added from the console shows under its node."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qmpgui.app.main_window import MainWindow
from qmpgui.models.block_graph_model import COLUMNS
from qmpgui.models.node_tree import Node
from qmpgui.ui.panes.block_graph import BlockGraphPane
from tests.helpers.block_images import drive_args, overlay_on_base, raw_image
from tests.helpers.console import open_console, send
from tests.helpers.dialogs import answer_confirm
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows


@pytest.fixture
def vm(short_tmp: Path) -> Iterator[QemuVm]:
    top, _base = overlay_on_base(short_tmp)
    made = QemuVm(short_tmp, name="blockvm")
    made.start(extra=drive_args(top, raw_image(short_tmp / "small.raw")))
    yield made
    made.stop()


def rows(pane: BlockGraphPane) -> list[tuple[int, list[str]]]:
    """Every row of the pane as (depth, cells), top down."""
    out: list[tuple[int, list[str]]] = []

    def walk(nodes: list[Node], depth: int) -> None:
        for node in nodes:
            out.append((depth, list(node.cells)))
            walk(node.children, depth + 1)

    walk(pane.model._root.children, 0)
    return out


def chain_of(pane: BlockGraphPane, drive: str) -> list[tuple[int, list[str]]]:
    """The rows of `drive`'s chain: its own row and those under it."""
    found = rows(pane)
    start = next(i for i, (d, c) in enumerate(found) if d == 0 and c[0] == f"drive {drive}")
    end = next((i for i in range(start + 1, len(found)) if found[i][0] == 0), len(found))
    return found[start:end]


def graph_pane(window: MainWindow, arun: AsyncRunner) -> BlockGraphPane:
    pane = window.pane(BlockGraphPane)
    window.panes.setCurrentWidget(pane)
    arun.wait(lambda: any(c[0] == "drive drive0" for _, c in rows(pane)))
    return pane


@pytest.mark.qemu
def test_overlay_on_base_shows_both_nodes_with_their_files(
    vm: QemuVm, windows: Windows, arun: AsyncRunner, short_tmp: Path
) -> None:
    window = windows.on(vm)
    pane = graph_pane(window, arun)
    chain = chain_of(pane, "drive0")
    by_name = {c[0]: (depth, c) for depth, c in chain}
    depth, top = by_name["root: top0"]
    assert depth == 1 and top[1] == "qcow2" and top[2] == str(short_tmp / "top.qcow2")
    assert top[3] == "64 MiB" and top[5] == "no" and top[6] == "writeback"
    backing = next((d, c) for d, c in chain if c[0].startswith("backing: "))
    assert backing[0] == 2 and backing[1][1] == "qcow2"
    assert backing[1][2] == str(short_tmp / "base.qcow2") and backing[1][5] == "yes"
    protocols = [(d, c[2]) for d, c in chain if c[0].startswith("file: ") and c[1] == "file"]
    assert (2, str(short_tmp / "top.qcow2")) in protocols
    assert (3, str(short_tmp / "base.qcow2")) in protocols
    # The base's size on the host is its 32 MiB of data, the overlay's a few clusters.
    assert backing[1][4].endswith("MiB") and float(backing[1][4].split()[0]) >= 32


@pytest.mark.qemu
def test_a_stream_shows_its_filter_and_job_and_a_bitmap_its_node(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window, console = open_console(windows, vm)
    window.settings.poll_interval_s = 60  # only events and sent commands refresh it
    pane = graph_pane(window, arun)
    send(
        arun, console, "block-dirty-bitmap-add node=top0 name=bm0 granularity=65536 persistent=true"
    )
    arun.wait(lambda: any(c[0].startswith("bitmap bm0:") for _, c in chain_of(pane, "drive0")))
    bitmap = next(c[0] for _, c in chain_of(pane, "drive0") if c[0].startswith("bitmap bm0"))
    assert bitmap == "bitmap bm0: 0 B dirty, granularity 64 KiB (persistent)"
    answer_confirm(accept=True)  # a block job is asked first
    send(arun, console, "block-stream device=drive0 job-id=st0 speed=1048576")

    def filtered() -> bool:
        chain = chain_of(pane, "drive0")
        return len(chain) > 1 and chain[1][1][1] == "copy-on-read"

    arun.wait(filtered)
    chain = chain_of(pane, "drive0")
    assert chain[2][1][0] == "file: top0"  # the overlay now under the stream's filter
    job = [c[0] for d, c in rows(pane) if d == 0 and c[0].startswith("job ")]
    assert job == ["job st0"]
    answer_confirm(accept=True)  # the console asks before a cancel
    send(arun, console, "block-job-cancel device=st0")
    arun.wait(lambda: not any(c[0] == "job st0" for _, c in rows(pane)))
    assert chain_of(pane, "drive0")[1][1][0] == "root: top0"


def node_row(pane: BlockGraphPane, label: str) -> list[str]:
    """The cells of the first row named `label` ("root: #block123", "thr0")."""
    return next(c for _, c in rows(pane) if c[0] == label)


def drive1_root(vm: QemuVm) -> str:
    """The label of drive1's top node under its drive."""
    drive1 = next(d for d in vm.watch.execute("query-block") if d["device"] == "drive1")
    return f"root: {drive1['inserted']['node-name']}"


@pytest.mark.qemu
def test_a_drive_s_and_a_throttle_filter_s_throttle_groups(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(vm)
    window.settings.poll_interval_s = 0.5
    pane = graph_pane(window, arun)
    watch = vm.watch.execute
    throttle = dict.fromkeys(("bps", "bps_rd", "bps_wr", "iops_rd", "iops_wr"), 0)
    watch("block_set_io_throttle", {"device": "drive1", "iops": 50, "group": "grpA", **throttle})
    watch("object-add", {"qom-type": "throttle-group", "id": "tg0"})
    watch("blockdev-add", {"driver": "null-co", "node-name": "null0"})
    filter_node = {"driver": "throttle", "throttle-group": "tg0", "file": "null0"}
    watch("blockdev-add", {**filter_node, "node-name": "thr0"})
    drive1 = next(d for d in watch("query-block") if d["device"] == "drive1")["inserted"]
    assert drive1["group"] == "grpA"
    group = COLUMNS.index("Throttle group")
    arun.wait(lambda: any(c[0] == "thr0" for _, c in rows(pane)))
    arun.wait(lambda: node_row(pane, drive1_root(vm))[group] == "grpA")
    assert node_row(pane, "thr0")[group] == "tg0"


@pytest.mark.qemu
def test_each_edge_s_permissions_in_names(vm: QemuVm, windows: Windows, arun: AsyncRunner) -> None:
    window = windows.on(vm)
    pane = graph_pane(window, arun)
    graph = vm.watch.execute("x-debug-query-block-graph")
    ids = {n["name"]: n["id"] for n in graph["nodes"]}
    edge = next(e for e in graph["edges"] if e["parent"] == ids["drive1"])
    words = node_row(pane, drive1_root(vm))[COLUMNS.index("Permissions")]
    takes, shares = words.removeprefix("takes ").split("; shares ")
    assert set(takes.split(", ")) == set(edge["perm"]) and "write" in edge["perm"]
    assert set(shares.split(", ")) == set(edge["shared-perm"])


@pytest.mark.qemu
def test_a_mirror_s_bitmap_reads_unnamed(
    vm: QemuVm, windows: Windows, arun: AsyncRunner, short_tmp: Path
) -> None:
    window = windows.on(vm)
    window.settings.poll_interval_s = 0.5
    pane = graph_pane(window, arun)
    target = str(short_tmp / "copy.qcow2")
    mirror = {"device": "drive0", "job-id": "m0", "target": target, "format": "qcow2"}
    vm.watch.execute("drive-mirror", {**mirror, "sync": "full", "speed": 1024 * 1024})
    arun.wait(lambda: any("bitmap" in c[0] for _, c in rows(pane)))
    bitmaps = [c[0] for _, c in rows(pane) if "bitmap" in c[0]]
    assert bitmaps and all(b.startswith("unnamed bitmap: ") for b in bitmaps)
    vm.watch.execute("block-job-cancel", {"device": "m0", "force": True})
