"""Driving Migrate… and the Migration pane as a user does, for the window's migration
tests and the pictures' scene."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from qmpgui.app.main_window import MainWindow
from qmpgui.ui.migrate_dialog import MigrateDialog
from qmpgui.ui.migration_figures import DASH
from qmpgui.ui.panes.migration import MigrationPane
from tests.helpers.dialogs import Seen, when_modal
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import act


def open_dialog(window: MainWindow, arun: AsyncRunner, row: int = 0) -> MigrateDialog:
    """Select the VM of `row` alone, trigger Migrate… and wait until the dialog knows
    what the VM's QEMU offers (Start enabled)."""
    window.vm_list.selectRow(row)
    action = act(window, "actionMigrate")
    arun.wait(action.isEnabled)
    action.trigger()
    arun.wait(lambda: window.vm_actions.migrate.dialog is not None)
    dialog = window.vm_actions.migrate.dialog
    assert dialog is not None
    arun.wait(dialog.start_button.isEnabled)
    return dialog


def migration_pane(window: MainWindow, row: int = 0) -> MigrationPane:
    """The Migration pane on screen, showing the VM of `row`."""
    window.vm_list.selectRow(row)
    pane = window.pane(MigrationPane)
    window.panes.setCurrentWidget(pane)
    return pane


def start_slow(window: MainWindow, arun: AsyncRunner, mib_s: int = 4) -> MigrationPane:
    """Migrate… the VM of the first row to the VM waiting in inmigrate at `mib_s` MiB/s
    (slow enough to act on while it runs); the Migration pane once it shows a first
    pass."""
    dialog = open_dialog(window, arun)
    dialog.values["max-bandwidth"].setValue(mib_s)
    dialog.start_button.click()
    pane = migration_pane(window)
    arun.wait(lambda: pane.text("pass") != DASH)
    return pane


def answer_cancel(*, yes: bool) -> Seen:
    """When Cancel migration's question opens: answer it."""

    def act_on(box: QMessageBox) -> None:
        button = QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No
        box.button(button).click()

    return when_modal(QMessageBox, act_on)
