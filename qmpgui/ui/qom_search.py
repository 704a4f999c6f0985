"""The QOM browser's search: the objects loaded so far whose path or type has the words
typed, listed as they are typed, and a find that walks the whole tree in the background
(`session/qom.py`'s walk()), with its progress, stopped on request. A result chosen asks
the pane to go to it (`goRequested`)."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton

from qmpgui.i18n import translate
from qmpgui.models.qom_model import QomTreeModel
from qmpgui.session import VmSession
from qmpgui.session.qom import walk
from qmpgui.session.tasks import TaskSet

#: At most this many search results are listed (a search for "/" would list them all).
MAX_RESULTS = 500
#: The find's task name in the pane's TaskSet.
FIND = "find"


class QomSearch(QObject):
    """The search's widgets (placed by the pane) and its work."""

    #: A result was chosen: go to this path.
    goRequested = Signal(str)

    def __init__(
        self,
        model: QomTreeModel,
        tasks: TaskSet,
        spawn: Callable[[Coroutine[Any, Any, None], str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._model, self._tasks, self._spawn = model, tasks, spawn
        self.search = QLineEdit()
        self.search.setObjectName("qomSearch")
        self.search.setAccessibleName(translate("QomSearch", "Search the QOM tree"))
        self.search.setPlaceholderText(
            translate("QomSearch", "Search by path or type (what is loaded; Find walks it all)")
        )
        self.search.setClearButtonEnabled(True)
        self.find_button = QPushButton(translate("QomSearch", "Fin&d in whole tree"))
        self.find_button.setObjectName("qomFind")
        self.cancel_button = QPushButton(translate("QomSearch", "Stop"))
        self.cancel_button.setObjectName("qomFindCancel")
        self.found_label = QLabel()
        self.found_label.setObjectName("qomFindProgress")
        self.found_label.setWordWrap(True)
        self.results = QListWidget()
        self.results.setObjectName("qomResults")
        self.results.setAccessibleName(translate("QomSearch", "Objects found"))
        self.results.setMinimumHeight(48)
        self.results.hide()
        self.say_found("")
        self.search.returnPressed.connect(self._first_result)
        self.cancel_button.clicked.connect(self.stop_find)
        self.results.itemActivated.connect(self._chosen)
        self.results.itemClicked.connect(self._chosen)

    def say_found(self, text: str) -> None:
        """Say how the search stands (hidden when there is nothing to say)."""
        self.found_label.setText(text)
        self.found_label.setVisible(bool(text))

    def update(self, ready: bool) -> None:
        """Enable Find and Stop: `ready` when the VM can be asked."""
        finding = self._tasks.get(FIND) is not None
        self.find_button.setEnabled(ready and not finding and bool(self.search.text().strip()))
        self.cancel_button.setEnabled(finding)

    def clear(self) -> None:
        """Forget the results (another VM, or a new connection)."""
        self.results.clear()
        self.say_found("")

    def search_loaded(self, text: str) -> None:
        """List the loaded objects that match `text` (the search field's)."""
        self.stop_find()
        needle = text.strip()
        self.results.clear()
        self.results.setVisible(bool(needle))
        if not needle:
            self.say_found("")
            return
        found = self._model.search(needle)
        for node in found[:MAX_RESULTS]:
            self._add(node.path, node.type)
        self.say_found(
            translate(
                "QomSearch", "{found_count} loaded objects match; Find in whole tree lists the rest"
            ).format(found_count=len(found))
        )

    def _add(self, path: str, kind: str) -> None:
        item = QListWidgetItem(f"{path}  ({kind})" if kind else path)
        item.setData(Qt.ItemDataRole.UserRole, path)
        self.results.addItem(item)

    def _first_result(self) -> None:
        if self.results.count():
            self._chosen(self.results.item(0))

    def _chosen(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(path, str):
            self.goRequested.emit(path)

    def find_all(self, session: VmSession) -> None:
        """Walk the whole tree of `session` in the background for the search's words."""
        needle = self.search.text().strip()
        if not session.connected or not needle:
            return
        tops = [(node.path, node.type) for node in self._model.root.children or ()]
        self.results.clear()
        self.results.show()
        count = 0

        def progress(done: int, waiting: int) -> None:
            self.say_found(
                translate(
                    "QomSearch",
                    "Searching: {done} objects listed, {waiting} waiting; {count} found",
                ).format(done=done, waiting=waiting, count=count)
            )

        async def work() -> None:
            nonlocal count
            async for found in walk(session, tops, needle, progress):
                count += 1
                if count <= MAX_RESULTS:
                    self._add(found.path, found.type)
            more = (
                translate("QomSearch", " (the first {MAX_RESULTS} listed)").format(
                    MAX_RESULTS=MAX_RESULTS
                )
                if count > MAX_RESULTS
                else ""
            )
            self.say_found(
                translate("QomSearch", "Searched the whole tree: {count} found{more}").format(
                    count=count, more=more
                )
            )

        self._spawn(work(), FIND)

    def stop_find(self) -> None:
        """Stop a find under way; what it found stays listed."""
        task = self._tasks.get(FIND)
        if task is not None:
            task.cancel()
            self.say_found(
                translate("QomSearch", "Stopped: {v0} found so far").format(v0=self.results.count())
            )
