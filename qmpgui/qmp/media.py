"""Eject and change removable media, on every QEMU since 1.0.

A device is named by its qdev id (`query-block`'s `qdev`) where the command
takes `id` (2.8+), else by its block backend name (`device`). Changing media
uses `blockdev-change-medium` (2.5+) and falls back to the legacy `change`
command (removed in 6.0) on servers without it. See qmp-protocol.md, section 2,
and qapi/block.json (eject, blockdev-change-medium).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from qmpgui.i18n import marked, translate
from qmpgui.qmp.actions import MediaAction
from qmpgui.qmp.block import BlockDevice
from qmpgui.qmp.types import Capabilities

#: Image formats offered in the Change media dialog; "" lets QEMU probe.
IMAGE_FORMATS = ("", "raw", "qcow2", "vmdk", "vdi", "vpc", "vhdx", "dmg", "qed")


class ReadOnlyMode(StrEnum):
    """`blockdev-change-medium`'s `read-only-mode` (BlockdevChangeReadOnlyMode)."""

    RETAIN = "retain"
    READ_ONLY = "read-only"
    READ_WRITE = "read-write"


class MediaError(ValueError):
    """The request cannot be sent to this server; the message says why."""


@dataclass(frozen=True, slots=True)
class MediaCommand:
    """One command to send: its name and `arguments` as QMP takes them."""

    command: str
    arguments: dict[str, object] = field(default_factory=dict)
    #: Said to the user with the outcome (what this server could not do).
    note: str = ""


def device_reference(device: BlockDevice, caps: Capabilities, command: str) -> dict[str, object]:
    """`{"id": qdev}` where the command takes it, else `{"device": name}`.

    `command` is the command the reference is for ("eject", ...): the schema says
    whether it takes `id` (2.8+). Without a schema, a device with only a qdev name is
    named by `id` all the same. Raises MediaError when the device has neither name.
    """
    if device.qdev and caps.takes(command, "id"):
        return {"id": device.qdev}
    if device.device:
        return {"device": device.device}
    if device.qdev:  # no schema, yet only a qdev name: try it, QEMU will say
        return {"id": device.qdev}
    raise MediaError(translate("media", "the device has neither a drive name nor a qdev id"))


def eject_command(device: BlockDevice, caps: Capabilities, *, force: bool = False) -> MediaCommand:
    """The `eject` command for `device` (`force` also ejects past a locked tray).

    Raises MediaError when the device has neither a drive name nor a qdev id.
    """
    arguments = device_reference(device, caps, "eject")
    if force:
        arguments["force"] = True
    return MediaCommand("eject", arguments)


def change_commands(
    device: BlockDevice,
    caps: Capabilities,
    filename: str,
    *,
    image_format: str = "",
    read_only: ReadOnlyMode = ReadOnlyMode.RETAIN,
    force: bool = False,
) -> list[MediaCommand]:
    """The commands to try in order; the next is tried only if QEMU lacks the previous one.

    `blockdev-change-medium {id | device, filename, *format, *read-only-mode, *force}`
    first, then the legacy `change {device, target, *arg}` (only with a drive name).
    With no command list from the server, both are tried. A MediaCommand's `note` says
    what this server could not do (force, or the read-only mode with `change`). Raises
    MediaError when the server has neither command, or the device has no name.
    """
    commands: list[MediaCommand] = []
    known = bool(caps.commands)
    if not known or caps.has("blockdev-change-medium"):
        arguments = device_reference(device, caps, "blockdev-change-medium")
        arguments["filename"] = filename
        if image_format:
            arguments["format"] = image_format
        if read_only is not ReadOnlyMode.RETAIN:
            arguments["read-only-mode"] = str(read_only)
        note = ""
        if force:
            if caps.takes("blockdev-change-medium", "force") is False:
                note = translate("media", "this QEMU cannot force a change past a locked tray")
            else:
                arguments["force"] = True
        commands.append(MediaCommand("blockdev-change-medium", arguments, note))
    if (not known or caps.has("change")) and device.device:
        arguments = {"device": device.device, "target": filename}
        if image_format:
            arguments["arg"] = image_format
        note = ""
        if read_only is not ReadOnlyMode.RETAIN:
            note = translate(
                "media", "this QEMU's change command cannot set the read-only mode; it was kept"
            )
        commands.append(MediaCommand("change", arguments, note))
    if not commands:
        raise MediaError(
            translate("media", "this QEMU has neither blockdev-change-medium nor change")
        )
    return commands


def removable(devices: Sequence[BlockDevice]) -> list[BlockDevice]:
    """Devices whose medium can be ejected or changed (CD-ROM, floppy, SD card), in order."""
    return [d for d in devices if d.removable]


def ejectable(devices: Sequence[BlockDevice]) -> list[BlockDevice]:
    """The removable drives Eject acts on, in order: those with a medium inside, or with a
    closed tray to open. An empty drive without a tray (the floppy0 and sd0 of a pc
    machine) or with its tray open already has nothing to eject.

    query-block reports a tray (`tray_open`) since 1.1; before, a drive of type "cdrom"
    has one.
    """

    def can_act(d: BlockDevice) -> bool:
        has_tray = d.tray_open is not None or d.type == "cdrom"
        return d.inserted is not None or (has_tray and not d.tray_open)

    return [d for d in removable(devices) if can_act(d)]


def changeable(devices: Sequence[BlockDevice]) -> list[BlockDevice]:
    """The removable drives Change media can insert into: those a guest device uses.

    Drives with a tray (CD-ROMs; see ejectable()) come first, in query-block's order, then
    the others.
    query-block names the device of a drive by `qdev` since 2.10: where some drive has
    one, a drive without (the sd0 of a pc machine, which has no SD card reader) is used
    by no device. Before 2.10 every removable drive counts.
    """
    named = any(d.qdev for d in devices)
    found = [d for d in removable(devices) if d.qdev or not named]
    return sorted(found, key=lambda d: d.tray_open is None and d.type != "cdrom")


#: Why Eject or Change media has no drive to act on.
NO_REMOVABLE = marked("media", "this VM has no removable drive (CD-ROM, floppy)")
NOTHING_TO_EJECT = marked(
    "media", "nothing to eject: no removable drive holds a medium or has a closed tray"
)


def media_refusal(action: MediaAction, devices: Sequence[BlockDevice]) -> str | None:
    """Why `action` has no drive among `devices` (query-block's, parsed) to act on, in a
    sentence; None when it has one."""
    if action is MediaAction.EJECT:
        if ejectable(devices):
            return None
        return (
            translate("media", NOTHING_TO_EJECT)
            if changeable(devices)
            else translate("media", NO_REMOVABLE)
        )
    return None if changeable(devices) else translate("media", NO_REMOVABLE)
