"""Disk images for the block graph and jobs tests, made with qemu-img and qemu-io in a
test's own folder: a qcow2 overlay on a qcow2 base whose data a stream copies up."""

from __future__ import annotations

import subprocess
from pathlib import Path

#: The base's data: a stream limited to 1 MiB/s takes this many seconds.
BASE_DATA_MIB = 32


def overlay_on_base(folder: Path) -> tuple[Path, Path]:
    """base.qcow2 (64 MiB, its first BASE_DATA_MIB MiB written) and top.qcow2 over it;
    (top, base)."""
    base, top = folder / "base.qcow2", folder / "top.qcow2"
    subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", str(base), "64M"], check=True)
    subprocess.run(
        ["qemu-io", "-c", f"write -P 7 0 {BASE_DATA_MIB}M", str(base)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    subprocess.run(
        ["qemu-img", "create", "-q", "-f", "qcow2", "-b", str(base), "-F", "qcow2", str(top)],
        check=True,
    )
    return top, base


def raw_image(path: Path, size: str = "4M") -> Path:
    """An empty raw image of `size` at `path`."""
    subprocess.run(["qemu-img", "create", "-q", "-f", "raw", str(path), size], check=True)
    return path


def drive_args(top: Path, small: Path) -> list[str]:
    """drive0 (virtio disk0) on `top` with node name top0, drive1 (virtio disk1) on the
    raw `small`, and an IDE CD-ROM cd0 without a medium."""
    return [
        "-drive",
        f"if=none,id=drive0,file={top},node-name=top0",
        "-device",
        "virtio-blk-pci,drive=drive0,id=disk0",
        "-drive",
        f"if=none,id=drive1,file={small},format=raw",
        "-device",
        "virtio-blk-pci,drive=drive1,id=disk1",
        "-drive",
        "if=none,id=cdrive,media=cdrom,readonly=on",
        "-device",
        "ide-cd,drive=cdrive,id=cd0",
    ]
