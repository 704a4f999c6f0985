"""Style sheets the widgets share, so an error reads the same everywhere.

They are built from the palette's tones (`qmpgui.models.palette`) and built again
when the application's palette changes (a light theme switched to a dark one):
`set_tone()` and `set_style()` keep a widget's style sheet in step with the palette.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from qmpgui.models.palette import Tone, colour, palette_key


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


class PaletteEvents(QObject):
    """Says when the application's palette changes (a light theme switched to a dark one).

    Qt tells the application object (ApplicationPaletteChange) and its windows, but a
    child widget with a style sheet never hears of it: one event filter on the
    application, made on first use, turns the event into the signal `changed`."""

    changed = Signal()

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._app = app
        self._key = palette_key()
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._app and event.type() == QEvent.Type.ApplicationPaletteChange:
            key = palette_key()
            if key != self._key:
                self._key = key
                self.changed.emit()
        return False


def palette_events() -> PaletteEvents:
    """The application's PaletteEvents. Raises RuntimeError before the application exists."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("no application: colours follow the palette of a QApplication")
    events = app.findChild(PaletteEvents, "", Qt.FindChildOption.FindDirectChildrenOnly)
    return events if isinstance(events, PaletteEvents) else PaletteEvents(app)


def on_palette_change(changed: Callable[[], None]) -> None:
    """Call `changed()` each time the application's palette changes. Give a QObject's
    method: the connection ends with its object."""
    palette_events().changed.connect(changed)


class _Styler(QObject):
    """The style sheet of one widget (its parent), as a function of the palette."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.styled = widget
        self.make_style: Callable[[], str] | None = None
        on_palette_change(self.apply)

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
