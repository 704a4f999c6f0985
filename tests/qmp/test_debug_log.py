"""`qmpgui --debug` prints qemu.qmp's protocol log (every message sent and received) on
standard error: the secrets in it are masked as in the log files, a reply's by the
command it answers."""

from __future__ import annotations

import asyncio
import io
import logging
from collections.abc import Iterator

import pytest

from qmpgui.qmp import QmpConnection, parse_endpoint
from qmpgui.qmp.debug_log import mask_protocol_log
from qmpgui.qmp.errors import CommandFailed
from tests.helpers.qemu_vm import QemuVm

SECRET = "Zq9DebugSecret"


@pytest.fixture
def debug_log() -> Iterator[io.StringIO]:
    """The root logger at DEBUG into a buffer, as `--debug`'s basicConfig() makes it,
    with the masking qmpgui puts on it."""
    root = logging.getLogger()
    text = io.StringIO()
    handler = logging.StreamHandler(text)
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    mask_protocol_log()
    try:
        yield text
    finally:
        root.removeHandler(handler)
        root.setLevel(level)


@pytest.mark.qemu
def test_no_secret_sent_or_returned_reaches_the_debug_log(
    qemu: QemuVm, debug_log: io.StringIO
) -> None:
    async def main() -> None:
        conn = QmpConnection(parse_endpoint(str(qemu.app_socket)))
        await conn.connect()
        with pytest.raises(CommandFailed):  # no VNC display: refused, naming nothing
            await conn.execute("set_password", {"protocol": "vnc", "password": SECRET})
        await conn.execute(
            "object-add", {"qom-type": "secret", "id": "s0", "data": SECRET, "format": "raw"}
        )
        data = await conn.execute("qom-get", {"path": "/objects/s0", "property": "data"})
        assert data == SECRET  # QEMU 7.2 gives a secret's data back in clear
        # HMP quotes with double quotes only: QEMU sets the password 'pw and names the
        # rest, a piece of the secret, as the `connected` action it refuses.
        said = await conn.execute(
            "human-monitor-command", {"command-line": f"set_password vnc 'pw {SECRET}'"}
        )
        assert isinstance(said, str) and SECRET in said
        await conn.close()

    asyncio.run(main())
    text = debug_log.getvalue()
    assert '"execute": "qom-get"' in text and '"execute": "set_password"' in text
    assert "<--" in text and "-->" in text
    assert SECRET not in text
