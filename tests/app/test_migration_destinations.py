"""Which destinations Migrate… offers and what it sends them, between real QEMU 7.2 on
this host: a QEMU started listening (-incoming tcp:...) and one left listening by an
attempt that failed are offered at their URI (no second migrate-incoming), the
capabilities both sides must agree on are set on and off at each start, and multifd
is offered only where the destination has the source's UUID (QEMU refuses another's
multifd channels). Effects are checked through the tests' own monitors."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qmpgui.app.main_window import MainWindow
from qmpgui.log.entry import LogKind
from qmpgui.qmp.migration_options import MigrateRequest
from qmpgui.session.migration import migrations_of
from tests.helpers.fake_qmp import GREETING_WITHOUT_OOB, FakeQmpServer, RecordingServer
from tests.helpers.migrate_window import migration_pane, open_dialog
from tests.helpers.migration import free_port, incoming_args, random_ram_args
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, log_entries, log_texts

pytestmark = [pytest.mark.qemu, pytest.mark.timeout(240)]


def capability(vm: QemuVm, name: str) -> bool:
    """The capability's state as the VM's QEMU says it to the test's monitor."""
    states = vm.watch.execute("query-migrate-capabilities")
    return any(c["capability"] == name and c["state"] for c in states)


def commands_sent(window: MainWindow, name: str) -> list[dict[str, object]]:
    """The arguments of each command `name` qmpgui sent, as the event log keeps them."""
    return [
        e.data.get("arguments", {}) for e in log_entries(window, LogKind.COMMAND) if e.name == name
    ]


def failures(window: MainWindow) -> list[str]:
    """The log's sentences of failed migrations, oldest first."""
    return [t for t in log_texts(window) if t.startswith("migration failed: ")]


def completes(window: MainWindow, arun: AsyncRunner, destination_vm: QemuVm) -> None:
    """Start pressed: the migration completes and the guest runs at the destination."""
    pane = migration_pane(window)
    arun.wait(lambda: "Migration completed" in pane.headline.text(), timeout=90)
    arun.wait(lambda: destination_vm.watch.execute("query-status")["status"] == "running")


@pytest.fixture
def started_listening(short_tmp: Path) -> Iterator[tuple[QemuVm, QemuVm, str]]:
    """A source with random RAM and a destination started with -incoming tcp:...: it
    listens from the start."""
    (short_tmp / "src").mkdir()
    (short_tmp / "dst").mkdir()
    uri = f"tcp:127.0.0.1:{free_port()}"
    source = QemuVm(short_tmp / "src", name="source").start(extra=random_ram_args(short_tmp))
    destination = QemuVm(short_tmp / "dst", name="dest")
    destination.start(extra=[*incoming_args()[:-1], uri])
    yield source, destination, uri
    source.stop()
    destination.stop()


def test_a_qemu_started_listening_is_offered_at_its_uri_and_takes_the_migration(
    started_listening: tuple[QemuVm, QemuVm, str], windows: Windows, arun: AsyncRunner
) -> None:
    source_vm, destination_vm, uri = started_listening
    window = windows.on(source_vm, destination_vm)
    arun.wait(lambda: migrations_of(window.model.session(1)).state.info.listening == (uri,))
    dialog = open_dialog(window, arun)
    assert dialog.target.count() == 2
    assert f"dest — listening at {uri}" in dialog.target.itemText(1)
    assert dialog.target.currentIndex() == 1 and dialog.uri_edit.text() == uri
    assert "listens there already" in dialog.uri_note.text()
    dialog.start_button.click()
    completes(window, arun, destination_vm)
    # It listened already: a second migrate-incoming (which QEMU refuses) was not sent.
    assert commands_sent(window, "migrate-incoming") == []
    assert source_vm.watch.execute("query-status")["status"] == "postmigrate"


