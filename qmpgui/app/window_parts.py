"""Parts of the main window built in one piece: the application icon, the pane tabs and
the bottom tabs (the event log and the console)."""

from __future__ import annotations

import functools
from importlib import resources

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QTabWidget, QWidget

from qmpgui.ui.icons import icon
from qmpgui.ui.pane_tabs import PaneTabs
from qmpgui.ui.panes import PaneContext, pane_kinds
from qmpgui.ui.panes.screen import ScreenPane


@functools.cache
def app_icon() -> QIcon:
    """The application icon (resources/qmpgui.svg, shipped as qmpgui.resources)."""
    return QIcon(str(resources.files("qmpgui.resources") / "qmpgui.svg"))


def pane_tabs(context: PaneContext) -> PaneTabs:
    """A tab per registered pane (ui/panes' registry, in its order), each pane's fields
    explained (ui/explained.py) once it is built (ui/pane_tabs.py). The Screen pane is
    built with the window: its minimum width is the widest, and the window's layout kept
    from the last run is restored against the tabs' final minimum (else the panes would
    widen a moment after the window shows)."""
    return PaneTabs(pane_kinds(), context, at_once=(ScreenPane,))


def bottom_tabs(event_log: QWidget, consoles: QWidget) -> QTabWidget:
    """The event log's and the console's tabs under the list and the panes."""
    tabs = QTabWidget()
    tabs.setObjectName("bottomTabs")
    tabs.setAccessibleName("Event log and console")
    tabs.addTab(event_log, icon("view-list"), "Event &log")
    tabs.addTab(consoles, icon("utilities-terminal"), "Co&nsole")
    return tabs
