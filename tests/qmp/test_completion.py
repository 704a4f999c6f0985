"""What the console offers at the cursor, from the recorded QEMU 7.2 schema.

Command names for the first word, argument names (not those already given)
with their type, boolean and enum values, in shorthand (`eject id=cd0 fo`)
and in a JSON command being typed (`{"execute": "query-bl`).
"""

from __future__ import annotations

import pytest

from qmpgui.qmp.completion import Completion, Item, complete
from qmpgui.qmp.schema import SchemaIndex
from tests.helpers.recorded import load_schema_72


@pytest.fixture(scope="module")
def index72() -> SchemaIndex:
    return SchemaIndex.from_schema(load_schema_72())


def offered(index: SchemaIndex, before: str) -> Completion:
    """The completion for `before`; what it replaces is what the user typed of it."""
    found = complete(index, before)
    assert found is not None, f"nothing offered for {before!r}"
    assert before[found.start :] == found.prefix
    return found


def labels(found: Completion) -> list[str]:
    return [item.label for item in found.items]


def accept(before: str, found: Completion, label: str) -> str:
    """The text after the user picks the item labelled `label`."""
    (item,) = (i for i in found.items if i.label == label)
    return before[: found.start] + item.insert


# -- command names ---------------------------------------------------------------------------


def test_first_word_completes_command_names(index72: SchemaIndex) -> None:
    found = offered(index72, "query-sta")
    assert found.start == 0
    assert found.prefix == "query-sta"
    assert labels(found) == ["query-stats", "query-stats-schemas", "query-status"]
    assert accept("query-sta", found, "query-status") == "query-status"
    status = next(item for item in found.items if item.label == "query-status")
    assert status == Item("query-status", "query-status", "")


def test_command_name_after_leading_spaces_starts_after_them(index72: SchemaIndex) -> None:
    found = offered(index72, "  query-bl")
    assert found.start == 2
    assert labels(found) == [
        "query-block",
        "query-block-exports",
        "query-block-jobs",
        "query-blockstats",
    ]


def test_empty_input_offers_every_command_in_order(index72: SchemaIndex) -> None:
    found = offered(index72, "")
    assert found.start == 0 and found.prefix == ""
    # qmp-shell's transaction block is offered right after the command it sends.
    assert labels(found) == sorted([*index72.commands, "transaction("])
    assert {"eject", "query-status", "cont", "stop", "system_powerdown"} <= set(labels(found))


