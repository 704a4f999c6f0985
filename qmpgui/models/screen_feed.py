"""The screen view's frames: screendumps of one VM taken one after the other, at a rate
that suits where the picture comes from, and only the changed ones handed on.

A local QEMU writes a PPM into qmpgui's private folder (QEMU 7.2 writes a 1024x768 PPM
in about 4 ms on tmpfs; a PNG takes about 23 ms to compress, and then to decode); a
remote QEMU behind ssh:// writes a PNG (a tenth of the bytes over the connection) that
comes back over SFTP; a libvirt domain's picture comes through libvirt's screenshot
stream. A frame whose bytes equal the previous one's is dropped without decoding, and
of a changed PPM only the rows that changed are repainted. While nothing changes and
no input comes, frames are asked for less often (STILL_INTERVAL_S), so that a still
screen costs little; input or a change brings the full rate back at once.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass

from PySide6.QtCore import QObject, QRect, Signal
from PySide6.QtGui import QImage

from qmpgui.i18n import translate
from qmpgui.models.screen_image import ScreenGrabber
from qmpgui.qmp import NotConnected, QmpFailure
from qmpgui.session.screendump import Capture, NoDisplay, ScreendumpFailure, screendumper
from qmpgui.session.vm_session import VmSession

#: Seconds between frames, by where they come from (the rate aimed at: 25, 4, 10 fps).
LOCAL_INTERVAL_S = 0.04
REMOTE_INTERVAL_S = 0.25
LIBVIRT_INTERVAL_S = 0.1
#: Seconds between frames while the screen is still and no input comes.
STILL_INTERVAL_S = 0.25
#: How long the screen must stay the same, in seconds, before frames slow down.
STILL_AFTER_S = 1.0
#: Seconds to wait before trying again after a frame failed.
RETRY_S = 2.0


@dataclass(frozen=True, slots=True)
class Source:
    """Where the frames come from: `kind` ("local", "ssh" or "libvirt"), the format
    asked for ("ppm", "png", or None where libvirt chooses) and the seconds between
    frames aimed at."""

    kind: str
    fmt: str | None
    interval_s: float

    @property
    def label(self) -> str:
        """In words, for the status line."""
        if self.kind == "ssh":
            return translate("Source", "screendump over SSH")
        if self.kind == "libvirt":
            return translate("Source", "libvirt screenshot")
        return "screendump"


def source_of(session: VmSession) -> Source:
    """Where `session`'s frames come from."""
    if session.domain is not None:
        return Source("libvirt", None, LIBVIRT_INTERVAL_S)
    endpoint = session.endpoint
    if endpoint is not None and endpoint.is_ssh:
        return Source("ssh", "png", REMOTE_INTERVAL_S)
    return Source("local", "ppm", LOCAL_INTERVAL_S)


def ppm_pixels(data: bytes) -> tuple[int, int, int] | None:
    """A binary PPM's (width, height, offset of its first pixel byte) for a maxval-255
    P6 as QEMU writes it ("P6\\n1024 768\\n255\\n"), or None for anything else."""
    parts = data[:32].split(b"\n", 3)
    if len(parts) < 4 or parts[0] != b"P6" or parts[2] != b"255":
        return None
    size = parts[1].split()
    if len(size) != 2 or not all(p.isdigit() for p in size):
        return None
    width, height = int(size[0]), int(size[1])
    offset = sum(len(p) + 1 for p in parts[:3])
    if len(data) - offset != width * height * 3:
        return None
    return width, height, offset


def changed_rows(old: bytes, new: bytes, offset: int, stride: int) -> tuple[int, int]:
    """The first and one past the last row that differ between two PPMs of one size
    (pixel data from `offset`, `stride` bytes a row); (0, 0) when none does."""
    rows = (len(new) - offset) // stride
    first = 0
    while first < rows and _row(old, first, offset, stride) == _row(new, first, offset, stride):
        first += 1
    if first == rows:
        return 0, 0
    last = rows
    while last > first and _row(old, last - 1, offset, stride) == _row(
        new, last - 1, offset, stride
    ):
        last -= 1
    return first, last


def _row(data: bytes, row: int, offset: int, stride: int) -> bytes:
    start = offset + row * stride
    return data[start : start + stride]


def decode_ppm(data: bytes) -> QImage | None:
    """The picture of a PPM as QEMU writes it, in Format_RGB32, or None when `data` is
    not one (ppm_pixels())."""
    found = ppm_pixels(data)
    if found is None:
        return None
    width, height, offset = found
    # QImage reads the bytes where they are (kept alive by `pixels` until the
    # conversion has made an image of its own).
    pixels = data[offset:]
    raw = QImage(pixels, width, height, width * 3, QImage.Format.Format_RGB888)
    image = raw.convertToFormat(QImage.Format.Format_RGB32)
    del raw, pixels
    return image


