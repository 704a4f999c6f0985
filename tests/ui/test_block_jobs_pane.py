"""The Block jobs pane against QEMU 7.2: a stream started from the console shows at
once with progress that moves; Set speed, Pause, Resume and Cancel from the pane
reach QEMU (seen through the test's own monitor); a mirror that is ready is
completed from the pane; a job that fails and one cancelled stay shown with their
outcome in words, which the event log says too."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from qmpgui.app.main_window import MainWindow
from qmpgui.ui.console import ConsoleWidget
from qmpgui.ui.panes.block_jobs import BlockJobsPane
from tests.helpers.block_images import drive_args, overlay_on_base, raw_image
from tests.helpers.console import open_console, send
from tests.helpers.dialogs import answer_confirm
from tests.helpers.qemu_vm import QemuVm, events_seen
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, log_texts

MIB = 1 << 20


@pytest.fixture
def vm(short_tmp: Path) -> Iterator[QemuVm]:
    top, _base = overlay_on_base(short_tmp)
    made = QemuVm(short_tmp, name="jobvm")
    made.start(extra=drive_args(top, raw_image(short_tmp / "small.raw")))
    yield made
    made.stop()


def jobs_pane(window: MainWindow) -> BlockJobsPane:
    pane = window.pane(BlockJobsPane)
    window.panes.setCurrentWidget(pane)
    return pane


def row(pane: BlockJobsPane, key: Any) -> list[str] | None:
    node = pane.model.node(pane.model.find(key))
    return list(node.cells) if node is not None else None


def choose(pane: BlockJobsPane, key: Any) -> None:
    index = pane.model.find(key)
    assert index.isValid(), f"no row {key}"
    pane.view.setCurrentIndex(index)


def watched_job(vm: QemuVm, job: str) -> dict[str, Any] | None:
    jobs = vm.watch.execute("query-block-jobs")
    return next((j for j in jobs if j["device"] == job), None)


def start_stream(arun: AsyncRunner, console: ConsoleWidget) -> None:
    answer_confirm(accept=True)  # a block job is asked first
    item = send(arun, console, "block-stream device=drive0 job-id=st0 speed=1048576")
    assert item.exchange is not None and item.exchange.ok


@pytest.mark.qemu
def test_stream_from_console_shows_at_once_and_the_pane_drives_it(
    vm: QemuVm,
    windows: Windows,
    arun: AsyncRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, console = open_console(windows, vm)
    window.settings.poll_interval_s = 60  # the events and the pane's own pace, not the tick
    pane = jobs_pane(window)
    start_stream(arun, console)
    arun.wait(lambda: row(pane, "st0") is not None, timeout=5)
    cells = row(pane, "st0")
    assert cells is not None and cells[1] == "stream" and cells[3].endswith("/ 64.0")
    # Progress moves while the pane is on screen (asked twice a second).
    first = float(cells[3].split(" / ")[0])
    arun.wait(lambda: float((row(pane, "st0") or ["", "", "", "0 /"])[3].split(" / ")[0]) > first)
    choose(pane, "st0")
    assert not pane.button("complete").isEnabled()  # a stream has nothing to complete
    # Set speed: 2 MiB/s, seen by QEMU.
    monkeypatch.setattr(QInputDialog, "getDouble", lambda *a, **k: (2.0, True))
    pane.button("set-speed").click()
    arun.wait(lambda: (watched_job(vm, "st0") or {}).get("speed") == 2 * MIB)
    arun.wait(lambda: (row(pane, "st0") or [""] * 5)[4] == "2 MiB/s")
    # Pause and resume.
    pane.button("pause").click()
    arun.wait(lambda: (watched_job(vm, "st0") or {}).get("paused") is True)
    arun.wait(lambda: pane.button("resume").isEnabled())
    assert (row(pane, "st0") or [""] * 6)[5] == "paused"
    pane.button("resume").click()
    arun.wait(lambda: (watched_job(vm, "st0") or {}).get("paused") is False)
    # Cancel asks first: kept running when the answer is no.
    arun.wait(lambda: pane.button("cancel").isEnabled())
    answer_confirm(accept=False)
    pane.button("cancel").click()
    assert watched_job(vm, "st0") is not None
    answer_confirm(accept=True)
    pane.button("cancel").click()
    arun.wait(lambda: watched_job(vm, "st0") is None)
    assert events_seen(vm, "BLOCK_JOB_CANCELLED")
    arun.wait(lambda: row(pane, ("ended", "st0")) is not None)
    ended = row(pane, ("ended", "st0"))
    assert ended is not None and ended[5].startswith("cancelled at ")
    assert any("stream job st0 was cancelled" in text for text in log_texts(window))
    # Dismissed, it goes.
    choose(pane, ("ended", "st0"))
    pane.button("dismiss").click()
    arun.wait(lambda: row(pane, ("ended", "st0")) is None)


@pytest.mark.qemu
def test_mirror_completed_from_the_pane_and_a_failed_job_in_words(
    vm: QemuVm, windows: Windows, arun: AsyncRunner, short_tmp: Path
) -> None:
    window, console = open_console(windows, vm)
    pane = jobs_pane(window)
    target = short_tmp / "mirror.raw"
    answer_confirm(accept=True)  # the console asks before a mirror
    send(
        arun,
        console,
        f"drive-mirror device=drive1 job-id=m0 target={target} format=raw sync=full",
    )
    arun.wait(lambda: (row(pane, "m0") or [""] * 7)[6] == "yes")  # ready
    choose(pane, "m0")
    arun.wait(lambda: pane.button("complete").isEnabled())
    pane.button("complete").click()
    arun.wait(lambda: watched_job(vm, "m0") is None)
    assert events_seen(vm, "BLOCK_JOB_COMPLETED")
    drive1 = next(d for d in vm.watch.execute("query-block") if d["device"] == "drive1")
    assert drive1["inserted"]["file"] == str(target)  # the drive switched to the copy
    arun.wait(lambda: row(pane, ("ended", "m0")) is not None)
    assert (row(pane, ("ended", "m0")) or [""] * 6)[5].startswith("completed")
    # A mirror onto a node that fails every write ends with QEMU's words.
    vm.watch.execute(
        "blockdev-add",
        {
            "driver": "blkdebug",
            "node-name": "bad",
            "inject-error": [{"event": "pwritev", "errno": 5}],
            "image": {"driver": "null-co", "size": 4 * MIB},
        },
    )
    answer_confirm(accept=True)
    send(arun, console, "blockdev-mirror job-id=m1 device=drive1 target=bad sync=full")
    arun.wait(lambda: row(pane, ("ended", "m1")) is not None)
    words = (row(pane, ("ended", "m1")) or [""] * 6)[5]
    assert words.startswith("failed: Input/output error")
    assert "I/O error on write in job m1: the job ends" in words
    assert any("mirror job m1 failed: Input/output error" in t for t in log_texts(window))


@pytest.mark.qemu
def test_a_job_that_appears_is_selected_when_none_is_and_a_chosen_one_stays(
    vm: QemuVm, windows: Windows, arun: AsyncRunner, short_tmp: Path
) -> None:
    window = windows.on(vm)
    pane = jobs_pane(window)
    vm.watch.execute("block-stream", {"device": "drive0", "job-id": "st0", "speed": MIB})
    arun.wait(lambda: row(pane, "st0") is not None)
    # The buttons act at once: no row to click first.
    arun.wait(lambda: pane.button("pause").isEnabled())
    assert pane.selected_job() is not None and pane.selected_job().id == "st0"
    mirror = {"device": "drive1", "job-id": "m1", "target": str(short_tmp / "m1.raw")}
    vm.watch.execute("drive-mirror", {**mirror, "format": "raw", "sync": "full", "speed": MIB})
    arun.wait(lambda: row(pane, "m1") is not None)
    choose(pane, "m1")
    vm.watch.execute("block-job-pause", {"device": "st0"})
    arun.wait(lambda: (row(pane, "st0") or [""] * 6)[5] == "paused")
    assert pane.selected_job() is not None and pane.selected_job().id == "m1"


@pytest.mark.qemu
@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("block-stream device=drive0 job-id=st0", "stream job that copies the backing"),
        ("drive-mirror device=drive1 job-id=m1 target=MIRROR sync=full", "mirror job"),
        ("block-commit device=drive0 job-id=c0", "commit job that writes the top image"),
        ("drive-backup device=drive1 job-id=b1 target=MIRROR sync=full", "backup job"),
    ],
)
def test_a_block_job_started_from_the_console_is_asked_first_in_words_that_fit(
    vm: QemuVm, windows: Windows, arun: AsyncRunner, short_tmp: Path, *, line: str, words: str
) -> None:
    _window, console = open_console(windows, vm)
    refused = answer_confirm(accept=False)
    console.input.setPlainText(line.replace("MIRROR", str(short_tmp / "copy.raw")))
    console.input.setFocus()
    arun.qtbot.keyClick(console.input, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    arun.wait(lambda: bool(refused.texts))
    assert words in refused.texts[0]
    assert "end the VM" not in refused.texts[0] and "remove a device" not in refused.texts[0]
    assert vm.watch.execute("query-block-jobs") == []
    assert not (short_tmp / "copy.raw").exists()
