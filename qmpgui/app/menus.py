"""The window's menu bar, toolbar and the VM list's context menu, from the actions of
the VM list, the action table and the window. The VM menu and the context menu show the
same groups, so an action added to a group appears in both."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QWidget

from qmpgui.app.actions import VmActions
from qmpgui.app.list_actions import ListActions
from qmpgui.app.window_actions import WindowActions
from qmpgui.i18n import translate
from qmpgui.qmp.actions import Group


def _vm_groups(lists: ListActions, vm_actions: VmActions) -> list[list[QAction]]:
    """What acts on the selected VMs, in groups: connection, lifecycle, devices,
    snapshots, migration."""
    return [
        [lists.connect, lists.disconnect],
        vm_actions.group(Group.LIFECYCLE),
        vm_actions.group(Group.DEVICE),
        vm_actions.group(Group.SNAPSHOT),
        vm_actions.group(Group.MIGRATION),
    ]


def _add_groups(menu: QMenu, groups: list[list[QAction]]) -> None:
    for group in groups:
        menu.addActions(group)
        menu.addSeparator()


def build_menus(
    window: QMainWindow,
    lists: ListActions,
    vm_actions: VmActions,
    own: WindowActions,
    toolbar_menu: QMenu,
) -> QToolBar:
    """The menu bar (File, VM, View with `toolbar_menu`, Help) and the main toolbar of
    `window`, which it returns (its style is the toolbar_style setting's)."""
    menu_bar = window.menuBar()
    file_menu = menu_bar.addMenu(translate("menus", "&File"))
    file_menu.addActions([lists.add, lists.add_connection, lists.edit, lists.remove])
    file_menu.addSeparator()
    file_menu.addActions([own.preferences, own.quit])
    _add_groups(
        menu_bar.addMenu(translate("menus", "&VM")),
        [*_vm_groups(lists, vm_actions), [lists.refresh]],
    )
    view_menu = menu_bar.addMenu(translate("menus", "Vie&w"))
    view_menu.setObjectName("viewMenu")
    view_menu.addActions([own.show_screen, own.show_serial])
    view_menu.addSeparator()
    view_menu.addActions([own.show_log, own.show_console])
    view_menu.addSeparator()
    view_menu.addMenu(toolbar_menu)
    help_menu = menu_bar.addMenu(translate("menus", "&Help"))
    help_menu.addActions([own.guide, own.shortcuts, own.whats_this])
    help_menu.addSeparator()
    help_menu.addAction(own.about)
    toolbar = window.addToolBar(translate("menus", "Main"))
    toolbar.setObjectName("mainToolBar")
    lifecycle = vm_actions.group(Group.LIFECYCLE)
    for group in ([lists.add, lists.remove], [lists.connect, lists.disconnect], lifecycle):
        toolbar.addActions(group)
        toolbar.addSeparator()
    # Send key is a menu of combinations: the VM menu and the context menu hold it.
    toolbar.addActions([a for a in vm_actions.group(Group.DEVICE) if a.menu() is None])
    return toolbar


def context_menu(parent: QWidget, lists: ListActions, vm_actions: VmActions) -> QMenu:
    """The VM list's context menu (deleted when closed): the VM menu's groups, then
    editing and adding rows."""
    menu = QMenu(parent)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    groups = _vm_groups(lists, vm_actions)
    groups[0] = [*groups[0], lists.refresh]
    _add_groups(menu, [*groups, [lists.edit, lists.remove]])
    menu.addActions([lists.add, lists.add_connection])
    return menu
