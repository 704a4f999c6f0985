"""VM names and states as they read: a name too long for its column is cut in the
middle, where VMs of one family differ (web-frontend-…-replica-07), an error state says
its cause first and short, and the tooltip has both whole; the event log cuts its VM
names the same way."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QStyleOptionViewItem

from qmpgui.app.window_state import PREFERRED_SIZE
from qmpgui.models.event_log import SUMMARY, VM
from qmpgui.models.vm_list import NAME, STATE
from qmpgui.session import ConnState
from qmpgui.ui.vm_dialog import VmSpec
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


def test_long_names_are_cut_in_the_middle_errors_say_their_cause_and_tooltips_all(
    windows: Windows, arun: AsyncRunner, short_tmp: Path
) -> None:
    missing = short_tmp / "gone-replica-07.qmp"
    missing.write_text("")  # a plain file where the socket should be: a long error
    vm = {"name": LONG_NAME, "endpoint": str(missing), "autoconnect": True}
    window = windows.open(config={"vms": [vm]})
    arun.wait(lambda: window.windowHandle() is not None and window.windowHandle().isExposed())
    window.resize(PREFERRED_SIZE)  # a first window's size where the screen has room
    arun.wait(lambda: window.size() == PREFERRED_SIZE)
    session = window.model.session(0)
    arun.wait(lambda: session.state is ConnState.ERROR)
    state = session.state_text()
    assert state.startswith(f"error: {missing} is a file, not a socket")
    view, model = window.vm_list, window.model
    name = view.index_of(session, NAME)
    assert cell_option(view, name).text == LONG_NAME
    assert_cut_in_the_middle(painted_text(view, name), LONG_NAME)
    assert LONG_NAME in model.data(model.index(0, NAME), Qt.ItemDataRole.ToolTipRole)
    # The state says its cause first and short, whole at the list's first width; the
    # path and the advice are in the tooltip with the rest.
    cell = view.index_of(session, STATE)
    # The columns are fitted again on a zero timer after the row changes: on a busy
    # machine the state can be read before that has run.
    arun.wait(lambda: painted_text(view, cell) == "error: a file, not a socket")
    assert state in cell.data(Qt.ItemDataRole.ToolTipRole)


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


def test_the_event_logs_vm_filter_keeps_its_width_for_a_long_endpoint(
    windows: Windows, arun: AsyncRunner, short_tmp: Path
) -> None:
    window = windows.open()
    arun.wait(lambda: window.windowHandle() is not None and window.windowHandle().isExposed())
    view = window.event_log_view
    box, search = view.vm_box, view.search
    arun.wait(lambda: box.width() > 0 and search.width() > 0)
    box_width, search_width = box.width(), search.width()

    # A VM without a name is named by its endpoint: 200 characters here.
    folder = "d" * (200 - len(f"{short_tmp}//x.qmp"))
    endpoint = f"{short_tmp}/{folder}/x.qmp"
    assert len(endpoint) == 200
    window.fleet.add(VmSpec("", endpoint, autoconnect=True))
    session = window.model.session(0)
    arun.wait(lambda: box.count() == 2)
    assert session.display_name == endpoint
    window.event_log.flush()
    arun.wait(lambda: box.width() > 0)
    # The box stays about as wide as before (a bound, not the name's 200 characters)
    # and the text filter keeps its width.
    assert box.width() <= max(box_width, 30 * box.fontMetrics().averageCharWidth())
    assert search.width() >= search_width
    # The name is cut in the middle in the box; its tooltip names the VM whole.
    box.setCurrentIndex(1)
    shown = box.currentText()
    assert shown != endpoint and "…" in shown
    assert shown.startswith(endpoint[:4]) and shown.endswith("x.qmp")
    assert endpoint in box.toolTip()
