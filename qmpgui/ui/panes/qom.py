"""The QOM browser (`qomView`): QEMU's object tree under /machine, /objects, /chardevs
(and /backend where QEMU has it), each node listed only when the user opens it; the
selected object's properties with their values, links that go to their target; search
over what is loaded, and a find that walks the whole tree in the background.

Nothing is polled: the pane lists the root when it first shows a VM, a node when it is
opened, the selected object's properties when it is selected, and again what is open on
Refresh. Every command goes through the session's monitor in a task of the pane's own.
"""

from __future__ import annotations

from collections.abc import Coroutine
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from qmpgui.i18n import translate
from qmpgui.log.entry import Level
from qmpgui.models.palette import Tone
from qmpgui.models.qom_model import QomNode, QomTreeModel
from qmpgui.qmp import QmpFailure
from qmpgui.qmp.qom_tree import parent_paths
from qmpgui.session import VmSession
from qmpgui.session.control import failure_text
from qmpgui.session.peripherals import PERIPHERALS
from qmpgui.session.qom import ROOT, list_properties, read_value, read_values, set_property
from qmpgui.session.tasks import TaskSet
from qmpgui.ui.panes.registry import Pane, PaneContext
from qmpgui.ui.qom_copy import QomCopy
from qmpgui.ui.qom_follow import QomFollow
from qmpgui.ui.qom_properties import QomProperties
from qmpgui.ui.qom_search import QomSearch
from qmpgui.ui.qom_set_dialog import QomSetDialog
from qmpgui.ui.styles import set_tone


