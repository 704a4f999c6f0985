"""The demo VM's COM1 (a real QEMU): a socket chardev in its folder, where its guest
greets when it boots and echoes what it reads, so the Serial pane has something."""

from __future__ import annotations

import asyncio
import json

import pytest

from qmpgui.host.demo import DemoVm, find_qemu
from qmpgui.host.demo_guest import GREETING


async def _read_until(reader: asyncio.StreamReader, wanted: bytes) -> bytes:
    seen = b""
    async with asyncio.timeout(30):
        while wanted not in seen:
            chunk = await reader.read(4096)
            assert chunk, f"COM1 closed after {seen!r}"
            seen += chunk
    return seen


async def _reset(demo: DemoVm) -> None:
    """system_reset through the demo's own QMP socket."""
    reader, writer = await asyncio.open_unix_connection(str(demo.socket_path))
    await reader.readline()  # the greeting
    for command in ("qmp_capabilities", "system_reset"):
        writer.write(json.dumps({"execute": command}).encode() + b"\n")
        while "return" not in json.loads(await reader.readline()):
            pass
    writer.close()


@pytest.mark.qemu
def test_the_demo_guest_greets_on_com1_and_echoes_what_it_reads() -> None:
    async def main() -> tuple[bytes, bytes]:
        demo = DemoVm(find_qemu())
        try:
            await demo.start()
            reader, writer = await asyncio.open_unix_connection(str(demo.serial_path))
            writer.write(b"ping\r")
            echoed = await _read_until(reader, b"ping\r\n")
            await _reset(demo)  # it greets again, now that someone listens
            greeted = await _read_until(reader, GREETING.encode())
            writer.close()
            return echoed, greeted
        finally:
            await demo.stop()

    echoed, greeted = asyncio.run(main())
    assert echoed.endswith(b"ping\r\n")
    assert GREETING.encode() in greeted
