"""JSON for people: indented text, and colours for keys, strings, numbers and literals.

Used wherever a QMP message is shown whole (the event log's details, the console).
"""

from __future__ import annotations

import json
import re

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

#: Colours readable on a light background.
KEY_COLOUR = "#0b5cad"
STRING_COLOUR = "#1a7f37"
NUMBER_COLOUR = "#b35900"
LITERAL_COLOUR = "#8250df"
_COLOURS = {
    "key": KEY_COLOUR,
    "string": STRING_COLOUR,
    "number": NUMBER_COLOUR,
    "literal": LITERAL_COLOUR,
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


def json_spans(text: str) -> list[tuple[int, int, str]]:
    """The JSON tokens of one line: (start, end, colour), as indexes into `text`."""
    return [
        (match.start(), match.end(), _COLOURS[match.lastgroup or "string"])
        for match in _TOKEN.finditer(text, 0, SPAN_CHARS)
    ]


def _utf16_offsets(text: str) -> list[int]:
    """Qt counts UTF-16 units: where each character of `text` starts, and the end."""
    offsets = [0]
    for char in text:
        offsets.append(offsets[-1] + (2 if ord(char) > 0xFFFF else 1))
    return offsets


class JsonHighlighter(QSyntaxHighlighter):
    """Colours JSON text line by line (pretty JSON never splits a token across lines)."""

    def __init__(self, parent: QTextDocument | QObject) -> None:
        super().__init__(parent)
        self._formats: dict[str, QTextCharFormat] = {}
        for colour in _COLOURS.values():
            char_format = QTextCharFormat()
            char_format.setForeground(QColor(colour))
            self._formats[colour] = char_format

    def highlightBlock(self, text: str, /) -> None:
        spans = json_spans(text)
        if not spans:
            return
        if not text.isascii():
            offsets = _utf16_offsets(text)
            spans = [(offsets[start], offsets[end], colour) for start, end, colour in spans]
        for start, end, colour in spans:
            self.setFormat(start, end - start, self._formats[colour])
