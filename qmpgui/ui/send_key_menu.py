"""The Send key menu: the combinations a desktop takes for itself (Ctrl+Alt+Del,
Ctrl+Alt+Backspace, Ctrl+Alt+F1..F12, Alt+SysRq with a letter, Print Screen) and
Other keys… for any combination. The VM menu, the VM list's context menu and the
screendump viewer's toolbar each show one; whoever makes it says what choosing does.

Its items have no shortcuts of their own: the keys they stand for are what the desktop
would swallow, and a shortcut for them could clash with the window's.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from qmpgui.i18n import translate
from qmpgui.qmp.keys import (
    CTRL_ALT_BACKSPACE,
    CTRL_ALT_DEL,
    CTRL_ALT_F,
    PRINT_SCREEN,
    SYSRQ,
    Combo,
)


class SendKeyMenu(QMenu):
    """The menu; `chosen` carries the QKeyCodes of the combination picked (a tuple of
    str, in the order pressed), `otherRequested` asks for the Other keys dialog."""

    chosen = Signal(object)
    otherRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("SendKeyMenu", "Send &key"), parent)
        self.setObjectName("sendKeyMenu")
        self._add(self, CTRL_ALT_DEL, "sendKeyCtrlAltDel", "Ctrl+Alt+&Del")
        self._add(
            self,
            CTRL_ALT_BACKSPACE,
            "sendKeyCtrlAltBackspace",
            "Ctrl+Alt+&Backspace",
        )
        consoles = self.addMenu(translate("SendKeyMenu", "Ctrl+Alt+&F1 … F12"))
        consoles.setObjectName("sendKeyConsoles")
        # A submenu's tooltip is its text without the mnemonic, which Qt's stripping
        # turns into "F1  F12": say it whole.
        _tip(
            consoles,
            translate(
                "SendKeyMenu", "Switch the guest's text consoles (Linux: Ctrl+Alt+F1 to F12)"
            ),
        )
        for number, combo in enumerate(CTRL_ALT_F, start=1):
            # F1..F10 by their last digit; F11 and F12 by the arrow keys.
            text = (
                "Ctrl+Alt+F{v0}&{v1}".format(v0=number // 10 or "", v1=number % 10)
                if number <= 10
                else combo.label
            )
            self._add(consoles, combo, f"sendKeyCtrlAltF{number}", text)
        sysrq = self.addMenu(translate("SendKeyMenu", "Alt+Sys&Rq"))
        sysrq.setObjectName("sendKeySysRq")
        _tip(
            sysrq,
            translate(
                "SendKeyMenu",
                "Linux's magic SysRq keys: Alt+SysRq with a letter, for a stuck guest",
            ),
        )
        for combo in SYSRQ:  # under Alt+SysRq: the letter and what Linux does on it
            letter = combo.keys[-1].upper()
            means = translate("keys", combo.means)
            self._add(sysrq, combo, f"sendKeySysRq{letter}", f"&{letter} — {means}")
        self._add(self, PRINT_SCREEN, "sendKeyPrint", translate("SendKeyMenu", "&Print Screen"))
        self.addSeparator()
        other = QAction(translate("SendKeyMenu", "&Other keys…"), self)
        other.setObjectName("sendKeyOther")
        other.setStatusTip(
            translate(
                "SendKeyMenu", "Type any combination of QEMU's key names, such as ctrl-alt-f7"
            )
        )
        other.setToolTip(other.statusTip())
        other.triggered.connect(self.otherRequested)
        self.addAction(other)

    def _add(self, menu: QMenu, combo: Combo, name: str, text: str) -> QAction:
        action = QAction(text, menu)
        action.setObjectName(name)
        action.setData(combo.keys)
        tip = (
            f"{combo.label}: {translate('keys', combo.means)}"
            if combo.means
            else translate("SendKeyMenu", "Press {label}").format(label=combo.label)
        )
        action.setStatusTip(f"{tip} ({combo.text})")
        action.setToolTip(action.statusTip())
        action.triggered.connect(lambda _=False, keys=combo.keys: self.chosen.emit(keys))
        menu.addAction(action)
        return action


def send_key_button(menu: QMenu) -> QToolButton:
    """A toolbar button named sendKeyButton that opens `menu` when pressed."""
    button = QToolButton()
    button.setObjectName("sendKeyButton")
    button.setText(translate("send_key_menu", "Send &key"))
    button.setMenu(menu)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    return button


def _tip(menu: QMenu, text: str) -> None:
    """`menu`'s entry in its parent menu says `text` on hover and in the status bar."""
    entry = menu.menuAction()
    entry.setToolTip(text)
    entry.setStatusTip(text)
