"""Icons: every action of the action table, every action of the menus and the toolbar
and every tab has one that renders, also on a desktop without any icon theme (the
bundled set serves); the bundled ones take the palette's text colour, light or dark, and
follow a palette changed while they are shown; a theme's own icon comes first; dialog
buttons' icons are the bundled ones in the palette's colours too; the toolbar shows text beside or under its icons, or icons only, as chosen and kept."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QMenu,
    QTabWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from qmpgui.app.main_window import MainWindow
from qmpgui.qmp.actions import ACTIONS
from qmpgui.ui.icons import icon, use_button_icons
from qmpgui.ui.panes import pane_kinds
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows


@pytest.fixture
def no_icon_theme(tmp_path: Path) -> Iterator[Path]:
    """A desktop with no icon theme at all: an empty theme search path, no theme name."""
    saved = (QIcon.themeName(), QIcon.themeSearchPaths(), QIcon.fallbackThemeName())
    empty = tmp_path / "icons"
    empty.mkdir()
    QIcon.setThemeSearchPaths([str(empty)])
    QIcon.setThemeName("")
    QIcon.setFallbackThemeName("")
    yield empty
    QIcon.setThemeSearchPaths(saved[1])
    QIcon.setThemeName(saved[0])
    QIcon.setFallbackThemeName(saved[2])


@pytest.fixture
def palette() -> Iterator[None]:
    saved = QPalette(QGuiApplication.palette())
    yield
    QApplication.setPalette(saved)


def drawn_colours(qicon: QIcon, size: int = 24) -> list[QColor]:
    """The colours of the icon's visible pixels, drawn at `size`."""
    image = qicon.pixmap(size).toImage()
    return [
        image.pixelColor(x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 200
    ]


def grabbed(widget: QWidget) -> set[str]:
    """The colours a widget shows, as #rrggbb."""
    image = widget.grab().toImage()
    return {
        image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())
    }


def in_colour(qicon: QIcon, wanted: QColor) -> bool:
    """Whether the icon renders in `wanted` (give or take the edges' rounding)."""
    drawn = drawn_colours(qicon)
    near = [
        max(
            abs(c.red() - wanted.red()),
            abs(c.green() - wanted.green()),
            abs(c.blue() - wanted.blue()),
        )
        <= 2
        for c in drawn
    ]
    return len(drawn) > 10 and all(near)


def renders(qicon: QIcon) -> bool:
    return not qicon.isNull() and len(drawn_colours(qicon)) > 10


def menu_actions(window: MainWindow) -> list[QAction]:
    """The actions of the menu bar's menus, their submenus, and the toolbar (not
    separators, nor the choices of a group, such as View → Toolbar's, which show a
    mark)."""
    found: list[QAction] = []
    menus = [top.menu() for top in window.menuBar().actions()]
    while menus:
        menu = menus.pop()
        assert isinstance(menu, QMenu)
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu) and action.objectName() == "":
                menus.append(sub)  # its entries count (View → Select's), not the entry
            elif not action.isSeparator() and action.actionGroup() is None:
                found.append(action)  # a choice of a group (View → Toolbar's) shows a mark
    toolbar = window.findChild(QToolBar, "mainToolBar")
    assert toolbar is not None
    found += [a for a in toolbar.actions() if not a.isSeparator()]
    return found


def test_every_action_and_tab_has_an_icon_that_renders_without_an_icon_theme(
    windows: Windows, no_icon_theme: Path
) -> None:
    window = windows.open()
    for facts in ACTIONS.values():
        action = window.findChild(QAction, facts.object_name)
        assert action is not None, facts.object_name
        assert renders(action.icon()), f"{facts.object_name}: no icon ({facts.icon!r})"
    actions = menu_actions(window)
    assert {"actionAddVm", "actionConnect", "actionQuit", "actionUserGuide"} <= {
        a.objectName() for a in actions
    }
    missing = [a.objectName() or a.text() for a in actions if not renders(a.icon())]
    assert missing == []
    for tabs in (window.panes, window.bottom_tabs):
        assert isinstance(tabs, QTabWidget)
        for index in range(tabs.count()):
            assert renders(tabs.tabIcon(index)), tabs.tabText(index)
    assert window.panes.count() == len(pane_kinds())


