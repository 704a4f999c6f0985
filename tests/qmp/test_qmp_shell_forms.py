"""Lines that qmp-shell users type, read as qmp-shell reads them where it is right.

qmp-shell (qemu.qmp's qmp_shell.py) is the reference: its transaction sub-shell
(`transaction(`, one action per line or after `transaction(`, `)` on its own or
after the last action, the one-line form), which it sends as `{"execute":
"transaction", "arguments": {"actions": [{"type": T, "data": {...}}, ...]}}`;
booleans written True/False in any case; values in brackets as JSON or, failing
that, Python literals (`{'a': 1}`). qmpgui also reads a value in brackets with
spaces in it as one value, which qmp-shell splits.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qmpgui.qmp.batch import ScriptError, Step, parse_script
from qmpgui.qmp.completion import Completion, complete
from qmpgui.qmp.risk import Risk, classify, dangerous_parts
from qmpgui.qmp.schema import SchemaIndex
from qmpgui.qmp.shorthand import (
    InputError,
    Request,
    input_complete,
    parse_input,
    to_shorthand,
)
from tests.helpers.recorded import load_schema_72


def add(name: str, node: str = "drive0") -> dict[str, Any]:
    """A block-dirty-bitmap-add action, as qmp-shell builds it."""
    return {"type": "block-dirty-bitmap-add", "data": {"node": node, "name": name}}


def same_json(a: object, b: object) -> bool:
    """Equal as JSON: True is not 1 (== alone would say it is)."""
    return json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)


def input_error(text: str) -> InputError:
    with pytest.raises(InputError) as caught:
        parse_input(text)
    return caught.value


# -- the transaction sub-shell ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # qmp-shell's documented multi-line form
        "transaction(\n"
        "block-dirty-bitmap-add node=drive0 name=b1\n"
        "block-dirty-bitmap-add node=drive0 name=b2\n"
        ")",
        # the first action on the opening line, `)` after the last action's values
        "transaction( block-dirty-bitmap-add node=drive0 name=b1\n"
        "block-dirty-bitmap-add node=drive0 name=b2 )",
        # indented, with blank lines and Windows line ends
        "  transaction(\r\n\r\n    block-dirty-bitmap-add node=drive0 name=b1\r\n"
        "    block-dirty-bitmap-add name=b2 node=drive0\r\n  )\r\n",
    ],
)
def test_a_transaction_block_is_one_transaction_command(text: str) -> None:
    request = parse_input(text)
    assert request.message() == {
        "execute": "transaction",
        "arguments": {"actions": [add("b1"), add("b2")]},
    }


def test_the_one_line_form_holds_one_action() -> None:
    request = parse_input("transaction( block-dirty-bitmap-add node=drive0 name=b1 )")
    assert request == Request("transaction", {"actions": [add("b1")]})


def test_every_action_has_its_data_even_when_empty() -> None:
    # qmp-shell sends {"type": "abort", "data": {}}: QEMU wants `data`.
    assert parse_input("transaction( abort )").arguments == {
        "actions": [{"type": "abort", "data": {}}]
    }
    assert parse_input("transaction(\n)").arguments == {"actions": []}


def test_action_values_read_as_command_values() -> None:
    text = (
        "transaction(\n"
        "block-dirty-bitmap-add node=drive0 name=b1 granularity=65536 persistent=False\n"
        'blockdev-backup device=drive0 target=t0 sync=full x.y={"a": [1, 2]}\n'
        ")"
    )
    actions = parse_input(text).arguments["actions"]
    assert same_json(
        actions[0]["data"],
        {"node": "drive0", "name": "b1", "granularity": 65536, "persistent": False},
    )
    assert actions[1]["data"] == {
        "device": "drive0",
        "target": "t0",
        "sync": "full",
        "x": {"y": {"a": [1, 2]}},
    }


def test_a_value_in_brackets_may_span_lines_of_a_block() -> None:
    text = 'transaction(\nblock-dirty-bitmap-merge node=d0 target=b0 bitmaps=["b1",\n "b2"]\n)'
    (action,) = parse_input(text).arguments["actions"]
    assert action["data"]["bitmaps"] == ["b1", "b2"]


def test_a_quoted_parenthesis_is_a_value_not_the_end() -> None:
    request = parse_input('transaction(\nblock-dirty-bitmap-add node=d0 name=")"\n)')
    assert request.arguments["actions"][0]["data"]["name"] == ")"


@pytest.mark.parametrize(
    ("text", "line", "column", "words"),
    [
        ("transaction(\nblock-dirty-bitmap-add node=d0 name=b1", 1, 1, "not closed"),
        ("transaction( abort ) query-status", 1, 22, "'query-status' after the ')'"),
        ("transaction(\nabort\n)\nquery-status", 4, 1, "after the ')'"),
        ("transaction(\n  1bad node=d0\n)", 2, 3, "'1bad' is not a transaction action"),
        ("transaction(\nblock-dirty-bitmap-add node\n)", 2, 24, "expected KEY=VALUE"),
        ("transaction(\nabort x=1 x=2\n)", 2, 11, "given twice"),
        ('transaction(\nblock-dirty-bitmap-add name="b1\n)', 2, 29, "unclosed quote"),
    ],
)
def test_a_block_that_is_not_right_names_line_and_column(
    text: str, line: int, column: int, words: str
) -> None:
    err = input_error(text)
    assert (err.line, err.column) == (line, column), err
    assert words in err.message


def test_transaction_without_the_block_is_still_a_command() -> None:
    # `transaction actions=[...]` is plain shorthand, as before.
    request = parse_input('transaction actions=[{"type":"abort","data":{}}]')
    assert request.arguments == {"actions": [{"type": "abort", "data": {}}]}


def test_enter_sends_a_block_only_once_it_is_closed() -> None:
    assert not input_complete("transaction(")
    assert not input_complete("transaction(\nabort")
    assert not input_complete('transaction(\nabort x=")')  # the quote is still open
    assert input_complete("transaction(\nabort\n)")
    assert input_complete("transaction( abort )")
    assert input_complete("query-status")
    assert not input_complete("query-status\nquery-name")


# -- values as qmp-shell reads them -----------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "arguments"),
    [
        ("x a=True b=False", {"a": True, "b": False}),
        ("x a=TRUE b=fAlSe", {"a": True, "b": False}),  # qmp-shell: any case
        ("x a=None", {"a": None}),  # Python's null, as qmp-shell's documentation has it
        ('x a="True" b=\'"None"\'', {"a": "True", "b": "None"}),  # quoted: the words
        ('x value={"a": [1, 2]}', {"value": {"a": [1, 2]}}),  # spaces inside brackets
        ("x l=[1, 2, 3] o={ }", {"l": [1, 2, 3], "o": {}}),
        ("x v={'a': 1}", {"v": {"a": 1}}),  # a Python literal
        ("x v={'a': True, 'b': None, 'c': (1, 2)}", {"v": {"a": True, "b": None, "c": [1, 2]}}),
        ("x v={'a': true, 'b': null}", {"v": {"a": True, "b": None}}),  # JSON's names too
        ("x v=[{'k': 'it has spaces'}, \"and\"]", {"v": [{"k": "it has spaces"}, "and"]}),
        ('x v={"a":\n  [1,\n   2]} w=1', {"v": {"a": [1, 2]}, "w": 1}),  # over lines
        ("x v={'k':'v'} w=2", {"v": {"k": "v"}, "w": 2}),
        ("x v={1,2}", {"v": "{1,2}"}),  # a set has no JSON form: the text, as before
        ("x v={abc}", {"v": "{abc}"}),  # no spaces and not a value: the text, as before
        ("x path=/tmp/a[1.img", {"path": "/tmp/a[1.img"}),  # a bracket inside a word
        (r"x v={'re': '\d+'}", {"v": {"re": "\\d+"}}),  # no warning about the escape
    ],
)
def test_values_as_qmp_shell_reads_them(line: str, arguments: dict[str, Any]) -> None:
    assert same_json(parse_input(line).arguments, arguments)


def test_qmpgui_stays_right_where_qmp_shell_is_not() -> None:
    # qmp-shell sends 7, "1.5", "null" and the quotes; qmpgui sends what was meant.
    request = parse_input('x a=007 b=1.5 c=null d="two words" e.f=1 e.g=2')
    assert same_json(
        request.arguments,
        {"a": "007", "b": 1.5, "c": None, "d": "two words", "e": {"f": 1, "g": 2}},
    )


@pytest.mark.parametrize(
    ("line", "column", "words"),
    [
        ('x value={"a": [1, 2]', 9, "unclosed '{'"),
        ('x a=1 value=[{"a": 1}, 2', 13, "unclosed '['"),
        ('x value={"a": [1, 2]}}', 22, "not a JSON or Python value"),
        ("x value={'a': b c}", 15, "not a JSON or Python value: invalid syntax"),
        ("x value={'a': b}", 9, "not a JSON or Python value: only strings, numbers"),
    ],
)
def test_a_value_in_brackets_that_does_not_read_names_its_column(
    line: str, column: int, words: str
) -> None:
    err = input_error(line)
    assert (err.line, err.column) == (1, column), err
    assert words in err.message


# -- written back as shorthand ----------------------------------------------------------------


def test_a_transaction_is_written_as_its_block() -> None:
    arguments = {"actions": [add("b1"), {"type": "abort", "data": {}}]}
    text = to_shorthand("transaction", arguments)
    assert text == ("transaction(\nblock-dirty-bitmap-add node=drive0 name=b1\nabort\n)")
    assert parse_input(text).arguments == arguments
    assert to_shorthand("transaction", {"actions": [add("b1")]}) == (
        "transaction( block-dirty-bitmap-add node=drive0 name=b1 )"
    )
    # More than the block holds: the arguments as they are.
    grouped = {"actions": [add("b1")], "properties": {"completion-mode": "grouped"}}
    text = to_shorthand("transaction", grouped)
    assert text.startswith("transaction actions=")
    assert parse_input(text).arguments == grouped


@pytest.mark.parametrize(
    "value", ["True", "false", "None", "{x", "[1", "{'a': 1}", "[1, 2]", "{abc}"]
)
def test_strings_that_read_as_values_are_written_quoted(value: str) -> None:
    text = to_shorthand("x", {"s": value})
    assert parse_input(text).arguments == {"s": value}, text


_NAMES = st.from_regex(r"[a-z][a-z0-9-]{0,8}", fullmatch=True)
_LEAVES = st.none() | st.booleans() | st.integers() | st.text(max_size=8)
_DATA = st.dictionaries(
    _NAMES,
    st.recursive(
        _LEAVES,
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_NAMES, inner, max_size=3),
    ),
    max_size=4,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.fixed_dictionaries({"type": _NAMES, "data": _DATA}), max_size=4))
def test_a_transaction_written_as_a_block_reads_back(actions: list[dict[str, Any]]) -> None:
    text = to_shorthand("transaction", {"actions": actions})
    assert text.startswith("transaction(") and text.endswith(")")
    assert text.count("\n") == (len(actions) + 1 if len(actions) > 1 else 0)
    request = parse_input(text)
    assert request.command == "transaction"
    assert same_json(request.arguments, {"actions": actions}), text


# -- risk and completion ------------------------------------------------------------------------


def test_a_transaction_is_as_risky_as_its_riskiest_action() -> None:
    adds = parse_input("transaction(\nblock-dirty-bitmap-add node=d0 name=b1\nabort\n)")
    assert classify(adds.command, adds.arguments) is Risk.CHANGES
    assert dangerous_parts(adds.command, adds.arguments) == []
    mixed = parse_input(
        "transaction(\nblock-dirty-bitmap-add node=d0 name=b2\n"
        "block-dirty-bitmap-remove node=d0 name=b1\n)"
    )
    assert classify(mixed.command, mixed.arguments) is Risk.DANGEROUS
    assert dangerous_parts(mixed.command, mixed.arguments) == [
        "transaction: block-dirty-bitmap-remove"
    ]
    # Removing a bitmap loses what an incremental backup needs: dangerous on its own too.
    assert classify("block-dirty-bitmap-remove", {"node": "d0", "name": "b1"}) is Risk.DANGEROUS
    assert dangerous_parts("quit") == ["quit"]
    # Actions that are not actions change the VM (QEMU will say what is wrong).
    assert classify("transaction", {"actions": "x"}) is Risk.CHANGES
    assert classify("transaction", {"actions": [{"type": "transaction", "data": {}}]}) is (
        Risk.CHANGES
    )


@pytest.fixture(scope="module")
def index72() -> SchemaIndex:
    return SchemaIndex.from_schema(load_schema_72())


def labels(found: Completion | None) -> list[str]:
    assert found is not None
    return [item.label for item in found.items]


def test_the_schema_lists_the_transaction_actions(index72: SchemaIndex) -> None:
    assert {"abort", "block-dirty-bitmap-add", "blockdev-backup"} <= set(index72.actions)
    add_info = index72.actions["block-dirty-bitmap-add"]
    assert [a.name for a in add_info.required] == ["node", "name"]
    assert add_info.argument("persistent") is not None
    assert index72.actions["abort"].arguments == ()


def test_completion_in_a_block(index72: SchemaIndex) -> None:
    assert labels(complete(index72, "transac")) == ["transaction", "transaction("]
    found = complete(index72, "transaction(\nblock-dirty-bitmap-a")
    assert labels(found) == ["block-dirty-bitmap-add"]
    assert found is not None and found.start == len("transaction(\n")
    line_start = labels(complete(index72, "transaction( abort\n"))
    assert line_start[0] == "abort" and line_start[-1] == ")"
    arguments = complete(index72, "transaction(\nabort\nblock-dirty-bitmap-add node=d0 ")
    assert labels(arguments) == ["name", "disabled", "granularity", "persistent"]
    assert arguments is not None and arguments.items[0].insert == "name="
    values = complete(index72, "transaction( block-dirty-bitmap-add persistent=t")
    assert labels(values) == ["true"]
    assert labels(complete(index72, "transaction( ")) == [*sorted(index72.actions), ")"]


# -- scripts --------------------------------------------------------------------------------


def test_a_script_block_spans_lines_and_is_one_step() -> None:
    script = (
        "query-status\n"
        "transaction(\n"
        "  # two bitmaps at once\n"
        "  block-dirty-bitmap-add node=drive0 name=b1\n"
        "\n"
        "  block-dirty-bitmap-add node=drive0 name=b2\n"
        ")\n"
        "transaction( abort )\n"
        "query-block\n"
    )
    assert parse_script(script) == [
        Step(1, Request("query-status")),
        Step(2, Request("transaction", {"actions": [add("b1"), add("b2")]})),
        Step(8, Request("transaction", {"actions": [{"type": "abort", "data": {}}]})),
        Step(9, Request("query-block")),
    ]


def test_a_mistake_in_a_script_block_names_its_own_line() -> None:
    with pytest.raises(ScriptError) as caught:
        parse_script("stop\ntransaction(\nabort\n  block-dirty-bitmap-add node\n)\ncont")
    assert str(caught.value) == "line 4, column 26: expected KEY=VALUE, got 'node'"
    with pytest.raises(ScriptError) as caught:
        parse_script("stop\ntransaction(\nabort\n")
    assert str(caught.value).startswith("line 2, column 1: the transaction is not closed")


def test_an_hmp_script_has_no_blocks() -> None:
    steps = parse_script("transaction(\n)", hmp=True)
    assert [s.request.arguments["command-line"] for s in steps if s.request] == [
        "transaction(",
        ")",
    ]
