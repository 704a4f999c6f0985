from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from qmpgui.models import VmListModel
from qmpgui.models.vm_list import DISK_IO
from qmpgui.models.vm_list_proxy import natural_key
from qmpgui.session import ConnState, VmSession
from qmpgui.session.inspection import BLOCKSTATS
from qmpgui.session.libvirt_connection import LibvirtConnection
from tests.helpers.runner import AsyncRunner
from tests.helpers.vm_list_rows import follow_domains


def test_model_passes_qtmodeltester_and_follows_sessions(
    qtmodeltester: Any, arun: AsyncRunner, tmp_path: Path
) -> None:
    model = VmListModel()
    (tmp_path / "one.sock").write_text("")  # a plain file: an error, not a wait
    one = VmSession("one", str(tmp_path / "one.sock"))
    two = VmSession("", "tcp:127.0.0.1:1")
    model.add(one)
    model.add(two)
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.columnCount() == 4
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Name",
        "State",
        "Disk I/O",
        "Endpoint",
    ]
    assert model.data(model.index(1, 0)) == "tcp:127.0.0.1:1"  # no name: the endpoint
    assert model.data(model.index(0, 1)) == "disconnected"

    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom: changed.append(top.row()))
    one.connect_vm()
    arun.wait(lambda: one.state is ConnState.ERROR)
    assert 0 in changed and 1 not in changed
    assert model.data(model.index(0, 1)) == "error: a file, not a socket"  # the cause, short
    whole = f"error: {tmp_path / 'one.sock'} is a file, not a socket"
    assert whole in model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ForegroundRole) is not None

    model.remove(one)
    qtmodeltester.check(model)
    assert model.rowCount() == 1 and model.session(0) is two
    changed.clear()
    one.stateChanged.emit()  # a removed session no longer repaints rows
    assert changed == []
    arun(one.aclose())


def test_a_libvirt_connection_is_a_row_whose_children_are_its_domains(
    qtmodeltester: Any, arun: AsyncRunner
) -> None:
    # libvirt's test driver: a connection with one running domain, "test", and no daemon.
    model = VmListModel()
    plain = VmSession("plain", "tcp:127.0.0.1:1")
    model.add(plain)
    connection = LibvirtConnection("test:///default")
    model.add_connection(connection)
    domains = follow_domains(model, connection)
    assert model.data(model.index(1, 1)) == "disconnected"
    connection.connect_conn()
    assert model.data(model.index(1, 1)) == "connecting…"
    arun.wait(lambda: connection.state is ConnState.CONNECTED)
    qtmodeltester.check(model)
    top = model.index(1, 0)
    assert model.rowCount() == 2 and model.rowCount(top) == 1
    assert [model.data(model.index(1, c)) for c in range(4)] == [
        "test:///default",
        "connected: 1 domain",
        "",
        "test:///default",
    ]
    child = model.index(0, 0, top)
    assert model.data(child) == "test" and model.parent(child) == top
    assert model.data(model.index(0, 3, top)) == "test:///default#test"
    assert model.item(child) is domains[0] and model.index_of(domains[0]) == child
    assert model.sessions == [plain] and model.all_sessions == [plain, domains[0]]
    model.remove(connection)  # its domains' rows go with it
    qtmodeltester.check(model)
    assert model.rowCount() == 1 and model.all_sessions == [plain]
    arun(connection.aclose())


def test_a_connection_whose_libvirtd_is_not_running_says_so_and_tries_again(
    arun: AsyncRunner, tmp_path: Path
) -> None:
    model = VmListModel()
    connection = LibvirtConnection(f"qemu+unix:///system?socket={tmp_path}/libvirt-sock")
    model.add_connection(connection)
    connection.connect_conn()
    arun.wait(lambda: connection.state is ConnState.WAITING)
    assert str(model.data(model.index(0, 1))).startswith("libvirtd not running: trying again in ")
    tip = str(model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole))
    assert f"nothing listens at {tmp_path}/libvirt-sock" in tip
    arun.wait(lambda: connection.attempt >= 2)  # tried again, by itself
    arun(connection.aclose())


def test_a_connection_row_is_named_by_its_uri_without_the_parameters() -> None:
    model = VmListModel()
    uri = "qemu+ssh://root@db3.example.org:2222/system?keyfile=/home/me/.ssh/db3&no_tty=1"
    model.add_connection(LibvirtConnection(uri))
    name, endpoint = model.data(model.index(0, 0)), model.data(model.index(0, 3))
    assert name == "qemu+ssh://root@db3.example.org:2222/system"  # the user and the host
    assert endpoint == uri  # the whole of it, parameters too
    assert uri in model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)


def test_disk_rates_changed_far_apart_repaint_those_cells_alone(arun: AsyncRunner) -> None:
    """Out of sight, a fleet's rows take their disk rates in turn; a repaint that spanned
    the first changed row to the last held the rows in sight (all of them repainted,
    each asked again by the filter), several times a second."""
    model = VmListModel()
    sessions = [VmSession(f"vm{n}", f"tcp:127.0.0.1:{n + 1}") for n in range(100)]
    for session in sessions:
        model.add(session)
    repainted: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(
        lambda top, bottom: repainted.append(
            (top.row(), bottom.row(), top.column(), bottom.column())
        )
    )
    sessions[3].topicChanged.emit(BLOCKSTATS)
    sessions[90].topicChanged.emit(BLOCKSTATS)
    arun.wait(lambda: any(bottom == 90 for _, bottom, _, _ in repainted))  # one batch
    assert sorted(repainted) == [(3, 3, DISK_IO, DISK_IO), (90, 90, DISK_IO, DISK_IO)]


@given(
    numbers=st.lists(st.integers(0, 10**30), min_size=1, max_size=30, unique=True),
    zeros=st.integers(0, 3),
    upper=st.booleans(),
)
def test_names_sort_by_their_numbers_as_numbers(
    numbers: list[int], zeros: int, upper: bool
) -> None:
    # The key a sort of the VM list by Name or Endpoint goes by.
    names = [f"{'VM' if upper and n % 2 else 'vm'}{'0' * zeros}{n}-disk" for n in numbers]
    ordered = sorted(names, key=natural_key)
    assert [int(name[2:].removesuffix("-disk")) for name in ordered] == sorted(numbers)


def test_a_name_of_thousands_of_digits_still_sorts() -> None:
    huge = "vm" + "9" * 5000  # more digits than int() takes from a text
    assert sorted([huge, "vm10", "vm2"], key=natural_key) == ["vm2", "vm10", huge]
