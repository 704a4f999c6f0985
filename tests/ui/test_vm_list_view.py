"""VM names and states as they read: too long for their column, they are cut in the
middle, where VMs of one family differ (web-frontend-…-replica-07), and whole in the
tooltip; the event log cuts its VM names the same way."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QStyleOptionViewItem

from qmpgui.models.event_log import SUMMARY, VM
from qmpgui.models.vm_list import NAME, STATE
from qmpgui.session import ConnState
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows

LONG_NAME = "web-frontend-production-eu-west-1-replica-07"


def cell_option(view: QAbstractItemView, index: QModelIndex) -> QStyleOptionViewItem:
    """What the view paints `index` from: its delegate's options for the cell."""
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)  # type: ignore[attr-defined]
    view.itemDelegateForIndex(index).initStyleOption(option, index)  # type: ignore[attr-defined]
    return option


def painted_text(view: QAbstractItemView, index: QModelIndex) -> str:
    """The cell's text as painted in the cell's width."""
    option = cell_option(view, index)
    width = view.visualRect(index).width()
    return option.fontMetrics.elidedText(option.text, option.textElideMode, width)


def assert_cut_in_the_middle(painted: str, whole: str) -> None:
    assert painted != whole and "…" in painted  # too long for the column: cut
    head, tail = painted.split("…")
    assert whole.startswith(head) and head and whole.endswith(tail) and tail  # both ends kept


def test_long_names_and_errors_are_cut_in_the_middle_and_whole_in_the_tooltip(
    windows: Windows, arun: AsyncRunner, short_tmp: Path
) -> None:
    missing = short_tmp / "gone-replica-07.qmp"
    missing.write_text("")  # a plain file where the socket should be: a long error
    vm = {"name": LONG_NAME, "endpoint": str(missing), "autoconnect": True}
    window = windows.open(config={"vms": [vm]})
    session = window.model.session(0)
    arun.wait(lambda: session.state is ConnState.ERROR)
    state = session.state_text()
    assert state.startswith(f"error: {missing} is a file, not a socket")
    view, model = window.vm_list, window.model
    for column, whole in ((NAME, LONG_NAME), (STATE, state)):
        index = model.index(0, column)
        assert cell_option(view, index).text == whole
        assert_cut_in_the_middle(painted_text(view, index), whole)
        assert whole in model.data(index, Qt.ItemDataRole.ToolTipRole)


def test_the_event_log_cuts_long_vm_names_in_the_middle(
    windows: Windows, arun: AsyncRunner, short_tmp: Path
) -> None:
    vm = {"name": LONG_NAME, "endpoint": str(short_tmp / "gone.qmp"), "autoconnect": True}
    window = windows.open(config={"vms": [vm]})
    table = window.event_log_view.table
    proxy = table.model()

    def rows_of_vm() -> list[int]:
        window.event_log.flush()
        return [r for r in range(proxy.rowCount()) if proxy.index(r, VM).data() == LONG_NAME]

    arun.wait(lambda: bool(rows_of_vm()))
    row = rows_of_vm()[0]
    assert_cut_in_the_middle(painted_text(table, proxy.index(row, VM)), LONG_NAME)
    # The summary keeps its own way: cut at its end, where it is least telling.
    summary = cell_option(table, proxy.index(row, SUMMARY))
    assert summary.textElideMode is Qt.TextElideMode.ElideRight
