"""QOM and trace events from any reply: qom-list, qom-get values, qom-list-types and
trace-event-get-state. Nothing raises, the QOM browser's tree and property table and
the trace events' table show every cell on one line, each object, property and event
by its name."""

from __future__ import annotations

from typing import Any

from hypothesis import example, given, settings

from qmpgui.models.qom_model import QomPropertyModel, QomTreeModel
from qmpgui.models.trace_model import TraceModel
from qmpgui.qmp import device_types, live_completion
from qmpgui.qmp.qom_tree import children, join, parse_qom_list, value_text
from qmpgui.qmp.reader import one_line
from qmpgui.qmp.trace import parse_states
from tests.helpers.fuzz_json import json_values
from tests.helpers.fuzz_panes import cells
from tests.helpers.strategies import FUZZ, assert_readable, replies_for

#: Names and types that break a line, and a type name of another JSON type.
ODD_LISTING = [
    {"name": "a\nb", "type": "child<x\u2028y>"},
    {"name": "c", "type": "link<\r>"},
    {"name": {"n": 1}, "type": "child<z>"},
]


@settings(FUZZ, max_examples=80)  # two models under the tester, up to 100 properties each
@given(listing=replies_for("qom-list"), below=replies_for("qom-list"), value=json_values)
@example(listing=ODD_LISTING, below=ODD_LISTING, value={"k": [1, None]})
@example(listing=[{"name": "type", "type": "string"}], below=[], value=None)  # no child at all
def test_any_qom_listing_and_value_read_in_the_browser(
    qtmodeltester: Any, listing: object, below: object, value: object
) -> None:
    properties = parse_qom_list(listing)
    tree = QomTreeModel()
    qtmodeltester.check(tree)
    tree.set_children("/", properties)
    objects = children(properties)
    if objects:
        tree.set_children(join("/", objects[0].name), parse_qom_list(below))
    shown = cells(tree)
    assert {one_line(p.name) for p in objects} <= set(shown)
    table = QomPropertyModel()
    qtmodeltester.check(table)
    table.show("/machine", properties)
    for prop in properties[:4]:  # the tester checks the table at each change: a few do
        text = value_text(value)
        assert_readable(text, "value", value, limit=10**6)
        table.set_value(prop.name, text, value=value)
    assert {one_line(p.name) for p in properties} <= set(cells(table))
    assert set(live_completion.children(listing)) == {p.name for p in objects}


@FUZZ
@given(reply=replies_for("qom-list-types"))
@example(reply=[{"name": 10**4000}, {"name": {"a": 1}}, {"name": "virtio-net-pci"}])
def test_any_qom_list_types_reply_gives_type_names(reply: object) -> None:
    for names in (device_types.type_names(reply), live_completion.type_names(reply)):
        for name in names:
            assert isinstance(name, str)
            assert_readable(name, "type name", reply)


@FUZZ
@given(reply=replies_for("trace-event-get-state"))
@example(reply=[{"name": "a\nb", "state": "enabled\u2028", "vcpu": True}])
def test_any_trace_event_states_read_in_the_table(qtmodeltester: Any, reply: object) -> None:
    events = parse_states(reply)
    model = TraceModel()
    qtmodeltester.check(model)
    model.show(events)
    shown = cells(model)
    assert {one_line(event.name) for event in events} <= set(shown)
