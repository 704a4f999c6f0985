"""Colours on a light and a dark palette: text that says something stays readable.

Every error, warning and muted text is held to WCAG 2 AA for normal text: a contrast
ratio of at least 4.5:1 against the background it is really drawn on (labels: the
pixels of the window behind them; item views: the view's Base and AlternateBase).
The ratio is computed here from WCAG's formula, not by the code under test.
"""

from __future__ import annotations

import collections
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QWidget

from qmpgui.app.main_window import MainWindow
from qmpgui.log.entry import Level, LogEntry, LogKind
from qmpgui.models.event_log import ENTRY_ROLE, EventLogModel
from qmpgui.models.node_tree import Node, NodeTreeModel
from qmpgui.models.palette import LEVEL_TONES, Tone, colour, contrast_ratio, is_dark
from qmpgui.models.transcript import RowKind, TranscriptModel
from qmpgui.session import ConnState
from qmpgui.ui.console import ConsoleWidget
from qmpgui.ui.panes.status import StatusPane
from qmpgui.ui.styles import set_background, set_tone
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows

#: WCAG 2 AA, normal text: held for error, warning and muted text alike.
AA = 4.5

#: Qt's own Fusion palette for Qt.ColorScheme.Dark: what QStyleHints.setColorScheme(Dark)
#: gives on X11 with QT_QPA_PLATFORMTHEME=gnome (read from Qt 6.11 on this machine).
_FUSION_DARK = {
    "Window": "#323232",
    "WindowText": "#f0f0f0",
    "Base": "#242424",
    "AlternateBase": "#2b2b2b",
    "Text": "#f0f0f0",
    "Button": "#323232",
    "ButtonText": "#f0f0f0",
    "BrightText": "#4b4b4b",
    "Light": "#4b4b4b",
    "Midlight": "#2a2a2a",
    "Mid": "#262626",
    "Dark": "#212121",
    "Shadow": "#191919",
    "Highlight": "#308cc6",
    "HighlightedText": "#f0f0f0",
    "Link": "#308cc6",
    "LinkVisited": "#ff00ff",
    "ToolTipBase": "#ffffdc",
    "ToolTipText": "#000000",
    "PlaceholderText": "#f0f0f0",
}
_FUSION_DARK_DISABLED = {
    "WindowText": "#828282",
    "Text": "#828282",
    "ButtonText": "#828282",
    "Base": "#323232",
    "Highlight": "#919191",
}


def fusion_dark() -> QPalette:
    palette = QPalette()
    for role, name in _FUSION_DARK.items():
        palette.setColor(getattr(QPalette.ColorRole, role), QColor(name))
    for role, name in _FUSION_DARK_DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, getattr(QPalette.ColorRole, role), name)
    return palette


def deep_blue() -> QPalette:
    """A dark theme of another colour, with a reddish window: no variant is made for it."""
    palette = QPalette()
    for role, name in {
        "Window": "#3a1d2e",
        "WindowText": "#e8e0d0",
        "Base": "#002b36",
        "AlternateBase": "#073642",
        "Text": "#eee8d5",
        "Button": "#3a1d2e",
        "ButtonText": "#e8e0d0",
    }.items():
        palette.setColor(getattr(QPalette.ColorRole, role), QColor(name))
    return palette


def light() -> QPalette:
    """Qt's own light Fusion palette (the one the tests start with)."""
    return QApplication.style().standardPalette()


PALETTES = {"light": light, "dark": fusion_dark, "deep blue": deep_blue}


# -- WCAG 2, written out here so the code under test cannot grade itself ----------------------


def luminance(colour: QColor) -> float:
    def linear(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.red())
        + 0.7152 * linear(colour.green())
        + 0.0722 * linear(colour.blue())
    )


