"""How the main toolbar shows its actions: text beside or under the icons, or icons
only (the toolbar_style setting), chosen in View → Toolbar or in Preferences and kept
in the configuration file."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QToolBar, QWidget

from qmpgui.app.fleet import Fleet
from qmpgui.i18n import marked, translate
from qmpgui.store.preferences import DEFAULTS

_Style = Qt.ToolButtonStyle

#: Each toolbar_style value: Qt's style, the menu's words, the action's objectName.
STYLES: dict[str, tuple[Qt.ToolButtonStyle, str, str]] = {
    "text-beside-icons": (
        _Style.ToolButtonTextBesideIcon,
        marked("toolbar", "Text &beside icons"),
        "actionToolbarTextBeside",
    ),
    "text-under-icons": (
        _Style.ToolButtonTextUnderIcon,
        marked("toolbar", "Text &under icons"),
        "actionToolbarTextUnder",
    ),
    "icons-only": (
        _Style.ToolButtonIconOnly,
        marked("toolbar", "&Icons only"),
        "actionToolbarIconsOnly",
    ),
}


class ToolbarStyle(QObject):
    """The View menu's Toolbar submenu (`menu`), and the style of the toolbar given to
    `attach()`, following the setting however it changes (this menu, Preferences, an
    edit of the file)."""

    def __init__(self, fleet: Fleet, parent: QWidget) -> None:
        super().__init__(parent)
        self.fleet = fleet
        self.toolbar: QToolBar | None = None
        self.menu = QMenu(translate("ToolbarStyle", "&Toolbar"), parent)
        self.menu.setObjectName("toolbarStyleMenu")
        group = QActionGroup(self)
        self.actions: dict[str, QAction] = {}
        for value, (_, text, name) in STYLES.items():
            action = QAction(translate("toolbar", text), group)
            action.setObjectName(name)
            action.setCheckable(True)
            action.setStatusTip(
                translate("ToolbarStyle", "How the toolbar shows its actions (toolbar_style)")
            )
            action.triggered.connect(lambda _=False, v=value: self.choose(v))
            self.menu.addAction(action)
            self.actions[value] = action
        fleet.settingsApplied.connect(self._applied)

    def attach(self, toolbar: QToolBar) -> None:
        """Style `toolbar` as the setting says, now and from now on."""
        self.toolbar = toolbar
        self.show(self.fleet.config.toolbar_style)

    def choose(self, value: str) -> None:
        """Use the style `value` (a key of STYLES) and save it."""
        if value != self.fleet.config.toolbar_style:
            self.fleet.apply_settings({"toolbar_style": value})
            self.fleet.save_config()

    def show(self, value: str) -> None:
        """Show the toolbar in the style `value`; an unknown one is the default's."""
        if value not in STYLES:
            value = str(DEFAULTS["toolbar_style"])
        self.actions[value].setChecked(True)
        if self.toolbar is not None:
            self.toolbar.setToolButtonStyle(STYLES[value][0])

    def _applied(self, values: dict[str, Any]) -> None:
        if "toolbar_style" in values:
            self.show(str(values["toolbar_style"]))
