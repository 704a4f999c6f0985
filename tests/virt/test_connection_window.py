"""libvirt connections in the VM list: added through File → Add connection, every
domain of the connection under it (shut-off ones too) with libvirt's live state, one
worker process per connection, and the connection's own state (lost, libvirtd not
running), each checked against the tests' own libvirtd with virsh."""

from __future__ import annotations

import itertools
import json
import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer

from qmpgui.app.main_window import MainWindow
from qmpgui.session import ConnState, VmSession
from qmpgui.session.libvirt_connection import LibvirtConnection
from qmpgui.store.config import default_config_path
from qmpgui.ui.connection_dialog import ConnectionDialog
from tests.helpers.dialogs import when_modal
from tests.helpers.libvirtd import URI, Libvirtd, virsh
from tests.helpers.processes import children_of
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, act, messages, status_text

pytestmark = [pytest.mark.libvirt, pytest.mark.qemu, pytest.mark.timeout(300)]

NO_QUESTIONS = {"confirm_destructive": False}
_names = itertools.count(1)


def new_name() -> str:
    return f"qmpgui-tree-{os.getpid()}-{next(_names)}"


def row_texts(window: MainWindow, item: VmSession | LibvirtConnection) -> list[str]:
    """The row of `item` as the list shows it: each column's text."""
    model = window.model
    index = model.index_of(item)
    return [str(model.index(index.row(), c, index.parent()).data() or "") for c in range(4)]


def domain_row(window: MainWindow, name: str) -> VmSession | None:
    """The session of the domain `name` under the list's connection, if it shows."""
    (connection,) = window.model.connections
    return next(
        (s for s in window.model.domain_sessions(connection) if s.configured_name == name), None
    )


def state_of(window: MainWindow, name: str) -> str:
    session = domain_row(window, name)
    return row_texts(window, session)[1] if session is not None else "(no row)"


def add_connection(window: MainWindow, uri: str) -> None:
    """File → Add connection…, the URI typed, OK clicked."""

    def fill(dialog: ConnectionDialog) -> None:
        dialog.uri_edit.setText(uri)
        dialog.accept()

    when_modal(ConnectionDialog, fill)
    act(window, "actionAddConnection").trigger()


def worker_processes(uri: str) -> list[int]:
    """The pids of this process's libvirt workers for `uri`, from the process table."""
    found = []
    for pid in children_of(os.getpid()):
        try:
            argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        except OSError:
            continue  # ended while we looked
        if b"qmpgui.virt.worker" in argv and uri.encode() in argv:
            found.append(pid)
    return found


def test_a_connection_added_in_the_dialog_lists_its_domains_with_states_and_is_saved(
    domain: str, libvirtd: Libvirtd, windows: Windows, arun: AsyncRunner
) -> None:
    off = libvirtd.define(new_name(), start=False)
    window = windows.open(config=NO_QUESTIONS)
    add_connection(window, URI)
    arun.wait(lambda: len(window.model.connections) == 1)
    (connection,) = window.model.connections
    arun.wait(lambda: state_of(window, domain) == "running", timeout=90)
    arun.wait(lambda: state_of(window, off) == "shut off")
    # The connection's row says how it stands; its domains hang under it, by name.
    names = {s.configured_name for s in window.model.domain_sessions(connection)}
    assert {domain, off} <= names
    assert row_texts(window, connection)[1] == f"connected: {len(names)} domains"
    assert row_texts(window, domain_row(window, domain))[3] == f"{URI}#{domain}"  # type: ignore[arg-type]
    assert window.vm_list.isExpanded(window.vm_list.index_of(connection))
    saved = json.loads(default_config_path().read_text())
    assert saved["connections"] == [{"uri": URI, "autoconnect": True}]
    windows.close(window)
    # Started again on the same file: the connection is back, with its domains.
    again = windows.open()
    arun.wait(lambda: len(again.model.connections) == 1)
    arun.wait(lambda: state_of(again, domain) == "running", timeout=90)
    arun.wait(lambda: state_of(again, off) == "shut off")