def test_every_command_is_found_from_any_prefix(index72: SchemaIndex) -> None:
    for name in index72.commands:
        for cut in {1, len(name) // 2, len(name)}:
            found = offered(index72, name[:cut])
            assert name in labels(found)
            assert all(item.label.startswith(name[:cut]) for item in found.items)


def test_unknown_prefix_offers_nothing(index72: SchemaIndex) -> None:
    found = offered(index72, "no-such-")
    assert found.items == ()


def test_command_detail_counts_its_arguments(index72: SchemaIndex) -> None:
    found = offered(index72, "eje")
    assert found.items == (Item("eject", "eject", "3 arguments"),)
    assert offered(index72, "cont").items[0].detail == ""


def test_command_with_one_argument_says_argument(index72: SchemaIndex) -> None:
    (balloon,) = (item for item in offered(index72, "ballo").items if item.label == "balloon")
    assert balloon.detail == "1 argument"


# -- argument names in shorthand -------------------------------------------------------------


def test_after_the_command_its_arguments_are_offered(index72: SchemaIndex) -> None:
    found = offered(index72, "eject ")
    assert found.start == len("eject ")
    assert found.prefix == ""
    assert sorted(labels(found)) == ["device", "force", "id"]
    details = {item.label: item.detail for item in found.items}
    assert details == {
        "device": "string (optional)",
        "id": "string (optional)",
        "force": "boolean (optional)",
    }
    assert accept("eject ", found, "force") == "eject force="


def test_required_arguments_come_first(index72: SchemaIndex) -> None:
    found = offered(index72, "blockdev-change-medium ")
    assert labels(found)[0] == "filename"
    assert found.items[0].detail == "string"
    assert sorted(labels(found)) == [
        "device",
        "filename",
        "force",
        "format",
        "id",
        "read-only-mode",
    ]
    mode = next(item for item in found.items if item.label == "read-only-mode")
    assert mode.detail == "one of retain, read-only, read-write (optional)"


def test_argument_prefix_narrows_and_replaces_only_the_word(index72: SchemaIndex) -> None:
    before = "eject id=cd0 fo"
    found = offered(index72, before)
    assert found.start == len("eject id=cd0 ")
    assert found.prefix == "fo"
    assert labels(found) == ["force"]
    assert accept(before, found, "force") == "eject id=cd0 force="


def test_arguments_already_given_are_not_offered_again(index72: SchemaIndex) -> None:
    assert sorted(labels(offered(index72, "eject id=cd0 "))) == ["device", "force"]
    assert labels(offered(index72, "eject id=cd0 force=true ")) == ["device"]
    assert labels(offered(index72, "eject id=cd0 force=true device=ide1-cd0 ")) == []
    # A dotted key gives the argument it starts with.
    assert sorted(labels(offered(index72, "eject device.x=1 "))) == ["force", "id"]


def test_a_command_without_arguments_offers_none(index72: SchemaIndex) -> None:
    assert offered(index72, "system_wakeup ").items == ()
    assert offered(index72, "query-status ").items == ()


def test_an_unknown_command_offers_no_arguments(index72: SchemaIndex) -> None:
    assert offered(index72, "no-such-command ").items == ()
    assert offered(index72, "no-such-command fo").items == ()
    assert complete(index72, "no-such-command force=") is None


# -- values in shorthand ---------------------------------------------------------------------


def test_boolean_argument_offers_true_and_false(index72: SchemaIndex) -> None:
    found = offered(index72, "eject force=")
    assert found.start == len("eject force=")
    assert found.prefix == ""
    assert labels(found) == ["true", "false"]
    assert all(item.detail == "boolean" for item in found.items)
    assert accept("eject force=", found, "false") == "eject force=false"

    narrowed = offered(index72, "eject id=cd0 force=t")
    assert narrowed.prefix == "t"
    assert labels(narrowed) == ["true"]
    assert accept("eject id=cd0 force=t", narrowed, "true") == "eject id=cd0 force=true"


def test_enum_argument_offers_its_values(index72: SchemaIndex) -> None:
    before = "blockdev-change-medium id=cd0 filename=/images/a.iso read-only-mode="
    found = offered(index72, before)
    assert labels(found) == ["retain", "read-only", "read-write"]
    assert accept(before, found, "read-only") == before + "read-only"

    narrowed = offered(index72, "blockdev-change-medium read-only-mode=read-")
    assert narrowed.prefix == "read-"
    assert labels(narrowed) == ["read-only", "read-write"]


def test_other_enums_of_the_schema(index72: SchemaIndex) -> None:
    assert labels(offered(index72, "watchdog-set-action action=")) == [
        "reset",
        "shutdown",
        "poweroff",
        "pause",
        "debug",
        "none",
        "inject-nmi",
    ]
    assert labels(offered(index72, "query-cpu-model-expansion type=")) == ["static", "full"]
    assert labels(offered(index72, "set-action panic=")) == [
        "pause",
        "shutdown",
        "exit-failure",
        "none",
    ]


def test_a_free_text_value_offers_nothing(index72: SchemaIndex) -> None:
    assert complete(index72, "eject id=") is None
    assert complete(index72, "eject id=cd") is None
    assert complete(index72, "eject no-such-argument=") is None


# -- JSON input ------------------------------------------------------------------------------


def test_json_command_name_gets_its_closing_quote(index72: SchemaIndex) -> None:
    before = '{"execute": "query-bl'
    found = offered(index72, before)
    assert found.start == len('{"execute": "')
    assert found.prefix == "query-bl"
    assert [item.insert for item in found.items] == [
        'query-block"',
        'query-block-exports"',
        'query-block-jobs"',
        'query-blockstats"',
    ]
    assert labels(found) == [
        "query-block",
        "query-block-exports",
        "query-block-jobs",
        "query-blockstats",
    ]
    assert accept(before, found, "query-block") == '{"execute": "query-block"'


def test_json_command_name_in_exec_oob_and_without_spaces(index72: SchemaIndex) -> None:
    assert labels(offered(index72, '{"exec-oob":"query-sta')) == [
        "query-stats",
        "query-stats-schemas",
        "query-status",
    ]
    assert labels(offered(index72, '  {\n  "execute" :  "ej')) == ["eject"]


def test_json_argument_name_gets_its_quote_and_colon(index72: SchemaIndex) -> None:
    before = '{"execute": "eject", "arguments": {"fo'
    found = offered(index72, before)
    assert found.prefix == "fo"
    assert found.items == (Item('force": ', "force", "boolean (optional)"),)
    assert accept(before, found, "force") == '{"execute": "eject", "arguments": {"force": '


def test_json_arguments_already_given_are_not_offered_again(index72: SchemaIndex) -> None:
    before = '{"execute": "eject", "arguments": {"id": "cd0", "'
    found = offered(index72, before)
    assert found.prefix == ""
    assert sorted(labels(found)) == ["device", "force"]
    multiline = '{\n  "execute": "eject",\n  "arguments": {\n    "force": true,\n    "'
    assert sorted(labels(offered(index72, multiline))) == ["device", "id"]


def test_json_enum_value_gets_its_closing_quote(index72: SchemaIndex) -> None:
    before = '{"execute": "blockdev-change-medium", "arguments": {"read-only-mode": "re'
    found = offered(index72, before)
    assert found.prefix == "re"
    assert [item.insert for item in found.items] == ['retain"', 'read-only"', 'read-write"']
    assert accept(before, found, "retain").endswith('"read-only-mode": "retain"')


def test_json_for_an_unknown_command_offers_no_arguments(index72: SchemaIndex) -> None:
    found = complete(index72, '{"execute": "no-such-command", "arguments": {"')
    assert found is None or found.items == ()


def test_json_before_the_arguments_offers_nothing(index72: SchemaIndex) -> None:
    assert complete(index72, '{"execute": "eject"') is None
    assert complete(index72, '{"execute": "eject", ') is None
    assert complete(index72, '{"execute": "eject", "arguments": {"id": "c') is None


# -- servers without a schema ----------------------------------------------------------------


def test_command_names_only_from_query_commands() -> None:
    index = SchemaIndex.from_commands(
        [{"name": "query-status"}, {"name": "query-name"}, {"name": "stop"}]
    )
    found = offered(index, "query")
    assert found.items == (
        Item("query-name", "query-name", ""),
        Item("query-status", "query-status", ""),
    )
    assert labels(offered(index, '{"execute": "query-st')) == ["query-status"]
    assert offered(index, "query-status ").items == ()
    assert offered(index, '{"execute": "stop", "arguments": {"').items == ()
    assert complete(index, "stop force=") is None


def test_no_commands_known_offers_nothing() -> None:
    index = SchemaIndex()
    assert offered(index, "query").items == ()
    assert offered(index, "eject ").items == ()
