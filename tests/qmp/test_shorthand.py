"""What the console and the batch runners read from a user, pinned from the QMP
specification (qmp-protocol.md, section 1) and qmp-shell's shorthand as QEMU's
documentation gives it: what is sent, and where input that cannot be sent is wrong."""

from __future__ import annotations

import pytest

from qmpgui.qmp.shorthand import (
    InputError,
    Request,
    input_complete,
    parse_input,
    parse_json_command,
    parse_shorthand,
    to_shorthand,
)


def error(text: str) -> InputError:
    with pytest.raises(InputError) as caught:
        parse_input(text)
    return caught.value


@pytest.mark.parametrize(
    ("text", "column"),
    [
        ('"eject id=cd0', 1),
        ("'eject id=cd0", 1),
        ('"', 1),
        ("   'eject", 4),
        ('eject id="cd0', 10),
        ("eject id='cd0 force=true", 10),
        ('eject id="cd0\\"', 10),  # an escaped quote does not close it
    ],
)
def test_an_unclosed_quote_is_refused_where_it_opens(text: str, column: int) -> None:
    err = error(text)
    assert err.message == "unclosed quote"
    assert (err.line, err.column) == (1, column)


@pytest.mark.parametrize(
    ("text", "line", "column", "says"),
    [
        ("    eject id=cd0 oops", 1, 18, "expected KEY=VALUE, got 'oops'"),
        ("\teject =x", 1, 8, "expected KEY=VALUE, got '=x'"),
        ("  eject id=cd0 id=cd1", 1, 16, "'id' is given twice"),
        ("  9eject", 1, 3, "is not a command name"),
        ("  eject a=1 a.b=2", 1, 13, "'a' already has a value"),
        ('  eject v={"a": 1,\n    "b": }', 2, 10, "not a JSON or Python value"),
        ("\n\n   eject  x", 3, 11, "expected KEY=VALUE"),
    ],
)
def test_an_error_in_indented_input_says_its_line_and_column(
    text: str, line: int, column: int, says: str
) -> None:
    err = error(text)
    assert says in err.message
    assert (err.line, err.column) == (line, column)
    assert str(err).startswith(f"line {line}, column {column}: ")


@pytest.mark.parametrize(
    ("text", "arguments"),
    [
        ("eject key=''", {"key": ""}),
        ('eject key=""', {"key": ""}),
        ("eject key='two words'", {"key": "two words"}),
        ('eject key="two words"', {"key": "two words"}),
        ("eject key=a=b", {"key": "a=b"}),
        ("eject key=", {"key": ""}),
        ("eject a.b.c=1 a.b.d=x", {"a": {"b": {"c": 1, "d": "x"}}}),
        ("eject force=True", {"force": True}),
        ("eject n=None", {"n": None}),
    ],
)
def test_shorthand_values(text: str, arguments: dict[str, object]) -> None:
    assert parse_input(text) == Request("eject", arguments)


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_nothing_to_send(text: str) -> None:
    assert error(text).message == "nothing to send"
    with pytest.raises(InputError, match=r"^nothing to send$"):
        parse_shorthand(text)  # called alone, too


def test_a_key_given_twice_is_refused_as_qemu_refuses_it() -> None:
    # Python keeps the last `execute`: query-status would be sent with a password beside
    # it. QEMU 7.2 refuses the line: "JSON parse error, duplicate key".
    text = '{"execute": "change-vnc-password", "arguments": {"password": "x"}, "execute": "stop"}'
    assert error(text).message == "the key 'execute' is given twice: QEMU refuses that"
    nested = '{"execute": "set_password", "arguments": {"password": "a", "password": "b"}}'
    assert "'password' is given twice" in error(nested).message


def test_a_json_commands_control_key_is_refused_as_qemu_refuses_it() -> None:
    # QEMU 7.2: {"error": {"class": "GenericError", "desc": "QMP input member 'control'
    # is unexpected"}}; sending the command without it would be another command.
    err = error('{"execute": "stop", "control": {"run-oob": true}}')
    assert "unknown key 'control'" in err.message
    assert "exec-oob" in err.message


