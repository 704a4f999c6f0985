"""A QEMU that never lets go of a failed migration: Migrate… says so and sends nothing,
since a `migrate` sent would be refused "duplicate yank instance" and leave QEMU's
migration state at "setup" for good (both seen on QEMU 7.2, after a multifd migration
to a QEMU listening without multifd, in about half the tries, fewer on a busy machine:
session/migration_yank.py). Real QEMU gives that state only by chance, so a fake QEMU
answers as such a QEMU 7.2 does."""

from __future__ import annotations

from pathlib import Path

from qmpgui.log.entry import LogKind
from qmpgui.session.migration_yank import HELD
from tests.helpers.fake_qmp import FakeQmpServer, RecordingServer
from tests.helpers.migrate_window import open_dialog
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, log_entries, messages

COMMANDS = ("query-status", "migrate", "query-migrate", "query-migrate-capabilities")
FAILED = {"status": "failed", "error-desc": "Unable to write to socket: Connection reset by peer"}


def qemu(yank: list[dict[str, str]]) -> RecordingServer:
    """A QEMU 7.2 whose last migration failed, with `yank` as query-yank's answer."""
    schema = [{"name": n, "meta-type": "command"} for n in (*COMMANDS, "query-yank")]
    answers = {"query-qmp-schema": schema, "query-migrate": FAILED, "query-yank": yank}
    return RecordingServer(answers=answers)


def test_a_qemu_that_holds_its_failed_migration_is_said_and_sent_nothing(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    held = qemu([{"type": "chardev", "id": "compat_monitor0"}, {"type": "migration"}])
    with FakeQmpServer(short_tmp / "src.sock", held):
        window = windows.on(short_tmp / "src.sock")
        dialog = open_dialog(window, arun)
        arun.wait(lambda: HELD in dialog.error.text())
        assert not dialog.start_button.isEnabled()
        # Asked to start all the same (as a script may): refused in words, nothing sent.
        dialog.uri_edit.setText("tcp:127.0.0.1:4444")
        dialog.start_button.setEnabled(True)
        dialog.start_button.click()
        arun.wait(lambda: any(HELD in m for m in messages(window)))
        assert "migrate" not in held.commands
        assert "migrate" not in [e.name for e in log_entries(window, LogKind.COMMAND)]


def test_a_qemu_that_let_go_of_its_failed_migration_migrates(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    free = qemu([{"type": "chardev", "id": "compat_monitor0"}])
    with FakeQmpServer(short_tmp / "src.sock", free):
        window = windows.on(short_tmp / "src.sock")
        dialog = open_dialog(window, arun)
        dialog.uri_edit.setText("tcp:127.0.0.1:4444")
        dialog.start_button.click()
        arun.wait(lambda: "migrate" in free.commands)
        arun.wait(lambda: window.vm_actions.migrate.dialog is None)  # started: closed
