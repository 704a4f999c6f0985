"""Colouring JSON text: tokens, and lines a colouring must not choke on."""

from __future__ import annotations

from qmpgui.ui.json_text import KEY_COLOUR, NUMBER_COLOUR, STRING_COLOUR, json_spans


def test_keys_strings_and_numbers_are_told_apart() -> None:
    line = '  "id": "cd0", "n": 12,'
    spans = [(line[a:b], colour) for a, b, colour in json_spans(line)]
    assert spans == [
        ('"id"', KEY_COLOUR),
        ('"cd0"', STRING_COLOUR),
        ('"n"', KEY_COLOUR),
        ("12", NUMBER_COLOUR),
    ]


def test_a_string_left_open_runs_to_the_end_of_the_line() -> None:
    # A line cut short inside a long string full of escaped quotes: one span, found once.
    line = '  "return": "' + 'dev: ide-cd, id \\"cd0\\"\\n' * 20_000
    spans = json_spans(line)
    assert spans[0][2] == KEY_COLOUR
    assert spans[1][0] == 12 and spans[1][2] == STRING_COLOUR
    assert len(spans) == 2
