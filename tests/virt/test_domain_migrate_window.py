"""Migrate… and the Migration pane on a libvirt domain, as a user drives them: the
dialog offers the list's other libvirt connection (a second libvirtd of this host:
tests/helpers/second_libvirtd.py), starts libvirt's migration with a 4 MiB/s limit,
the pane follows it and raises the limit, and Cancel (asked first) leaves the domain
running here; the refusals (a shut-off domain, the domain's own connection typed, a
URI that is no libvirt connection, a destination that does not answer) in words.
Each effect checked with virsh on both URIs."""

from __future__ import annotations

import pytest

from qmpgui.app.main_window import MainWindow
from qmpgui.qmp.action_kinds import MigrationAction
from qmpgui.qmp.migration_options import MIB, MigrateRequest
from qmpgui.session import VmSession
from qmpgui.session.migration import migrations_of
from qmpgui.ui.domain_migrate_dialog import TYPED, DomainMigrateDialog
from qmpgui.ui.panes.migration import MigrationPane
from tests.helpers.libvirtd import URI, virsh
from tests.helpers.migrate_window import answer_cancel
from tests.helpers.runner import AsyncRunner
from tests.helpers.second_libvirtd import HERE, SecondLibvirtd
from tests.helpers.windows import Windows, act, log_texts, messages

pytestmark = [pytest.mark.libvirt, pytest.mark.qemu, pytest.mark.timeout(300)]


def open_window(windows: Windows, name: str, second: SecondLibvirtd) -> MainWindow:
    """A window on the domain `name` with the second libvirtd's connection in its list."""
    window = windows.on(f"{URI}#{name}", second.uri)
    window.settings.poll_interval_s = 0.2
    return window


def domain_of(window: MainWindow) -> VmSession:
    (session,) = [s for s in window.model.sessions if s.domain is not None]
    return session


def open_dialog(window: MainWindow, arun: AsyncRunner) -> DomainMigrateDialog:
    """Select the domain, trigger Migrate… and wait until the dialog knows the
    domain's limits (Start enabled)."""
    session = domain_of(window)
    window.vm_list.setCurrentIndex(window.vm_list.index_of(session))
    action = act(window, "actionMigrate")
    arun.wait(action.isEnabled)
    action.trigger()
    arun.wait(lambda: window.vm_actions.migrate.dialog is not None)
    dialog = window.vm_actions.migrate.dialog
    assert isinstance(dialog, DomainMigrateDialog)
    arun.wait(dialog.start_button.isEnabled)
    return dialog


def show_pane(window: MainWindow) -> MigrationPane:
    pane = window.pane(MigrationPane)
    window.panes.setCurrentWidget(pane)
    return pane


def test_the_dialog_migrates_a_domain_to_another_connection_followed_by_the_pane(
    movable: str, second: SecondLibvirtd, windows: Windows, arun: AsyncRunner
) -> None:
    window = open_window(windows, movable, second)
    dialog = open_dialog(window, arun)
    # The list's other libvirt connection is offered and chosen; on this host the
    # data goes over the loopback.
    offered = [dialog.target.itemText(i) for i in range(dialog.target.count())]
    assert offered == [TYPED, second.uri]
    assert dialog.uri_edit.text() == second.uri
    assert dialog.data_uri.text() == "tcp://127.0.0.1"
    assert dialog.persist.isChecked() and dialog.undefine.isChecked()
    assert not dialog.unsafe.isChecked()
    assert "Warning" in dialog.why_of(dialog.unsafe).text()
    dialog.values["max-bandwidth"].setValue(4)
    dialog.start_button.click()
    arun.wait(lambda: window.vm_actions.migrate.dialog is None, timeout=60)
    assert virsh("migrate-getspeed", movable) == "4"
    pane = show_pane(window)
    # The pane's figures move and its chart has points.
    arun.wait(lambda: pane.text("remaining") not in ("", "—"), timeout=60)
    first = pane.text("transferred")
    arun.wait(lambda: pane.text("transferred") != first, timeout=30)
    arun.wait(lambda: len(pane.chart.points) >= 3, timeout=30)
    assert "MiB/s" in pane.text("throughput")
    assert pane.cancel_button.isVisible() and pane.limits.isVisible()
    # Raised in the pane: libvirt has it (virsh migrate-getspeed, MiB/s).
    arun.wait(lambda: pane.boxes["max-bandwidth"].value() == 4)
    pane.boxes["max-bandwidth"].setValue(6)
    pane.change_button.click()
    arun.wait(lambda: virsh("migrate-getspeed", movable) == "6", timeout=30)
    # Said once libvirt's answer is back (virsh may see the limit a moment before).
    arun.wait(lambda: any("bandwidth limit 6 MiB/s" in m for m in messages(window)))
    pane.boxes["max-bandwidth"].setValue(256)  # to finish sooner
    pane.change_button.click()
    arun.wait(lambda: migrations_of(domain_of(window)).state.info.status == "completed", 120)
    assert second.virsh("domstate", movable) == "running"
    assert movable in (second.virsh("list", "--persistent", "--name") or "").split()
    assert movable not in virsh("list", "--all", "--name").split()
    arun.wait(lambda: any(f"runs on {second.uri} now" in t for t in log_texts(window)))


