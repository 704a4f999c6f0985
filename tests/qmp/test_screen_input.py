"""The screen view's input as input-send-event takes it: keys by their place on the
keyboard, the pointer on QEMU's axes, text as a US keyboard types it, the release
combination, and keys masked wherever commands are logged."""

from __future__ import annotations

import pytest

from qmpgui.qmp.keycodes import LINUX_KEYCODES
from qmpgui.qmp.screen_input import (
    ABS_MAX,
    Keystroke,
    abs_events,
    has_tablet,
    keystrokes,
    missing_text,
    qkeycode_from_native,
    rel_events,
    release_keys,
    releases,
    wheel_events,
)
from qmpgui.qmp.secrets import MASK, mask_arguments


def test_x11_keycodes_name_the_key_by_its_place() -> None:
    # X keycode = evdev + 8: 49 is the key left of 1 on every layout, 38 the A key's
    # place (Q on a French keyboard), 24 the Q key's place (A on a French keyboard).
    assert qkeycode_from_native(49) == "grave_accent"
    assert qkeycode_from_native(38) == "a"
    assert qkeycode_from_native(24) == "q"
    assert qkeycode_from_native(41, x11=False) == "grave_accent"
    assert qkeycode_from_native(0) is None  # offscreen: no code given
    assert qkeycode_from_native(8 + 999) is None
    # Where two QKeyCodes share a Linux code, the key a keyboard has.
    assert qkeycode_from_native(99 + 8) == "print" and qkeycode_from_native(55 + 8) == (
        "kp_multiply"
    )
    # Every other QKeyCode is reached from its code.
    for name, code in LINUX_KEYCODES.items():
        if name not in ("sysrq", "asterisk"):
            assert qkeycode_from_native(code + 8) == name


def test_the_pointer_is_scaled_to_qemus_axes_and_kept_inside() -> None:
    assert abs_events(0, 0, 1024, 768) == [
        {"type": "abs", "data": {"axis": "x", "value": 0}},
        {"type": "abs", "data": {"axis": "y", "value": 0}},
    ]
    right, bottom = abs_events(1023, 767, 1024, 768)
    assert right["data"] == {"axis": "x", "value": ABS_MAX}
    assert bottom["data"] == {"axis": "y", "value": ABS_MAX}
    outside = abs_events(-5, 2000, 1024, 768)
    assert [e["data"]["value"] for e in outside] == [0, ABS_MAX]  # type: ignore[index]
    assert rel_events(3, 0) == [{"type": "rel", "data": {"axis": "x", "value": 3}}]
    assert len(wheel_events(-2)) == 4 and wheel_events(1)[0]["data"] == {
        "down": True,
        "button": "wheel-up",
    }


def test_a_tablet_is_an_absolute_mouse_in_query_mice() -> None:
    ps2 = {"name": "QEMU PS/2 Mouse", "index": 2, "current": True, "absolute": False}
    tablet = {"name": "QEMU HID Tablet", "index": 3, "current": False, "absolute": True}
    assert has_tablet([ps2, tablet]) and not has_tablet([ps2])
    assert not has_tablet(None) and not has_tablet([{"absolute": "yes"}])


def test_text_becomes_us_keystrokes_with_shift_where_needed() -> None:
    strokes, missing = keystrokes("aZ 1!~\r\n")
    assert missing == []
    assert strokes == [
        Keystroke("a"),
        Keystroke("z", shift=True),
        Keystroke("spc"),
        Keystroke("1"),
        Keystroke("1", shift=True),
        Keystroke("grave_accent", shift=True),
        Keystroke("ret"),
    ]
    assert [e["data"]["key"]["data"] for e in Keystroke("a", True).events()] == [  # type: ignore[index]
        "shift",
        "a",
        "a",
        "shift",
    ]
    _, missing = keystrokes("é€é\x01")
    assert missing == ["é", "€", "\x01"]
    assert "no key for 'é', '€', U+0001" in missing_text(missing)


def test_the_release_combination_is_read_and_matched_on_either_side() -> None:
    assert release_keys("Ctrl+Alt") == {"ctrl", "alt"}
    assert release_keys("control-alt_r") == {"ctrl", "alt_r"}
    with pytest.raises(ValueError, match="'ctl' in the release keys"):
        release_keys("ctl-alt")
    with pytest.raises(ValueError, match="empty"):
        release_keys(" - ")
    combo = release_keys("ctrl-alt")
    assert releases(["ctrl", "alt"], combo) and releases(["ctrl_r", "alt_r"], combo)
    assert not releases(["ctrl"], combo) and not releases(["alt", "a"], combo)


def test_keys_sent_with_input_send_event_are_masked_where_commands_are_logged() -> None:
    arguments = {
        "events": [
            {"type": "key", "data": {"down": True, "key": {"type": "qcode", "data": "p"}}},
            {"type": "abs", "data": {"axis": "x", "value": 5}},
        ]
    }
    masked = mask_arguments("input-send-event", arguments)
    assert masked["events"][0]["data"] == {"down": True, "key": MASK}
    assert masked["events"][1] == arguments["events"][1]
    assert arguments["events"][0]["data"]["key"]["data"] == "p"  # type: ignore[index]
