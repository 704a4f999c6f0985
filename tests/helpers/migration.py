"""Two real QEMUs for migrations: a source whose RAM is random (an idle guest's RAM is
zero pages and migrates in a blink: the facts page, Migration) and a destination
started with `-incoming defer`, with the same memory backend id."""

from __future__ import annotations

import os
import socket
from pathlib import Path

from tests.helpers.qemu_vm import QemuVm

#: The guest's RAM, MiB: at 4 MiB/s about 16 s to watch.
RAM_MIB = 64


def random_ram_args(folder: Path) -> list[str]:
    """QEMU arguments for RAM filled from /dev/urandom (a file copied on write)."""
    ram = folder / "ram.bin"
    if not ram.exists():
        ram.write_bytes(os.urandom(RAM_MIB << 20))
    return [
        "-m",
        f"{RAM_MIB}",
        "-object",
        f"memory-backend-file,id=mem0,size={RAM_MIB}M,mem-path={ram},share=off",
        "-machine",
        "memory-backend=mem0",
    ]


def incoming_args() -> list[str]:
    """QEMU arguments for a destination waiting in `inmigrate` for migrate-incoming."""
    return [
        "-m",
        f"{RAM_MIB}",
        "-object",
        f"memory-backend-ram,id=mem0,size={RAM_MIB}M",
        "-machine",
        "memory-backend=mem0",
        "-incoming",
        "defer",
    ]


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def source_and_destination(folder: Path) -> tuple[QemuVm, QemuVm]:
    """A started source (random RAM) and a started destination (-incoming defer)."""
    (folder / "src").mkdir()
    (folder / "dst").mkdir()
    source = QemuVm(folder / "src", name="source").start(extra=random_ram_args(folder))
    destination = QemuVm(folder / "dst", name="dest").start(extra=incoming_args())
    return source, destination
