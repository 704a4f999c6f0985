"""Removable media: insert, eject and the locked tray, against real and old QEMUs."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog

from qmpgui.models.block_model import COLUMNS as BLOCK_COLUMNS
from qmpgui.ui.confirm import ConfirmDialog
from qmpgui.ui.media_dialog import MediaDialog
from qmpgui.ui.panes.block import BlockPane
from tests.helpers.dialogs import answer_confirm, when_modal
from tests.helpers.fake_qmp import FakeQmpServer, read_command, reply
from tests.helpers.media import fill_media_dialog, pick_drive
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.recorded import LEGACY
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, act, messages


@pytest.fixture
def cd_vm(short_tmp: Path) -> Iterator[QemuVm]:
    """A VM with an empty CD-ROM drive (qdev id cd0); -S keeps the firmware off the tray."""
    vm = QemuVm(short_tmp, name="media").start(
        extra=[
            "-S",
            "-drive",
            "if=none,id=cdrive,media=cdrom,readonly=on",
            "-device",
            "ide-cd,drive=cdrive,id=cd0",
        ]
    )
    yield vm
    vm.stop()


def watched_cd(vm: QemuVm) -> dict[str, Any]:
    devices = vm.watch.execute("query-block")
    return next(d for d in devices if d.get("qdev", "").endswith("cd0"))  # type: ignore[no-any-return]


@pytest.mark.qemu
def test_insert_an_image_then_eject_it(
    cd_vm: QemuVm, short_tmp: Path, windows: Windows, arun: AsyncRunner, tmp_path: Path
) -> None:
    iso = short_tmp / "disc.iso"
    iso.write_bytes(b"CD001".rjust(2048 * 17, b"\0"))  # a small raw image QEMU accepts
    window = windows.on(cd_vm)
    window.panes.setCurrentWidget(window.pane(BlockPane))  # the pane that shows the tray

    notes = fill_media_dialog(str(iso))
    act(window, "actionChangeMedia").trigger()
    arun.wait(lambda: watched_cd(cd_vm).get("inserted", {}).get("file") == str(iso))
    inserted = watched_cd(cd_vm)["inserted"]
    assert inserted["ro"] is True and inserted["drv"] == "raw"
    assert notes[0] == "no such file: /no/such/image.iso" and notes[1] == "False"
    arun.wait(
        lambda: any("Change media (blockdev-change-medium) ok" in m for m in messages(window))
    )
    arun.wait(lambda: bool(window.config.recent_media))
    assert window.config.recent_media[0] == {
        "path": str(iso),
        "format": "raw",
        "read_only_mode": "read-only",
    }

    # Eject asks first, naming the medium; then the tray opens and the medium is gone.
    seen = answer_confirm(accept=True)
    act(window, "actionEject").trigger()
    arun.wait(lambda: watched_cd(cd_vm)["tray_open"] is True)
    assert str(iso) in seen.texts[0] and "cd0" in seen.texts[0]
    assert "inserted" not in watched_cd(cd_vm)
    pane = window.pane(BlockPane)
    tray = BLOCK_COLUMNS.index("Tray")
    arun.wait(lambda: "open" in str(pane.model.data(pane.model.index(0, tray))))

    # The dialog offers the image again, with the format and mode it was used with.
    def pick_recent(dialog: MediaDialog) -> None:
        assert dialog.path_box.count() == 1 and dialog.path_box.itemText(0) == str(iso)
        dialog.path_box.setCurrentIndex(0)
        dialog.path_box.activated.emit(0)
        assert dialog.format_box.currentData() == "raw"
        assert dialog.mode_box.currentData() == "read-only"
        dialog.reject()

    seen = when_modal(MediaDialog, pick_recent)
    act(window, "actionChangeMedia").trigger()
    arun.wait(lambda: bool(seen.texts))


class LegacyServer:
    """QEMU 1.0 as recorded: no schema, `change` and `eject {device}`, maybe a locked tray."""

    def __init__(self, locked: bool) -> None:
        self.locked = locked
        self.commands: list[dict[str, Any]] = []
        block = json.loads((LEGACY / "query-block-qemu-1.0.json").read_text())["return"]
        for device in block:
            if device["device"] == "ide1-cd0":
                device["locked"] = locked
        self.block = block

    async def __call__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        greeting = json.loads((LEGACY / "greeting-qemu-1.0.json").read_text())
        writer.write(json.dumps(greeting).encode() + b"\r\n")
        while True:
            request = await read_command(reader)
            name = request.get("execute")
            self.commands.append(request)
            value: object = {}
            if name in ("query-qmp-schema", "query-name", "query-uuid", "blockdev-change-medium"):
                writer.write(
                    json.dumps(
                        {
                            "error": {
                                "class": "CommandNotFound",
                                "desc": f"The command {name} has not been found",
                            },
                            "id": request.get("id"),
                        }
                    ).encode()
                    + b"\r\n"
                )
                continue
            if name == "query-commands":
                value = [{"name": n} for n in ("query-status", "query-block", "eject", "change")]
            elif name == "query-status":
                value = {"status": "running", "running": True}
            elif name == "query-block":
                value = self.block
            elif name == "eject":
                arguments = request.get("arguments", {})
                assert isinstance(arguments, dict)
                if self.locked and not arguments.get("force"):
                    writer.write(
                        json.dumps(
                            {
                                "error": {
                                    "class": "DeviceLocked",
                                    "desc": "Device 'ide1-cd0' is locked",
                                },
                                "id": request.get("id"),
                            }
                        ).encode()
                        + b"\r\n"
                    )
                    continue
            writer.write(reply(request, value))
            await writer.drain()

    def sent(self, name: str) -> list[dict[str, Any]]:
        return [c.get("arguments", {}) for c in self.commands if c.get("execute") == name]


def test_old_qemu_gets_change_and_eject_by_drive_name(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    server = LegacyServer(locked=False)
    image = short_tmp / "old.iso"
    image.write_bytes(b"\0" * 4096)
    with FakeQmpServer(short_tmp / "old.sock", server):
        window = windows.on(short_tmp / "old.sock", poll_interval_s=None)
        window.config.confirm_destructive = False

        def choose(dialog: MediaDialog) -> None:
            dialog.device_box.setCurrentIndex(
                next(
                    i
                    for i in range(dialog.device_box.count())
                    if dialog.device_box.itemText(i).startswith("ide1-cd0")
                )
            )
            dialog.path_box.setEditText(str(image))
            dialog.format_box.setCurrentIndex(dialog.format_box.findData("raw"))
            dialog.mode_box.setCurrentIndex(dialog.mode_box.findData("read-only"))
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

        when_modal(MediaDialog, choose)
        act(window, "actionChangeMedia").trigger()
        arun.wait(lambda: bool(server.sent("change")))
        assert server.sent("change")[0] == {
            "device": "ide1-cd0",
            "target": str(image),
            "arg": "raw",
        }
        arun.wait(lambda: any("cannot set the read-only mode" in m for m in messages(window)))

        # Three removable drives, but only the CD-ROM has something to eject (its tray:
        # type "cdrom", as QEMU 1.0 says it, which reports no tray): no question.
        asked = when_modal(QInputDialog, lambda dialog: dialog.reject())
        act(window, "actionEject").trigger()
        arun.wait(lambda: bool(server.sent("eject") or asked.texts))
        assert server.sent("eject")[0] == {"device": "ide1-cd0"} and asked.texts == []


def test_a_locked_tray_offers_force_eject(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    server = LegacyServer(locked=True)
    with FakeQmpServer(short_tmp / "old.sock", server):
        window = windows.on(short_tmp / "old.sock", poll_interval_s=None)
        window.config.confirm_destructive = False

        seen = when_modal(ConfirmDialog, lambda d: d.accept_button.click())
        act(window, "actionEject").trigger()  # the one drive that can eject: no question
        arun.wait(lambda: len(server.sent("eject")) == 2)
        assert server.sent("eject") == [
            {"device": "ide1-cd0"},
            {"device": "ide1-cd0", "force": True},
        ]
        assert "The guest has locked the tray of ide1-cd0" in seen.texts[0]
        arun.wait(lambda: any("Eject failed: DeviceLocked" in m for m in messages(window)))
        arun.wait(lambda: any("Force eject (eject) ok" in m for m in messages(window)))


def test_eject_asks_which_drive_when_two_can_act(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    server = LegacyServer(locked=False)
    floppy = next(d for d in server.block if d["device"] == "floppy0")
    floppy["inserted"] = {"file": "/images/boot.img", "ro": False, "drv": "raw"}
    with FakeQmpServer(short_tmp / "old.sock", server):
        window = windows.on(short_tmp / "old.sock", poll_interval_s=None)
        window.config.confirm_destructive = False

        offered = pick_drive("floppy0")
        act(window, "actionEject").trigger()
        arun.wait(lambda: bool(server.sent("eject")))
        assert server.sent("eject") == [{"device": "floppy0"}]
        # The CD-ROM (a tray) and the floppy with a disk; not sd0, empty and trayless.
        assert [o.split(":")[0] for o in offered] == ["ide1-cd0", "floppy0"]
