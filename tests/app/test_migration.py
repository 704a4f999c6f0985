"""Migrations between two real QEMU 7.2 on this host, through the session's Migrations:
progress sampled twice a second, a limit changed while it runs, cancel and completion,
each effect seen through the tests' own monitors."""

from __future__ import annotations

import re
import time
from collections.abc import Mapping

import pytest

from qmpgui.app.main_window import MainWindow
from qmpgui.log.entry import LogKind
from qmpgui.qmp import QmpConnection
from qmpgui.qmp.migration_options import MIB, MigrateRequest
from qmpgui.session import VmSession
from qmpgui.session.migration import migrations_of
from tests.helpers.migration import free_port
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, log_entries, log_texts

pytestmark = [pytest.mark.qemu, pytest.mark.timeout(180)]


def sessions(window: MainWindow) -> tuple[VmSession, VmSession]:
    return window.model.session(0), window.model.session(1)


def said_of(window: MainWindow, session: VmSession, fragment: str) -> str:
    """The first log entry of `session` with `fragment` in it, or ""."""
    window.event_log.flush()
    for entry in window.event_log.entries():
        if entry.endpoint == session.endpoint_text and fragment in entry.summary:
            return entry.summary
    return ""


def said(window: MainWindow, fragment: str) -> bool:
    return any(fragment in text for text in log_texts(window))


def test_a_slow_migration_is_followed_changed_live_and_cancelled(
    pair: tuple[QemuVm, QemuVm], windows: Windows, arun: AsyncRunner
) -> None:
    source_vm, destination_vm = pair
    window = windows.on(source_vm, destination_vm)
    source, destination = sessions(window)
    migrations = migrations_of(source)
    uri = f"tcp:127.0.0.1:{free_port()}"
    request = MigrateRequest(uri, parameters={"max-bandwidth": 4 * MIB})
    outcome = arun(migrations.start(request, destination))
    assert outcome.ok, outcome.error
    # The destination listens where it was told; the source copies memory.
    arun.wait(lambda: migrations_of(destination).state.info.listening == (uri,))
    arun.wait(lambda: len(migrations.state.samples) >= 4, timeout=30)
    assert migrations.state.info.status == "active"
    assert migrations.state.parameters["max-bandwidth"] == 4 * MIB
    remaining = [s.remaining for s in migrations.state.samples if s.remaining is not None]
    assert remaining and remaining[-1] < remaining[0]  # it moves
    # Raised while it runs: QEMU has the new limit.
    assert arun(migrations.change({"max-bandwidth": 6 * MIB})).ok
    params = source_vm.watch.execute("query-migrate-parameters")
    assert params["max-bandwidth"] == 6 * MIB
    # Cancelled: the source runs on, the destination QEMU exits.
    assert arun(migrations.cancel()).ok
    arun.wait(lambda: migrations.state.info.status == "cancelled")
    assert source_vm.watch.execute("query-status")["status"] == "running"
    arun.wait(lambda: destination_vm.process is not None and destination_vm.process.poll() == 1)
    # Its end says how far it got, with the last figures QEMU gave while it ran.
    arun.wait(lambda: said(window, "migration cancelled after "))
    entry = next(
        e for e in log_entries(window, LogKind.CONNECTION) if "cancelled after" in e.summary
    )
    assert re.search(
        r"cancelled after \d+\.\d s, \d+\.\d MiB of \d+\.\d MiB sent: this VM keeps running",
        entry.summary,
    ), entry.summary
    assert entry.data["status"] == "cancelled" and entry.data["uri"] == uri
    assert entry.data["total-time"] > 0 and 0 < entry.data["transferred"] < entry.data["total"]