class QomPane(Pane):
    """The current VM's QOM tree and the selected object's properties."""

    #: Polled while on screen: /machine/peripheral's listing, for devices added.
    topics = frozenset({PERIPHERALS})

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("qomPane")
        self.tree_model = QomTreeModel(self)
        self.tree = self._make_tree()
        self._tasks = TaskSet()
        self.finder = QomSearch(self.tree_model, self._tasks, self._spawn, self)
        self.search, self.results = self.finder.search, self.finder.results
        self.find_button, self.cancel_button = self.finder.find_button, self.finder.cancel_button
        self.found_label = self.finder.found_label
        self.refresh_button = QPushButton(translate("QomPane", "R&efresh"))
        self.refresh_button.setObjectName("qomRefresh")
        self.refresh_button.setToolTip(
            translate("QomPane", "List the open objects and the selected one's values again")
        )
        self.properties = QomProperties()
        self.status = QLabel()
        self.status.setObjectName("qomStatus")
        self.status.setWordWrap(True)
        self.properties.view.setMinimumHeight(48)
        self._layout()
        self._say_here("")
        #: The session whose tree is shown, and a count that changes with every clear, so
        #: that a reply for a tree cleared since is dropped.
        self._shown: VmSession | None = None
        self._generation = 0
        self._setting = False
        self.copying = QomCopy(
            self.tree, self.properties.view, lambda: self.session, self._spawn, self._say_here
        )
        self.follower = QomFollow(self.tree_model, self._list, self._dropped, self)
        self._connect()

    def _connect(self) -> None:
        self.tree_model.fetchRequested.connect(self._list)
        self.tree.selectionModel().currentChanged.connect(self._selected)
        self.search.textChanged.connect(self._search_loaded)
        self.finder.goRequested.connect(self.reveal)
        self.find_button.clicked.connect(self.find_all)
        self.cancel_button.clicked.connect(self._update_controls)
        self.refresh_button.clicked.connect(self.refresh)
        self.properties.goRequested.connect(self.reveal)
        self.properties.readRequested.connect(self._read_one)
        self.properties.setRequested.connect(self._ask_set)
        self._update_controls()

    def _make_tree(self) -> QTreeView:
        tree = QTreeView()
        tree.setObjectName("qomView")
        tree.setAccessibleName(translate("QomPane", "QOM tree"))
        tree.setModel(self.tree_model)
        tree.setUniformRowHeights(True)
        tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tree.header().resizeSection(0, 260)
        # Views as short as a few rows: the window keeps its smallest size with this pane.
        tree.setMinimumHeight(48)
        return tree

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        # The buttons in a toolbar, which folds what does not fit: the pane stays narrow.
        tools = QToolBar("QOM")
        tools.setObjectName("qomToolBar")
        for widget in (self.find_button, self.cancel_button, self.refresh_button):
            tools.addWidget(widget)
        bar.addWidget(tools)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.tree)
        top.addWidget(self.results)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 2)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("qomSplitter")
        split.addWidget(top)
        split.addWidget(self.properties)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.found_label)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)

    # -- following the VM -------------------------------------------------------------

    def current_changed(self, session: VmSession | None) -> None:
        if session is not self._shown:
            self._clear()
        self.follower.follow(session)
        self._load_root()

    def topic_changed(self, topic: str) -> None:
        if self.session is not None and self.session is self._shown:
            self.follower.peripherals_polled(self.session)

    def _dropped(self, path: str, parent: QomNode) -> None:
        """The object at `path` is gone: a selection on it or under it moves to its
        parent, whose properties then show."""
        shown = self.properties.model.path
        if shown == path or shown.startswith(path + "/"):
            self.tree.setCurrentIndex(self.tree_model.index_of(parent))

    def state_changed(self) -> None:
        session = self.session
        if session is not None and not session.connected and self.tree_model.root.children:
            self._clear()  # a new connection may be another QEMU: its tree is listed anew
        self._load_root()
        self._update_controls()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._load_root()

    def _clear(self) -> None:
        self._tasks.cancel()
        self._generation += 1
        self._shown = self.session
        self.tree_model.clear()
        self.properties.model.show("", [])
        self.finder.clear()
        self._say_here("")

    def _load_root(self) -> None:
        session = self.session
        if session is None or not session.connected or not self.isVisible():
            return
        self._shown = session
        self.tree_model.fetchMore(QModelIndex())

    def _update_controls(self) -> None:
        session = self.session
        ready = session is not None and session.connected
        self.finder.update(ready)
        self.refresh_button.setEnabled(ready)
        self.properties.ready = ready and not self._setting
        self.properties.update_buttons()

    def _say_here(self, text: str, tone: Tone | None = None) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))  # no empty line under the pane
        set_tone(self.status, tone)

    def _search_loaded(self, text: str) -> None:
        self.finder.search_loaded(text)
        self._update_controls()

    def _spawn(self, work: Coroutine[Any, Any, None], name: str) -> None:
        generation, session = self._generation, self.session

        async def run() -> None:
            try:
                await work
            except QmpFailure as failure:
                if generation == self._generation:
                    words = failure_text(failure)
                    self._say_here(words, Tone.ERROR)
                    self.context.say(
                        Level.WARNING,
                        translate("QomPane", "QOM browser: {words}").format(words=words),
                        vm=session,
                    )

        task = self._tasks.spawn(run(), name)
        # A task cancelled before its first step never started `work`: closing it says so
        # to Python (no "never awaited" warning); it is a no-op on one that ran.
        task.add_done_callback(lambda _: work.close())
        task.add_done_callback(lambda _: self._update_controls())
        self._update_controls()

    def _current(self, generation: int) -> bool:
        return generation == self._generation

    # -- listing ----------------------------------------------------------------------

    def _list(self, path: str) -> None:
        """A node was opened (or the root shown): list it."""
        session = self.session
        if session is None or not session.connected:
            self.tree_model.listing_failed(path)
            return
        generation = self._generation

        async def work() -> None:
            try:
                found = await list_properties(session, path)
            except QmpFailure:
                if self._current(generation):
                    self.tree_model.listing_failed(path)
                raise
            if self._current(generation):
                self.tree_model.set_children(path, found)
                if path == ROOT:
                    self._expand_first()

        self._spawn(work(), translate("QomPane", "list {path}").format(path=path))

    def _expand_first(self) -> None:
        """/machine open at first: the tree under it is what one looks for."""
        node = self.tree_model.find("/machine")
        if node is not None and node.children is None:
            self.tree.expand(self.tree_model.index_of(node))

    def refresh(self) -> None:
        """List again what is open (closed nodes are forgotten, listed when opened) and
        read the selected object's values again: changes made elsewhere show."""
        session = self.session
        if session is None or not session.connected:
            return
        generation = self._generation
        selected = self.properties.model.path

        async def work() -> None:
            nodes = sorted(
                [self.tree_model.root, *self.tree_model.loaded()], key=lambda n: n.path.count("/")
            )
            for node in nodes:
                if not self._current(generation) or node.children is None:
                    continue
                if self.tree_model.find(node.path) is not node:
                    continue  # gone with its parent
                if node is not self.tree_model.root and not self.tree.isExpanded(
                    self.tree_model.index_of(node)
                ):
                    self.tree_model.unload(node.path)
                    continue
                try:
                    found = await list_properties(session, node.path)
                except QmpFailure:
                    if not session.connected:
                        raise
                    found = []  # gone meanwhile: its rows go
                if self._current(generation):
                    self.tree_model.set_children(node.path, found)
            if selected and self._current(generation):
                await self._show_properties(session, selected, generation)

        self._spawn(work(), "refresh")

    # -- the selected object ----------------------------------------------------------

    def _selected(self, current: QModelIndex) -> None:
        session = self.session
        if session is None or not current.isValid():
            return
        path = self.tree_model.node(current).path
        self._spawn(self._show_properties(session, path, self._generation), "properties")

    async def _show_properties(self, session: VmSession, path: str, generation: int) -> None:
        """List the object at `path` and read its scalar and link values, one by one."""
        try:
            found = await list_properties(session, path)
        except QmpFailure as failure:
            if self._current(generation):
                self.properties.model.show(path, [])
                self._say_here(f"{path}: {failure_text(failure)}", Tone.ERROR)
            return
        if not self._current(generation):
            return
        chosen = self.properties.current()
        self.properties.model.show(path, found)
        if chosen is not None and self.properties.model.path == path:
            self.properties.choose(chosen.prop.name)
        self._say_here("")
        wanted = [p.name for p in found if p.readable]
        async for name, value in read_values(session, path, wanted):
            if not self._current(generation) or self.properties.model.path != path:
                return
            self.properties.model.set_value(
                name, value.text, error=value.error is not None, value=value.value
            )

    def _read_one(self, name: str) -> None:
        session, path = self.session, self.properties.model.path
        if session is None or not path:
            return
        generation = self._generation

        async def work() -> None:
            value = await read_value(session, path, name)
            if self._current(generation) and self.properties.model.path == path:
                self.properties.model.set_value(
                    name, value.text, error=value.error is not None, value=value.value
                )

        self._spawn(work(), translate("QomPane", "read {name}").format(name=name))

    def _ask_set(self, name: str) -> None:
        session, path = self.session, self.properties.model.path
        row = self.properties.model.row_of(name)
        if session is None or row is None or not path:
            return
        current = row.text if row.text is not None and not row.error else ""
        value = QomSetDialog.ask(self, session.display_name, path, row.prop, current)
        if value is None:
            return
        generation = self._generation
        self._setting = True

        async def work() -> None:
            try:
                result = await set_property(session, path, name, value)
            finally:
                self._setting = False
            if not self._current(generation):
                return
            if not result.outcome.ok:
                self._say_here(
                    translate("QomPane", "{name} not set: {error}").format(
                        name=name, error=result.outcome.error
                    ),
                    Tone.ERROR,
                )
                return
            back = result.read_back
            if back is not None and self.properties.model.path == path:
                self.properties.model.set_value(
                    name, back.text, error=back.error is not None, value=back.value
                )
            words = back.text if back is not None else "?"
            self._say_here(
                translate(
                    "QomPane", "{path} {name} is now {words} (read back with qom-get)"
                ).format(path=path, name=name, words=words)
            )

        self._spawn(work(), "set")

    # -- going to a path ----------------------------------------------------------------

    def reveal(self, path: str) -> None:
        """Open the nodes down to `path` (listing those never listed) and select it."""
        session = self.session
        if session is None or not session.connected:
            return
        generation = self._generation

        async def work() -> None:
            for above in [ROOT, *parent_paths(path)[:-1]]:
                node = self.tree_model.find(above)
                if node is None or not self._current(generation):
                    break
                if node.children is None:
                    found = await list_properties(session, above)
                    if not self._current(generation):
                        return
                    self.tree_model.set_children(above, found)
                if node is not self.tree_model.root:
                    self.tree.expand(self.tree_model.index_of(node))
            target = self.tree_model.find(path)
            if target is None:
                self._say_here(
                    translate(
                        "QomPane", "{path} is not in the tree (gone, or not a child of its parent)"
                    ).format(path=path)
                )
                return
            index = self.tree_model.index_of(target)
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

        self._spawn(work(), "reveal")

    # -- search -------------------------------------------------------------------------

    def find_all(self) -> None:
        """Walk the whole tree in the background for the search's words."""
        if self.session is not None:
            self.finder.find_all(self.session)

    def stop_find(self) -> None:
        """Stop a find under way; what it found stays listed."""
        self.finder.stop_find()
        self._update_controls()

    async def aclose(self) -> None:
        """End the pane's commands."""
        await self._tasks.aclose()
