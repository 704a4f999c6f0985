"""Which QKeyCode a key event of Qt stands for.

By the host's code for the key where the platform gives one (X11 and Wayland: the
X keycode, evdev + 8): the key's place on the keyboard, whatever the host's layout,
so that the guest's layout decides what it types. Where the platform gives none
(Qt's offscreen platform, and events made by QTest), by Qt's key as a US keyboard
has it: the fallback.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent

from qmpgui.qmp.screen_input import keystrokes, qkeycode_from_native

K = Qt.Key
#: Qt keys that type no character, by the QKeyCode of their key.
QT_KEYS: dict[Qt.Key, str] = {
    K.Key_Escape: "esc",
    K.Key_Tab: "tab",
    K.Key_Backtab: "tab",
    K.Key_Backspace: "backspace",
    K.Key_Return: "ret",
    K.Key_Enter: "kp_enter",
    K.Key_Insert: "insert",
    K.Key_Delete: "delete",
    K.Key_Pause: "pause",
    K.Key_Print: "print",
    K.Key_SysReq: "sysrq",
    K.Key_Home: "home",
    K.Key_End: "end",
    K.Key_Left: "left",
    K.Key_Up: "up",
    K.Key_Right: "right",
    K.Key_Down: "down",
    K.Key_PageUp: "pgup",
    K.Key_PageDown: "pgdn",
    K.Key_Shift: "shift",
    K.Key_Control: "ctrl",
    K.Key_Meta: "meta_l",
    K.Key_Super_L: "meta_l",
    K.Key_Super_R: "meta_r",
    K.Key_Alt: "alt",
    K.Key_AltGr: "alt_r",
    K.Key_CapsLock: "caps_lock",
    K.Key_NumLock: "num_lock",
    K.Key_ScrollLock: "scroll_lock",
    K.Key_Menu: "menu",
    K.Key_Space: "spc",
    **{getattr(K, f"Key_F{n}"): f"f{n}" for n in range(1, 25)},
}
#: Platforms whose native scan codes are X keycodes (evdev + 8).
X_KEYCODE_PLATFORMS = frozenset({"xcb", "wayland"})


def native_codes_usable() -> bool:
    """Whether this platform's key events carry X keycodes (Qt's xcb and wayland)."""
    return QGuiApplication.platformName() in X_KEYCODE_PLATFORMS


def qkeycode(event: QKeyEvent, native: bool) -> str | None:
    """The QKeyCode of `event`'s key: by its native scan code when `native`
    (native_codes_usable()) and the event has one, else by Qt's key and text as a US
    keyboard has them; None for a key with no QKeyCode."""
    if native:
        by_place = qkeycode_from_native(event.nativeScanCode())
        if by_place is not None:
            return by_place
    key = Qt.Key(event.key())
    if key in QT_KEYS:
        return QT_KEYS[key]
    text = event.text()
    if len(text) == 1:
        found, _ = keystrokes(text.lower() if "A" <= text <= "Z" else text)
        if found:
            return found[0].key
    # Without text (Ctrl held makes a control character): Qt's key is the letter or digit.
    if K.Key_A <= key <= K.Key_Z or K.Key_0 <= key <= K.Key_9:
        return chr(key.value).lower()
    return None
