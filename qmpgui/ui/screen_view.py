"""The screen view (`screenView`): one VM's screen, live, taking keys and the pointer.

Frames come while the view is on screen (models/screen_feed.py); input goes through
session/screen_input.py. The toolbar: Fit (scaled to the view, or 1:1), Send key (the
window's menu), Type text…, and Detach (the pane puts the view in a window of its own).
The line below says where frames come from and their rate, and whether the keyboard is
captured.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QHideEvent, QImage, QKeySequence, QShowEvent
from PySide6.QtWidgets import QLabel, QMenu, QToolBar, QVBoxLayout, QWidget

from qmpgui.i18n import marked, translate
from qmpgui.log.entry import Level
from qmpgui.models.palette import Tone
from qmpgui.models.screen_feed import ScreenFeed
from qmpgui.qmp.keymaps import DEFAULT_LAYOUT
from qmpgui.qmp.keys import key_text
from qmpgui.qmp.screen_input import NO_TABLET, keystrokes, missing_text, release_keys
from qmpgui.qmp.screendump import NO_DISPLAY
from qmpgui.session import VmSession
from qmpgui.session.screen_input import ScreenInput
from qmpgui.session.tasks import TaskSet
from qmpgui.ui.guest_layouts import GuestLayouts
from qmpgui.ui.qactions import enable
from qmpgui.ui.say import Say
from qmpgui.ui.screen_canvas import ScreenCanvas
from qmpgui.ui.send_key_menu import send_key_button
from qmpgui.ui.styles import set_tone
from qmpgui.ui.type_text_dialog import Keymap, TypeTextDialog
from qmpgui.ui.window_keys import DETACH

#: Said while the view shows no VM.
NO_VM = marked("screen_view", "Select a connected VM to see its screen")
#: The capture line meanwhile (the status line below it says why there is no frame).
NO_CAPTURE = marked(
    "screen_view", "Keyboard capture and Type text are off: this VM has no screen to type into"
)


class ScreenView(QWidget):
    """The view of one VM's screen (or none); set_session() changes the VM.
    `detachRequested` asks the pane to move the view into a window (or back)."""

    detachRequested = Signal()

    def __init__(self, say: Say, send_key_menu: QMenu | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("screenView")
        self.say = say
        self.session: VmSession | None = None
        self.feed: ScreenFeed | None = None
        self.input: ScreenInput | None = None
        self.release_text = "ctrl-alt"
        self._tasks = TaskSet()
        #: Type text's keyboard layouts and each VM's choice.
        self.layouts = GuestLayouts()
        self._note = ""
        #: The last "no frame" note, cleared by the next frame (compared whole: translated).
        self._no_frame = ""
        self.canvas = ScreenCanvas()
        self.canvas.inputEvents.connect(self._send)
        self.canvas.capturedChanged.connect(lambda _: self._show_status())
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("screenToolbar")
        self.fit_action = self._action(
            translate("ScreenView", "&Fit"),
            "screenFit",
            translate("ScreenView", "Scale the screen to the view; off: 1:1"),
        )
        self.fit_action.setCheckable(True)
        self.fit_action.setChecked(True)
        self.fit_action.toggled.connect(self.canvas.set_fit)
        if send_key_menu is not None:
            self.toolbar.addWidget(send_key_button(send_key_menu))
        self.type_action = self._action(
            translate("ScreenView", "&Type text…"),
            "screenTypeText",
            translate(
                "ScreenView",
                "Type a text or the clipboard's into the guest, key by key as its keyboard layout has it",
            ),
        )
        self.type_action.triggered.connect(self.ask_text)
        self.detach_action = self._action(
            translate("ScreenView", "&Detach"),
            "screenDetach",
            translate("ScreenView", "Show the screen in a window of its own (and back)"),
        )
        self.detach_action.triggered.connect(self.detachRequested)
        # The view's own key (the Serial pane has the same one): it works wherever the
        # focus is in the view, also from the captured screen (screen_canvas.py).
        self.detach_action.setShortcut(QKeySequence(DETACH))
        self.detach_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.detach_action.setToolTip(f"{self.detach_action.toolTip()} ({DETACH})")
        self.addAction(self.detach_action)
        self.capture_label = QLabel()
        self.capture_label.setObjectName("screenCapture")
        self.status = QLabel(translate("screen_view", NO_VM))
        self.status.setObjectName("screenStatus")
        self.status.setWordWrap(True)
        self.status.setContentsMargins(6, 0, 6, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.capture_label)
        layout.addWidget(self.status)
        self._rate_timer = QTimer(self)
        self._rate_timer.setInterval(1000)
        self._rate_timer.timeout.connect(self._show_status)
        self._show_status()

    def _action(self, text: str, name: str, tip: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.setProperty("baseTip", tip)  # enable() adds why it is off
        self.toolbar.addAction(action)
        return action

    # -- which VM -------------------------------------------------------------------------

    def set_release(self, text: str) -> None:
        """The release combination, as the preference spells it ("ctrl-alt"); one that
        cannot be read leaves Ctrl+Alt, and says why."""
        try:
            self.canvas.release = release_keys(text)
            self.release_text = text
        except ValueError as err:
            self.canvas.release = release_keys("ctrl-alt")
            self.release_text = "ctrl-alt"
            self.say(
                Level.WARNING,
                translate("ScreenView", "Screen: {err}; Ctrl+Alt releases the keyboard").format(
                    err=err
                ),
            )
        self._show_status()

    def set_session(self, session: VmSession | None) -> None:
        """Show `session`'s screen (None: none)."""
        if session is self.session:
            return
        self.canvas.set_captured(False)
        self._stop()
        self.session = session
        self.canvas.clear()
        self._note = ""
        self._offer_input(True)
        self.sync()

    def sync(self) -> None:
        """Take frames while a connected VM's view is on screen, else not."""
        session = self.session
        shown = self.isVisible() and not self.window().isMinimized()
        running = session is not None and session.connected and shown
        self._mark_stale()
        if not running:
            self._stop()
        elif self.feed is None and session is not None:
            self.feed = ScreenFeed(session, self)
            self.feed.frameReady.connect(self._frame)
            self.feed.failed.connect(self._failed)
            self.input = ScreenInput(session, self._input_failed)
            self.layouts.list_once()
            self.feed.start()
            self._rate_timer.start()
            self._tasks.spawn(self._ask_tablet(self.input), "tablet")
        self._show_status()

    def _mark_stale(self) -> None:
        """Grey the last frame of a VM that is gone, saying so on it, and from when."""
        session, canvas = self.session, self.canvas
        if session is None or session.connected or canvas.image.isNull():
            if canvas.stale is not None and session is not None and session.connected:
                canvas.set_stale(None)
            return
        if canvas.stale is None:
            when = time.strftime("%H:%M:%S", time.localtime(canvas.image_time))
            canvas.set_stale(
                translate(
                    "ScreenView", "The last frame, from {when}: {display_name} is not connected"
                ).format(when=when, display_name=session.display_name)
            )

    def _stop(self) -> None:
        if self.feed is not None:
            feed, self.feed = self.feed, None
            feed.stop()
            feed.deleteLater()
        if self.input is not None:
            self._tasks.spawn(self.input.aclose())
            self.input = None
        self._rate_timer.stop()

    async def aclose(self) -> None:
        """End the frames, the input and the view's tasks."""
        feed, screen_input = self.feed, self.input
        self.input = None
        self._stop()
        if feed is not None:
            await feed.aclose()
        if screen_input is not None:
            await screen_input.aclose()
        await self._tasks.aclose()
        await self.layouts.aclose()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.sync()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.canvas.set_captured(False)
        self.sync()

    # -- frames and input -----------------------------------------------------------------

    def _frame(self, image: QImage, changed: QRect) -> None:
        self.canvas.set_image(image, changed)
        if not self.canvas.capturable:
            self._offer_input(True)
        if self._note and self._note == self._no_frame:
            self._note = ""
            self._show_status()

    def _failed(self, why: str) -> None:
        self._note = self._no_frame = translate("ScreenView", "no frame: {why}").format(why=why)
        self._offer_input(self.feed is None or not self.feed.no_display)  # says it too

    def _offer_input(self, screen: bool) -> None:
        """Offer the keyboard capture and Type text where the VM has a `screen` to type
        into; where it has none, say why instead."""
        self.canvas.capturable = screen
        if not screen:
            self.canvas.set_captured(False)
        # Neither the capture nor Type text without a display: QEMU would take the keys,
        # but nothing shows what they do.
        no_screen = translate("ScreenView", "no screen to type into: {why}")
        enable(
            self.type_action,
            None if screen else no_screen.format(why=translate("screendump", NO_DISPLAY)),
        )
        self._show_status()

    async def _ask_tablet(self, screen_input: ScreenInput) -> None:
        tablet = await screen_input.tablet()
        if screen_input is not self.input:
            return
        self.canvas.absolute = tablet is not False
        if tablet is False:
            self._note = translate("screen_input", NO_TABLET)
        self._show_status()

    def _send(self, events: list[dict[str, object]]) -> None:
        if self.input is not None and self.feed is not None:
            self.input.send(events)
            self.feed.input_came()

    def _input_failed(self, why: str) -> None:
        self.say(Level.ERROR, why, vm=self.session)

    def ask_text(self) -> None:
        """Ask for a text (the clipboard's offered), then type it into the guest."""
        session = self.session
        if session is None or not session.connected or self.input is None:
            self.say(
                Level.WARNING,
                translate("ScreenView", "Type text: no connected VM's screen is shown"),
            )
            return
        vm = session.endpoint_text
        answer = TypeTextDialog.ask(
            self,
            session.display_name,
            layouts=self.layouts.names,
            layout=self.layouts.chosen(vm),
            load=self.layouts.load,
        )
        if answer:
            text, layout, keymap = answer
            self.layouts.choose(vm, layout)
            self.type_text(text, keymap, layout)

    def type_text(self, text: str, keymap: Keymap = None, layout: str = DEFAULT_LAYOUT) -> None:
        """Type `text` into the guest as the keyboard layout `keymap` (None: en-us)
        types it, or say which characters have no key (nothing is typed then). The log
        says how many characters went, never which."""
        strokes, missing = keystrokes(text, keymap)
        screen_input, session = self.input, self.session
        if missing:
            self.say(
                Level.WARNING,
                translate("ScreenView", "Type text: {v0}").format(v0=missing_text(missing, layout)),
                vm=session,
            )
            return
        if screen_input is None or session is None:
            return

        async def typing() -> None:
            if await screen_input.type_keys(strokes):
                self.say(
                    Level.INFO,
                    translate("ScreenView", "Typed {strokes_count} characters").format(
                        strokes_count=len(strokes)
                    ),
                    vm=session,
                )

        if self.feed is not None:
            self.feed.input_came()
        self._tasks.spawn(typing(), "type")

    # -- the lines below ------------------------------------------------------------------

    def _show_status(self) -> None:
        release = key_text(sorted(self.canvas.release, key=_order)).replace("-", "+").title()
        if not self.canvas.capturable:
            self.capture_label.setText(translate("screen_view", NO_CAPTURE))
            set_tone(self.capture_label, Tone.MUTED, "padding: 2px 6px;")
        elif self.canvas.captured:
            self.capture_label.setText(
                translate("ScreenView", "Keyboard captured — {release} releases").format(
                    release=release
                )
            )
            set_tone(self.capture_label, Tone.WARNING, "padding: 2px 6px; font-weight: bold;")
        else:
            self.capture_label.setText(
                translate(
                    "ScreenView",
                    "Click the screen to type into the guest (keyboard and mouse captured until {release})",
                ).format(release=release)
            )
            set_tone(self.capture_label, Tone.MUTED, "padding: 2px 6px;")
        self.status.setText(self._status_text())

    def _status_text(self) -> str:
        session, feed = self.session, self.feed
        if session is None:
            return translate("screen_view", NO_VM)
        if not session.connected:
            return self.canvas.stale or translate(
                "ScreenView", "{display_name} is not connected"
            ).format(display_name=session.display_name)
        if feed is None:
            return translate("ScreenView", "paused while not on screen")
        rate = feed.frame_rate()
        size = f"{self.canvas.image.width()}×{self.canvas.image.height()}"
        parts = [
            translate("ScreenView", "{rate:.1f} fps ({label}, {size})").format(
                rate=rate, label=feed.source.label, size=size
            )
            if rate
            else feed.source.label
        ]
        if self._note:
            parts.append(self._note)
        return " · ".join(parts)


_MODIFIER_ORDER = ("ctrl", "shift", "alt", "meta_l")


def _order(key: str) -> int:
    return _MODIFIER_ORDER.index(key) if key in _MODIFIER_ORDER else len(_MODIFIER_ORDER)
