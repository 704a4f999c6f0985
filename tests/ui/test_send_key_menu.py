"""The Send key menu says what each entry does on hover and in the status bar, in
whole words (a submenu's own tip otherwise reads "Ctrl+Alt+F1  F12")."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from qmpgui.ui.send_key_menu import SendKeyMenu


def test_every_entry_of_the_send_key_menu_has_a_tip_in_words(qapp: QApplication) -> None:
    menu = SendKeyMenu(None)
    entries = [a for a in menu.actions() if not a.isSeparator()]
    entries += [a for e in entries if e.menu() for a in e.menu().actions()]
    tips = {a.text().replace("&", ""): a.toolTip() for a in entries}
    assert len(tips) >= 4 + 12 + 1  # Ctrl+Alt+Del, Backspace, the submenus, Print, Other
    plain = {text: tip for text, tip in tips.items() if tip.replace("&", "") == text}
    assert plain == {}  # no tip that only repeats the entry's name
    assert all("  " not in tip and tip.strip() for tip in tips.values())
    assert all(a.statusTip() == a.toolTip() for a in entries)
    assert "F12" in tips["Ctrl+Alt+F1 … F12"]
