"""QEMU's keyboard layouts (its keymaps, /usr/share/qemu/keymaps/: each X keysym a
layout types, by the QKeyCode of its key and the modifiers held), so that Type text
types a character as the guest's layout has it: `ä` on a German guest is the key right
of `ö`, `y` is where a US keyboard has `z`. The keysyms' characters come from
libxkbcommon (the library X11 and Wayland keyboards use, loaded with ctypes); without
it, or without QEMU's keymaps, only en-us is offered, from qmp/screen_input.py's table.
No Qt."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import ctypes

#: Where QEMU's packages put its keymaps (Debian's first).
KEYMAP_FOLDERS = (Path("/usr/share/qemu/keymaps"), Path("/usr/local/share/qemu/keymaps"))
#: The layout Type text uses unless told another.
DEFAULT_LAYOUT = "en-us"
#: The comment before each key's lines: `# evdev 2 (0x2), QKeyCode "1", number 0x2`.
_KEY_COMMENT = re.compile(r'^#.*QKeyCode "([a-z0-9_]+)"')
#: The modifiers Type text can hold (AltGr is the right Alt key).
_MODIFIERS = frozenset({"shift", "altgr"})


@dataclass(frozen=True, slots=True)
class KeyOfChar:
    """How a layout types one character: the key (a QKeyCode) and the modifiers held."""

    key: str
    shift: bool = False
    altgr: bool = False


@functools.cache
def _xkbcommon() -> ctypes.CDLL | None:
    # ctypes loads with the first keymap read, not with the window (a twentieth of a second).
    import ctypes.util  # noqa: PLC0415

    name = ctypes.util.find_library("xkbcommon")
    if name is None:
        return None
    try:
        lib = ctypes.CDLL(name)
    except OSError:
        return None
    lib.xkb_keysym_from_name.restype = ctypes.c_uint32
    lib.xkb_keysym_from_name.argtypes = [ctypes.c_char_p, ctypes.c_int]
    lib.xkb_keysym_to_utf32.restype = ctypes.c_uint32
    lib.xkb_keysym_to_utf32.argtypes = [ctypes.c_uint32]
    return lib


def keysym_char(name: str) -> str | None:
    """The character of the X keysym `name` ("adiaeresis" -> "ä"); None for a keysym
    without one (a dead key, a function key) or without libxkbcommon."""
    lib = _xkbcommon()
    if lib is None:
        return None
    code = lib.xkb_keysym_to_utf32(lib.xkb_keysym_from_name(name.encode("ascii", "replace"), 0))
    return chr(code) if code else None


def parse_keymap(text: str) -> dict[str, KeyOfChar]:
    """A QEMU keymap file's text as character -> how it is typed. A character typed
    several ways keeps the first (the file lists a key's plain level first); a line
    that needs another modifier than Shift or AltGr (NumLock, Ctrl) is left out; the
    keypad gives way to the main keys. Never raises."""
    found: dict[str, KeyOfChar] = {}
    key: str | None = None
    for line in text.splitlines():
        comment = _KEY_COMMENT.match(line)
        if comment:
            key = comment.group(1)
            continue
        words = line.split()
        if key is None or len(words) < 2 or line.startswith("#"):
            continue
        modifiers = set(words[2:])
        if not modifiers <= _MODIFIERS:
            continue
        char = keysym_char(words[0])
        if char is None:
            continue
        known = found.get(char)
        if known is not None and not (known.key.startswith("kp_") and not key.startswith("kp_")):
            continue
        found[char] = KeyOfChar(key, "shift" in modifiers, "altgr" in modifiers)
    return found


def layouts() -> list[str]:
    """The layouts QEMU's keymaps offer here ("de", "en-us", ...), sorted; [DEFAULT_LAYOUT]
    without any or without libxkbcommon. Reads a folder: not on the UI thread."""
    if _xkbcommon() is None:
        return [DEFAULT_LAYOUT]
    names = {DEFAULT_LAYOUT}
    for folder in KEYMAP_FOLDERS:
        try:
            names.update(p.name for p in folder.iterdir() if p.is_file() and p.name != "common")
        except OSError:
            continue
    return sorted(names)


def load_keymap(layout: str) -> dict[str, KeyOfChar] | None:
    """The keymap of `layout` read from QEMU's files; None when there is none (or no
    libxkbcommon). Reads a file: not on the UI thread."""
    if _xkbcommon() is None or "/" in layout or layout.startswith("."):
        return None
    for folder in KEYMAP_FOLDERS:
        try:
            return parse_keymap((folder / layout).read_text(encoding="utf-8", errors="replace"))
        except OSError:
            continue
    return None
