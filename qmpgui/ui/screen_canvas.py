"""The screen view's picture, which takes the keyboard and the mouse for the guest.

A click on the picture (or focus by the keyboard) captures: from then on every key,
the window's shortcuts too (Tab, Ctrl+W, F1 to F12, Alt with a mnemonic), goes to the
guest as a press and a release, and Qt's keyboard grab keeps it here; only the release
combination (Ctrl+Alt unless the preferences say otherwise) stays with qmpgui: it
releases the capture, and keys still held in the guest are released there. What the
host's system takes before any window (a compositor's or a VT switch) never comes
here. The click that captures is not sent.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from qmpgui.i18n import translate
from qmpgui.qmp.screen_input import (
    abs_events,
    button_event,
    key_event,
    rel_events,
    releases,
    wheel_events,
)
from qmpgui.ui.screen_keys import native_codes_usable, qkeycode
from qmpgui.ui.window_keys import DETACH, combined, pressed

_BUTTONS = {
    Qt.MouseButton.LeftButton: "left",
    Qt.MouseButton.MiddleButton: "middle",
    Qt.MouseButton.RightButton: "right",
    Qt.MouseButton.BackButton: "side",
    Qt.MouseButton.ForwardButton: "extra",
}

#: The one key that passes a captured screen by.
_DETACH = combined(DETACH)


def _draw_banner(painter: QPainter, area: QRect, words: str, palette: QPalette) -> None:
    """`words` in a box across the middle of `area`, in the palette's tooltip colours."""
    box = QRect(area.left(), area.center().y() - 30, area.width(), 60)
    flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
    painter.fillRect(box, palette.color(QPalette.ColorRole.ToolTipBase))
    painter.setPen(palette.color(QPalette.ColorRole.ToolTipText))
    painter.drawText(box.adjusted(8, 4, -8, -4), int(flags), words)


