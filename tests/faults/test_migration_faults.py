"""Migrations that fail between two real QEMU 7.2, seen through the main window: the
destination killed while memory is copied, and a destination port where nothing
listens. The source says why in a sentence and keeps running."""

from __future__ import annotations

import pytest

from tests.helpers.guard import Guard
from tests.helpers.migrate_window import migration_pane, open_dialog, start_slow
from tests.helpers.migration import free_port
from tests.helpers.qemu_vm import QemuVm, watched_status
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, act, log_texts, messages, state_text, status_text

pytestmark = [pytest.mark.qemu, pytest.mark.timeout(240)]


def test_a_destination_killed_midway_is_said_and_the_source_keeps_running(
    pair: tuple[QemuVm, QemuVm], windows: Windows, arun: AsyncRunner, guard: Guard
) -> None:
    source_vm, destination_vm = pair
    window = windows.on(source_vm, destination_vm)
    pane = start_slow(window, arun)
    start = guard.ticks
    destination_vm.kill()
    arun.wait(lambda: "Migration failed " in pane.headline.text(), timeout=60)
    guard.ticked_since(start)
    # The figures QEMU gave last say how far it got; QEMU's reason is the kernel's.
    kept = {key: pane.text(key) for key in ("elapsed", "transferred", "total")}
    got = f"after {kept['elapsed']}, {kept['transferred']} of {kept['total']} sent"
    reason = next(
        r for r in ("Broken pipe", "Connection reset by peer") if r in pane.headline.text()
    )
    sentence = f"migration failed {got}: Unable to write to socket: {reason}; this VM keeps running"
    assert pane.headline.text() == f"M{sentence[1:]}."
    assert status_text(window) == f"Error: source: {sentence}"
    assert f"source: {sentence}" in messages(window)
    arun.wait(lambda: sentence in log_texts(window))
    # The destination's own row says it went away (QEMU closed the monitor, or the kernel
    # reset the connection, as the kill finds it); the source runs, as its monitor says.
    arun.wait(lambda: any(m.startswith("dest: connection lost: ") for m in messages(window)))
    assert state_text(window) == "running"
    assert watched_status(source_vm) == "running"
    guard.assert_clean()


def test_a_dead_port_is_said_and_the_source_keeps_running(
    pair: tuple[QemuVm, QemuVm], windows: Windows, arun: AsyncRunner, guard: Guard
) -> None:
    source_vm, _ = pair
    window = windows.on(source_vm)
    dialog = open_dialog(window, arun)
    pane = migration_pane(window)
    port = free_port()
    dialog.uri_edit.setText(f"tcp:127.0.0.1:{port}")
    start = guard.ticks
    dialog.start_button.click()
    arun.wait(lambda: "Migration failed:" in pane.headline.text())
    guard.ticked_since(start)
    # QEMU 7.2 connects in the background: migrate said ok, the failure came after.
    reason = f"Failed to connect to '127.0.0.1:{port}': Connection refused"
    sentence = f"migration failed: {reason}; this VM keeps running"
    assert pane.headline.text() == f"M{sentence[1:]}."
    assert status_text(window) == f"Error: source: {sentence}"
    arun.wait(lambda: sentence in log_texts(window))
    assert state_text(window) == "running"
    assert watched_status(source_vm) == "running"
    assert act(window, "actionMigrate").isEnabled()  # another try is offered
    guard.assert_clean()
