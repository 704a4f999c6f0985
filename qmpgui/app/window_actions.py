"""The window's own actions: quit, preferences, bringing the event log or the console
to the front, and the Help menu's (keyboard shortcuts, the user guide, What's This,
about). The window connects them to what they do."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWhatsThis, QWidget

import qmpgui
from qmpgui.i18n import translate
from qmpgui.ui.icons import icon
from qmpgui.ui.qactions import make_action
from qmpgui.ui.window_keys import SHOW_CONSOLE, SHOW_EVENT_LOG, SHOW_SCREEN, SHOW_SERIAL

#: File → Quit's icon (a freedesktop name), the tray menu's Quit's too.
QUIT_ICON = "application-exit"


@dataclass(frozen=True)
class WindowActions:
    """The actions of the File, View and Help menus that act on no VM."""

    quit: QAction
    about: QAction
    preferences: QAction
    show_log: QAction
    show_console: QAction
    show_screen: QAction
    show_serial: QAction
    shortcuts: QAction
    guide: QAction
    whats_this: QAction


def make_window_actions(window: QWidget) -> WindowActions:
    """The window's actions, with their stable objectNames and shortcuts."""
    preferences_keys = QKeySequence(QKeySequence.StandardKey.Preferences)
    # Qt's own: Shift+F1, then a click on a field shows what it means.
    whats_this = QWhatsThis.createAction(window)
    whats_this.setObjectName("actionWhatsThis")
    whats_this.setIcon(icon("dialog-question"))
    whats_this.setStatusTip(
        translate("window_actions", "Click a field after this to read what it means")
    )
    window.addAction(whats_this)
    return WindowActions(
        quit=make_action(
            window,
            "actionQuit",
            translate("window_actions", "&Quit"),
            QKeySequence.StandardKey.Quit,
            translate("window_actions", "Close qmpgui (running VMs keep running)"),
            icon=QUIT_ICON,
        ),
        about=make_action(
            window,
            "actionAbout",
            translate("window_actions", "&About qmpgui"),
            None,
            translate("window_actions", "Version and licence"),
            icon="help-about",
        ),
        preferences=make_action(
            window,
            "actionPreferences",
            translate("window_actions", "&Preferences…"),
            # X11 desktops have no standard Preferences key.
            preferences_keys if not preferences_keys.isEmpty() else "Ctrl+,",
            translate("window_actions", "Every setting of the configuration file, applied at once"),
            icon="preferences-system",
        ),
        show_log=make_action(
            window,
            "actionShowEventLog",
            translate("window_actions", "&Event log"),
            SHOW_EVENT_LOG,
            translate(
                "window_actions", "Show the event log of all VMs: events, connections and commands"
            ),
            icon="view-list",
        ),
        show_console=make_action(
            window,
            "actionShowConsole",
            translate("window_actions", "&Console"),
            SHOW_CONSOLE,
            translate("window_actions", "Show the selected VM's raw QMP/HMP console"),
            icon="utilities-terminal",
        ),
        show_screen=make_action(
            window,
            "actionShowScreen",
            translate("window_actions", "&Screen"),
            SHOW_SCREEN,
            translate(
                "window_actions",
                "Show the selected VM's screen (its tab, or its window when detached)",
            ),
            icon="video-display",
        ),
        show_serial=make_action(
            window,
            "actionShowSerial",
            translate("window_actions", "Se&rial console"),
            SHOW_SERIAL,
            translate(
                "window_actions",
                "Show the selected VM's serial console (its tab, or its window when detached)",
            ),
            icon="modem",
        ),
        shortcuts=make_action(
            window,
            "actionShortcuts",
            translate("window_actions", "&Keyboard shortcuts"),
            "Ctrl+F1",
            translate("window_actions", "Every keyboard shortcut of qmpgui, searchable"),
            icon="preferences-desktop-keyboard-shortcuts",
        ),
        guide=make_action(
            window,
            "actionUserGuide",
            translate("window_actions", "&User guide"),
            QKeySequence.StandardKey.HelpContents,
            translate("window_actions", "How to use qmpgui, shown here without a network"),
            icon="help-contents",
        ),
        whats_this=whats_this,
    )


def show_about(window: QWidget) -> None:
    """The About box: the version and the licence."""
    QMessageBox.about(
        window,
        translate("window_actions", "About qmpgui"),
        translate(
            "window_actions",
            "<b>qmpgui {__version__}</b><p>A desktop control panel for QEMU virtual machines, speaking QMP.</p><p>Licensed under the MIT licence.</p>",
        ).format(__version__=qmpgui.__version__),
    )
