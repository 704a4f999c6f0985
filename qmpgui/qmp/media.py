"""Eject and change removable media, on every QEMU since 1.0.

A device is named by its qdev id (`query-block`'s `qdev`) where the command
takes `id` (2.8+), else by its block backend name (`device`). Changing media
uses `blockdev-change-medium` (2.5+) and falls back to the legacy `change`
command (removed in 6.0) on servers without it. See qmp-protocol.md, section 2,
and qapi/block.json (eject, blockdev-change-medium).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

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
    raise MediaError("the device has neither a drive name nor a qdev id")


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
                note = "this QEMU cannot force a change past a locked tray"
            else:
                arguments["force"] = True
        commands.append(MediaCommand("blockdev-change-medium", arguments, note))
    if (not known or caps.has("change")) and device.device:
        arguments = {"device": device.device, "target": filename}
        if image_format:
            arguments["arg"] = image_format
        note = ""
        if read_only is not ReadOnlyMode.RETAIN:
            note = "this QEMU's change command cannot set the read-only mode; it was kept"
        commands.append(MediaCommand("change", arguments, note))
    if not commands:
        raise MediaError("this QEMU has neither blockdev-change-medium nor change")
    return commands


def removable(devices: list[BlockDevice]) -> list[BlockDevice]:
    """Devices whose medium can be ejected or changed (CD-ROM, floppy, SD card), in order."""
    return [d for d in devices if d.removable]
