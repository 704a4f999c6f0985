"""Preferences (File menu, Ctrl+,): the settings applied at once and saved in the file,
without losing what was edited in the file meanwhile."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox

from qmpgui.ui.confirm import ConfirmDialog
from qmpgui.ui.preferences_dialog import PreferencesDialog
from tests.helpers.dialogs import answer_confirm, when_modal
from tests.helpers.qemu_vm import QemuVm, host_resets
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, act, config_file, messages, told

RECENT = [{"path": "/isos/debian.iso", "format": "raw", "read_only_mode": "read-only"}]


def on_disk(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text()) if path.exists() else {}  # type: ignore[no-any-return]


def press_ok(dialog: PreferencesDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_preferences_is_in_the_file_menu_with_ctrl_comma(windows: Windows) -> None:
    window = windows.open()
    action = act(window, "actionPreferences")
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    assert action in file_menu.actions() and action.isEnabled()
    assert action.shortcut() == QKeySequence("Ctrl+,")
    assert action.property("accessibleName") == "Preferences"


@pytest.mark.qemu
def test_preferences_change_settings_live_and_in_the_file(
    qemu: QemuVm, windows: Windows, arun: AsyncRunner, tmp_path: Path
) -> None:
    path = config_file(tmp_path)
    start = {
        "vms": [{"name": "", "endpoint": str(qemu.app_socket), "autoconnect": True}],
        "poll_interval_s": 60,
        "recent_media": RECENT,
        "note": "mine",
    }
    window = windows.on(qemu, config=start, poll_interval_s=None)  # a poll a minute
    session = window.model.session(0)
    arun.wait(lambda: session.poll_count >= 1)
    polls = session.poll_count
    shown: dict[str, Any] = {}

    def change(dialog: PreferencesDialog) -> None:
        shown.update(poll=dialog.edits["poll_interval_s"].text())
        shown.update(recent=dialog.recent_list.item(0).text())
        dialog.edits["poll_interval_s"].setText("0.01")
        shown.update(ok=dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled())
        dialog.edits["poll_interval_s"].setText("0.2")
        dialog.edits["command_timeout_s"].setText("4")
        dialog.edits["event_log_limit"].setText("500")
        dialog.confirm_box.setChecked(False)
        dialog.clear_recent.click()
        # Meanwhile the file is edited elsewhere: the save keeps that edit.
        path.write_text(json.dumps({**on_disk(path), "other_note": "theirs"}))
        press_ok(dialog)

    when_modal(PreferencesDialog, change)
    act(window, "actionPreferences").trigger()
    assert shown == {"poll": "60", "recent": RECENT[0]["path"], "ok": False}

    # Live: polled five times a second now, the rest in place for what comes next.
    arun.wait(lambda: session.poll_count >= polls + 10, timeout=15)
    assert window.settings.command_timeout_s == 4 and window.event_log.limit == 500
    assert window.config.recent_media == [] and not window.config.confirm_destructive
    assert (
        "preferences: confirm_destructive false, poll_interval_s 0.2, command_timeout_s 4, "
        "recent_media (no images), event_log_limit 500"
    ) in messages(window)
    # In the file, beside what the user wrote there.
    arun.wait(lambda: on_disk(path).get("poll_interval_s") == 0.2)
    saved = on_disk(path)
    assert (saved["command_timeout_s"], saved["event_log_limit"]) == (4, 500)
    assert saved["confirm_destructive"] is False and saved["recent_media"] == []
    assert saved["note"] == "mine" and saved["other_note"] == "theirs"
    assert saved["vms"] == start["vms"]
    # The save found the edit first: it is said as any edit of the file is.
    assert told(window, "config.json changed on disk: other_note (not a qmpgui setting")

    # Cancel changes nothing; Restore defaults then OK goes back to the defaults.
    when_modal(PreferencesDialog, lambda dialog: dialog.reject())
    act(window, "actionPreferences").trigger()
    assert window.settings.poll_interval_s == 0.2

    def restore(dialog: PreferencesDialog) -> None:
        dialog.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).click()
        press_ok(dialog)

    when_modal(PreferencesDialog, restore)
    act(window, "actionPreferences").trigger()
    assert window.settings.poll_interval_s == 2 and window.event_log.limit == 100_000
    arun.wait(lambda: on_disk(path).get("poll_interval_s") == 2)
    assert on_disk(path)["confirm_destructive"] is True


@pytest.mark.qemu
def test_turning_confirmations_back_on_makes_reset_ask_again(
    qemu: QemuVm, windows: Windows, arun: AsyncRunner, tmp_path: Path
) -> None:
    path = config_file(tmp_path)
    window = windows.on(qemu)
    answer_confirm(accept=True, dont_ask=True)
    act(window, "actionSystemReset").trigger()
    arun.wait(lambda: host_resets(qemu) == 1)
    arun.wait(lambda: on_disk(path).get("confirm_destructive") is False)

    def ask_again(dialog: PreferencesDialog) -> None:
        assert not dialog.confirm_box.isChecked()  # as "Don't ask again" left it
        dialog.confirm_box.setChecked(True)
        press_ok(dialog)

    when_modal(PreferencesDialog, ask_again)
    act(window, "actionPreferences").trigger()
    arun.wait(lambda: on_disk(path).get("confirm_destructive") is True)

    seen = when_modal(ConfirmDialog, lambda dialog: dialog.reject())
    act(window, "actionSystemReset").trigger()
    assert len(seen.texts) == 1 and "Reset this VM?" in seen.texts[0]
    assert host_resets(qemu) == 1  # declined: nothing sent
    seen = answer_confirm(accept=True)
    act(window, "actionSystemReset").trigger()
    arun.wait(lambda: host_resets(qemu) == 2)
    assert len(seen.texts) == 1


def test_a_field_left_alone_does_not_undo_an_edit_made_while_the_dialog_was_open(
    windows: Windows, arun: AsyncRunner, tmp_path: Path
) -> None:
    path = config_file(tmp_path)
    window = windows.open(config={"vms": [], "greeting_timeout_s": 5})
    pressed: list[bool] = []

    def edit_then_ok(dialog: PreferencesDialog) -> None:
        path.write_text(json.dumps({**on_disk(path), "greeting_timeout_s": 3}))

        def when_taken() -> None:  # once the window took the edit, change another field
            if window.settings.greeting_timeout_s != 3:
                QTimer.singleShot(20, when_taken)
                return
            assert dialog.edits["greeting_timeout_s"].text() == "5"  # as it was opened
            dialog.edits["command_timeout_s"].setText("8")
            press_ok(dialog)
            pressed.append(True)

        when_taken()

    when_modal(PreferencesDialog, edit_then_ok)
    act(window, "actionPreferences").trigger()
    assert pressed
    assert window.settings.greeting_timeout_s == 3 and window.settings.command_timeout_s == 8
    arun.wait(lambda: on_disk(path).get("command_timeout_s") == 8)
    assert on_disk(path)["greeting_timeout_s"] == 3