def test_cancel_from_the_pane_asks_and_leaves_the_domain_running_here(
    movable: str, second: SecondLibvirtd, windows: Windows, arun: AsyncRunner
) -> None:
    window = open_window(windows, movable, second)
    dialog = open_dialog(window, arun)
    dialog.values["max-bandwidth"].setValue(1)
    dialog.start_button.click()
    arun.wait(lambda: window.vm_actions.migrate.dialog is None, timeout=60)
    pane = show_pane(window)
    arun.wait(lambda: len(pane.chart.points) >= 2, timeout=60)
    seen = answer_cancel(yes=True)
    pane.cancel_button.click()
    arun.wait(lambda: bool(seen.texts))
    assert "The domain keeps running here" in seen.texts[0]
    state = migrations_of(domain_of(window)).state
    arun.wait(lambda: state.info.status == "cancelled", timeout=60)
    # How far it got, in the words and the figures, which stay (libvirt keeps none).
    said = f"MiB sent: {movable} keeps running here; nothing stays at {second.uri}"
    arun.wait(lambda: said in pane.headline.text(), timeout=30)
    assert pane.headline.text().startswith("Migration cancelled after "), pane.headline.text()
    assert pane.text("transferred").endswith("MiB") and pane.text("total").endswith("MiB")
    assert virsh("domstate", movable) == "running"
    assert movable not in second.domains()
    # The audit trail keeps libvirt's migrate call as cancelled, not as an "ok".
    ended = "Migrate (libvirt migrate) failed: cancelled (Cancel migration)"
    arun.wait(lambda: any(ended in t for t in log_texts(window)))
    assert not any("(libvirt migrate) ok" in t for t in log_texts(window))
    # Again with "no limit" chosen over the 1 MiB/s the first left (prefilled): libvirt's
    # no limit is set, and the copy that took over a minute at 1 MiB/s ends in seconds.
    assert virsh("migrate-getspeed", movable) == "1"
    dialog = open_dialog(window, arun)
    assert dialog.values["max-bandwidth"].value() == 1
    dialog.values["max-bandwidth"].setValue(0)
    assert dialog.values["max-bandwidth"].value() == 0  # shown as "no limit"
    dialog.start_button.click()
    arun.wait(lambda: window.vm_actions.migrate.dialog is None, timeout=60)
    arun.wait(lambda: state.info.status == "completed", timeout=40)
    assert second.virsh("domstate", movable) == "running"


def test_what_cannot_migrate_is_said_in_words(
    movable: str, second: SecondLibvirtd, windows: Windows, arun: AsyncRunner
) -> None:
    window = open_window(windows, movable, second)
    dialog = open_dialog(window, arun)
    dialog.target.setCurrentIndex(0)  # a URI typed
    for typed, says in (
        (URI, "is the connection this domain runs on"),
        ("tcp:127.0.0.1:4444", "is a QMP endpoint, not a libvirt connection"),
        ("qemu+unix:///session?socket=/nowhere", "cannot be opened"),
    ):
        dialog.uri_edit.setText(typed)
        dialog.start_button.click()
        arun.wait(lambda s=says: s in dialog.error.text(), timeout=60)
        assert dialog.isVisible()
        arun.wait(dialog.start_button.isEnabled)
    dialog.uri_edit.setText(second.uri)
    dialog.data_uri.setText("127.0.0.1")
    dialog.start_button.click()
    assert "is not a data address" in dialog.error.text()
    dialog.reject()
    assert virsh("domstate", movable) == "running"
    assert movable not in second.domains()
    # Shut off: refused, saying why, and no dialog opens.
    virsh("destroy", movable)
    migrate = act(window, "actionMigrate")
    says = "the domain is shut off (destroyed): libvirt migrates a running or paused domain live"
    arun.wait(lambda: says in migrate.toolTip(), timeout=60)
    assert not migrate.isEnabled()
    window.vm_actions.run(MigrationAction.MIGRATE)  # as a shortcut would, were it enabled
    assert any(says in m for m in messages(window))
    assert window.vm_actions.migrate.dialog is None


