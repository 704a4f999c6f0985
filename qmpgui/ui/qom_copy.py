"""The QOM browser's copy actions: on the tree, Copy (Ctrl+C: the object's path), Copy
as JSON, the whole loaded tree (as HMP `info qom-tree` indents it) and Copy subtree
(every object under the selected one with its property values, as QEMU's qom-tree
script prints it, read in the background with progress); on the properties, a
property as "NAME: VALUE (TYPE)" and the selected object's whole list."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTreeView

from qmpgui.i18n import translate
from qmpgui.models.palette import Tone
from qmpgui.models.qom_model import QomNode, QomPropertyModel, QomTreeModel
from qmpgui.session import VmSession
from qmpgui.session.qom import subtree
from qmpgui.ui.copy_menu import CopyMenu, CopySource
from qmpgui.ui.panes.inspect import put_on_clipboard

Spawn = Callable[[Coroutine[Any, Any, None], str], None]
Say = Callable[[str, Tone | None], None]


def _tree_lines(node: QomNode, depth: int = 0) -> list[str]:
    lines = [f"{'  ' * depth}/{node.name} ({node.type})"] if node.parent is not None else []
    for child in node.children or ():
        lines += _tree_lines(child, depth + (node.parent is not None))
    return lines


def _property_line(model: QomPropertyModel, row: int) -> str:
    prop = model.rows[row]
    value = prop.text if prop.text is not None else translate("qom_copy", "(not read)")
    return f"{prop.prop.name}: {value} ({prop.prop.type})"


def _property_json(model: QomPropertyModel, row: int) -> dict[str, object]:
    prop = model.rows[row]
    return {"name": prop.prop.name, "type": prop.prop.type, "value": prop.value}


class QomCopy:
    """The copy menus of the QOM `tree` and its `properties` view; `spawn` runs the
    subtree's reading in the pane's tasks, `say` shows its progress in the pane."""

    def __init__(
        self,
        tree: QTreeView,
        properties: QTreeView,
        session: Callable[[], VmSession | None],
        spawn: Spawn,
        say: Say,
    ) -> None:
        self.tree, self.properties = tree, properties
        self._session, self._spawn, self._say = session, spawn, say
        self.tree_menu = CopyMenu(
            tree,
            CopySource(self._path, self._object, self._whole_tree, self._loaded),
        )
        self.copy_subtree = QAction(translate("QomCopy", "Copy subtree"), tree)
        self.copy_subtree.setToolTip(
            translate(
                "QomCopy",
                "Every object under this one with its property values, as QEMU's qom-tree prints",
            )
        )
        self.copy_subtree.triggered.connect(self.subtree)
        self.tree_menu.extra = [self.copy_subtree]
        self.properties_menu = CopyMenu(
            properties,
            CopySource(self._property, self._property_value, self._all_text, self._all_json),
        )

    # -- the tree -----------------------------------------------------------------------

    def _model(self) -> QomTreeModel:
        model = self.tree.model()
        assert isinstance(model, QomTreeModel)
        return model

    def _node(self) -> QomNode | None:
        index = self.tree.currentIndex()
        return self._model().node(index) if index.isValid() else None

    def _path(self) -> str | None:
        node = self._node()
        return node.path if node is not None else None

    def _object(self) -> object:
        node = self._node()
        return {"path": node.path, "type": node.type} if node is not None else None

    def _whole_tree(self) -> str:
        return "\n".join(_tree_lines(self._model().root))

    def _loaded(self) -> object:
        return [{"path": n.path, "type": n.type} for n in self._model().loaded()]

    def subtree(self) -> None:
        """Read every object under the selected one with its values, then copy it."""
        session, path = self._session(), self._path()
        if session is None or not session.connected or path is None:
            return

        def progress(done: int, waiting: int) -> None:
            self._say(
                translate(
                    "QomCopy", "Copying the subtree of {path}: {done} objects read, {waiting} to go"
                ).format(path=path, done=done, waiting=waiting),
                None,
            )

        async def work() -> None:
            lines = await subtree(session, path, progress)
            objects = sum(1 for line in lines if line.startswith("/"))
            put_on_clipboard("\n".join(lines))
            self._say(
                translate(
                    "QomCopy", "Copied the subtree of {path}: {objects} objects, as qom-tree prints"
                ).format(path=path, objects=objects),
                None,
            )

        self._spawn(work(), translate("QomCopy", "copy subtree"))

    # -- the properties -----------------------------------------------------------------

    def _property_model(self) -> QomPropertyModel:
        model = self.properties.model()
        assert isinstance(model, QomPropertyModel)
        return model

    def _property(self) -> str | None:
        index = self.properties.currentIndex()
        return _property_line(self._property_model(), index.row()) if index.isValid() else None

    def _property_value(self) -> object:
        index = self.properties.currentIndex()
        return _property_json(self._property_model(), index.row()) if index.isValid() else None

    def _all_text(self) -> str:
        model = self._property_model()
        return "\n".join([model.path, *(_property_line(model, r) for r in range(len(model.rows)))])

    def _all_json(self) -> object:
        model = self._property_model()
        rows = [_property_json(model, r) for r in range(len(model.rows))]
        return {"path": model.path, "properties": rows}
