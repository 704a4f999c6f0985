"""The screen view's input as QMP's `input-send-event` takes it (qapi/ui.json).

Keys are QKeyCodes read from the host's key codes, not from characters: the key
where the host's keyboard has it, so that the guest's own layout decides the
character. On X11 (Qt's xcb platform) a key's native scan code is the X keycode,
which is Linux's evdev code plus 8; qmp/keycodes.py pairs each QKeyCode with its
Linux code, read here the other way round. The pointer is absolute (0..32767 on each
axis) where the VM has a tablet, relative otherwise. Typed text goes key by key as
a US keyboard has each character, with shift where the character needs it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from qmpgui.i18n import marked, translate
from qmpgui.qmp.keycodes import LINUX_KEYCODES
from qmpgui.qmp.keymaps import DEFAULT_LAYOUT, KeyOfChar
from qmpgui.qmp.reader import Reader

#: QEMU's absolute axes run from 0 to this (INPUT_EVENT_ABS_MAX, include/ui/input.h).
ABS_MAX = 0x7FFF
#: X11's keycodes are evdev's plus this (the X server's evdev driver adds it).
X11_KEYCODE_OFFSET = 8
#: The pointer's buttons by the name input-send-event gives them (InputButton).
BUTTONS = ("left", "middle", "right", "wheel-up", "wheel-down", "side", "extra")

#: Linux key code -> QKeyCode. Where two QKeyCodes share a code, the key a keyboard has:
#: 99 is the Print Screen key (print, not sysrq), 55 the keypad's * (kp_multiply).
_PREFERRED = {99: "print", 55: "kp_multiply"}
EVDEV_QKEYCODES: dict[int, str] = {
    **{code: name for name, code in LINUX_KEYCODES.items()},
    **_PREFERRED,
}


def qkeycode_from_native(native_scan_code: int, x11: bool = True) -> str | None:
    """The QKeyCode of a key by the host's code for it (Qt's nativeScanCode()): an X11
    keycode when `x11` (evdev + 8), else a Linux evdev code. None when the code is 0
    (none given, as on Qt's offscreen platform) or names no QKeyCode."""
    if native_scan_code <= 0:
        return None
    code = native_scan_code - X11_KEYCODE_OFFSET if x11 else native_scan_code
    return EVDEV_QKEYCODES.get(code)


def key_event(qkeycode: str, down: bool) -> dict[str, object]:
    """One input-send-event key event: the key `qkeycode` pressed (`down`) or released."""
    return {
        "type": "key",
        "data": {"down": down, "key": {"type": "qcode", "data": qkeycode}},
    }


def button_event(button: str, down: bool) -> dict[str, object]:
    """One button event: `button` (one of BUTTONS) pressed or released."""
    return {"type": "btn", "data": {"down": down, "button": button}}


def abs_events(x: float, y: float, width: float, height: float) -> list[dict[str, object]]:
    """The absolute pointer at (`x`, `y`) in a picture `width` by `height` (any unit, the
    picture's top left at 0, 0), as two abs events on QEMU's 0..ABS_MAX axes; a point
    outside is taken to the nearest edge."""
    return [
        {"type": "abs", "data": {"axis": "x", "value": _scaled(x, width)}},
        {"type": "abs", "data": {"axis": "y", "value": _scaled(y, height)}},
    ]


def _scaled(value: float, span: float) -> int:
    if span <= 1:
        return 0
    return round(min(max(value / (span - 1), 0.0), 1.0) * ABS_MAX)


def rel_events(dx: int, dy: int) -> list[dict[str, object]]:
    """A relative move by (`dx`, `dy`) guest pixels as rel events (an axis that does not
    move is left out)."""
    moves: list[dict[str, object]] = []
    for axis, value in (("x", dx), ("y", dy)):
        if value:
            moves.append({"type": "rel", "data": {"axis": axis, "value": value}})
    return moves


def wheel_events(steps: int) -> list[dict[str, object]]:
    """The wheel turned `steps` notches (positive: away from the user, up), as a press and
    a release of wheel-up or wheel-down per notch."""
    button = "wheel-up" if steps > 0 else "wheel-down"
    events: list[dict[str, object]] = []
    for _ in range(abs(steps)):
        events += [button_event(button, True), button_event(button, False)]
    return events


def has_tablet(query_mice: object) -> bool:
    """Whether `query-mice`'s reply (a list of MouseInfo {name, index, current, absolute})
    lists an absolute pointer (a usb-tablet, virtio-tablet, ...): QEMU sends abs events to
    it. False for anything else; never raises."""
    for mouse in query_mice if isinstance(query_mice, list) else ():
        if Reader(mouse, "query-mice").flag("absolute"):
            return True
    return False


#: Said once when the VM has no absolute pointer.
NO_TABLET = marked(
    "screen_input",
    "this VM has no tablet: the pointer moves relatively, and the guest's pointer may not follow yours; add a usb-tablet (Devices) for an exact pointer",
)

#: What a US keyboard types without shift, by key.
_PLAIN = {
    **{c: c for c in "abcdefghijklmnopqrstuvwxyz0123456789"},
    " ": "spc",
    "\n": "ret",
    "\t": "tab",
    "-": "minus",
    "=": "equal",
    "[": "bracket_left",
    "]": "bracket_right",
    ";": "semicolon",
    "'": "apostrophe",
    "`": "grave_accent",
    "\\": "backslash",
    ",": "comma",
    ".": "dot",
    "/": "slash",
}
#: What a US keyboard types with shift, by key.
_SHIFTED = {
    **{c.upper(): c for c in "abcdefghijklmnopqrstuvwxyz"},
    **dict(zip(")!@#$%^&*(", "0123456789", strict=True)),
    "_": "minus",
    "+": "equal",
    "{": "bracket_left",
    "}": "bracket_right",
    ":": "semicolon",
    '"': "apostrophe",
    "~": "grave_accent",
    "|": "backslash",
    "<": "comma",
    ">": "dot",
    "?": "slash",
}


@dataclass(frozen=True, slots=True)
class Keystroke:
    """One character typed: its key (a QKeyCode) and whether shift and AltGr (the
    right Alt) are held with it."""

    key: str
    shift: bool = False
    altgr: bool = False

    def events(self) -> list[dict[str, object]]:
        """The key events that type it: the modifiers down, the key down and up, the
        modifiers up."""
        held = [k for k, on in (("shift", self.shift), ("alt_r", self.altgr)) if on]
        return [
            *(key_event(k, True) for k in held),
            key_event(self.key, True),
            key_event(self.key, False),
            *(key_event(k, False) for k in reversed(held)),
        ]


def keystrokes(
    text: str, keymap: Mapping[str, KeyOfChar] | None = None
) -> tuple[list[Keystroke], list[str]]:
    """The keystrokes that type `text` ("\\r\\n" as one Enter) on the guest's layout:
    `keymap` (qmp/keymaps.py: character -> key and modifiers), or a US keyboard's
    without one; and the characters that have no key there (each once, in order of
    appearance; none is typed when there are any: the caller says so first)."""
    strokes: list[Keystroke] = []
    missing: list[str] = []
    for char in text.replace("\r\n", "\n"):
        found = keymap.get("\r" if char == "\n" else char) if keymap is not None else None
        if found is not None:
            strokes.append(Keystroke(found.key, found.shift, found.altgr))
        elif keymap is None and char in _PLAIN:
            strokes.append(Keystroke(_PLAIN[char]))
        elif keymap is None and char in _SHIFTED:
            strokes.append(Keystroke(_SHIFTED[char], shift=True))
        elif char not in missing:
            missing.append(char)
    return strokes, missing


def missing_text(missing: Sequence[str], layout: str = DEFAULT_LAYOUT) -> str:
    """The sentence for characters the keyboard `layout` ("en-us", "de") has no key for."""
    shown = ", ".join(repr(c) if c.isprintable() else f"U+{ord(c):04X}" for c in missing)
    board = (
        translate("screen_input", "a US keyboard")
        if layout == DEFAULT_LAYOUT
        else translate("screen_input", "the {layout} keyboard layout").format(layout=layout)
    )
    return translate(
        "screen_input",
        "nothing typed: {board} has no key for {shown}. Choose the guest's keyboard layout, or remove those characters and type them in the guest",
    ).format(board=board, shown=shown)


def release_keys(text: str) -> frozenset[str]:
    """The keys that release the keyboard, from the preference ("ctrl-alt", "ctrl+alt"):
    their QKeyCodes, with left and right alike (ctrl also stands for ctrl_r). Raises
    ValueError with a sentence for an empty or unknown name."""
    names = [w for w in text.lower().replace("+", "-").split("-") if w.strip()]
    if not names:
        raise ValueError(
            translate(
                "screen_input", "the release keys are empty: use a combination such as ctrl-alt"
            )
        )
    keys = set()
    for word in (n.strip() for n in names):
        name = {"control": "ctrl", "win": "meta_l", "super": "meta_l"}.get(word, word)
        if name not in LINUX_KEYCODES:
            raise ValueError(
                translate(
                    "screen_input", "'{name}' in the release keys is not a QEMU key name"
                ).format(name=name)
            )
        keys.add(name)
    return frozenset(keys)


#: Keys that count as one another for the release combination (left and right).
_SIDES = {"ctrl_r": "ctrl", "alt_r": "alt", "shift_r": "shift", "meta_r": "meta_l"}


def releases(held: Sequence[str], release: frozenset[str]) -> bool:
    """Whether the keys `held` (QKeyCodes, in the order pressed) make the release
    combination `release` (release_keys()): each of its keys held, either side."""
    return bool(release) and release <= {_SIDES.get(k, k) for k in held}