def test_a_destination_left_listening_after_a_failed_attempt_is_offered_and_its_capabilities_reset(
    pair: tuple[QemuVm, QemuVm], windows: Windows, arun: AsyncRunner
) -> None:
    source_vm, destination_vm = pair
    window = windows.on(source_vm, destination_vm)
    # An attempt by hand: the destination told to listen, multifd turned on at both
    # sides, the source sent to a wrong port. It failed; the destination still listens.
    uri = f"tcp:127.0.0.1:{free_port()}"
    multifd = [{"capability": "multifd", "state": True}]
    destination_vm.watch.execute("migrate-set-capabilities", {"capabilities": multifd})
    destination_vm.watch.execute("migrate-incoming", {"uri": uri})
    source_vm.watch.execute("migrate-set-capabilities", {"capabilities": multifd})
    source_vm.watch.execute("migrate", {"uri": f"tcp:127.0.0.1:{free_port()}"})
    pane = migration_pane(window)
    arun.wait(lambda: "Migration failed: " in pane.headline.text(), timeout=60)
    arun.wait(lambda: migrations_of(window.model.session(1)).state.info.listening == (uri,))
    dialog = open_dialog(window, arun)
    # Still offered, at the URI it listens on; multifd is greyed (another UUID).
    assert f"dest — listening at {uri}" in dialog.target.itemText(1)
    assert dialog.uri_edit.text() == uri
    arun.wait(lambda: "another UUID" in dialog.why["multifd"].text())
    assert f"started with -uuid {source_vm.uuid}" in dialog.why["multifd"].text()
    assert not dialog.switches["multifd"].isEnabled()
    dialog.start_button.click()
    completes(window, arun, destination_vm)
    # Both sides were told multifd off, explicitly; no migrate-incoming was sent again.
    assert not capability(destination_vm, "multifd")
    assert not capability(source_vm, "multifd")
    assert commands_sent(window, "migrate-incoming") == []


def test_a_destination_a_failed_migration_reached_is_offered_saying_it_must_be_restarted(
    pair: tuple[QemuVm, QemuVm], windows: Windows, arun: AsyncRunner
) -> None:
    source_vm, destination_vm = pair
    window = windows.on(source_vm, destination_vm)
    source, destination = window.model.session(0), window.model.session(1)
    arun.wait(lambda: destination.run_status == "inmigrate")
    # Multifd between QEMUs of different UUIDs (the dialog greys it; a script may not):
    # the destination refuses the channels, keeps listening, and ignores later ones.
    uri = f"tcp:127.0.0.1:{free_port()}"
    request = MigrateRequest(uri, capabilities={"multifd": True})
    assert arun(migrations_of(source).start(request, destination)).ok
    pane = migration_pane(window)
    arun.wait(lambda: "Migration failed" in pane.headline.text(), timeout=60)
    dialog = open_dialog(window, arun)
    assert f"dest — listening at {uri}" in dialog.target.itemText(1)
    note = dialog.uri_note.text()
    assert "failed after it began (Unable to write to socket" in note
    assert "Start its QEMU again" in note
    # What it says is so: a migration without multifd to it fails too.
    dialog.start_button.click()
    arun.wait(lambda: window.vm_actions.migrate.dialog is None)
    arun.wait(lambda: len(failures(window)) == 2, timeout=60)
    assert "Unable to write to socket" in failures(window)[1]
    assert destination_vm.watch.execute("query-status")["status"] == "inmigrate"


def test_multifd_is_offered_and_works_with_a_destination_of_the_sources_uuid(
    pair: tuple[QemuVm, QemuVm], windows: Windows, arun: AsyncRunner
) -> None:
    source_vm, destination_vm = pair
    destination_vm.stop()
    destination_vm.uuid = source_vm.uuid
    destination_vm.start(extra=incoming_args())
    window = windows.on(source_vm, destination_vm)
    dialog = open_dialog(window, arun)
    arun.wait(lambda: dialog.destinations[0].offer is not None)
    assert dialog.switches["multifd"].isEnabled()
    assert "Not available" not in dialog.why["multifd"].text()
    dialog.switches["multifd"].setChecked(True)
    dialog.start_button.click()
    completes(window, arun, destination_vm)
    assert capability(source_vm, "multifd") and capability(destination_vm, "multifd")


