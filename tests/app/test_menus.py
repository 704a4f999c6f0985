"""The VM list's context menu offers what the VM menu offers: an action on the selected
VMs is never only in one of them."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QMenu

from tests.helpers.windows import Windows


def _names(menu: QMenu) -> list[str]:
    return [a.objectName() for a in menu.actions() if not a.isSeparator() and a.objectName()]


def test_the_context_menu_offers_every_action_of_the_vm_menu(windows: Windows) -> None:
    window = windows.open()
    vm_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&VM" and a.menu())
    assert isinstance(vm_menu, QMenu)
    window.vm_list.customContextMenuRequested.emit(QPoint(5, 5))
    popup = QApplication.activePopupWidget()
    assert isinstance(popup, QMenu)
    try:
        in_popup = _names(popup)
    finally:
        popup.close()
    in_vm_menu = _names(vm_menu)
    assert {"actionSnapshotCreate", "actionSystemReset", "actionConnect"} <= set(in_vm_menu)
    assert [n for n in in_vm_menu if n not in in_popup] == []
    # and what a row needs beside them: edit, remove, add
    assert {"actionEditVm", "actionRemoveVm", "actionAddVm", "actionAddConnection"} <= set(in_popup)
