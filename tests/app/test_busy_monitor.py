"""A monitor another client holds is named at once, from the kernel's table of unix
sockets, not after the greeting timeout."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from qmpgui.session import ConnState
from tests.helpers.holder import PROGRAM, holding
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, state_text


@pytest.mark.qemu
def test_the_window_names_who_holds_the_monitor_before_the_greeting_timeout(
    qemu: QemuVm, short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    with holding(qemu.app_socket, short_tmp) as holder:
        started = time.monotonic()
        window = windows.open(str(qemu.app_socket), config={"greeting_timeout_s": 30})
        session = window.model.session(0)
        arun.wait(lambda: session.state is ConnState.ERROR)
        assert time.monotonic() - started < 5  # not the 30 s of the greeting timeout
        assert state_text(window).startswith(f"error: monitor busy: pid {holder.pid} ({PROGRAM} ")
    session.connect_vm()  # once the other client has gone, Connect works
    arun.wait(lambda: session.connected)
