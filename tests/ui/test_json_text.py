"""Colouring JSON text: tokens, and lines a colouring must not choke on."""

from __future__ import annotations

from qmpgui.models.palette import Tone
from qmpgui.ui.json_text import json_spans


def test_keys_strings_and_numbers_are_told_apart() -> None:
    line = '  "id": "cd0", "n": 12,'
    spans = [(line[a:b], tone) for a, b, tone in json_spans(line)]
    assert spans == [
        ('"id"', Tone.JSON_KEY),
        ('"cd0"', Tone.JSON_STRING),
        ('"n"', Tone.JSON_KEY),
        ("12", Tone.JSON_NUMBER),
    ]


def test_a_string_left_open_runs_to_the_end_of_the_line() -> None:
    # A line cut short inside a long string full of escaped quotes: one span, found once.
    line = '  "return": "' + 'dev: ide-cd, id \\"cd0\\"\\n' * 20_000
    spans = json_spans(line)
    assert spans[0][2] == Tone.JSON_KEY
    assert spans[1][0] == 12 and spans[1][2] == Tone.JSON_STRING
    assert len(spans) == 2
