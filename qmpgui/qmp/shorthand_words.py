"""The words of qmp-shell shorthand and what each value means, for qmp.shorthand and
qmp.transaction.

Words are split at whitespace, as qmp-shell splits them, except inside quotes and
inside a value in brackets: `value={"a": [1, 2]}` is one word, up to the bracket
that closes its first one. A value is JSON where it parses; else, as qmp-shell
reads it, `true`/`false` in any case (`True`), Python's `None`, or, in brackets, a
Python literal (`{'a': 1}`, with JSON's true/false/null too); else the text itself.
"""

from __future__ import annotations

import ast
import json
import warnings
from dataclasses import dataclass
from typing import Any

from qmpgui.i18n import translate


class InputError(ValueError):
    """Input that cannot be sent; `line` and `column` are 1-based (0: the whole input)."""

    def __init__(self, message: str, line: int = 0, column: int = 0) -> None:
        where = (
            translate("InputError", "line {line}, column {column}: ").format(
                line=line, column=column
            )
            if line
            else ""
        )
        super().__init__(where + message)
        self.message = message
        self.line = line
        self.column = column


class UnclosedBracket(InputError):
    """A value in brackets that has not closed yet: more lines may close it."""


@dataclass(frozen=True, slots=True)
class Word:
    """One word of the input: its `text` and where it starts (`start`, an offset into
    the text that was split, 0-based)."""

    text: str
    start: int


def position(text: str, offset: int) -> tuple[int, int]:
    """The 1-based (line, column) of `offset` (0-based) in `text`."""
    line_start = text.rfind("\n", 0, offset) + 1
    return text.count("\n", 0, offset) + 1, offset - line_start + 1


def error_at(message: str, text: str, offset: int) -> InputError:
    """An InputError at `offset` of `text`."""
    return InputError(message, *position(text, offset))


def split_words(text: str) -> list[Word]:
    """The words of `text`, in order (see the module's docstring).

    Raises InputError, at the quote or bracket, for a quote that never closes, and
    UnclosedBracket (an InputError) for a bracket that never closes.
    """
    words: list[Word] = []
    offset, end = 0, len(text)
    while offset < end:
        if text[offset].isspace():
            offset += 1
            continue
        start = offset
        offset = _word_end(text, offset)
        words.append(Word(text[start:offset], start))
    return words


def _word_end(text: str, offset: int) -> int:
    keyed = False
    while offset < len(text) and not text[offset].isspace():
        char = text[offset]
        if char in "\"'":
            # Outside brackets a single quote only groups, as before: no escapes in it.
            offset = _quote_end(text, offset, escapes=char == '"')
        elif char == "=" and not keyed:
            keyed = True  # only the first = separates; a value may hold more
            offset += 1
            if offset < len(text) and text[offset] in "{[":
                offset = _bracket_end(text, offset)
        else:
            offset += 1
    return offset


def _quote_end(text: str, offset: int, *, escapes: bool) -> int:
    quote, at = text[offset], offset + 1
    while at < len(text):
        if escapes and text[at] == "\\":
            at += 2
            continue
        if text[at] == quote:
            return at + 1
        at += 1
    raise error_at(translate("shorthand_words", "unclosed quote"), text, offset)


def _bracket_end(text: str, offset: int) -> int:
    """Past the bracket that closes the one at `offset`: spaces and line breaks inside
    belong to the value, and so do brackets inside its strings."""
    depth, at = 0, offset
    while at < len(text):
        char = text[at]
        if char in "\"'":
            at = _quote_end(text, at, escapes=True)  # JSON and Python strings escape alike
            continue
        if char in "{[":
            depth += 1
        elif char in "}]":
            depth -= 1
            if depth == 0:
                return at + 1
        at += 1
    line, column = position(text, offset)
    message = f"unclosed {text[offset]!r}: the value ends where its brackets close"
    raise UnclosedBracket(message, line, column)


#: What parse_value() gives back for text that is not a Python literal.
_NOT_LITERAL = object()


