"""The demo VM's start, with a stand-in for QEMU (no real QEMU starts here)."""

from __future__ import annotations

import asyncio
import stat
import sys
from pathlib import Path

from qmpgui.host.demo import DemoVm
from tests.helpers.sockets import listening

#: Makes its QMP socket as QEMU does, bind then listen, with a pause between the two.
SLOW_TO_LISTEN = """\
import socket, sys, time
spec = next(a for a in sys.argv if a.startswith("unix:") and "server=on" in a)
server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
server.bind(spec.removeprefix("unix:").split(",")[0])
time.sleep(0.5)
server.listen()
time.sleep(60)
"""


def test_start_waits_until_qemu_listens_not_only_for_its_socket_file(tmp_path: Path) -> None:
    """A connection between QEMU's bind and its listen is refused: the window would say
    'connection refused' about a demo VM that is starting well."""
    binary = tmp_path / "qemu-system-x86_64"
    binary.write_text(f"#!{sys.executable}\n{SLOW_TO_LISTEN}")
    binary.chmod(binary.stat().st_mode | stat.S_IXUSR)

    async def main() -> bool:
        demo = DemoVm(str(binary))
        try:
            await demo.start()
            return listening(demo.socket_path)
        finally:
            await demo.stop()

    assert asyncio.run(main())
