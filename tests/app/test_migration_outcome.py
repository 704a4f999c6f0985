"""What the event log and the Migration pane say of a migration's start and end, between
real QEMU 7.2 on this host: the start with where to and the options chosen, in words
and data; an end written to a command (exec:), where no guest runs anywhere; a guest
paused at the start, which stays paused at the destination; another client's
migration, whose destination QEMU does not tell. Effects are checked through the
tests' own monitors and the file on disk."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from qmpgui.app.main_window import MainWindow
from qmpgui.log.entry import LogKind
from qmpgui.qmp.migration_options import MIB
from tests.helpers.migrate_window import migration_pane, open_dialog
from tests.helpers.migration import free_port
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, log_entries

pytestmark = [pytest.mark.qemu, pytest.mark.timeout(240)]


def migration_entries(window: MainWindow) -> list[Any]:
    """The VMs' own migration entries of the event log (start, end, ...), oldest first."""
    return [e for e in log_entries(window, LogKind.CONNECTION) if e.name == "migration"]


def entry_with(window: MainWindow, fragment: str) -> Any:
    """The first migration entry whose words hold `fragment`, or None."""
    return next((e for e in migration_entries(window) if fragment in e.summary), None)


def test_the_start_entry_says_where_to_and_the_options_in_words_and_data(
    pair: tuple[QemuVm, QemuVm], windows: Windows, arun: AsyncRunner
) -> None:
    source_vm, destination_vm = pair
    window = windows.on(source_vm, destination_vm)
    dialog = open_dialog(window, arun)
    uri = dialog.uri_edit.text()
    dialog.values["max-bandwidth"].setValue(4)
    dialog.switches["xbzrle"].setChecked(True)
    dialog.start_button.click()
    arun.wait(lambda: window.vm_actions.migrate.dialog is None)
    arun.wait(lambda: entry_with(window, "migration started to") is not None)
    entry = entry_with(window, "migration started to")
    assert entry.summary == (
        f"migration started to dest ({uri}): bandwidth limit 4 MiB/s, downtime limit 300 ms, "
        "XBZRLE compression on"
    )
    assert entry.endpoint == window.model.session(0).endpoint_text
    assert entry.data["uri"] == uri and entry.data["destination"] == "dest"
    assert entry.data["parameters"] == {"max-bandwidth": 4 * MIB, "downtime-limit": 300}
    assert entry.data["capabilities"]["xbzrle"] is True
    assert entry.data["capabilities"]["multifd"] is False
    # What the entry says is what QEMU has.
    assert source_vm.watch.execute("query-migrate-parameters")["max-bandwidth"] == 4 * MIB
    states = source_vm.watch.execute("query-migrate-capabilities")
    assert {"capability": "xbzrle", "state": True} in states


@pytest.mark.parametrize("paused", [False, True], ids=["running", "paused"])
def test_a_migration_to_a_command_says_the_state_was_written_and_nothing_runs_elsewhere(
    pair: tuple[QemuVm, QemuVm], windows: Windows, arun: AsyncRunner, paused: bool
) -> None:
    source_vm, _ = pair
    if paused:
        source_vm.watch.execute("stop")
    window = windows.on(source_vm)
    target = Path(source_vm.folder) / "vm.mig"
    dialog = open_dialog(window, arun)
    dialog.uri_edit.setText(f"exec:cat > {target}")
    pane = migration_pane(window)
    dialog.start_button.click()
    arun.wait(lambda: "Migration completed" in pane.headline.text(), timeout=60)
    headline = pane.headline.text()
    assert f"this VM's state was written to the command cat > {target}" in headline
    assert "Resume runs it here again (no second copy runs unless the state is loaded" in headline
    assert "runs at the destination" not in headline
    # The guest's pause is said only of a guest that ran.
    assert ("the guest paused" in headline) is False
    assert ("its guest was paused" in headline) is paused
    assert ("its guest stays stopped" in headline) is not paused
    assert source_vm.watch.execute("query-status")["status"] == "postmigrate"
    assert target.stat().st_size > 1 << 20  # the state is there, on disk
    arun.wait(lambda: entry_with(window, "this VM's state was written") is not None)
    assert entry_with(window, "this VM's state was written").data["uri"] == f"exec:cat > {target}"


def test_a_guest_paused_at_the_start_is_said_paused_at_the_destination(
    pair: tuple[QemuVm, QemuVm], windows: Windows, arun: AsyncRunner
) -> None:
    source_vm, destination_vm = pair
    source_vm.watch.execute("stop")
    window = windows.on(source_vm, destination_vm)
    dialog = open_dialog(window, arun)
    pane = migration_pane(window)
    dialog.start_button.click()
    arun.wait(lambda: "Migration completed" in pane.headline.text(), timeout=60)
    headline = pane.headline.text()
    assert "the guest paused" not in headline
    assert "its guest is paused, as it was here, at the destination" in headline
    arun.wait(lambda: destination_vm.watch.execute("query-migrate").get("status") == "completed")
    assert destination_vm.watch.execute("query-status")["status"] == "paused"


def test_another_clients_migration_says_qemu_does_not_tell_where_to(
    pair: tuple[QemuVm, QemuVm], windows: Windows, arun: AsyncRunner
) -> None:
    source_vm, destination_vm = pair
    window = windows.on(source_vm)
    uri = f"tcp:127.0.0.1:{free_port()}"
    destination_vm.watch.execute("migrate-incoming", {"uri": uri})
    source_vm.watch.execute("migrate-set-parameters", {"max-bandwidth": 4 * MIB})
    source_vm.watch.execute("migrate", {"uri": uri})
    arun.wait(lambda: entry_with(window, "a migration started by another client") is not None)
    entry = entry_with(window, "a migration started by another client")
    assert "where to, QEMU does not tell" in entry.summary
    source_vm.watch.execute("migrate_cancel")
