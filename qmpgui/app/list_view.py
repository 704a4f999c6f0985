"""What the window does with the VM list beyond selecting in it: the sort kept in the
config (`vm_list_sort`, set by a click on a column's header), and the Select menu,
which selects the VMs shown in a run state (all running, all paused, all with a
problem) for the actions to act on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from qmpgui.app.fleet import Fleet
from qmpgui.app.messages import Say
from qmpgui.i18n import marked, translate
from qmpgui.log.entry import Level
from qmpgui.models.vm_list_proxy import sort_of, sort_setting
from qmpgui.session import VmSession
from qmpgui.session.health import problem_of
from qmpgui.ui.qactions import make_action
from qmpgui.ui.vm_list_view import VmListView

#: The Select menu's choices: (objectName, text, shortcut, what it selects, what the
#: VMs selected are, in words).
_CHOICES: tuple[tuple[str, str, str, Callable[[VmSession], bool], str], ...] = (
    (
        "actionSelectRunning",
        marked("ListView", "All &running"),
        "",
        lambda s: s.run_status == "running",
        marked("ListView", "is running"),
    ),
    (
        "actionSelectPaused",
        marked("ListView", "All &paused"),
        "",
        lambda s: s.run_status == "paused",
        marked("ListView", "is paused"),
    ),
    (
        "actionSelectProblems",
        marked("ListView", "All with p&roblems"),
        "",
        lambda s: problem_of(s) is not None,
        marked(
            "ListView", "has a problem (panicked, stopped on an error, connection lost or failed)"
        ),
    ),
)

#: The choices' icons (freedesktop names; bundled in resources/icons/).
_ICONS = {
    "actionSelectRunning": "media-playback-start",
    "actionSelectPaused": "media-playback-pause",
    "actionSelectProblems": "dialog-warning",
}


class ListView(QObject):
    """The sort and the Select menu of `view`, the window's VM list."""

    def __init__(self, parent: QWidget, view: VmListView, fleet: Fleet, say: Say) -> None:
        super().__init__(parent)
        self._view = view
        self._fleet = fleet
        self._say = say
        self.select_all = make_action(
            parent,
            "actionSelectAll",
            translate("ListView", "&All"),
            None,
            translate("ListView", "Select every VM shown in the list"),
            icon="edit-select-all",
        )
        self.select_all.triggered.connect(self._all)
        self.choices: list[QAction] = []
        for name, english, keys, wanted, said in _CHOICES:
            text, word = translate("ListView", english), translate("ListView", said)
            tip = translate("ListView", "Select every VM shown that {word}").format(word=word)
            action = make_action(parent, name, text, keys or None, tip, icon=_ICONS[name])
            action.triggered.connect(lambda _=False, w=wanted, t=word: self.select(w, t))
            self.choices.append(action)
        view.set_sort(*self._kept_sort())
        view.header().sortIndicatorChanged.connect(self._sorted)
        fleet.settingsApplied.connect(self._applied)

    def add_menu(self, bar: QMenuBar) -> QMenu:
        """Put the Select submenu at the end of `bar`'s View menu (in `bar` without one):
        a menu of its own on the bar would take an Alt letter the tabs and panes need, and
        in the VM menu every letter of "Select" is taken."""
        menu = self.menu(bar)
        view = bar.findChild(QMenu, "viewMenu")
        if view is None:
            bar.addMenu(menu)
        else:
            view.addSeparator()
            view.addMenu(menu)
        return menu

    def menu(self, parent: QWidget) -> QMenu:
        """The Select menu: All, then the VMs in a state."""
        menu = QMenu(translate("ListView", "Se&lect"), parent)
        menu.setObjectName("selectMenu")
        menu.addAction(self.select_all)
        menu.addSeparator()
        menu.addActions(self.choices)
        return menu

    def select(self, wanted: Callable[[VmSession], bool], word: str) -> int:
        """Select the VMs shown for which `wanted` holds; say so when there is none (the
        selection then stays). The number selected."""
        sessions = [s for s in self._fleet.model.all_sessions if wanted(s)]
        selected = self._view.select_items(sessions)
        if not selected:
            hidden = (
                translate("ListView", " (the filter hides some VMs)")
                if self._view.shown.filter_text
                else ""
            )
            self._say(
                Level.INFO,
                translate("ListView", "Select: no VM shown {word}{hidden}").format(
                    word=word, hidden=hidden
                ),
            )
        return selected

    def _all(self) -> None:
        self._view.selectAll()

    # -- the sort --------------------------------------------------------------------

    def _kept_sort(self) -> tuple[int, Qt.SortOrder]:
        try:
            return sort_of(self._fleet.config.vm_list_sort)
        except ValueError:  # the config said it already, when it read the file
            return -1, Qt.SortOrder.AscendingOrder

    def _sorted(self, column: int, order: Qt.SortOrder) -> None:
        setting = sort_setting(column, order)
        if setting != self._fleet.config.vm_list_sort:
            self._fleet.apply_settings({"vm_list_sort": setting})
            self._fleet.save_config()

    def _applied(self, values: dict[str, object]) -> None:
        if "vm_list_sort" in values:  # also an edit of the file
            self._view.set_sort(*self._kept_sort())
