"""An action on several VMs, seen VM by VM: each VM it passes over has an entry of its
own, so that the event log filtered to that VM says so; the summary stays the window's."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.qemu_vm import QemuVm, watched_status
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, act, log_of, messages


@pytest.mark.qemu
def test_a_vm_a_bulk_pause_skips_says_so_in_its_own_log(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    (short_tmp / "a").mkdir()
    (short_tmp / "b").mkdir()
    web1 = QemuVm(short_tmp / "a", name="web1").start()
    db1 = QemuVm(short_tmp / "b", name="db1")
    try:
        db1.start(extra=["-S"])  # not started yet: Pause does not apply to it
        window = windows.on(web1, db1)
        web, db = window.model.sessions
        arun.wait(lambda: web.run_status == "running" and db.run_status == "prelaunch")

        act(window, "actionStop").trigger()
        arun.wait(lambda: watched_status(web1) == "paused")
        arun.wait(lambda: any("Pause: 1 of 2 VMs done" in m for m in messages(window)))
        assert watched_status(db1) == "prelaunch"  # the skipped VM was left alone

        skips = [e for e in log_of(arun, window, db) if e.summary.startswith("Pause skipped: ")]
        assert len(skips) == 1, [e.summary for e in log_of(arun, window, db)]
        assert skips[0].vm == "db1"
        assert skips[0].summary == "Pause skipped: the VM is not running (it is prelaunch)"
        window.event_log_view.vm_box.setCurrentIndex(0)
        # The VM it paused has no such entry.
        assert not [e for e in log_of(arun, window, web) if "skipped" in e.summary]
    finally:
        web1.stop()
        db1.stop()
