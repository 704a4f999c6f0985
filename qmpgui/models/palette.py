"""The colours of qmpgui, read from the application's palette.

Every colour that says something (an error, a warning, a muted note, JSON
tokens, the banner) is a `Tone`. `colour(tone)` gives its QColor for the
current application palette: a light or a dark variant, chosen by whether the
palette's window is darker than its text, then moved lighter or darker until
text reaches MIN_CONTRAST against the backgrounds it is drawn on (a theme of
any colour stays readable). Colours are worked out once per palette and kept
by the palette's cacheKey(), so models can ask in data() for every painted cell.

Views ask models at paint time, so a palette change recolours them; style
sheets are rebuilt by `qmpgui.ui.styles` when the palette changes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import Final, NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette

from qmpgui.log.entry import Level

#: WCAG 2 AA for normal text: every text tone reaches it against its backgrounds.
MIN_CONTRAST: Final = 4.5


class Tone(StrEnum):
    """What a colour means; `colour()` gives it for the current palette."""

    # Text on the palette's backgrounds (item views, windows, buttons, panels).
    ERROR = "error"
    WARNING = "warning"
    #: Between the palette's text and its base: what matters less (a disconnected VM).
    MUTED = "muted"
    #: A running VM's state.
    GOOD = "good"
    #: A paused VM's state.
    PAUSED = "paused"
    #: An event in the console's transcript.
    EVENT = "event"
    #: A line that does something when activated (Show all, Save reply); a batch's end.
    ACTION = "action"
    #: A command of the console still waiting for its reply.
    PENDING = "pending"
    #: The tokens of highlighted JSON.
    JSON_KEY = "json-key"
    JSON_STRING = "json-string"
    JSON_NUMBER = "json-number"
    JSON_LITERAL = "json-literal"
    #: The migration chart's two lines (and their axes' words): memory left, throughput.
    CHART_REMAINING = "chart-remaining"
    CHART_THROUGHPUT = "chart-throughput"
    # Backgrounds behind the palette's own text, and their borders.
    #: The message banner.
    BANNER_BACKGROUND = "banner-background"
    BANNER_BORDER = "banner-border"
    #: A note bar (the power-down watch).
    NOTE_BACKGROUND = "note-background"
    NOTE_BORDER = "note-border"
    #: A search field whose text is not found.
    NOT_FOUND_BACKGROUND = "not-found-background"


#: The tone of a message of each level (None: the palette's plain text).
LEVEL_TONES: Final[Mapping[Level, Tone | None]] = MappingProxyType(
    {Level.INFO: None, Level.WARNING: Tone.WARNING, Level.ERROR: Tone.ERROR}
)


class _Variants(NamedTuple):
    light: str
    dark: str


#: Text tones: (on a light palette, on a dark one), before the contrast check.
_TEXT: Final[Mapping[Tone, _Variants]] = {
    Tone.ERROR: _Variants("#b41e1e", "#ff9089"),
    Tone.WARNING: _Variants("#815700", "#e3b341"),
    Tone.GOOD: _Variants("#117022", "#56d364"),
    Tone.PAUSED: _Variants("#285aaa", "#79b8ff"),
    Tone.EVENT: _Variants("#6e3ca0", "#c49bff"),
    Tone.ACTION: _Variants("#0b5cad", "#6fb2ff"),
    Tone.PENDING: _Variants("#7b5a00", "#dea631"),
    Tone.JSON_KEY: _Variants("#0b5cad", "#79c0ff"),
    Tone.JSON_STRING: _Variants("#177030", "#7ee787"),
    Tone.JSON_NUMBER: _Variants("#964b00", "#ffa657"),
    Tone.JSON_LITERAL: _Variants("#733cdb", "#d2a8ff"),
    Tone.CHART_REMAINING: _Variants("#0b5cad", "#6fb2ff"),
    Tone.CHART_THROUGHPUT: _Variants("#a44d00", "#ffa657"),
}
#: Muted text: this much of the way from the palette's text to its base.
_MUTED_MIX: Final = 0.45


class _Fill(NamedTuple):
    light: str
    dark: str
    #: The palette's text drawn on it (None: a border, no text on it).
    text: QPalette.ColorRole | None


_FILLS: Final[Mapping[Tone, _Fill]] = {
    Tone.BANNER_BACKGROUND: _Fill("#fff4ce", "#4a3c10", QPalette.ColorRole.WindowText),
    Tone.BANNER_BORDER: _Fill("#e0c060", "#8c7326", None),
    Tone.NOTE_BACKGROUND: _Fill("#e8f0fe", "#1d2d44", QPalette.ColorRole.WindowText),
    Tone.NOTE_BORDER: _Fill("#99aabb", "#4a6184", None),
    Tone.NOT_FOUND_BACKGROUND: _Fill("#fbe3e3", "#5c1f1f", QPalette.ColorRole.Text),
}

#: Where text tones are drawn: item views (Base, AlternateBase) and labels (Window, Button).
_TEXT_BACKGROUNDS: Final = (
    QPalette.ColorRole.Base,
    QPalette.ColorRole.AlternateBase,
    QPalette.ColorRole.Window,
    QPalette.ColorRole.Button,
)
#: Styles draw panels a shade off the window: Fusion's tab pages are the window mixed
#: with about 7 % white. Labels on such panels, up to this much lighter or darker, read too.
_PANEL_SHADE: Final = 0.08


# -- contrast (WCAG 2) -----------------------------------------------------------------


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: QColor) -> float:
    """WCAG 2's relative luminance: 0 for black, 1 for white."""
    rgb = colour.toRgb()
    return (
        0.2126 * _linear(rgb.redF())
        + 0.7152 * _linear(rgb.greenF())
        + 0.0722 * _linear(rgb.blueF())
    )


