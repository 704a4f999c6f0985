"""Snapshots against a real QEMU 7.2 with a qcow2 disk made by qemu-img, each effect
checked through the test's own monitor; the HMP fallback against a fake server that
lacks the jobs."""

from __future__ import annotations

import asyncio
import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from qmpgui.models.snapshot_pictures import picture_path
from qmpgui.ui.confirm import ConfirmDialog
from qmpgui.ui.panes.snapshots import SnapshotPane
from tests.helpers.dialogs import Seen, when_modal
from tests.helpers.fake_qmp import FakeQmpServer, read_command
from tests.helpers.qemu_vm import QemuVm, events_seen, watched_status
from tests.helpers.runner import AsyncRunner
from tests.helpers.snapshot_steps import (
    answer_in_turn,
    create,
    disk_args,
    qcow2,
    show_pane,
    watched_snapshots,
)
from tests.helpers.windows import Windows, act, messages


@pytest.fixture
def snap_vm(short_tmp: Path) -> Iterator[QemuVm]:
    """A VM with a qcow2 disk (disk0), a CD (cd0) holding a raw image read-only, and a
    VGA to picture."""
    medium = short_tmp / "cd.raw"
    medium.write_bytes(b"\0" * 4096)
    vm = QemuVm(short_tmp, name="snaps").start(
        extra=[
            *disk_args(qcow2(short_tmp), "qcow2"),
            "-drive",
            f"file={medium},format=raw,if=none,id=cd0,media=cdrom,readonly=on",
            "-device",
            "ide-cd,drive=cd0,id=ide-cd0",
            "-vga",
            "std",
        ]
    )
    yield vm
    vm.stop()


def confirm(*, accept: bool) -> Seen:
    def act_on(dialog: ConfirmDialog) -> None:
        if accept:
            dialog.accept_button.click()
        else:
            dialog.reject()

    return when_modal(ConfirmDialog, act_on)


def select_row(pane: SnapshotPane, tag: str) -> None:
    index = pane.model.find(tag)
    assert index.isValid()
    pane.view.setCurrentIndex(index)


