"""The window's own actions: quit, about, preferences, and bringing the event log or
the console to the front. The window connects them to what they do."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from qmpgui import __version__
from qmpgui.ui.qactions import make_action
from qmpgui.ui.window_keys import SHOW_CONSOLE, SHOW_EVENT_LOG, SHOW_SCREEN, SHOW_SERIAL


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


def make_window_actions(window: QWidget) -> WindowActions:
    """The window's actions, with their stable objectNames and shortcuts."""
    preferences_keys = QKeySequence(QKeySequence.StandardKey.Preferences)
    return WindowActions(
        quit=make_action(
            window,
            "actionQuit",
            "&Quit",
            QKeySequence.StandardKey.Quit,
            "Close qmpgui (running VMs keep running)",
        ),
        about=make_action(window, "actionAbout", "&About qmpgui", None, "Version and licence"),
        preferences=make_action(
            window,
            "actionPreferences",
            "&Preferences…",
            # X11 desktops have no standard Preferences key.
            preferences_keys if not preferences_keys.isEmpty() else "Ctrl+,",
            "Every setting of the configuration file, applied at once",
        ),
        show_log=make_action(
            window,
            "actionShowEventLog",
            "&Event log",
            SHOW_EVENT_LOG,
            "Show the event log of all VMs: events, connections and commands",
        ),
        show_console=make_action(
            window,
            "actionShowConsole",
            "&Console",
            SHOW_CONSOLE,
            "Show the selected VM's raw QMP/HMP console",
        ),
        show_screen=make_action(
            window,
            "actionShowScreen",
            "&Screen",
            SHOW_SCREEN,
            "Show the selected VM's screen (its tab, or its window when detached)",
        ),
        show_serial=make_action(
            window,
            "actionShowSerial",
            "Se&rial console",
            SHOW_SERIAL,
            "Show the selected VM's serial console (its tab, or its window when detached)",
        ),
    )


def show_about(window: QWidget) -> None:
    """The About box: the version and the licence."""
    QMessageBox.about(
        window,
        "About qmpgui",
        f"<b>qmpgui {__version__}</b><p>A desktop control panel for QEMU virtual machines, "
        "speaking QMP.</p><p>Licensed under the MIT licence.</p>",
    )
