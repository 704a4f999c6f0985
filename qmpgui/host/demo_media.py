"""The demo VM's media, made in its private folder before QEMU starts: no Qt here.

A qcow2 disk image (`qemu-img create`) and a CD image: an ISO 9660 image with a short
text file in it, made by the first of genisoimage, mkisofs and xorriso that is
installed, else a blank medium. Each tool runs as an asyncio subprocess with a time
limit; a disk that cannot be made is no error (the demo VM then gets a disk that reads
zeroes and needs no file), so the demo starts on any machine QEMU runs on.
"""

from __future__ import annotations

import asyncio
import contextlib
import shutil
from dataclasses import dataclass
from pathlib import Path

#: The disk image's virtual size, as qemu-img takes it (1 GiB; a few hundred KiB on disk).
DISK_SIZE = "1G"
#: The programs that make ISO images, in the order tried, with the arguments that make
#: them take mkisofs's options.
ISO_TOOLS: tuple[tuple[str, ...], ...] = (
    ("genisoimage",),
    ("mkisofs",),
    ("xorriso", "-as", "mkisofs"),
)
#: The CD's volume label (ISO 9660 allows upper-case letters, digits and '_').
VOLUME_ID = "QMPGUI_DEMO"
#: Seconds one tool may take before the demo goes on without what it makes.
TOOL_TIMEOUT_S = 15.0
#: The blank medium used when no ISO tool is installed: 32 CD sectors of 2048 bytes.
BLANK_CD_BYTES = 32 * 2048

CD_README = """\
qmpgui demo CD

An ISO 9660 image that qmpgui made for its demo VM. Eject it (Ctrl+Shift+E) or change
it (Ctrl+M) from qmpgui's VM menu and watch the Block devices pane and the event log.
"""


@dataclass(frozen=True)
class DemoMedia:
    """The images made for one demo VM.

    `disk`: the qcow2 disk image, None when none could be made (no qemu-img). `cd`: the
    CD image, None before make_media() ran; `cd_is_iso` tells an ISO 9660 image from a
    blank medium.
    """

    disk: Path | None = None
    cd: Path | None = None
    cd_is_iso: bool = False


async def _run(argv: list[str]) -> bool:
    """Run `argv` with no input or output; whether it exited with 0 within TOOL_TIMEOUT_S
    (a tool still running then is killed)."""
    try:
        process = await asyncio.create_subprocess_exec(
            *argv,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.DEVNULL,
        )
    except OSError:
        return False
    try:
        async with asyncio.timeout(TOOL_TIMEOUT_S):
            return await process.wait() == 0
    except TimeoutError:
        return False
    finally:
        if process.returncode is None:  # timed out, or the demo's start was cancelled
            with contextlib.suppress(ProcessLookupError):
                process.kill()
            await process.wait()


async def make_disk(folder: Path) -> Path | None:
    """A new empty qcow2 image `folder`/disk0.qcow2 of DISK_SIZE; None when qemu-img is
    not installed or failed."""
    qemu_img = shutil.which("qemu-img")
    if qemu_img is None:
        return None
    path = folder / "disk0.qcow2"
    made = await _run([qemu_img, "create", "-q", "-f", "qcow2", str(path), DISK_SIZE])
    return path if made and path.is_file() else None


def _write_cd_files(folder: Path) -> Path:
    """The folder whose files go on the CD, written; its path."""
    content = folder / "cd"
    content.mkdir(exist_ok=True)
    (content / "README.TXT").write_text(CD_README)
    return content


def _write_blank(path: Path) -> None:
    path.write_bytes(bytes(BLANK_CD_BYTES))


async def make_cd(folder: Path) -> tuple[Path, bool]:
    """A CD image in `folder`: `cd0.iso` made by the first ISO tool installed that
    succeeds, else a blank medium `cd0.img`; its path and whether it is an ISO.

    Raises OSError when the folder cannot be written.
    """
    iso = folder / "cd0.iso"
    content = await asyncio.to_thread(_write_cd_files, folder)
    for tool, *options in ISO_TOOLS:
        program = shutil.which(tool)
        if program is None:
            continue
        argv = [program, *options, "-quiet", "-V", VOLUME_ID, "-r", "-J", "-o", str(iso)]
        if await _run([*argv, str(content)]) and iso.is_file():
            return iso, True
    blank = folder / "cd0.img"
    await asyncio.to_thread(_write_blank, blank)
    return blank, False


async def make_media(folder: Path) -> DemoMedia:
    """The demo VM's disk and CD images, made in `folder` (see the module's docstring).

    Raises OSError when the folder cannot be written.
    """
    disk, (cd, is_iso) = await asyncio.gather(make_disk(folder), make_cd(folder))
    return DemoMedia(disk, cd, is_iso)
