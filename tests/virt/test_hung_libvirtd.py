"""A libvirtd that takes the connection and never answers (frozen, or something else
listening on its socket): the connection row says so within a time limit and tries
again with the usual backoff, its state cut at the end (the cause stays), its name
marked as a connection's. No libvirtd is needed: a socket that never answers stands in."""

from __future__ import annotations

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
