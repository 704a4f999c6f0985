"""The image paths a user types where QEMU runs on this host, judged by one check
(host/image_info.py) in the same words in the disk preset and in Change media, both
looked at off the window's thread, against a real QEMU 7.2; Change media's Insert,
pressed before the look ended, inserts nothing that fails it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from qmpgui.ui.media_dialog import MediaDialog
from qmpgui.ui.preset_forms import DiskForm
from tests.helpers.dialogs import when_modal
from tests.helpers.media import when_looked
from tests.helpers.presets import open_dialog
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, act

#: An empty CD-ROM drive (-S keeps the firmware off the tray).
CDROM = ["-S", "-drive", "if=none,id=cdrive,media=cdrom,readonly=on"]
CDROM += ["-device", "ide-cd,drive=cdrive,id=cd0"]


@pytest.mark.qemu
def test_the_disk_preset_and_change_media_say_the_same_of_a_path(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    dangling = short_tmp / "moved.iso"
    dangling.symlink_to(short_tmp / "gone.iso")
    paths = {
        "disc.iso": "give the full path of disc.iso: QEMU opens it from its own working folder",
        str(dangling): f"{dangling} is a link to a file that does not exist",
    }
    vm = QemuVm(short_tmp, name="words").start(extra=CDROM)
    try:
        window = windows.on(vm)
        dialog = open_dialog(window, arun)
        assert dialog.select_preset("disk")
        form = dialog.presets.forms["disk"]
        assert isinstance(form, DiskForm)
        for path, words in paths.items():
            form.path_edit.setText(path)
            arun.wait(lambda words=words: form.found.text() == words)  # type: ignore[misc]
        dialog.reject()

        notes: list[tuple[str, bool]] = []

        def type_paths(media: MediaDialog) -> None:
            ok = media.buttons.button(QDialogButtonBox.StandardButton.Ok)
            left = list(paths)

            def next_path() -> None:
                if notes:
                    notes[-1] = (media.note.text(), ok.isEnabled())
                if not left:
                    media.reject()
                    return
                media.path_box.setEditText(left.pop(0))
                # Insert at once: it waits for the look, which refuses the path.
                ok.click()
                notes.append(("", True))
                when_looked(media, next_path)

            next_path()

        seen = when_modal(MediaDialog, type_paths)
        act(window, "actionChangeMedia").trigger()
        arun.wait(lambda: bool(seen.texts) and len(notes) == len(paths))
        arun.wait(
            lambda: (
                window.findChild(MediaDialog) is None
                or not window.findChild(MediaDialog).isVisible()
            )
        )  # type: ignore[union-attr]
        assert notes == [(words, False) for words in paths.values()]
        cd = next(d for d in vm.watch.execute("query-block") if d["device"] == "cdrive")
        assert "inserted" not in cd
    finally:
        vm.stop()
