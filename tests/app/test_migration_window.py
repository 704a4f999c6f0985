"""Migration through the window as a user does it, between two real QEMU 7.2 on this
host: Migrate… offers the VM waiting in inmigrate, the Migration pane follows the
figures and draws them, its limits and Cancel act on QEMU, and each ending is said in
the pane and the log. Effects are checked through the tests' own monitors."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from qmpgui.app.main_window import MainWindow
from qmpgui.models.vm_list import STATE
from qmpgui.qmp.migration_options import MIB
from qmpgui.ui.migration_figures import DASH
from tests.helpers.migrate_window import answer_cancel, migration_pane, open_dialog, start_slow
from tests.helpers.migration import free_port
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, act, log_texts

pytestmark = [pytest.mark.qemu, pytest.mark.timeout(240)]


def said(window: MainWindow, fragment: str) -> bool:
    return any(fragment in text for text in log_texts(window))


def state_cell(window: MainWindow, row: int) -> str:
    return str(window.model.data(window.model.index(row, STATE)))


def test_migrate_offers_the_waiting_vm_and_the_pane_follows_changes_and_cancels(
    pair: tuple[QemuVm, QemuVm], windows: Windows, arun: AsyncRunner
) -> None:
    source_vm, destination_vm = pair
    window = windows.on(source_vm, destination_vm)
    # The destination waits in inmigrate: it cannot be migrated itself, and says why.
    window.vm_list.selectRow(1)
    arun.wait(lambda: window.model.session(1).run_status == "inmigrate")
    migrate = act(window, "actionMigrate")
    arun.wait(lambda: not migrate.isEnabled())
    assert "waits for an incoming migration" in migrate.toolTip()
    dialog = open_dialog(window, arun)
    # Only the waiting VM is offered, with a free local port proposed for it.
    assert dialog.target.count() == 2
    assert "dest" in dialog.target.itemText(1) and dialog.target.currentIndex() == 1
    uri = dialog.uri_edit.text()
    assert uri.startswith("tcp:127.0.0.1:")
    # Each option says what it does; the limits start at the source's own values.
    assert "most the migration sends per second" in dialog.why["max-bandwidth"].text()
    assert dialog.values["max-bandwidth"].value() == 128
    assert dialog.values["downtime-limit"].value() == 300
    assert dialog.switches["auto-converge"].isEnabled()
    dialog.values["max-bandwidth"].setValue(4)
    dialog.start_button.click()
    arun.wait(lambda: window.vm_actions.migrate.dialog is None)
    # QEMU has the limit and migrates to where the destination listens.
    assert source_vm.watch.execute("query-migrate-parameters")["max-bandwidth"] == 4 * MIB
    listening = destination_vm.watch.execute("query-migrate")["socket-address"][0]
    assert f"tcp:127.0.0.1:{listening['port']}" == uri
    # The pane's figures move and the chart has points.
    pane = migration_pane(window)
    arun.wait(lambda: pane.text("pass") != DASH and pane.text("remaining") != DASH)
    first = pane.text("remaining")
    arun.wait(lambda: pane.text("remaining") != first)
    arun.wait(lambda: len(pane.chart.points) >= 4)
    assert "Migrating: copying memory" in pane.headline.text()
    total = source_vm.watch.execute("query-migrate")["ram"]["total"]
    assert pane.text("total") == f"{total / MIB:.1f} MiB"
    assert pane.text("throughput").endswith("MiB/s")
    # The list says so on both rows; a second migration of the source is refused.
    arun.wait(lambda: " MiB left (pass " in state_cell(window, 0))
    # The destination's row has the source's figures (QEMU gives none there).
    arun.wait(lambda: state_cell(window, 1).startswith("incoming: "))
    assert " MiB left (pass " in state_cell(window, 1)
    assert not migrate.isEnabled() and "already under way" in migrate.toolTip()
    # The destination's pane says where it listens and what it is doing.
    incoming = migration_pane(window, 1)
    arun.wait(lambda: f"Incoming migration at {uri}: copying memory" in incoming.headline.text())
    pane = migration_pane(window, 0)
    # Raised in the pane: QEMU has the new limit.
    pane.boxes["max-bandwidth"].setValue(6)
    pane.change_button.click()
    arun.wait(
        lambda: source_vm.watch.execute("query-migrate-parameters")["max-bandwidth"] == 6 * MIB
    )
    # Cancel asks; No leaves it running, Yes cancels.
    seen = answer_cancel(yes=False)
    pane.cancel_button.click()
    assert seen.texts and "Cancel the migration of source" in seen.texts[0]
    assert source_vm.watch.execute("query-migrate")["status"] == "active"
    answer_cancel(yes=True)
    pane.cancel_button.click()
    arun.wait(lambda: "cancelled" in pane.headline.text())
    assert source_vm.watch.execute("query-migrate") == {"status": "cancelled"}  # no figures
    # The pane keeps the last figures QEMU gave, and the outcome says how far it got.
    kept = {key: pane.text(key) for key in ("elapsed", "transferred", "remaining", "total")}
    assert DASH not in kept.values(), kept
    assert kept["total"] == f"{total / MIB:.1f} MiB"
    sentence = f"cancelled after {kept['elapsed']}, {kept['transferred']} of {kept['total']} sent"
    assert sentence in pane.headline.text()
    assert "keeps running" in pane.headline.text()
    assert source_vm.watch.execute("query-status")["status"] == "running"
    arun.wait(lambda: destination_vm.process is not None and destination_vm.process.poll() == 1)
    arun.wait(lambda: said(window, f"migration {sentence}: this VM keeps running"))


def test_a_completed_migration_leaves_the_source_postmigrate_and_the_destination_running(
    pair: tuple[QemuVm, QemuVm], windows: Windows, arun: AsyncRunner
) -> None:
    source_vm, destination_vm = pair
    window = windows.on(source_vm, destination_vm)
    dialog = open_dialog(window, arun)
    pane = migration_pane(window)
    dialog.start_button.click()
    arun.wait(lambda: "Migration completed in" in pane.headline.text(), timeout=60)
    assert "postmigrate" in pane.headline.text()
    assert pane.text("downtime").endswith(" ms")
    assert source_vm.watch.execute("query-status")["status"] == "postmigrate"
    arun.wait(lambda: destination_vm.watch.execute("query-status")["status"] == "running")
    pane = migration_pane(window, 1)
    arun.wait(lambda: "Incoming migration completed" in pane.headline.text())
    arun.wait(lambda: said(window, "migration completed in"))
    # Each side in its own words: the destination's migration is no other client's. (Its
    # start may not be seen at all: at full speed the whole migration can fall between
    # two looks on a busy machine.)
    arun.wait(lambda: said(window, "incoming migration completed: this VM has the guest now"))
    assert not said(window, "a migration started by another client")


def test_a_typed_uri_is_checked_and_a_dead_port_fails_with_qemus_reason(
    pair: tuple[QemuVm, QemuVm], windows: Windows, arun: AsyncRunner
) -> None:
    source_vm, _ = pair
    window = windows.on(source_vm)
    dialog = open_dialog(window, arun)
    assert dialog.target.count() == 1  # no VM waits: a URI is typed
    dialog.uri_edit.setText("tcp:127.0.0.1")
    dialog.start_button.click()
    assert "tcp:HOST:PORT" in dialog.error.text()
    dialog.uri_edit.setText("ftp://example/vm")
    dialog.start_button.click()
    assert "not a migration URI" in dialog.error.text()
    # The URIs users write by habit get the one QEMU takes proposed, before sending.
    dialog.uri_edit.setText("tcp://127.0.0.1:4444")
    dialog.start_button.click()
    assert 'no "//": write tcp:127.0.0.1:4444' in dialog.error.text()
    dialog.uri_edit.setText("127.0.0.1:4444")
    dialog.start_button.click()
    assert "write tcp:127.0.0.1:4444" in dialog.error.text()
    dialog.uri_edit.setText("file:/var/tmp/vm.mig")  # QEMU 7.2 has no file: migration
    dialog.start_button.click()
    assert "cannot migrate to a file" in dialog.error.text()
    assert source_vm.watch.execute("query-migrate") == {}  # nothing was sent
    pane = migration_pane(window)
    dialog.uri_edit.setText(f"tcp:127.0.0.1:{free_port()}")
    dialog.start_button.click()
    arun.wait(lambda: "Migration failed:" in pane.headline.text())
    assert "Connection refused" in pane.headline.text()
    arun.wait(lambda: said(window, "migration failed: "))
    assert source_vm.watch.execute("query-status")["status"] == "running"


def test_a_destination_killed_midway_fails_the_migration_with_its_reason(
    pair: tuple[QemuVm, QemuVm], windows: Windows, arun: AsyncRunner
) -> None:
    source_vm, destination_vm = pair
    window = windows.on(source_vm, destination_vm)
    pane = start_slow(window, arun)
    destination_vm.kill()
    arun.wait(lambda: "Migration failed " in pane.headline.text(), timeout=60)
    assert "Connection reset by peer" in pane.headline.text() or "Broken pipe" in (
        pane.headline.text()
    ), pane.headline.text()
    # The last figures QEMU gave stay, and the outcome says how far it got.
    kept = {key: pane.text(key) for key in ("elapsed", "transferred", "total")}
    assert DASH not in kept.values(), kept
    sentence = f"failed after {kept['elapsed']}, {kept['transferred']} of {kept['total']} sent: "
    assert sentence in pane.headline.text()
    arun.wait(lambda: said(window, f"migration {sentence}"))
    assert source_vm.watch.execute("query-status")["status"] == "running"


def test_a_migration_started_by_another_client_shows_in_the_pane_and_the_list(
    pair: tuple[QemuVm, QemuVm], windows: Windows, arun: AsyncRunner
) -> None:
    source_vm, destination_vm = pair
    window = windows.on(source_vm, destination_vm)
    incoming = migration_pane(window, 1)
    arun.wait(
        lambda: (
            "Waiting for an incoming migration (QEMU started with -incoming defer)"
            in (incoming.headline.text())
        )
    )
    uri = f"tcp:127.0.0.1:{free_port()}"
    events = [{"capability": "events", "state": True}]
    destination_vm.watch.execute("migrate-incoming", {"uri": uri})
    arun.wait(lambda: f"Waiting for an incoming migration at {uri}." in incoming.headline.text())
    pane = migration_pane(window, 0)
    assert pane.headline.text().startswith("No migration")
    source_vm.watch.execute("migrate-set-capabilities", {"capabilities": events})
    source_vm.watch.execute("migrate-set-parameters", {"max-bandwidth": 4 * MIB})
    source_vm.watch.execute("migrate", {"uri": uri})
    arun.wait(lambda: "Migrating: copying memory" in pane.headline.text())
    arun.wait(lambda: pane.text("pass") != DASH and len(pane.chart.points) >= 2)
    arun.wait(lambda: " MiB left (pass " in state_cell(window, 0))
    tip = window.model.data(window.model.index(1, STATE), Qt.ItemDataRole.ToolTipRole)
    assert "migrat" in str(tip)
    arun.wait(lambda: said(window, "a migration started by another client"))
    source_vm.watch.execute("migrate_cancel")
    arun.wait(lambda: "cancelled" in pane.headline.text())
