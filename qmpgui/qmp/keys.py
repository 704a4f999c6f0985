"""Key combinations for `send-key`: those the Send key menu offers, a combination typed
as text read into QKeyCode names, and what is sent (QMP's arguments, or the Linux key
codes of libvirt's send-key).

A combination is pressed in order and released in reverse after `hold-time` ms, as
QEMU's send-key does it (qapi/ui.json). Names are QKeyCode's (qmp/keycodes.py); a few
everyday spellings (del, enter, space, win, ...) are read as the QKeyCode they mean.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from qmpgui.i18n import marked, translate
from qmpgui.qmp.keycodes import LINUX_KEYCODES, QKEYCODES_72

#: How long each combination is held, in ms (QEMU's default for send-key).
HOLD_TIME_MS = 100
#: Keys pressed at once, at most: libvirt's VIR_DOMAIN_SEND_KEY_MAX_KEYS (QEMU takes
#: more, but no guest needs them).
MAX_KEYS = 16
#: What separates the keys of a typed combination ("ctrl-alt-delete", "ctrl+alt+f1",
#: "ctrl alt del"): one - or + (with spaces around it or not), or spaces alone.
_SEPARATORS = re.compile(r"\s*[-+]\s*|\s+")
#: Everyday names for QKeyCodes, as people write them.
ALIASES = {
    "control": "ctrl",
    "del": "delete",
    "enter": "ret",
    "return": "ret",
    "space": "spc",
    "escape": "esc",
    "win": "meta_l",
    "super": "meta_l",
    "bksp": "backspace",
    "prtsc": "print",
    "printscreen": "print",
    "pageup": "pgup",
    "pagedown": "pgdn",
    "ins": "insert",
}


class KeyNameError(ValueError):
    """A combination that cannot be sent; its text is the sentence for the user."""


@dataclass(frozen=True, slots=True)
class Combo:
    """A combination the menu offers: its `label` ("Ctrl+Alt+Del"), its QKeyCodes in
    the order pressed, and what it does, in words ("" when it speaks for itself)."""

    label: str
    keys: tuple[str, ...]
    means: str = ""

    @property
    def text(self) -> str:
        """The keys as typed in the Other keys dialog ("ctrl-alt-delete")."""
        return key_text(self.keys)


CTRL_ALT_DEL = Combo("Ctrl+Alt+Del", ("ctrl", "alt", "delete"))
CTRL_ALT_BACKSPACE = Combo(
    "Ctrl+Alt+Backspace",
    ("ctrl", "alt", "backspace"),
    marked("keys", "ends an X server where allowed"),
)
#: Ctrl+Alt+F1 .. F12: a Linux guest's virtual consoles.
CTRL_ALT_F = tuple(Combo(f"Ctrl+Alt+F{n}", ("ctrl", "alt", f"f{n}")) for n in range(1, 13))
PRINT_SCREEN = Combo("Print Screen", ("print",))

#: Linux's magic SysRq letters (the kernel's admin-guide/sysrq.rst) and what each does.
_SYSRQ_LETTERS = {
    "b": marked("keys", "reboot at once, without syncing"),
    "c": marked("keys", "crash the kernel (kdump)"),
    "e": marked("keys", "end every process (SIGTERM)"),
    "f": marked("keys", "run the OOM killer"),
    "h": marked("keys", "help, on the console"),
    "i": marked("keys", "kill every process (SIGKILL)"),
    "j": marked("keys", "thaw frozen file systems"),
    "k": marked("keys", "kill the console's programs (SAK)"),
    "l": marked("keys", "backtrace of all CPUs"),
    "m": marked("keys", "memory state"),
    "o": marked("keys", "power off"),
    "p": marked("keys", "registers and flags"),
    "r": marked("keys", "take the keyboard out of raw mode"),
    "s": marked("keys", "sync the disks"),
    "t": marked("keys", "list the tasks"),
    "u": marked("keys", "remount file systems read-only"),
    "w": marked("keys", "list the blocked tasks"),
}
#: Alt+SysRq with a letter, as Linux reads it.
SYSRQ = tuple(
    Combo(f"Alt+SysRq+{letter.upper()}", ("alt", "sysrq", letter), means)
    for letter, means in _SYSRQ_LETTERS.items()
)


def key_text(keys: Sequence[str]) -> str:
    """QKeyCodes as typed: "ctrl-alt-delete"."""
    return "-".join(keys)


def known_keys(listed: Collection[str], domain: bool = False) -> frozenset[str]:
    """The names a VM takes: `listed` (its schema's QKeyCodes; empty when its schema
    does not say, then QEMU 7.2's), without `unmapped`; for a libvirt `domain`, only
    those with a Linux key code (libvirt's send-key takes those)."""
    names = set(listed or QKEYCODES_72) - {"unmapped"}
    if domain:
        names &= LINUX_KEYCODES.keys()
    return frozenset(names)


def read_keys(text: str, known: Collection[str]) -> tuple[str, ...]:
    """The QKeyCodes of a typed combination ("Ctrl-Alt-Del", "shift+a"), in the order
    pressed. `known` is what the VM takes (known_keys()).

    Raises KeyNameError naming what is wrong: nothing typed, a name not in `known`
    (with the nearest names), a key given twice, more than MAX_KEYS keys."""
    typed = text.strip().lower()
    if not typed:
        raise KeyNameError(
            translate("keys", "type a key combination, such as ctrl-alt-delete or shift-a")
        )
    words = _SEPARATORS.split(typed)
    if "" in words:  # "ctrl--", "ctrl+": the minus or plus key meant as a key
        raise KeyNameError(
            translate(
                "keys",
                "'{v0}' has a key name missing beside a - or +: the minus key is 'minus', the plus key 'kp_add' (or shift-equal)",
            ).format(v0=text.strip())
        )
    keys: list[str] = []
    for word in words:
        name = ALIASES.get(word, word)
        if name not in known:
            raise KeyNameError(unknown_key(word, known))
        if name in keys:
            raise KeyNameError(
                translate("keys", "'{word}' is given twice: each key is pressed once").format(
                    word=word
                )
            )
        keys.append(name)
    if len(keys) > MAX_KEYS:
        raise KeyNameError(
            translate("keys", "{keys_count} keys: at most {MAX_KEYS} are pressed at once").format(
                keys_count=len(keys), MAX_KEYS=MAX_KEYS
            )
        )
    return tuple(keys)


def unknown_key(word: str, known: Collection[str]) -> str:
    """The sentence for a key name `word` that is not in `known`."""
    near = difflib.get_close_matches(word, sorted(known), n=3, cutoff=0.6)
    hint = (
        translate("keys", " (did you mean {v0}?)").format(v0=" or ".join(repr(n) for n in near))
        if near
        else ""
    )
    return translate(
        "keys",
        "'{word}' is not a key name this VM knows{hint}: keys are QEMU's QKeyCodes, such as ctrl, alt, delete, f1, a, ret or spc",
    ).format(word=word, hint=hint)


def send_key_arguments(keys: Sequence[str], hold_time_ms: int = HOLD_TIME_MS) -> dict[str, Any]:
    """QMP send-key's arguments for the QKeyCodes `keys`:
    `{"keys": [{"type": "qcode", "data": NAME}, ...], "hold-time": MS}`."""
    return {
        "keys": [{"type": "qcode", "data": key} for key in keys],
        "hold-time": hold_time_ms,
    }


def linux_codes(keys: Sequence[str]) -> list[int]:
    """The Linux key codes of the QKeyCodes `keys` (libvirt's VIR_KEYCODE_SET_LINUX).

    Raises KeyNameError for a name that has none."""
    missing = [k for k in keys if k not in LINUX_KEYCODES]
    if missing:
        raise KeyNameError(
            translate("keys", "'{v0}' has no Linux key code for libvirt's send-key").format(
                v0=missing[0]
            )
        )
    return [LINUX_KEYCODES[k] for k in keys]
