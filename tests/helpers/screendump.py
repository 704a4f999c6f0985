"""Screendumps in tests: a fake QEMU that writes given pictures, and the viewer opened
as a user opens it."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage

from qmpgui.app.main_window import MainWindow
from qmpgui.ui.screendump_viewer import ScreendumpViewer
from tests.helpers.fake_qmp import negotiate, read_command, reply
from tests.helpers.guest_images import RED
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import act


def open_viewer(window: MainWindow, arun: AsyncRunner) -> ScreendumpViewer:
    """Screendump the selected VM; the viewer once it shows a picture or an error."""
    act(window, "actionScreendump").trigger()
    viewer = window.findChild(ScreendumpViewer, "screendumpViewer")
    assert viewer is not None
    arun.wait(lambda: viewer.frame is not None or viewer.error.isVisibleTo(viewer))
    return viewer


def picture(fmt: str, swap: bool) -> bytes:
    image = QImage(64, 40, QImage.Format.Format_RGB32)
    image.fill(QColor(*RED))
    image.setPixelColor(0, 0, QColor(0, 0, 255))
    if swap:
        image = image.rgbSwapped()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, fmt.upper())
    return bytes(data.data())


class PictureServer:
    """A QEMU whose schema offers PNG screendumps, writing the pictures given per format;
    a format mapped to None is refused as QEMU without libpng refuses PNG."""

    def __init__(self, pictures: dict[str, bytes | None], *, hold_first: bool = False) -> None:
        self.pictures = pictures
        self.asked: list[str] = []
        #: With hold_first, the first screendump waits for this before QEMU's part:
        #: writing the file, then replying (as a QEMU slow to take the picture).
        self.go_on = asyncio.Event()
        self.hold_first = hold_first

    async def __call__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await negotiate(reader, writer)
        while True:
            request = await read_command(reader)
            name, arguments = request.get("execute"), request.get("arguments") or {}
            assert isinstance(arguments, dict)
            value: object = {}
            if name == "query-status":
                value = {"status": "running", "running": True}
            elif name == "query-qmp-schema":
                value = [
                    {"name": "screendump", "meta-type": "command", "arg-type": "1"},
                    {
                        "name": "1",
                        "meta-type": "object",
                        "members": [
                            {"name": "filename", "type": "str"},
                            {"name": "format", "type": "str"},
                        ],
                    },
                ]
            elif name == "qom-list":
                value = [{"name": "console[0]", "type": "child<qemu-console>"}]
            elif name == "screendump":
                fmt = arguments.get("format", "ppm")
                self.asked.append(fmt)
                if self.hold_first and len(self.asked) == 1:
                    await self.go_on.wait()
                data = self.pictures[fmt]
                if data is None:
                    error = {"class": "GenericError", "desc": "Enable PNG support with libpng"}
                    writer.write(json.dumps({"error": error, "id": request.get("id")}).encode())
                    writer.write(b"\r\n")
                    continue
                # As QEMU does: the file is complete before the reply.
                Path(arguments["filename"]).write_bytes(data)  # noqa: ASYNC240
            writer.write(reply(request, value))
            await writer.drain()
