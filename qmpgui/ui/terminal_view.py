"""TerminalView: the serial console's terminal. pyte emulates the VT100/xterm (its
HistoryScreen keeps the scrollback, bounded); this widget draws its cells with QPainter
in a monospace font, in the palette's colours (the ANSI colours in a light or a dark
set to match), takes keys as a terminal sends them (ui/terminal_keys.py), selects with
the mouse, copies and pastes (Ctrl+Shift+C / Ctrl+Shift+V and the context menu), and
sizes the emulated screen to itself."""

from __future__ import annotations

from typing import Any

import pyte
from PySide6.QtCore import QEvent, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFocusEvent,
    QFont,
    QFontDatabase,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QMenu, QWidget

from qmpgui.i18n import translate
from qmpgui.models.palette import is_dark
from qmpgui.ui.terminal_keys import key_bytes, paste_bytes
from qmpgui.ui.window_keys import KEPT_COMBINED, pressed

#: Lines kept above the screen; older ones are dropped.
SCROLLBACK_LINES = 10_000
#: Lines a wheel step scrolls.
WHEEL_LINES = 3
_NAMES = ("black", "red", "green", "brown", "blue", "magenta", "cyan", "white")
#: The eight ANSI colours and their bright variants (pyte's names), on a light and on a
#: dark background (xterm's and VGA's tones, darkened or lightened to read on each).
_LIGHT = (
    *("#000000", "#b21818", "#18862a", "#8a6d00", "#1c3fbf", "#a0189f", "#0e7d86", "#7a7a7a"),
    *("#555555", "#d42c2c", "#1f9e33", "#9e7f00", "#3556e0", "#b830b6", "#12919c", "#9a9a9a"),
)
_DARK = (
    *("#3a3a3a", "#ff6b6b", "#5fd35f", "#e5c34a", "#7aa2ff", "#e07ae0", "#5fd7d7", "#d0d0d0"),
    *("#808080", "#ff8f8f", "#8af08a", "#fff27a", "#a3bfff", "#ff9fff", "#8ff0f0", "#ffffff"),
)
Cell = tuple[int, int]


def ansi_colour(name: str, dark: bool) -> QColor | None:
    """pyte's colour `name` ("red", "brightblue", "ff8700") as a QColor for a dark or a
    light background; None for "default"."""
    table = _DARK if dark else _LIGHT
    bright = name.startswith("bright")
    base = name.removeprefix("bright")
    if base in _NAMES:
        return QColor(table[_NAMES.index(base) + (8 if bright else 0)])
    if len(name) == 6:
        colour = QColor(f"#{name}")
        if colour.isValid():
            return colour
    return None


#: A run's style: pyte's fg and bg, reverse, bold, and whether it is selected.
Style = tuple[str, str, bool, bool, bool]


class _Styles:
    """The colours of each style met in one paint, worked out once."""

    def __init__(self, palette: QPalette) -> None:
        self._palette = palette
        self._dark = is_dark(palette)
        self._found: dict[Style, tuple[QColor, QColor]] = {}

    def colours(self, style: Style) -> tuple[QColor, QColor]:
        """The text and background colours of `style`."""
        found = self._found.get(style)
        if found is None:
            fg_name, bg_name, reverse, _bold, selected = style
            palette = self._palette
            if selected:
                found = (
                    palette.color(QPalette.ColorRole.HighlightedText),
                    palette.color(QPalette.ColorRole.Highlight),
                )
            else:
                fg = ansi_colour(fg_name, self._dark) or palette.color(QPalette.ColorRole.Text)
                bg = ansi_colour(bg_name, self._dark) or palette.color(QPalette.ColorRole.Base)
                found = (bg, fg) if reverse else (fg, bg)
            self._found[style] = found
        return found


