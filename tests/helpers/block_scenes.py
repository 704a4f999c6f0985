"""Pictures of the Block graph and Block jobs panes (scenes of
tests/helpers/picture_scenes.py's SCENES, kept here for the size of that file).

The demo VM gets a second disk, vd1: a qcow2 overlay on a qcow2 base made here with
qemu-img and qemu-io, hot-plugged, with a dirty bitmap, and a block-stream limited to
4 MiB/s running on it; a mirror started and cancelled before shows as an ended job.
The images go in the demo VM's own folder (beside its disk image), which goes with it;
so does the disk and the job."""

from __future__ import annotations

import asyncio
from pathlib import Path

from qmpgui.session import VmSession
from qmpgui.session.block_jobs import job_watch
from qmpgui.ui.panes.block_graph import BlockGraphPane
from qmpgui.ui.panes.block_jobs import BlockJobsPane
from tests.helpers.shooter import PictureError, Shooter

#: The stream's job id and its limit (bytes per second): it lasts about 12 s.
STREAM = "stream0"
SPEED = 4 << 20


async def _run(*argv: str) -> None:
    process = await asyncio.create_subprocess_exec(
        *argv, stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE
    )
    _out, err = await process.communicate()
    if process.returncode != 0:
        raise PictureError(f"{argv[0]} failed: {err.decode().strip()}")


async def _demo_folder(demo: VmSession) -> Path:
    """The demo VM's folder: its disk image's, removed with the demo VM."""
    drives = await demo.execute("query-block")
    for drive in drives if isinstance(drives, list) else []:
        inserted = drive.get("inserted") if isinstance(drive, dict) else None
        if isinstance(inserted, dict) and str(inserted.get("file", "")).startswith("/"):
            return Path(inserted["file"]).parent
    raise PictureError("the demo VM has no disk image beside which to make the pictures' images")


async def _overlay_disk(demo: VmSession, folder: Path) -> None:
    """vd1 on the demo VM: overlay0 (qcow2) over base0 (qcow2, 48 MiB of data), with a
    dirty bitmap, once per demo VM."""
    nodes = await demo.execute("query-named-block-nodes", {"flat": True})
    if any(isinstance(n, dict) and n.get("node-name") == "overlay0" for n in nodes or []):
        return
    base, top = folder / "base.qcow2", folder / "overlay.qcow2"
    await _run("qemu-img", "create", "-q", "-f", "qcow2", str(base), "64M")
    await _run("qemu-io", "-c", "write -P 7 0 48M", str(base))
    await _run("qemu-img", "create", "-q", "-f", "qcow2", "-b", str(base), "-F", "qcow2", str(top))
    await demo.execute(
        "blockdev-add",
        {
            "driver": "qcow2",
            "node-name": "overlay0",
            "file": {"driver": "file", "filename": str(top)},
            "backing": {
                "driver": "qcow2",
                "node-name": "base0",
                "file": {"driver": "file", "filename": str(base)},
            },
        },
    )
    await demo.execute("device_add", {"driver": "virtio-blk-pci", "drive": "overlay0", "id": "vd1"})
    await demo.execute(
        "block-dirty-bitmap-add",
        {"node": "overlay0", "name": "backup0", "granularity": 65536, "persistent": True},
    )


async def _jobs(shot: Shooter, demo: VmSession, folder: Path) -> None:
    """A mirror of vd1 cancelled (an ended job), then the stream running."""
    watch = job_watch(demo)  # follows the jobs' ends from now
    jobs = await demo.execute("query-block-jobs")
    if any(isinstance(j, dict) and j.get("device") == STREAM for j in jobs or []):
        return
    await demo.execute(
        "drive-mirror",
        {
            "job-id": "mirror0",
            "device": "overlay0",
            "target": str(folder / "mirror.qcow2"),
            "format": "qcow2",
            "sync": "full",
            "speed": SPEED,
        },
    )
    await demo.execute("block-job-cancel", {"device": "mirror0"})
    await shot.until(lambda: "mirror0" in watch.ended, "the mirror's end")
    await demo.execute("block-stream", {"job-id": STREAM, "device": "overlay0", "speed": SPEED})


async def _set_up(shot: Shooter) -> None:
    demo = shot.demo
    shot.lay_out()
    await shot.until(lambda: demo.connected, "the demo VM's connection")
    shot.window.select_session(demo)
    folder = await _demo_folder(demo)
    await _overlay_disk(demo, folder)
    await _jobs(shot, demo, folder)


async def block_graph_scene(shot: Shooter) -> None:
    """The Block graph pane: the demo's disk and CD-ROM, and vd1's overlay on its base
    under the stream's copy-on-read filter, with the stream job and its nodes."""
    await _set_up(shot)
    window = shot.window
    pane = window.pane(BlockGraphPane)
    window.panes.setCurrentWidget(pane)
    window.window_actions.show_log.trigger()

    def filtered() -> bool:
        return "copy-on-read" in pane.model.pane_text() and "job stream0" in pane.model.pane_text()

    await shot.until(filtered, "the stream's filter in the graph")
    pane.view.expandAll()
    pane.view.columns.fit_to_text()
    await shot.shoot(window, "panes/block-graph.png")


async def block_jobs_scene(shot: Shooter) -> None:
    """The Block jobs pane: the stream running with its progress, the mirror cancelled."""
    await _set_up(shot)
    window = shot.window
    pane = window.pane(BlockJobsPane)
    window.panes.setCurrentWidget(pane)
    window.window_actions.show_log.trigger()
    await shot.until(
        lambda: (
            pane.model.find(STREAM).isValid() and pane.model.find(("ended", "mirror0")).isValid()
        ),
        "the stream and the cancelled mirror",
    )

    def under_way() -> bool:
        node = pane.model.node(pane.model.find(STREAM))
        return node is not None and int(node.cells[2].rstrip("%") or 0) >= 25

    await shot.until(under_way, "a quarter of the stream")
    pane.view.setCurrentIndex(pane.model.find(STREAM))  # its buttons on
    pane.view.columns.fit_to_text()
    await shot.shoot(window, "panes/block-jobs.png")
