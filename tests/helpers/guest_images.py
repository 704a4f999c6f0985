"""Tiny guests for real-QEMU tests: one 512-byte boot sector each, on a raw floppy.

They give QEMU a guest that does something a test can check, without an OS:
a known picture on the screen, a guest that obeys the power button, one that
powers itself off, one that suspends itself, one that panics.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.helpers.qemu_vm import QemuVm

FLOPPY_BYTES = 1_474_560

#: Mode 13h (320x200, 256 colours), fill the screen with palette colour 4, halt.
#: Palette colour 4 is (168, 0, 0) in the VGA's default palette.
RED_SCREEN = bytes.fromhex("B8 13 00 CD 10 B8 00 A0 8E C0 31 FF B0 04 B9 00 FA F3 AA F4 EB FD")
RED = (168, 0, 0)

#: Enable the ACPI power button (PM1_EN at 0x602), poll PM1_STS (0x600) for it,
#: then power off (SLP_EN with type 0 in PM1_CNT at 0x604): a guest that obeys
#: system_powerdown within milliseconds.
OBEYS_POWER_BUTTON = bytes.fromhex(
    "BA 02 06 B8 00 01 EF BA 00 06 ED A9 00 01 74 F7 BA 04 06 B8 00 20 EF F4 EB FD"
)

#: Power off at once (SLP_EN with type 0 in PM1_CNT, as OBEYS_POWER_BUTTON does once
#: pressed): the guest shuts itself down, QEMU says SHUTDOWN (guest-shutdown) and exits.
POWERS_OFF_AT_BOOT = bytes.fromhex("BA 04 06 B8 00 20 EF F4 EB FD")

#: Suspend to RAM at once (SLP_EN with type 1 in PM1_CNT): the VM enters "suspended".
SUSPENDS_AT_BOOT = bytes.fromhex("BA 04 06 B8 00 24 EF F4 EB FD")


#: Write 1 to the pvpanic port: the guest panics as soon as it boots.
PANICS_AT_BOOT = bytes.fromhex("BA 05 05 B0 01 EE F4 EB FD")


def boot_floppy(path: Path, code: bytes) -> Path:
    """Write a raw floppy image that boots `code`."""
    assert len(code) <= 510
    path.write_bytes(code + bytes(510 - len(code)) + b"\x55\xaa" + bytes(FLOPPY_BYTES - 512))
    return path


def floppy_args(path: Path) -> list[str]:
    return ["-drive", f"file={path},if=floppy,format=raw", "-vga", "std"]


def running_boot_sector(vm: QemuVm) -> bool:
    """Whether the CPU runs the boot sector (loaded at 0x7C00) yet, not the firmware.

    A guest that enables the power button can only see presses made after that.
    """
    registers = vm.watch.execute("human-monitor-command", {"command-line": "info registers"})
    match = re.search(r"EIP=([0-9a-f]{8})", str(registers))
    return match is not None and 0x7C00 <= int(match.group(1), 16) < 0x7E00
