"""What the console and the batch runner make of what a user types, without a QEMU.

Shorthand and JSON input with line/column errors, the schema index built from
the recorded QEMU 7.2 `query-qmp-schema` reply, command risk, password masking,
batch scripts, and the batch runner against a fake exchange function.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Mapping
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qmpgui.qmp.batch import (
    ScriptError,
    Step,
    StepResult,
    Summary,
    parse_script,
    run_script,
)
from qmpgui.qmp.errors import CommandFailed, CommandTimeout, ConnectionLost
from qmpgui.qmp.risk import Risk, classify, classify_hmp
from qmpgui.qmp.schema import Argument, SchemaIndex
from qmpgui.qmp.secrets import MASK, has_secret, mask_arguments, mask_hmp
from qmpgui.qmp.shorthand import (
    InputError,
    Request,
    parse_input,
    parse_json_command,
    parse_shorthand,
    parse_value,
    to_shorthand,
)
from tests.helpers.recorded import load_schema_72


@pytest.fixture(scope="module")
def index72() -> SchemaIndex:
    return SchemaIndex.from_schema(load_schema_72())


def input_error(text: str) -> InputError:
    with pytest.raises(InputError) as caught:
        parse_input(text)
    return caught.value


def same_json(a: object, b: object) -> bool:
    """Equal as JSON: True is not 1, 1 is not 1.0 (== alone would say they are)."""
    return json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)


# -- shorthand ------------------------------------------------------------------------------


def test_shorthand_takes_key_value_pairs_with_json_values() -> None:
    request = parse_input("eject id=cd0 force=true")
    assert request == Request("eject", {"id": "cd0", "force": True})
    assert request.message() == {"execute": "eject", "arguments": {"id": "cd0", "force": True}}


def test_shorthand_without_arguments_sends_no_arguments_key() -> None:
    request = parse_input("  query-status  ")
    assert request.command == "query-status"
    assert request.arguments == {}
    assert request.message() == {"execute": "query-status"}


@pytest.mark.parametrize(
    ("line", "arguments"),
    [
        ("x n=1 f=-2.5 e=1e3", {"n": 1, "f": -2.5, "e": 1000.0}),
        ("x v=null b=false", {"v": None, "b": False}),
        ("x l=[1,2,3] o={}", {"l": [1, 2, 3], "o": {}}),
        ('x o={"k":[true,null]}', {"o": {"k": [True, None]}}),
        ("x word=hello path=/tmp/a.iso", {"word": "hello", "path": "/tmp/a.iso"}),
        ('x s="1"', {"s": "1"}),  # a quoted number stays a string
        ('x s="two words" t="say \\"hi\\""', {"s": "two words", "t": 'say "hi"'}),
        ("x s='two words'", {"s": "two words"}),
        ("x o='{\"a\": [1, 2]}'", {"o": {"a": [1, 2]}}),  # single quotes group a JSON value
        ("x s='1'", {"s": 1}),  # single quotes only group: '1' is the number
        ("x s=", {"s": ""}),
        ("x s=a=b", {"s": "a=b"}),  # only the first = separates
        ("x s=tru", {"s": "tru"}),  # not JSON: the text itself
    ],
)
def test_shorthand_values(line: str, arguments: dict[str, Any]) -> None:
    assert same_json(parse_input(line).arguments, arguments)


def test_dotted_keys_build_nested_objects() -> None:
    request = parse_input("blockdev-add driver=null-co node-name=n0 a.b=1 a.c=2 x.y.z=true")
    assert request.arguments == {
        "driver": "null-co",
        "node-name": "n0",
        "a": {"b": 1, "c": 2},
        "x": {"y": {"z": True}},
    }


def test_a_key_given_twice_is_an_error_naming_its_column() -> None:
    err = input_error("x a=1 a=2")
    assert (err.line, err.column) == (1, 7)
    assert "given twice" in err.message
    assert "'a'" in err.message
    err = input_error("x a.b=1 a.b=2")
    assert err.column == 9 and "given twice" in err.message


def test_a_dotted_key_under_a_value_that_is_not_an_object_is_an_error() -> None:
    err = input_error("x a=1 a.b=2")
    assert (err.line, err.column) == (1, 7)
    assert "already has a value" in err.message
    # A JSON object given whole cannot be extended by dotted keys either.
    assert "given twice" in input_error('x a={"b":1} a.b=2').message


def test_a_word_without_equals_is_an_error_naming_its_column() -> None:
    err = input_error("eject id")
    assert (err.line, err.column) == (1, 7)
    assert "KEY=VALUE" in err.message and "'id'" in err.message
    assert str(err).startswith("line 1, column 7: ")
    assert input_error("eject force=true =x").column == 18  # an empty key


@pytest.mark.parametrize(
    ("line", "column"),
    [
        ('eject id="cd0', 10),
        ("eject id='cd0 force=true", 10),
        ('eject force=true id="c d', 21),
    ],
)
def test_an_unclosed_quote_is_an_error_at_the_quote(line: str, column: int) -> None:
    err = input_error(line)
    assert err.message == "unclosed quote"
    assert (err.line, err.column) == (1, column)
    assert line[column - 1] in "\"'"


@pytest.mark.parametrize("line", ["1eject", "ej@ct id=x", '"eject" id=x'])
def test_a_bad_command_name_is_an_error(line: str) -> None:
    err = input_error(line)
    assert (err.line, err.column) == (1, 1)
    assert "is not a command name" in err.message


def test_a_json_array_is_not_a_command() -> None:
    assert "a QMP command is a JSON object" in input_error("[1]").message


def test_downstream_command_names_with_dots_work_in_shorthand() -> None:
    assert parse_input("__com.redhat_drive-add id=x").command == "__com.redhat_drive-add"


def test_empty_input_sends_nothing() -> None:
    err = input_error("  \n\t ")
    assert err.message == "nothing to send"
    assert (err.line, err.column) == (0, 0)
    assert str(err) == "nothing to send"  # no position for the whole input


def test_parse_value_directly() -> None:
    assert parse_value("12") == 12
    assert parse_value("'[1, 2]'") == [1, 2]
    assert parse_value("'two words'") == "two words"
    assert parse_value("'") == "'"  # a lone quote is not a group
    assert parse_value("abc") == "abc"


def test_parse_shorthand_directly_keeps_the_arguments_order() -> None:
    request = parse_shorthand("screendump filename=/tmp/x.png format=png")
    assert list(request.arguments) == ["filename", "format"]
    assert request.id is None and request.oob is False


# -- JSON input -----------------------------------------------------------------------------


def test_json_command_with_id_and_arguments() -> None:
    text = '{"execute": "eject", "arguments": {"id": "cd0", "force": true}, "id": "mine-1"}'
    request = parse_input(text)
    assert request == Request("eject", {"id": "cd0", "force": True}, "mine-1", False, True)
    assert request.message() == {
        "execute": "eject",
        "arguments": {"id": "cd0", "force": True},
        "id": "mine-1",
    }


def test_json_id_zero_is_kept() -> None:
    assert parse_input('{"execute": "query-name", "id": 0}').message() == {
        "execute": "query-name",
        "id": 0,
    }


def test_invalid_json_names_line_and_column_of_a_multi_line_input() -> None:
    text = '{\n  "execute": "eject",\n  "arguments": {"id": }\n}'
    err = input_error(text)
    assert (err.line, err.column) == (3, 23)
    assert text.splitlines()[2][err.column - 1] == "}"
    assert err.message.startswith("not valid JSON")
    assert str(err).startswith("line 3, column 23: not valid JSON")


def test_json_input_with_leading_whitespace_keeps_true_positions() -> None:
    err = input_error('\n  {"execute": "stop",}')
    assert (err.line, err.column) == (2, 22)


@pytest.mark.parametrize("text", ["[1, 2]", '"stop"', "42", "null"])
def test_json_that_is_not_an_object_is_an_error(text: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_json_command(text)
    assert caught.value.message == "a QMP command is a JSON object"


@pytest.mark.parametrize(
    "text", ['{"arguments": {}}', '{"execute": 5}', '{"execute": ""}', '{"id": 1}']
)
def test_json_without_execute_is_an_error(text: str) -> None:
    assert 'missing "execute"' in input_error(text).message


@pytest.mark.parametrize("arguments", ["[]", '"id=cd0"', "1", "null"])
def test_json_arguments_must_be_an_object(arguments: str) -> None:
    err = input_error('{"execute": "eject", "arguments": ' + arguments + "}")
    assert err.message == '"arguments" must be an object'


def test_json_with_an_unknown_key_is_an_error_naming_it() -> None:
    err = input_error('{"execute": "eject", "argumnets": {"id": "cd0"}}')
    assert "unknown key 'argumnets'" in err.message


def test_exec_oob_sets_oob_and_is_sent_as_exec_oob() -> None:
    request = parse_input('{"exec-oob": "migrate-pause", "id": "p1"}')
    assert request.oob is True
    assert request.command == "migrate-pause"
    assert request.message() == {"exec-oob": "migrate-pause", "id": "p1"}
    assert "execute" not in request.message()


# -- to_shorthand round trips ---------------------------------------------------------------

ROUND_TRIP_CASES: list[dict[str, Any]] = [
    {},
    {"id": "cd0", "force": True},
    {"filename": "/tmp/my disk image.qcow2"},
    {"s": "1"},
    {"s": "true"},
    {"s": "null"},
    {"s": "[1]"},
    {"s": ""},
    {"s": "a=b"},
    {"s": "it's"},
    {"s": 'say "hi"'},
    {"s": "tab\there\nnewline"},
    {"s": "'quoted'"},
    {"s": "ünïcødé"},
    {"n": 1, "f": 2.5, "neg": -3, "big": 2**63},
    {"b": False, "t": True, "z": None},
    {"cache": {"direct": True, "no-flush": False}, "file": {"driver": "file", "filename": "a b"}},
    {"a": {"b": {"c": {"d": "deep"}}}},
    {"l": [], "l2": ["a b", "c"], "l3": [1, "2", None, [True]]},
    {"rules": [{"match": "x y", "policy": "allow"}]},
    {"empty": {}},
]


@pytest.mark.parametrize("arguments", ROUND_TRIP_CASES)
def test_to_shorthand_round_trips(arguments: dict[str, Any]) -> None:
    text = to_shorthand("cmd", arguments)
    assert text.startswith("cmd")
    request = parse_input(text)
    assert request.command == "cmd"
    assert same_json(request.arguments, arguments), text


def test_to_shorthand_reads_like_qmp_shell() -> None:
    assert to_shorthand("eject", {"id": "cd0", "force": True}) == "eject id=cd0 force=true"
    assert to_shorthand("query-status") == "query-status"
    assert to_shorthand("x", {"a": {"b": 1, "c": "d"}}) == "x a.b=1 a.c=d"
    assert to_shorthand("x", {"s": "1"}) == 'x s="1"'


def test_to_shorthand_round_trips_a_list_with_an_apostrophe_and_a_space() -> None:
    arguments = {"a": ["it's here"]}
    assert parse_input(to_shorthand("cmd", arguments)).arguments == arguments


_KEYS = st.from_regex(r"[a-z][a-z0-9-]{0,8}", fullmatch=True)
_NUMBERS = st.integers() | st.floats(allow_nan=False, allow_infinity=False)
_SCALARS = st.none() | st.booleans() | _NUMBERS | st.text(max_size=12)
_IN_LIST = st.recursive(
    st.none() | st.booleans() | _NUMBERS | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=3)
    ),
    max_leaves=8,
)
_VALUES = st.recursive(
    _SCALARS | st.lists(_IN_LIST, max_size=4),
    lambda inner: st.dictionaries(_KEYS, inner, max_size=4),  # may be empty: {} round-trips
    max_leaves=12,
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(_KEYS, _VALUES, max_size=5))
def test_to_shorthand_round_trip_property(arguments: dict[str, Any]) -> None:
    text = to_shorthand("cmd", arguments)
    request = parse_input(text)
    assert request.command == "cmd"
    assert same_json(request.arguments, arguments), text


# -- schema ---------------------------------------------------------------------------------


def test_schema_72_lists_its_commands_and_events(index72: SchemaIndex) -> None:
    assert index72.source == "query-qmp-schema"
    assert len(index72.commands) == 216
    assert {"eject", "query-status", "blockdev-add", "screendump"} <= set(index72.commands)
    assert "change" not in index72.commands  # removed in 6.0
    assert {"SHUTDOWN", "STOP", "RESUME", "DEVICE_TRAY_MOVED"} <= index72.events
    assert "SHUTDOWN" not in index72.commands
    assert not any(info.name_only for info in index72.commands.values())


def test_schema_eject_arguments(index72: SchemaIndex) -> None:
    eject = index72.commands["eject"]
    assert [a.name for a in eject.arguments] == ["device", "id", "force"]
    assert all(a.optional for a in eject.arguments)
    assert eject.required == ()
    assert eject.argument("force") == Argument("force", "boolean", True)
    assert eject.argument("id") == Argument("id", "string", True)
    assert eject.argument("filename") is None
    assert eject.argument("force").label == "force: boolean (optional)"  # type: ignore[union-attr]


def test_schema_blockdev_change_medium(index72: SchemaIndex) -> None:
    info = index72.commands["blockdev-change-medium"]
    assert [a.name for a in info.required] == ["filename"]
    mode = info.argument("read-only-mode")
    assert mode is not None and mode.optional and mode.type == "enum"
    assert mode.values == ("retain", "read-only", "read-write")
    assert mode.label == "read-only-mode: one of retain, read-only, read-write (optional)"
    assert info.argument("filename").label == "filename: string"  # type: ignore[union-attr]
    assert info.template() == "blockdev-change-medium filename="


def test_schema_types_are_readable(index72: SchemaIndex) -> None:
    screendump = index72.commands["screendump"]
    assert screendump.argument("head").type == "integer"  # type: ignore[union-attr]
    hmp = index72.commands["human-monitor-command"]
    assert hmp.returns == "string"
    assert index72.commands["query-block"].returns == "array of object"
    assert index72.commands["qom-get"].returns == "any JSON value"
    image = index72.commands["blockdev-add"].argument("image")
    assert image is not None and image.type == "object or string"  # an alternate


def test_templates(index72: SchemaIndex) -> None:
    assert index72.commands["screendump"].template() == "screendump filename="
    assert index72.commands["query-status"].template() == "query-status"
    assert index72.commands["set_password"].template() == "set_password protocol= password="
    assert index72.commands["set_password"].json_template() == {
        "execute": "set_password",
        "arguments": {"protocol": "vnc", "password": ""},
    }
    assert index72.commands["query-status"].json_template() == {"execute": "query-status"}
    # The template is something the console can parse once filled in.
    filled = index72.commands["screendump"].template() + "/tmp/s.ppm"
    assert parse_input(filled).arguments == {"filename": "/tmp/s.ppm"}


def test_complete_command(index72: SchemaIndex) -> None:
    assert index72.complete_command("query-bl") == [
        "query-block",
        "query-block-exports",
        "query-block-jobs",
        "query-blockstats",
    ]
    assert index72.complete_command("no-such-") == []
    everything = index72.complete_command("")
    assert len(everything) == 216 and everything == sorted(everything)


def test_complete_argument(index72: SchemaIndex) -> None:
    names = [a.name for a in index72.complete_argument("eject", "", given={"id"})]
    assert names == ["device", "force"]
    assert [a.name for a in index72.complete_argument("eject", "f")] == ["force"]
    assert index72.complete_argument("no-such-command", "") == []
    assert index72.complete_argument("eject", "", given={"id", "device", "force"}) == []


def test_complete_argument_puts_required_first(index72: SchemaIndex) -> None:
    found = index72.complete_argument("blockdev-change-medium", "")
    assert found[0].name == "filename" and not found[0].optional
    assert all(a.optional for a in found[1:])
    assert [a.name for a in found[1:]] == sorted(a.name for a in found[1:])
    set_password = [a.name for a in index72.complete_argument("set_password", "")]
    assert set_password[:2] == ["password", "protocol"]


def test_blockdev_add_offers_driver_and_variant_members(index72: SchemaIndex) -> None:
    info = index72.commands["blockdev-add"]
    driver = info.argument("driver")
    assert driver is not None and not driver.optional and driver.type == "enum"
    assert "null-co" in driver.values and "qcow2" in driver.values
    assert [a.name for a in info.required] == ["driver"]
    # Members of the driver-specific variants are offered, all optional.
    for name in ("filename", "file", "size", "backing"):
        member = info.argument(name)
        assert member is not None and member.optional, name
    found = index72.complete_argument("blockdev-add", "")
    assert found[0].name == "driver"
    assert info.template() == "blockdev-add driver="


def test_from_commands_gives_names_only() -> None:
    index = SchemaIndex.from_commands([{"name": "eject"}, {"name": "query-status"}])
    assert index.source == "query-commands"
    assert set(index.commands) == {"eject", "query-status"}
    eject = index.commands["eject"]
    assert eject.name_only and eject.arguments == ()
    assert eject.template() == "eject"
    assert index.complete_argument("eject", "") == []
    assert index.complete_command("q") == ["query-status"]
    assert index.events == frozenset()


@pytest.mark.parametrize(
    "value",
    [
        None,
        "query-status",
        42,
        {"name": "eject"},
        [None, 1, "eject", ["eject"], {"name": 5}, {"name": None}, {"name": ""}, {}],
    ],
)
def test_from_commands_ignores_garbage(value: object) -> None:
    assert SchemaIndex.from_commands(value).commands == {}


def test_from_commands_keeps_the_good_entries_among_garbage() -> None:
    index = SchemaIndex.from_commands([1, {"name": 2}, {"name": "stop"}, "cont"])
    assert set(index.commands) == {"stop"}


@pytest.mark.parametrize(
    ("value", "commands"),
    [
        (None, set()),
        ("schema", set()),
        ({"name": "eject", "meta-type": "command"}, set()),
        ([None, 1, "x", [], {"name": 5, "meta-type": "command"}, {"meta-type": "command"}], set()),
        # A command whose types are missing or of the wrong kind: known, with no arguments.
        ([{"name": "c", "meta-type": "command", "arg-type": 5, "ret-type": ["x"]}], {"c"}),
        ([{"name": "c", "meta-type": "command", "arg-type": "missing", "ret-type": "gone"}], {"c"}),
        (
            [
                {"name": "c", "meta-type": "command", "arg-type": "A", "ret-type": "L"},
                {"name": "A", "meta-type": "object", "members": [1, "x", {"name": 3}, {}]},
                {"name": "L", "meta-type": "array", "element-type": "L"},  # refers to itself
            ],
            {"c"},
        ),
        (
            [
                {"name": "c", "meta-type": "command", "arg-type": "A"},
                {"name": "A", "meta-type": "object", "members": None, "variants": [1, {"type": 7}]},
            ],
            {"c"},
        ),
    ],
)
def test_from_schema_ignores_garbage(value: object, commands: set[str]) -> None:
    index = SchemaIndex.from_schema(value)
    assert set(index.commands) == commands
    for info in index.commands.values():
        assert info.arguments == ()
        assert info.template() == info.name
        assert info.json_template() == {"execute": info.name}


def test_from_schema_keeps_good_arguments_among_bad_members() -> None:
    index = SchemaIndex.from_schema(
        [
            {"name": "c", "meta-type": "command", "arg-type": "A", "ret-type": "int"},
            {"name": "A", "meta-type": "object", "members": [1, {"name": "x", "type": "int"}]},
            {"name": "int", "meta-type": "builtin", "json-type": "int"},
        ]
    )
    assert index.commands["c"].arguments == (Argument("x", "integer", False),)
    assert index.commands["c"].returns == "integer"
    assert index.commands["c"].json_template() == {"execute": "c", "arguments": {"x": 0}}


@pytest.mark.parametrize(
    "schema",
    [
        [
            {"name": "c", "meta-type": "command", "arg-type": "A"},
            {"name": "A", "meta-type": "object", "members": 5},
        ],
        [
            {"name": "c", "meta-type": "command", "arg-type": "A"},
            {"name": "A", "meta-type": "object", "members": [], "variants": 5},
        ],
        [
            {"name": "c", "meta-type": "command", "arg-type": "A"},
            {"name": "A", "meta-type": "object", "members": [{"name": "x", "type": "E"}]},
            {"name": "E", "meta-type": "enum", "members": ["a"]},
        ],
        [
            {"name": "c", "meta-type": "command", "ret-type": "L"},
            {"name": "L", "meta-type": "alternate", "members": ["int"]},
        ],
        [
            {"name": "c", "meta-type": "command", "arg-type": "A"},
            {"name": "A", "meta-type": "object", "members": [], "variants": [{"type": []}]},
        ],
    ],
    ids=[
        "members-int",
        "variants-int",
        "enum-members-str",
        "alternate-members-str",
        "variant-type-list",
    ],
)
def test_from_schema_never_raises_on_malformed_type_entries(schema: list[Any]) -> None:
    SchemaIndex.from_schema(schema)


# -- risk -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("command", "risk"),
    [
        ("query-status", Risk.READ_ONLY),
        ("query-block", Risk.READ_ONLY),
        ("x-query-ramblock", Risk.READ_ONLY),
        ("qom-get", Risk.READ_ONLY),
        ("qom-list", Risk.READ_ONLY),
        ("quit", Risk.DANGEROUS),
        ("system_reset", Risk.DANGEROUS),
        ("device_del", Risk.DANGEROUS),
        ("migrate", Risk.DANGEROUS),
        ("eject", Risk.DANGEROUS),
        ("stop", Risk.CHANGES),
        ("cont", Risk.CHANGES),
        ("screendump", Risk.CHANGES),
        ("qom-set", Risk.CHANGES),
    ],
)
def test_classify(command: str, risk: Risk) -> None:
    assert classify(command) is risk
    assert classify(command, {"anything": 1}) is risk


@pytest.mark.parametrize(
    ("line", "risk"),
    [
        ("info status", Risk.READ_ONLY),
        ("  info block", Risk.READ_ONLY),
        ("help", Risk.READ_ONLY),
        ("loadvm x", Risk.DANGEROUS),
        ("quit", Risk.DANGEROUS),
        ("q", Risk.DANGEROUS),
        ("system_reset", Risk.DANGEROUS),
        ("stop", Risk.CHANGES),
        ("savevm snap1", Risk.CHANGES),
        ("information", Risk.CHANGES),  # the first word must match, not a prefix
    ],
)
def test_classify_human_monitor_command(line: str, risk: Risk) -> None:
    assert classify("human-monitor-command", {"command-line": line}) is risk
    assert classify_hmp(line) is risk


def test_classify_hmp_without_a_command_line_changes() -> None:
    assert classify("human-monitor-command") is Risk.CHANGES
    assert classify("human-monitor-command", {"command-line": 5}) is Risk.CHANGES
    assert classify_hmp("") is Risk.CHANGES
    assert classify_hmp("   ") is Risk.CHANGES


# -- secrets --------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["set_password", "change-vnc-password"])
def test_password_is_masked_and_the_original_untouched(command: str) -> None:
    arguments = {"protocol": "vnc", "password": "s3cret"}
    masked = mask_arguments(command, arguments)
    assert masked == {"protocol": "vnc", "password": MASK}
    assert arguments == {"protocol": "vnc", "password": "s3cret"}
    assert has_secret(command, arguments)
    assert "s3cret" not in json.dumps(masked)


def test_secret_object_data_is_masked_in_the_flat_form() -> None:
    arguments = {"qom-type": "secret", "id": "sec0", "data": "s3cret", "format": "raw"}
    masked = mask_arguments("object-add", arguments)
    assert masked == {"qom-type": "secret", "id": "sec0", "data": MASK, "format": "raw"}
    assert arguments["data"] == "s3cret"
    assert has_secret("object-add", arguments)


def test_secret_object_data_is_masked_in_the_old_props_form() -> None:
    arguments = {"qom-type": "secret", "id": "sec0", "props": {"data": "s3cret"}}
    masked = mask_arguments("object-add", arguments)
    assert masked == {"qom-type": "secret", "id": "sec0", "props": {"data": MASK}}
    assert arguments["props"] == {"data": "s3cret"}  # a deep copy was masked


def test_other_objects_keep_their_data() -> None:
    arguments = {"qom-type": "iothread", "id": "io0", "data": "not-a-secret"}
    assert mask_arguments("object-add", arguments) == arguments
    assert not has_secret("object-add", arguments)
    # A secret read from a file has nothing to mask.
    assert not has_secret("object-add", {"qom-type": "secret", "id": "s", "file": "/k"})


@pytest.mark.parametrize(
    ("line", "masked"),
    [
        ("set_password vnc s3cret", f"set_password vnc {MASK}"),
        ("set_password spice s3cret keep", f"set_password spice {MASK} keep"),
        ("change vnc password s3cret", f"change vnc password {MASK}"),
        ("change vnc s3cret", f"change vnc {MASK}"),
        ("change ide1-cd0 /x.iso", "change ide1-cd0 /x.iso"),
        ("change vnc password", "change vnc password"),  # QEMU asks for it: nothing to mask
        ("info status", "info status"),
    ],
)
def test_mask_hmp(line: str, masked: str) -> None:
    assert mask_hmp(line) == masked
    arguments = {"command-line": line}
    assert mask_arguments("human-monitor-command", arguments) == {"command-line": masked}
    assert has_secret("human-monitor-command", arguments) == (masked != line)
    assert arguments == {"command-line": line}


def test_legacy_change_masks_only_the_vnc_password() -> None:
    password = {"device": "vnc", "target": "password", "arg": "s3cret"}
    assert mask_arguments("change", password) == {**password, "arg": MASK}
    assert has_secret("change", password)
    medium = {"device": "ide1-cd0", "target": "/x.iso", "arg": "raw"}
    assert mask_arguments("change", medium) == medium
    assert not has_secret("change", medium)


def test_commands_without_secrets() -> None:
    assert mask_arguments("eject", {"id": "cd0"}) == {"id": "cd0"}
    assert mask_arguments("query-status", None) == {}
    assert not has_secret("query-status", None)
    assert not has_secret("set_password", {"protocol": "vnc"})  # nothing given to mask
    assert not has_secret("eject", {"password": "x"})  # only the listed commands


# -- batch scripts --------------------------------------------------------------------------


def test_parse_script_skips_comments_and_blank_lines() -> None:
    text = (
        "# a comment\n"
        "\n"
        "query-status\n"
        "   # an indented comment\n"
        "sleep 0.5\n"
        '{"execute": "stop"}\n'
        "  eject id=cd0 force=true  \n"
    )
    steps = parse_script(text)
    assert steps == [
        Step(3, Request("query-status")),
        Step(5, sleep_s=0.5),
        Step(6, Request("stop")),
        Step(7, Request("eject", {"id": "cd0", "force": True})),
    ]


def test_parse_script_accepts_windows_line_ends() -> None:
    steps = parse_script("query-status\r\nsleep 1\r\nstop\r\n")
    assert [(s.line, s.request and s.request.command, s.sleep_s) for s in steps] == [
        (1, "query-status", 0.0),
        (2, None, 1.0),
        (3, "stop", 0.0),
    ]


def script_error(text: str) -> str:
    with pytest.raises(ScriptError) as caught:
        parse_script(text)
    return str(caught.value)


def test_a_bad_json_line_is_named_with_its_column() -> None:
    message = script_error('query-status\n{"execute": "stop",}\nquery-name')
    assert message.startswith("line 2, column 20: not valid JSON")


def test_a_bad_shorthand_line_is_named_with_its_column() -> None:
    assert script_error("query-status\n\neject id") == (
        "line 3, column 7: expected KEY=VALUE, got 'id'"
    )


def test_a_json_error_without_a_position_names_the_line() -> None:
    assert script_error('stop\n{"execute": "x", "arguments": []}') == (
        'line 2: "arguments" must be an object'
    )


def test_the_column_of_an_indented_line_counts_the_indentation() -> None:
    # `{"execute": "stop",}` indented by 4: the unexpected } is column 24 of the line.
    assert script_error('query-status\n    {"execute": "stop",}').startswith("line 2, column 24:")


def test_sleep_separated_by_a_tab() -> None:
    assert parse_script("sleep\t1\nstop")[0] == Step(1, sleep_s=1.0)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("sleep x", "line 2: sleep takes seconds, not 'x'"),
        ("sleep", "line 2: sleep takes seconds, not ''"),
        ("sleep -1", "line 2: sleep between 0 and 3600 seconds"),
        ("sleep 3601", "line 2: sleep between 0 and 3600 seconds"),
        ("sleep nan", "line 2: sleep between 0 and 3600 seconds"),
        ("sleep inf", "line 2: sleep between 0 and 3600 seconds"),
    ],
)
def test_bad_sleep_lines(line: str, expected: str) -> None:
    assert script_error(f"query-status\n{line}\nstop") == expected


def test_sleep_limits_are_inclusive() -> None:
    assert [s.sleep_s for s in parse_script("sleep 0\nsleep 3600\nstop")[:2]] == [0.0, 3600.0]


@pytest.mark.parametrize("text", ["", "\n\n", "# only\n  # comments\n", "sleep 1\n# no command"])
def test_a_script_without_a_command_is_an_error(text: str) -> None:
    assert script_error(text) == "the script has no command"


# -- batch runner with a fake execute -------------------------------------------------------


class FakeExchange:
    """Records each message; replies by command from `replies`: a value is the `return`,
    a CommandFailed an error reply, another exception is raised."""

    def __init__(self, replies: Mapping[str, object] | None = None, delay_s: float = 0.0) -> None:
        self.replies = dict(replies or {})
        self.delay_s = delay_s
        self.messages: list[dict[str, Any]] = []
        self.times: list[float] = []

    @property
    def calls(self) -> list[tuple[str, Mapping[str, object] | None]]:
        return [(m.get("execute") or m["exec-oob"], m.get("arguments")) for m in self.messages]

    async def __call__(self, message: dict[str, Any]) -> dict[str, Any]:
        self.messages.append(message)
        self.times.append(time.monotonic())
        if self.delay_s:
            await asyncio.sleep(self.delay_s)
        echo = {"id": message["id"]} if "id" in message else {}
        reply = self.replies.get(message.get("execute") or message["exec-oob"], {})
        if isinstance(reply, CommandFailed):
            return {"error": {"class": reply.error_class, "desc": reply.desc}, **echo}
        if isinstance(reply, BaseException):
            raise reply
        return {"return": reply, **echo}


def run(exchange: FakeExchange, script: str, **kwargs: Any) -> tuple[Summary, list[StepResult]]:
    results: list[StepResult] = []
    summary = asyncio.run(
        run_script(exchange, parse_script(script), on_result=results.append, **kwargs)
    )
    return summary, results


def test_run_script_runs_every_command_in_order() -> None:
    exchange = FakeExchange({"query-name": {"name": "vm1"}})
    summary, results = run(exchange, "query-name\neject id=cd0\nstop")
    assert exchange.calls == [("query-name", None), ("eject", {"id": "cd0"}), ("stop", None)]
    assert [(r.line, r.iteration, r.command, r.ok) for r in results] == [
        (1, 1, "query-name", True),
        (2, 1, "eject", True),
        (3, 1, "stop", True),
    ]
    assert results[0].reply == {"name": "vm1"}
    assert (summary.sent, summary.ok, summary.failed) == (3, 3, 0)
    assert not summary.stopped_early and summary.last_error_class is None


def test_run_script_repeats_n_times() -> None:
    exchange = FakeExchange()
    summary, results = run(exchange, "query-status\nstop", repeat=3)
    assert [c for c, _ in exchange.calls] == ["query-status", "stop"] * 3
    assert [r.iteration for r in results] == [1, 1, 2, 2, 3, 3]
    assert summary.sent == 6 and summary.ok == 6
    assert len(summary.times_s) == 6


def test_run_script_waits_the_delay_between_runs_only() -> None:
    exchange = FakeExchange()
    delay = 0.3  # long beside the hiccups of a busy machine, which only lengthen the gaps
    started: list[float] = []

    async def timed() -> None:
        started.append(time.monotonic())  # in the loop: making it is not the batch's time
        await run_script(exchange, parse_script("query-status"), repeat=3, delay_s=delay)

    asyncio.run(timed())
    first, second, third = (t - started[0] for t in exchange.times)
    assert first < 0.9 * delay  # no delay before the first run
    assert second - first >= 0.95 * delay
    assert third - second >= 0.95 * delay


def test_run_script_sleep_lines_pause() -> None:
    exchange = FakeExchange()
    summary, _ = run(exchange, "query-status\nsleep 0.15\nstop")
    assert exchange.times[1] - exchange.times[0] >= 0.14
    assert summary.sent == 2  # a sleep is not a command


def test_run_script_measures_each_round_trip() -> None:
    _, results = run(FakeExchange(delay_s=0.05), "query-status")
    assert 0.045 <= results[0].elapsed_s < 1.0
    assert results[0].record()["ms"] >= 45


def test_run_script_stops_at_the_first_error() -> None:
    exchange = FakeExchange(
        {"eject": CommandFailed("eject", "DeviceNotFound", "Device 'x' not found")}
    )
    summary, results = run(exchange, "query-status\neject id=x\nstop", repeat=2)
    assert [c for c, _ in exchange.calls] == ["query-status", "eject"]
    assert results[-1].error == "Device 'x' not found"
    assert results[-1].error_class == "DeviceNotFound"
    assert (summary.sent, summary.ok, summary.failed) == (2, 1, 1)
    assert summary.stopped_early
    assert summary.last_error_class == "DeviceNotFound"
    assert summary.text.endswith("; stopped at the first error")


def test_run_script_keep_going_runs_everything() -> None:
    exchange = FakeExchange({"eject": CommandFailed("eject", "DeviceNotFound", "no")})
    summary, results = run(exchange, "query-status\neject id=x\nstop", repeat=2, keep_going=True)
    assert [c for c, _ in exchange.calls] == ["query-status", "eject", "stop"] * 2
    assert [r.ok for r in results] == [True, False, True] * 2
    assert (summary.sent, summary.ok, summary.failed) == (6, 4, 2)
    assert not summary.stopped_early
    assert summary.last_error_class == "DeviceNotFound"
    assert "stopped" not in summary.text


def test_a_lost_connection_always_stops() -> None:
    exchange = FakeExchange({"stop": ConnectionLost("QEMU closed the connection")})
    summary, results = run(exchange, "query-status\nstop\ncont", repeat=3, keep_going=True)
    assert [c for c, _ in exchange.calls] == ["query-status", "stop"]
    assert results[-1].error_class == "ConnectionLost"
    assert results[-1].error == "QEMU closed the connection"
    assert summary.stopped_early
    assert summary.last_error_class == "ConnectionLost"


def test_other_qmp_failures_are_named_by_their_class() -> None:
    exchange = FakeExchange({"stop": CommandTimeout("stop", 2.0)})
    summary, results = run(exchange, "stop\ncont", keep_going=True)
    assert results[0].error_class == "CommandTimeout"
    assert results[0].error is not None and "timed out" in results[0].error
    assert results[1].ok
    assert summary.failed == 1 and summary.last_error_class == "CommandTimeout"


def test_on_result_is_called_for_each_command_as_it_finishes() -> None:
    exchange = FakeExchange()
    seen_calls: list[int] = []
    steps = parse_script("query-status\nsleep 0\nstop\ncont")
    summary = asyncio.run(
        run_script(
            exchange, steps, repeat=2, on_result=lambda r: seen_calls.append(len(exchange.calls))
        )
    )
    # Called once per command (not per sleep), right after that command and before the next.
    assert seen_calls == [1, 2, 3, 4, 5, 6]
    assert summary.sent == 6


def test_summary_text_gives_counts_and_min_median_max() -> None:
    summary = Summary()
    summary.add(StepResult(1, 1, "x", {}, 0.010, {}))
    summary.add(StepResult(2, 1, "y", {}, 0.001, {}))
    summary.add(StepResult(3, 1, "z", {}, 0.004, None, "bad", "E"))
    assert summary.text == (
        "sent 3, ok 2, failed 1; round trip min 1.00 / median 4.00 / max 10.00 ms"
    )
    assert summary.last_error_class == "E"


def test_summary_text_of_nothing_sent() -> None:
    assert Summary().text == "sent 0, ok 0, failed 0"


def test_step_result_record_for_success() -> None:
    result = StepResult(3, 2, "query-name", {}, 0.0012345, {"name": "vm"})
    record = result.record()
    assert record == {
        "iteration": 2,
        "line": 3,
        "command": "query-name",
        "arguments": {},
        "ok": True,
        "ms": 1.234,
        "return": {"name": "vm"},
    }
    assert json.loads(json.dumps(record)) == record


def test_step_result_record_for_failure() -> None:
    result = StepResult(
        2, 1, "eject", {"id": "x"}, 0.5, None, "Device 'x' not found", "DeviceNotFound"
    )
    assert not result.ok
    assert result.record() == {
        "iteration": 1,
        "line": 2,
        "command": "eject",
        "arguments": {"id": "x"},
        "ok": False,
        "ms": 500.0,
        "error": {"class": "DeviceNotFound", "desc": "Device 'x' not found"},
    }
    # A failure without a class still has the key a consumer reads.
    assert StepResult(1, 1, "x", {}, 0.0, None, "oops").record()["error"] == {
        "class": "",
        "desc": "oops",
    }


def test_a_null_reply_is_still_a_success() -> None:
    exchange = FakeExchange({"qom-get": None})
    summary, results = run(exchange, "qom-get path=/machine property=type")
    assert results[0].ok and results[0].record()["return"] is None
    assert summary.ok == 1


def test_hmp_secret_objects_are_masked() -> None:
    assert mask_hmp("object_add secret,id=s0,data=pw") == f"object_add secret,id=s0,data={MASK}"
    assert mask_hmp("object_add secret,data=pw,id=s0") == f"object_add secret,data={MASK},id=s0"
    assert mask_hmp("object_add memory-backend-ram,id=m0,size=1G") == (
        "object_add memory-backend-ram,id=m0,size=1G"
    )


@pytest.mark.parametrize(
    "line",
    [
        "drive_mirror d0 /x.img",
        "migrate_incoming tcp:0:4444",
        "snapshot_delete_blkdev_internal d0 s1",
        "exit_preconfig",
    ],
)
def test_hmp_forms_of_dangerous_commands_are_dangerous(line: str) -> None:
    assert classify_hmp(line) is Risk.DANGEROUS
