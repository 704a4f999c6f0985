"""The Add VM dialog's list of the QMP sockets found on this host; choosing one fills
the endpoint.

The search (qmpgui.host.monitors) runs off the window's thread: folders and /proc are
read in a worker thread, each socket gets a probe with a timeout. A new search, and
the dialog's end, cancel the one under way.
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qmpgui.host.monitors import FoundMonitor, find_monitors
from qmpgui.host.sockets import usual_places
from qmpgui.session.tasks import TaskSet

PATH, VM, STATE = range(3)


class FoundSockets(QWidget):
    #: (str): the socket path the user chose.
    chosen = Signal(str)

    def __init__(self, taken: Collection[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._taken = list(taken)
        self.tasks = TaskSet()
        #: The folder searched first, besides the usual places (the one the user chose).
        self.folder: str | None = None
        self.places: list[str] = []

        title = QLabel("<b>Found sockets</b>")
        self.status = QLabel()
        self.status.setObjectName("vmFoundStatus")
        self.status.setWordWrap(True)
        self.again = QPushButton("&Search again")
        self.again.setObjectName("vmFoundSearch")
        self.again.setToolTip("Look for QMP sockets again")
        self.again.clicked.connect(lambda: self.search(self.folder))
        self.list = QTreeWidget()
        self.list.setObjectName("vmFoundSockets")
        self.list.setAccessibleName("Found sockets")
        self.list.setHeaderLabels(["Socket", "VM", "State"])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        header = self.list.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(PATH, QHeaderView.ResizeMode.Interactive)
        self.list.setColumnWidth(PATH, 300)
        self.list.setColumnWidth(VM, 110)
        self.list.itemClicked.connect(self._picked)
        self.list.itemActivated.connect(self._picked)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.again)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.list)

    def search(self, folder: str | None = None) -> None:
        """Search `folder` (the one the user chose, if any) and the usual places, in the
        background; a search under way is cancelled."""
        self.folder = folder
        self.places = usual_places(folder)
        self.status.setText(f"Looking in {', '.join(self.places)}…")
        self.again.setEnabled(False)
        self.tasks.spawn(self._search(list(self.places)), "search")

    def cancel(self) -> None:
        """Stop the search under way (the dialog is ending)."""
        self.tasks.cancel()

    async def _search(self, places: list[str]) -> None:
        try:
            found = await find_monitors(places, self._taken)
        except Exception as err:  # the list is a help: a failure says so and goes no further
            self.status.setText(f"The search failed: {err}")
            self.again.setEnabled(True)
            return
        self._show(found)
        self.again.setEnabled(True)

    def _show(self, found: list[FoundMonitor]) -> None:
        self.list.clear()
        for monitor in found:
            item = QTreeWidgetItem([monitor.path, monitor.vm_name or "—", monitor.state])
            item.setData(PATH, Qt.ItemDataRole.UserRole, monitor.path)
            item.setToolTip(PATH, monitor.path)
            item.setToolTip(STATE, monitor.state)
            if monitor.taken:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addTopLevelItem(item)
        where = ", ".join(self.places)
        if found:
            count = f"{len(found)} QMP socket{'s' if len(found) != 1 else ''}"
            self.status.setText(f"{count} in {where}: choose one to fill in the endpoint.")
        else:
            self.status.setText(f"No QMP socket answered in {where}.")

    def _picked(self, item: QTreeWidgetItem) -> None:
        path = item.data(PATH, Qt.ItemDataRole.UserRole)
        if isinstance(path, str) and item.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.chosen.emit(path)

    def paths(self) -> list[str]:
        """The socket paths listed, in order."""
        items = (self.list.topLevelItem(row) for row in range(self.list.topLevelItemCount()))
        return [str(item.data(PATH, Qt.ItemDataRole.UserRole)) for item in items if item]
