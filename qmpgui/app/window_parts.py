"""Parts of the main window built in one piece: the application icon, the pane tabs and
the bottom tabs (the event log and the console)."""

from __future__ import annotations

import functools
from importlib import resources

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QTabWidget, QWidget

from qmpgui.ui.explained import explain_labels
from qmpgui.ui.icons import icon
from qmpgui.ui.panes import PaneContext, pane_kinds


@functools.cache
def app_icon() -> QIcon:
    """The application icon (resources/qmpgui.svg, shipped as qmpgui.resources)."""
    return QIcon(str(resources.files("qmpgui.resources") / "qmpgui.svg"))


def pane_tabs(context: PaneContext) -> QTabWidget:
    """A tab per registered pane (ui/panes' registry, in its order), each pane's fields
    explained (ui/explained.py)."""
    tabs = QTabWidget()
    tabs.setObjectName("paneTabs")
    tabs.setAccessibleName("Panes of the selected VM")
    for kind in pane_kinds():
        pane = kind.make(context)
        explain_labels(pane, kind.glossary)
        tabs.addTab(pane, icon(kind.icon), kind.title)
    return tabs


def bottom_tabs(event_log: QWidget, consoles: QWidget) -> QTabWidget:
    """The event log's and the console's tabs under the list and the panes."""
    tabs = QTabWidget()
    tabs.setObjectName("bottomTabs")
    tabs.setAccessibleName("Event log and console")
    tabs.addTab(event_log, icon("view-list"), "Event &log")
    tabs.addTab(consoles, icon("utilities-terminal"), "Co&nsole")
    return tabs