def contrast(one: QColor, other: QColor) -> float:
    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_contrast_formula_gives_wcags_figures() -> None:
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)
    assert contrast(QColor("#767676"), QColor("white")) == pytest.approx(4.54, abs=0.01)
    assert contrast(QColor("#0000ff"), QColor("white")) == pytest.approx(8.59, abs=0.01)
    for a, b in [("#b41e1e", "#242424"), ("#e3b341", "#efefef"), ("#123456", "#fedcba")]:
        assert contrast_ratio(QColor(a), QColor(b)) == pytest.approx(contrast(QColor(a), QColor(b)))


def test_the_colours_of_before_fail_on_a_dark_palette() -> None:
    """The check can fail: the red and grey once fixed in the code do not read on dark."""
    base = fusion_dark().color(QPalette.ColorRole.Base)
    assert contrast(QColor(190, 30, 30), base) < AA
    assert contrast(QColor(110, 110, 110), base) < AA
    assert contrast(QColor("#9a6700"), base) < AA


# -- the tones, on each palette ------------------------------------------------------------

TEXT_TONES = [
    tone for tone in Tone if not tone.endswith("-background") and not tone.endswith("-border")
]
FILLS = {
    Tone.BANNER_BACKGROUND: QPalette.ColorRole.WindowText,
    Tone.NOTE_BACKGROUND: QPalette.ColorRole.WindowText,
    Tone.NOT_FOUND_BACKGROUND: QPalette.ColorRole.Text,
}
GROUNDS = (QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase, QPalette.ColorRole.Window)


@pytest.fixture
def app_palette(qapp: Any) -> Iterator[None]:
    """The application's palette as it was, put back after the test."""
    before = QPalette(QGuiApplication.palette())
    yield
    QApplication.setPalette(before)
    QApplication.processEvents()


def use(palette: QPalette) -> None:
    QApplication.setPalette(palette)
    QApplication.processEvents()  # widgets hear of it from posted events


@pytest.mark.parametrize("name", PALETTES)
def test_every_text_tone_reads_on_the_palettes_backgrounds(app_palette: None, name: str) -> None:
    palette = PALETTES[name]()
    use(palette)
    assert is_dark(palette) is (name != "light")
    for tone in TEXT_TONES:
        for role in GROUNDS:
            ratio = contrast(colour(tone), palette.color(role))
            assert ratio >= AA, f"{tone} on {role.name} of {name}: {ratio:.2f}"
    for tone, text in FILLS.items():
        ratio = contrast(palette.color(text), colour(tone))
        assert ratio >= AA, f"{text.name} on {tone} of {name}: {ratio:.2f}"
    # Muted text is quieter than the palette's text, and still reads.
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    assert contrast(colour(Tone.MUTED), base) < contrast(text, base)
    # An error stays red, whatever the theme.
    red = colour(Tone.ERROR)
    assert red.red() > red.green() and red.red() > red.blue()


def test_tones_are_worked_out_once_per_palette(app_palette: None) -> None:
    use(fusion_dark())
    assert colour(Tone.ERROR) == colour(Tone.ERROR, fusion_dark())
    dark_red = colour(Tone.ERROR)
    use(light())
    assert colour(Tone.ERROR) != dark_red
    assert LEVEL_TONES[Level.ERROR] is Tone.ERROR and LEVEL_TONES[Level.INFO] is None


# -- models: what data() gives, against the view's base --------------------------------------


class _Rows(NodeTreeModel):
    headers = ("Property", "Value")


def foreground(index: QModelIndex) -> QColor:
    brush = index.data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush), index.data()
    return brush.color()


