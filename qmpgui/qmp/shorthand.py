"""What a user types at the console: a full QMP object, or qmp-shell's shorthand.

Shorthand: `eject id=cd0 force=true`. Each value is parsed as JSON where it
parses (`1`, `true`, `[1,2]`, `"quoted"`), else as qmp-shell reads it
(`True`, `{'a': 1}`), else taken as a string; a value in brackets may hold
spaces (`value={"a": [1, 2]}`) (qmp.shorthand_words). Dotted keys build nested
objects (`a.b=1` gives {"a": {"b": 1}}). A `transaction(` block sends several
actions as one `transaction` (qmp.transaction). Nothing is sent for input that
does not parse: the error says where, with line and column.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from qmpgui.i18n import translate
from qmpgui.qmp import transaction
from qmpgui.qmp.shorthand_words import (
    InputError,
    UnclosedBracket,
    Word,
    bracket_error,
    error_at,
    parse_value,
    split_words,
)

__all__ = [
    "InputError",
    "Request",
    "input_complete",
    "parse_input",
    "parse_json_command",
    "parse_shorthand",
    "parse_value",
    "to_shorthand",
]

#: Keys a QMP command object may have (qmp-protocol.md, section 1). Any other key,
#: `control` included (an out-of-band draft that QEMU never took: `exec-oob` it is),
#: QEMU refuses ("QMP input member 'control' is unexpected"): refused here, not dropped.
_COMMAND_KEYS = {"execute", "exec-oob", "arguments", "id"}


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
    """A full QMP object (text starting with `{`), a transaction block (text starting
    with `transaction(`) or one shorthand command.

    Raises InputError, with line and column, for input that cannot be sent.
    """
    stripped = text.strip()
    if not stripped:
        raise InputError(translate("shorthand", "nothing to send"))
    if stripped.startswith(("{", "[")):
        return parse_json_command(text)
    return parse_shorthand(text)  # as typed: positions count lines and indentation


def input_complete(text: str) -> bool:
    """True when Enter should send `text` rather than start a new line: one line of
    shorthand whose values in brackets are closed (a line break inside one belongs to
    it), or a transaction block that is closed. A JSON object is judged by the console
    itself. Never raises."""
    if transaction.opens_transaction(text):
        return not transaction.transaction_pending(text)
    stripped = text.strip()
    try:
        words = split_words(stripped)
    except UnclosedBracket:
        return False  # the value goes on on the next line
    except InputError:
        return True  # an unclosed quote: sent, and refused with where it is
    outside, last = [], 0
    for word in words:
        outside.append(stripped[last : word.start])
        last = word.start + len(word.text)
    return not any("\n" in gap for gap in outside)


class _DuplicateKey(Exception):
    """A key given twice in a JSON object (args[0])."""


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: set[str] = set()
    for key, _value in pairs:
        if key in seen:
            raise _DuplicateKey(key)
        seen.add(key)
    return dict(pairs)


def parse_json_command(text: str) -> Request:
    """A command written as a QMP object (qmp-protocol.md, section 1).

    Raises InputError for text that is not JSON (with line and column), names a key
    twice in an object (QEMU's parser refuses it), not an object,
    has a key a command does not have (QEMU would refuse it), or lacks `execute`.
    """
    try:
        value = json.loads(text, object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as err:
        raise InputError(
            translate("shorthand", "not valid JSON: {msg}").format(msg=err.msg),
            err.lineno,
            err.colno,
        ) from None
    except _DuplicateKey as err:
        # QEMU refuses it ("duplicate key"); Python would keep the last one silently.
        raise InputError(f"the key {err.args[0]!r} is given twice: QEMU refuses that") from None
    if not isinstance(value, dict):
        raise InputError(translate("shorthand", "a QMP command is a JSON object"))
    unknown = sorted(set(value) - _COMMAND_KEYS)
    if unknown:
        raise InputError(
            f"unknown key {unknown[0]!r}: a command has execute (or exec-oob), arguments and id"
        )
    oob = "exec-oob" in value
    if oob and "execute" in value:  # QEMU: "member 'execute' clashes with 'exec-oob'"
        raise InputError(translate("shorthand", 'a command has "execute" or "exec-oob", not both'))
    command = value.get("exec-oob" if oob else "execute")
    if not isinstance(command, str) or not command:
        raise InputError(
            translate("shorthand", 'missing "execute": the name of the command to run')
        )
    arguments = value.get("arguments", {})
    if not isinstance(arguments, dict):
        raise InputError(translate("shorthand", '"arguments" must be an object'))
    return Request(command, arguments, value.get("id"), oob, "id" in value)


#: Command names, downstream ones (`__com.redhat_drive-add`) included.
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.\-]*")


def parse_shorthand(line: str) -> Request:
    """One qmp-shell shorthand command, `COMMAND KEY=VALUE ...`, or a transaction block
    (see the module's docstring); `line` may span lines (a value in brackets, a block).

    Raises InputError, with line and column, for nothing to send, an unclosed quote or
    bracket, a bad command name, a word that is not KEY=VALUE, a key given twice, a
    value in brackets that does not parse, or a transaction block that is not right.
    """
    words = split_words(line)
    if not words:
        raise InputError(translate("shorthand", "nothing to send"))
    command = words[0]
    if command.text == transaction.OPEN:
        return Request(
            transaction.COMMAND, transaction.parse_transaction(line, words, _read_arguments)
        )
    if not _NAME.fullmatch(command.text):
        raise error_at(f"{command.text!r} is not a command name", line, command.start)
    arguments: dict[str, Any] = {}
    _read_arguments(line, words[1:], arguments)
    return Request(command.text, arguments)


def _read_arguments(text: str, words: list[Word], target: dict[str, Any]) -> None:
    """KEY=VALUE words into `target`, dotted keys as nested objects."""
    for word in words:
        key, sep, raw = word.text.partition("=")
        if not sep or not key:
            raise error_at(f"expected KEY=VALUE, got {word.text!r}", text, word.start)
        value = parse_value(raw)
        if isinstance(value, str):
            problem = bracket_error(text, word, word.start + len(key) + 1)
            if problem is not None:
                raise problem
        _assign(target, key.split("."), value, word, text)


def _assign(target: dict[str, Any], path: list[str], value: Any, word: Word, text: str) -> None:
    for part in path[:-1]:
        nested = target.setdefault(part, {})
        if not isinstance(nested, dict):
            raise error_at(f"{word.text!r}: {part!r} already has a value", text, word.start)
        target = nested
    if path[-1] in target:
        raise error_at(f"{word.text!r}: {'.'.join(path)!r} is given twice", text, word.start)
    target[path[-1]] = value


def to_shorthand(command: str, arguments: dict[str, Any] | None = None) -> str:
    """The command in qmp-shell syntax; nested objects become dotted keys. A
    `transaction` of actions only is written as its block (qmp.transaction)."""
    if command == transaction.COMMAND:
        block = transaction.format_transaction(arguments, _command_words)
        if block is not None:
            return block
    return _command_words(command, arguments or {})


def _command_words(command: str, arguments: dict[str, Any]) -> str:
    parts = [command]
    for key, value in _flatten(arguments, ""):
        if isinstance(value, str) and _PLAIN.fullmatch(value) and parse_value(value) == value:
            text = value  # a plain word reads back as the same string
        else:
            # Compact JSON has whitespace only inside its strings, which stay one word.
            text = json.dumps(value, separators=(",", ":"))
        parts.append(f"{key}={text}")
    return " ".join(parts)


#: A string that can be written as it is: one word, no quotes, not starting with a
#: bracket (a value in brackets is read up to the bracket that closes it).
_PLAIN = re.compile(r"(?![\[{])[^\s\"'=]+")


def _flatten(obj: dict[str, Any], prefix: str) -> list[tuple[str, Any]]:
    items: list[tuple[str, Any]] = []
    for key, value in obj.items():
        if isinstance(value, dict) and value:
            items += _flatten(value, f"{prefix}{key}.")
        else:
            items.append((f"{prefix}{key}", value))
    return items
