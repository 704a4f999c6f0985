"""Screendump pictures: the red/blue check, decoding QEMU's files, PNGs saved with metadata."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage

from qmpgui.models.screen_image import decode, png_bytes, red_blue_swapped
from qmpgui.session.screendump import Capture, ScreendumpFailure

WIDTH, HEIGHT = 160, 120


def picture(colour: Any) -> QImage:
    """A WIDTH x HEIGHT RGB32 picture; colour(x, y) gives each pixel."""
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
    for y in range(HEIGHT):
        for x in range(WIDTH):
            image.setPixelColor(x, y, colour(x, y))
    return image


def colourful(x: int, y: int) -> QColor:
    # Red grows to the right, blue to the bottom: red and blue differ almost everywhere.
    return QColor(x * 255 // (WIDTH - 1), (x + y) % 256, 255 - y * 255 // (HEIGHT - 1))


def grey(x: int, y: int) -> QColor:
    # Greys and greens: red equals blue everywhere, so a swap changes nothing.
    level = (x * 7 + y * 3) % 256
    return QColor(level, 255 - level, level)


def encoded(image: QImage, fmt: str) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, fmt)
    buffer.close()
    return bytes(data.data())


def capture(data: bytes, fmt: str) -> Capture:
    return Capture(data, fmt, elapsed_s=0.01, taken_at=1_700_000_000.0)


def same_pixels(a: QImage, b: QImage) -> bool:
    fmt = QImage.Format.Format_RGB32
    return a.size() == b.size() and a.convertToFormat(fmt) == b.convertToFormat(fmt)


# -- the red/blue check ----------------------------------------------------------------------


def test_swapped_png_is_recognised(qapp: Any) -> None:
    ppm = picture(colourful)
    assert red_blue_swapped(ppm.rgbSwapped(), ppm) is True


def test_identical_pictures_are_not_swapped(qapp: Any) -> None:
    ppm = picture(colourful)
    assert red_blue_swapped(ppm.copy(), ppm) is False


def test_grey_picture_cannot_tell(qapp: Any) -> None:
    ppm = picture(grey)
    # Whether or not QEMU swapped, a grey screen looks the same: no verdict either way.
    assert red_blue_swapped(ppm.rgbSwapped(), ppm) is None
    assert red_blue_swapped(ppm.copy(), ppm) is None


def test_pictures_of_different_sizes_cannot_tell(qapp: Any) -> None:
    ppm = picture(colourful)
    smaller = ppm.scaled(WIDTH // 2, HEIGHT // 2).rgbSwapped()
    assert red_blue_swapped(smaller, ppm) is None
    # The guest changed resolution between the two: the old picture sits in one corner.
    larger = ppm.copy(0, 0, WIDTH * 2, HEIGHT * 2)
    assert red_blue_swapped(larger, ppm) is None
    assert red_blue_swapped(larger.rgbSwapped(), ppm) is None
    assert red_blue_swapped(QImage(), ppm) is None


@pytest.mark.parametrize("png_kind", ["half swapped", "half repainted"])
def test_changed_screen_cannot_tell(qapp: Any, png_kind: str) -> None:
    ppm = picture(colourful)
    swapped = ppm.rgbSwapped()

    def half_changed(x: int, y: int) -> QColor:
        if y < HEIGHT // 2:
            return ppm.pixelColor(x, y)
        return swapped.pixelColor(x, y) if png_kind == "half swapped" else QColor(200, 30, 90)

    png = picture(half_changed)
    assert red_blue_swapped(png, ppm) is None


# -- decoding --------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["ppm", "png"])
def test_decode_reads_what_qemu_writes(qapp: Any, fmt: str) -> None:
    original = picture(colourful)
    image = decode(capture(encoded(original, fmt.upper()), fmt))
    assert image.format() == QImage.Format.Format_RGB32
    assert same_pixels(image, original)
    assert image.pixelColor(WIDTH - 1, 0) == QColor(255, (WIDTH - 1) % 256, 255)


@pytest.mark.parametrize("data", [b"", b"this is not a picture", b"P6\n640 480\n255\n\x00\x01"])
def test_decode_of_garbage_says_so(qapp: Any, data: bytes) -> None:
    with pytest.raises(ScreendumpFailure) as raised:
        decode(capture(data, "ppm"))
    message = str(raised.value)
    assert f"PPM file of {len(data)} bytes" in message
    assert "not a readable picture" in message


# -- saving ----------------------------------------------------------------------------------


def test_png_bytes_keep_pixels_and_metadata(qapp: Any) -> None:
    original = picture(colourful)
    uuid = "6f1c9a3e-0b7d-4f7e-9a55-2c3d4e5f6a7b"
    data = png_bytes(original, {"VM name": "vm1", "VM UUID": uuid})
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    loaded = QImage.fromData(data)
    assert not loaded.isNull()
    assert loaded.text("VM name") == "vm1"
    assert loaded.text("VM UUID") == uuid
    assert same_pixels(loaded, original)
