"""The configuration file is the user's: edited while qmpgui runs, the edit is applied
and said, every save keeps it, and a file that is not valid is never written over."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from qmpgui.app.main_window import MainWindow
from qmpgui.ui.confirm import ConfirmDialog
from qmpgui.ui.media_dialog import MediaDialog
from tests.helpers.dialogs import answer_confirm, answer_dialog, when_modal
from tests.helpers.qemu_vm import QemuVm, events_seen
from tests.helpers.runner import AsyncRunner
from tests.helpers.screendump import open_viewer
from tests.helpers.windows import Windows, act, config_file, messages, told


@pytest.fixture
def vm(short_tmp: Path) -> Iterator[QemuVm]:
    """A VM with a screen (std VGA) and an empty CD-ROM drive (qdev id cd0)."""
    qemu = QemuVm(short_tmp, name="cfg").start(
        extra=[
            "-device",
            "VGA",
            "-drive",
            "if=none,id=cdrive,media=cdrom,readonly=on",
            "-device",
            "ide-cd,drive=cdrive,id=cd0",
        ]
    )
    yield qemu
    qemu.stop()


def on_disk(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text())  # type: ignore[no-any-return]


def edit_outside(path: Path, change: Callable[[dict[str, Any]], None]) -> None:
    """Change the file as a user's editor does: a new file renamed over the old one."""
    data = on_disk(path)
    change(data)
    new = path.with_name("config.json.new")
    new.write_text(json.dumps(data, indent=4))
    new.replace(path)


def saved_vm(vm: QemuVm, name: str = "") -> dict[str, Any]:
    return {"name": name, "endpoint": str(vm.app_socket), "autoconnect": True}


def rename_current(window: MainWindow, name: str) -> None:
    session = window.model.session(0)
    window.select_session(session)
    answer_dialog(session.endpoint_text, name)
    act(window, "actionEditVm").trigger()
    assert session.configured_name == name


@pytest.mark.qemu
def test_an_outside_edit_survives_each_kind_of_save(
    vm: QemuVm, short_tmp: Path, windows: Windows, arun: AsyncRunner, tmp_path: Path
) -> None:
    path = config_file(tmp_path)
    window = windows.on(vm, config={"vms": [saved_vm(vm)], "note": "kept"})
    session = window.model.session(0)
    other = {"name": "other", "endpoint": str(short_tmp / "other.sock"), "autoconnect": False}

    # Each save comes right after an edit of the file, before the window could read it.
    edit_outside(path, lambda d: d.update(live_interval_s=0.5, my_note="mine"))
    rename_current(window, "renamed")  # Edit VM
    arun.wait(lambda: on_disk(path)["vms"][0]["name"] == "renamed")
    assert on_disk(path)["my_note"] == "mine" and on_disk(path)["live_interval_s"] == 0.5

    edit_outside(path, lambda d: (d.update(command_timeout_s=7), d["vms"].append(other)))
    iso = short_tmp / "disc.iso"
    iso.write_bytes(b"CD001".rjust(2048 * 17, b"\0"))

    def change_media(dialog: MediaDialog) -> None:
        dialog.path_box.setEditText(str(iso))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    window.select_session(session)
    when_modal(MediaDialog, change_media)
    act(window, "actionChangeMedia").trigger()  # Change media remembers the image
    arun.wait(lambda: bool(on_disk(path).get("recent_media")))
    assert on_disk(path)["command_timeout_s"] == 7 and other in on_disk(path)["vms"]

    edit_outside(path, lambda d: d.update(greeting_timeout_s=3))
    window.select_session(session)
    viewer = open_viewer(window, arun)
    assert viewer.frame is not None
    assert arun(viewer.save_to(str(tmp_path / "shot.png")))  # the viewer keeps its folder
    arun.wait(lambda: on_disk(path).get("screendump_folder") == str(tmp_path))
    assert on_disk(path)["greeting_timeout_s"] == 3
    viewer.close()

    edit_outside(path, lambda d: d.update(event_log_limit=5000))
    window.select_session(session)
    answer_confirm(accept=True, dont_ask=True)
    act(window, "actionSystemReset").trigger()  # "Don't ask again"
    arun.wait(lambda: on_disk(path).get("confirm_destructive") is False)
    arun.wait(lambda: bool(events_seen(vm, "RESET")))

    final = on_disk(path)
    assert final["note"] == "kept" and final["my_note"] == "mine"
    assert (final["live_interval_s"], final["command_timeout_s"]) == (0.5, 7)
    assert (final["greeting_timeout_s"], final["event_log_limit"]) == (3, 5000)
    assert final["vms"] == [saved_vm(vm, "renamed"), other]
    # And the window took every edit, as it was made.
    arun.wait(lambda: window.event_log.limit == 5000)
    assert window.config.live_interval_s == 0.5 and window.settings.command_timeout_s == 7
    assert window.settings.greeting_timeout_s == 3
    assert [s.display_name for s in window.model.sessions] == ["renamed", "other"]


