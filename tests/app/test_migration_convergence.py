"""Whether a migration will finish, judged on real QEMU 7.2 through the session's
Migrations and the Migration pane: a guest that keeps dirtying memory faster than a
low limit is called stuck with advice that fits its options, and the bandwidth advice
applied from the pane lets it finish; a guest of random RAM that is merely slow is
never called stuck."""

from __future__ import annotations

import time

import pytest

from qmpgui.app.main_window import MainWindow
from qmpgui.qmp.convergence import STUCK_MIN_S, AdviceKind, advise
from qmpgui.qmp.migration_options import MIB, MigrateRequest
from qmpgui.session.migration import Migrations, migrations_of
from tests.helpers.migrate_window import migration_pane
from tests.helpers.migration import (
    free_port,
)
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, log_texts

pytestmark = [pytest.mark.qemu, pytest.mark.timeout(180)]

STUCK_WORDS = "the migration will not finish as it is"


def start(
    window: MainWindow, arun: AsyncRunner, request: MigrateRequest
) -> tuple[Migrations, list[bool]]:
    """Start `request` from the window's first VM to its second; the stuck verdicts
    after each look, as they come."""
    migrations = migrations_of(window.model.session(0))
    verdicts: list[bool] = []
    migrations.changed.connect(lambda: verdicts.append(migrations.state.stuck))
    assert arun(migrations.start(request, window.model.session(1))).ok
    return migrations, verdicts


def warnings_of_stuck(window: MainWindow) -> int:
    return sum(STUCK_WORDS in text for text in log_texts(window))


def test_a_guest_dirtying_faster_than_the_limit_gets_the_panes_advice_and_apply_ends_it(
    dirtying: tuple[QemuVm, QemuVm], windows: Windows, arun: AsyncRunner
) -> None:
    source_vm, destination_vm = dirtying
    window = windows.on(source_vm, destination_vm)
    request = MigrateRequest(f"tcp:127.0.0.1:{free_port()}", parameters={"max-bandwidth": MIB})
    migrations, _ = start(window, arun, request)
    state = migrations.state
    pane = migration_pane(window)
    # 1.5 MiB dirtied each second against 1 MiB/s: stuck within about 10 s of passes,
    # said once in the log, and the pane's advice shows with its Apply buttons.
    arun.wait(lambda: state.stuck, timeout=40)
    arun.wait(lambda: warnings_of_stuck(window) == 1)
    arun.wait(lambda: pane.advice.isVisible() and len(pane.advice.advice) == 3)
    assert "will not finish as it is" in pane.advice.why.text()
    # It is so: QEMU still copies, pass after pass, and has not switched over.
    watched = source_vm.watch.execute("query-migrate")
    assert watched["status"] == "active", watched
    assert watched["ram"]["dirty-sync-count"] >= 4
    advice = pane.advice.advice
    assert [a.kind for a in advice] == [
        AdviceKind.BANDWIDTH,
        AdviceKind.DOWNTIME,
        AdviceKind.AUTO_CONVERGE,
    ]
    # What each pass leaves (1.5-1.7 MiB here) is to be sent within the 300 ms limit.
    ((_, arguments),) = advice[0].commands
    wanted = arguments["max-bandwidth"]
    assert isinstance(wanted, int) and wanted >= 5 * MIB
    assert advice[0].sentence.startswith(
        f"raise the bandwidth limit from 1 to {wanted // MIB} MiB/s (each pass leaves about "
    )
    expected = state.samples[-1].expected_downtime_ms
    assert expected is not None and expected > 300
    (downtime_command,) = advice[1].commands
    assert downtime_command[1]["downtime-limit"] >= expected
    assert "cannot be turned on while a migration runs" in advice[2].sentence
    # Only what can be applied live has a button.
    buttons = [b.objectName() for b in pane.advice.buttons()]
    assert buttons == ["migrationApply_bandwidth", "migrationApply_downtime"]
    # Applied: QEMU has the new limit, the migration finishes, the advice goes.
    pane.advice.buttons()[0].click()
    arun.wait(
        lambda: source_vm.watch.execute("query-migrate-parameters")["max-bandwidth"] == wanted
    )
    arun.wait(lambda: state.info.status == "completed", timeout=40)
    assert source_vm.watch.execute("query-status")["status"] == "postmigrate"
    arun.wait(lambda: destination_vm.watch.execute("query-status")["status"] == "running")
    arun.wait(lambda: not pane.advice.isVisible())
    assert not state.stuck
    # Judged afresh after the change: not called stuck again on the passes before it.
    assert warnings_of_stuck(window) == 1


