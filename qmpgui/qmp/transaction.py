"""qmp-shell's transaction sub-shell: several actions sent as one `transaction`.

    transaction(
    block-dirty-bitmap-add node=drive0 name=bitmap0
    block-dirty-bitmap-clear node=drive0 name=bitmap1
    )

`transaction(` opens the block (an action may follow it on its line), each line
is one action `TYPE KEY=VALUE ...` (the values read as in qmp.shorthand_words),
and `)` closes it, on a line of its own or after the last action's values; the
one-line form is `transaction( TYPE KEY=VALUE ... )`. The command sent is
`{"execute": "transaction", "arguments": {"actions": [{"type": TYPE, "data":
{...}}, ...]}}`, each action with its `data`, as qmp-shell builds it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from qmpgui.i18n import translate
from qmpgui.qmp.shorthand_words import InputError, Word, error_at, position, split_words

#: The word that opens a transaction block, and the one that closes it.
OPEN = "transaction("
CLOSE = ")"
#: The command a transaction block sends.
COMMAND = "transaction"

#: Reads one action's KEY=VALUE words into its data: (text, words, data) -> None.
ReadArguments = Callable[[str, list[Word], dict[str, Any]], None]


def opens_transaction(text: str) -> bool:
    """True when the first word of `text` is `transaction(`. Never raises."""
    first = text.split(maxsplit=1)
    return bool(first) and first[0] == OPEN


def closes_transaction(line: str) -> bool:
    """True when the last word of `line` is the `)` that ends a transaction block (a
    quoted `")"` is a value, not the end). Never raises."""
    try:
        words = split_words(line)
    except InputError:
        return False
    return bool(words) and words[-1].text == CLOSE


def transaction_pending(text: str) -> bool:
    """True when `text` opens a transaction block whose `)` has not come yet, so that
    Enter starts the next line instead of sending. Never raises."""
    if not opens_transaction(text):
        return False
    try:
        words = split_words(text)
    except InputError:
        return True  # a quote or a bracket still open: the block goes on
    return not any(word.text == CLOSE for word in words)


def parse_transaction(text: str, words: list[Word], read: ReadArguments) -> dict[str, Any]:
    """The arguments of the `transaction` that the block `text` gives: `{"actions":
    [{"type": str, "data": dict}, ...]}`. `words` are the words of `text` (the first
    is `transaction(`); `read` reads an action's KEY=VALUE words into its data.

    An action is the words that start on one line. Raises InputError, with line and
    column, for a block that is not closed, words after its `)`, a bad action type,
    or what `read` raises.
    """
    actions: list[dict[str, Any]] = []
    line: list[Word] = []
    closed: Word | None = None

    def finish() -> None:
        if line:
            actions.append(_action(text, line, read))
            line.clear()

    for word in words[1:]:
        if closed is not None:
            raise error_at(
                f"{word.text!r} after the ')' that ends the transaction", text, word.start
            )
        if word.text == CLOSE:
            finish()
            closed = word
            continue
        if line and _line_of(text, word) != _line_of(text, line[0]):
            finish()
        line.append(word)
    if closed is None:
        raise error_at(
            translate(
                "transaction",
                "the transaction is not closed: end it with ')', on a line of its own or after the last action",
            ),
            text,
            words[0].start,
        )
    return {"actions": actions}


#: Action types, as QEMU names them (TransactionActionKind), downstream ones included.
_TYPE = re.compile(r"[A-Za-z_][A-Za-z0-9_.\-]*")


def _action(text: str, words: list[Word], read: ReadArguments) -> dict[str, Any]:
    kind = words[0]
    if not _TYPE.fullmatch(kind.text):
        raise error_at(f"{kind.text!r} is not a transaction action", text, kind.start)
    data: dict[str, Any] = {}
    read(text, words[1:], data)
    return {"type": kind.text, "data": data}


def _line_of(text: str, word: Word) -> int:
    return position(text, word.start)[0]


def actions_of(arguments: dict[str, Any] | None) -> list[tuple[str, dict[str, Any]]] | None:
    """The (type, data) of each action of a `transaction`'s `arguments` when they are
    only `actions`, each `{"type": str, "data": dict}` as qmp-shell builds them; else
    None. Never raises."""
    if not arguments or set(arguments) != {"actions"}:
        return None
    actions = arguments["actions"]
    if not isinstance(actions, list):
        return None
    found: list[tuple[str, dict[str, Any]]] = []
    for action in actions:
        if not isinstance(action, dict) or set(action) != {"type", "data"}:
            return None
        kind, data = action["type"], action["data"]
        if not isinstance(kind, str) or not _TYPE.fullmatch(kind) or not isinstance(data, dict):
            return None
        found.append((kind, data))
    return found


def format_transaction(
    arguments: dict[str, Any] | None, words: Callable[[str, dict[str, Any]], str]
) -> str | None:
    """The block that sends a `transaction` with these `arguments`, one action per line
    (`words` writes one action: its type and data as shorthand), or the one-line form
    for a single action; None when the arguments have more than qmp-shell's form
    holds (`properties`) or are not actions. Never raises."""
    actions = actions_of(arguments)
    if actions is None:
        return None
    lines = [words(kind, data) for kind, data in actions]
    if len(lines) <= 1:
        return " ".join([OPEN, *lines, CLOSE])
    return "\n".join([OPEN, *lines, CLOSE])
