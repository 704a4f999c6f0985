"""A banner above the panes for messages that must not scroll away (a corrupt config
file, a failed bulk action): it stays until dismissed, and collects what is said
while it shows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from qmpgui.i18n import translate
from qmpgui.models.palette import Tone
from qmpgui.ui.styles import fill_style, set_style


class Banner(QWidget):
    """The banner (objectName messageBanner; its text messageBannerText); hidden at first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBanner")
        # A QWidget subclass paints a style sheet's background only when asked to.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        set_style(
            self,
            lambda: fill_style("#messageBanner", Tone.BANNER_BACKGROUND, Tone.BANNER_BORDER),
        )
        self.label = QLabel()
        self.label.setObjectName("messageBannerText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton()
        close.setText("✕")
        close.setToolTip(translate("Banner", "Dismiss"))
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def add(self, text: str) -> None:
        """Show `text`, below what the banner shows already if it is still open."""
        shown = self.label.text()
        self.label.setText(f"{shown}\n{text}" if shown and self.isVisible() else text)
        self.show()
