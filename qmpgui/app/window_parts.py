"""Parts of the main window built in one piece: the application icon, the pane tabs and
the bottom tabs (the event log and the console), and what it says when started again."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from importlib import resources

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QTabWidget, QWidget

from qmpgui.i18n import translate
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
    tabs.setAccessibleName(translate("window_parts", "Event log and console"))
    # No Alt letters: every letter of these words is a pane tab's (Seria&l, Scree&n) or a
    # pane button's; View ▸ Event log (Ctrl+Shift+L) and View ▸ Console (Ctrl+Shift+M)
    # bring them to the front instead.
    tabs.addTab(event_log, icon("view-list"), translate("window_parts", "Event log"))
    tabs.addTab(consoles, icon("utilities-terminal"), translate("window_parts", "Console"))
    return tabs


def started_again(endpoints: Sequence[str], demo: bool) -> str:
    """What the window says when a second start of qmpgui handed it `endpoints` (and
    --demo when `demo`)."""
    opened = [*endpoints, *([translate("MainWindow", "the demo VM")] if demo else [])]
    if not opened:
        return translate("MainWindow", "qmpgui was started again")
    said = translate("MainWindow", "qmpgui was started again: opened {opened}")
    return said.format(opened=", ".join(opened))