class TerminalView(QWidget):
    """A terminal screen: feed() it the guest's bytes; `typed` carries the keys' bytes."""

    #: (bytes): what the user typed or pasted, as a terminal sends it.
    typed = Signal(bytes)
    #: (int, int): the emulated screen's columns and rows changed.
    sizeChanged = Signal(int, int)

    def __init__(self, parent: QWidget | None = None, *, history: int = SCROLLBACK_LINES) -> None:
        super().__init__(parent)
        self.setObjectName("terminalView")
        self.setAccessibleName(translate("TerminalView", "Serial console terminal"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setCursor(Qt.CursorShape.IBeamCursor)
        self.emulator = pyte.HistoryScreen(80, 24, history=history)
        self.stream = pyte.ByteStream(self.emulator)
        #: Lines scrolled back from the bottom (0: the live screen).
        self.scrolled = 0
        #: The window keys that pass the terminal by (window_keys.py's combined ints).
        self.kept_keys: frozenset[int] = KEPT_COMBINED
        self._anchor: Cell | None = None
        self._end: Cell | None = None
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setStyleHint(QFont.StyleHint.TypeWriter)
        self.setFont(font)
        self.setMinimumSize(self.cell_width() * 20, self.cell_height() * 4)

    # -- what it shows ----------------------------------------------------------

    def cell_width(self) -> int:
        """A character cell's width in pixels."""
        return max(1, QFontMetrics(self.font()).horizontalAdvance("M"))

    def cell_height(self) -> int:
        """A character cell's height in pixels."""
        return max(1, QFontMetrics(self.font()).height())

    @property
    def columns(self) -> int:
        """The emulated screen's width in characters."""
        return int(self.emulator.columns)

    @property
    def rows(self) -> int:
        """The emulated screen's height in lines."""
        return int(self.emulator.lines)

    def history_lines(self) -> int:
        """Lines kept above the screen now."""
        return len(self.emulator.history.top)

    def _line(self, index: int) -> Any:
        """Line `index` of the history followed by the screen."""
        top = self.emulator.history.top
        if index < len(top):
            return top[index]
        return self.emulator.buffer[index - len(top)]

    def line_text(self, index: int) -> str:
        """The text of line `index` (history first, then the screen), without trailing blanks."""
        line = self._line(index)
        return "".join(line[x].data for x in range(self.columns)).rstrip()

    def text(self) -> str:
        """Every line kept, history and screen, trailing blank lines left out."""
        lines = [self.line_text(i) for i in range(self.history_lines() + self.rows)]
        while lines and not lines[-1]:
            lines.pop()
        return "\n".join(lines)

    def feed(self, data: bytes) -> None:
        """Show what the guest wrote (any bytes: escapes, UTF-8 cut anywhere)."""
        self.stream.feed(data)
        self.update()

    def clear(self) -> None:
        """Forget the screen and the history."""
        self.emulator.reset()
        self.scrolled = 0
        self._anchor = self._end = None
        self.update()

    # -- selection, copy and paste --------------------------------------------

    def _cell_at(self, point: QPoint) -> Cell:
        top = self.history_lines() - self.scrolled
        row = min(max(point.y() // self.cell_height(), 0), self.rows - 1)
        column = min(max(point.x() // self.cell_width(), 0), self.columns)
        return top + row, column

    def _selection(self) -> tuple[Cell, Cell] | None:
        if self._anchor is None or self._end is None or self._anchor == self._end:
            return None
        return min(self._anchor, self._end), max(self._anchor, self._end)

    def select(self, start: Cell, end: Cell) -> None:
        """Select from cell `start` to `end` (line, column; lines count the history first)."""
        self._anchor, self._end = start, end
        self.update()

    def selected_text(self) -> str:
        """The selected text, lines joined by newlines; "" when nothing is selected."""
        chosen = self._selection()
        if chosen is None:
            return ""
        (first, start), (last, end) = chosen
        parts = []
        for index in range(first, last + 1):
            line = self._line(index)
            left = start if index == first else 0
            right = end if index == last else self.columns
            parts.append("".join(line[x].data for x in range(left, right)).rstrip())
        return "\n".join(parts)

    def copy(self) -> None:
        """Put the selected text on the clipboard."""
        text = self.selected_text()
        if text:
            QGuiApplication.clipboard().setText(text)

    def paste(self) -> None:
        """Send the clipboard's text to the guest as typed (line ends as Enter)."""
        text = QGuiApplication.clipboard().text()
        if text:
            self.scrolled = 0
            self.typed.emit(paste_bytes(text))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        copy = menu.addAction(translate("TerminalView", "&Copy"), self.copy)
        copy.setShortcut(QKeySequence("Ctrl+Shift+C"))
        copy.setEnabled(bool(self.selected_text()))
        paste = menu.addAction(translate("TerminalView", "&Paste"), self.paste)
        paste.setShortcut(QKeySequence("Ctrl+Shift+V"))
        paste.setEnabled(bool(QGuiApplication.clipboard().text()))
        menu.addSeparator()
        menu.addAction(translate("TerminalView", "C&lear"), self.clear)
        menu.exec(event.globalPos())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._anchor = self._end = self._cell_at(event.position().toPoint())
            self.update()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton and self._anchor is not None:
            self._end = self._cell_at(event.position().toPoint())
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        text = self.selected_text()
        clipboard = QGuiApplication.clipboard()
        if text and clipboard.supportsSelection():
            clipboard.setText(text, clipboard.Mode.Selection)  # X11's middle-click paste
        super().mouseReleaseEvent(event)

    # -- keys, wheel, size --------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        # Tab and Backtab belong to the guest, not to the focus chain.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        ):
            self.keyPressEvent(event)
            return True
        # A key the terminal sends is the guest's, not a window shortcut's (Ctrl+P is
        # DLE, not Pause): accepting the override makes Qt deliver it as a key press.
        # The window keeps only `kept_keys`.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self.takes(event)
        ):
            event.accept()
            return True
        return super().event(event)

    def takes(self, event: QKeyEvent) -> bool:
        """Whether the key of `event` is the terminal's (sent to the guest, or its own
        copy, paste and scrolling) rather than a window shortcut's."""
        if pressed(event.keyCombination()) in self.kept_keys:
            return False
        mods = event.modifiers()
        both = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        if mods & both == both and event.key() in (Qt.Key.Key_C, Qt.Key.Key_V):
            return True
        return key_bytes(event.key(), mods, event.text()) is not None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers()
        key = event.key()
        both = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        if mods & both == both and key in (Qt.Key.Key_C, Qt.Key.Key_V):
            self.copy() if key == Qt.Key.Key_C else self.paste()
            return
        if mods & Qt.KeyboardModifier.ShiftModifier and key in (
            Qt.Key.Key_PageUp,
            Qt.Key.Key_PageDown,
        ):
            step = self.rows - 1 if key == Qt.Key.Key_PageUp else 1 - self.rows
            self.scroll_by(step)
            return
        data = key_bytes(key, mods, event.text())
        if data is None:
            super().keyPressEvent(event)
            return
        self.scrolled = 0
        self.typed.emit(data)

    def scroll_by(self, lines: int) -> None:
        """Scroll back (`lines` > 0) or forward through the history."""
        self.scrolled = min(max(self.scrolled + lines, 0), self.history_lines())
        self.update()

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() // 120
        if steps:
            self.scroll_by(steps * WHEEL_LINES)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        columns = max(2, self.width() // self.cell_width())
        rows = max(1, self.height() // self.cell_height())
        if (columns, rows) != (self.columns, self.rows):
            self.resize_screen(columns, rows)

    def resize_screen(self, columns: int, rows: int) -> None:
        """Make the emulated screen `columns` x `rows`. Fewer rows drop the blank lines
        below the cursor first, then move the top lines into the history, as xterm does
        (pyte's own resize deletes the top lines)."""
        screen = self.emulator
        if rows < screen.lines:
            below = screen.lines - 1 - screen.cursor.y
            top = max(0, screen.lines - rows - below)
            kept = [screen.buffer[y] for y in range(top, top + rows)]
            for y in range(top):
                screen.history.top.append(screen.buffer[y])
            screen.buffer.clear()
            for y, line in enumerate(kept):
                screen.buffer[y] = line
            screen.cursor.y -= top
            screen.lines = rows
        screen.resize(rows, columns)
        screen.dirty.update(range(rows))
        self.update()
        self.sizeChanged.emit(columns, rows)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    # -- painting -------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        painter = QPainter(self)
        painter.fillRect(self.rect(), base)
        cw, ch = self.cell_width(), self.cell_height()
        ascent = QFontMetrics(self.font()).ascent()
        top = self.history_lines() - self.scrolled
        chosen = self._selection()
        bold = QFont(self.font())
        bold.setBold(True)
        styles = _Styles(palette)
        # Runs of cells of one style are drawn at once: a cell at a time is too slow
        # for a busy guest (about 100 ms a screen here, against a few).
        for row in range(self.rows):
            index = top + row
            line = self._line(index)
            run_start, run_text, run_style = 0, "", None
            for x in range(self.columns + 1):
                if x < self.columns:
                    char = line[x]
                    selected = chosen is not None and chosen[0] <= (index, x) < chosen[1]
                    style = (char.fg, char.bg, char.reverse, char.bold, selected)
                    if style == run_style:
                        run_text += char.data
                        continue
                if run_style is not None:
                    fg, bg = styles.colours(run_style)
                    if bg != base:
                        painter.fillRect(
                            QRect(run_start * cw, row * ch, (x - run_start) * cw, ch), bg
                        )
                    if run_text.strip():
                        painter.setFont(bold if run_style[3] else self.font())
                        painter.setPen(fg)
                        painter.drawText(run_start * cw, row * ch + ascent, run_text)
                if x < self.columns:
                    run_start, run_text, run_style = x, char.data, style
        cursor = self.emulator.cursor
        cursor_row = self.history_lines() + cursor.y - top
        if not cursor.hidden and 0 <= cursor_row < self.rows:
            cell = QRect(cursor.x * cw, cursor_row * ch, cw, ch)
            colour = palette.color(QPalette.ColorRole.Text)
            if self.hasFocus():
                painter.fillRect(cell, colour)
                char = self._line(self.history_lines() + cursor.y)[cursor.x]
                if char.data.strip():
                    painter.setPen(palette.color(QPalette.ColorRole.Base))
                    painter.drawText(cell.x(), cell.y() + ascent, char.data)
            else:
                painter.setPen(colour)
                painter.drawRect(cell.adjusted(0, 0, -1, -1))
        painter.end()
