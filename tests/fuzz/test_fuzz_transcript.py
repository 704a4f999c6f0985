"""The console's transcript renders any reply or event: every row, folded or
opened, reads as text without an exception, and the JSON lines escape what
JSON escapes (no raw control character from a server's string reaches a row).
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import example, given
from hypothesis import strategies as st
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from qmpgui.models.transcript import (
    IS_JSON_ROLE,
    LINE_ROLE,
    PREVIEW_CHARS,
    TranscriptModel,
    measure,
    preview,
)
from qmpgui.qmp.types import Event
from qmpgui.session.console import Exchange
from tests.helpers.strategies import FUZZ, deep, events, json_values, replies_for, texts

#: Characters JSON always escapes: a JSON line never holds them raw.
C0 = frozenset(chr(n) for n in range(0x20))

#: A reply with every kind of value a query returns, for damaged variants.
replies = st.one_of(
    st.sampled_from(["query-block", "query-pci", "query-vnc", "query-status", "greeting"]).flatmap(
        replies_for
    ),
    json_values,
    deep(300),
)

messages = st.one_of(
    st.fixed_dictionaries({"return": replies}, optional={"id": json_values}),
    st.fixed_dictionaries(
        {"error": st.fixed_dictionaries({"class": texts, "desc": texts})},
        optional={"id": json_values},
    ),
    st.dictionaries(texts, json_values, max_size=3),  # neither: a server's mistake
)


def rows(model: TranscriptModel, parent: QModelIndex) -> list[QModelIndex]:
    return [model.index(n, 0, parent) for n in range(model.rowCount(parent))]


def read_all(
    model: TranscriptModel, parent: QModelIndex, *, expand: bool, budget: list[int]
) -> None:
    """Read every row a view could show, opening each container when `expand`."""
    for index in rows(model, parent):
        budget[0] -= 1
        if budget[0] < 0:  # a deep nest has thousands of lines: enough is enough
            return
        if expand and model.hasChildren(index):
            model.set_expanded(index, True)
        text = model.data(index, Qt.ItemDataRole.DisplayRole)
        assert isinstance(text, str)
        assert isinstance(model.data(index, Qt.ItemDataRole.AccessibleTextRole), str)
        tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
        assert tip is None or isinstance(tip, str)
        model.data(index, Qt.ItemDataRole.ForegroundRole)
        line = model.data(index, LINE_ROLE)
        if model.data(index, IS_JSON_ROLE):
            assert not C0 & set(model.text_of(line, padded=True)), text
        if expand:
            read_all(model, index, expand=expand, budget=budget)


@FUZZ
@given(value=st.one_of(json_values, deep(400)), limit=st.integers(0, 400))
@example(value="\u2028" * 500, limit=PREVIEW_CHARS)
@example(value={"k": [1e308, 2**70, -0.0, "NaN"]}, limit=3)
def test_a_preview_is_short_text(value: Any, limit: int) -> None:
    text = preview(value, limit)
    assert isinstance(text, str)
    assert len(text) <= limit + len(" …")
    assert not C0 & set(text)


@FUZZ
@given(reply=messages)
def test_measure_counts_the_pretty_json(reply: dict[str, Any]) -> None:
    measured = measure(reply)
    assert measured.size == len(json.dumps(reply, indent=2, ensure_ascii=False))


@FUZZ
@given(
    exchanges=st.lists(st.tuples(json_values, messages), min_size=1, max_size=3),
    raw_events=st.lists(events(), max_size=3),
    expand=st.booleans(),
)
def test_the_transcript_renders_any_reply_and_event(
    qtmodeltester: Any,
    exchanges: list[tuple[Any, dict[str, Any]]],
    raw_events: list[Any],
    expand: bool,
) -> None:
    model = TranscriptModel()
    for ident, reply in exchanges:
        exchange = Exchange(vm="vm1", message={"execute": "query-block", "id": ident})
        index = QPersistentModelIndex(model.add_exchange(exchange))
        exchange.reply, exchange.elapsed_s = reply, 0.001
        measured = measure(reply)
        model.finish(model.index(index.row(), 0), measured.size, measured.head, measured.full_text)
    model.add_events([Event.parse(raw) for raw in raw_events])
    for raw in raw_events[:1]:
        model.add_event(Event.parse(raw))
    read_all(model, QModelIndex(), expand=expand, budget=[3000])
    qtmodeltester.check(model)
