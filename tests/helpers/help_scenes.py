"""The Help menu's pictures: the keyboard shortcuts, searched, and the user guide."""

from __future__ import annotations

from PySide6.QtCore import QUrl

from tests.helpers.shooter import Shooter


async def shortcuts_scene(shot: Shooter) -> None:
    """Help → Keyboard shortcuts, "snap" typed in its search, then closed."""
    shot.lay_out()
    help_ = shot.window.help
    shot.press("actionShortcuts")
    await shot.until(lambda: help_.shortcuts is not None, "the keyboard shortcuts")
    dialog = help_.shortcuts
    assert dialog is not None
    dialog.filter.setText("snap")
    dialog.resize(900, 300)
    await shot.shoot(dialog, "help/shortcuts.png")
    dialog.close()


async def guide_scene(shot: Shooter) -> None:
    """Help → User guide at its section on the panes, then closed."""
    shot.lay_out()
    help_ = shot.window.help
    shot.press("actionUserGuide")
    await shot.until(lambda: help_.guide is not None and help_.guide.loaded, "the user guide")
    guide = help_.guide
    assert guide is not None
    guide.resize(900, 620)
    guide.browser.follow(QUrl("#panes"))
    await shot.shoot(guide, "help/guide.png")
    guide.close()