class ScreenCanvas(QWidget):
    """Paints the guest's screen, fitted or 1:1, and turns input into input-send-event
    events while captured: `inputEvents(list)` carries them, `capturedChanged(bool)`
    says when the capture begins or ends."""

    inputEvents = Signal(list)
    capturedChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.captured = False  # before any call below: event() reads it
        self.setObjectName("screenCanvas")
        self.setAccessibleName(translate("ScreenCanvas", "Guest screen"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setBackgroundRole(QPalette.ColorRole.Dark)
        self.image = QImage()
        #: When the picture shown came (time.time()), and, once the VM has gone, the
        #: words drawn over it, greyed: it is then the last frame, not the screen now.
        self.image_time = 0.0
        self.stale: str | None = None
        self._grey: QImage | None = None
        self.fit = True
        #: The keys that release the capture (qmp.screen_input.release_keys()).
        self.release = frozenset({"ctrl", "alt"})
        #: Whether the VM has a tablet: absolute moves; else relative ones.
        self.absolute = True
        #: Whether key events carry X keycodes (tests on the offscreen platform set it).
        self.native_codes = native_codes_usable()
        #: Keys pressed in the guest and not yet released, in the order pressed.
        self.held: list[str] = []
        self._last_pos: QPointF | None = None
        self._capturing_click = False
        #: Whether a click or Tab may capture: not while there is no screen to type into.
        self.capturable = True

    # -- the picture ----------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(640, 400)

    def set_image(self, image: QImage, changed: QRect) -> None:
        """Show `image`; only `changed` (in the picture's pixels) is repainted when the
        size stayed."""
        same_size = image.size() == self.image.size()
        self.image = image
        self.image_time = time.time()
        if self.stale is not None:
            self.set_stale(None)
        if same_size and not changed.isNull():
            self.update(self.to_widget(changed).toAlignedRect().adjusted(-1, -1, 1, 1))
        else:
            self.update()

    def clear(self) -> None:
        """Show no picture."""
        self.image = QImage()
        self.stale = self._grey = None
        self.update()

    def set_stale(self, words: str | None) -> None:
        """Grey the picture and write `words` over it ("the last frame, from ..."), or
        show it as it is (None)."""
        self.stale = words
        self._grey = None
        self.update()

    def set_fit(self, fit: bool) -> None:
        """Scale the picture to fit (True) or show it 1:1."""
        self.fit = fit
        self.update()

    def picture_rect(self) -> QRectF:
        """Where the picture is painted, in the widget's coordinates."""
        if self.image.isNull():
            return QRectF()
        size = self.image.size().toSizeF()
        if self.fit:
            size = size.scaled(self.size().toSizeF(), Qt.AspectRatioMode.KeepAspectRatio)
        left = max((self.width() - size.width()) / 2, 0.0)
        top = max((self.height() - size.height()) / 2, 0.0)
        return QRectF(QPointF(left, top), size)

    def to_widget(self, rect: QRect) -> QRectF:
        """A rectangle of the picture's pixels in the widget's coordinates."""
        shown = self.picture_rect()
        sx = shown.width() / max(self.image.width(), 1)
        sy = shown.height() / max(self.image.height(), 1)
        return QRectF(
            shown.left() + rect.left() * sx,
            shown.top() + rect.top() * sy,
            rect.width() * sx,
            rect.height() * sy,
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().color(QPalette.ColorRole.Dark))
        if self.image.isNull():
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        if self.stale is None:
            painter.drawImage(self.picture_rect(), self.image)
            return
        if self._grey is None:
            self._grey = self.image.convertToFormat(QImage.Format.Format_Grayscale8)
        shown = self.picture_rect()
        painter.setOpacity(0.45)
        painter.drawImage(shown, self._grey)
        painter.setOpacity(1.0)
        _draw_banner(painter, shown.toRect(), self.stale, self.palette())

    # -- capture --------------------------------------------------------------------------

    def set_captured(self, on: bool) -> None:
        """Take (True) or give back the keyboard and mouse; keys held in the guest are
        released there when it ends."""
        if on == self.captured or (on and not self.capturable):
            return
        self.captured = on
        if on:
            self.setFocus(Qt.FocusReason.OtherFocusReason)
            if self.native_codes:  # X11 and Wayland; Qt's offscreen platform cannot
                self.grabKeyboard()
        else:
            if self.native_codes:
                self.releaseKeyboard()
            self._release_held()
            self._last_pos = None
        self.capturedChanged.emit(on)

    def _release_held(self) -> None:
        if self.held:
            self.inputEvents.emit([key_event(k, False) for k in reversed(self.held)])
            self.held.clear()

    def event(self, event: QEvent) -> bool:
        # While captured, the window's shortcuts are the guest's keys: a shortcut is
        # overridden by accepting this event, then the key comes as a key press. Only
        # Detach passes (the view's own key, window_keys.py).
        if (
            self.captured
            and event.type() == QEvent.Type.ShortcutOverride
            and not (isinstance(event, QKeyEvent) and pressed(event.keyCombination()) == _DETACH)
        ):
            event.accept()
            return True
        return super().event(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        return False if self.captured else super().focusNextPrevChild(next)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            self.set_captured(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        # A popup (a menu) takes focus for a moment; another window or widget ends it.
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.set_captured(False)

    # -- keys -----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.captured:
            super().keyPressEvent(event)
            return
        event.accept()
        key = qkeycode(event, self.native_codes)
        if key is None:
            return
        if releases([*self.held, key], self.release):
            self.set_captured(False)  # the combination's keys do not reach the guest
            return
        if key in self.held:
            # The host's auto-repeat repeats in the guest too; a second press without
            # a release between (a key held when the capture began) is not sent again.
            if event.isAutoRepeat():
                self.inputEvents.emit([key_event(key, True)])
            return
        self.held.append(key)
        self.inputEvents.emit([key_event(key, True)])

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if not self.captured:
            super().keyReleaseEvent(event)
            return
        event.accept()
        if event.isAutoRepeat():
            return  # one release, when the key comes up
        key = qkeycode(event, self.native_codes)
        if key is not None and key in self.held:
            self.held.remove(key)
            self.inputEvents.emit([key_event(key, False)])

    # -- pointer --------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self.captured:
            self.set_captured(True)  # this click only captures: its release stays too
            self._capturing_click = True
            return
        self._send_button(event, True)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._capturing_click:
            self._capturing_click = False
        elif self.captured:
            self._send_button(event, False)

    def _send_button(self, event: QMouseEvent, down: bool) -> None:
        button = _BUTTONS.get(event.button())
        if button is not None:
            self.inputEvents.emit([*self._move(event.position()), button_event(button, down)])

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.captured:
            moves = self._move(event.position())
            if moves:
                self.inputEvents.emit(moves)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not self.captured:
            super().wheelEvent(event)
            return
        steps = round(event.angleDelta().y() / 120)
        if steps:
            self.inputEvents.emit(wheel_events(steps))
        event.accept()

    def _move(self, pos: QPointF) -> list[dict[str, object]]:
        shown = self.picture_rect()
        if shown.isEmpty():
            return []
        if self.absolute:
            return abs_events(
                pos.x() - shown.left(), pos.y() - shown.top(), shown.width(), shown.height()
            )
        last, self._last_pos = self._last_pos, pos
        if last is None:
            return []
        scale = self.image.width() / shown.width()
        return rel_events(round((pos.x() - last.x()) * scale), round((pos.y() - last.y()) * scale))
