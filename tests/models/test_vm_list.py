from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from qmpgui.models import VmListModel
from qmpgui.session import ConnState, VmSession
from tests.helpers.runner import AsyncRunner


def test_model_passes_qtmodeltester_and_follows_sessions(
    qtmodeltester: Any, arun: AsyncRunner, tmp_path: Path
) -> None:
    model = VmListModel()
    (tmp_path / "one.sock").write_text("")  # a plain file: an error, not a wait
    one = VmSession("one", str(tmp_path / "one.sock"))
    two = VmSession("", "tcp:127.0.0.1:1")
    model.add(one)
    model.add(two)
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.columnCount() == 4
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Name",
        "State",
        "Disk I/O",
        "Endpoint",
    ]
    assert model.data(model.index(1, 0)) == "tcp:127.0.0.1:1"  # no name: the endpoint
    assert model.data(model.index(0, 1)) == "disconnected"

    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom: changed.append(top.row()))
    one.connect_vm()
    arun.wait(lambda: one.state is ConnState.ERROR)
    assert 0 in changed and 1 not in changed
    assert model.data(model.index(0, 1)) == "error: a file, not a socket"  # the cause, short
    whole = f"error: {tmp_path / 'one.sock'} is a file, not a socket"
    assert whole in model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ForegroundRole) is not None

    model.remove(one)
    qtmodeltester.check(model)
    assert model.rowCount() == 1 and model.session(0) is two
    changed.clear()
    one.stateChanged.emit()  # a removed session no longer repaints rows
    assert changed == []
    arun(one.aclose())
