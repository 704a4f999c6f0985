"""The demo's echo guest (qmpgui/host/demo_guest.py) in a test's QEMU, on a serial
port of the test's choice, and what it shows on its VGA text screen, read through
the test's own monitor (independent of the console under test)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from qmpgui.host.demo_guest import write_floppy
from tests.helpers.qemu_vm import QemuVm

#: The VGA text screen: 80 x 25 cells of (character, attribute) at 0xB8000.
_TEXT_BASE, _COLUMNS, _ROWS = 0xB8000, 80, 25


def echo_guest_args(folder: Path, *serial: str) -> list[str]:
    """QEMU's arguments for the echo guest (booted from a floppy in `folder`, with a
    VGA for its screen) and the `serial` chardev arguments ("-chardev", ..., "-serial", ...)."""
    floppy = write_floppy(folder / "echo.img")
    return ["-drive", f"file={floppy},if=floppy,format=raw", "-vga", "std", *serial]


def echo_guest_on_socket(vm: QemuVm) -> tuple[list[str], Path]:
    """QEMU's arguments for the echo guest with its COM1 on a unix socket chardev "s0"
    in `vm`'s folder (a server, not waiting for a client), and that socket's path."""
    path = vm.folder / "s0.sock"
    serial = ["-chardev", f"socket,id=s0,path={path},server=on,wait=off", "-serial", "chardev:s0"]
    return echo_guest_args(vm.folder, *serial), path


def screen_text(vm: QemuVm) -> str:
    """The guest's VGA text screen, its lines joined by newlines (trailing blanks cut)."""
    return vga_text(
        lambda line: str(vm.watch.execute("human-monitor-command", {"command-line": line}))
    )


def vga_text(hmp: Callable[[str], str]) -> str:
    """The VGA text screen read with `hmp` (runs an HMP command line, returns its output)."""
    cells = []
    for start in range(0, _COLUMNS * _ROWS * 2, 1000):
        count = min(1000, _COLUMNS * _ROWS * 2 - start)
        out = hmp(f"xp /{count}xb {_TEXT_BASE + start:#x}")
        cells += [int(byte, 16) for byte in re.findall(r" 0x([0-9a-f]{2})", out)]
    chars = bytes(cells[::2]).decode("latin-1")
    lines = [chars[i : i + _COLUMNS].rstrip() for i in range(0, len(chars), _COLUMNS)]
    return "\n".join(lines)