def incoming_domain(window: MainWindow, uri: str, name: str) -> VmSession | None:
    """The session of the domain `name` under the list's connection `uri`, if it shows."""
    for connection in window.model.connections:
        if connection.uri == uri:
            for session in window.model.domain_sessions(connection):
                if session.configured_name == name:
                    return session
    return None


def test_the_destination_in_the_list_shows_the_incoming_domain_waiting_and_the_source_its_end(
    movable: str, second: SecondLibvirtd, windows: Windows, arun: AsyncRunner
) -> None:
    window = open_window(windows, movable, second)
    # A short command timeout: a QMP pass-through that libvirt's incoming job holds
    # would fail within the migration's first seconds.
    window.settings.command_timeout_s = 2.0
    dialog = open_dialog(window, arun)
    dialog.values["max-bandwidth"].setValue(1)
    dialog.start_button.click()
    arun.wait(lambda: window.vm_actions.migrate.dialog is None, timeout=60)
    source = domain_of(window)
    migrations = migrations_of(source)
    arun.wait(lambda: incoming_domain(window, second.uri, movable) is not None, timeout=60)
    incoming = incoming_domain(window, second.uri, movable)
    assert incoming is not None
    pane = show_pane(window)
    window.select_session(incoming)
    arun.wait(lambda: "Incoming migration" in pane.headline.text(), timeout=30)
    # Several command timeouts into the copy: no error for the incoming domain.
    arun.wait(lambda: len(migrations.state.samples) >= 8, timeout=90)
    assert migrations.state.info.active
    assert not [m for m in messages(window) if "did not answer" in m], messages(window)
    row = window.model.index_of(incoming)
    state_cell = window.model.index(row.row(), 1, row.parent()).data()
    assert str(state_cell) == "coming in by migration", state_cell
    assert arun(migrations.change({"max-bandwidth": 256 * MIB})).ok
    arun.wait(lambda: incoming.run_status == "running", timeout=120)
    arun.wait(lambda: pane.headline.text().startswith("Incoming migration completed"), timeout=30)
    # The source, moved away and undefined here, keeps saying how it ended.
    window.select_session(source)
    arun.wait(lambda: f"runs on {second.uri} now" in pane.headline.text(), timeout=30)
    assert pane.text("status") != "—"
    assert not [m for m in messages(window) if "did not answer" in m], messages(window)


def test_both_connections_in_the_list_follow_a_cancel_and_a_move(
    movable: str, second: SecondLibvirtd, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.open(URI, second.uri, config={"confirm_destructive": False})
    arun.wait(lambda: len(window.model.connections) == 2, timeout=60)
    arun.wait(lambda: incoming_domain(window, URI, movable) is not None, timeout=60)
    source = incoming_domain(window, URI, movable)
    assert source is not None
    arun.wait(lambda: source.connected, timeout=60)
    migrations = migrations_of(source)
    request = MigrateRequest(second.uri, parameters={"max-bandwidth": 1 * MIB})
    assert arun(migrations.start(request, choices=HERE)).ok
    arun.wait(lambda: incoming_domain(window, second.uri, movable) is not None, timeout=60)
    # Cancelled: libvirt takes the transient domain away at the destination; its row goes.
    assert arun(migrations.cancel()).ok
    arun.wait(lambda: migrations.state.info.status == "cancelled", timeout=60)
    arun.wait(lambda: incoming_domain(window, second.uri, movable) is None, timeout=30)
    assert not [m for m in messages(window) if "no domain named" in m], messages(window)
    # Moved, its definition removed here: its row goes here and it runs there.
    again = MigrateRequest(second.uri, parameters={"max-bandwidth": 0})
    assert arun(migrations.start(again, choices=HERE)).ok
    arun.wait(lambda: incoming_domain(window, URI, movable) is None, timeout=60)
    moved = incoming_domain(window, second.uri, movable)
    assert moved is not None
    arun.wait(lambda: moved.run_status == "running", timeout=60)
    assert second.virsh("domstate", movable) == "running"
    assert movable not in virsh("list", "--all", "--name").split()
    assert not [m for m in messages(window) if "no domain named" in m], messages(window)