def test_a_migration_completes_and_leaves_the_source_in_postmigrate(
    pair: tuple[QemuVm, QemuVm], windows: Windows, arun: AsyncRunner
) -> None:
    source_vm, destination_vm = pair
    window = windows.on(source_vm, destination_vm)
    source, destination = sessions(window)
    migrations = migrations_of(source)
    request = MigrateRequest(f"tcp:127.0.0.1:{free_port()}")
    assert arun(migrations.start(request, destination)).ok
    arun.wait(lambda: migrations.state.info.status == "completed", timeout=60)
    assert source_vm.watch.execute("query-status")["status"] == "postmigrate"
    arun.wait(lambda: destination_vm.watch.execute("query-status")["status"] == "running")
    arun.wait(lambda: bool(said_of(window, source, "migration completed in")))
    sentence = said_of(window, source, "migration completed in")
    assert "the guest paused" in sentence and "MiB sent" in sentence
    # The destination's own entry says what became of it.
    arun.wait(lambda: bool(said_of(window, destination, "incoming migration completed: this")))
    assert not said_of(window, destination, "postmigrate")
    # The audit trail keeps what was sent, in order, with its options.
    sent = [(e.name, e.data.get("arguments")) for e in log_entries(window, LogKind.COMMAND)]
    assert ("migrate-incoming", {"uri": request.uri}) in sent
    caps = {"capabilities": [{"capability": "events", "state": True}]}
    assert sent.index(("migrate-set-capabilities", caps)) < sent.index(
        ("migrate", {"uri": request.uri})
    )


def test_a_dead_port_fails_with_qemus_reason(
    pair: tuple[QemuVm, QemuVm], windows: Windows, arun: AsyncRunner
) -> None:
    source_vm, _ = pair
    window = windows.on(source_vm)
    migrations = migrations_of(window.model.session(0))
    # QEMU 7.2 connects in the background: migrate says ok, the failure comes after.
    assert arun(migrations.start(MigrateRequest(f"tcp:127.0.0.1:{free_port()}"))).ok
    arun.wait(lambda: migrations.state.info.status == "failed", timeout=30)
    arun.wait(lambda: said(window, "migration failed: "))
    sentence = next(t for t in log_texts(window) if "migration failed" in t)
    assert "Connection refused" in sentence, sentence
    assert source_vm.watch.execute("query-status")["status"] == "running"


def test_another_clients_migration_is_followed_twice_a_second_whatever_the_tick(
    pair: tuple[QemuVm, QemuVm],
    windows: Windows,
    arun: AsyncRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source_vm, destination_vm = pair
    asked: list[float] = []
    original = QmpConnection.execute

    async def execute(
        conn: QmpConnection, command: str, arguments: Mapping[str, object] | None = None
    ) -> object:
        if command == "query-migrate":
            asked.append(time.monotonic())
        return await original(conn, command, arguments)

    monkeypatch.setattr(QmpConnection, "execute", execute)
    window = windows.on(source_vm, poll_interval_s=5.0)  # a tick far apart
    migrations = migrations_of(window.model.session(0))
    # A script migrates the VM through its own monitor, events on.
    uri = f"tcp:127.0.0.1:{free_port()}"
    destination_vm.watch.execute("migrate-incoming", {"uri": uri})
    source_vm.watch.execute(
        "migrate-set-capabilities", {"capabilities": [{"capability": "events", "state": True}]}
    )
    source_vm.watch.execute("migrate-set-parameters", {"max-bandwidth": 4 * MIB})
    source_vm.watch.execute("migrate", {"uri": uri})
    arun.wait(lambda: migrations.state.info.active)
    arun.wait(lambda: said(window, "a migration started by another client"))
    start = time.monotonic()
    arun.wait(lambda: time.monotonic() - start > 2.2)
    during = [t for t in asked if t >= start]
    assert 3 <= len(during) <= 7  # every half second, not every 5 s, not flat out
    source_vm.watch.execute("migrate_cancel")
    arun.wait(lambda: migrations.state.info.status == "cancelled")
    arun.wait(lambda: said(window, "migration cancelled"))
