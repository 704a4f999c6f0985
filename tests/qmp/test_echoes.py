"""QEMU's error can repeat a secret it read otherwise than meant (`set_password vnc
'pw PW'` names `PW'` as a refused `connected` action): qmp.secrets.mask_text() masks
every word of the secret in what QEMU said, and nothing else."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from qmpgui.qmp.hmp_words import read_word
from qmpgui.qmp.secrets import MASK, mask_arguments, mask_return, mask_text

HMP = "human-monitor-command"
#: The secret's letters and digits, in no command or message below.
_MARKS = "Q78"
words = st.text(_MARKS + "\"'\\,=.-", min_size=1, max_size=8).filter(
    lambda w: any(c in _MARKS for c in w)
)


def kept(text: str) -> bool:
    return any(c in text for c in _MARKS)


def echoes(line: str, start: int) -> list[str]:
    """Each word after `start` as typed and as QEMU's monitor reads it."""
    out, pos = [], start
    while (word := read_word(line, pos)) is not None:
        out += [line[word.start : word.end], *([word.value] if word.value else [])]
        pos = word.end
    return out


@given(
    st.lists(words, min_size=1, max_size=4),
    st.sampled_from(["set_password vnc", "change vnc password"]),
)
def test_any_word_of_a_password_qemu_repeats_is_masked(secret: list[str], command: str) -> None:
    line = f"{command} {' '.join(secret)}"
    arguments = {"command-line": line}
    assert not kept(mask_arguments(HMP, arguments)["command-line"])
    for echo in echoes(line, len(command)):
        for said in (
            f"Error: invalid parameter value: {echo}",
            f"Parameter 'connected' does not accept value '{echo}'\r\n",
        ):
            assert not kept(mask_text(HMP, arguments, said)), (line, said)
            assert not kept(mask_return(HMP, arguments, said)), (line, said)


def test_the_words_around_the_secret_stay() -> None:
    arguments = {"command-line": "set_password vnc 'pw a'"}
    said = "invalid parameter value: a'"
    assert mask_return(HMP, arguments, said) == f"invalid parameter value: {MASK}"
    # A one-letter word of the secret does not take the letters of other words with it.
    assert mask_text(HMP, {"command-line": "set_password vnc a b"}, "a b cab abc") == (
        f"{MASK} {MASK} cab abc"
    )


def test_pieces_of_a_secret_that_overlap_in_the_echo_are_all_masked() -> None:
    # `.',7.` is split at the comma into `.'` and `7.`, which share the dot in QEMU's
    # echo `'.',7.'`: masking one, then looking for the other, left the 7.
    said = "Parameter 'connected' does not accept value '.',7.'"
    masked = mask_text(HMP, {"command-line": "set_password vnc .',7."}, said)
    assert not kept(masked), masked
    # HMP reads a backslash as escaping the next character: QEMU repeats 7'7.
    arguments = {"command-line": 'set_password vnc "7\\\'7 77"'}
    masked = mask_text(HMP, arguments, "Error: invalid parameter value: 7'7 77")
    assert masked == f"Error: invalid parameter value: {MASK} {MASK}"


def test_a_secret_repeated_in_a_qmp_error_is_masked() -> None:
    arguments = {"protocol": "vnc", "password": "Q7 secret"}
    assert mask_text("set_password", arguments, "bad password 'Q7 secret'") == (
        f"bad password '{MASK}'"
    )
    line = 'object_add {"qom-type":"secret","id":"s","data":"\\u0051\\u0037"}'  # Q7
    assert mask_text(HMP, {"command-line": line}, "refused Q7") == f"refused {MASK}"


def test_without_a_secret_the_text_is_unchanged() -> None:
    said = "Error: invalid parameter value: vnc keep"
    # The password is `pw`, the rest what QEMU takes there: nothing of the secret said.
    assert mask_text(HMP, {"command-line": "set_password vnc pw keep"}, said) == said
    assert mask_text("query-status", None, said) == said
    assert mask_text(HMP, {"command-line": "info status"}, said) == said
    assert mask_text("set_password", {"protocol": "vnc", "password": "x"}, said) == said


def test_a_secret_not_given_as_a_string_is_masked_where_repeated() -> None:
    arguments = {"qom-type": "secret", "id": "s", "data": 7788}
    said = "Invalid parameter type for 'data', expected: string, got 7788"
    assert mask_text("object-add", arguments, said) == said.replace("7788", MASK)


def test_a_secret_under_props_is_masked_where_repeated() -> None:
    arguments = {"qom-type": "secret", "id": "s", "props": {"data": "Q7x", "format": "raw"}}
    assert mask_text("object-add", arguments, "bad 'Q7x' for raw") == f"bad '{MASK}' for raw"


def test_a_word_in_single_quotes_is_found_without_them() -> None:
    # QEMU's JSON parser takes single quotes; the line is masked whole, its words found
    # with and without their quotes.
    line = "object_add {'qom-type':'secret','id':'s','data':'Q7'}"
    assert mask_text(HMP, {"command-line": line}, "refused Q7.") == f"refused {MASK}."


def test_a_piece_that_ends_in_punctuation_is_masked_even_joined_to_a_word() -> None:
    arguments = {"command-line": "set_password vnc 'pw -Q7'"}
    assert mask_text(HMP, arguments, "keep-Q7'") == f"keep{MASK}"
    assert mask_text(HMP, arguments, "-Q7'x") == f"{MASK}x"
