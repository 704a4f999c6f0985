"""The bytes an xterm sends for a key press, for the serial console (ui/terminal_view.py):
Enter is CR, Backspace DEL, arrows `ESC [ A`..., Ctrl+letter its control code."""

from __future__ import annotations

from PySide6.QtCore import Qt

_ESC = b"\x1b"
#: Keys whose bytes do not depend on Ctrl (VT100/xterm normal cursor mode).
_KEYS: dict[int, bytes] = {
    Qt.Key.Key_Return: b"\r",
    Qt.Key.Key_Enter: b"\r",
    Qt.Key.Key_Backspace: b"\x7f",
    Qt.Key.Key_Tab: b"\t",
    Qt.Key.Key_Backtab: _ESC + b"[Z",
    Qt.Key.Key_Escape: _ESC,
    Qt.Key.Key_Up: _ESC + b"[A",
    Qt.Key.Key_Down: _ESC + b"[B",
    Qt.Key.Key_Right: _ESC + b"[C",
    Qt.Key.Key_Left: _ESC + b"[D",
    Qt.Key.Key_Home: _ESC + b"[H",
    Qt.Key.Key_End: _ESC + b"[F",
    Qt.Key.Key_Insert: _ESC + b"[2~",
    Qt.Key.Key_Delete: _ESC + b"[3~",
    Qt.Key.Key_PageUp: _ESC + b"[5~",
    Qt.Key.Key_PageDown: _ESC + b"[6~",
    Qt.Key.Key_F1: _ESC + b"OP",
    Qt.Key.Key_F2: _ESC + b"OQ",
    Qt.Key.Key_F3: _ESC + b"OR",
    Qt.Key.Key_F4: _ESC + b"OS",
    Qt.Key.Key_F5: _ESC + b"[15~",
    Qt.Key.Key_F6: _ESC + b"[17~",
    Qt.Key.Key_F7: _ESC + b"[18~",
    Qt.Key.Key_F8: _ESC + b"[19~",
    Qt.Key.Key_F9: _ESC + b"[20~",
    Qt.Key.Key_F10: _ESC + b"[21~",
    Qt.Key.Key_F11: _ESC + b"[23~",
    Qt.Key.Key_F12: _ESC + b"[24~",
}
#: Ctrl with these keys gives the other control codes (Ctrl+[ is ESC, Ctrl+Space NUL).
_CTRL_PUNCT: dict[int, bytes] = {
    Qt.Key.Key_Space: b"\x00",
    Qt.Key.Key_At: b"\x00",
    Qt.Key.Key_BracketLeft: b"\x1b",
    Qt.Key.Key_Backslash: b"\x1c",
    Qt.Key.Key_BracketRight: b"\x1d",
    Qt.Key.Key_AsciiCircum: b"\x1e",
    Qt.Key.Key_Underscore: b"\x1f",
    Qt.Key.Key_Question: b"\x7f",
}


def key_bytes(key: int, modifiers: Qt.KeyboardModifier, text: str) -> bytes | None:
    """What a terminal sends for `key` (a Qt.Key value) with `modifiers` and the
    `text` Qt gives it; None for a key that sends nothing (a lone Shift)."""
    ctrl = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
    alt = bool(modifiers & Qt.KeyboardModifier.AltModifier)
    found: bytes | None = _KEYS.get(key)
    if found is None and ctrl:
        if Qt.Key.Key_A <= key <= Qt.Key.Key_Z:
            found = bytes([key - Qt.Key.Key_A + 1])
        else:
            found = _CTRL_PUNCT.get(key)
    if found is None and text:
        found = text.encode("utf-8")
    if found is not None and alt:
        return _ESC + found  # xterm's "meta sends escape"
    return found


def paste_bytes(text: str) -> bytes:
    """Pasted `text` as a terminal sends it: line ends as CR (Enter), UTF-8."""
    return text.replace("\r\n", "\r").replace("\n", "\r").encode("utf-8")
