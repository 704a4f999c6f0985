"""Pictures of migration (scenes of tests/helpers/picture_scenes.py's SCENES, kept here
for the size of that file): a real pair of QEMUs beside the demo VM, a source with
random RAM and a destination waiting in inmigrate (tests/helpers/migration.py); each
scene starts its own pair and takes it off the list and stops it at its end."""

from __future__ import annotations

import asyncio
import shutil
import tempfile
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

from qmpgui.qmp.migration_options import MIB
from qmpgui.session import VmSession
from qmpgui.session.migration import migrations_of
from qmpgui.ui.migrate_dialog import MigrateDialog
from qmpgui.ui.panes.migration import MigrationPane
from tests.helpers.migration import dirtying_source_and_destination, source_and_destination
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.shooter import PictureError, Shooter

#: The bandwidth limit of the pictures' migration, MiB/s: slow enough to watch.
LIMIT_MIB = 4
#: Seconds of the migration the chart shows when its picture is taken.
CHART_S = 8.0


@asynccontextmanager
async def _pair(
    shot: Shooter, start: Callable[[Path], tuple[QemuVm, QemuVm]] = source_and_destination
) -> AsyncIterator[tuple[VmSession, VmSession]]:
    """The source and the destination (`start`ed) in the list, connected; gone afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="qmpgui-mig-"))
    vms: tuple[QemuVm, QemuVm] | None = None
    sessions: list[VmSession] = []
    try:
        vms = await asyncio.to_thread(start, folder)
        sessions = shot.window.fleet.open_endpoints([str(vm.app_socket) for vm in vms])
        await shot.until(lambda: all(s.connected for s in sessions), "the two QEMUs' connections")
        await shot.until(
            lambda: sessions[1].run_status == "inmigrate", "the destination waiting in inmigrate"
        )
        yield sessions[0], sessions[1]
    finally:
        if sessions:
            shot.window.fleet.remove(sessions)
        if vms is not None:
            for vm in vms:
                await asyncio.to_thread(vm.stop)
        shutil.rmtree(folder, ignore_errors=True)


async def _dialog(shot: Shooter, source: VmSession) -> MigrateDialog:
    shot.window.select_session(source)
    shot.press("actionMigrate")

    def ready() -> MigrateDialog | None:
        dialog = shot.window.vm_actions.migrate.dialog
        return dialog if dialog is not None and dialog.start_button.isEnabled() else None

    await shot.until(ready, "the Migrate dialog with what the QEMUs offer")
    dialog = ready()
    assert dialog is not None
    return dialog


async def migrate_dialog_scene(shot: Shooter) -> None:
    """Migrate… on the source: the destination waiting in the list chosen, its URI
    proposed, the options with their lines; then closed, nothing sent."""
    shot.lay_out()
    async with _pair(shot) as (source, _):
        dialog = await _dialog(shot, source)
        dialog.values["max-bandwidth"].setValue(LIMIT_MIB)
        dialog.adjustSize()
        await shot.shoot(dialog, "control/migrate.png")
        dialog.close()


async def migration_pane_scene(shot: Shooter) -> None:
    """The Migration pane on a source migrating at 4 MiB/s: figures and the chart after
    a few seconds; then cancelled."""
    shot.lay_out()
    async with _pair(shot) as (source, _):
        dialog = await _dialog(shot, source)
        dialog.values["max-bandwidth"].setValue(LIMIT_MIB)
        dialog.start_button.click()
        await shot.until(lambda: shot.window.vm_actions.migrate.dialog is None, "the start")
        shot.window.select_session(source)
        pane = shot.window.pane(MigrationPane)
        shot.window.panes.setCurrentWidget(pane)
        shot.window.window_actions.show_log.trigger()
        state = migrations_of(source).state

        def charted() -> bool:
            samples = state.samples
            return len(samples) > 2 and samples[-1].at_s - samples[0].at_s >= CHART_S

        await shot.until(charted, f"{CHART_S:g} s of the migration")
        if state.parameters.get("max-bandwidth") != LIMIT_MIB * MIB:
            raise PictureError("the bandwidth limit was not set")
        await shot.shoot(shot.window, "panes/migration.png")
        await migrations_of(source).cancel()
        await shot.until(lambda: not state.info.active, "the migration's cancel")


async def migration_advice_scene(shot: Shooter) -> None:
    """The Migration pane on a source whose guest keeps dirtying memory faster than the
    1 MiB/s it may send: the migration said not to finish, with what would help; then
    cancelled."""
    shot.lay_out()
    async with _pair(shot, dirtying_source_and_destination) as (source, _):
        dialog = await _dialog(shot, source)
        dialog.values["max-bandwidth"].setValue(1)
        dialog.start_button.click()
        await shot.until(lambda: shot.window.vm_actions.migrate.dialog is None, "the start")
        shot.window.select_session(source)
        pane = shot.window.pane(MigrationPane)
        shot.window.panes.setCurrentWidget(pane)
        state = migrations_of(source).state
        await shot.until(pane.advice.isVisible, "the advice of a stuck migration")
        await shot.shoot(shot.window, "panes/migration-advice.png")
        await migrations_of(source).cancel()
        await shot.until(lambda: not state.info.active, "the migration's cancel")
