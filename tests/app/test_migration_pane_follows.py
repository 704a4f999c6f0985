"""What the Migration pane and the VM list show of a migration between two real QEMU
7.2, as a new user watching it would check: the chart's time is the migration's
elapsed time, the list's State cell says what is left first, the limits follow a
change made by another client (keeping the user's own edit), the destination's pane
shows the source's figures when the source is in the list, and says what it can when
not. Effects are checked through the tests' own monitors."""

from __future__ import annotations

import asyncio
import itertools
import re
import time
from typing import Any

import pytest
from PySide6.QtCore import Qt

from qmpgui.app.main_window import MainWindow
from qmpgui.models.vm_list import STATE
from qmpgui.qmp.migration_options import MIB, MigrateRequest
from qmpgui.session.inspection import Fetcher
from qmpgui.session.migration import Migrations, migrations_of
from qmpgui.session.topic_state import QueryResult
from qmpgui.ui.migration_figures import DASH
from tests.helpers.migrate_window import migration_pane
from tests.helpers.migration import free_port
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows

pytestmark = [pytest.mark.qemu, pytest.mark.timeout(180)]


def start(window: MainWindow, arun: AsyncRunner, limit_mib: int) -> tuple[Migrations, str]:
    """Migrate the window's first VM to its second (waiting in inmigrate) at `limit_mib`
    MiB/s, as Migrate… does; its Migrations and the URI."""
    migrations = migrations_of(window.model.session(0))
    uri = f"tcp:127.0.0.1:{free_port()}"
    request = MigrateRequest(uri, parameters={"max-bandwidth": limit_mib * MIB})
    assert arun(migrations.start(request, window.model.session(1))).ok
    return migrations, uri


def test_the_chart_counts_from_the_migrations_start_as_the_elapsed_figure_does(
    pair: tuple[QemuVm, QemuVm], windows: Windows, arun: AsyncRunner
) -> None:
    source_vm, destination_vm = pair
    # Started by another client two seconds before qmpgui opens: its first look comes
    # in the middle of the migration.
    uri = f"tcp:127.0.0.1:{free_port()}"
    destination_vm.watch.execute("migrate-incoming", {"uri": uri})
    source_vm.watch.execute("migrate-set-parameters", {"max-bandwidth": 2 * MIB})
    source_vm.watch.execute("migrate", {"uri": uri})
    arun.wait(lambda: source_vm.watch.execute("query-migrate").get("total-time", 0) >= 2000)
    window = windows.on(source_vm, destination_vm)
    pane = migration_pane(window)
    arun.wait(lambda: len(pane.chart.points) >= 4 and pane.text("pass") != DASH)
    # The time axis is the Elapsed figure's (QEMU's total-time), not the first look's.
    assert f"{pane.chart.points[-1][0]:.1f} s" == pane.text("elapsed")
    assert pane.chart.points[0][0] >= 2.0
    source_vm.watch.execute("migrate_cancel")


def test_the_lists_state_cell_says_what_is_left_first_and_the_tooltip_all(
    pair: tuple[QemuVm, QemuVm], windows: Windows, arun: AsyncRunner
) -> None:
    source_vm, destination_vm = pair
    window = windows.on(source_vm, destination_vm)
    pane = migration_pane(window)
    migrations, _ = start(window, arun, 2)
    arun.wait(lambda: pane.text("pass") != DASH)
    # The list: what is left first and short (a narrow column cuts the end, not it).
    cell = str(window.model.data(window.model.index(0, STATE)))
    assert re.match(r"migrating: \d+\.\d MiB left \(pass \d+\) · running$", cell), cell
    # The tooltip has everything.
    tip = str(window.model.data(window.model.index(0, STATE), Qt.ItemDataRole.ToolTipRole))
    total = source_vm.watch.execute("query-migrate")["ram"]["total"]
    assert f"left of {total / MIB:.1f} MiB" in tip and "copying memory" in tip
    assert arun(migrations.cancel()).ok


def test_the_limits_follow_a_change_by_another_client_but_keep_the_users_edit(
    pair: tuple[QemuVm, QemuVm], windows: Windows, arun: AsyncRunner
) -> None:
    source_vm, destination_vm = pair
    window = windows.on(source_vm, destination_vm)
    pane = migration_pane(window)
    migrations, _ = start(window, arun, 1)
    box = pane.boxes["max-bandwidth"]
    arun.wait(lambda: pane.limits.isVisible() and box.value() == 1)
    # Another monitor sets 3 MiB/s: the box follows within a few seconds.
    source_vm.watch.execute("migrate-set-parameters", {"max-bandwidth": 3 * MIB})
    arun.wait(lambda: box.value() == 3, timeout=15)
    assert not pane.qemu_notes["max-bandwidth"].isVisible()
    # The user types 7; another client sets 2 meanwhile: the edit stays, QEMU's beside.
    box.setValue(7)
    source_vm.watch.execute("migrate-set-parameters", {"max-bandwidth": 2 * MIB})
    note = pane.qemu_notes["max-bandwidth"]
    arun.wait(lambda: note.isVisible() and note.text() == "(QEMU has 2 MiB/s)", timeout=15)
    assert box.value() == 7
    # Set limits sends the user's value; QEMU has it, and the note goes.
    pane.change_button.click()
    arun.wait(
        lambda: source_vm.watch.execute("query-migrate-parameters")["max-bandwidth"] == 7 * MIB
    )
    arun.wait(lambda: not note.isVisible())
    assert arun(migrations.cancel()).ok


