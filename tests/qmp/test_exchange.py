"""The raw exchange (the console's and the batch runners' path): what the user wrote goes
out, `exec-oob` included, and the reply keeps the user's id of any JSON type."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from qmpgui.qmp import InvalidRequest, QmpConnection, parse_endpoint
from tests.helpers.fake_qmp import GREETING_WITHOUT_OOB, FakeQmpServer, RecordingServer
from tests.helpers.qemu_vm import QemuVm


async def connected(path: Path) -> QmpConnection:
    conn = QmpConnection(parse_endpoint(str(path)))
    await conn.connect()
    return conn


@pytest.mark.qemu
def test_ids_of_every_json_type_come_back_as_written(qemu: QemuVm) -> None:
    ids: list[Any] = [7, 0, -3, 2.5, True, None, [1, {"x": None}], {"n": 1}, "s-1"]

    async def main() -> list[dict[str, Any]]:
        conn = await connected(qemu.app_socket)
        try:
            # All at once: each reply must find its own request.
            return list(
                await asyncio.gather(
                    *(conn.exchange({"execute": "query-name", "id": i}) for i in ids)
                )
            )
        finally:
            await conn.close()

    replies = asyncio.run(main())
    assert [r["id"] for r in replies] == ids
    assert [type(r["id"]) for r in replies] == [type(i) for i in ids]  # True stays no 1
    assert all(r["return"] == {"name": "testvm"} for r in replies)


@pytest.mark.qemu
def test_exec_oob_goes_out_of_band_on_a_real_qemu(qemu: QemuVm) -> None:
    async def main() -> tuple[bool, dict[str, Any], dict[str, Any], dict[str, Any]]:
        conn = await connected(qemu.app_socket)
        try:
            yank = await conn.exchange({"exec-oob": "query-yank", "id": 42})
            # Only commands marked allow-oob run out-of-band: QEMU says so of others,
            # which it could not if the message had gone out as "execute".
            status = await conn.exchange({"exec-oob": "query-status", "id": "s"})
            plain = await conn.exchange({"exec-oob": "yank", "arguments": {"instances": []}})
            return conn.oob, yank, status, plain
        finally:
            await conn.close()

    oob, yank, status, plain = asyncio.run(main())
    assert oob
    assert yank["id"] == 42 and isinstance(yank["return"], list)
    assert status["id"] == "s"
    assert status["error"] == {
        "class": "GenericError",
        "desc": "The command query-status does not support OOB",
    }
    assert plain == {"return": {}}


def test_oob_is_enabled_at_negotiation_where_offered(short_tmp: Path) -> None:
    server = RecordingServer()
    with FakeQmpServer(short_tmp / "oob.sock", server):
        conn = asyncio.run(connect_and_close(short_tmp / "oob.sock"))
    assert conn.oob
    assert server.messages[0] == {
        "execute": "qmp_capabilities",
        "arguments": {"enable": ["oob"]},
    }


def test_without_oob_nothing_is_enabled_and_exec_oob_is_refused(short_tmp: Path) -> None:
    server = RecordingServer(GREETING_WITHOUT_OOB)

    async def main() -> tuple[QmpConnection, str, dict[str, Any]]:
        conn = await connected(short_tmp / "old.sock")
        try:
            with pytest.raises(InvalidRequest) as refused:
                await conn.exchange({"exec-oob": "migrate-pause", "id": 1})
            later = await conn.exchange({"execute": "query-status", "id": 2})
            return conn, str(refused.value), later
        finally:
            await conn.close()

    with FakeQmpServer(short_tmp / "old.sock", server):
        conn, refusal, later = asyncio.run(main())
    assert not conn.oob
    assert server.messages[0].get("arguments", {}) == {}  # nothing to enable
    assert refusal == (
        "migrate-pause not sent out-of-band: this QEMU does not offer it (no 'oob' "
        "capability in its greeting; QEMU 2.12 and later offer it on a QMP monitor): "
        'use "execute"'
    )
    assert "migrate-pause" not in server.commands  # nothing went out
    assert later["id"] == 2 and later["return"]["status"] == "running"


def test_a_string_id_in_use_is_still_refused(short_tmp: Path) -> None:
    server = RecordingServer()

    async def main() -> None:
        conn = await connected(short_tmp / "ids.sock")
        try:
            with pytest.raises(InvalidRequest):
                await conn.exchange({"execute": "query-status", "id": "__qmp#00001"})
        finally:
            await conn.close()

    with FakeQmpServer(short_tmp / "ids.sock", server):
        asyncio.run(main())


async def connect_and_close(path: Path) -> QmpConnection:
    conn = await connected(path)
    await conn.close()
    return conn
