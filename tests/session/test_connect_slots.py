"""A fleet connecting together sets its connections up a few at a time: hundreds of
schemas read at once held the event loop past the command timeout, and those VMs
stayed in error ("query-qmp-schema timed out"). Forty monitors that hold their schema
reply until released (the fake server: a real QEMU answers at once) never see more
than CONNECTING_AT_ONCE of them asked at a time, and all connect."""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path

from PySide6.QtTest import QTest

from qmpgui.session import ConnState, SessionSettings, VmSession
from qmpgui.session.connect_slots import CONNECTING_AT_ONCE
from tests.helpers.fake_qmp import FakeQmpServer, negotiate, read_command, reply
from tests.helpers.runner import AsyncRunner

VMS = 40


class HeldSchemas:
    """Each client: negotiated, then its query-qmp-schema answered only once `released`;
    `asked` counts the schemas waiting now, `most` the most that ever waited at once."""

    def __init__(self) -> None:
        self.released = threading.Event()
        self.asked = 0
        self.most = 0

    async def __call__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await negotiate(reader, writer)
        request = await read_command(reader)
        assert request.get("execute") == "query-qmp-schema"
        self.asked += 1
        self.most = max(self.most, self.asked)
        await asyncio.get_running_loop().run_in_executor(None, self.released.wait)
        self.asked -= 1
        writer.write(reply(request, [{"name": "query-status", "meta-type": "command"}]))
        await writer.drain()
        while True:  # then answers as QEMU would, the run state and {} for the rest
            request = await read_command(reader)
            running = {"status": "running", "running": True}
            writer.write(
                reply(request, running if request.get("execute") == "query-status" else {})
            )
            await writer.drain()


def test_a_fleet_connecting_together_is_set_up_a_few_at_a_time(
    arun: AsyncRunner, short_tmp: Path
) -> None:
    held = HeldSchemas()
    path = short_tmp / "fleet.sock"
    with FakeQmpServer(path, held):
        settings = SessionSettings(poll_interval_s=3600)
        sessions = [VmSession(f"vm{n}", str(path), settings=settings) for n in range(VMS)]
        try:
            for session in sessions:
                session.connect_vm()
            arun.wait(lambda: held.asked >= CONNECTING_AT_ONCE)
            end = time.monotonic() + 0.5  # time for more to come, were they let through
            while time.monotonic() < end:
                QTest.qWait(20)
            assert held.asked == CONNECTING_AT_ONCE
            assert all(s.state is ConnState.CONNECTING for s in sessions)
            held.released.set()
            arun.wait(lambda: all(s.connected for s in sessions))
            assert held.most == CONNECTING_AT_ONCE
        finally:
            held.released.set()
            for session in sessions:
                arun(session.aclose())
