"""Screendump pictures: decoding, the red/blue check, saving with metadata.

Some QEMU builds wrote PNG screendumps with red and blue swapped (QEMU issue
1622). PPM has no such problem, so the first PNG of each connection is
compared with a PPM taken right after it; when the PNG's colours only match
with red and blue exchanged, every PNG of that connection is corrected.
"""

from __future__ import annotations

import asyncio
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage

from qmpgui.i18n import translate
from qmpgui.qmp.screendump import Console
from qmpgui.session.screendump import Capture, ScreendumpFailure, screendumper
from qmpgui.session.vm_session import VmSession

#: The red/blue check compares a grid of CHECK_GRID by CHECK_GRID points over the screen.
CHECK_GRID = 64
#: Points whose red and blue differ needed for a verdict; a grey screen says nothing.
CHECK_MIN_POINTS = 16
#: Undecided checks per connection before qmpgui stops asking for the extra PPM.
MAX_INCONCLUSIVE_CHECKS = 3


@dataclass(frozen=True, slots=True)
class Frame:
    """One picture of a VM's screen, ready to show."""

    #: The picture, in QImage.Format_RGB32; red and blue put right when `corrected`.
    image: QImage
    #: The screendump it came from: the file's bytes as QEMU wrote them, its format ("png"
    #: or "ppm"), the round trip in seconds and when it was read.
    capture: Capture
    #: Red and blue were exchanged to undo a QEMU that swapped them.
    corrected: bool = False


def decode(capture: Capture) -> QImage:
    """The picture in `capture`, in QImage.Format_RGB32 (run it off the UI thread: a large
    picture takes milliseconds). Raises ScreendumpFailure when the bytes are not a
    readable picture of `capture.fmt`."""
    image = QImage()
    # The format is named so that a PNG claiming to be PPM is refused, not guessed.
    if not image.loadFromData(capture.data, capture.fmt.upper()) or image.isNull():
        raise ScreendumpFailure(
            translate(
                "screen_image",
                "QEMU wrote a {v0} file of {v1} bytes that is not a readable picture",
            ).format(v0=capture.fmt.upper(), v1=len(capture.data))
        )
    return image.convertToFormat(QImage.Format.Format_RGB32)


def red_blue_swapped(png: QImage, ppm: QImage) -> bool | None:
    """True when `png` matches `ppm` only with red and blue exchanged, False when it
    matches as it is; None: cannot tell (the sizes differ, fewer than CHECK_MIN_POINTS of
    the grid's points have red and blue apart in `ppm`, or the screen changed between
    the two). Never raises."""
    if png.size() != ppm.size() or png.isNull():
        return None
    width, height = png.width(), png.height()
    same = swapped = points = 0
    for gy in range(CHECK_GRID):
        y = (2 * gy + 1) * height // (2 * CHECK_GRID)
        for gx in range(CHECK_GRID):
            x = (2 * gx + 1) * width // (2 * CHECK_GRID)
            p, q = png.pixelColor(x, y), ppm.pixelColor(x, y)
            if q.red() == q.blue():
                continue
            points += 1
            rgb_p, rgb_q = (p.red(), p.green(), p.blue()), (q.red(), q.green(), q.blue())
            same += rgb_p == rgb_q
            swapped += rgb_p == (q.blue(), q.green(), q.red())
    if points < CHECK_MIN_POINTS:
        return None
    if swapped >= 0.9 * points and same < 0.5 * points:
        return True
    if same >= 0.9 * points:
        return False
    return None  # the screen changed between the two pictures: ask again next time


class ScreenGrabber:
    """Pictures of one VM's screen, with colours checked once per connection.

    The verdict is kept on the VM's one Screendumper, shared by all its viewers.
    """

    def __init__(self, session: VmSession) -> None:
        self.session = session
        #: The VM's one Screendumper (session.screendump.screendumper()).
        self.dumper = screendumper(session)

    @property
    def swapped(self) -> bool | None:
        """The red/blue verdict for the current connection; None until known."""
        checked_for, verdict = self.dumper.png_swapped
        return verdict if checked_for == self.session.info.connected_since else None

    async def grab(self, console: Console | None = None) -> Frame:
        """A picture of `console` (the primary display when None), in the best format the
        server writes (Screendumper.capture()); a PNG of a connection found to swap red
        and blue comes corrected.

        Until the verdict is known, a PNG is checked against a PPM taken right after it
        (at most MAX_INCONCLUSIVE_CHECKS undecided checks per connection). Raises what
        Screendumper.capture() raises (ScreendumpFailure, CommandFailed and the other
        QmpFailures, OSError), and ScreendumpFailure for a file that is not a readable
        picture. Needs a running loop.
        """
        loop = asyncio.get_running_loop()
        capture = await self.dumper.capture(console=console)
        # Decoding a large picture takes milliseconds: off the UI thread.
        image = await loop.run_in_executor(None, decode, capture)
        if capture.fmt != "png":
            return Frame(image, capture)
        if self.swapped is None and self._may_check():
            ppm = await self.dumper.capture("ppm", console)
            reference = await loop.run_in_executor(None, decode, ppm)
            verdict = red_blue_swapped(image, reference)
            since = self.session.info.connected_since
            if verdict is None:
                self.dumper.inconclusive_checks += 1
            self.dumper.png_swapped = (since, verdict)
        if self.swapped:
            return Frame(image.rgbSwapped(), capture, corrected=True)
        return Frame(image, capture)

    def _may_check(self) -> bool:
        """A grey screen cannot tell: try a few times per connection, not on every picture."""
        checked_for, _ = self.dumper.png_swapped
        if checked_for != self.session.info.connected_since:
            self.dumper.inconclusive_checks = 0
        return self.dumper.inconclusive_checks < MAX_INCONCLUSIVE_CHECKS


def png_bytes(image: QImage, text: dict[str, str]) -> bytes:
    """The picture as PNG bytes, with `text` as tEXt chunks (readable with QImage.text()).
    Raises OSError when encoding fails."""
    tagged = image.copy()
    for key, value in text.items():
        tagged.setText(key, value)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 6.11 takes the format as str at run time, though its stubs say bytes.
    if not tagged.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise OSError(translate("screen_image", "PNG encoding failed"))
    buffer.close()
    return bytes(data.data())


async def save_png(image: QImage, path: str, text: dict[str, str]) -> None:
    """Write `image` to `path` as PNG with `text` as tEXt chunks (png_bytes()), through
    a temporary file renamed over it.

    Encodes and writes in a worker thread, so a large picture never stalls the window.
    Raises OSError when encoding or writing fails; a file at `path` is then as it was.
    """

    def work() -> None:
        payload = png_bytes(image, text)
        # A temporary file, then a rename: a full disk leaves the previous picture whole.
        target = Path(path)
        partial = target.with_name(f".{target.name}.{os.getpid()}.part")
        try:
            with open(partial, "wb") as handle:
                handle.write(payload)
            os.replace(partial, target)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise

    await asyncio.get_running_loop().run_in_executor(None, work)
