"""A VM that QEMU holds before boot (-S, run state prelaunch) is started by Start, which
asks first, and never by a Resume of several VMs."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.dialogs import answer_confirm
from tests.helpers.qemu_vm import QemuVm, watched_status
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, act, messages


@pytest.mark.qemu
def test_resume_of_several_vms_never_boots_one_held_before_boot(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    (short_tmp / "a").mkdir()
    (short_tmp / "b").mkdir()
    running = QemuVm(short_tmp / "a", name="running").start()
    held = QemuVm(short_tmp / "b", name="held").start(extra=["-S"])
    try:
        window = windows.on(running, held)
        sessions = window.model.sessions
        arun.wait(lambda: [s.run_status for s in sessions] == ["running", "prelaunch"])

        act(window, "actionStop").trigger()  # the held VM is skipped: it does not run
        arun.wait(lambda: watched_status(running) == "paused")
        arun.wait(lambda: any(m.startswith("Pause: 1 of 2 VMs done") for m in messages(window)))
        arun.wait(lambda: sessions[0].run_status == "paused")

        resume = act(window, "actionCont")
        assert resume.isEnabled()  # the paused VM can
        resume.trigger()
        arun.wait(lambda: watched_status(running) == "running")
        summary = "Resume: 1 of 2 VMs done; held skipped: the VM was never started"
        arun.wait(lambda: any(m.startswith(summary) for m in messages(window)))
        assert watched_status(held) == "prelaunch"  # not booted by a Resume

        # Start is its own action, for the held VM only, and asks first.
        window.select_session(sessions[1])
        start = act(window, "actionStart")
        arun.wait(start.isEnabled)
        assert not resume.isEnabled() and "never started" in resume.toolTip()
        refused = answer_confirm(accept=False)
        start.trigger()
        assert "Start this VM?" in refused.texts[0] and "-S" in refused.texts[0]
        assert watched_status(held) == "prelaunch"
        accepted = answer_confirm(accept=True)
        start.trigger()
        assert accepted.texts
        arun.wait(lambda: watched_status(held) == "running")
        arun.wait(lambda: any("held: Start (cont) ok" in m for m in messages(window)))
        arun.wait(lambda: not start.isEnabled() and "already running" in start.toolTip())
    finally:
        running.stop()
        held.stop()