def test_a_typed_uri_says_what_multifd_needs_of_the_qemu_there(
    pair: tuple[QemuVm, QemuVm], windows: Windows, arun: AsyncRunner
) -> None:
    source_vm, _ = pair
    window = windows.on(source_vm)
    dialog = open_dialog(window, arun)
    line = dialog.why["multifd"].text()
    assert "must have it on too" in line
    assert f"this VM's UUID ({source_vm.uuid})" in line


def test_a_destination_that_does_not_say_where_it_listens_is_offered_where_it_was_told(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    # A QEMU before 4.0 has no socket-address in query-migrate: only qmpgui's own
    # migrate-incoming tells where it listens. Real QEMU 7.2 always says it (the fake).
    (short_tmp / "src").mkdir()
    source_vm = QemuVm(short_tmp / "src", name="source").start()
    schema = [{"name": n, "meta-type": "command"} for n in ("query-status", "migrate-incoming")]
    old = RecordingServer(
        GREETING_WITHOUT_OOB,
        answers={
            "query-status": {"status": "inmigrate", "running": False},
            "query-migrate": {},
            "query-qmp-schema": schema,
        },
    )
    try:
        with FakeQmpServer(short_tmp / "old.sock", old):
            window = windows.on(source_vm, short_tmp / "old.sock")
            arun.wait(lambda: window.model.session(1).run_status == "inmigrate")
            dialog = open_dialog(window, arun)
            uri = dialog.uri_edit.text()
            dialog.start_button.click()  # nothing listens there: the migration fails
            arun.wait(lambda: len(failures(window)) == 1, timeout=60)
            dialog = open_dialog(window, arun)
            # Offered at the URI it was told, with the failed attempt's warning...
            assert f"listening at {uri}" in dialog.target.itemText(1)
            assert dialog.uri_edit.text() == uri
            assert "Start its QEMU again" in dialog.uri_note.text()
            dialog.start_button.click()
            arun.wait(lambda: len(failures(window)) == 2, timeout=60)
            # ...and not told again (QEMU refuses a second migrate-incoming).
            told = [m for m in old.messages if m.get("execute") == "migrate-incoming"]
            assert [m["arguments"] for m in told] == [{"uri": uri}]
    finally:
        source_vm.stop()


def test_a_destination_reached_through_a_typed_uri_is_warned_about_after_a_failure(
    started_listening: tuple[QemuVm, QemuVm, str], windows: Windows, arun: AsyncRunner
) -> None:
    source_vm, destination_vm, uri = started_listening
    # Multifd on at the destination too: it refuses the other UUID's channels and
    # keeps listening (without it, it may exit instead).
    multifd = [{"capability": "multifd", "state": True}]
    destination_vm.watch.execute("migrate-set-capabilities", {"capabilities": multifd})
    window = windows.on(source_vm, destination_vm)
    arun.wait(lambda: migrations_of(window.model.session(1)).listening() == (uri,))
    dialog = open_dialog(window, arun)
    # The URI typed, not the VM chosen: multifd is not greyed for a typed URI.
    dialog.target.setCurrentIndex(0)
    dialog.uri_edit.setText(uri)
    dialog.switches["multifd"].setChecked(True)
    dialog.start_button.click()
    pane = migration_pane(window)
    arun.wait(lambda: "Migration failed" in pane.headline.text(), timeout=60)
    # It went to dest all the same: dest is offered with the failed attempt's warning.
    dialog = open_dialog(window, arun)
    assert f"dest — listening at {uri}" in dialog.target.itemText(1)
    dialog.target.setCurrentIndex(1)
    assert "A migration to dest failed after it began" in dialog.uri_note.text()
    assert "Start its QEMU again" in dialog.uri_note.text()
