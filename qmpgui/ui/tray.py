"""The system tray icon: qmpgui's icon with a badge, a tooltip that says how many VMs
run and how many have a problem, and a menu (filled by app/tray.py when it opens)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from qmpgui.i18n import translate
from qmpgui.models.palette import Tone, colour
from qmpgui.session.health import Health, problem_of

#: The sizes the badged icon is drawn at (pixels): trays ask for 16 to 32, HiDPI more.
ICON_SIZES = (16, 22, 24, 32, 48, 64)
#: At most this many problem VMs are named in the tooltip; the rest are counted.
TOOLTIP_NAMES = 5


def badge_text(health: Health) -> str:
    """What the badge says: the number of VMs with a problem when any has one, else the
    number running ("" when none runs); "99+" past 99, which the badge cannot hold."""
    number = len(health.problems) or health.running
    if not number:
        return ""
    return "99+" if number > 99 else str(number)


def badged(base: QIcon, text: str, tone: Tone) -> QIcon:
    """`base` with `text` in a disc of `tone`'s colour in its lower right corner, at
    every ICON_SIZES size; `base` itself when `text` is empty."""
    if not text:
        return base
    icon = QIcon()
    for size in ICON_SIZES:
        pixmap = base.pixmap(size, size)
        if pixmap.isNull():
            pixmap = QPixmap(size, size)
            pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = size * (0.62 if len(text) > 1 else 0.5)
        disc = QRectF(size - side, size - side, side, side)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour(tone))
        painter.drawEllipse(disc)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(6, int(side * (0.5 if len(text) > 2 else 0.7))))
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def tooltip(health: Health) -> str:
    """The tray icon's tooltip: "qmpgui: 3 running, 1 with a problem", then a line per
    VM with a problem (its name and problem), at most TOOLTIP_NAMES of them."""
    lines = [translate("tray", "qmpgui: {v0}").format(v0=health.summary())]
    for session in health.problems[:TOOLTIP_NAMES]:
        lines.append(f"{session.display_name}: {problem_of(session) or ''}")
    more = len(health.problems) - TOOLTIP_NAMES
    if more > 0:
        lines.append(translate("tray", "and {more} more").format(more=more))
    return "\n".join(lines)


class TrayIcon(QSystemTrayIcon):
    """The tray icon (`trayIcon`) over `base`, qmpgui's icon; its `menu` is filled by
    the window. show_health() sets the badge and tooltip; `badge` is the badge's text."""

    def __init__(self, base: QIcon, parent: QObject) -> None:
        super().__init__(base, parent)
        self.setObjectName("trayIcon")
        self._base = base
        self.badge = ""
        self._drawn: tuple[str, Tone] | None = None
        self.health = Health()
        # The tray does not own its menu: the icon keeps it as long as itself.
        self.menu = QMenu()
        self.menu.setObjectName("trayMenu")
        self.setContextMenu(self.menu)
        self.show_health(Health())

    def show_health(self, health: Health) -> None:
        """Say `health` in the tooltip and the badge (problems in the error tone, else
        the running VMs in the good one)."""
        self.health = health
        self.setToolTip(tooltip(health))
        text = badge_text(health)
        tone = Tone.ERROR if health.problems else Tone.GOOD
        if (text, tone) != self._drawn:  # drawn again only when it changes
            self._drawn, self.badge = (text, tone), text
            self.setIcon(badged(self._base, text, tone))

    def dispose(self) -> None:
        """Hide the icon and let go of its menu (the tray setting was turned off)."""
        self.hide()
        self.setContextMenu(None)  # type: ignore[arg-type]
        self.menu.deleteLater()
        self.deleteLater()
