"""Where a widget's shortcuts work, as Help → Keyboard shortcuts says it, for a widget in
no tab (the VM list): set by the widget, read by ui/key_list.py (which loads only when
the list is first shown, so the place is kept here, light enough for the first window)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

_PROPERTY = "shortcutPlace"


def set_shortcut_place(widget: QWidget, words: str) -> None:
    """Say that the shortcuts of `widget` and its children work in `words` ("VM list")."""
    widget.setProperty(_PROPERTY, words)


def shortcut_place(widget: QWidget) -> str | None:
    """The place set on `widget` itself (not its parents), or None."""
    words = widget.property(_PROPERTY)
    return words if isinstance(words, str) and words else None
