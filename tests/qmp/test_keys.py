"""Key combinations read as typed, the menu's combinations, send-key's QKeyCodes from
QEMU 7.2's schema, and the Linux key codes libvirt's send-key takes."""

from __future__ import annotations

import pytest

from qmpgui.qmp.keycodes import LINUX_KEYCODES, QKEYCODES_72
from qmpgui.qmp.keys import (
    CTRL_ALT_DEL,
    CTRL_ALT_F,
    MAX_KEYS,
    PRINT_SCREEN,
    SYSRQ,
    KeyNameError,
    known_keys,
    linux_codes,
    read_keys,
    send_key_arguments,
)
from qmpgui.qmp.schema import SchemaIndex
from tests.helpers.recorded import load_schema_72

KNOWN = known_keys(())


def test_qemu_72s_schema_lists_the_qkeycodes_send_key_takes() -> None:
    codes = SchemaIndex.from_schema(load_schema_72()).key_codes
    assert codes[:4] == ("unmapped", "shift", "shift_r", "alt")
    assert {"ctrl", "delete", "sysrq", "print", "f12", "lang2"} <= set(codes)
    # The built-in list is 7.2's (for servers whose schema does not say), less unmapped.
    assert known_keys(codes) == frozenset(QKEYCODES_72) == KNOWN
    assert SchemaIndex.from_schema([{"name": "send-key", "meta-type": "command"}]).key_codes == ()


@pytest.mark.parametrize(
    ("typed", "keys"),
    [
        ("ctrl-alt-delete", ("ctrl", "alt", "delete")),
        ("Ctrl+Alt+Del", ("ctrl", "alt", "delete")),
        ("  shift - a ", ("shift", "a")),
        ("ctrl alt f7", ("ctrl", "alt", "f7")),
        ("alt-sysrq-b", ("alt", "sysrq", "b")),
        ("ctrl-minus", ("ctrl", "minus")),
        ("win", ("meta_l",)),
        ("enter", ("ret",)),
    ],
)
def test_a_typed_combination_is_read_into_qkeycodes(typed: str, keys: tuple[str, ...]) -> None:
    assert read_keys(typed, KNOWN) == keys


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("", "type a key combination, such as ctrl-alt-delete"),
        ("ctrl-alt-dleete", "'dleete' is not a key name this VM knows (did you mean 'delete'"),
        ("ctrl-unmapped", "'unmapped' is not a key name this VM knows"),
        ("ctrl-ctrl", "'ctrl' is given twice: each key is pressed once"),
        ("ctrl--", "'ctrl--' has a key name missing beside a - or +: the minus key is 'minus'"),
        ("ctrl+", "has a key name missing beside a - or +"),
        ("+ctrl", "has a key name missing beside a - or +"),
        ("-".join("abcdefghijklmnopq"), f"17 keys: at most {MAX_KEYS} are pressed at once"),
    ],
)
def test_what_cannot_be_sent_is_said_by_name(typed: str, says: str) -> None:
    with pytest.raises(KeyNameError) as caught:
        read_keys(typed, KNOWN)
    assert says in str(caught.value)


def test_the_menus_combinations() -> None:
    assert CTRL_ALT_DEL.text == "ctrl-alt-delete"
    assert [c.label for c in CTRL_ALT_F][::11] == ["Ctrl+Alt+F1", "Ctrl+Alt+F12"]
    assert PRINT_SCREEN.keys == ("print",)
    assert {c.keys[:2] for c in SYSRQ} == {("alt", "sysrq")}
    assert next(c for c in SYSRQ if c.keys[2] == "s").means == "sync the disks"
    every = [CTRL_ALT_DEL, *CTRL_ALT_F, PRINT_SCREEN, *SYSRQ]
    assert all(read_keys(c.text, KNOWN) == c.keys for c in every)  # each one QEMU 7.2 takes


def test_send_keys_arguments_are_qmps() -> None:
    assert send_key_arguments(("ctrl", "alt", "delete")) == {
        "keys": [
            {"type": "qcode", "data": "ctrl"},
            {"type": "qcode", "data": "alt"},
            {"type": "qcode", "data": "delete"},
        ],
        "hold-time": 100,
    }


def test_linux_key_codes_are_input_event_codes() -> None:
    # linux/input-event-codes.h: KEY_LEFTCTRL 29, KEY_LEFTALT 56, KEY_DELETE 111,
    # KEY_BACKSPACE 14, KEY_F1 59, KEY_F11 87, KEY_SYSRQ 99, KEY_B 48, KEY_LEFTMETA 125.
    assert linux_codes(["ctrl", "alt", "delete"]) == [29, 56, 111]
    assert linux_codes(["backspace", "f1", "f11", "sysrq", "print", "b", "meta_l"]) == [
        14,
        59,
        87,
        99,
        99,
        48,
        125,
    ]
    assert set(QKEYCODES_72) <= LINUX_KEYCODES.keys()
    with pytest.raises(KeyNameError, match="'unmapped' has no Linux key code"):
        linux_codes(["unmapped"])
    assert known_keys(["ctrl", "unmapped", "newkey"], domain=True) == {"ctrl"}