def test_the_destinations_pane_shows_the_sources_figures_when_the_source_is_in_the_list(
    pair: tuple[QemuVm, QemuVm], windows: Windows, arun: AsyncRunner
) -> None:
    source_vm, destination_vm = pair
    window = windows.on(source_vm, destination_vm)
    migrations, uri = start(window, arun, 2)
    incoming = migration_pane(window, 1)
    arun.wait(lambda: "Figures from source, the source." in incoming.headline.text())
    assert f"Incoming migration at {uri}: copying memory." in incoming.headline.text()
    arun.wait(lambda: incoming.text("remaining") != DASH and len(incoming.chart.points) >= 2)
    assert (
        incoming.text("total")
        == f"{source_vm.watch.execute('query-migrate')['ram']['total'] / MIB:.1f} MiB"
    )
    assert arun(migrations.cancel()).ok


def test_a_destination_whose_source_is_not_known_says_qemu_gives_no_figures_there(
    pair: tuple[QemuVm, QemuVm], windows: Windows, arun: AsyncRunner
) -> None:
    source_vm, destination_vm = pair
    window = windows.on(source_vm, destination_vm)
    incoming = migration_pane(window, 1)
    arun.wait(lambda: window.model.session(1).run_status == "inmigrate")
    uri = f"tcp:127.0.0.1:{free_port()}"
    # Another client migrates: qmpgui has no request to match the destination to.
    destination_vm.watch.execute("migrate-incoming", {"uri": uri})
    arun.wait(lambda: "since it began listening" in incoming.text("elapsed"))
    source_vm.watch.execute("migrate-set-parameters", {"max-bandwidth": 2 * MIB})
    source_vm.watch.execute("migrate", {"uri": uri})
    arun.wait(lambda: "QEMU gives no figures on the destination side" in incoming.headline.text())
    receiving = r"(\d+\.\d) s since it began receiving"
    arun.wait(lambda: bool(re.fullmatch(receiving, incoming.text("elapsed"))))
    # It counts on with each look.
    arun.wait(lambda: float(re.fullmatch(receiving, incoming.text("elapsed"))[1]) >= 1.0)
    assert incoming.text("remaining") == DASH
    source_vm.watch.execute("migrate_cancel")


def test_progress_shows_at_least_twice_a_second_though_each_answer_comes_late(
    monkeypatch: pytest.MonkeyPatch,
    pair: tuple[QemuVm, QemuVm],
    windows: Windows,
    arun: AsyncRunner,
) -> None:
    source_vm, destination_vm = pair
    # Each query-migrate answer reaches qmpgui 0.2 s late, as when QEMU is busy migrating
    # at full speed or the window is busy with another VM's storm of events.
    original = Fetcher.query

    async def late(fetcher: Fetcher, command: str, *args: Any, **kwargs: Any) -> QueryResult:
        result = await original(fetcher, command, *args, **kwargs)
        if command == "query-migrate":
            await asyncio.sleep(0.2)
        return result

    monkeypatch.setattr(Fetcher, "query", late)
    window = windows.on(source_vm, poll_interval_s=5.0)  # a tick far apart
    pane = migration_pane(window)
    uri = f"tcp:127.0.0.1:{free_port()}"
    destination_vm.watch.execute("migrate-incoming", {"uri": uri})
    source_vm.watch.execute("migrate-set-parameters", {"max-bandwidth": 4 * MIB})
    source_vm.watch.execute("migrate", {"uri": uri})
    arun.wait(lambda: pane.text("transferred") != DASH)
    # What the pane shows after each look (the pane's own refresh comes first).
    shown: list[str] = []
    window.model.session(0).topicChanged.connect(
        lambda name: shown.append(pane.text("transferred")) if name == "migration" else None
    )
    start = time.monotonic()
    arun.wait(lambda: time.monotonic() - start > 3.0)
    changes = sum(1 for a, b in itertools.pairwise(shown) if a != b)
    # Looks 0.4 s apart from start to start: 7 in 3 s; counted from each answer's
    # end they were 0.7 s apart, 4 in 3 s.
    assert changes >= 6, shown
    assert source_vm.watch.execute("query-migrate")["status"] == "active"
    source_vm.watch.execute("migrate_cancel")
