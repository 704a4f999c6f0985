"""The window on QMP servers that write the protocol in its less common but valid forms:
a monitor that pretty-prints (a real QEMU's `pretty=on`), and events around the handshake
(the fake server: QEMU cannot be made to send them there on demand)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from qmpgui.log.entry import LogKind
from qmpgui.session import ConnState
from qmpgui.ui.panes.status import StatusPane
from tests.helpers.fake_qmp import GREETING, FakeQmpServer, read_command, reply
from tests.helpers.qemu_vm import QemuVm, watched_status
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, act, log_entries, messages, state_text


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


def test_events_around_the_handshake(short_tmp: Path, windows: Windows, arun: AsyncRunner) -> None:
    """An event just after the greeting and one between qmp_capabilities and its reply:
    the VM connects on the first try, and both events are in the event log."""

    def event(offset: int) -> bytes:
        return (
            json.dumps(
                {
                    "event": "RTC_CHANGE",
                    "data": {"offset": offset},
                    "timestamp": {"seconds": 1700000000, "microseconds": offset},
                }
            ).encode()
            + b"\r\n"
        )

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(GREETING + event(11))
        await writer.drain()
        request = await read_command(reader)
        writer.write(event(12) + reply(request, {}))
        await writer.drain()
        while True:
            request = await read_command(reader)
            name = request.get("execute")
            value: object = {}
            if name == "query-status":
                value = {"status": "running", "running": True}
            elif name == "query-qmp-schema":
                value = [{"name": "query-status", "meta-type": "command"}]
            writer.write(reply(request, value))
            await writer.drain()

    with FakeQmpServer(short_tmp / "chatty.sock", handler) as server:
        window = windows.open(str(short_tmp / "chatty.sock"))
        session = window.model.session(0)
        arun.wait(lambda: session.state in (ConnState.CONNECTED, ConnState.ERROR))
        assert session.connected, session.error
        arun.wait(lambda: state_text(window) == "running")
        assert server.clients == 1  # connected on the first try
        arun.wait(lambda: len(log_entries(window, LogKind.EVENT)) == 2)
        summaries = [e.summary for e in log_entries(window, LogKind.EVENT)]
        assert summaries == ["RTC_CHANGE offset=11", "RTC_CHANGE offset=12"]
