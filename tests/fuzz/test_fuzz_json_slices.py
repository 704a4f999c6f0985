"""Big replies are decoded in slices of a window of the text (qmp/json_slices): with
windows of a few characters, so that every value crosses their edges, the slices give
what json gives, for any JSON text and for the same text damaged: the same value and
end, or a failure at the same position.
"""

from __future__ import annotations

import json
from unittest import mock

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qmpgui.qmp import json_slices
from qmpgui.qmp.json_slices import decode_in_slices
from tests.helpers.strategies import FUZZ, deep, json_values

values = st.one_of(json_values, deep(100))
layouts = st.sampled_from(
    [
        {},
        {"indent": 2},  # a pretty-printed monitor's
        {"indent": 0},
        {"separators": (",", ":")},
        {"separators": (" ,\r\n", " : ")},  # blanks before a delimiter too
        {"ensure_ascii": False},
    ]
)
windows = st.integers(1, 48)


def outcome(decode: object, text: str) -> tuple[object, ...]:
    """What decoding `text` gives: the value and its end, or where it failed."""
    try:
        value, end = decode(text)  # type: ignore[operator]
    except json.JSONDecodeError as err:
        return ("failed at", err.pos)
    return (value, end)


def by_json(text: str) -> tuple[object, int]:
    return json.JSONDecoder().raw_decode(text, json.decoder.WHITESPACE.match(text, 0).end())  # type: ignore[attr-defined,no-any-return]


@FUZZ
@given(value=values, layout=layouts, window=windows)
def test_slices_decode_what_json_decodes(
    value: object, layout: dict[str, object], window: int
) -> None:
    text = json.dumps(value, **layout) + " \r\n"  # type: ignore[arg-type]
    with mock.patch.object(json_slices, "WINDOW_CHARS", window):
        assert decode_in_slices(text) == (json.loads(text), len(text) - 3)


@FUZZ
@given(
    value=values,
    layout=layouts,
    window=windows,
    where=st.floats(0, 1),
    damage=st.sampled_from(["cut", "drop", *'{}[],:" x1\\']),
)
def test_damaged_text_fails_where_json_fails(
    value: object, layout: dict[str, object], window: int, where: float, damage: str
) -> None:
    text = json.dumps([value, value], **layout)  # type: ignore[arg-type]
    at = int(where * (len(text) - 1))
    if damage == "cut":
        text = text[:at]
    elif damage == "drop":
        text = text[:at] + text[at + 1 :]
    else:
        text = text[:at] + damage + text[at + 1 :]
    with mock.patch.object(json_slices, "WINDOW_CHARS", window):
        assert outcome(decode_in_slices, text) == outcome(by_json, text)


@pytest.mark.parametrize(
    "text",
    [
        "[0.0, 1e-5, -2.5e+300, 12345]",  # numbers that look whole when cut after "1." or "1e-"
        '["x", 11279   ,],',  # a "]" after a comma, where a run of items is tried
        '{"a": [1, 2.5\n  ,   ], "b": 1}',
        '{"k": "a,b]", "j": [1, {"x": "}, {"}], "l": {"m": [[], {}]}}',
        '{\n   "k": {\n      "j": [\n         1,\n         null,\n      ',  # blanks across an edge
    ],
)
def test_texts_cut_by_windows_at_every_place(text: str) -> None:
    for window in range(1, len(text) + 2):
        with mock.patch.object(json_slices, "WINDOW_CHARS", window):
            assert outcome(decode_in_slices, text) == outcome(by_json, text), window
