"""The window on QMP servers that write the protocol in its less common but valid forms:
a monitor that pretty-prints (a real QEMU's `pretty=on`), and events around the handshake
(the fake server: QEMU cannot be made to send them there on demand)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qmpgui.ui.panes.status import StatusPane
from tests.helpers.qemu_vm import QemuVm, watched_status
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, act, messages, state_text


@pytest.mark.qemu
def test_a_pretty_printed_monitor(short_tmp: Path, windows: Windows, arun: AsyncRunner) -> None:
    vm = QemuVm(short_tmp, name="pretty").start(pretty=True)
    try:
        window = windows.on(vm)
        session = window.model.session(0)
        arun.wait(lambda: session.run_status == "running")
        assert window.pane(StatusPane).text("name") == "pretty"
        assert window.pane(StatusPane).text("uuid") == vm.uuid
        act(window, "actionStop").trigger()
        arun.wait(lambda: watched_status(vm) == "paused")
        arun.wait(lambda: state_text(window) == "paused")  # the STOP event, pretty too
        arun.wait(lambda: any("Pause (stop) ok" in m for m in messages(window)))
    finally:
        vm.stop()