def test_execute_and_exec_oob_together_are_refused_as_qemu_refuses_them() -> None:
    # QEMU 7.2: "QMP input member 'execute' clashes with 'exec-oob'".
    err = error('{"execute": "stop", "exec-oob": "migrate-pause"}')
    assert "not both" in err.message


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"execute": "query-status"}', {"execute": "query-status"}),
        ('{"exec-oob": "migrate-pause"}', {"exec-oob": "migrate-pause"}),
        ('{"execute": "stop", "id": null}', {"execute": "stop", "id": None}),
        ('{"execute": "stop", "id": 0}', {"execute": "stop", "id": 0}),
        ('{"execute": "stop", "id": "a"}', {"execute": "stop", "id": "a"}),
        ('{"execute": "eject", "arguments": {}}', {"execute": "eject"}),
        (
            '{"execute": "eject", "arguments": {"id": "cd0"}}',
            {"execute": "eject", "arguments": {"id": "cd0"}},
        ),
        ("  [ ] ", None),
    ],
)
def test_a_json_command_is_sent_as_written(text: str, message: object) -> None:
    if message is None:
        assert error(text).message == "a QMP command is a JSON object"
        return
    request = parse_input(text)
    assert request.message() == message
    assert request.oob == ("exec-oob" in text)
    assert request.has_id == ("id" in message)


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ('{"arguments": {}}', 'missing "execute"'),
        ('{"execute": ""}', 'missing "execute"'),
        ('{"execute": 5}', 'missing "execute"'),
        ('{"execute": "eject", "arguments": []}', '"arguments" must be an object'),
        ('{"execute": "eject", "argumnets": {}}', "unknown key 'argumnets'"),
    ],
)
def test_a_json_command_qemu_would_refuse_is_refused(text: str, says: str) -> None:
    assert says in error(text).message


def test_a_json_error_says_its_line_and_column() -> None:
    with pytest.raises(InputError) as caught:
        parse_json_command('{"execute":\n  "stop",,}')
    assert caught.value.message.startswith("not valid JSON")
    assert (caught.value.line, caught.value.column) == (2, 10)


@pytest.mark.parametrize(
    ("text", "complete"),
    [
        ("eject id=cd0", True),
        ("  eject id=cd0  \n", True),
        ('eject v={\n "a": 1', False),
        ("eject v={", False),
        ("eject id=cd0 v=[1,", False),
        ('eject v={"a": "}"', False),
        ('eject v={\n "a": 1\n}', True),
        ("eject v=[1,\n2] force=true", True),
        ('eject id="cd0', True),  # sent, and refused with where the quote is
        ("eject\nid=cd0", False),
        ("transaction(", False),
        ("transaction(\n  blockdev-snapshot-sync device=d0 snapshot-file=s\n)", True),
    ],
)
def test_enter_sends_only_what_is_whole(text: str, complete: bool) -> None:
    assert input_complete(text) is complete


@pytest.mark.parametrize(
    ("command", "arguments", "text"),
    [
        ("eject", {"id": "cd0", "force": True}, "eject id=cd0 force=true"),
        ("eject", None, "eject"),
        ("x", {"s": "two words"}, 'x s="two words"'),
        ("x", {"s": ""}, 'x s=""'),
        ("x", {"s": "true"}, 'x s="true"'),  # a plain word that reads back as another value
        ("x", {"s": "[a"}, 'x s="[a"'),
        ("x", {"s": "a=b"}, 'x s="a=b"'),
        ("x", {"a": {"b": 1, "c": {}}}, "x a.b=1 a.c={}"),
        ("x", {"l": [1, "a b"]}, 'x l=[1,"a b"]'),
    ],
)
def test_a_command_written_back_as_shorthand_reads_back_the_same(
    command: str, arguments: dict[str, object] | None, text: str
) -> None:
    assert to_shorthand(command, arguments) == text
    assert parse_input(text) == Request(command, arguments or {})
