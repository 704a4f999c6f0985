"""An HMP command line read the way QEMU's monitor reads it (monitor/hmp.c), for masking.

The command name runs from the first non-space to a space or `/` (the start of a
format, `x/4x`). A string argument (`s`, `B`, `F` in hmp-commands.hx) is a word up to
the next space, or a double-quoted string with the escapes `\\n`, `\\r`, `\\\\`,
`\\'` and `\\"`; any other escape, or a missing closing quote, makes QEMU refuse the
line. An `S` argument is the rest of the line. An option (`-f`) is read at its place
in the argument list. Spaces are C's: space, tab, line feed, vertical tab, form feed,
carriage return.
"""

from __future__ import annotations

from dataclasses import dataclass

#: qemu_isspace(): C's isspace() in the C locale.
SPACES = " \t\n\v\f\r"
_ESCAPES = {"n": "\n", "r": "\r", "\\": "\\", "'": "'", '"': '"'}


@dataclass(frozen=True, slots=True)
class Word:
    """One string argument: `line[start:end]` as typed and its `value` as QEMU reads it;
    `value` is None when QEMU refuses the word (an unterminated quote or an unknown
    escape), and then `end` is the end of the line."""

    start: int
    end: int
    value: str | None


def skip_spaces(line: str, pos: int) -> int:
    """The index of the first non-space at or after `pos` (len(line) when none)."""
    while pos < len(line) and line[pos] in SPACES:
        pos += 1
    return pos


def command_name(line: str) -> tuple[str, int]:
    """The command's name and the index just after it; ("", len) for a blank line."""
    start = skip_spaces(line, 0)
    end = start
    while end < len(line) and line[end] not in SPACES and line[end] != "/":
        end += 1
    return line[start:end], end


def read_word(line: str, pos: int) -> Word | None:
    """The string argument that starts after the spaces at `pos`; None at the line's end."""
    start = skip_spaces(line, pos)
    if start == len(line):
        return None
    if line[start] != '"':
        end = start
        while end < len(line) and line[end] not in SPACES:
            end += 1
        return Word(start, end, line[start:end])
    chars: list[str] = []
    pos = start + 1
    while pos < len(line) and line[pos] != '"':
        if line[pos] == "\\":
            escaped = _ESCAPES.get(line[pos + 1 : pos + 2])
            if escaped is None:
                return Word(start, len(line), None)  # "unsupported escape code"
            chars.append(escaped)
            pos += 2
        else:
            chars.append(line[pos])
            pos += 1
    if pos == len(line):
        return Word(start, len(line), None)  # "unterminated string"
    return Word(start, pos + 1, "".join(chars))


def skip_option(line: str, pos: int, letter: str) -> int:
    """The index after option `-letter` when it comes next, else `pos` unchanged."""
    start = skip_spaces(line, pos)
    if line[start : start + 2] == f"-{letter}":
        return start + 2
    return pos
