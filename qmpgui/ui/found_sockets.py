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

from qmpgui.host.monitors import PROBES, MonitorSearch, find_monitors
from qmpgui.host.places import usual_places
from qmpgui.i18n import PLURAL, translate
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

        title = QLabel(translate("FoundSockets", "<b>Found sockets</b>"))
        self.status = QLabel()
        self.status.setObjectName("vmFoundStatus")
        self.status.setWordWrap(True)
        self.again = QPushButton(translate("FoundSockets", "&Search again"))
        self.again.setObjectName("vmFoundSearch")
        self.again.setToolTip(translate("FoundSockets", "Look for QMP sockets again"))
        self.again.clicked.connect(lambda: self.search(self.folder))
        self.list = QTreeWidget()
        self.list.setObjectName("vmFoundSockets")
        self.list.setAccessibleName(translate("FoundSockets", "Found sockets"))
        self.list.setHeaderLabels(
            [translate("FoundSockets", "Socket"), "VM", translate("FoundSockets", "State")]
        )
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
        self.status.setText(
            translate("FoundSockets", "Looking in {v0}…").format(v0=", ".join(self.places))
        )
        self.again.setEnabled(False)
        self.tasks.spawn(self._search(list(self.places)), "search")

    def cancel(self) -> None:
        """Stop the search under way (the dialog is ending)."""
        self.tasks.cancel()

    async def _search(self, places: list[str]) -> None:
        try:
            found = await find_monitors(places, self._taken)
        except Exception as err:  # the list is a help: a failure says so and goes no further
            self.status.setText(
                translate("FoundSockets", "The search failed: {err}").format(err=err)
            )
            self.again.setEnabled(True)
            return
        self._show(found)
        self.again.setEnabled(True)

    def _show(self, search: MonitorSearch) -> None:
        self.list.clear()
        for monitor in search.monitors:
            item = QTreeWidgetItem([monitor.path, monitor.vm_name or "—", monitor.state])
            item.setData(PATH, Qt.ItemDataRole.UserRole, monitor.path)
            item.setToolTip(PATH, monitor.path)
            item.setToolTip(STATE, monitor.state)
            if monitor.taken:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addTopLevelItem(item)
        self.status.setText(summary(search))

    def _picked(self, item: QTreeWidgetItem) -> None:
        path = item.data(PATH, Qt.ItemDataRole.UserRole)
        if isinstance(path, str) and item.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.chosen.emit(path)

    def paths(self) -> list[str]:
        """The socket paths listed, in order."""
        items = (self.list.topLevelItem(row) for row in range(self.list.topLevelItemCount()))
        return [str(item.data(PATH, Qt.ItemDataRole.UserRole)) for item in items if item]


def summary(search: MonitorSearch) -> str:
    """The sentence above the list: what was found where, and what a bound of the search
    left out (a crowded folder, too many sockets to probe), with what to do about it."""
    readable = [listing.place for listing in search.listings if listing.readable]
    if not readable:
        places = ", ".join(listing.place for listing in search.listings)
        return translate(
            "found_sockets", "None of the folders searched could be read ({places})."
        ).format(places=places)
    where = ", ".join(readable)
    count = len(search.monitors)
    if count:
        text = translate(
            "found_sockets",
            "%n QMP socket(s) in {where}: choose one to fill in the endpoint.",
            None,
            PLURAL,
            count,
        ).format(where=where)
    else:
        text = translate("found_sockets", "No QMP socket answered in {where}.").format(where=where)
    cut = [
        translate(
            "found_sockets", "the first {entries:,} entries of {place} and its folders"
        ).format(entries=listing.entries, place=listing.place)
        for listing in search.listings
        if listing.stopped
    ]
    left = []
    if cut:
        left.append(
            translate("found_sockets", "it looked at {v0} only").format(v0=" and at ".join(cut))
        )
    if unprobed := search.unprobed:
        left.append(
            translate(
                "found_sockets",
                "%n more (socket that may be a monitor was|sockets that may be monitors were) not probed (at most {PROBES} are)",
                None,
                PLURAL,
                unprobed,
            ).format(PROBES=PROBES)
        )
    if left:
        text += translate(
            "found_sockets", " The search stopped early: {v0}. For a socket not listed, "
        ).format(v0="; ".join(left))
        text += translate("found_sockets", "choose its folder with Browse… or type its path.")
    return text
