"""Tiny guests for real-QEMU tests: one 512-byte boot sector each, on a raw floppy.

They give QEMU a guest that does something a test can check, without an OS:
a known picture on the screen, a guest that obeys the power button, one that
powers itself off, one that suspends itself, one that panics, one that reports the
keys it gets on its serial port, one that keeps dirtying memory.
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

#: Switch to 32-bit protected mode (flat segments, A20 on through port 0x92), fill RAM
#: from 1 MiB to 62 MiB with xorshift32 numbers, halt: a guest whose memory is not zero
#: pages, so that a migration of it takes time to watch (an idle guest's RAM migrates in
#: a blink). Assembled with GNU as (.code16, then .code32) for 0x7C00.
FILLS_MEMORY = bytes.fromhex(
    "FA 31 C0 8E D8 E4 92 0C 02 E6 92 66 0F 01 16 78 7C 0F 20 C0 66 83 C8 01 0F 22 C0 66 "
    "EA 23 7C 00 00 08 00 66 B8 10 00 8E D8 8E C0 BF 00 00 10 00 B8 91 F4 45 25 89 C2 C1 "
    "E2 0D 31 D0 89 C2 C1 EA 11 31 D0 89 C2 C1 E2 05 31 D0 89 07 83 C7 04 81 FF 00 00 E0 "
    "03 72 DE F4 EB FD 8D B6 00 00 00 00 00 00 00 00 00 00 00 00 FF FF 00 00 00 9A CF 00 "
    "FF FF 00 00 00 92 CF 00 17 00 60 7C 00 00"
)

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


#: With interrupts off (the BIOS's keyboard handler never runs), write "K " on COM1
#: (0x3F8), then poll the keyboard controller (port 0x64 bit 0: a byte waits; bit 5:
#: it is the mouse's, dropped) and write each scan code read from port 0x60 on COM1 as
#: two hex digits and a space. The controller translates to scan code set 1, so
#: Ctrl+Alt+Del reads "1D 38 E0 53 E0 D3 B8 9D" (makes in order, breaks in reverse).
#: Assembled from (GNU as, .code16, Intel syntax):
#:   cli; mov dx,0x3F8; mov al,'K'; out dx,al; mov al,' '; out dx,al
#:   poll: in al,0x64; test al,1; jz poll; mov ah,al; in al,0x60; test ah,0x20; jnz poll
#:   mov ah,al; shr al,4; add al,'0'; cmp al,'9'; jbe 1f; add al,7; 1: out dx,al
#:   mov al,ah; and al,0x0F; add al,'0'; cmp al,'9'; jbe 2f; add al,7; 2: out dx,al
#:   mov al,' '; out dx,al; jmp poll
REPORTS_KEYS = bytes.fromhex(
    "FA BA F8 03 B0 4B EE B0 20 EE E4 64 A8 01 74 FA 88 C4 E4 60 F6 C4 20 75 F1 88 C4 C0 E8"
    "04 04 30 3C 39 76 02 04 07 EE 88 E0 24 0F 04 30 3C 39 76 02 04 07 EE B0 20 EE EB D1"
)
#: What REPORTS_KEYS writes first, once it reads the keyboard.
KEYS_READY = "K "

#: VBE mode 0x105 (1024x768, 256 colours, banked), which QEMU's std VGA (SeaBIOS's
#: VGA BIOS) sets: a screendump of these guests is 1024x768.
VBE_1024x768 = 0x105
#: A guest whose screen never stops changing: VBE mode 0x105, then the first bank
#: (0xA0000, 64 KiB: the top 64 rows) filled again and again with the next colour.
#:   cli; mov ax,0x4F02; mov bx,0x105; int 0x10; mov ax,0xA000; mov es,ax; xor bx,bx
#:   next: inc bl; mov al,bl; mov ah,al; xor di,di; mov cx,0x8000; rep stosw; jmp next
REDRAWS = bytes.fromhex(
    "FA B8 02 4F BB 05 01 CD 10 B8 00 A0 8E C0 31 DB FE C3 88 D8 88 C4 31 FF B9 00 80 F3 ABEB F1"
)
#: A guest that draws each key it gets: VBE mode 0x105 (black), then, polling the
#: keyboard controller as REPORTS_KEYS does, the top 64 rows filled with the colour
#: numbered by each scan code read (a press and its release differ by 0x80).
#:   cli; mov ax,0x4F02; mov bx,0x105; int 0x10; mov ax,0xA000; mov es,ax
#:   poll: in al,0x64; test al,1; jz poll; mov ah,al; in al,0x60; test ah,0x20; jnz poll
#:   mov ah,al; xor di,di; mov cx,0x8000; rep stosw; jmp poll
DRAWS_KEYS = bytes.fromhex(
    "FA B8 02 4F BB 05 01 CD 10 B8 00 A0 8E C0 E4 64 A8 01 74 FA 88 C4 E4 60 F6 C4 20 75 F1"
    "88 C4 31 FF B9 00 80 F3 AB EB E6"
)

#: Bytes DIRTIES_MEMORY rewrites each second, from 1 MiB up.
DIRTY_BYTES = 0x180000
#: A guest that keeps dirtying memory: each time the RTC's seconds change, it rewrites
#: DIRTY_BYTES (1.5 MiB) of RAM from 1 MiB up with a new value (never zero, which
#: migration would send as cheap zero pages). At a 1 MiB/s migration limit what was
#: sent is dirty again before the pass ends, so the migration never finishes; at
#: 2 MiB/s it does within a second (measured on QEMU 7.2, TCG; qmp/convergence.py has
#: the figures). Protected mode (flat 4 GiB segments) to reach past 1 MiB; the RTC,
#: not the PIT, for time, so that a vCPU starved for a while by a busy host still
#: rewrites once a second. Toggling CR0.WP before each rewrite flushes TCG's TLB: in
#: QEMU 7.2 (TCG) stores through TLB entries made before a dirty-bitmap sync were not
#: seen as dirtying. Without the flush the same guest migrated at 1 MiB/s within 4 s,
#: as if idle, and the destination (-S) held stale pages: 125 and 177 of the 384
#: differed from the source's in two runs; with it, none at 2 MiB/s.
#: Assembled from (GNU as, Intel syntax, linked at 0x7C00):
#:   .code16: cli; xor ax,ax; mov ds,ax; in al,0x92; or al,2; out 0x92,al (A20 on)
#:     lgdt [gdtr]; mov eax,cr0; or al,1; mov cr0,eax; ljmp 0x08,pm
#:   .code32 pm: mov ax,0x10; mov ds,ax; mov es,ax; xor edx,edx; xor ebx,ebx
#:   tick: xor al,al; out 0x70,al; in al,0x71; cmp al,bl; je tick; mov bl,al
#:     mov eax,cr0; xor eax,0x10000; mov cr0,eax; inc edx; mov eax,edx
#:     or eax,0x80000000; mov edi,0x100000; mov ecx,DIRTY_BYTES/4; rep stosd; jmp tick
#:   gdt: null; code 0x00CF9A000000FFFF; data 0x00CF92000000FFFF; gdtr: .word 23, .long gdt
DIRTIES_MEMORY = bytes.fromhex(
    "FA 31 C0 8E D8 E4 92 0C 02 E6 92 0F 01 16 70 7C 0F 20 C0 0C 01 0F 22 C0 EA 1D 7C 08"
    "00 66 B8 10 00 8E D8 8E C0 31 D2 31 DB 30 C0 E6 70 E4 71 38 D8 74 F6 88 C3 0F 20 C0"
    "35 00 00 01 00 0F 22 C0 42 89 D0 0D 00 00 00 80 BF 00 00 10 00 B9 00 00 06 00 F3 AB"
    "EB D3 66 90 00 00 00 00 00 00 00 00 FF FF 00 00 00 9A CF 00 FF FF 00 00 00 92 CF 00"
    "17 00 58 7C 00 00"
)


def reported_keys(serial: Path) -> str | None:
    """The scan codes REPORTS_KEYS has written to the file of its serial port so far
    ("1D 38 ..."; "" for none), or None until it reads the keyboard."""
    text = serial.read_text(errors="replace") if serial.exists() else ""
    if KEYS_READY not in text:
        return None
    return text.split(KEYS_READY, 1)[1].strip()


def keys_guest_args(folder: Path) -> tuple[list[str], Path]:
    """QEMU's arguments for a REPORTS_KEYS guest in `folder` (its floppy, its serial
    port into a file), and that file."""
    serial = folder / "serial.txt"
    floppy = boot_floppy(folder / "keys.img", REPORTS_KEYS)
    return [*floppy_args(floppy), "-serial", f"file:{serial}"], serial


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
