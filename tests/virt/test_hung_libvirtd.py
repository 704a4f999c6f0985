"""A libvirtd that takes the connection and never answers (frozen, or something else
listening on its socket): the connection row says so within a time limit and tries
again with the usual backoff, its state cut at the end (the cause stays), its name
marked as a connection's. No libvirtd is needed: a socket that never answers stands in."""

from __future__ import annotations

import asyncio
import socket
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from qmpgui.models.vm_list import NAME, STATE
from qmpgui.session import ConnState
from qmpgui.ui.vm_list_view import VmListView
from qmpgui.virt import client
from qmpgui.virt.hub import VirtHub
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, messages

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def silent_socket() -> Iterator[Path]:
    """A unix socket that accepts connections and never says a word."""
    folder = Path(tempfile.mkdtemp(prefix="qmpgui-hung-"))
    path = folder / "slow.sock"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.listen(16)
    try:
        yield path
    finally:
        server.close()
        path.unlink()
        folder.rmdir()


def test_a_libvirtd_that_never_answers_is_said_and_tried_again(
    silent_socket: Path, windows: Windows, arun: AsyncRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(client, "OPEN_TIMEOUT_S", 2.0)
    uri = f"qemu:///system?socket={silent_socket}"
    window = windows.open(uri)
    (connection,) = window.model.connections
    index = window.model.index_of(connection)
    state = index.siblingAtColumn(STATE)
    assert connection.state_text() == "connecting…"
    arun.wait(lambda: connection.state is ConnState.WAITING, timeout=30)
    sentence = (
        f"libvirtd at {silent_socket} accepted the connection but has not answered in 2 s "
        "(is it stuck?)"
    )
    assert sentence in str(state.data(Qt.ItemDataRole.ToolTipRole))
    assert str(state.data()).startswith("libvirtd not answering: trying again in")
    assert [m for m in messages(window) if "has not answered" in m] == [
        f"{uri}: {sentence}; qmpgui tries again"
    ]
    arun.wait(lambda: connection.attempt >= 2, timeout=30)  # the backoff goes on
    assert [m for m in messages(window) if "has not answered" in m] == [
        f"{uri}: {sentence}; qmpgui tries again"
    ]

    # At the list's width the state keeps its cause and loses its end; the name is bold.
    view = window.findChild(VmListView, "vmList")
    assert view is not None
    option = QStyleOptionViewItem()
    view.itemDelegateForColumn(STATE).initStyleOption(option, state)
    assert option.textElideMode is Qt.TextElideMode.ElideRight
    shown = view.fontMetrics().elidedText(str(state.data()), option.textElideMode, 120)
    assert shown.startswith("libvirtd not")
    assert index.siblingAtColumn(NAME).data(Qt.ItemDataRole.FontRole).bold()


def _workers_for(uri: str) -> list[int]:
    """The pids of libvirt workers (python -m qmpgui.virt.worker URI) running for `uri`."""
    pids = []
    for entry in Path("/proc").iterdir():
        try:
            argv = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue  # ended while we looked, or not a process
        if b"qmpgui.virt.worker" in argv and uri.encode() in argv:
            pids.append(int(entry.name))
    return pids


def test_letting_go_of_a_connection_still_opening_ends_its_worker(
    silent_socket: Path, arun: AsyncRunner
) -> None:
    """The window closed while libvirtd has not answered yet: the worker waiting for it
    is gone once the connection is let go of, not left running behind the window."""
    hub = VirtHub()
    uri = f"qemu:///system?socket={silent_socket}"
    shared = hub.acquire(uri)
    waiting = asyncio.get_event_loop().create_task(hub.client(shared))
    arun.wait(lambda: bool(_workers_for(uri)))
    arun(hub.release(shared))
    assert _workers_for(uri) == []
    arun.wait(waiting.done)
    assert waiting.cancelled()