def test_a_change_that_is_not_enough_is_judged_on_the_passes_after_it(
    dirtying: tuple[QemuVm, QemuVm], windows: Windows, arun: AsyncRunner
) -> None:
    source_vm, destination_vm = dirtying
    window = windows.on(source_vm, destination_vm)
    request = MigrateRequest(f"tcp:127.0.0.1:{free_port()}", parameters={"max-bandwidth": MIB})
    migrations, verdicts = start(window, arun, request)
    state = migrations.state
    arun.wait(lambda: state.stuck, timeout=40)
    # A downtime limit of 400 ms: still far under the 1-1.4 MiB (1.0-1.4 s at 1 MiB/s)
    # the guest dirties again each pass.
    changed_at = time.monotonic()
    assert arun(migrations.change({"downtime-limit": 400})).ok
    assert source_vm.watch.execute("query-migrate-parameters")["downtime-limit"] == 400
    verdicts.clear()
    arun.wait(lambda: state.stuck, timeout=40)
    # Not at once on the passes made at 1 MiB/s: after passes at the new limit.
    assert time.monotonic() - changed_at >= STUCK_MIN_S
    assert verdicts.count(False) >= 4
    arun.wait(lambda: warnings_of_stuck(window) == 2)
    assert source_vm.watch.execute("query-migrate")["status"] == "active"


def test_with_auto_converge_on_the_advice_is_to_throttle_harder(
    dirtying: tuple[QemuVm, QemuVm], windows: Windows, arun: AsyncRunner
) -> None:
    source_vm, destination_vm = dirtying
    window = windows.on(source_vm, destination_vm)
    # Throttling hardly slows a guest that rewrites its memory once a second and idles
    # the rest: it still outruns 1 MiB/s.
    request = MigrateRequest(
        f"tcp:127.0.0.1:{free_port()}",
        capabilities={"auto-converge": True},
        parameters={"max-bandwidth": MIB},
    )
    migrations, _ = start(window, arun, request)
    state = migrations.state
    arun.wait(lambda: state.stuck, timeout=40)
    offer = arun(migrations.ask_offer())
    advice = advise(state.samples[-1], state.parameters, state.capabilities, offer)
    kinds = [a.kind for a in advice]
    assert kinds == [AdviceKind.BANDWIDTH, AdviceKind.DOWNTIME, AdviceKind.THROTTLE]
    step = state.parameters["cpu-throttle-increment"]
    assert step == source_vm.watch.execute("query-migrate-parameters")["cpu-throttle-increment"]
    assert isinstance(step, int) and 10 <= step < 50  # doubled, not +10
    assert advice[2].commands == [("migrate-set-parameters", {"cpu-throttle-increment": 2 * step})]
    # Auto-converge is on: no words about turning it on.
    assert all("auto-converge cannot" not in a.sentence for a in advice)
    assert arun(migrations.cancel()).ok
    arun.wait(lambda: state.info.status == "cancelled")
    assert source_vm.watch.execute("query-status")["status"] == "running"
    # Ended, it is no longer called stuck.
    assert not state.stuck


def test_a_slow_guest_of_random_ram_is_never_called_stuck(
    pair: tuple[QemuVm, QemuVm], windows: Windows, arun: AsyncRunner
) -> None:
    source_vm, destination_vm = pair
    window = windows.on(source_vm, destination_vm)
    request = MigrateRequest(f"tcp:127.0.0.1:{free_port()}", parameters={"max-bandwidth": 4 * MIB})
    migrations, verdicts = start(window, arun, request)
    arun.wait(lambda: migrations.state.info.status == "completed", timeout=90)
    assert source_vm.watch.execute("query-status")["status"] == "postmigrate"
    # About 16 s of copying, every look judged: never stuck, never said so.
    assert len(verdicts) >= 10
    assert not any(verdicts)
    assert warnings_of_stuck(window) == 0


def test_once_auto_converge_throttles_at_its_most_no_harder_throttling_is_offered(
    dirtying: tuple[QemuVm, QemuVm], windows: Windows, arun: AsyncRunner
) -> None:
    source_vm, destination_vm = dirtying
    window = windows.on(source_vm, destination_vm)
    # Throttling starts at its most (99 %, QEMU's max-cpu-throttle): the guest, which
    # rewrites its memory once a second and idles the rest, still outruns 1 MiB/s.
    source_vm.watch.execute("migrate-set-parameters", {"cpu-throttle-initial": 99})
    request = MigrateRequest(
        f"tcp:127.0.0.1:{free_port()}",
        capabilities={"auto-converge": True},
        parameters={"max-bandwidth": MIB},
    )
    migrations, _ = start(window, arun, request)
    state = migrations.state
    pane = migration_pane(window)
    arun.wait(
        lambda: source_vm.watch.execute("query-migrate").get("cpu-throttle-percentage") == 99,
        timeout=40,
    )
    # The pane shows the throttle, and once stuck says it cannot help any more.
    arun.wait(lambda: pane.text("throttle") == "99 %")
    assert pane.values["throttle"].isVisibleTo(pane)
    arun.wait(lambda: state.stuck and pane.advice.isVisible(), timeout=40)
    arun.wait(lambda: "already throttled at 99 %" in pane.advice.why.text())
    kinds = [a.kind for a in pane.advice.advice]
    assert kinds == [AdviceKind.BANDWIDTH, AdviceKind.DOWNTIME]
    assert "migrationApply_throttle" not in [b.objectName() for b in pane.advice.buttons()]
    arun.wait(lambda: any("already throttled at 99 %" in text for text in log_texts(window)))
    # The bandwidth advice, applied, lets it finish: it asks for what sends each pass's
    # leftover within the downtime limit.
    pane.advice.buttons()[0].click()
    arun.wait(lambda: state.info.status == "completed", timeout=40)
    assert source_vm.watch.execute("query-status")["status"] == "postmigrate"