@pytest.mark.parametrize("name", PALETTES)
def test_model_rows_read_on_the_views_base(app_palette: None, name: str) -> None:
    palette = PALETTES[name]()
    use(palette)
    grounds = [
        palette.color(QPalette.ColorRole.Base),
        palette.color(QPalette.ColorRole.AlternateBase),
    ]

    rows = _Rows()
    tones = [Tone.ERROR, Tone.WARNING, Tone.MUTED, Tone.GOOD]
    rows.sync([Node(str(tone), [str(tone), "x"], tone=tone) for tone in tones])
    log = EventLogModel()
    log.append(
        [
            LogEntry(1.0, "vm1", LogKind.COMMAND, "stop", "stop failed: no", level=Level.ERROR),
            LogEntry(2.0, "vm1", LogKind.APP, "config", "not saved", level=Level.WARNING),
        ]
    )
    log.flush()
    transcript = TranscriptModel()
    note = transcript.add_note("— lost", tone=Tone.MUTED)
    error_note = transcript.add_note("— error", tone=Tone.ERROR)
    shown = {
        **{f"pane row {tone}": rows.index(n, 0) for n, tone in enumerate(tones)},
        "event log error": log.index(0, 4),
        "event log warning": log.index(1, 4),
        "transcript muted note": note,
        "transcript error note": error_note,
    }
    for what, index in shown.items():
        for ground in grounds:
            ratio = contrast(foreground(index), ground)
            assert ratio >= AA, f"{what} on {name}: {ratio:.2f}"


# -- the real window, switched from light to dark and back while open -------------------------


def drawn_background(widget: QWidget) -> QColor:
    """The colour most of the widget's pixels have, as the window paints them."""
    window = widget.window()
    image = window.grab(QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())).toImage()
    counts: collections.Counter[int] = collections.Counter(
        image.pixel(x, y) for y in range(image.height()) for x in range(image.width())
    )
    return QColor.fromRgb(counts.most_common(1)[0][0])


def label_contrast(label: QLabel) -> float:
    assert label.isVisible() and label.text()
    text = label.palette().color(label.foregroundRole())
    return contrast(text, drawn_background(label))


def view_contrast(view: QAbstractItemView, index: QModelIndex) -> float:
    """The worst contrast of a row's text on the view's base (and alternate base)."""
    palette = view.palette()
    grounds = [palette.color(QPalette.ColorRole.Base)]
    if view.alternatingRowColors():
        grounds.append(palette.color(QPalette.ColorRole.AlternateBase))
    return min(contrast(foreground(index), ground) for ground in grounds)


def risk(arun: AsyncRunner, console: ConsoleWidget, text: str, words: str) -> QLabel:
    console.input.setPlainText(text)
    arun.wait(lambda: console.risk_label.text() == words)
    return console.risk_label


def measure(arun: AsyncRunner, window: MainWindow, console: ConsoleWidget) -> dict[str, float]:
    """Contrast of every place that shows an error, a warning or muted text."""
    ratios: dict[str, float] = {}
    window.select_session(window.model.session(0))  # the VM in error
    arun.wait(lambda: window.pane(StatusPane).values["connection"].styleSheet() != "")
    ratios["status pane: connection error"] = label_contrast(
        window.pane(StatusPane).values["connection"]
    )
    window.select_session(window.model.session(1))
    arun.wait(lambda: window.consoles.console_of_current() is console and console.isVisible())

    ratios["banner"] = label_contrast(window.banner.label)
    banner = drawn_background(window.banner.label)
    assert banner == colour(Tone.BANNER_BACKGROUND)  # its style sheet follows the palette

    console.input.setPlainText('{"execute": ')
    console.submit()
    ratios["console: error label"] = label_contrast(console.error_label)
    ratios["console: risk dangerous"] = label_contrast(
        risk(arun, console, "system_reset", "dangerous: asks first")
    )
    assert console.risk_label.palette().color(QPalette.ColorRole.WindowText) == colour(Tone.ERROR)
    ratios["console: risk changes (warning)"] = label_contrast(
        risk(arun, console, "stop", "changes the VM")
    )
    ratios["console: risk read-only (muted)"] = label_contrast(
        risk(arun, console, "query-status", "read-only")
    )
    console.input.clear()

    ratios["vm list: error state"] = view_contrast(window.vm_list, window.model.index(0, 1))
    model = console.model
    failed = next(
        model.index(row, 0)
        for row in range(model.rowCount())
        if (item := model.item(model.index(row, 0))) is not None
        and item.kind is RowKind.EXCHANGE
        and item.exchange is not None
        and item.exchange.error_text
    )
    ratios["transcript: error line"] = view_contrast(console.output, failed)
    window.event_log.flush()
    table = window.event_log_view.table
    rows = [table.model().index(row, 4) for row in range(table.model().rowCount())]
    for level in (Level.ERROR, Level.WARNING):
        marked = [i for i in rows if i.data(ENTRY_ROLE).level is level]
        if marked:
            ratios[f"event log: {level} row"] = min(view_contrast(table, i) for i in marked)
    assert "event log: error row" in ratios

    # The details of the entry: JSON highlighted again in the palette's colours.
    table.selectRow(0)
    details = window.event_log_view.details
    block = details.document().findBlockByNumber(1)  # '  "time": ...,'
    arun.wait(lambda: bool(block.layout().formats()))
    formats = block.layout().formats()
    key = QColor(formats[0].format.foreground().color())
    assert key == colour(Tone.JSON_KEY)
    ratios["event log details: JSON key"] = contrast(
        key, details.palette().color(QPalette.ColorRole.Base)
    )
    return ratios