def contrast_ratio(one: QColor, other: QColor) -> float:
    """WCAG 2's contrast ratio of two colours, from 1 (the same) to 21 (black on white)."""
    a, b = sorted((relative_luminance(one), relative_luminance(other)))
    return (b + 0.05) / (a + 0.05)


def _mix(one: QColor, other: QColor, amount: float) -> QColor:
    """`amount` of the way from `one` to `other`."""
    a, b = one.toRgb(), other.toRgb()
    return _rgb8(
        QColor.fromRgbF(
            a.redF() + (b.redF() - a.redF()) * amount,
            a.greenF() + (b.greenF() - a.greenF()) * amount,
            a.blueF() + (b.blueF() - a.blueF()) * amount,
        )
    )


def _rgb8(colour: QColor) -> QColor:
    """8 bits a channel, as style sheets (#rrggbb) and the screen have them."""
    return QColor(colour.name())


def _text_grounds(palette: QPalette) -> list[QColor]:
    """The backgrounds text tones are drawn on, for `palette`: its own, and panels."""
    grounds = [palette.color(role) for role in _TEXT_BACKGROUNDS]
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Button):
        for shade in (QColor(0, 0, 0), QColor(255, 255, 255)):
            grounds.append(_mix(palette.color(role), shade, _PANEL_SHADE))
    return grounds


def _readable_on(colour: QColor, backgrounds: Iterable[QColor], ratio: float) -> QColor:
    """`colour`, or as little lighter or darker as makes it reach `ratio` on every one of
    `backgrounds` (black or white at worst, whichever reads better on them)."""
    grounds = list(backgrounds)
    if all(contrast_ratio(colour, ground) >= ratio for ground in grounds):
        return colour
    worst = min(relative_luminance(ground) for ground in grounds)
    best = max(relative_luminance(ground) for ground in grounds)
    # Black reads better than white on a background lighter than about 0.18.
    darker = (worst + best) / 2 > 0.179
    hsl = colour.toHsl()
    hue, saturation, lightness = max(hsl.hslHueF(), 0.0), hsl.hslSaturationF(), hsl.lightnessF()
    target = 0.0 if darker else 1.0
    for step in range(1, 51):
        moved = _rgb8(
            QColor.fromHslF(hue, saturation, lightness + (target - lightness) * step / 50)
        )
        if all(contrast_ratio(moved, ground) >= ratio for ground in grounds):
            return moved
    return QColor(0, 0, 0) if darker else QColor(255, 255, 255)


# -- the palette -----------------------------------------------------------------------


def is_dark(palette: QPalette) -> bool:
    """A dark palette: its window is darker than the text on it."""
    return relative_luminance(palette.color(QPalette.ColorRole.Window)) < relative_luminance(
        palette.color(QPalette.ColorRole.WindowText)
    )


class _Colours:
    """Every tone worked out for one palette, as colours and as brushes."""

    def __init__(self, palette: QPalette) -> None:
        dark = is_dark(palette)
        grounds = _text_grounds(palette)
        self.colours: dict[Tone, QColor] = {}
        for tone, variants in _TEXT.items():
            base = QColor(variants.dark if dark else variants.light)
            self.colours[tone] = _readable_on(base, grounds, MIN_CONTRAST)
        muted = _mix(
            palette.color(QPalette.ColorRole.Text),
            palette.color(QPalette.ColorRole.Base),
            _MUTED_MIX,
        )
        self.colours[Tone.MUTED] = _readable_on(muted, grounds, MIN_CONTRAST)
        for tone, fill in _FILLS.items():
            colour = QColor(fill.dark if dark else fill.light)
            if fill.text is not None:
                # The background moves, away from the palette's text, until that reads.
                text = palette.color(fill.text)
                colour = _readable_on(colour, [text], MIN_CONTRAST)
            self.colours[tone] = colour
        self.brushes = {tone: QBrush(colour) for tone, colour in self.colours.items()}


#: Colours of the palettes seen, by QPalette.cacheKey() (a changed palette has a new key).
_cache: dict[int, _Colours] = {}
_CACHE_SIZE: Final = 8


def application_palette() -> QPalette:
    """The application's palette (Qt's default one without a GUI application)."""
    if isinstance(QCoreApplication.instance(), QGuiApplication):
        return QGuiApplication.palette()
    return QPalette()


def _colours(palette: QPalette | None) -> _Colours:
    if palette is None:
        palette = application_palette()
    key = palette.cacheKey()
    found = _cache.get(key)
    if found is None:
        if len(_cache) >= _CACHE_SIZE:
            _cache.clear()
        found = _cache[key] = _Colours(palette)
    return found


def colour(tone: Tone, palette: QPalette | None = None) -> QColor:
    """The colour of `tone` on `palette` (the application's palette by default): a new
    QColor. Every Tone has one; never raises."""
    return QColor(_colours(palette).colours[tone])


def brush(tone: Tone, palette: QPalette | None = None) -> QBrush:
    """The colour of `tone` as a brush, for a model's ForegroundRole. Shared: do not change
    it. Every Tone has one; never raises."""
    return _colours(palette).brushes[tone]


def palette_key() -> int:
    """The application palette's cacheKey(), an int that changes whenever the palette
    does."""
    return application_palette().cacheKey()
