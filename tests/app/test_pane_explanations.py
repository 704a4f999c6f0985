"""Every pane's labelled fields say what QEMU's words mean: each column header of each
pane's tables, each label of its forms and each labelled field has a tooltip and What's
This, naming where the explanation comes from; the run state shown says what that state
is."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QTableView, QTreeView, QWidget

from qmpgui.qmp.glossary import explain, run_state_tip
from qmpgui.session import VmSession
from qmpgui.ui.panes import Pane
from qmpgui.ui.panes.status import StatusPane
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows

_TIP = Qt.ItemDataRole.ToolTipRole
_WHATS_THIS = Qt.ItemDataRole.WhatsThisRole


def unexplained(pane: QWidget) -> list[str]:
    """The pane's column headers and form labels (and their fields) without an
    explanation that names its source."""
    missing: list[str] = []
    for view in pane.findChildren(QTableView) + pane.findChildren(QTreeView):
        model = view.model()
        for section in range(
            view.horizontalHeader().count()
            if isinstance(view, QTableView)
            else view.header().count()
        ):
            title = model.headerData(section, Qt.Orientation.Horizontal)
            tip = model.headerData(section, Qt.Orientation.Horizontal, _TIP)
            what = model.headerData(section, Qt.Orientation.Horizontal, _WHATS_THIS)
            if not (tip and what and "Source: " in tip):
                missing.append(f"column {title!r}")
    for form in pane.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            for role in (QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole):
                item = form.itemAt(row, role)
                widget = item.widget() if item is not None else None
                if widget is not None and "Source: " not in (widget.toolTip() + widget.whatsThis()):
                    missing.append(f"form row {row} ({role.name})")
    for label in pane.findChildren(QLabel):
        field = label.buddy()
        if field is not None and "Source: " not in label.toolTip() + label.whatsThis():
            missing.append(f"label {label.text()!r}")
        elif field is not None and "Source: " not in field.whatsThis():
            missing.append(f"field of {label.text()!r}")
    return missing


def test_every_panes_headers_and_form_labels_explain_themselves(windows: Windows) -> None:
    window = windows.open()
    checked = 0
    for index in range(window.panes.count()):
        pane = window.panes.widget(index)
        assert isinstance(pane, Pane)
        title = window.panes.tabText(index)
        assert unexplained(pane) == [], title
        checked += len(pane.findChildren(QTableView) + pane.findChildren(QTreeView))
        checked += len(pane.findChildren(QFormLayout))
    assert checked >= 12  # the tables and forms of the panes were looked at
    block = window.panes.widget(1)
    header = block.findChildren(QTreeView)[0].model()
    titles = [header.headerData(s, Qt.Orientation.Horizontal) for s in range(header.columnCount())]
    io_status = header.headerData(titles.index("I/O status"), Qt.Orientation.Horizontal, _TIP)
    assert "nospace" in io_status and "BlockDeviceIoStatus (qapi/block-core.json)" in io_status
    tray = header.headerData(titles.index("Tray"), Qt.Orientation.Horizontal, _TIP)
    assert "DEVICE_TRAY_MOVED" in tray


def test_the_glossary_explains_qemus_terms_with_their_source() -> None:
    balloon = explain("Balloon", "machine")
    assert balloon is not None and "qapi/machine.json" in balloon
    # One title, each pane's meaning.
    assert "stream" in (explain("Type", "jobs") or "")
    assert "child<" in (explain("Type", "qom") or "")
    assert explain("Run state:") == explain("Run state")
    assert explain("a word no pane shows") is None
    assert run_state_tip("prelaunch") == (
        "prelaunch: QEMU was started with -S and the guest has not started.\n"
        "Source: QMP schema, RunState (qapi/run-state.json)."
    )
    assert run_state_tip("no-such-state") is None


@pytest.mark.qemu
def test_the_run_state_shown_says_what_it_means(
    qemu: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(qemu)
    session: VmSession = window.model.session(0)
    status = window.pane(StatusPane)
    field = status.values["run_state"]
    arun.wait(lambda: status.text("run_state") == "running")
    assert field.toolTip().startswith("running: the guest is actively running.")
    qemu.watch.execute("stop")  # the test's own monitor pauses the guest
    arun.wait(lambda: status.text("run_state") == "paused")
    assert qemu.watch.execute("query-status")["status"] == "paused"
    assert field.toolTip().startswith("paused: the guest has been paused with stop.\nSource: ")
    assert field.whatsThis() == field.toolTip()
    assert session.connected
