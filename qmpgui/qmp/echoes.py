"""A secret QEMU echoes back: the words masking took out of a command, found again in
what QEMU said about it, so that they can be masked there too.

QEMU repeats a value it refuses in its error ("invalid parameter value: PW'", from
qapi's enum visitor), and a password QEMU read otherwise than meant is such a value:
`set_password vnc 'pw PW'` (HMP quotes only with double quotes) takes `'pw` as the
password and refuses `PW'` as the `connected` action, naming it. qmp.secrets masks
the command; this module finds its secret's words in the error and in HMP's output.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

#: Where a secret's words end in a command: spaces (HMP words), and what separates
#: keyval pairs and JSON values (`data=PW,id=s`, `{"data":"PW"}`).
_SEPARATORS = re.compile(r"[\s,=:{}\[\]\"]+")
#: What a word strips to when QEMU reads it: quotes and an escape's backslash.
_QUOTES = "'\\"
#: A piece is masked where it stands as a word of its own: not inside a longer word
#: (a one-letter password does not take every "a" of an error with it). Only its ends
#: that are letters or digits need a boundary: one of punctuation is found anywhere.
_WORD_CHAR = r"[A-Za-z0-9_]"


def pieces(original: Any, masked: Any, mask: str) -> set[str]:
    """The words of `original` (a command's arguments: JSON values, objects nested)
    that `masked` (the same with secrets replaced by `mask`) no longer holds: each
    value that differs, whole when it was masked whole, and each of its words that the
    masked value has fewer of (counted, so a password that repeats a word of the line
    is still found), also with its quotes stripped and JSON's escapes read."""
    found: set[str] = set()
    _collect(original, masked, mask, found)
    return {piece for piece in found if piece and piece != mask}


def _collect(original: Any, masked: Any, mask: str, found: set[str]) -> None:
    if isinstance(original, dict) and isinstance(masked, dict):
        for key, value in original.items():
            _collect(value, masked.get(key), mask, found)
        return
    if original == masked:
        return
    # A value masked is a string (MASK, or a line with MASK in it); what it replaced
    # may be anything JSON holds (object-add's `data` given as a number, say).
    text = original if isinstance(original, str) else json.dumps(original)
    kept = str(masked)
    if kept == mask:
        found.add(text)
    lost = Counter(_SEPARATORS.split(text)) - Counter(_SEPARATORS.split(kept))
    for word in lost:
        found.update(_read_forms(word))


def _read_forms(word: str) -> Iterator[str]:
    """`word`, `word` without its quotes, that with HMP's backslash escapes read, and
    `word` with JSON's escapes read (`\\u0050` is P) when they read."""
    yield word
    yield word.strip(_QUOTES)
    # HMP reads a backslash as escaping the next character (`"7\\'7"` is 7'7).
    yield re.sub(r"\\(.)", r"\1", word.strip(_QUOTES))
    with contextlib.suppress(ValueError):
        yield str(json.loads(f'"{word}"'))  # a word has no `"`: it was split there


def scrub(text: str, found: set[str], mask: str) -> str:
    """`text` with each of `found` that stands as a word of its own (not inside a longer
    word) replaced by `mask`: every place any of them stands is found first, on the
    text as given, and places that overlap become one `mask`. (Replacing one piece after
    another let the first break up the next: `.'` masked out of `'.',7.'` left `7`.)"""
    spans: list[tuple[int, int]] = []
    for piece in found:
        before = f"(?<!{_WORD_CHAR})" if re.match(_WORD_CHAR, piece[0]) else ""
        after = f"(?!{_WORD_CHAR})" if re.match(_WORD_CHAR, piece[-1]) else ""
        # A lookahead finds each start, overlapping ones too ("aa" twice in "aaa").
        for match in re.finditer(f"(?=({before}{re.escape(piece)}{after}))", text):
            spans.append((match.start(), match.start() + len(piece)))
    out, done = [], 0
    for start, end in sorted(spans):
        if start < done:  # overlaps the place masked before: it grows
            done = max(done, end)
            continue
        out += [text[done:start], mask]
        done = end
    return "".join(out) + text[done:]
