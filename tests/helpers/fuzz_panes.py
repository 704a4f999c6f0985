"""How the fuzz tests read a pane's tree the way a view does: every cell one line of
text, the model tester content, "copy as text" one line per row; and a session whose
topics were fetched from drawn replies."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt

from qmpgui.models.node_tree import RAW_ROLE, NodeTreeModel
from qmpgui.session import ConnState, VmSession
from qmpgui.session.inspection import Topic
from tests.helpers.strategies import assert_one_line, assert_readable, inspect


def readable(model: NodeTreeModel, parent: QModelIndex | None = None, given: object = None) -> int:
    """Read every cell the way a view does; the number of rows under `parent`. With
    `given` (what the server sent), each cell and tooltip also reads as words
    (assert_readable)."""
    parent = parent if parent is not None else QModelIndex()
    count = 0
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            where = f"{type(model).__name__} row {row} col {column}"
            assert_one_line(model.data(index), where)
            assert_one_line(
                model.data(index, Qt.ItemDataRole.AccessibleTextRole), "accessible text"
            )
            tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
            assert tip is None or isinstance(tip, str)
            if given is not None:
                assert_readable(model.data(index), where, given)
                assert_readable(tip or "", f"{where} tooltip", given, limit=2000)
            model.data(index, Qt.ItemDataRole.ForegroundRole)
            model.data(index, RAW_ROLE)
        count += 1 + readable(model, model.index(row, 0, parent), given)
    return count


def check_model(qtmodeltester: Any, model: NodeTreeModel, given: object = None) -> None:
    """The model tester finds nothing wrong, every cell reads (see readable()), and
    "copy as text" has a header and one line per row."""
    qtmodeltester.check(model)  # its complaints are Qt warnings: they fail the test
    rows = readable(model, given=given)
    text = model.pane_text()
    assert len(text.split("\n")) == rows + 1, text
    assert isinstance(model.pane_json(), str)


def fetched(replies: Mapping[str, object], topics: Sequence[Topic]) -> VmSession:
    """A connected session whose `topics` were fetched from a server answering
    `replies` (by command; an HMP command by its line)."""
    session = VmSession("vm1", "unix:/nonexistent")
    session.state = ConnState.CONNECTED
    inspect(session.inspection, replies, topics)
    return session


def cells(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[str]:
    """The DisplayRole text of every cell of any model, depth first, each one line (a
    cell with nothing is ""), as a view reads them."""
    parent = parent if parent is not None else QModelIndex()
    found: list[str] = []
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            text = model.data(model.index(row, column, parent))
            text = "" if text is None else text
            assert_one_line(text, f"{type(model).__name__} row {row} col {column}")
            found.append(text)
        found += cells(model, model.index(row, 0, parent))
    return found
