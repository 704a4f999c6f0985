"""Parts of the main window built in one piece: the application icon, the pane tabs and
the bottom tabs (the event log and the console), and what it says when started again."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from importlib import resources

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QTabWidget, QWidget

from qmpgui.i18n import translate
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
    tabs.setAccessibleName(translate("window_parts", "Panes of the selected VM"))
    for kind in pane_kinds():
        pane = kind.make(context)
        explain_labels(pane, kind.glossary)
        tabs.addTab(pane, icon(kind.icon), translate("panes", kind.title))
    return tabs


def bottom_tabs(event_log: QWidget, consoles: QWidget) -> QTabWidget:
    """The event log's and the console's tabs under the list and the panes."""
    tabs = QTabWidget()
    tabs.setObjectName("bottomTabs")
    tabs.setAccessibleName(translate("window_parts", "Event log and console"))
    tabs.addTab(event_log, icon("view-list"), translate("window_parts", "Event &log"))
    tabs.addTab(consoles, icon("utilities-terminal"), translate("window_parts", "Co&nsole"))
    return tabs


def started_again(endpoints: Sequence[str], demo: bool) -> str:
    """What the window says when a second start of qmpgui handed it `endpoints` (and
    --demo when `demo`)."""
    opened = [*endpoints, *([translate("MainWindow", "the demo VM")] if demo else [])]
    if not opened:
        return translate("MainWindow", "qmpgui was started again")
    said = translate("MainWindow", "qmpgui was started again: opened {opened}")
    return said.format(opened=", ".join(opened))
