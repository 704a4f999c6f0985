"""Icons by their freedesktop names (media-playback-pause, system-reboot, ...): the
desktop theme's icon first, else the bundled symbolic SVG of that name
(resources/icons, from Adwaita 43: resources/icons/SOURCE.md).

The bundled icons are one-colour shapes; they are drawn in the palette's text colour
each time they are painted, so that they read on a light and a dark palette alike and
follow a palette changed while the window runs (widgets repaint on that change).
ButtonIconStyle gives the dialog buttons (OK, Cancel, Close... of QDialogButtonBox and
QMessageBox) these icons too, where the desktop shows icons on them."""

from __future__ import annotations

import functools
from collections import OrderedDict
from importlib import resources

from PySide6.QtCore import QByteArray, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QImage,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

#: Pixmaps drawn lately, by (name, width, height, colour): a palette change makes new keys.
_DRAWN: OrderedDict[tuple[str, int, int, int], QPixmap] = OrderedDict()
_DRAWN_MAX = 512


@functools.cache
def bundled_svg(name: str) -> bytes | None:
    """The bundled SVG of the icon `name` (a freedesktop name), or None without one."""
    path = resources.files("qmpgui.resources") / "icons" / f"{name}.svg"
    try:
        return path.read_bytes()
    except OSError:
        return None


def _colour(mode: QIcon.Mode) -> QColor:
    palette = QGuiApplication.palette()
    if mode is QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if mode is QIcon.Mode.Selected:
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)


class SymbolicEngine(QIconEngine):
    """A bundled one-colour SVG, drawn in the palette's colour for the icon's mode."""

    def __init__(self, name: str, svg: bytes) -> None:
        super().__init__()
        self.name = name
        self.svg = svg

    def _draw(self, size: QSize, mode: QIcon.Mode) -> QPixmap:
        colour = _colour(mode)
        key = (self.name, size.width(), size.height(), colour.rgba())
        drawn = _DRAWN.get(key)
        if drawn is not None:
            _DRAWN.move_to_end(key)
            return drawn
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        if not size.isEmpty():
            painter = QPainter(image)
            QSvgRenderer(QByteArray(self.svg)).render(
                painter, QRect(0, 0, size.width(), size.height())
            )
            # The shape's coverage stays, its colour becomes the palette's.
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
            painter.fillRect(image.rect(), colour)
            painter.end()
        drawn = QPixmap.fromImage(image)
        _DRAWN[key] = drawn
        if len(_DRAWN) > _DRAWN_MAX:
            _DRAWN.popitem(last=False)
        return drawn

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self._draw(size, mode)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        # Sharp on a screen with a scale factor: drawn at the device's pixels.
        drawn = QPixmap(self._draw(size * scale, mode))
        drawn.setDevicePixelRatio(scale)
        return drawn

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        painter.drawPixmap(rect, self._draw(rect.size() * scale, mode))

    def clone(self) -> QIconEngine:
        return SymbolicEngine(self.name, self.svg)

    def key(self) -> str:
        return "qmpgui-symbolic"

    def iconName(self) -> str:
        return self.name

    def isNull(self) -> bool:
        return False


def icon(name: str) -> QIcon:
    """The icon `name` (a freedesktop icon name): the desktop theme's, else the bundled
    one in the palette's colours; a null QIcon for "" or a name neither has."""
    if not name:
        return QIcon()
    themed = QIcon.fromTheme(name)
    return themed if not themed.isNull() else bundled_icon(name)


def bundled_icon(name: str) -> QIcon:
    """The bundled icon `name` in the palette's colours, whatever the desktop's theme
    has; a null QIcon for a name not bundled."""
    svg = bundled_svg(name)
    return QIcon(SymbolicEngine(name, svg)) if svg is not None else QIcon()


_Pixmap = QStyle.StandardPixmap
#: The icon (a freedesktop name) of each dialog button's standard pixmap: Adwaita's
#: symbolic shapes for what Qt draws as coloured pictures (qcommonstyle.cpp's names
#: where Adwaita has them).
DIALOG_BUTTON_ICONS = {
    _Pixmap.SP_DialogOkButton: "object-select",
    _Pixmap.SP_DialogYesButton: "object-select",
    _Pixmap.SP_DialogYesToAllButton: "object-select",
    _Pixmap.SP_DialogApplyButton: "object-select",
    _Pixmap.SP_DialogCancelButton: "process-stop",
    _Pixmap.SP_DialogNoButton: "process-stop",
    _Pixmap.SP_DialogNoToAllButton: "process-stop",
    _Pixmap.SP_DialogAbortButton: "process-stop",
    _Pixmap.SP_DialogCloseButton: "window-close",
    _Pixmap.SP_DialogDiscardButton: "edit-delete",
    _Pixmap.SP_DialogSaveButton: "document-save",
    _Pixmap.SP_DialogSaveAllButton: "document-save",
    _Pixmap.SP_DialogOpenButton: "document-open",
    _Pixmap.SP_DialogHelpButton: "help-contents",
    _Pixmap.SP_DialogResetButton: "edit-undo",
    _Pixmap.SP_RestoreDefaultsButton: "edit-undo",
    _Pixmap.SP_DialogRetryButton: "view-refresh",
}


class ButtonIconStyle(QProxyStyle):
    """The application's style (`key`: a QStyleFactory key, "fusion") with the dialog
    buttons' icons of DIALOG_BUTTON_ICONS, bundled ones in the palette's colours. Qt's
    own, and an icon theme's (Adwaita's full-colour window-close), are pictures drawn
    for a light background: dark grey on a dark one. Whether buttons show icons stays
    the desktop's choice (SH_DialogButtonBox_ButtonsHaveIcons)."""

    def __init__(self, key: str) -> None:
        super().__init__(key)

    def standardIcon(
        self,
        standardIcon: QStyle.StandardPixmap,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> QIcon:
        """Qt's standardIcon(), with DIALOG_BUTTON_ICONS' icons."""
        name = DIALOG_BUTTON_ICONS.get(standardIcon)
        found = bundled_icon(name) if name is not None else QIcon()
        return found if not found.isNull() else super().standardIcon(standardIcon, option, widget)


def use_button_icons(app: QApplication) -> None:
    """Give `app` ButtonIconStyle over its style. Setting a style resets the palette:
    call it before the colour scheme is asked for."""
    if not isinstance(app.style(), ButtonIconStyle):
        app.setStyle(ButtonIconStyle(app.style().name()))
