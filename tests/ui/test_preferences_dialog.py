"""The Preferences dialog: every setting with its unit, range and default, checked as typed."""

from __future__ import annotations

import dataclasses
import os
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit

from qmpgui.store.config import Config
from qmpgui.store.preferences import DEFAULTS
from qmpgui.ui.preferences_dialog import PreferencesDialog
from tests.helpers.dialogs import when_modal

RECENT = [{"path": "/isos/debian.iso", "format": "raw", "read_only_mode": "read-only"}]


def values(**changed: Any) -> dict[str, Any]:
    config = dataclasses.replace(Config(), **changed)
    return {key: getattr(config, key) for key in DEFAULTS}


def ok(dialog: PreferencesDialog) -> Any:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def beside(dialog: PreferencesDialog, key: str) -> str:
    label = dialog.findChild(QLabel, f"problem_{key}")
    assert label is not None
    return label.text()


def texts(dialog: PreferencesDialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def test_every_setting_with_its_unit_range_and_default(qtbot: Any) -> None:
    dialog = PreferencesDialog(None, values(poll_interval_s=5.0, recent_media=RECENT))
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "preferencesDialog"
    for key in DEFAULTS:
        if key in (
            "confirm_destructive",
            "recent_media",
            "toolbar_style",
            "tray_icon",
            "vm_list_sort",
        ):
            continue
        assert dialog.findChild(QLineEdit, f"pref_{key}") is not None, key
    assert dialog.edits["poll_interval_s"].text() == "5"
    shown = texts(dialog)
    assert "0.1 to 1,000,000 s; default 2" in shown
    assert "0.2 to 60 s; default 1" in shown  # live_interval_s
    assert "1 to 1,000,000 s; default 60" in shown  # powerdown_timeout_s
    assert "100 to 1,000,000 entries; default 100,000" in shown
    assert "default: on" in shown and "default: the home folder" in shown
    assert dialog.recent_list.item(0).text() == "/isos/debian.iso"
    assert dialog.confirm_box.isChecked() and ok(dialog).isEnabled()


def test_invalid_input_is_said_beside_the_field_and_ok_waits(qtbot: Any) -> None:
    dialog = PreferencesDialog(None, values())
    qtbot.addWidget(dialog)
    poll = dialog.edits["poll_interval_s"]
    poll.setText("0.05")
    assert beside(dialog, "poll_interval_s") == "must be a number of seconds from 0.1 to 1,000,000"
    assert not ok(dialog).isEnabled() and "poll_interval_s" in ok(dialog).toolTip()
    poll.setText("fast")
    assert beside(dialog, "poll_interval_s").startswith("not a number: enter a number of seconds")
    poll.setText("")
    assert beside(dialog, "poll_interval_s") == "enter a number of seconds from 0.1 to 1,000,000"
    dialog.edits["event_log_limit"].setText("2.5")
    assert beside(dialog, "event_log_limit").startswith("not a number: enter a whole number")
    dialog.folder_edit.setText("relative/shots")
    assert "full path" in beside(dialog, "screendump_folder")
    dialog.accept()  # Enter in a field does not get past it either
    assert dialog.result() != QDialog.DialogCode.Accepted

    poll.setText("0.5")
    dialog.edits["event_log_limit"].setText("5,000")
    assert not ok(dialog).isEnabled()  # the folder is still wrong
    dialog.folder_edit.setText("~/shots")
    assert ok(dialog).isEnabled() and beside(dialog, "poll_interval_s") == ""
    chosen = dialog.values()
    assert chosen["poll_interval_s"] == 0.5 and chosen["event_log_limit"] == 5000
    assert chosen["screendump_folder"] == os.path.expanduser("~/shots")


def test_restore_defaults_and_clear_recent_images(qtbot: Any) -> None:
    start = values(
        confirm_destructive=False,
        poll_interval_s=9.0,
        event_log_limit=500,
        screendump_folder="/shots",
        recent_media=RECENT,
    )
    dialog = PreferencesDialog(None, start)
    qtbot.addWidget(dialog)
    dialog.edits["command_timeout_s"].setText("nonsense")
    dialog.restore_defaults()
    assert ok(dialog).isEnabled()
    chosen = dialog.values()
    assert chosen == {**values(), "recent_media": RECENT}  # the images stay: Clear is theirs
    dialog.clear_recent.click()
    assert dialog.values()["recent_media"] == [] and not dialog.clear_recent.isEnabled()


def test_ask_gives_the_settings_or_none(qtbot: Any) -> None:
    def change(dialog: PreferencesDialog) -> None:
        dialog.confirm_box.setChecked(True)
        dialog.edits["greeting_timeout_s"].setText("2.5")
        ok(dialog).click()

    when_modal(PreferencesDialog, change)
    chosen = PreferencesDialog.ask(None, values(confirm_destructive=False))
    assert chosen == values(greeting_timeout_s=2.5)
    when_modal(PreferencesDialog, lambda dialog: dialog.reject())
    assert PreferencesDialog.ask(None, values()) is None


def test_what_is_wrong_with_a_field_shows_whole(qtbot: Any) -> None:
    # The dialog as small as it lets itself be made, its message of one or two lines:
    # each shows whole, wrapped to its width, inside the dialog.
    dialog = PreferencesDialog(None, values())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.resize(dialog.minimumSize())
    typed = (
        (dialog.edits["poll_interval_s"], "poll_interval_s", "0.05"),
        (dialog.edits["poll_interval_s"], "poll_interval_s", "fast"),
        (dialog.edits["event_log_limit"], "event_log_limit", "2.5"),
        (dialog.folder_edit, "screendump_folder", "relative/shots"),
    )
    for edit, key, text in typed:
        edit.selectAll()
        qtbot.keyClicks(edit, text)
        label = dialog.findChild(QLabel, f"problem_{key}")
        assert label is not None and label.text()

        def whole(label: QLabel = label) -> bool:
            inside = dialog.rect().contains(label.geometry())
            return (
                label.isVisible()
                and inside
                and label.height() >= label.heightForWidth(label.width())
            )

        qtbot.waitUntil(whole, timeout=5000)
        edit.clear()


def test_the_screens_release_keys_are_checked_as_typed(qtbot: Any) -> None:
    dialog = PreferencesDialog(None, values())
    qtbot.addWidget(dialog)
    edit = dialog.findChild(QLineEdit, "pref_screen_release_keys")
    assert edit is not None and edit.text() == "ctrl-alt"
    edit.setText("ctl-alt")
    assert beside(dialog, "screen_release_keys") == (
        "must be QEMU key names joined by -, such as ctrl-alt"
    )
    assert not ok(dialog).isEnabled()
    edit.setText("Ctrl-Alt_R")
    assert ok(dialog).isEnabled()
    assert dialog.values()["screen_release_keys"] == "ctrl-alt_r"
    dialog.restore_defaults()
    assert edit.text() == "ctrl-alt"


def test_the_toolbars_style_is_chosen_from_its_three(qtbot: Any) -> None:
    dialog = PreferencesDialog(None, values(toolbar_style="icons-only"))
    qtbot.addWidget(dialog)
    box = dialog.toolbar_box
    assert box.objectName() == "pref_toolbar_style"
    assert [box.itemText(i) for i in range(box.count())] == [
        "Text beside icons",
        "Text under icons",
        "Icons only",
    ]
    assert box.currentText() == "Icons only"
    box.setCurrentIndex(1)
    assert dialog.values()["toolbar_style"] == "text-under-icons"
    dialog.restore_defaults()
    assert dialog.values()["toolbar_style"] == "text-beside-icons"