@pytest.mark.qemu
def test_create_list_revert_and_delete_with_pictures(
    snap_vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(snap_vm)
    pane = show_pane(window)
    create_action = act(window, "actionSnapshotCreate")
    arun.wait(create_action.isEnabled)
    # The read-only CD is named as left out, before anything is tried.
    arun.wait(lambda: "cd0: read-only" in pane.header.text())

    session = window.model.session(0)
    shown: list[str | None] = []  # the pane's progress line each time it changed
    session.topicChanged.connect(
        lambda _: shown.append(
            pane.progress_label.text() if pane.progress_label.isVisibleTo(pane) else None
        )
    )
    said = create("before")
    create_action.trigger()
    arun.wait(lambda: "before" in watched_snapshots(snap_vm))
    assert watched_snapshots(snap_vm)["before"]["vm-state-size"] > 0  # RAM saved too
    assert "Saved on: disk0" in said.texts[1] and "cd0: read-only" in said.texts[1]
    arun.wait(lambda: pane.model.find("before").isValid())
    # The list shows the snapshot's picture, kept under $XDG_STATE_HOME by UUID and tag.
    picture = picture_path(snap_vm.uuid, "before")
    arun.wait(picture.exists)
    row = pane.model.find("before")
    arun.wait(lambda: pane.model.data(row, Qt.ItemDataRole.DecorationRole) is not None)
    assert pane.snapshot_model.pictures["before"].width() == 160
    arun.wait(lambda: any("Create snapshot (snapshot-save) ok" in m for m in messages(window)))
    # The job's progress showed in the pane, from its events and query-jobs, then went.
    assert "Saving snapshot 'before'… (running)" in shown
    assert "Saving snapshot 'before'… (done)" in shown  # JobStatus in words: concluded
    assert not [text for text in shown if text and ("null" in text or "concluded" in text)]
    arun.wait(lambda: not pane.progress_label.isVisibleTo(pane))
    # The job was dismissed once it ended.
    arun.wait(lambda: snap_vm.watch.execute("query-jobs") == [])

    create("disks", with_ram=False)
    create_action.trigger()
    arun.wait(lambda: "disks" in watched_snapshots(snap_vm))
    assert watched_snapshots(snap_vm)["disks"]["vm-state-size"] == 0
    arun.wait(lambda: pane.model.find("disks").isValid())
    ram_column = 4
    assert pane.model.find("disks").siblingAtColumn(ram_column).data() == "none (disks only)"
    # Choosing it says at once why Revert cannot take it, before anything is pressed.
    revert = act(window, "actionSnapshotRevert")
    select_row(pane, "disks")
    assert not revert.isEnabled()
    assert "holds the disks only, no RAM state" in revert.toolTip()

    # Revert: asked, naming the snapshot and what is lost; STOP then RESUME seen.
    select_row(pane, "before")
    assert revert.isEnabled()
    snap_vm.watch.events.clear()
    asked = confirm(accept=True)
    act(window, "actionSnapshotRevert").trigger()
    arun.wait(lambda: any("Revert to snapshot (snapshot-load) ok" in m for m in messages(window)))
    assert "'before'" in asked.texts[0] and "is lost" in asked.texts[0]
    watched_status(snap_vm)  # reads the events that came meanwhile
    names = [e["event"] for e in snap_vm.watch.events if e["event"] in ("STOP", "RESUME")]
    assert names == ["STOP", "RESUME"]
    assert watched_status(snap_vm) == "running"

    # Delete: asked, then gone from QEMU, the list and the pictures' folder.
    select_row(pane, "before")
    asked = confirm(accept=True)
    act(window, "actionSnapshotDelete").trigger()
    arun.wait(lambda: "before" not in watched_snapshots(snap_vm))
    assert "Delete snapshot 'before'" in asked.texts[0]
    arun.wait(lambda: not pane.model.find("before").isValid())
    arun.wait(lambda: not picture.exists())
    assert "disks" in watched_snapshots(snap_vm)


@pytest.mark.qemu
def test_creating_over_an_existing_tag_asks_first(
    snap_vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(snap_vm)
    pane = show_pane(window)
    create_action = act(window, "actionSnapshotCreate")
    arun.wait(create_action.isEnabled)
    create("base")
    create_action.trigger()
    arun.wait(lambda: pane.model.find("base").isValid())
    first = watched_snapshots(snap_vm)["base"]
    arun.wait(create_action.isEnabled)  # the save has ended

    said = create("base")
    refused = confirm(accept=False)
    create_action.trigger()
    arun.wait(lambda: bool(refused.texts))
    assert "exists" in said.texts[0] and "Replace snapshot 'base'" in refused.texts[0]
    assert watched_snapshots(snap_vm)["base"] == first  # left alone

    create("base")
    confirm(accept=True)
    create_action.trigger()
    arun.wait(
        lambda: watched_snapshots(snap_vm).get("base", first)["date-nsec"] != first["date-nsec"]
    )
    assert list(watched_snapshots(snap_vm)) == ["base"]


@pytest.mark.qemu
def test_a_vm_with_only_a_raw_disk_says_why_no_snapshot(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    raw = short_tmp / "disk.raw"
    raw.write_bytes(b"\0" * (1 << 20))
    vm = QemuVm(short_tmp, name="rawvm").start(extra=disk_args(raw, "raw"))
    try:
        window = windows.on(vm)
        pane = show_pane(window)
        create_action = act(window, "actionSnapshotCreate")
        arun.wait(lambda: "raw image has no room" in create_action.toolTip())
        assert not create_action.isEnabled()
        assert "no disk of this VM can hold a snapshot: disk0" in create_action.toolTip()
        arun.wait(lambda: "No snapshot can be saved" in pane.header.text())
        revert = act(window, "actionSnapshotRevert")
        assert not revert.isEnabled() and "no snapshot" in revert.toolTip()
    finally:
        vm.stop()


@pytest.mark.qemu
def test_a_failed_revert_leaves_restore_vm_and_resume_runs_it_on(
    snap_vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(snap_vm)
    session = window.model.session(0)
    # The pane stays hidden: the list is then fetched after the jobs' events only, so a
    # snapshot deleted behind qmpgui's back stays in it.
    create_action = act(window, "actionSnapshotCreate")
    arun.wait(create_action.isEnabled)
    create("gone")
    create_action.trigger()
    arun.wait(lambda: [s.tag for s in session.inspection.snapshots.snapshots] == ["gone"])
    arun.wait(create_action.isEnabled)
    assert snap_vm.watch.execute("human-monitor-command", {"command-line": "delvm gone"}) == ""

    answered = answer_in_turn([True, True])  # revert, then the offered Resume
    act(window, "actionSnapshotRevert").trigger()
    arun.wait(lambda: any("restore-vm" in m for m in messages(window)))
    assert any("does not exist" in m for m in messages(window))  # QEMU's own sentence
    arun.wait(lambda: watched_status(snap_vm) == "running")  # Resume, as offered
    assert "stopped in 'restore-vm'" in answered.texts[1]
    # The buttons are the two answers the question names, and no empty list stands in it.
    assert "Leave stopped keeps it" in answered.texts[1]
    assert "buttons: Resume | Leave stopped" in answered.texts[1]
    assert "<ul>" not in answered.texts[1]

    # Again, this time left stopped: the table offers Resume in restore-vm, and it works.
    # (The window first sees the VM running again: else its restore-vm of the first
    # revert would pass the wait below before the second revert is made.)
    arun.wait(lambda: session.run_status == "running")
    answered = answer_in_turn([True, False])  # revert, then Leave stopped
    act(window, "actionSnapshotRevert").trigger()
    arun.wait(lambda: session.run_status == "restore-vm")
    assert watched_status(snap_vm) == "restore-vm"
    resume = act(window, "actionCont")
    arun.wait(resume.isEnabled)
    snap_vm.watch.events.clear()
    resume.trigger()
    arun.wait(lambda: watched_status(snap_vm) == "running")
    assert events_seen(snap_vm, "RESUME")


class NoJobsServer:
    """A QEMU without the snapshot jobs (before 6.0): HMP savevm, loadvm, delvm and
    `info snapshots`, whose failures come back as "Error: ..." text."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.tags: list[str] = []
        #: Cleared, query-block waits for its answer (QEMU busy reading its disks).
        self.block_free = asyncio.Event()
        self.block_free.set()

    async def __call__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        greeting = {
            "QMP": {
                "version": {"qemu": {"major": 5, "minor": 2, "micro": 0}, "package": ""},
                "capabilities": [],
            }
        }
        writer.write(json.dumps(greeting).encode() + b"\r\n")
        while True:
            request = await read_command(reader)
            name = request.get("execute")
            value: object = {}
            if name == "query-commands":
                names = ("query-status", "query-block", "human-monitor-command", "query-uuid")
                value = [{"name": n} for n in names]
            elif name == "query-status":
                value = {"status": "running", "running": True}
            elif name == "query-uuid":
                value = {"UUID": "00000000-0000-0000-0000-000000000000"}
            elif name == "query-block":
                await self.block_free.wait()
                snaps = [
                    {
                        "name": t,
                        "id": str(i + 1),
                        "vm-state-size": 1024,
                        "date-sec": 1,
                        "date-nsec": 0,
                        "vm-clock-sec": 0,
                        "vm-clock-nsec": 0,
                    }
                    for i, t in enumerate(self.tags)
                ]
                value = [
                    {
                        "device": "drive0",
                        "locked": False,
                        "removable": False,
                        "inserted": {
                            "file": "/x.qcow2",
                            "drv": "qcow2",
                            "ro": False,
                            "node-name": "#block1",
                            "image": {"snapshots": snaps} if snaps else {},
                        },
                    }
                ]
            elif name == "human-monitor-command":
                arguments = request.get("arguments")
                assert isinstance(arguments, dict)
                line = str(arguments["command-line"])
                self.lines.append(line)
                verb, _, tag = line.partition(" ")
                if verb == "savevm":
                    self.tags.append(tag)
                    value = ""
                elif verb == "loadvm":
                    value = f"Error: Snapshot '{tag}' does not exist in one or more devices\r\n"
                elif verb == "delvm":
                    self.tags.remove(tag)
                    value = ""
                else:
                    value = ""
            writer.write(json.dumps({"return": value, "id": request.get("id")}).encode() + b"\r\n")
            await writer.drain()


def test_servers_without_the_jobs_get_hmp_savevm_loadvm_delvm(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    server = NoJobsServer()
    with FakeQmpServer(short_tmp / "old.sock", server):
        window = windows.on(short_tmp / "old.sock")
        window.config.confirm_destructive = False
        pane = show_pane(window)
        create_action = act(window, "actionSnapshotCreate")
        arun.wait(create_action.isEnabled)
        create("old1")
        create_action.trigger()
        arun.wait(lambda: pane.model.find("old1").isValid())
        assert "savevm old1" in server.lines

        act(window, "actionSnapshotRevert").trigger()
        arun.wait(lambda: "loadvm old1" in server.lines)
        arun.wait(
            lambda: any(
                "Revert to snapshot failed" in m and "does not exist" in m for m in messages(window)
            )
        )

        act(window, "actionSnapshotDelete").trigger()
        arun.wait(lambda: "delvm old1" in server.lines)
        arun.wait(lambda: not pane.model.find("old1").isValid())
        assert not any(line.startswith("snapshot") for line in server.lines)


def test_create_waits_until_the_disks_are_read(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    server = NoJobsServer()
    server.block_free.clear()
    with FakeQmpServer(short_tmp / "slow.sock", server):
        window = windows.on(short_tmp / "slow.sock")
        session = window.model.session(0)
        arun.wait(lambda: session.connected)
        create_action = act(window, "actionSnapshotCreate")
        # The dialog names the disks a snapshot goes on: not offered before they are read.
        assert not create_action.isEnabled()
        assert "disks and snapshots are not read yet" in create_action.toolTip()
        server.block_free.set()
        arun.wait(create_action.isEnabled)


@pytest.mark.qemu
def test_the_demo_vm_takes_snapshots_on_its_qcow2_disk(windows: Windows, arun: AsyncRunner) -> None:
    window = windows.open("--demo")
    arun.wait(lambda: all(s.connected for s in window.model.sessions))
    window.vm_list.selectAll()
    pane = show_pane(window)
    create_action = act(window, "actionSnapshotCreate")
    arun.wait(create_action.isEnabled, timeout=60)
    create("demo1")
    create_action.trigger()
    arun.wait(lambda: pane.model.find("demo1").isValid(), timeout=60)
    session = window.model.session(0)
    assert session.inspection.snapshots.snapshots[0].disks == ("disk0",)
    arun.wait(picture_path(session.info.uuid or "", "demo1").exists)


@pytest.mark.qemu
def test_the_chosen_snapshot_stays_chosen_when_qemu_comes_back(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    disk = qcow2(short_tmp)
    for tag in ("first", "second"):
        subprocess.run(["qemu-img", "snapshot", "-c", tag, str(disk)], check=True)
    vm = QemuVm(short_tmp, name="back").start(extra=disk_args(disk, "qcow2"))
    try:
        window = windows.on(vm)
        pane = show_pane(window)
        session = window.model.session(0)
        arun.wait(lambda: pane.model.find("second").isValid())
        select_row(pane, "second")
        # QEMU is killed and started again (as a developer restarts it): the monitor
        # reconnects and the pane is read again, with the row chosen before chosen still.
        vm.kill()
        arun.wait(lambda: not session.connected)
        vm.start(extra=disk_args(disk, "qcow2"))
        arun.wait(lambda: session.connected and session.inspection.snapshots.known)
        arun.wait(lambda: pane.model.find("second").isValid())
        assert pane.selected_tag(session) == "second"
        assert act(window, "actionSnapshotDelete").isEnabled()
    finally:
        vm.stop()
