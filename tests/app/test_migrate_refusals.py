"""What Migrate… refuses before anything is sent: a libvirt domain (on libvirt's test
driver, `test:///default`, no daemon), whose migration is libvirt's to make; and the
destination URIs that cannot work, each said in a sentence."""

from __future__ import annotations

import pytest

from qmpgui.qmp.action_kinds import MigrationAction
from qmpgui.qmp.migration_uri import UriRules, uri_problem
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, act, messages

TEST_URI = "test:///default"
CONFIG = {"vms": []}


def test_a_libvirt_domain_is_not_migrated_behind_libvirts_back(
    windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.open(TEST_URI, config=CONFIG)
    (connection,) = window.model.connections
    arun.wait(lambda: len(window.model.domain_sessions(connection)) == 1)
    (domain,) = window.model.domain_sessions(connection)
    window.vm_list.setCurrentIndex(window.model.index_of(domain))
    migrate = act(window, "actionMigrate")
    arun.wait(lambda: "libvirt domains are not migrated from qmpgui yet" in migrate.toolTip())
    assert not migrate.isEnabled()
    window.vm_actions.run(MigrationAction.MIGRATE)  # as a shortcut would, were it enabled
    assert any("Migrate: libvirt domains are not migrated" in m for m in messages(window))
    assert window.vm_actions.migrate.dialog is None


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
        ("host:4444", UriRules(), "'host:' is not a migration URI"),
        ("dest.example", UriRules(), "is not a migration URI"),
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
