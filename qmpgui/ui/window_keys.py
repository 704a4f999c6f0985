"""The window keys a user keeps while the serial terminal has the keyboard: the terminal
takes every other key a terminal sends (Ctrl+letter, Alt+letter, F-keys...) for the
guest, so these few are chosen where no terminal program needs them (Ctrl+Shift with a
letter sends what Ctrl alone does in xterm, and Ctrl is what users type)."""

from __future__ import annotations

from PySide6.QtCore import QKeyCombination, Qt
from PySide6.QtGui import QKeySequence

#: Detach (and Attach): the Screen's and the Serial's view into a window of its own.
DETACH = "Ctrl+Shift+O"
#: View ▸ Screen and View ▸ Serial: their pane in front.
SHOW_SCREEN = "Ctrl+Shift+X"
SHOW_SERIAL = "Ctrl+Shift+T"
#: View ▸ Event log and View ▸ Console.
SHOW_EVENT_LOG = "Ctrl+Shift+L"
SHOW_CONSOLE = "Ctrl+Shift+M"
#: The keys above, which reach the window from the terminal.
KEPT_IN_TERMINAL = (DETACH, SHOW_SCREEN, SHOW_SERIAL, SHOW_EVENT_LOG, SHOW_CONSOLE)


def combined(keys: str) -> int:
    """The one key combination of `keys` ("Ctrl+Shift+O") as Qt's combined int."""
    return int(QKeySequence(keys)[0].toCombined())  # type: ignore[index]


def pressed(found: QKeyCombination) -> int:
    """A key event's combination as Qt's combined int, without the keypad flag, to
    compare with combined()."""
    modifiers = found.keyboardModifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return int(QKeyCombination(modifiers, found.key()).toCombined())


#: KEPT_IN_TERMINAL as combined ints.
KEPT_COMBINED = frozenset(combined(keys) for keys in KEPT_IN_TERMINAL)
