"""The small pictures of the screen kept with the snapshots qmpgui takes, as
virt-manager keeps them: `$XDG_STATE_HOME/qmpgui/snapshots/<VM UUID>/<tag>.png`
(by default under `~/.local/state`). Pictures are taken, read and removed off the UI
thread; a VM without a UUID (a QEMU before 0.12) keeps none."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import quote

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from qmpgui.i18n import translate
from qmpgui.models.screen_image import ScreenGrabber, png_bytes
from qmpgui.session import VmSession
from qmpgui.store.config import xdg_folder
from qmpgui.store.files import write_atomic

#: The pictures' width in pixels; the height keeps the screen's proportions.
PICTURE_WIDTH = 160

#: Counts pictures taken and removed by this process: a view that read them at another
#: count reads them again.
generation = 0


def picture_folder(uuid: str) -> Path:
    """`$XDG_STATE_HOME/qmpgui/snapshots/<uuid>`: the pictures of one VM. Nothing is made."""
    return xdg_folder("XDG_STATE_HOME", ".local", "state") / "snapshots" / quote(uuid, safe="")


def picture_path(uuid: str, tag: str) -> Path:
    """Where the picture of snapshot `tag` of VM `uuid` is kept (a tag may hold any
    character but a space: it is quoted into one file name)."""
    return picture_folder(uuid) / f"{quote(tag, safe='')}.png"


async def take_picture(session: VmSession, tag: str) -> Path:
    """Take a picture of the VM's screen now and keep it, PICTURE_WIDTH wide, as the
    picture of snapshot `tag`; its path. Raises what ScreenGrabber.grab() raises
    (QmpFailure, OSError), OSError when it cannot be written, and ValueError for a VM
    without a UUID."""
    uuid = session.info.uuid
    if not uuid:
        raise ValueError(
            translate("snapshot_pictures", "this VM has no UUID to keep pictures under")
        )
    frame = await ScreenGrabber(session).grab()
    path = picture_path(uuid, tag)

    def work() -> None:
        small = frame.image.scaledToWidth(PICTURE_WIDTH, Qt.TransformationMode.SmoothTransformation)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(
            path, png_bytes(small, {translate("snapshot_pictures", "Snapshot"): tag, "UUID": uuid})
        )

    await asyncio.get_running_loop().run_in_executor(None, work)
    _changed()
    return path


async def load_pictures(uuid: str, tags: Iterable[str]) -> dict[str, QImage]:
    """The kept pictures of snapshots `tags` of VM `uuid`, by tag; a snapshot without
    one (taken elsewhere, or by another program) is left out. Never raises."""
    wanted = list(tags)

    def work() -> dict[str, QImage]:
        found = {}
        for tag in wanted:
            image = QImage(str(picture_path(uuid, tag)))
            if not image.isNull():
                found[tag] = image
        return found

    return await asyncio.get_running_loop().run_in_executor(None, work)


async def forget_picture(uuid: str, tag: str) -> None:
    """Remove the picture of snapshot `tag` of VM `uuid`, if any. Never raises."""

    def work() -> None:
        with contextlib.suppress(OSError):
            picture_path(uuid, tag).unlink(missing_ok=True)

    await asyncio.get_running_loop().run_in_executor(None, work)
    _changed()


def _changed() -> None:
    global generation
    generation += 1
