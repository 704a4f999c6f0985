"""QActions as qmpgui makes them: a stable objectName, an accessible name, an icon, a
shortcut shown in the tooltip, and a tooltip that says why when the action is disabled."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from qmpgui.ui.icons import icon as named_icon

#: A shortcut as QKeySequence takes it: portable text ("Ctrl+Shift+R") or a standard key.
Keys = QKeySequence | QKeySequence.StandardKey | str | None


def make_action(
    owner: QWidget, name: str, text: str, keys: Keys, tip: str, *, icon: str = ""
) -> QAction:
    """A QAction of `owner` (its shortcut works wherever the window has focus), disabled
    until `enable` is called. `name` is the stable objectName; `text` has the mnemonic;
    `icon` is a freedesktop icon name (ui/icons.py)."""
    action = QAction(named_icon(icon), text, owner)
    action.setObjectName(name)
    if keys is not None:
        action.setShortcut(QKeySequence(keys))
    action.setStatusTip(tip)
    action.setProperty("baseTip", tip)
    action.setProperty("accessibleName", text.replace("&", "").rstrip("…"))
    enable(action, None)
    owner.addAction(action)
    return action


def enable(action: QAction, reason: str | None) -> None:
    """Enable `action`, or disable it with `reason` in its tooltip ("… — not connected")."""
    action.setEnabled(reason is None)
    tip = str(action.property("baseTip"))
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    tip = f"{tip} ({keys})" if keys else tip
    action.setToolTip(tip if reason is None else f"{tip} — {reason}")