def test_domains_defined_and_undefined_with_virsh_appear_and_go(
    libvirtd: Libvirtd, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.open(URI, config=NO_QUESTIONS)
    arun.wait(lambda: window.model.connections[0].state is ConnState.CONNECTED, timeout=90)
    name = libvirtd.define(new_name(), start=False)
    arun.wait(lambda: state_of(window, name) == "shut off")
    libvirtd.undefine(name)
    arun.wait(lambda: domain_row(window, name) is None)
    undefined = f"domain {name} was undefined in libvirt; removed from the list"
    arun.wait(lambda: undefined in status_text(window))
    arun.qtbot.wait(500)  # nothing said after it
    assert undefined in status_text(window)
    assert [m for m in messages(window) if undefined in m] == [f"{URI}: {undefined}"]
    assert not [m for m in messages(window) if "disconnected by the user" in m]


def test_virsh_start_suspend_and_destroy_change_the_domain_rows_state(
    libvirtd: Libvirtd, windows: Windows, arun: AsyncRunner
) -> None:
    name = libvirtd.define(new_name(), start=False)
    window = windows.open(URI, config=NO_QUESTIONS)
    arun.wait(lambda: state_of(window, name) == "shut off", timeout=90)
    virsh("start", name)
    arun.wait(lambda: state_of(window, name) == "running")
    virsh("suspend", name)
    arun.wait(lambda: state_of(window, name) == "paused")
    virsh("destroy", name)
    arun.wait(lambda: state_of(window, name) == "shut off (destroyed)")


def test_a_shut_off_domain_is_not_asked_about_again_and_again(
    libvirtd: Libvirtd, windows: Windows, arun: AsyncRunner
) -> None:
    name = libvirtd.define(new_name(), start=False)
    window = windows.open(URI, config=NO_QUESTIONS)
    arun.wait(lambda: state_of(window, name) == "shut off", timeout=90)
    session = domain_row(window, name)
    assert session is not None and session.domain is not None and session.domain.client
    client = session.domain.client
    asked: list[str] = []
    request = client.request

    async def counted(op: str, *args: object, **kwargs: object) -> object:
        if kwargs.get("domain") == name:
            asked.append(op)
        return await request(op, *args, **kwargs)  # type: ignore[arg-type]

    client.request = counted  # type: ignore[method-assign]
    arun.qtbot.wait(5000)  # the behaviour under test: five seconds of nothing asked
    assert asked == []
    virsh("start", name)  # libvirt's event, not a poll, brings it up
    arun.wait(lambda: session.connected and session.run_status == "running")


def test_one_worker_process_serves_a_connection_and_its_three_domains(
    libvirtd: Libvirtd, windows: Windows, arun: AsyncRunner
) -> None:
    names = [libvirtd.define(new_name(), start=n > 0) for n in range(3)]
    window = windows.open(URI, config=NO_QUESTIONS)
    arun.wait(lambda: all(domain_row(window, n) is not None for n in names), timeout=90)
    arun.wait(lambda: all(domain_row(window, n).connected for n in names[1:]))  # type: ignore[union-attr]
    arun.wait(lambda: state_of(window, names[0]) == "shut off")
    assert len(worker_processes(URI)) == 1


def test_libvirtd_killed_the_connection_says_lost_and_comes_back(
    domain: str, libvirtd: Libvirtd, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.open(URI, config=NO_QUESTIONS)
    arun.wait(lambda: state_of(window, domain) == "running", timeout=90)
    (connection,) = window.model.connections
    libvirtd.kill_libvirtd()
    try:
        arun.wait(lambda: row_texts(window, connection)[1].startswith("lost: trying again in"))
        assert "libvirt closed the connection" in str(
            window.model.index_of(connection).data(Qt.ItemDataRole.ToolTipRole)
        )
    finally:
        libvirtd.restart_libvirtd()
    arun.wait(lambda: connection.state is ConnState.CONNECTED, timeout=90)
    arun.wait(lambda: state_of(window, domain) == "running", timeout=90)


def test_libvirtd_not_running_at_start_is_said_and_the_window_runs_on(
    domain: str, libvirtd: Libvirtd, windows: Windows, arun: AsyncRunner
) -> None:
    libvirtd.kill_libvirtd()
    try:
        window = windows.open(URI, config=NO_QUESTIONS)
        (connection,) = window.model.connections
        ticks: list[float] = []
        timer = QTimer()
        timer.timeout.connect(lambda: ticks.append(time.monotonic()))
        timer.start(50)
        arun.wait(lambda: connection.state is ConnState.WAITING)
        arun.wait(lambda: len(ticks) >= 20)
        timer.stop()
        assert max(b - a for a, b in itertools.pairwise(ticks)) < 1.0
        assert row_texts(window, connection)[1].startswith("libvirtd not running: trying again")
        assert "nothing listens at /var/run/libvirt/libvirt-sock" in (connection.error or "")
    finally:
        libvirtd.restart_libvirtd()
    arun.wait(lambda: state_of(window, domain) == "running", timeout=120)


def test_a_connection_given_on_the_command_line_is_not_saved_and_removing_it_keeps_libvirts_domains(
    domain: str, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.open(URI, config=NO_QUESTIONS)
    arun.wait(lambda: state_of(window, domain) == "running", timeout=90)
    (connection,) = window.model.connections
    assert connection.transient
    window.select_session(domain_row(window, domain))  # type: ignore[arg-type]
    assert act(window, "actionStop").isEnabled()  # a domain's actions, as for any VM
    window.vm_list.selectionModel().setCurrentIndex(
        window.vm_list.index_of(connection),
        window.vm_list.selectionModel().SelectionFlag.ClearAndSelect
        | window.vm_list.selectionModel().SelectionFlag.Rows,
    )
    assert window.selection.current is None  # the panes show no VM
    assert not act(window, "actionStop").isEnabled()
    assert act(window, "actionStop").toolTip()
    act(window, "actionRemoveVm").trigger()
    arun.wait(lambda: window.model.rowCount() == 0)
    assert domain in virsh("list", "--all", "--name").split()
    assert not default_config_path().exists() or "connections" not in json.loads(
        default_config_path().read_text()
    )
