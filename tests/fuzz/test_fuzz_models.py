"""The panes and the VM list show any replies readably: the model tester finds
nothing wrong, every cell is one line of text, and "copy as text" has one line
per row, before, during and after a refresh with damaged replies.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from qmpgui.models.block_model import BlockModel
from qmpgui.models.display_model import DisplayModel
from qmpgui.models.machine_model import MachineModel
from qmpgui.models.node_tree import NodeTreeModel
from qmpgui.models.pci_model import PciModel
from qmpgui.models.vm_list import COLUMNS as VM_COLUMNS
from qmpgui.models.vm_list import SPARKLINE_ROLE, VmListModel
from qmpgui.qmp.types import Event, Greeting, StatusInfo, VersionInfo, parse_name, parse_uuid
from qmpgui.session import ConnState, VmSession
from tests.helpers.fuzz_panes import check_model
from tests.helpers.strategies import (
    FUZZ,
    SEEDS,
    assert_one_line,
    events,
    inspect,
    replies_for,
    server_replies,
)

MODELS: tuple[type[NodeTreeModel], ...] = (BlockModel, PciModel, DisplayModel, MachineModel)


@pytest.fixture(autouse=True)
def _app(qapp: Any) -> None:
    """VmSession is a QObject: the QApplication comes first."""


@st.composite
def sessions(draw: st.DrawFn) -> VmSession:
    """A session as a connection leaves it, every reply drawn."""
    session = VmSession(draw(st.sampled_from(["", "vm1"])), "unix:/nonexistent")
    session.state = draw(st.sampled_from([ConnState.CONNECTED, ConnState.CONNECTED, *ConnState]))
    info = session.info
    info.status = StatusInfo.parse(draw(replies_for("query-status"), label="query-status"))
    greeting = Greeting.parse(draw(replies_for("greeting"), label="greeting"))
    info.version = greeting.version
    if info.version.major is None:
        info.version = VersionInfo.parse(draw(replies_for("query-version"), label="version"))
    info.query_name = parse_name(draw(replies_for("query-name"), label="query-name"))
    info.uuid = parse_uuid(draw(replies_for("query-uuid"), label="query-uuid"))
    info.command_count = draw(st.none() | st.integers(0, 2**70))
    info.event_count = draw(st.none() | st.integers(0, 2**70))
    for _ in range(draw(st.integers(1, 2))):  # two samples give I/O rates
        inspect(session.inspection, draw(server_replies()))
    for raw in draw(st.lists(events(), max_size=3)):
        session.inspection.apply_event(Event.parse(raw))
    return session


def _block_device(**inserted: object) -> list[object]:
    return [{"device": "ide0-hd0", "removable": False, "inserted": inserted}]


#: Replies that once broke a pane: a line break in a server's string.
ODD_REPLIES: dict[str, object] = {
    "query-block": _block_device(file="/images/a\nb.qcow2", drv="qcow2\x00"),
    "query-chardev": [{"label": "serial\r0", "filename": "pty:/dev/pts/3\n"}],
    "query-vnc": {"enabled": True, "host": "::\u2028", "service": "5900", "clients": []},
    "query-spice": {
        "enabled": True,
        "host": "0.0.0.0",
        "port": 5930,
        "channels": [{"host": "h\n", "port": "1", "channel-type": 2**70}],
    },
    "query-pci": [
        {
            "bus": 0,
            "devices": [
                {
                    "bus": 0,
                    "slot": 1,
                    "function": 0,
                    "qdev_id": "n\ti",
                    "class_info": {"class": 2**64 - 1, "desc": "x\ny"},
                    "id": {"device": 2**70, "vendor": -1},
                }
            ],
        }
    ],
    "qom-get": "pc\n-machine",
}


def _with_odd_replies(test: Callable[..., None]) -> Callable[..., None]:
    return example(replies=ODD_REPLIES)(test)


@FUZZ
@given(replies=server_replies())
@_with_odd_replies
def test_odd_replies_read_as_one_line_per_cell(
    qtmodeltester: Any, replies: dict[str, object]
) -> None:
    session = VmSession("vm1", "unix:/nonexistent")
    session.state = ConnState.CONNECTED
    inspect(session.inspection, replies)
    for cls in MODELS:
        model = cls()
        model.refresh(session)
        check_model(qtmodeltester, model)


@settings(
    FUZZ, max_examples=50
)  # each example: 2 sessions x 4 models x 3 refreshes, ~0.3 s under load
@given(first=sessions(), second=sessions())
def test_panes_show_any_session_readably(
    qtmodeltester: Any, first: VmSession, second: VmSession
) -> None:
    for cls in MODELS:
        model = cls()
        model.refresh(first)
        check_model(qtmodeltester, model)
        model.refresh(second)  # the tester stays attached: it checks every signal
        check_model(qtmodeltester, model)
        model.refresh(first)
        check_model(qtmodeltester, model)


@settings(FUZZ, max_examples=100)
@given(rows=st.lists(sessions(), min_size=1, max_size=3))
@example(rows=[])  # an empty list
def test_the_vm_list_shows_any_session_readably(qtmodeltester: Any, rows: list[VmSession]) -> None:
    model = VmListModel()
    qtmodeltester.check(model)
    for session in rows:
        model.add(session)
    qtmodeltester.check(model)
    for row in range(model.rowCount()):
        for column, header in enumerate(VM_COLUMNS):
            index = model.index(row, column)
            assert_one_line(model.data(index), f"VM list row {row} {header}")
            assert_one_line(model.data(index, Qt.ItemDataRole.AccessibleTextRole), header)
            assert isinstance(model.data(index, Qt.ItemDataRole.ToolTipRole), str)
            model.data(index, Qt.ItemDataRole.ForegroundRole)
        history = model.data(model.index(row, VM_COLUMNS.index("Disk I/O")), SPARKLINE_ROLE)
        assert all(isinstance(v, float | int) and v >= 0 for v in history)
        model.session(row).stateChanged.emit()
    for session in rows:
        model.remove(session)
    qtmodeltester.check(model)


@pytest.mark.parametrize("state", [ConnState.CONNECTED, ConnState.ERROR, ConnState.RECONNECTING])
def test_the_vm_list_shows_a_name_with_line_breaks_on_one_line(
    qtmodeltester: Any, state: ConnState
) -> None:
    session = VmSession("", "unix:/tmp/a\nb.sock")
    session.info.query_name = parse_name({"name": "web\nserver\u2028"})
    session.info.status = StatusInfo.parse({"status": "paused\r\n", "running": False})
    session.state, session.error = state, "Connection refused\n(os error 111)"
    model = VmListModel()
    model.add(session)
    qtmodeltester.check(model)
    for column, header in enumerate(VM_COLUMNS):
        assert_one_line(model.data(model.index(0, column)), header)
        assert_one_line(
            model.data(model.index(0, column), Qt.ItemDataRole.AccessibleTextRole), header
        )


def test_the_seeds_cover_every_pane() -> None:
    """The mutations start from real replies of every command the panes read."""
    for command in (
        "query-block",
        "query-blockstats",
        "query-pci",
        "query-vnc",
        "query-vnc-servers",
        "query-spice",
        "query-cpus-fast",
        "query-cpus",
        "query-mice",
        "query-chardev",
        "query-kvm",
        "query-status",
        "query-version",
        "greeting",
        "qom-get",
        "query-target",
    ):
        assert SEEDS.get(command), command
