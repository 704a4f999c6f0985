"""Snapshots as a user takes them in the window, on a real QEMU with a qcow2 disk made
by qemu-img: the disk's arguments, the Snapshots pane, the Create snapshot dialog
filled in, the confirmations answered in turn, and the snapshots seen through the
test's own monitor."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox

from qmpgui.app.main_window import MainWindow
from qmpgui.ui.confirm import ConfirmDialog
from qmpgui.ui.panes.snapshots import SnapshotPane
from qmpgui.ui.snapshot_dialog import SnapshotDialog
from tests.helpers.dialogs import Seen, when_modal
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import act


def qcow2(folder: Path, name: str = "disk0.qcow2") -> Path:
    """An empty 64 MiB qcow2 image at `folder`/`name`."""
    path = folder / name
    subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", str(path), "64M"], check=True)
    return path


def disk_args(path: Path, fmt: str, qdev: str = "disk0") -> list[str]:
    """A virtio disk: drive `qdev` (the name the list and the pane show), device v`qdev`."""
    return [
        "-drive",
        f"file={path},format={fmt},if=none,id={qdev}",
        "-device",
        f"virtio-blk-pci,drive={qdev},id=v{qdev}",
    ]


def watched_snapshots(vm: QemuVm) -> dict[str, dict[str, Any]]:
    """The snapshots of disk0 as the test's own monitor sees them, by tag."""
    disk = next(d for d in vm.watch.execute("query-block") if d["device"] == "disk0")
    return {s["name"]: s for s in disk["inserted"]["image"].get("snapshots", [])}


def show_pane(window: MainWindow) -> SnapshotPane:
    pane = window.pane(SnapshotPane)  # built when asked for, as the window builds it
    window.panes.setCurrentWidget(pane)
    return pane


def create(tag: str, *, with_ram: bool = True) -> Seen:
    """Fill the Create snapshot dialog when it opens and press OK; what its hint said."""
    seen = Seen()

    def fill(dialog: SnapshotDialog) -> None:
        dialog.tag_edit.setText(tag)
        dialog.ram_box.setChecked(with_ram)
        seen.texts.append(dialog.hint.text())
        seen.texts.append(dialog.disks_label.text())
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(SnapshotDialog, fill)
    return seen


def take(window: MainWindow, arun: AsyncRunner, tag: str, *, with_ram: bool = True) -> None:
    """Create snapshot `tag` as a user does (Create snapshot…, its dialog filled in) on
    the window's selected VM, and wait until the Snapshots pane lists it and the save
    has ended."""
    pane = show_pane(window)
    action = act(window, "actionSnapshotCreate")
    arun.wait(action.isEnabled)
    create(tag, with_ram=with_ram)
    action.trigger()
    arun.wait(lambda: pane.model.find(tag).isValid())
    arun.wait(action.isEnabled)


def answer_in_turn(answers: list[bool]) -> Seen:
    """Answer the confirmations that open one after another: accept or cancel each."""
    seen = Seen()
    left = list(answers)

    def next_one() -> None:
        def act_on(dialog: ConfirmDialog) -> None:
            named = " | ".join(b.text() for b in dialog.buttons())
            seen.texts.append(f"{dialog.text()}\n{dialog.informativeText()}\nbuttons: {named}")
            accept = left.pop(0)
            if accept:
                dialog.accept_button.click()
            else:
                dialog.reject()
            if left:
                next_one()

        when_modal(ConfirmDialog, act_on, within_s=60)

    next_one()
    return seen


def progress_texts(pane: SnapshotPane) -> list[str]:
    """Every text the pane's progress line is given from now on, in order (a job's
    steps pass quicker than a test can look)."""
    texts: list[str] = []
    label = pane.progress_label
    set_text = label.setText

    def record(text: str) -> None:
        texts.append(text)
        set_text(text)

    label.setText = record  # type: ignore[method-assign]
    return texts
