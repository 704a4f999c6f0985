"""The demo VM's disk and CD images, made with the tools installed here, and without them."""

from __future__ import annotations

import asyncio
import json
import subprocess
from pathlib import Path

import pytest

from qmpgui.host.demo_media import BLANK_CD_BYTES, VOLUME_ID, make_media

#: Where an ISO 9660 image keeps its volume label: sector 16, the primary volume
#: descriptor, from its 40th byte, 32 bytes padded with spaces.
VOLUME_ID_OFFSET = 16 * 2048 + 40


def test_a_qcow2_disk_and_an_iso_cd(tmp_path: Path) -> None:
    media = asyncio.run(make_media(tmp_path))
    assert media.disk is not None and media.cd is not None and media.cd_is_iso
    info = json.loads(
        subprocess.run(
            ["qemu-img", "info", "--output=json", str(media.disk)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    )
    assert info["format"] == "qcow2" and info["virtual-size"] == 1 << 30
    label = media.cd.read_bytes()[VOLUME_ID_OFFSET : VOLUME_ID_OFFSET + 32]
    assert label.decode("ascii").rstrip() == VOLUME_ID
    assert b"qmpgui demo CD" in media.cd.read_bytes()


def test_without_qemu_img_or_an_iso_tool_the_demo_still_gets_a_cd(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A machine with QEMU alone: no disk image (QEMU then gets a disk that reads
    zeroes), and a blank medium in the CD-ROM."""
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    folder = tmp_path / "demo"
    folder.mkdir()
    media = asyncio.run(make_media(folder))
    assert media.disk is None and media.cd is not None and not media.cd_is_iso
    assert media.cd.stat().st_size == BLANK_CD_BYTES
