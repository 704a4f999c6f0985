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


def test_one_check_says_what_is_wrong_with_a_path_in_the_same_words(tmp_path: Path) -> None:
    (tmp_path / "folder").mkdir()
    dangling = tmp_path / "moved"
    dangling.symlink_to(tmp_path / "gone")
    good = tmp_path / "good.img"
    good.write_bytes(bytes(512))
    assert module.path_form_problem("") == "choose an image file"
    assert module.path_form_problem("a.img") == (
        "give the full path of a.img: QEMU opens it from its own working folder"
    )
    assert module.image_path_problem(str(dangling)) == (
        f"{dangling} is a link to a file that does not exist"
    )
    assert module.image_path_problem(str(tmp_path / "folder")) == (
        f"{tmp_path / 'folder'} is a folder, not an image file"
    )
    assert module.image_path_problem(str(good)) is None


def test_the_same_file_is_found_behind_other_names(tmp_path: Path) -> None:
    image = tmp_path / "a.img"
    image.write_bytes(bytes(512))
    link = tmp_path / "b.img"
    link.symlink_to(image)
    other = tmp_path / "c.img"
    other.write_bytes(bytes(512))
    names = [str(image), str(link), str(other), str(tmp_path / "gone.img")]
    assert module.same_files(str(link), names) == {str(image), str(link)}
