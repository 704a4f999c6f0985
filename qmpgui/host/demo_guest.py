"""The demo VM's guest: a boot sector that greets on COM1 and the screen, then echoes
what it reads from COM1 and from the keyboard to both, so that the Serial pane has
something to show and to talk to. No Qt.

Assembled from (GNU as, Intel syntax, .code16, linked at 0x7C00):
  cli; xor ax,ax; mov ds,ax; mov ss,ax; mov sp,0x7C00; sti; cld; mov si,offset msg
  greet: lodsb; test al,al; jz poll; call putc; jmp greet
  poll: mov dx,0x3FD; in al,dx; test al,1; jz keyboard     (COM1's line status: data ready)
    mov dx,0x3F8; in al,dx; call echo; jmp poll
  keyboard: mov ah,1; int 0x16; jz poll; xor ah,ah; int 0x16; call echo; jmp poll
  echo: test al,al; jz done                      (an extended key: nothing to echo)
    cmp al,0x7F; jne 1f; mov al,8                (a terminal's Backspace is DEL)
    1: cmp al,8; jne 2f; call putc; mov al,' '; call putc; mov al,8; jmp putc
    2: cmp al,13; jne putc; call putc; mov al,10 (Enter: CR then LF)
  putc: push ax; mov dx,0x3F8; out dx,al; mov ah,0x0E; mov bx,7; int 0x10; pop ax
  done: ret
  msg: .asciz GREETING
"""

from __future__ import annotations

from pathlib import Path

from qmpgui.i18n import translate

#: What the guest writes first, on COM1 and the screen.
GREETING = "qmpgui demo guest on COM1: type here and it echoes\r\n"
#: The code before the greeting's text.
_CODE = bytes.fromhex(
    "FA 31 C0 8E D8 8E D0 BC 00 7C FB FC BE 6A 7C AC 84 C0 74 05 E8 45 00 EB F6 BA FD 03"
    "EC A8 01 74 09 BA F8 03 EC E8 11 00 EB EF B4 01 CD 16 74 E9 30 E4 CD 16 E8 02 00 EB"
    "E0 84 C0 74 2C 3C 7F 75 02 B0 08 3C 08 75 0C E8 12 00 B0 20 E8 0D 00 B0 08 EB 09 3C"
    "0D 75 05 E8 02 00 B0 0A 50 BA F8 03 EE B4 0E BB 07 00 CD 10 58 C3"
)
#: The boot sector's code and text (without the padding and the 55 AA signature).
ECHO_GUEST = _CODE + GREETING.encode("ascii") + b"\0"
#: A 1.44 MB floppy's size in bytes.
FLOPPY_BYTES = 1_474_560


def write_floppy(path: Path, code: bytes = ECHO_GUEST) -> Path:
    """Write a raw 1.44 MB floppy image at `path` that boots `code` (at most 510 bytes),
    and return `path`. Raises OSError when it cannot be written."""
    if len(code) > 510:
        raise ValueError(
            translate(
                "demo_guest", "a boot sector holds 510 bytes of code, not {code_count}"
            ).format(code_count=len(code))
        )
    sector = code + bytes(510 - len(code)) + b"\x55\xaa"
    path.write_bytes(sector + bytes(FLOPPY_BYTES - len(sector)))
    return path
