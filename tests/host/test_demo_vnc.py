"""The demo VM's VNC display, taken by another program between choosing it and QEMU's
start (suites and demos run side by side on one machine)."""

from __future__ import annotations

import asyncio
import socket

import pytest
from qemu.qmp import QMPClient

from qmpgui.host.demo import DemoVm, find_qemu
from tests.helpers.vnc import vnc_display_lock


@pytest.mark.qemu
def test_a_display_taken_meanwhile_does_not_stop_the_demo_vm() -> None:
    async def main() -> tuple[int, str]:
        with vnc_display_lock(), socket.socket() as thief:
            demo = DemoVm(find_qemu())
            thief.bind(("127.0.0.1", 5900 + demo.vnc_display))
            thief.listen()
            try:
                await demo.start()  # before: QEMU exited, "Failed to find an available port"
                client = QMPClient("test")
                await client.connect(str(demo.socket_path))
                try:
                    vnc = await client.execute("query-vnc")
                finally:
                    await client.disconnect()
            finally:
                await demo.stop()
        assert isinstance(vnc, dict)
        return demo.vnc_display, str(vnc["service"])

    chosen, service = asyncio.run(main())
    assert int(service) > 5900 + chosen
