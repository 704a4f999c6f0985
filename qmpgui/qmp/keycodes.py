"""Key names for `send-key`: QEMU's QKeyCodes, and the Linux key code of each for
libvirt's send-key.

The names are QKeyCode's (qapi/ui.json), which a server's schema lists under
`send-key`'s `keys` (qmp/schema.py reads them); QKEYCODES_72 is QEMU 7.2's list, for a
server whose schema does not say. LINUX_KEYCODES pairs each name with its code in
Linux's input-event-codes.h (KEY_*), as QEMU's keycodemapdb (data/keymaps.csv, the
columns "QEMU QKeyCode" and "Linux Keycode") pairs them: libvirt's virDomainSendKey
takes them as VIR_KEYCODE_SET_LINUX and turns them into the numbers QEMU's send-key
takes, so a domain's keys go through libvirt, not its monitor. f13 to f24 came after
QEMU 7.2.
"""

from __future__ import annotations

#: QKeyCode -> Linux key code (input-event-codes.h's KEY_* named beside each).
LINUX_KEYCODES: dict[str, int] = {
    "shift": 42,  # KEY_LEFTSHIFT
    "shift_r": 54,  # KEY_RIGHTSHIFT
    "alt": 56,  # KEY_LEFTALT
    "alt_r": 100,  # KEY_RIGHTALT
    "ctrl": 29,  # KEY_LEFTCTRL
    "ctrl_r": 97,  # KEY_RIGHTCTRL
    "menu": 139,  # KEY_MENU
    "esc": 1,  # KEY_ESC
    "1": 2,  # KEY_1
    "2": 3,  # KEY_2
    "3": 4,  # KEY_3
    "4": 5,  # KEY_4
    "5": 6,  # KEY_5
    "6": 7,  # KEY_6
    "7": 8,  # KEY_7
    "8": 9,  # KEY_8
    "9": 10,  # KEY_9
    "0": 11,  # KEY_0
    "minus": 12,  # KEY_MINUS
    "equal": 13,  # KEY_EQUAL
    "backspace": 14,  # KEY_BACKSPACE
    "tab": 15,  # KEY_TAB
    "q": 16,  # KEY_Q
    "w": 17,  # KEY_W
    "e": 18,  # KEY_E
    "r": 19,  # KEY_R
    "t": 20,  # KEY_T
    "y": 21,  # KEY_Y
    "u": 22,  # KEY_U
    "i": 23,  # KEY_I
    "o": 24,  # KEY_O
    "p": 25,  # KEY_P
    "bracket_left": 26,  # KEY_LEFTBRACE
    "bracket_right": 27,  # KEY_RIGHTBRACE
    "ret": 28,  # KEY_ENTER
    "a": 30,  # KEY_A
    "s": 31,  # KEY_S
    "d": 32,  # KEY_D
    "f": 33,  # KEY_F
    "g": 34,  # KEY_G
    "h": 35,  # KEY_H
    "j": 36,  # KEY_J
    "k": 37,  # KEY_K
    "l": 38,  # KEY_L
    "semicolon": 39,  # KEY_SEMICOLON
    "apostrophe": 40,  # KEY_APOSTROPHE
    "grave_accent": 41,  # KEY_GRAVE
    "backslash": 43,  # KEY_BACKSLASH
    "z": 44,  # KEY_Z
    "x": 45,  # KEY_X
    "c": 46,  # KEY_C
    "v": 47,  # KEY_V
    "b": 48,  # KEY_B
    "n": 49,  # KEY_N
    "m": 50,  # KEY_M
    "comma": 51,  # KEY_COMMA
    "dot": 52,  # KEY_DOT
    "slash": 53,  # KEY_SLASH
    "asterisk": 55,  # KEY_KPASTERISK
    "spc": 57,  # KEY_SPACE
    "caps_lock": 58,  # KEY_CAPSLOCK
    "f1": 59,  # KEY_F1
    "f2": 60,  # KEY_F2
    "f3": 61,  # KEY_F3
    "f4": 62,  # KEY_F4
    "f5": 63,  # KEY_F5
    "f6": 64,  # KEY_F6
    "f7": 65,  # KEY_F7
    "f8": 66,  # KEY_F8
    "f9": 67,  # KEY_F9
    "f10": 68,  # KEY_F10
    "num_lock": 69,  # KEY_NUMLOCK
    "scroll_lock": 70,  # KEY_SCROLLLOCK
    "kp_divide": 98,  # KEY_KPSLASH
    "kp_multiply": 55,  # KEY_KPASTERISK
    "kp_subtract": 74,  # KEY_KPMINUS
    "kp_add": 78,  # KEY_KPPLUS
    "kp_enter": 96,  # KEY_KPENTER
    "kp_decimal": 83,  # KEY_KPDOT
    "sysrq": 99,  # KEY_SYSRQ
    "kp_0": 82,  # KEY_KP0
    "kp_1": 79,  # KEY_KP1
    "kp_2": 80,  # KEY_KP2
    "kp_3": 81,  # KEY_KP3
    "kp_4": 75,  # KEY_KP4
    "kp_5": 76,  # KEY_KP5
    "kp_6": 77,  # KEY_KP6
    "kp_7": 71,  # KEY_KP7
    "kp_8": 72,  # KEY_KP8
    "kp_9": 73,  # KEY_KP9
    "less": 86,  # KEY_102ND
    "f11": 87,  # KEY_F11
    "f12": 88,  # KEY_F12
    "print": 99,  # KEY_SYSRQ
    "home": 102,  # KEY_HOME
    "pgup": 104,  # KEY_PAGEUP
    "pgdn": 109,  # KEY_PAGEDOWN
    "end": 107,  # KEY_END
    "left": 105,  # KEY_LEFT
    "up": 103,  # KEY_UP
    "down": 108,  # KEY_DOWN
    "right": 106,  # KEY_RIGHT
    "insert": 110,  # KEY_INSERT
    "delete": 111,  # KEY_DELETE
    "stop": 128,  # KEY_STOP
    "again": 129,  # KEY_AGAIN
    "props": 130,  # KEY_PROPS
    "undo": 131,  # KEY_UNDO
    "front": 132,  # KEY_FRONT
    "copy": 133,  # KEY_COPY
    "open": 134,  # KEY_OPEN
    "paste": 135,  # KEY_PASTE
    "find": 136,  # KEY_FIND
    "cut": 137,  # KEY_CUT
    "lf": 101,  # KEY_LINEFEED
    "help": 138,  # KEY_HELP
    "meta_l": 125,  # KEY_LEFTMETA
    "meta_r": 126,  # KEY_RIGHTMETA
    "compose": 127,  # KEY_COMPOSE
    "pause": 119,  # KEY_PAUSE
    "ro": 89,  # KEY_RO
    "hiragana": 91,  # KEY_HIRAGANA
    "henkan": 92,  # KEY_HENKAN
    "yen": 124,  # KEY_YEN
    "muhenkan": 94,  # KEY_MUHENKAN
    "katakanahiragana": 93,  # KEY_KATAKANAHIRAGANA
    "kp_comma": 121,  # KEY_KPCOMMA
    "kp_equals": 117,  # KEY_KPEQUAL
    "power": 116,  # KEY_POWER
    "sleep": 142,  # KEY_SLEEP
    "wake": 143,  # KEY_WAKEUP
    "audionext": 163,  # KEY_NEXTSONG
    "audioprev": 165,  # KEY_PREVIOUSSONG
    "audiostop": 166,  # KEY_STOPCD
    "audioplay": 164,  # KEY_PLAYPAUSE
    "audiomute": 113,  # KEY_MUTE
    "volumeup": 115,  # KEY_VOLUMEUP
    "volumedown": 114,  # KEY_VOLUMEDOWN
    "mediaselect": 226,  # KEY_MEDIA
    "mail": 155,  # KEY_MAIL
    "calculator": 140,  # KEY_CALC
    "computer": 157,  # KEY_COMPUTER
    "ac_home": 172,  # KEY_HOMEPAGE
    "ac_back": 158,  # KEY_BACK
    "ac_forward": 159,  # KEY_FORWARD
    "ac_refresh": 173,  # KEY_REFRESH
    "ac_bookmarks": 156,  # KEY_BOOKMARKS
    "lang1": 122,  # KEY_HANGEUL
    "lang2": 123,  # KEY_HANJA
    "f13": 183,  # KEY_F13
    "f14": 184,  # KEY_F14
    "f15": 185,  # KEY_F15
    "f16": 186,  # KEY_F16
    "f17": 187,  # KEY_F17
    "f18": 188,  # KEY_F18
    "f19": 189,  # KEY_F19
    "f20": 190,  # KEY_F20
    "f21": 191,  # KEY_F21
    "f22": 192,  # KEY_F22
    "f23": 193,  # KEY_F23
    "f24": 194,  # KEY_F24
}

#: The QKeyCodes that came after QEMU 7.2 (keycodemapdb has them; newer schemas list them).
NEWER_THAN_72 = frozenset(f"f{n}" for n in range(13, 25))
#: QEMU 7.2's QKeyCode values but `unmapped` (a placeholder, not a key), in its order.
QKEYCODES_72 = tuple(name for name in LINUX_KEYCODES if name not in NEWER_THAN_72)
