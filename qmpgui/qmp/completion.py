"""What the console offers at the cursor: command names, argument names, enum values.

Works on shorthand (`eject id=cd0 fo`), on the actions of a transaction block
(`transaction(` then `block-dirty-bitmap-add no`, qmp.transaction) and on a JSON
command being typed (`{"execute": "query-bl`, `"arguments": {"de`). Each item
says what to insert and, for the popup, what it is (type, optional).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from qmpgui.i18n import PLURAL, translate
from qmpgui.qmp import transaction
from qmpgui.qmp.live_completion import value_kind
from qmpgui.qmp.schema import CommandInfo, SchemaIndex


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


#: The VM's own names for an argument: (command, key, prefix typed, the other arguments
#: typed so far by key) -> the values that exist now (ids, nodes, jobs, a path's
#: properties: qmp.live_completion); [] for none. Never waits.
LiveValues = Callable[[str, str, str, Mapping[str, str]], list[str]]

_EXECUTE = re.compile(r'"(?:execute|exec-oob)"\s*:\s*"([^"]*)$')
_JSON_COMMAND = re.compile(r'"(?:execute|exec-oob)"\s*:\s*"([^"]+)"')
_JSON_KEY = re.compile(r'[{,]\s*"([^"]*)$')
_JSON_VALUE = re.compile(r'"([^"]+)"\s*:\s*"([^"]*)$')
_JSON_PAIR = re.compile(r'"([^"]+)"\s*:\s*"([^"]*)"')


def complete(index: SchemaIndex, before: str, live: LiveValues | None = None) -> Completion | None:
    """Completions for the text before the cursor, or None when there is nothing to offer.

    `index` is the server's schema (qmp.schema); `before` is the console's text up to the
    cursor, shorthand or JSON; `live` gives the VM's own names after a key that names
    one (`eject id=`: the removable drives). Never raises.
    """
    if before.lstrip().startswith("{"):
        return _complete_json(index, before, live)
    return _complete_shorthand(index, before, live)


def _commands(index: SchemaIndex, prefix: str, start: int, quote: str = "") -> Completion:
    items = []
    for name in index.complete_command(prefix):
        items.append(Item(name + quote, name, _count(index.commands[name])))
        if name == transaction.COMMAND and not quote:  # qmp-shell's block, in shorthand
            items.append(
                Item(
                    transaction.OPEN,
                    transaction.OPEN,
                    translate("completion", "actions, one per line, then )"),
                )
            )
    return Completion(start, prefix, tuple(items))


def _complete_shorthand(
    index: SchemaIndex, before: str, live: LiveValues | None
) -> Completion | None:
    if transaction.opens_transaction(before):
        return _complete_action(index, before, live)
    words = before.split()
    at_new_word = before[-1:].isspace() or not before
    if not words or (len(words) == 1 and not at_new_word):
        prefix = words[0] if words else ""
        return _commands(index, prefix, len(before) - len(prefix))
    return _complete_arguments(index.commands.get(words[0]), before, live)


def _complete_arguments(
    info: CommandInfo | None, before: str, live: LiveValues | None = None
) -> Completion | None:
    """After a command's (or an action's) name: its argument names not given yet, or,
    after `name=`, the argument's values."""
    words = before.split()
    current = "" if before[-1:].isspace() else words[-1]
    start = len(before) - len(current)
    key, sep, value = current.partition("=")
    if sep:
        typed = dict(w.partition("=")[::2] for w in words[1:-1] if "=" in w)
        return _values(info, key, value, start + len(key) + 1, live=live, typed=typed)
    if info is None:
        return Completion(start, key, ())
    given = {w.partition("=")[0].split(".")[0] for w in words[1:] if "=" in w}
    items = tuple(
        Item(f"{a.name}=", a.name, a.label.partition(": ")[2])
        for a in info.complete_argument(key, given)
    )
    return Completion(start, key, items)


def _complete_action(index: SchemaIndex, before: str, live: LiveValues | None) -> Completion | None:
    """In a transaction block: action types at the start of a line (and the `)` that
    ends the block), then the action's arguments, from its `data` in the schema."""
    line_start = before.rfind("\n") + 1
    if line_start == 0:  # the first line: what follows `transaction(`
        opened = before.index(transaction.OPEN) + len(transaction.OPEN)
        if opened == len(before):
            return None  # still on the word itself
        line_start = opened
    line = before[line_start:]
    words = line.split()
    if not words or (len(words) == 1 and not line[-1:].isspace()):
        prefix = words[0] if words else ""
        items = [
            Item(name, name, _count(info))
            for name, info in sorted(index.actions.items())
            if name.startswith(prefix)
        ]
        if transaction.CLOSE.startswith(prefix):
            items.append(
                Item(
                    transaction.CLOSE,
                    transaction.CLOSE,
                    translate("completion", "ends the transaction"),
                )
            )
        return Completion(len(before) - len(prefix), prefix, tuple(items))
    if words[0] == transaction.CLOSE:
        return None
    found = _complete_arguments(index.actions.get(words[0]), line, live)
    if found is None:
        return None
    return Completion(found.start + line_start, found.prefix, found.items)


def _count(info: CommandInfo) -> str:
    count = len(info.arguments)
    return translate("completion", "%n argument(s)", None, PLURAL, count) if count else ""


def _values(
    info: CommandInfo | None,
    key: str,
    prefix: str,
    start: int,
    *,
    quote: str = "",
    live: LiveValues | None = None,
    typed: Mapping[str, str] | None = None,
) -> Completion | None:
    if info is not None and live is not None:
        found = live(info.name, key, prefix, typed or {})
        names = [v for v in found if v.startswith(prefix)]
        if names:
            kind = value_kind(info.name, key)  # what the names are, for the popup
            said = (
                translate("completion", "{kind} in this VM").format(
                    kind=translate("live_completion", kind)
                )
                if kind
                else translate("completion", "in this VM")
            )
            return Completion(start, prefix, tuple(Item(v + quote, v, said) for v in names))
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


def _complete_json(index: SchemaIndex, before: str, live: LiveValues | None) -> Completion | None:
    match = _EXECUTE.search(before)
    if match:
        return _commands(index, match.group(1), match.start(1), '"')
    command_match = _JSON_COMMAND.search(before)
    command = command_match.group(1) if command_match else ""
    if '"arguments"' not in before:
        return None
    value = _JSON_VALUE.search(before)
    if value and command:
        info = index.commands.get(command)
        arguments_part = before[: value.start()].split('"arguments"', 1)[-1]
        typed = dict(_JSON_PAIR.findall(arguments_part))
        return _values(
            info,
            value.group(1),
            value.group(2),
            value.start(2),
            quote='"',
            live=live,
            typed=typed,
        )
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
