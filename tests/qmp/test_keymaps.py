"""QEMU's keymaps read into how each character is typed (the keymaps QEMU's package
installs, the keysyms' characters from libxkbcommon)."""

from __future__ import annotations

from qmpgui.qmp.keymaps import KeyOfChar, layouts, load_keymap, parse_keymap
from qmpgui.qmp.screen_input import keystrokes


def test_the_german_keymap_types_umlauts_y_and_z_and_altgr_characters() -> None:
    assert {"de", "en-us", "fr"} <= set(layouts())
    de = load_keymap("de")
    assert de is not None
    assert de["ä"] == KeyOfChar("apostrophe")
    assert (de["y"], de["z"], de["Z"]) == (KeyOfChar("z"), KeyOfChar("y"), KeyOfChar("y", True))
    assert de["€"] == KeyOfChar("e", altgr=True) and de["@"] == KeyOfChar("q", altgr=True)
    assert de["1"] == KeyOfChar("1")  # the main row's, not the keypad's
    strokes, missing = keystrokes("a\n€", de)
    assert [s.key for s in strokes] == ["a", "ret", "e"] and missing == []
    assert strokes[2].events()[0] == {
        "type": "key",
        "data": {"down": True, "key": {"type": "qcode", "data": "alt_r"}},
    }


def test_lines_with_other_modifiers_and_unknown_layouts_are_left_out() -> None:
    text = '# evdev 79, QKeyCode "kp_1", number 0x4f\nKP_End 0x4f\nKP_1 0x4f numlock\n'
    assert parse_keymap(text) == {}
    assert load_keymap("../etc/passwd") is None and load_keymap("xx-nosuch") is None
