"""An image file looked at on this host before a disk preset sends anything."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from qmpgui.host import image_info as module
from qmpgui.host.image_info import ImageProblem, image_info


def test_qemu_img_reads_a_qcow2s_format_and_size(tmp_path: Path) -> None:
    path = tmp_path / "d.qcow2"
    subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", str(path), "16M"], check=True)
    info = image_info(str(path))
    assert (info.format, info.virtual_size, info.words) == ("qcow2", 16 << 20, "qcow2, 16 MiB")


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("gone.img", "no such file: {path}"),
        ("folder", "{path} is a folder, not an image file"),
    ],
)
def test_what_is_not_an_image_file_is_said(tmp_path: Path, name: str, said: str) -> None:
    (tmp_path / "folder").mkdir()
    path = tmp_path / name
    with pytest.raises(ImageProblem) as raised:
        image_info(str(path))
    assert str(raised.value) == said.format(path=path)


def test_a_relative_path_is_refused() -> None:
    with pytest.raises(ImageProblem, match=r"give the full path of disk\.qcow2"):
        image_info("disk.qcow2")


def test_without_qemu_img_the_first_bytes_tell_the_format(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(module.shutil, "which", lambda name: None)
    qcow = tmp_path / "a"
    qcow.write_bytes(b"QFI\xfb\x00\x00\x00\x03" + bytes(100))
    raw = tmp_path / "b"
    raw.write_bytes(bytes(512))
    assert image_info(str(qcow)).format == "qcow2"
    assert image_info(str(raw)).format == "raw"
