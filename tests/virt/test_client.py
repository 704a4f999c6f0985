"""The libvirt worker and its asyncio client, without a window: domains listed with
their state in libvirt's words, and lifecycle and QMP events pushed as they happen."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from qmpgui.virt.client import VirtClient
from tests.helpers.libvirtd import URI, virsh

pytestmark = [pytest.mark.libvirt, pytest.mark.qemu, pytest.mark.timeout(300)]


def test_domains_are_listed_with_live_state_and_events(domain: str) -> None:
    async def scenario() -> tuple[dict[str, Any], dict[str, Any], list[dict[str, Any]]]:
        client = VirtClient(URI)
        events: list[dict[str, Any]] = []
        suspended = asyncio.Event()

        def take(event: dict[str, Any]) -> None:
            events.append(event)
            if event.get("kind") == "suspended" and event.get("domain") == domain:
                suspended.set()

        client.on_event(take)
        await client.open()
        try:
            before = next(d for d in await client.request("list") if d["name"] == domain)
            await asyncio.to_thread(virsh, "suspend", domain)
            async with asyncio.timeout(30):
                await suspended.wait()
            after = next(d for d in await client.request("list") if d["name"] == domain)
            return before, after, events
        finally:
            await client.close()

    before, after, events = asyncio.run(scenario())
    assert before["words"] == "running (booted)" and before["active"] is True
    assert before["uuid"] == virsh("domuuid", domain)
    assert after["words"] == "paused (user)"
    ours = [e for e in events if e.get("domain") == domain]
    assert any(e["event"] == "lifecycle" and e["kind"] == "suspended" for e in ours)
    assert any(e["event"] == "qmp" and e["message"]["event"] == "STOP" for e in ours)
