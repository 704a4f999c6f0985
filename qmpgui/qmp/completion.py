"""What the console offers at the cursor: command names, argument names, enum values.

Works on shorthand (`eject id=cd0 fo`) and on a JSON command being typed
(`{"execute": "query-bl`, `"arguments": {"de`). Each item says what to insert
and, for the popup, what it is (type, optional).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from qmpgui.qmp.schema import SchemaIndex


@dataclass(frozen=True, slots=True)
class Item:
    """One completion: `insert` replaces the prefix, `label` and `detail` are shown."""

    #: The text that replaces the prefix (with `=` or a closing quote where it helps).
    insert: str
    #: The name shown in the popup.
    label: str
    #: What it is: "2 arguments" for a command, "string (optional)" for an argument, a
    #: value's type; may be empty.
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Completion:
    """What to offer at the cursor: the items that complete `prefix`."""

    #: Where the replaced text starts in the text before the cursor.
    start: int
    #: The text already typed that the items complete (from `start` to the cursor).
    prefix: str
    items: tuple[Item, ...]


_EXECUTE = re.compile(r'"(?:execute|exec-oob)"\s*:\s*"([^"]*)$')
_JSON_COMMAND = re.compile(r'"(?:execute|exec-oob)"\s*:\s*"([^"]+)"')
_JSON_KEY = re.compile(r'[{,]\s*"([^"]*)$')
_JSON_VALUE = re.compile(r'"([^"]+)"\s*:\s*"([^"]*)$')


def complete(index: SchemaIndex, before: str) -> Completion | None:
    """Completions for the text before the cursor, or None when there is nothing to offer.

    `index` is the server's schema (qmp.schema); `before` is the console's text up to the
    cursor, shorthand or JSON. Never raises.
    """
    if before.lstrip().startswith("{"):
        return _complete_json(index, before)
    return _complete_shorthand(index, before)


def _commands(index: SchemaIndex, prefix: str, start: int, quote: str = "") -> Completion:
    items = []
    for name in index.complete_command(prefix):
        info = index.commands[name]
        count = len(info.arguments)
        detail = f"{count} argument{'s' if count != 1 else ''}" if count else ""
        items.append(Item(name + quote, name, detail))
    return Completion(start, prefix, tuple(items))


def _complete_shorthand(index: SchemaIndex, before: str) -> Completion | None:
    words = before.split()
    at_new_word = before[-1:].isspace() or not before
    if not words or (len(words) == 1 and not at_new_word):
        prefix = words[0] if words else ""
        return _commands(index, prefix, len(before) - len(prefix))
    command = words[0]
    current = "" if at_new_word else words[-1]
    start = len(before) - len(current)
    key, sep, value = current.partition("=")
    if sep:
        return _values(index, command, key, value, start + len(key) + 1)
    given = {w.partition("=")[0].split(".")[0] for w in words[1:] if "=" in w}
    items = tuple(
        Item(f"{a.name}=", a.name, a.label.partition(": ")[2])
        for a in index.complete_argument(command, key, given)
    )
    return Completion(start, key, items)


def _values(
    index: SchemaIndex, command: str, key: str, prefix: str, start: int, *, quote: str = ""
) -> Completion | None:
    info = index.commands.get(command)
    argument = info.argument(key) if info else None
    if argument is None:
        return None
    if argument.values:
        found = [v for v in argument.values if v.startswith(prefix)]
    elif argument.type == "boolean":
        found = [v for v in ("true", "false") if v.startswith(prefix)]
    else:
        return None
    return Completion(start, prefix, tuple(Item(v + quote, v, argument.type) for v in found))


def _complete_json(index: SchemaIndex, before: str) -> Completion | None:
    match = _EXECUTE.search(before)
    if match:
        return _commands(index, match.group(1), match.start(1), '"')
    command_match = _JSON_COMMAND.search(before)
    command = command_match.group(1) if command_match else ""
    if '"arguments"' not in before:
        return None
    value = _JSON_VALUE.search(before)
    if value and command:
        return _values(index, command, value.group(1), value.group(2), value.start(2), quote='"')
    key = _JSON_KEY.search(before)
    if key and command:
        arguments_part = before.split('"arguments"', 1)[1]
        given = set(re.findall(r'"([^"]+)"\s*:', arguments_part))
        items = tuple(
            Item(f'{a.name}": ', a.name, a.label.partition(": ")[2])
            for a in index.complete_argument(command, key.group(1), given)
        )
        return Completion(key.start(1), key.group(1), items)
    return None