@pytest.mark.qemu
def test_an_outside_edit_is_applied_live_and_said_once(
    qemu: QemuVm, short_tmp: Path, windows: Windows, arun: AsyncRunner, tmp_path: Path
) -> None:
    path = config_file(tmp_path)
    start = {"vms": [saved_vm(qemu)], "poll_interval_s": 60}
    window = windows.on(qemu, config=start, poll_interval_s=None)  # a poll a minute
    session = window.model.session(0)
    arun.wait(lambda: session.poll_count >= 1)
    polls = session.poll_count
    added = str(short_tmp / "added.sock")

    def edit(data: dict[str, Any]) -> None:
        data.update(poll_interval_s=0.2, confirm_destructive=False, event_log_limit=100)
        data["my_note"] = "for me"
        data["vms"][0]["name"] = "web"
        data["vms"].append({"name": "added", "endpoint": added, "autoconnect": False})

    edit_outside(path, edit)
    said = (
        "config.json changed on disk: confirm_destructive false, poll_interval_s 0.2, "
        "event_log_limit 100, VM testvm renamed web, VM added added, "
        "my_note (not a qmpgui setting: kept as it is)"
    )
    arun.wait(lambda: told(window, said))
    # Polled five times a second now, not once a minute.
    arun.wait(lambda: session.poll_count >= polls + 10, timeout=15)
    assert [s.display_name for s in window.model.sessions] == ["web", "added"]
    assert window.event_log.limit == 100
    seen = when_modal(ConfirmDialog, lambda dialog: dialog.reject(), within_s=5)
    window.select_session(session)
    act(window, "actionSystemReset").trigger()  # confirmations are off: no question
    arun.wait(lambda: bool(events_seen(qemu, "RESET")))
    assert seen.texts == []

    edit_outside(path, lambda d: d["vms"].pop())  # and taken away again
    arun.wait(lambda: window.model.rowCount() == 1)
    arun.wait(lambda: told(window, "config.json changed on disk: VM added removed"))
    assert sum("changed on disk" in m for m in messages(window)) == 2  # once per edit
    assert on_disk(path)["my_note"] == "for me"  # reading never writes


def test_an_invalid_outside_edit_is_said_and_not_written_over(
    short_tmp: Path, windows: Windows, arun: AsyncRunner, tmp_path: Path
) -> None:
    path = config_file(tmp_path)
    endpoint = str(short_tmp / "none.sock")
    window = windows.open(config={"vms": [{"name": "a", "endpoint": endpoint}]})
    good = json.dumps({"vms": [{"name": "a", "endpoint": endpoint}], "poll_interval_s": 5})
    broken = good[:-1] + ",}\n"  # a comma too many
    path.write_text(broken)
    arun.wait(
        lambda: told(
            window,
            f"{path} changed on disk but is not valid JSON (line 1 column {len(good) + 1}: "
            "Expecting property name enclosed in double quotes): not applied; the window "
            "keeps its settings and does not save over the file until it is valid again",
        )
    )
    assert window.settings.poll_interval_s == 2  # the window keeps its settings

    rename_current(window, "renamed")  # a save while the file is not valid
    refusal = f"not saved: {path} is not valid JSON"
    arun.wait(lambda: any(refusal in m for m in messages(window)))
    assert "saves its changes once the file is valid again" in messages(window)[-1]
    assert path.read_text() == broken

    fixed = json.loads(good)
    fixed["my_note"] = "mine"
    path.write_text(json.dumps(fixed))
    # The window takes the valid file, then saves what it could not save before.
    arun.wait(lambda: on_disk(path)["vms"][0]["name"] == "renamed")
    assert on_disk(path)["poll_interval_s"] == 5 and on_disk(path)["my_note"] == "mine"
    arun.wait(lambda: told(window, "config.json changed on disk: poll_interval_s 5"))
    assert window.settings.poll_interval_s == 5
    assert window.model.session(0).display_name == "renamed"


def test_an_unusable_value_edited_in_is_said_and_kept(
    short_tmp: Path, windows: Windows, arun: AsyncRunner, tmp_path: Path
) -> None:
    path = config_file(tmp_path)
    window = windows.open(config={"vms": [], "poll_interval_s": 3})
    edit_outside(path, lambda d: d.update(poll_interval_s=-1, command_timeout_s=4))
    arun.wait(lambda: told(window, "config.json changed on disk: command_timeout_s 4"))
    assert (
        f"{path}: poll_interval_s = -1 is not usable; using 3.0 for this run "
        "(it must be a number of seconds from 0.1 to 1,000,000)"
    ) in messages(window)
    assert window.settings.poll_interval_s == 3  # the last usable value stays
    window.config.screendump_folder = "/shots"
    window.fleet.save_config()
    arun.wait(lambda: on_disk(path).get("screendump_folder") == "/shots")
    assert on_disk(path)["poll_interval_s"] == -1  # the user's to fix, not ours to replace


def test_a_file_unreadable_at_start_up_gets_the_changes_once_it_can_be_read(
    short_tmp: Path, windows: Windows, arun: AsyncRunner, tmp_path: Path
) -> None:
    path = config_file(tmp_path)
    path.mkdir(parents=True)  # a folder where the file should be: it cannot be read
    window = windows.open()
    mine = str(short_tmp / "mine.sock")
    answer_dialog(mine, "mine")
    act(window, "actionAddVm").trigger()
    arun.wait(lambda: any("not saved:" in m for m in messages(window)))
    assert path.is_dir()  # never written over

    path.rmdir()
    theirs = {"name": "theirs", "endpoint": str(short_tmp / "theirs.sock"), "autoconnect": False}
    path.write_text(json.dumps({"vms": [theirs], "my_note": 1}))
    arun.wait(lambda: path.is_file() and len(on_disk(path)["vms"]) == 2)
    assert on_disk(path)["vms"] == [theirs, {"name": "mine", "endpoint": mine, "autoconnect": True}]
    assert on_disk(path)["my_note"] == 1
    assert [s.display_name for s in window.model.sessions] == ["mine", "theirs"]