@pytest.mark.qemu
@pytest.mark.usefixtures("app_palette")
def test_the_open_window_follows_the_palette_and_its_errors_read(
    qemu: QemuVm, windows: Windows, arun: AsyncRunner, short_tmp: Path
) -> None:
    (short_tmp / "plain.sock").write_text("")  # a plain file: an error to read
    window = windows.open(str(short_tmp / "plain.sock"), str(qemu.app_socket), config="{")
    arun.wait(lambda: window.model.session(0).state is ConnState.ERROR)
    arun.wait(lambda: window.model.session(1).connected)
    assert window.banner.isVisible()
    window.select_session(window.model.session(1))
    window.window_actions.show_console.trigger()
    console = window.consoles.console_of_current()
    assert console is not None
    console.input.setPlainText("no-such-command")
    console.submit()
    arun.wait(lambda: any(i.exchange and i.exchange.done for i in console.model.items()))

    seen: dict[str, dict[str, float]] = {}
    colours: dict[str, list[str]] = {}
    for name in ("light", "dark", "deep blue", "light again"):
        use(PALETTES[name.removesuffix(" again")]())
        seen[name] = measure(arun, window, console)
        colours[name] = [
            foreground(window.model.index(0, 1)).name(),
            window.banner.styleSheet(),
            console.risk_label.styleSheet(),
        ]
        low = {what: f"{ratio:.2f}" for what, ratio in seen[name].items() if ratio < AA}
        assert not low, f"below {AA}:1 on {name}: {low}"
    assert colours["dark"] != colours["light"]
    assert colours["light again"] == colours["light"]


def test_style_sheets_follow_a_palette_change(app_palette: None, qtbot: Any) -> None:
    """Inside a window: a child with a style sheet hears of no palette change itself."""
    window = QWidget()
    qtbot.addWidget(window)
    label = QLabel("cannot connect", window)
    field = QLabel("search", window)
    set_tone(label, Tone.ERROR, "font-weight: bold;")
    set_background(field, Tone.NOT_FOUND_BACKGROUND)
    label.ensurePolished()
    light_red = label.palette().color(QPalette.ColorRole.WindowText)
    assert light_red == colour(Tone.ERROR)
    use(fusion_dark())
    label.ensurePolished()
    assert label.palette().color(QPalette.ColorRole.WindowText) == colour(Tone.ERROR) != light_red
    assert colour(Tone.NOT_FOUND_BACKGROUND).name() in field.styleSheet()
    assert "font-weight: bold;" in label.styleSheet()
    set_tone(label, None)
    set_background(field, None)
    assert label.styleSheet() == field.styleSheet() == ""
