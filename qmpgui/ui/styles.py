"""Style sheets the widgets share, so an error reads the same everywhere.

They are built from the palette's tones (`qmpgui.models.palette`) and built again
when the application's palette changes (a light theme switched to a dark one):
`set_tone()` and `set_style()` keep a widget's style sheet in step with the palette.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QWidget

from qmpgui.models.palette import Tone, colour, palette_key

_PALETTE_EVENTS = frozenset({QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange})


def tone_style(tone: Tone, extra: str = "") -> str:
    """A style sheet whose text has the colour of `tone`, then `extra`."""
    return f"color: {colour(tone).name()};{' ' + extra if extra else ''}"


def error_style() -> str:
    """The style sheet of a label that says what went wrong."""
    return tone_style(Tone.ERROR)


def background_style(tone: Tone) -> str:
    """A style sheet that fills a widget with `tone` (its text keeps the palette's colour)."""
    return f"background: {colour(tone).name()};"


def fill_style(selector: str, background: Tone, border: Tone) -> str:
    """A style sheet that fills what `selector` names, with a border (a banner, a bar)."""
    return (
        f"{selector} {{ background: {colour(background).name()}; "
        f"border: 1px solid {colour(border).name()}; }}"
    )


class PaletteWatch(QWidget):
    """Calls back whenever the application's palette changes, while its widget lives.

    A hidden window inside the widget, never shown: Qt tells every window of a new
    application palette (ApplicationPaletteChange), while a child widget hears of it only
    when the palette it inherits changes, which one with a style sheet never does."""

    def __init__(self, widget: QWidget, changed: Callable[[], None]) -> None:
        super().__init__(widget, Qt.WindowType.Window)
        self.changed = changed
        self._key = palette_key()

    def event(self, event: QEvent) -> bool:
        if event.type() in _PALETTE_EVENTS:
            key = palette_key()
            if key != self._key:
                self._key = key
                self.changed()
        return super().event(event)


def on_palette_change(widget: QWidget, changed: Callable[[], None]) -> PaletteWatch:
    """Call `changed()` each time the application's palette changes, as long as `widget` lives."""
    return PaletteWatch(widget, changed)


class _Styler(PaletteWatch):
    """The style sheet of one widget, as a function of the palette."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget, self.apply)
        self.styled = widget
        self.make_style: Callable[[], str] | None = None

    def apply(self) -> None:
        text = self.make_style() if self.make_style is not None else ""
        if self.styled.styleSheet() != text:  # setting a style sheet polishes again
            self.styled.setStyleSheet(text)


def set_style(widget: QWidget, style: Callable[[], str] | None) -> None:
    """Give `widget` the style sheet `style()`, now and after every palette change;
    None: no style sheet (the palette's own look)."""
    styler = widget.findChild(_Styler, "", Qt.FindChildOption.FindDirectChildrenOnly)
    if not isinstance(styler, _Styler):
        if style is None and not widget.styleSheet():
            return
        styler = _Styler(widget)
    styler.make_style = style
    styler.apply()


def set_background(widget: QWidget, tone: Tone | None) -> None:
    """Fill `widget` with `tone`, following the palette; None: the palette's own background."""
    set_style(widget, None if tone is None else lambda: background_style(tone))


def set_tone(widget: QWidget, tone: Tone | None, extra: str = "") -> None:
    """Colour `widget`'s text with `tone` (and add `extra` to its style sheet), following
    the palette; None: the palette's text colour and no style sheet."""
    if tone is None:
        set_style(widget, None)
    else:
        set_style(widget, lambda: tone_style(tone, extra))