def test_the_bundled_icons_take_the_palettes_text_colour_and_follow_a_change(
    qapp: QApplication, no_icon_theme: Path, palette: None
) -> None:
    light = QPalette(QGuiApplication.palette())
    light.setColor(QPalette.ColorRole.WindowText, QColor("#202020"))
    light.setColor(QPalette.ColorRole.Window, QColor("#f6f5f4"))
    QApplication.setPalette(light)
    pause = icon("media-playback-pause")
    assert {c.name() for c in drawn_colours(pause)} == {"#202020"}

    dark = QPalette(light)
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#eeeeec"))
    dark.setColor(QPalette.ColorRole.Window, QColor("#242424"))
    QApplication.setPalette(dark)
    # The same icon, drawn again: now in the dark palette's light text colour.
    assert {c.name() for c in drawn_colours(pause)} == {"#eeeeec"}
    # A button showing it repaints in the new colour when the palette changes.
    button = QToolButton()
    button.setIcon(pause)
    button.resize(40, 40)
    button.show()
    try:
        light_again = QPalette(dark)
        light_again.setColor(QPalette.ColorRole.WindowText, QColor("#123456"))
        QApplication.setPalette(light_again)
        QApplication.processEvents()
        assert "#123456" in grabbed(button) and "#eeeeec" not in grabbed(button)
        QApplication.setPalette(dark)
        QApplication.processEvents()
        assert "#eeeeec" in grabbed(button) and "#123456" not in grabbed(button)
    finally:
        button.close()
        button.deleteLater()
    # A disabled action's icon: the palette's disabled text colour.
    dark.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#7f7f7f"))
    QApplication.setPalette(dark)
    image = pause.pixmap(24, QIcon.Mode.Disabled).toImage()
    opaque = [image.pixelColor(x, 12) for x in range(24) if image.pixelColor(x, 12).alpha() > 200]
    assert opaque and {c.name() for c in opaque} == {"#7f7f7f"}


def test_the_desktop_themes_icon_comes_first(no_icon_theme: Path) -> None:
    theme = no_icon_theme / "plain"
    (theme / "scalable" / "actions").mkdir(parents=True)
    (theme / "index.theme").write_text(
        "[Icon Theme]\nName=plain\nDirectories=scalable/actions\n\n"
        "[scalable/actions]\nSize=16\nMinSize=8\nMaxSize=512\nType=Scalable\n"
    )
    (theme / "scalable" / "actions" / "media-playback-pause.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16">'
        '<rect width="16" height="16" fill="#00ff00"/></svg>'
    )
    QIcon.setThemeName("plain")
    assert {c.name() for c in drawn_colours(icon("media-playback-pause"))} == {"#00ff00"}
    # A name the theme lacks: the bundled icon.
    assert renders(icon("system-reboot"))
    assert "#00ff00" not in {c.name() for c in drawn_colours(icon("system-reboot"))}


@pytest.fixture
def app_style(qapp: QApplication) -> Iterator[QApplication]:
    """The application's style, put back after the test."""
    saved = qapp.style().name()
    yield qapp
    QApplication.setStyle(saved)


def test_dialog_buttons_icons_take_the_palettes_text_colour(
    app_style: QApplication, palette: None
) -> None:
    use_button_icons(app_style)  # as qmpgui's application() sets it up
    Button = QDialogButtonBox.StandardButton
    box = QDialogButtonBox()
    # Icons on dialog buttons, as GNOME's and KDE's themes ask (the offscreen platform's
    # does not): Qt's own, or Adwaita's, are dark pictures whatever the palette.
    box.setStyleSheet("QDialogButtonBox { dialogbuttonbox-buttons-have-icons: 1; }")
    box.setStandardButtons(Button.Ok | Button.Cancel | Button.Close)
    light = QPalette(QGuiApplication.palette())
    light.setColor(QPalette.ColorRole.WindowText, QColor("#202020"))
    QApplication.setPalette(light)
    for button in box.buttons():
        assert in_colour(button.icon(), QColor("#202020")), button.text()
    dark = QPalette(light)
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#eeeeec"))
    dark.setColor(QPalette.ColorRole.Window, QColor("#242424"))
    QApplication.setPalette(dark)
    for button in box.buttons():
        assert in_colour(button.icon(), QColor("#eeeeec")), button.text()


def _style(window: MainWindow) -> Qt.ToolButtonStyle:
    toolbar = window.findChild(QToolBar, "mainToolBar")
    assert toolbar is not None
    return toolbar.toolButtonStyle()


def test_the_toolbar_shows_text_beside_under_or_no_text_as_chosen_and_kept(
    windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.open(config={"vms": []})
    assert _style(window) is Qt.ToolButtonStyle.ToolButtonTextBesideIcon  # the default
    icons_only = window.findChild(QAction, "actionToolbarIconsOnly")
    assert isinstance(icons_only, QAction) and not icons_only.isChecked()
    icons_only.trigger()
    assert _style(window) is Qt.ToolButtonStyle.ToolButtonIconOnly
    path = window.options.config_path

    def saved() -> object:
        try:
            return json.loads(path.read_text()).get("toolbar_style")
        except (OSError, ValueError):
            return None

    arun.wait(lambda: saved() == "icons-only")
    # Preferences and an edit of the file reach the toolbar the same way.
    window.fleet.apply_settings({"toolbar_style": "text-under-icons"})
    assert _style(window) is Qt.ToolButtonStyle.ToolButtonTextUnderIcon
    under = window.findChild(QAction, "actionToolbarTextUnder")
    assert isinstance(under, QAction) and under.isChecked()
    windows.close(window)

    again = windows.open(config={"vms": [], "toolbar_style": "icons-only"})
    assert _style(again) is Qt.ToolButtonStyle.ToolButtonIconOnly
