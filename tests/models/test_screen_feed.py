"""The screen view's frames: a PPM read as QEMU writes it, the rows that changed, and
where frames come from."""

from __future__ import annotations

from PySide6.QtGui import QColor

from qmpgui.models.screen_feed import changed_rows, decode_ppm, ppm_pixels


def ppm(width: int, height: int, rows: dict[int, bytes] | None = None) -> bytes:
    pixels = bytearray(width * height * 3)
    for row, colour in (rows or {}).items():
        pixels[row * width * 3 : (row + 1) * width * 3] = colour * width
    return f"P6\n{width} {height}\n255\n".encode() + bytes(pixels)


def test_a_ppm_as_qemu_writes_it_is_read_and_anything_else_refused() -> None:
    data = ppm(4, 3, {1: b"\xa8\x00\x00"})
    assert ppm_pixels(data) == (4, 3, len("P6\n4 3\n255\n"))
    image = decode_ppm(data)
    assert image is not None and image.size().toTuple() == (4, 3)
    assert QColor(image.pixel(2, 1)).getRgb()[:3] == (168, 0, 0)
    assert QColor(image.pixel(2, 0)).getRgb()[:3] == (0, 0, 0)
    assert ppm_pixels(data[:-1]) is None  # cut short
    assert ppm_pixels(b"P5\n4 3\n255\n" + bytes(12)) is None
    assert decode_ppm(b"\x89PNG\r\n") is None


def test_only_the_rows_that_changed_are_repainted() -> None:
    old = ppm(8, 10)
    start = len("P6\n8 10\n255\n")
    new = ppm(8, 10, {3: b"\x01\x02\x03", 6: b"\x01\x01\x01"})
    assert changed_rows(old, new, start, 24) == (3, 7)
    assert changed_rows(old, old, start, 24) == (0, 0)
    assert changed_rows(old, ppm(8, 10, {9: b"\x05\x05\x05"}), start, 24) == (9, 10)
