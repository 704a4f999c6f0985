"""The grouped VM list's model under Qt's model tester: groups come and go with their
rows, an edited endpoint moves its row to its new group, a libvirt connection's
domains hang under its row in its group, and the headers say the counts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from qmpgui.models import VmListModel
from qmpgui.models.vm_groups import GROUP_ROLE, VmGroupModel, summary
from qmpgui.qmp.endpoint_groups import BY_CONNECTION, BY_HOST, local_sockets, this_machine
from qmpgui.session import ConnState, VmSession
from qmpgui.session.libvirt_connection import LibvirtConnection
from tests.helpers.runner import AsyncRunner
from tests.helpers.vm_list_rows import follow_domains


def rows(model: VmGroupModel) -> dict[str, list[str]]:
    """Each group's name with the Names of its rows."""
    out = {}
    for row in range(model.rowCount()):
        group = model.index(row, 0)
        names = [model.index(r, 0, group).data() for r in range(model.rowCount(group))]
        out[group.data(GROUP_ROLE)] = names
    return out


def test_groups_follow_rows_added_edited_and_removed(qtmodeltester: Any, arun: AsyncRunner) -> None:
    vms = VmListModel()
    web = VmSession("web", "/run/web.qmp")
    db = VmSession("db", "tcp:127.0.0.1:4444")
    vms.add(web)
    vms.add(db)
    model = VmGroupModel(vms, BY_CONNECTION)
    qtmodeltester.check(model)  # and it keeps checking every change below
    assert rows(model) == {local_sockets(): ["web"], "tcp:127.0.0.1": ["db"]}
    header = model.index(0, 0)
    assert header.data() == f"{local_sockets()} — 1 VM, none running"
    assert model.item(header) is None and model.index(0, 1).data() == ""
    assert model.data(header, Qt.ItemDataRole.FontRole).bold()
    cache = VmSession("cache", "unix:/run/cache.qmp")
    vms.add(cache)  # into the group it shares with web, in list order
    far = VmSession("far", "ssh://root@host9/run/far.qmp")
    vms.add(far)
    assert rows(model) == {
        local_sockets(): ["web", "cache"],
        "tcp:127.0.0.1": ["db"],
        "ssh://root@host9": ["far"],
    }
    db.update("db", "ssh://root@host9/run/db.qmp", autoconnect=False)  # Edit VM…
    assert rows(model) == {local_sockets(): ["web", "cache"], "ssh://root@host9": ["db", "far"]}
    web.update("web", "ssh://root@host9/run/web.qmp", autoconnect=False)
    assert rows(model)["ssh://root@host9"] == ["web", "db", "far"]  # the list's order
    assert model.index_of(db) == model.index(1, 0, model.index(1, 0))
    assert model.item(model.index_of(far)) is far
    vms.remove(cache)  # the group's last row: the group goes
    assert rows(model) == {"ssh://root@host9": ["web", "db", "far"]}
    assert model.index_of(cache).isValid() is False
    by_host = VmGroupModel(vms, BY_HOST)
    qtmodeltester.check(by_host)
    assert rows(by_host) == {"host9": ["web", "db", "far"]}
    for session in (web, db, cache, far):
        arun(session.aclose())


def test_a_connection_and_its_domains_in_their_group(qtmodeltester: Any, arun: AsyncRunner) -> None:
    # libvirt's test driver: a connection with one running domain, "test", and no daemon.
    vms = VmListModel()
    model = VmGroupModel(vms, BY_HOST)
    qtmodeltester.check(model)
    plain = VmSession("plain", "/run/plain.qmp")
    vms.add(plain)
    connection = LibvirtConnection("test:///default")
    vms.add_connection(connection)
    domains = follow_domains(vms, connection)
    connection.connect_conn()
    arun.wait(lambda: connection.state is ConnState.CONNECTED and len(domains) == 1)
    here = this_machine()
    assert rows(model) == {here: ["plain", "test:///default"]}
    row = model.index_of(connection)
    assert model.rowCount(row) == 1 and model.index(0, 0, row).data() == "test"
    assert model.parent(model.index_of(domains[0])) == row
    assert model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole) == (
        f"group {here}: 2 VMs, none running"
    )
    vms.remove(domains[0])  # undefined in libvirt: its row goes from the group's count
    assert model.rowCount(row) == 0
    assert model.index(0, 0).data() == f"{here} — 1 VM, none running"
    vms.remove(connection)
    assert rows(model) == {here: ["plain"]}
    arun(connection.aclose())
    arun(plain.aclose())


def test_the_counts_in_words(arun: AsyncRunner, tmp_path: Path) -> None:
    assert summary([]) == "no VMs"
    (tmp_path / "one.sock").write_text("")  # a plain file: an error, a problem
    broken, idle = VmSession("a", str(tmp_path / "one.sock")), VmSession("b", "/b.qmp")
    assert summary([broken, idle]) == "2 VMs, none running"
    assert summary([idle], total=2) == "1 of 2 VMs, none running"  # a filter hides one
    assert summary([], total=1) == "0 of 1 VM, none running"
    broken.connect_vm()
    arun.wait(lambda: broken.state is ConnState.ERROR)
    assert summary([broken, idle]) == "2 VMs, none running, 1 with a problem"
    assert summary([broken]) == "1 VM, none running, 1 with a problem"
    arun(broken.aclose())
