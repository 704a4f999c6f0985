"""A libvirt connection of 200 domains in the window (libvirt's test driver reading a
file of them: no daemon): every domain listed with its state from the one listing,
its rows added a slice at a time. The same against a real libvirtd, timed, is
bench/libvirt_domains.py."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex

from qmpgui.models.vm_list import STATE
from qmpgui.session import ConnState
from qmpgui.session.libvirt_connection import LISTING_SLICE
from qmpgui.virt.client import VirtClient
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows

DOMAINS = 200
#: One domain in this many runs; the rest are shut off.
RUNNING_EVERY = 20


def node_file(folder: Path) -> Path:
    """A test-driver node of DOMAINS domains (test:///PATH), vm000 ... vm199."""
    domains = "\n".join(
        f"<domain type='test' xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>"
        f"<name>vm{n:03d}</name><memory>32768</memory><os><type>hvm</type></os>"
        f"<test:runstate>{1 if n % RUNNING_EVERY == 0 else 5}</test:runstate></domain>"
        for n in range(DOMAINS)
    )
    path = folder / "node.xml"
    path.write_text(f"<node>\n{domains}\n</node>\n")
    return path


@pytest.fixture
def requests(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ops every libvirt worker of the test is asked for, in order."""
    asked: list[str] = []
    send = VirtClient.request

    async def request(client: VirtClient, op: str, *args: Any, **kwargs: Any) -> Any:
        asked.append(op)
        return await send(client, op, *args, **kwargs)

    monkeypatch.setattr(VirtClient, "request", request)
    return asked


def test_200_domains_show_their_states_from_the_one_listing_added_in_slices(
    windows: Windows, arun: AsyncRunner, tmp_path: Path, requests: list[str]
) -> None:
    window = windows.open(f"test://{node_file(tmp_path)}", config={"vms": []})
    (connection,) = window.model.connections
    insertions: list[int] = []
    window.model.rowsInserted.connect(
        lambda parent, first, last: (
            insertions.append(last - first + 1) if parent.isValid() else None
        )
    )
    arun.wait(lambda: connection.state is ConnState.CONNECTED)
    arun.wait(lambda: len(window.model.domain_sessions(connection)) == DOMAINS)
    sessions = window.model.domain_sessions(connection)
    arun.wait(lambda: all(s.state is not ConnState.CONNECTING for s in sessions))

    top = window.model.index_of(connection)
    states = {
        window.model.index(row, 0, top).data(): window.model.index(row, STATE, top).data()
        for row in range(window.model.rowCount(top))
    }
    assert len(states) == DOMAINS
    assert states["vm001"] == states["vm199"] == "shut off"
    assert all(states[f"vm{n:03d}"] == "shut off" for n in range(DOMAINS) if n % RUNNING_EVERY)
    # The running ones were looked at (the test driver has no QEMU monitor to open).
    assert not any(states[f"vm{n:03d}"] == "shut off" for n in range(0, DOMAINS, RUNNING_EVERY))
    assert window.model.index(0, STATE, QModelIndex()).data() == "connected: 200 domains"
    # Each domain's state came with the listing: no domain was asked for it again.
    assert requests.count("list") == 1
    assert "state" not in requests
    # A slice of rows at a time, not a row (and a layout of the list) per domain.
    slices = -(-DOMAINS // LISTING_SLICE)
    assert insertions == [LISTING_SLICE] * (slices - 1) + [DOMAINS - LISTING_SLICE * (slices - 1)]