class ScreenFeed(QObject):
    """Frames of one VM while started. `frameReady(QImage, QRect)` gives each changed
    picture with the rectangle that changed (in the picture's pixels); `failed(str)`
    says why a frame could not be had (once per kind of failure in a row), and
    `no_display` whether that was because the VM has no display at all."""

    frameReady = Signal(QImage, QRect)
    failed = Signal(str)

    def __init__(self, session: VmSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.source = source_of(session)
        self._grabber = ScreenGrabber(session)
        self._task: asyncio.Task[None] | None = None
        self._poke = asyncio.Event()
        self._previous: Capture | None = None
        self._last_change = time.monotonic()
        self._last_failure = ""
        #: The last frame failed because the VM has no display (NoDisplay).
        self.no_display = False
        #: Frames taken, frames that changed, and the times (monotonic) they came.
        self.taken = 0
        self.changed = 0
        self.times: list[float] = []

    @property
    def running(self) -> bool:
        """Whether frames are being taken."""
        return self._task is not None and not self._task.done()

    def start(self) -> None:
        """Take frames until stop(); a first frame at once. Needs a running loop."""
        if not self.running:
            self.source = source_of(self.session)
            self._previous = None  # the view may have been cleared: send the next whole
            self._task = asyncio.get_running_loop().create_task(self._run())

    def stop(self) -> None:
        """Take no more frames (one under way is cancelled)."""
        if self._task is not None:
            self._task.cancel()
            self._task = None

    async def aclose(self) -> None:
        """Stop, and wait for a frame under way to be given up."""
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    def input_came(self) -> None:
        """Input went to the guest: the full rate, and the next frame at once."""
        self._last_change = time.monotonic()
        self._poke.set()

    def interval_s(self, now: float | None = None) -> float:
        """Seconds to the next frame: the source's, or STILL_INTERVAL_S while still."""
        still = (now or time.monotonic()) - self._last_change > STILL_AFTER_S
        return max(self.source.interval_s, STILL_INTERVAL_S if still else 0.0)

    def frame_rate(self, now: float | None = None) -> float:
        """Frames taken a second over the last 2 seconds; 0 with fewer than two."""
        now = now or time.monotonic()
        recent = [t for t in self.times if now - t <= 2.0]
        if len(recent) < 2:
            return 0.0
        return (len(recent) - 1) / max(recent[-1] - recent[0], 1e-6)

    async def _run(self) -> None:
        while True:
            started = time.monotonic()
            wait = self.interval_s()
            try:
                await self._frame()
                self._last_failure = ""
                self.no_display = False
            except (QmpFailure, OSError) as failure:
                wait = RETRY_S
                why = str(failure) if isinstance(failure, ScreendumpFailure | OSError) else ""
                self._fail(why or getattr(failure, "message", str(failure)), failure)
            self._poke.clear()
            left = wait - (time.monotonic() - started)
            if left > 0:
                try:
                    async with asyncio.timeout(left):
                        await self._poke.wait()
                except TimeoutError:
                    pass

    def _fail(self, why: str, failure: BaseException) -> None:
        self.no_display = isinstance(failure, NoDisplay)
        if isinstance(failure, NotConnected):
            why = translate("ScreenFeed", "{display_name} is not connected").format(
                display_name=self.session.display_name
            )
        if why != self._last_failure:
            self._last_failure = why
            self.failed.emit(why)

    async def _frame(self) -> None:
        now = time.monotonic()
        if self.source.kind == "local":
            capture = await screendumper(self.session).capture(self.source.fmt)
        else:
            frame = await self._grabber.grab()
            capture = frame.capture
        self.taken += 1
        self.times.append(now)
        del self.times[:-120]
        previous, self._previous = self._previous, capture
        if previous is not None and previous.data == capture.data:
            return
        self._last_change = time.monotonic()
        self.changed += 1
        if self.source.kind != "local":
            self.frameReady.emit(frame.image, frame.image.rect())
            return
        loop = asyncio.get_running_loop()
        image = await loop.run_in_executor(None, decode_ppm, capture.data)
        if image is None:
            raise ScreendumpFailure(
                translate(
                    "ScreenFeed", "QEMU wrote a PPM of {v0} bytes that is not a readable picture"
                ).format(v0=len(capture.data))
            )
        self.frameReady.emit(image, self._dirty(previous, capture, image))

    @staticmethod
    def _dirty(previous: Capture | None, capture: Capture, image: QImage) -> QRect:
        found = ppm_pixels(capture.data)
        if previous is None or found is None or len(previous.data) != len(capture.data):
            return image.rect()
        width, _, offset = found
        first, last = changed_rows(previous.data, capture.data, offset, width * 3)
        return QRect(0, first, width, last - first)
