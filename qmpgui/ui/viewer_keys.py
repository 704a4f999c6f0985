"""The screendump viewer's actions: their words, keys and tips, read by the viewer and
by Help → Keyboard shortcuts (words marked, translated where shown)."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from qmpgui.i18n import marked

#: The viewer's actions: words, keys, tip (Help → Keyboard shortcuts lists them too).
VIEWER_KEYS: dict[str, tuple[str, list[str] | QKeySequence.StandardKey, str]] = {
    "refresh": (
        marked("screendump_viewer", "&Refresh"),
        ["F5"],
        marked("screendump_viewer", "Take a new screendump now"),
    ),
    "fit": (
        marked("screendump_viewer", "&Fit"),
        ["Ctrl+0"],
        marked("screendump_viewer", "Fit the picture to the window"),
    ),
    "actual": ("100 %", ["Ctrl+1"], marked("screendump_viewer", "Show every pixel once")),
    "zoom_in": (
        marked("screendump_viewer", "Zoom +"),
        ["+", "=", "Ctrl++", "Ctrl+="],
        marked("screendump_viewer", "Enlarge (also Ctrl+wheel)"),
    ),
    "zoom_out": (
        marked("screendump_viewer", "Zoom −"),
        ["-", "Ctrl+-"],
        marked("screendump_viewer", "Reduce (also Ctrl+wheel)"),
    ),
    "save": (
        marked("screendump_viewer", "&Save…"),
        QKeySequence.StandardKey.Save,
        marked("screendump_viewer", "Save the picture as a PNG file"),
    ),
    "copy": (
        marked("screendump_viewer", "&Copy"),
        QKeySequence.StandardKey.Copy,
        marked("screendump_viewer", "Copy the picture to the clipboard"),
    ),
    "close": (
        marked("screendump_viewer", "Close"),
        ["Ctrl+W", marked("screendump_viewer", "Esc")],
        marked("screendump_viewer", "Close this viewer"),
    ),
}
