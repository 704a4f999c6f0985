"""Which VMs are in sight: the rows of the VM list the user can see, and the selected
VMs. They are polled at the full rate; the others at the out-of-sight rates, their run
state kept by events (VmSession.set_in_sight, session/polling.py).

The rows seen are read from the view itself (its viewport, row by row from the top:
a tree's unfolded children too), after scrolling, filtering, sorting, folding,
resizing, rows added or removed and a changed selection: once per turn of the event
loop, however many of those came in it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer

from qmpgui.session import VmSession
from qmpgui.ui.vm_list_view import VmListView


class Sight(QObject):
    """Tells every session of `sessions()` (all the list's VMs) whether it is in sight
    of `view`; `seen` is the set told so last."""

    def __init__(
        self, view: VmListView, sessions: Callable[[], list[VmSession]], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._view = view
        self._sessions = sessions
        self.seen: set[VmSession] = set()
        #: Sessions may have come that were never told: the next look tells them all.
        self._all = True
        self._look = QTimer(self)
        self._look.setSingleShot(True)
        self._look.setInterval(0)
        self._look.timeout.connect(self.look)
        shown = view.model()
        for moved in (shown.layoutChanged, shown.rowsRemoved, view.expanded, view.collapsed):
            moved.connect(self._later)
        for added in (shown.rowsInserted, shown.modelReset):
            added.connect(self._later_all)
        view.verticalScrollBar().valueChanged.connect(self._later)
        view.selectionModel().selectionChanged.connect(self._later)
        view.viewport().installEventFilter(self)
        self._later_all()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Qt's eventFilter() on the view's viewport: a resize, a show or a hide changes
        what is seen. Never takes the event."""
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide):
            self._later()
        return False

    def _later(self, *_: object) -> None:
        self._look.start()

    def _later_all(self, *_: object) -> None:
        self._all = True
        self._look.start()

    def visible(self) -> list[VmSession]:
        """The VMs whose rows the viewport shows, top to bottom (none while hidden)."""
        view, found = self._view, []
        viewport = view.viewport()
        if not viewport.isVisible():
            return []
        height = viewport.height()
        index = view.indexAt(QPoint(1, 1))
        while index.isValid() and view.visualRect(index).top() < height:
            item = view.item(index)
            if isinstance(item, VmSession):
                found.append(item)
            index = view.indexBelow(index)
        return found

    def look(self) -> None:
        """Tell the sessions that came into sight or left it (all of them after rows
        were added: a new session is in sight until told otherwise)."""
        selected = [self._view.item(i) for i in self._view.selectionModel().selectedRows()]
        seen = set(self.visible()) | {s for s in selected if isinstance(s, VmSession)}
        told = self._sessions() if self._all else list(seen ^ self.seen)
        self._all = False
        for session in told:
            session.set_in_sight(session in seen)
        self.seen = seen