def parse_value(text: str) -> Any:
    """What the value `text` means: JSON where it parses (numbers, true, null, lists,
    objects, quoted strings); true/false in any case; None; in brackets a Python
    literal; else the text. Never raises.

    Single quotes only group: `'{"a": 1}'` is the object, `'two words'` the string.
    """
    if len(text) >= 2 and text[0] == text[-1] == "'":
        text = text[1:-1]
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        pass
    except RecursionError:  # nested deeper than the parser goes: not a value to send
        return text
    # As qmp-shell reads them: `True`, `FALSE`; and None, as its documentation promises.
    if text.lower() in ("true", "false"):
        return text.lower() == "true"
    if text == "None":
        return None
    if text.startswith(("{", "[")):
        value = python_literal(text)
        if value is not _NOT_LITERAL:
            return value
    return text


#: JSON's names for Python's True, False and None.
_JSON_NAMES: dict[str, Any] = {"true": True, "false": False, "null": None}


class _JsonNames(ast.NodeTransformer):
    """JSON's true, false and null in a Python literal, as qmp-shell's FuzzyJSON has them."""

    def visit_Name(self, node: ast.Name) -> ast.AST:
        if node.id in _JSON_NAMES:
            return ast.Constant(value=_JSON_NAMES[node.id])
        return node


def python_literal(text: str) -> Any:
    """`text` read as a Python literal whose value JSON can carry (dicts with string
    keys, lists or tuples, strings, numbers, True/False/None and JSON's names for
    them), tuples made lists; `_NOT_LITERAL` for anything else. Never raises."""
    try:
        with warnings.catch_warnings():
            # `'\d'` is a warning to the compiler (Deprecation-, since 3.12 SyntaxWarning)
            # and the string `\d` to a user: no warning on standard error.
            warnings.simplefilter("ignore")
            parsed = ast.parse(text.strip(), mode="eval")
        return _as_json(ast.literal_eval(_JsonNames().visit(parsed)))
    except (SyntaxError, ValueError, TypeError, RecursionError, MemoryError):
        return _NOT_LITERAL


def _as_json(value: Any) -> Any:
    """`value` as JSON values; raises ValueError for what JSON has no form of."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list | tuple):
        return [_as_json(item) for item in value]
    if isinstance(value, dict) and all(isinstance(key, str) for key in value):
        return {key: _as_json(item) for key, item in value.items()}
    raise ValueError(
        translate("shorthand_words", "no JSON form for {kind}").format(kind=type(value).__name__)
    )


def bracket_error(text: str, word: Word, value_start: int) -> InputError | None:
    """For a value in brackets with whitespace inside that is neither JSON nor a Python
    literal, the error to give, where JSON (or, for a value with single quotes, Python)
    stopped reading; else None. `value_start` is the value's offset in `text`.

    A value in brackets without whitespace that does not parse stays text, as it was
    before qmpgui read bracketed values whole (and as qmp-shell has it).
    """
    raw = word.text[value_start - word.start :]
    if not raw.startswith(("{", "[")) or not any(c.isspace() for c in raw):
        return None
    where, why = _python_problem(raw) if "'" in raw else _json_problem(raw)
    return error_at(
        translate("shorthand_words", "not a JSON or Python value: {why}").format(why=why),
        text,
        value_start + where,
    )


def _json_problem(raw: str) -> tuple[int, str]:
    try:
        json.loads(raw)
    except json.JSONDecodeError as err:
        return err.pos, err.msg
    except RecursionError:
        pass
    return 0, translate("shorthand_words", "nested too deeply")


def _python_problem(raw: str) -> tuple[int, str]:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ast.parse(raw, mode="eval")
    except SyntaxError as err:
        lines = raw.split("\n")
        line = min(max(err.lineno or 1, 1), len(lines))
        offset = sum(len(text) + 1 for text in lines[: line - 1]) + max((err.offset or 1) - 1, 0)
        return min(offset, len(raw) - 1), err.msg
    except (ValueError, RecursionError, MemoryError):
        pass
    return 0, translate(
        "shorthand_words",
        "only strings, numbers, True, False, None, lists and dicts with string keys",
    )
