"""An image file on this host, looked at before a disk preset sends anything: that it
exists and can be read, and its format (`qemu-img info --output=json`, or the file's
first bytes when qemu-img is not installed). Blocking: call it in a worker thread.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass

from qmpgui.i18n import translate

#: How long qemu-img may take (an image on a slow network share), in seconds.
QEMU_IMG_TIMEOUT_S = 20.0

#: Formats told by their first bytes, for a host without qemu-img.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"QFI\xfb", "qcow2"),
    (b"KDMV", "vmdk"),
    (b"conectix", "vpc"),
    (b"vhdxfile", "vhdx"),
    (b"QED\x00", "qed"),
)


class ImageProblem(Exception):
    """The image cannot be used; str() is the sentence for the user."""


@dataclass(frozen=True, slots=True)
class ImageInfo:
    """What was found out about an image file."""

    path: str
    #: QEMU's format driver name ("qcow2", "raw", ...).
    format: str
    #: The disk's size as the guest sees it, in bytes; None when unknown.
    virtual_size: int | None = None

    @property
    def words(self) -> str:
        """ "qcow2, 64 MiB" (the size when known)."""
        if self.virtual_size is None:
            return self.format
        return f"{self.format}, {_size_words(self.virtual_size)}"


def _size_words(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KiB", "MiB", "GiB", "TiB"):
        if value < 1024 or unit == "TiB":
            return (
                f"{value:.0f} {unit}" if unit == "bytes" or value >= 10 else f"{value:.1f} {unit}"
            )
        value /= 1024
    return translate("image_info", "{size} bytes").format(
        size=size
    )  # pragma: no cover: the loop returns


def path_form_problem(path: str) -> str | None:
    """What is wrong with `path` as written, for QEMU on this host to open (empty, not
    a full path), or None; touches no disk."""
    if not path:
        return translate("image_info", "choose an image file")
    if not os.path.isabs(path):
        return translate(
            "image_info", "give the full path of {path}: QEMU opens it from its own working folder"
        ).format(path=path)
    return None


def image_path_problem(path: str) -> str | None:
    """Why `path` is not a readable file given by its full path (path_form_problem's
    reasons, then: missing, a folder, unreadable), or None. Blocks on the disk: call
    it in a worker thread."""
    problem = path_form_problem(path)
    if problem is not None:
        return problem
    if not os.path.lexists(path):
        return translate("image_info", "no such file: {path}").format(path=path)
    if os.path.isdir(path):
        return translate("image_info", "{path} is a folder, not an image file").format(path=path)
    if not os.path.exists(path):
        return translate("image_info", "{path} is a link to a file that does not exist").format(
            path=path
        )
    if not os.access(path, os.R_OK):
        return translate("image_info", "{path} cannot be read (permission denied)").format(
            path=path
        )
    return None


def check_path(path: str) -> None:
    """Raise ImageProblem, in image_path_problem's words, when `path` is not a
    readable file given by its full path. Blocks on the disk."""
    problem = image_path_problem(path)
    if problem is not None:
        raise ImageProblem(problem)


def image_info(path: str) -> ImageInfo:
    """The format and size of the image at `path`; raises ImageProblem, in words, when
    it is missing, unreadable or not an image qemu-img can open. Blocks."""
    check_path(path)
    qemu_img = shutil.which("qemu-img")
    if qemu_img is None:
        return ImageInfo(path, _format_from_header(path))
    try:
        done = subprocess.run(
            [qemu_img, "info", "--output=json", "--force-share", path],
            capture_output=True,
            text=True,
            timeout=QEMU_IMG_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise ImageProblem(
            translate(
                "image_info", "qemu-img did not read {path} within {QEMU_IMG_TIMEOUT_S:g} s"
            ).format(path=path, QEMU_IMG_TIMEOUT_S=QEMU_IMG_TIMEOUT_S)
        ) from None
    if done.returncode != 0:
        why = done.stderr.strip().splitlines()[-1:] or [
            translate("image_info", "it is not an image")
        ]
        raise ImageProblem(
            translate("image_info", "{path} cannot be opened as a disk image: {v1}").format(
                path=path, v1=why[0]
            )
        )
    try:
        reply = json.loads(done.stdout)
    except ValueError:
        return ImageInfo(path, _format_from_header(path))
    fmt = reply.get("format") if isinstance(reply, dict) else None
    size = reply.get("virtual-size") if isinstance(reply, dict) else None
    return ImageInfo(
        path,
        fmt if isinstance(fmt, str) and fmt else _format_from_header(path),
        size if isinstance(size, int) else None,
    )


def _format_from_header(path: str) -> str:
    try:
        with open(path, "rb") as image:
            head = image.read(8)
    except OSError as error:
        raise ImageProblem(
            translate("image_info", "{path} cannot be read: {v1}").format(
                path=path, v1=error.strerror or error
            )
        ) from None
    return next((fmt for magic, fmt in _MAGIC if head.startswith(magic)), "raw")


def same_files(path: str, names: Iterable[str]) -> set[str]:
    """Those of `names` that are the file at `path` (the same file through another
    name, a link, a relative path): compared by device and inode where both exist,
    else by resolved path. Never raises; blocks on the disk."""
    try:
        mine: os.stat_result | None = os.stat(path)
    except OSError:
        mine = None
    resolved = os.path.realpath(path)
    same = set()
    for name in names:
        try:
            theirs = os.stat(name)
        except OSError:
            if os.path.realpath(name) == resolved:
                same.add(name)
            continue
        if mine is not None and os.path.samestat(mine, theirs):
            same.add(name)
    return same
