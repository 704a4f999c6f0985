"""JSON for people: indented text, and colours for keys, strings, numbers and literals.

Used wherever a QMP message is shown whole (the event log's details, the console).
Colours are the palette's JSON tones, highlighted again when the palette changes.
"""

from __future__ import annotations

import json
import re

from PySide6.QtCore import QObject
from PySide6.QtGui import QSyntaxHighlighter, QTextCharFormat, QTextDocument

from qmpgui.models.palette import Tone, colour
from qmpgui.ui.styles import on_palette_change

_TONES = {
    "key": Tone.JSON_KEY,
    "string": Tone.JSON_STRING,
    "number": Tone.JSON_NUMBER,
    "literal": Tone.JSON_LITERAL,
}

#: Possessive: a string scans ahead once, never back; one left open runs to the end of
#: the line (a line cut short, a string being typed) instead of being tried again and again.
_STRING_BODY = r'"(?:[^"\\]++|\\.)*+'
#: One pass per line: the leftmost match wins, so a number inside a string stays a string.
_TOKEN = re.compile(
    rf'(?P<key>{_STRING_BODY}"(?=\s*:))'
    rf'|(?P<string>{_STRING_BODY}(?:"|$))'
    r"|(?P<number>-?\b[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?\b)"
    r"|(?P<literal>\b(?:true|false|null)\b)"
)


def pretty_json(value: object) -> str:
    """`value` as indented JSON, keys in their own order, non-ASCII text kept as is."""
    return json.dumps(value, indent=2, ensure_ascii=False, sort_keys=False, default=str)


#: Only this much of a line is coloured: more is never on screen at once.
SPAN_CHARS = 10_000


def json_spans(text: str) -> list[tuple[int, int, Tone]]:
    """The JSON tokens of one line: (start, end, tone), as indexes into `text`."""
    return [
        (match.start(), match.end(), _TONES[match.lastgroup or "string"])
        for match in _TOKEN.finditer(text, 0, SPAN_CHARS)
    ]


def _utf16_offsets(text: str) -> list[int]:
    """Qt counts UTF-16 units: where each character of `text` starts, and the end."""
    offsets = [0]
    for char in text:
        offsets.append(offsets[-1] + (2 if ord(char) > 0xFFFF else 1))
    return offsets


class JsonHighlighter(QSyntaxHighlighter):
    """Colours JSON text line by line (pretty JSON never splits a token across lines).

    When the application's palette changes the text is highlighted again in the new
    palette's colours."""

    def __init__(self, parent: QTextDocument | QObject) -> None:
        super().__init__(parent)
        self._formats: dict[Tone, QTextCharFormat] = {}
        self._make_formats()
        on_palette_change(self._recolour)

    def _make_formats(self) -> None:
        for tone in _TONES.values():
            char_format = QTextCharFormat()
            char_format.setForeground(colour(tone))
            self._formats[tone] = char_format

    def _recolour(self) -> None:
        self._make_formats()
        self.rehighlight()

    def highlightBlock(self, text: str, /) -> None:
        spans = json_spans(text)
        if not spans:
            return
        if not text.isascii():
            offsets = _utf16_offsets(text)
            spans = [(offsets[start], offsets[end], tone) for start, end, tone in spans]
        for start, end, tone in spans:
            self.setFormat(start, end - start, self._formats[tone])
