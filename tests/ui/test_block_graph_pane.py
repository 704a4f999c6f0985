"""The Block graph pane against QEMU 7.2: a qcow2 overlay on a qcow2 base shows as a
chain (the drive, its format node with its file, the protocol node, the backing
node with the base's file), a filter a job inserts shows above the overlay while the
job runs, and a dirty bitmap added from the console shows under its node."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qmpgui.app.main_window import MainWindow
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
