"""What Migrate… refuses before anything is sent: a libvirt domain without its monitor
(on libvirt's test driver, `test:///default`, no daemon), whose migration is libvirt's
to make; the destination URIs that cannot work (a QEMU's, a domain's), each said in a
sentence; and the options a
destination lacks, greyed saying which side."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from qmpgui.qmp.action_kinds import MigrationAction
from qmpgui.qmp.libvirt_uri import data_address_problem, migration_destination_problem
from qmpgui.qmp.migration_uri import UriRules, uri_problem
from tests.helpers.fake_qmp import FakeQmpServer, RecordingServer, negotiate, read_command, reply
from tests.helpers.migrate_window import open_dialog
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, act, messages

TEST_URI = "test:///default"
CONFIG = {"vms": []}


def test_a_libvirt_domain_is_offered_libvirts_migration_not_qmps(
    windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.open(TEST_URI, config=CONFIG)
    (connection,) = window.model.connections
    arun.wait(lambda: len(window.model.domain_sessions(connection)) == 1)
    (domain,) = window.model.domain_sessions(connection)
    window.vm_list.setCurrentIndex(window.vm_list.index_of(domain))
    migrate = act(window, "actionMigrate")
    # The test driver's domain has no monitor: refused, and the tip says what it would do.
    arun.wait(lambda: "libvirt's migrate, as virsh migrate --live" in migrate.toolTip())
    assert migrate.toolTip().endswith("— not connected")
    window.vm_actions.run(MigrationAction.MIGRATE)  # as a shortcut would, were it enabled
    assert any("Migrate: not connected" in m for m in messages(window))
    assert window.vm_actions.migrate.dialog is None


OWN = "qemu:///system"


@pytest.mark.parametrize(
    ("uri", "says"),
    [
        ("", "the URI is empty"),
        ("qemu:///system", "is the connection this domain runs on"),
        ("qemu:///system/", "is the connection this domain runs on"),
        ("tcp:host:4444", "is a QMP endpoint, not a libvirt connection"),
        ("qemu+ssh://host/nowhere", "a qemu URI ends in /system"),
        ("lxc:///", "libvirt's lxc driver"),
        ("qemu:///system#vm1", "names a domain"),
    ],
)
def test_a_domains_destination_that_cannot_work_is_said(uri: str, says: str) -> None:
    assert says in (migration_destination_problem(uri, OWN) or "")


def test_another_connection_and_data_addresses_pass() -> None:
    assert migration_destination_problem("qemu+ssh://root@host2/system", OWN) is None
    assert migration_destination_problem("qemu:///session", OWN) is None
    for good in ("", "tcp://127.0.0.1", "tcp://host2:49152", "tcp://[::1]:49152"):
        assert data_address_problem(good) is None, good
    for bad in ("127.0.0.1", "tcp://", "tcp://host:99999", "tcp:host:4444"):
        assert "is not a data address" in (data_address_problem(bad) or ""), bad


@pytest.mark.parametrize(
    ("uri", "rules", "says"),
    [
        ("", UriRules(), "give the destination"),
        ("tcp:127.0.0.1", UriRules(), "tcp: needs a host and a port"),
        ("tcp::4444", UriRules(), "tcp: needs a host and a port"),
        ("tcp:host:70000", UriRules(), "'70000' is not a port"),
        ("tcp:[::1]4444", UriRules(), "tcp:[ADDRESS]:PORT"),
        ("unix:", UriRules(), "unix: needs the socket's path"),
        ("exec:", UriRules(), "exec: needs a command"),
        ("exec:cat > /tmp/vm.mig", UriRules(domain=True), "not for a libvirt domain"),
        ("file:/tmp/vm.mig", UriRules(), "cannot migrate to a file"),
        ("dest.example", UriRules(), "is not a migration URI"),
        ("ftp://example/vm", UriRules(), "'ftp:' is not a migration URI"),
        # Written as URLs are: QEMU reads "//127.0.0.1" as the host and fails later.
        ("tcp://127.0.0.1:4444", UriRules(), 'no "//": write tcp:127.0.0.1:4444'),
        ("unix:///run/dest.sock", UriRules(), 'no "//": write unix:/run/dest.sock'),
        # No scheme: the one meant is proposed, not the host quoted as one.
        ("127.0.0.1:4444", UriRules(), "starts with its kind: write tcp:127.0.0.1:4444"),
        ("host:4444", UriRules(), "starts with its kind: write tcp:host:4444"),
        ("[::1]:4444", UriRules(), "starts with its kind: write tcp:[::1]:4444"),
        ("/run/dest.sock", UriRules(), "starts with its kind: write unix:/run/dest.sock"),
    ],
)
def test_a_uri_that_cannot_work_is_said_before_sending(
    uri: str, rules: UriRules, says: str
) -> None:
    assert says in (uri_problem(uri, rules) or "")


@pytest.mark.parametrize(
    ("uri", "rules"),
    [
        ("tcp:127.0.0.1:4444", UriRules()),
        ("tcp:[::1]:4444", UriRules()),
        ("unix:/run/dest.sock", UriRules()),
        ("exec:cat > /tmp/vm.mig", UriRules()),
        ("file:/tmp/vm.mig", UriRules(file=True)),
    ],
)
def test_the_uris_qemu_takes_pass(uri: str, rules: UriRules) -> None:
    assert uri_problem(uri, rules) is None


# -- a destination without an option -----------------------------------------------------

#: What an older QEMU waiting in inmigrate offers: no multifd, no postcopy (QEMU 7.2 has
#: both, so this side is a fake server: a real one cannot lack them here).
OLD_CAPABILITIES = [
    {"capability": name, "state": False} for name in ("xbzrle", "auto-converge", "events")
]
OLD_SCHEMA = [
    {"name": name, "meta-type": "command"}
    for name in ("query-status", "query-migrate", "query-migrate-capabilities", "migrate-incoming")
]


async def old_destination(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    await negotiate(reader, writer)
    while True:
        request = await read_command(reader)
        value: object = {
            "query-status": {"status": "inmigrate", "running": False},
            "query-qmp-schema": OLD_SCHEMA,
            "query-migrate-capabilities": OLD_CAPABILITIES,
            "query-name": {"name": "old-dest"},
        }.get(str(request.get("execute")), {})
        writer.write(reply(request, value))
        await writer.drain()


@pytest.mark.qemu
def test_an_option_the_destination_lacks_is_greyed_saying_which_side(
    qemu: QemuVm, short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    with FakeQmpServer(short_tmp / "old.sock", old_destination):
        window = windows.on(qemu, short_tmp / "old.sock")
        arun.wait(lambda: window.model.session(1).run_status == "inmigrate")
        dialog = open_dialog(window, arun)
        assert "old-dest" in dialog.target.currentText()
        arun.wait(lambda: not dialog.switches["multifd"].isEnabled())
        assert "old-dest's QEMU does not offer it" in dialog.why["multifd"].text()
        assert not dialog.switches["postcopy-ram"].isEnabled()
        assert dialog.switches["xbzrle"].isEnabled()  # both sides have it
        # A URI typed instead: the source's own offer decides, and the line says the
        # QEMU listening there must have it on too.
        dialog.target.setCurrentIndex(0)
        assert dialog.switches["multifd"].isEnabled()
        assert "must have it on too" in dialog.why["multifd"].text()
        dialog.close()


def test_qemus_refusal_while_it_holds_the_last_migration_is_said_in_words(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    # QEMU 7.2 refuses `migrate` between a migration's "failed" and its clean-up (seen
    # after a failed multifd attempt); a race real QEMU gives only now and then: the fake.
    names = ("query-status", "migrate", "query-migrate", "query-migrate-capabilities")
    schema = [{"name": name, "meta-type": "command"} for name in names]
    qemu = RecordingServer(
        answers={"query-qmp-schema": schema}, refusals={"migrate": "duplicate yank instance"}
    )
    with FakeQmpServer(short_tmp / "src.sock", qemu):
        window = windows.on(short_tmp / "src.sock")
        dialog = open_dialog(window, arun)
        dialog.uri_edit.setText("tcp:127.0.0.1:4444")
        dialog.start_button.click()
        arun.wait(lambda: "duplicate yank instance" in dialog.error.text())
        assert dialog.error.text() == (
            'Migrate: migrate refused: QEMU still holds the last migration of this VM ("duplicate '
            'yank instance": its clean-up has not run; after a failed multifd migration QEMU 7.2 '
            "may never run it). If it persists, restart this VM's QEMU to migrate it"
        )
        assert dialog.isVisible() and dialog.start_button.isEnabled()
        assert any("restart this VM's QEMU to migrate it" in m for m in messages(window))
