"""Pictures of the panes for QEMU developers, the QOM browser and the trace events (scenes
of tests/helpers/picture_scenes.py's SCENES, kept here for the size of that file)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel

from qmpgui.session.trace import set_state
from qmpgui.ui.panes.qom import QomPane
from qmpgui.ui.panes.trace import SELECTED, TracePane
from tests.helpers.shooter import PictureError, Shooter

#: The demo's device whose properties the QOM picture shows, and the link selected.
QOM_DEVICE = "/machine/peripheral/nic0"
QOM_LINK = "parent_bus"


async def _on_screen(shot: Shooter, pane: QomPane | TracePane) -> None:
    window = shot.window
    shot.lay_out()
    await shot.until(lambda: shot.demo.connected, "the demo VM's connection")
    window.select_session(shot.demo)
    window.panes.setCurrentWidget(pane)
    window.window_actions.show_log.trigger()


async def qom_scene(shot: Shooter) -> None:
    """The QOM browser on the demo VM: its NIC selected under /machine/peripheral, the
    properties read, the link to its PCI bus selected."""
    pane = shot.window.pane(QomPane)
    await _on_screen(shot, pane)
    await shot.until(lambda: pane.tree_model.find("/machine/peripheral") is not None, "/machine")
    pane.reveal(QOM_DEVICE)
    model = pane.properties.model
    await shot.until(lambda: model.path == QOM_DEVICE and bool(model.rows), "the NIC's properties")
    await shot.until(
        lambda: all(r.text is not None for r in model.rows if r.prop.readable), "the values"
    )
    row = model.row_of(QOM_LINK)
    if row is None or not row.target:
        raise PictureError(f"{QOM_DEVICE} has no {QOM_LINK} link to show")
    pane.properties.choose(QOM_LINK)
    pane.properties.view.scrollTo(pane.properties.view.currentIndex())
    await shot.shoot(shot.window, "panes/qom.png")


async def trace_scene(shot: Shooter) -> None:
    """The trace events pane: the query commands' events, two of them enabled, one
    selected, and where QEMU writes the trace."""
    pane = shot.window.pane(TracePane)
    await _on_screen(shot, pane)
    for name in ("qmp_enter_query_status", "qmp_exit_query_status"):
        outcome = await set_state(shot.demo, name, True)
        if not outcome.ok:
            raise PictureError(f"{name} was not enabled: {outcome.error}")
    pane.search.setText("qmp_*_query_s*")
    pane.search.returnPressed.emit()
    await shot.until(
        lambda: any(e.enabled for e in pane.model.events) and "trace goes" in pane.where.text(),
        "the enabled events",
    )
    pane.scope.setCurrentText(SELECTED)
    row = pane.model.row_of("qmp_enter_query_status")
    index = pane.proxy.mapFromSource(pane.model.index(row, 0))
    pane.view.selectionModel().select(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    pane.view.scrollTo(index)
    await shot.shoot(shot.window, "panes/trace.png")
    for name in ("qmp_enter_query_status", "qmp_exit_query_status"):
        await set_state(shot.demo, name, False)
