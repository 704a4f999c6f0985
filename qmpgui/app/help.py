"""The Help menu's windows: the keyboard shortcuts and the user guide, one of each per
main window, brought to the front when asked again."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from qmpgui.store.config import Config
from qmpgui.ui.pane_tabs import PaneTabs

if TYPE_CHECKING:  # loaded when first shown: the window's start does not wait for them
    from qmpgui.ui.shortcuts_dialog import ShortcutsDialog
    from qmpgui.ui.user_guide import UserGuide


def release_words(keys: str) -> str:
    """The Screen tab's release combination as the desktop writes keys: "ctrl-alt_r" →
    "Ctrl+Alt (right)"."""
    words = []
    for name in keys.split("-"):
        side = {"_r": " (right)", "_l": " (left)"}.get(name[-2:], "")
        words.append((name[:-2] if side else name).capitalize() + side)
    return "+".join(words)


class Help:
    """Opens the Help menu's windows over `window`."""

    def __init__(self, window: QWidget, config: Callable[[], Config]) -> None:
        self.window = window
        self.config = config
        self.shortcuts: ShortcutsDialog | None = None
        self.guide: UserGuide | None = None

    def show_shortcuts(self) -> ShortcutsDialog:
        """The shortcuts as the window has them now (a new table each time)."""
        from qmpgui.ui.key_list import all_rows  # noqa: PLC0415 (first use: see above)
        from qmpgui.ui.shortcuts_dialog import ShortcutsDialog  # noqa: PLC0415

        for tabs in self.window.findChildren(PaneTabs):  # the panes' own keys are listed too
            tabs.build_all()
        if self.shortcuts is not None:
            self.shortcuts.close()
            self.shortcuts.deleteLater()
        rows = all_rows(self.window, release_words(self.config().screen_release_keys))
        self.shortcuts = ShortcutsDialog(self.window, rows)
        self._present(self.shortcuts)
        return self.shortcuts

    def show_guide(self) -> UserGuide:
        """The user guide, read once."""
        from qmpgui.ui.user_guide import UserGuide  # noqa: PLC0415 (first use: see above)

        if self.guide is None:
            self.guide = UserGuide(self.window)
            self.guide.load()
        self._present(self.guide)
        return self.guide

    @staticmethod
    def _present(dialog: QDialog) -> None:
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
