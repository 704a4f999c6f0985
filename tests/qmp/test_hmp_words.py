"""qmp.hmp_words reads an HMP line as QEMU's monitor does (monitor/hmp.c: get_command_name(),
get_str() and the `-` option type), so that masking finds the word QEMU takes as the
secret, however it is quoted."""

from __future__ import annotations

import pytest

from qmpgui.qmp.hmp_words import Word, command_name, read_word, skip_option


def test_the_command_name_ends_at_a_space_or_a_format() -> None:
    # `x/fmt addr` and `p/fmt expr` (hmp-commands.hx): the format follows the name.
    assert command_name("x/4x 0x1000") == ("x", 1)
    assert command_name("  info\tstatus") == ("info", 6)
    assert command_name("   ") == ("", 3)


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ('"a b"', "a b"),
        ('"a\\"b"', 'a"b'),
        ('"a\\\\b"', "a\\b"),
        ('"a\\nb\\rc"', "a\nb\rc"),
        ('"a\\\'b"', "a'b"),
        ('""', ""),
        ('"\\\\"', "\\"),
    ],
)
def test_a_quoted_string_with_the_monitors_escapes(typed: str, value: str) -> None:
    line = f"set_password vnc {typed} keep"
    word = read_word(line, 16)
    assert word == Word(17, 17 + len(typed), value)
    assert line[word.end :] == " keep"


@pytest.mark.parametrize("typed", ['"a\\tb" keep', '"a\\', '"ab keep', '"a\\"'])
def test_a_string_qemu_refuses_runs_to_the_end_of_the_line(typed: str) -> None:
    """get_str(): "unsupported escape code" for any other escape, "unterminated string"
    without the closing quote."""
    line = f"set_password vnc {typed}"
    assert read_word(line, 16) == Word(17, len(line), None)


def test_a_plain_word_ends_at_a_space() -> None:
    line = 'set_password vnc\tpw\\x"y keep'
    assert read_word(line, 16) == Word(17, 23, 'pw\\x"y')
    assert read_word("info  ", 4) is None


def test_an_option_is_read_at_its_place() -> None:
    assert skip_option("qom-set -j /o data 1", 7, "j") == 10
    assert skip_option("qom-set /o data 1", 7, "j") == 7
    assert skip_option("change vnc -fx", 10, "f") == 13
