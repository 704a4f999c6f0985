"""What a user types at the console: a full QMP object, or qmp-shell's shorthand.

Shorthand: `eject id=cd0 force=true`. Each value is parsed as JSON where it
parses (`1`, `true`, `[1,2]`, `"quoted"`), else taken as a string; dotted keys
build nested objects (`a.b=1` gives {"a": {"b": 1}}). Nothing is sent for
input that does not parse: the error says where, with line and column.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

#: Keys a QMP command object may have.
_COMMAND_KEYS = {"execute", "exec-oob", "arguments", "id", "control"}


class InputError(ValueError):
    """Input that cannot be sent; `line` and `column` are 1-based (0: the whole input)."""

    def __init__(self, message: str, line: int = 0, column: int = 0) -> None:
        where = f"line {line}, column {column}: " if line else ""
        super().__init__(where + message)
        self.message = message
        self.line = line
        self.column = column


@dataclass(frozen=True, slots=True)
class Request:
    """One command as the user gave it."""

    command: str
    arguments: dict[str, Any] = field(default_factory=dict)
    #: The user's own id (any JSON value), echoed by QEMU in its reply; None lets the
    #: client pick one, unless `has_id` says the user wrote `"id": null`.
    id: Any = None
    #: Sent as `exec-oob` (out-of-band; only after negotiating "oob", 2.12+).
    oob: bool = False
    #: Whether the user gave an `id`, null included.
    has_id: bool = False

    def message(self) -> dict[str, Any]:
        """The QMP command object: `{"execute" | "exec-oob", *"arguments", *"id"}`."""
        msg: dict[str, Any] = {"exec-oob" if self.oob else "execute": self.command}
        if self.arguments:
            msg["arguments"] = self.arguments
        if self.id is not None or self.has_id:
            msg["id"] = self.id
        return msg


def parse_input(text: str) -> Request:
    """A full QMP object (text starting with `{`) or one shorthand line.

    Raises InputError, with line and column, for input that cannot be sent.
    """
    stripped = text.strip()
    if not stripped:
        raise InputError("nothing to send")
    if stripped.startswith(("{", "[")):
        return parse_json_command(text)
    try:
        return parse_shorthand(stripped)
    except InputError as err:  # columns count from the line as typed, indentation included
        indent = len(text) - len(text.lstrip())
        raise InputError(err.message, err.line, err.column + indent if err.column else 0) from None


def parse_json_command(text: str) -> Request:
    """A command written as a QMP object (qmp-protocol.md, section 1).

    Raises InputError for text that is not JSON (with line and column), not an object,
    has a key a command does not have, or lacks `execute`.
    """
    try:
        value = json.loads(text)
    except json.JSONDecodeError as err:
        raise InputError(f"not valid JSON: {err.msg}", err.lineno, err.colno) from None
    if not isinstance(value, dict):
        raise InputError("a QMP command is a JSON object")
    unknown = sorted(set(value) - _COMMAND_KEYS)
    if unknown:
        raise InputError(f"unknown key {unknown[0]!r}: a command has execute, arguments and id")
    oob = "exec-oob" in value
    command = value.get("exec-oob" if oob else "execute")
    if not isinstance(command, str) or not command:
        raise InputError('missing "execute": the name of the command to run')
    arguments = value.get("arguments", {})
    if not isinstance(arguments, dict):
        raise InputError('"arguments" must be an object')
    return Request(command, arguments, value.get("id"), oob, "id" in value)


#: Command names, downstream ones (`__com.redhat_drive-add`) included.
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.\-]*")


def parse_value(text: str) -> Any:
    """JSON where it parses (numbers, true, null, lists, objects, quoted strings), else text.

    Single quotes only group: `'{"a": 1}'` is the object, `'two words'` the string.
    """
    if len(text) >= 2 and text[0] == text[-1] == "'":
        text = text[1:-1]
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


#: A word: runs of plain characters and quoted parts, as qmp-shell splits a line.
_TOKEN = re.compile(r"""(?:[^\s"']|"(?:\\.|[^"\\])*"|'[^']*')+""")


def parse_shorthand(line: str) -> Request:
    """One qmp-shell shorthand line: `COMMAND KEY=VALUE ...` (see the module's docstring).

    Raises InputError, with its column, for an unclosed quote, a bad command name, a
    word that is not KEY=VALUE, or a key given twice.
    """
    tokens = list(_TOKEN.finditer(line))
    end = 0
    for match in [*tokens, None]:
        gap = line[end : match.start() if match else len(line)]
        if gap.strip():  # only a quote that never closes is left between words
            raise InputError("unclosed quote", 1, end + len(gap) - len(gap.lstrip()) + 1)
        end = match.end() if match else end
    command = tokens[0].group()
    if not _NAME.fullmatch(command):
        raise InputError(f"{command!r} is not a command name", 1, 1)
    arguments: dict[str, Any] = {}
    for match in tokens[1:]:
        pair, column = match.group(), match.start() + 1
        key, sep, raw = pair.partition("=")
        if not sep or not key:
            raise InputError(f"expected KEY=VALUE, got {pair!r}", 1, column)
        _assign(arguments, key.split("."), parse_value(raw), pair, column)
    return Request(command, arguments)


def _assign(target: dict[str, Any], path: list[str], value: Any, pair: str, column: int) -> None:
    for part in path[:-1]:
        nested = target.setdefault(part, {})
        if not isinstance(nested, dict):
            raise InputError(f"{pair!r}: {part!r} already has a value", 1, column)
        target = nested
    if path[-1] in target:
        raise InputError(f"{pair!r}: {'.'.join(path)!r} is given twice", 1, column)
    target[path[-1]] = value


def to_shorthand(command: str, arguments: dict[str, Any] | None = None) -> str:
    """The command in qmp-shell syntax; nested objects become dotted keys."""
    parts = [command]
    for key, value in _flatten(arguments or {}, ""):
        if (
            isinstance(value, str)
            and re.fullmatch(r"[^\s\"'=]+", value)
            and parse_value(value) == value
        ):
            text = value  # a plain word reads back as the same string
        else:
            # Compact JSON has whitespace only inside its strings, which stay one word.
            text = json.dumps(value, separators=(",", ":"))
        parts.append(f"{key}={text}")
    return " ".join(parts)


def _flatten(obj: dict[str, Any], prefix: str) -> list[tuple[str, Any]]:
    items: list[tuple[str, Any]] = []
    for key, value in obj.items():
        if isinstance(value, dict) and value:
            items += _flatten(value, f"{prefix}{key}.")
        else:
            items.append((f"{prefix}{key}", value))
    return items
