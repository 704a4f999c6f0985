"""Snapshots that fail on a real QEMU 7.2, seen through the main window: a VM whose
only disk cannot hold one, a snapshot-save job that fails with its error only in
query-jobs, a revert that fails, and a disk that fills up while QEMU saves the RAM."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from qmpgui.app.main_window import MainWindow
from tests.helpers import snapshot_steps as steps
from tests.helpers.block_images import raw_image
from tests.helpers.guard import Guard
from tests.helpers.migration import random_ram_args
from tests.helpers.qemu_vm import QemuVm, watched_status
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, act, log_texts, messages, status_text

pytestmark = [pytest.mark.qemu, pytest.mark.timeout(180)]


def started(vm: QemuVm, *extra: str) -> Iterator[QemuVm]:
    vm.start(extra=list(extra))
    yield vm
    vm.stop()


def create_failed(window: MainWindow, arun: AsyncRunner, tag: str) -> str:
    """Create snapshot `tag` with its RAM as a user does; the sentence its failure ends in."""
    action = act(window, "actionSnapshotCreate")
    arun.wait(action.isEnabled)
    steps.create(tag)
    action.trigger()
    arun.wait(lambda: any("Create snapshot failed: " in m for m in messages(window)), timeout=60)
    return next(m for m in messages(window) if "Create snapshot failed: " in m)


def test_a_vm_whose_only_disk_is_raw_is_not_offered_a_snapshot_and_says_why(
    short_tmp: Path, windows: Windows, arun: AsyncRunner, guard: Guard
) -> None:
    vm = QemuVm(short_tmp, name="rawvm").start(
        extra=steps.disk_args(raw_image(short_tmp / "disk.raw"), "raw")
    )
    try:
        window = windows.on(vm)
        pane = steps.show_pane(window)
        create_action = act(window, "actionSnapshotCreate")
        expected = (
            "no disk of this VM can hold a snapshot: disk0: a raw image has no room for "
            "snapshots (qcow2 has)"
        )
        arun.wait(lambda: "raw image" in create_action.toolTip())
        assert expected in create_action.toolTip()
        assert not create_action.isEnabled()
        assert f"No snapshot can be saved: {expected}" in pane.header.text()
        start = guard.ticks
        create_action.trigger()  # a disabled action does nothing, not even a dialog
        guard.ticked_since(start)
        assert vm.watch.execute("query-jobs") == []
        assert watched_status(vm) == "running"
    finally:
        vm.stop()
    guard.assert_clean()


@pytest.fixture
def blocked_vm(short_tmp: Path) -> Iterator[QemuVm]:
    """A VM with a qcow2 disk and an ivshmem-plain device, which QEMU 7.2 does not
    migrate (a migration blocker): every snapshot-save of its RAM fails inside the job."""
    yield from started(
        QemuVm(short_tmp, name="blocked"),
        *steps.disk_args(steps.qcow2(short_tmp), "qcow2"),
        "-object",
        "memory-backend-ram,id=shm,size=1M,share=on",
        "-device",
        "ivshmem-plain,memdev=shm",
    )


def test_a_snapshot_job_that_fails_in_query_jobs_says_qemus_reason(
    blocked_vm: QemuVm, windows: Windows, arun: AsyncRunner, guard: Guard
) -> None:
    window = windows.on(blocked_vm)
    pane = steps.show_pane(window)
    shown = steps.progress_texts(pane)
    start = guard.ticks
    sentence = create_failed(window, arun, "first")
    guard.ticked_since(start)
    # The job concluded with an error: its progress said so, and never "done".
    assert any(text.endswith("(failed)") for text in shown), shown
    assert not any("done" in text for text in shown), shown
    # QEMU's reason is the migration blocker's; what it means for a snapshot follows.
    reason = (
        "Migration is disabled when using feature 'peer mode' in device 'ivshmem' (QEMU "
        "saves the RAM as a migration sends it, and a device of this VM cannot be "
        "migrated: a snapshot of the disks only, without the RAM, can be saved)"
    )
    assert sentence == f"blocked: Create snapshot failed: {reason}"
    assert f"Create snapshot (snapshot-save) failed: {reason}" in log_texts(window)
    assert status_text(window) == f"Error: {sentence}"
    # The job was dismissed; nothing was saved; the guest runs on.
    arun.wait(lambda: blocked_vm.watch.execute("query-jobs") == [])
    assert steps.watched_snapshots(blocked_vm) == {}
    assert watched_status(blocked_vm) == "running"
    arun.wait(lambda: not pane.progress_label.isVisibleTo(pane))
    # As the sentence says, the disks alone can be saved.
    steps.take(window, arun, "disks", with_ram=False)
    assert steps.watched_snapshots(blocked_vm)["disks"]["vm-state-size"] == 0
    guard.assert_clean()


@pytest.fixture
def snap_vm(short_tmp: Path) -> Iterator[QemuVm]:
    yield from started(
        QemuVm(short_tmp, name="snaps"), *steps.disk_args(steps.qcow2(short_tmp), "qcow2")
    )


def test_a_failed_revert_says_qemus_reason_and_leaves_the_vm_stopped_if_asked(
    snap_vm: QemuVm, windows: Windows, arun: AsyncRunner, guard: Guard
) -> None:
    window = windows.on(snap_vm)
    session = window.model.session(0)
    steps.take(window, arun, "gone")
    # Another client deletes it after the window listed it: the window still offers it.
    snap_vm.watch.execute("human-monitor-command", {"command-line": "delvm gone"})
    answered = steps.answer_in_turn([True, False])  # revert, then Leave stopped
    start = guard.ticks
    act(window, "actionSnapshotRevert").trigger()
    arun.wait(lambda: any("Revert to snapshot failed" in m for m in messages(window)))
    guard.ticked_since(start)
    sentence = next(m for m in messages(window) if "Revert to snapshot failed" in m)
    reason = "Snapshot 'gone' does not exist in one or more devices"  # QEMU's words
    assert sentence == f"snaps: Revert to snapshot failed: {reason}"
    assert f"Revert to snapshot (snapshot-load) failed: {reason}" in log_texts(window)
    # The failed revert left the VM stopped: the status bar says so last (it said the
    # failure first, for as long as one query-status takes), and asked, Leave stopped
    # keeps it so.
    stopped = "snaps: the revert to 'gone' failed and QEMU left the VM stopped in 'restore-vm'"
    arun.wait(lambda: status_text(window).startswith(f"Error: {stopped}"))
    arun.wait(lambda: len(answered.texts) == 2)
    arun.wait(lambda: session.run_status == "restore-vm")
    assert watched_status(snap_vm) == "restore-vm"
    assert "stopped in 'restore-vm'" in answered.texts[1]
    resume = act(window, "actionCont")
    arun.wait(resume.isEnabled)
    guard.assert_clean()


@pytest.fixture
def tiny_fs(short_tmp: Path) -> Iterator[Path]:
    """A 4 MiB tmpfs mounted in the test's folder (mount works as root here)."""
    folder = short_tmp / "tiny"
    folder.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(folder)], check=True)
    yield folder
    subprocess.run(["umount", str(folder)], check=True)


def test_a_disk_that_fills_up_while_the_ram_is_saved_says_so(
    short_tmp: Path, tiny_fs: Path, windows: Windows, arun: AsyncRunner, guard: Guard
) -> None:
    vm = QemuVm(short_tmp, name="full").start(
        extra=[*random_ram_args(short_tmp), *steps.disk_args(steps.qcow2(tiny_fs), "qcow2")]
    )
    try:
        window = windows.on(vm)
        start = guard.ticks
        sentence = create_failed(window, arun, "big")
        guard.ticked_since(start)
        # QEMU says "Input/output error" for a full disk; the sentence says what filled.
        image = tiny_fs / "disk0.qcow2"
        reason = (
            "Error while writing VM state: Input/output error (the filesystem holding "
            f"{image} is full: 0.0 MiB free of 4.0 MiB; make room there and try again)"
        )
        assert sentence == f"full: Create snapshot failed: {reason}"
        assert status_text(window) == f"Error: {sentence}"
        assert f"Create snapshot (snapshot-save) failed: {reason}" in log_texts(window)
        assert steps.watched_snapshots(vm) == {}
        assert watched_status(vm) == "running"
    finally:
        vm.stop()
    guard.assert_clean()
