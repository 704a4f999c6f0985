"""The serial console's terminal (ui/terminal_view.py) under offscreen Qt: colours and
cursor moves of the xterm's escapes as painted, the scrollback's bound, copy and
paste, keys as the bytes a terminal sends, and the screen's size following the widget."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtTest import QTest

from qmpgui.ui.terminal_view import TerminalView, ansi_colour


@pytest.fixture
def terminal(qapp: object) -> Iterator[TerminalView]:
    view = TerminalView(history=50)
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("white"))
    palette.setColor(QPalette.ColorRole.Text, QColor("black"))
    view.setPalette(palette)
    view.resize(view.cell_width() * 40, view.cell_height() * 10)
    view.show()
    yield view
    view.close()
    view.deleteLater()


def picture(view: TerminalView) -> QImage:
    return view.grab().toImage()


def cell_colours(view: TerminalView, column: int, row: int) -> set[str]:
    """The colours painted in one character cell."""
    image = picture(view)
    cw, ch = view.cell_width(), view.cell_height()
    return {
        image.pixelColor(column * cw + x, row * ch + y).name() for x in range(cw) for y in range(ch)
    }


def sent(view: TerminalView) -> list[bytes]:
    got: list[bytes] = []
    view.typed.connect(got.append)
    return got


def test_the_screen_follows_the_widgets_size(terminal: TerminalView) -> None:
    sizes: list[tuple[int, int]] = []
    terminal.sizeChanged.connect(lambda c, r: sizes.append((c, r)))
    assert (terminal.columns, terminal.rows) == (40, 10)
    terminal.resize(terminal.cell_width() * 60 + 3, terminal.cell_height() * 12 + 3)
    assert (terminal.columns, terminal.rows) == (60, 12)
    assert sizes == [(60, 12)]


def test_ansi_colours_are_painted(terminal: TerminalView) -> None:
    terminal.feed(b"\x1b[31mR\x1b[0m \x1b[44m \x1b[0m")
    red = ansi_colour("red", dark=False)
    blue = ansi_colour("blue", dark=False)
    assert red is not None and blue is not None
    assert red.name() in cell_colours(terminal, 0, 0)  # red text
    assert cell_colours(terminal, 2, 0) == {blue.name()}  # a blue background
    assert "#ffffff" in cell_colours(terminal, 1, 0)  # the palette's base between


def test_cursor_moves_place_text_and_the_cursor_is_drawn(terminal: TerminalView) -> None:
    terminal.feed(b"abc\x1b[5;10HX\x1b[2;1Hy\x1b[1D")
    assert terminal.line_text(4) == " " * 9 + "X"
    assert terminal.line_text(1) == "y"
    assert (terminal.emulator.cursor.x, terminal.emulator.cursor.y) == (0, 1)
    # The cursor (a block with focus, an outline without) in the text colour, on the
    # cell of "y"; the blank cell beside it is the base colour alone.
    assert "#000000" in cell_colours(terminal, 0, 1)
    assert cell_colours(terminal, 3, 1) == {"#ffffff"}
    terminal.feed(b"\x1b[2J\x1b[H")
    assert terminal.line_text(1) == "" and terminal.line_text(4) == ""


def test_the_scrollback_is_bounded(terminal: TerminalView) -> None:
    terminal.feed(b"".join(f"line {n}\r\n".encode() for n in range(200)))
    assert terminal.history_lines() == 50  # the bound given
    text = terminal.text()
    assert "line 199" in text and "line 0\n" not in text
    terminal.scroll_by(1000)
    assert terminal.scrolled == 50
    assert terminal.line_text(0) == "line 141"  # the oldest kept line is on top


def test_selection_copies_text_and_paste_sends_it_as_typed(terminal: TerminalView) -> None:
    terminal.feed(b"first line\r\nsecond line\r\n")
    cw, ch = terminal.cell_width(), terminal.cell_height()
    QTest.mousePress(terminal, Qt.MouseButton.LeftButton, pos=QPoint(cw * 6 + 1, ch // 2))
    QTest.mouseMove(terminal, QPoint(cw * 6 + 1, ch + ch // 2))
    QTest.mouseRelease(terminal, Qt.MouseButton.LeftButton, pos=QPoint(cw * 6 + 1, ch + ch // 2))
    assert terminal.selected_text() == "line\nsecond"
    QTest.keyClick(
        terminal,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert QGuiApplication.clipboard().text() == "line\nsecond"

    got = sent(terminal)
    QGuiApplication.clipboard().setText("ls -l\nexit\n")
    QTest.keyClick(
        terminal,
        Qt.Key.Key_V,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert got == [b"ls -l\rexit\r"]


def test_keys_are_sent_as_a_terminal_sends_them(terminal: TerminalView) -> None:
    got = sent(terminal)
    ctrl = Qt.KeyboardModifier.ControlModifier
    QTest.keyClicks(terminal, "aZ")
    QTest.keyClick(terminal, Qt.Key.Key_Return)
    QTest.keyClick(terminal, Qt.Key.Key_Up)
    QTest.keyClick(terminal, Qt.Key.Key_Left)
    QTest.keyClick(terminal, Qt.Key.Key_C, ctrl)
    QTest.keyClick(terminal, Qt.Key.Key_D, ctrl)
    QTest.keyClick(terminal, Qt.Key.Key_Backspace)
    QTest.keyClick(terminal, Qt.Key.Key_Tab)
    QTest.keyClick(terminal, Qt.Key.Key_F1)
    assert got == [
        b"a",
        b"Z",
        b"\r",
        b"\x1b[A",
        b"\x1b[D",
        b"\x03",
        b"\x04",
        b"\x7f",
        b"\t",
        b"\x1bOP",
    ]


def test_shrinking_keeps_the_text_above_in_the_history(terminal: TerminalView) -> None:
    terminal.feed(b"".join(f"row {n}\r\n".encode() for n in range(9)))  # cursor on row 9
    terminal.resize(terminal.width(), terminal.cell_height() * 5)
    assert terminal.rows == 5
    assert "row 0" in terminal.text() and "row 8" in terminal.text()
    assert terminal.line_text(terminal.history_lines() + terminal.emulator.cursor.y - 1) == "row 8"


def test_utf8_cut_between_two_reads_stays_whole(terminal: TerminalView) -> None:
    data = "häßlich €".encode()
    terminal.feed(data[:2])
    terminal.feed(data[2:])
    assert terminal.line_text(0) == "häßlich €"


def test_any_bytes_the_guest_sends_are_shown_without_raising(terminal: TerminalView) -> None:
    noise = random.Random(20).randbytes(65536)  # escapes cut anywhere, invalid UTF-8
    for start in range(0, len(noise), 997):
        terminal.feed(noise[start : start + 997])
    picture(terminal)  # painted too
    terminal.feed(b"\x1bc\x1b[0mafter")  # a reset: the terminal still works
    assert terminal.line_text(terminal.history_lines()) == "after"
