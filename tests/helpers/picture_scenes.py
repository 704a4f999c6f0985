"""Each picture of docs/ as a scene: the window driven to one state, then shot.

A scene starts from whatever the scenes before it left and sets up all it shows (the
VM selected, the tabs chosen, what it sends), so any one of them runs alone
(`--only`). Every scene leaves no dialog, popup or viewer open behind it.
"""

from __future__ import annotations

import socket
from collections.abc import Awaitable, Callable

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QLineEdit, QMenu

from qmpgui.log.entry import LogEntry, LogKind
from qmpgui.models.snapshot_pictures import take_picture
from qmpgui.models.transcript import RowKind
from qmpgui.qmp.network import HostForward
from qmpgui.qmp.snapshots import SAVE_JOB, snapshot_named
from qmpgui.session import ConnState
from qmpgui.session.network import add_forward, set_link
from qmpgui.session.snapshots import run_snapshot
from qmpgui.ui.confirm import ConfirmDialog
from qmpgui.ui.console import ConsoleWidget
from qmpgui.ui.device_add_dialog import DeviceAddDialog
from qmpgui.ui.media_dialog import MediaDialog
from qmpgui.ui.panes import Pane
from qmpgui.ui.panes.block import BlockPane
from qmpgui.ui.panes.display import DisplayPane
from qmpgui.ui.panes.inspect import InspectPane
from qmpgui.ui.panes.machine import MachinePane
from qmpgui.ui.panes.network import NetworkPane
from qmpgui.ui.panes.pci import PciPane
from qmpgui.ui.panes.snapshots import SnapshotPane
from qmpgui.ui.panes.status import StatusPane
from qmpgui.ui.screendump_viewer import ScreendumpViewer
from tests.helpers.block_scenes import block_graph_scene, block_jobs_scene
from tests.helpers.developer_scenes import qom_scene, trace_scene
from tests.helpers.device_scenes import device_preset_tap_scene, device_presets_scene
from tests.helpers.help_scenes import guide_scene, shortcuts_scene
from tests.helpers.list_scenes import PLACES_LIST_WIDTH, groups_scene, places_shown
from tests.helpers.migration_scenes import (
    migrate_dialog_scene,
    migration_advice_scene,
    migration_pane_scene,
)
from tests.helpers.picture_places import DOMAINS
from tests.helpers.screen_scenes import screen_scene
from tests.helpers.serial_scenes import serial_scene
from tests.helpers.shooter import PictureError, Shooter

Scene = Callable[[Shooter], Awaitable[None]]

#: The scenes that need tests/helpers/picture_places.py's services (root: libvirtd).
NEEDS_PLACES = frozenset({"places.png", "vm-list-groups.png"})

#: The batch script of the HMP and batch picture: two queries, a pause, a command that
#: does not exist (the failures the summary counts).
BATCH_SCRIPT = (
    "# poll status and block stats\nquery-status\nquery-blockstats\nsleep 0.05\nquery-no-such\n"
)


async def _show(shot: Shooter, pane: type[Pane], bottom: str = "log") -> None:
    """The demo VM selected, `pane` on top and the event log or the console below."""
    window = shot.window
    demo = shot.demo
    shot.lay_out()
    await shot.until(lambda: demo.connected, "the demo VM's connection")
    window.select_session(demo)
    window.panes.setCurrentWidget(window.pane(pane))
    action = window.window_actions.show_console if bottom == "console" else None
    (action or window.window_actions.show_log).trigger()
    widget = window.pane(pane)
    if isinstance(widget, InspectPane):
        await shot.until(lambda: widget.model.rowCount() > 0, f"the {pane.__name__}'s rows")


async def main_window(shot: Shooter) -> None:
    """The first picture: the demo VM's block devices, the toolbar, the event log, and a
    VM in a clear error: its endpoint is a program that is not QEMU."""
    model = shot.window.model
    await shot.until(
        lambda: any(s.state is ConnState.ERROR for s in model.sessions), "the other VM's error"
    )
    await _show(shot, BlockPane)
    pane = shot.window.pane(BlockPane)
    await shot.until(lambda: pane.model.rowCount() >= 2, "the disk and the CD in Block devices")
    # The error's entry selected: the log shows it whole beside the list.
    await _select_entry(shot, lambda e: e.kind is LogKind.CONNECTION and e.name == "error")
    await shot.shoot(shot.window, "screenshot.png")


async def _select_entry(shot: Shooter, wanted: Callable[[LogEntry], bool], last: int = 1) -> None:
    """Select the `last`-th last entry of the event log that is `wanted`, scrolled to."""
    view = shot.window.event_log_view

    def row() -> int | None:
        shot.window.event_log.flush()
        rows = [r for r, e in enumerate(view.proxy.shown_entries()) if wanted(e)]
        return rows[-last] if len(rows) >= last else None

    await shot.until(lambda: row() is not None and not view.proxy.busy, "the entry in the log")
    found = row()
    assert found is not None
    view.table.selectRow(found)
    view.table.scrollTo(view.proxy.index(found, 0))


#: The VM list's width in the panes' pictures (pixels): the pane gets the room.
PANE_LIST_WIDTH = 380
#: The Block devices columns shown in its picture besides the default ones, as from the
#: header's menu.
BLOCK_EXTRA_COLUMNS = ("qdev id", "Type")


def _pane_scene(pane: type[Pane], name: str) -> Scene:
    async def scene(shot: Shooter) -> None:
        await _show(shot, pane)
        shot.lay_out(list_width=PANE_LIST_WIDTH)
        widget = shot.window.pane(pane)
        assert isinstance(widget, InspectPane)
        if pane is PciPane:
            widget.view.expandAll()  # the NIC behind the bridge
        if pane is BlockPane:
            columns = widget.view.columns
            for column, title in enumerate(columns.titles()):
                if title in BLOCK_EXTRA_COLUMNS:
                    columns.set_shown(column, True)
            columns.fit_to_text()
            widget.view.setCurrentIndex(widget.model.index(1, 0))  # the CD-ROM
        await shot.shoot(shot.window, name)
        shot.lay_out()

    return scene


async def machine_scene(shot: Shooter) -> None:
    """The Machine pane with the demo's memory and a balloon target asked of it (the
    demo's guest has no balloon driver: the pane says it keeps its memory)."""
    await _show(shot, MachinePane)
    shot.lay_out(list_width=PANE_LIST_WIDTH)
    pane = shot.window.pane(MachinePane)
    assert isinstance(pane, MachinePane)
    model = pane.model

    def value(*keys: object) -> str:
        index = model.find(*keys)
        return str(model.data(index.siblingAtColumn(1))) if index.isValid() else ""

    await shot.until(lambda: value("memory", "balloon").startswith("the guest keeps"), "balloon")
    pane.balloon.spin.setValue(96)
    pane.balloon.set_button.click()
    await shot.until(lambda: "96 MiB, asked at" in value("memory", "target"), "the target")
    await shot.shoot(shot.window, "panes/machine.png")
    shot.lay_out()


#: The snapshots the Snapshots picture shows, oldest first.
SNAPSHOT_TAGS = ("fresh-install", "before-upgrade")


async def snapshots_scene(shot: Shooter) -> None:
    """The demo VM's Snapshots pane with two snapshots taken here, each with its picture."""
    window, demo = shot.window, shot.demo
    await shot.until(lambda: demo.connected, "the demo VM's connection")
    window.select_session(demo)
    pane = window.pane(SnapshotPane)
    assert isinstance(pane, SnapshotPane)
    window.panes.setCurrentWidget(pane)
    window.window_actions.show_log.trigger()
    shot.lay_out(list_width=PANE_LIST_WIDTH)
    state = demo.inspection.snapshots
    await shot.until(lambda: state.known, "the demo VM's snapshots")
    for tag in SNAPSHOT_TAGS:
        if snapshot_named(demo.inspection.snapshots.snapshots, tag) is None:
            outcome = await run_snapshot(demo, SAVE_JOB, tag, demo.inspection.snapshots.disks)
            if not outcome.ok:
                raise PictureError(outcome.text)
            await take_picture(demo, tag)
    model = pane.snapshot_model
    await shot.until(
        lambda: all(t in model.pictures for t in SNAPSHOT_TAGS), "the snapshots' pictures"
    )
    pane.view.setCurrentIndex(model.find(SNAPSHOT_TAGS[-1]))
    pane.view.columns.fit_to_text()
    await shot.shoot(shot.window, "panes/snapshots.png")
    shot.lay_out()


async def places_scene(shot: Shooter) -> None:
    """The VM list with a libvirt connection (a running and a shut-off domain) and a VM
    on another host over SSH (tests/helpers/picture_places.py), a domain's status shown."""
    window = shot.window
    model = window.model
    running = {name for name, up in DOMAINS if up}
    await shot.until(lambda: places_shown(model), "the libvirt domains and the ssh:// VM")
    domain = next(s for s in model.all_sessions if s.display_name in running)
    window.select_session(domain)
    window.panes.setCurrentWidget(window.pane(StatusPane))
    window.window_actions.show_log.trigger()
    shot.lay_out(list_width=PLACES_LIST_WIDTH)
    await shot.shoot(shot.window, "places.png")
    shot.lay_out()


async def _console(shot: Shooter) -> ConsoleWidget:
    await _show(shot, StatusPane, bottom="console")
    console = shot.window.consoles.console_of_current()
    if console is None:
        raise PictureError("the demo VM has no console")
    if console.mode != "qmp":
        console.qmp_button.click()
    return console


async def _send(shot: Shooter, console: ConsoleWidget, text: str) -> None:
    """Type `text` and send it as the user does; return once its reply is shown."""
    before = len(list(console.model.items()))
    console.input.setPlainText(text)
    console.submit()

    def answered() -> bool:
        new = [i for i in list(console.model.items())[before:] if i.kind is RowKind.EXCHANGE]
        return bool(new) and all(i.exchange is not None and i.exchange.done for i in new)

    await shot.until(answered, f"the reply to {text!r}")


async def console_scene(shot: Shooter) -> None:
    """Queries, a tray opened and closed with its events, a command QEMU does not know."""
    console = await _console(shot)
    for command in (
        "query-status",
        '{"execute": "query-name", "id": 7}',
        "blockdev-open-tray id=cd0",
        "blockdev-close-tray id=cd0",
        "query-no-such",
    ):
        await _send(shot, console, command)
    events = lambda: [i for i in console.model.items() if i.kind is RowKind.EVENT]  # noqa: E731
    await shot.until(lambda: len(events()) >= 2, "the tray's events in the transcript")
    console.input.setPlainText("query-pci")
    await shot.shoot(shot.window, "console/console.png")
    console.input.clear()


async def completion_scene(shot: Shooter) -> None:
    """The arguments of blockdev-change-medium offered after its name."""
    console = await _console(shot)
    await shot.until(lambda: console.schema().commands, "the schema for completion")
    console.input.setFocus()
    console.input.setPlainText("blockdev-change-medium id=cd0 ")
    console.input.moveCursor(console.input.textCursor().MoveOperation.End)
    console.input.show_completions(explicit=True)
    popup = console.input.popup
    await shot.until(popup.isVisible, "the completion list")
    await shot.shoot(shot.window, "console/completion.png")
    popup.hide()
    console.input.clear()


async def hmp_batch_scene(shot: Shooter) -> None:
    """HMP commands' text output, then a batch run 20 times that keeps going after errors."""
    console = await _console(shot)
    console.hmp_button.click()
    for command in ("info status", "info block", "info snapshots"):
        await _send(shot, console, command)
    console.qmp_button.click()
    panel = console.batch
    if not panel.isVisible():
        console.batch_button.click()
    panel.script.setPlainText(BATCH_SCRIPT)
    panel.repeat.setValue(20)
    panel.keep_going.setChecked(True)
    panel.run_button.click()
    await shot.until(
        lambda: panel.summary is not None and panel.run_button.isEnabled(), "the batch's end"
    )
    console.hmp_button.click()  # the mode the transcript above shows
    await shot.shoot(shot.window, "console/hmp-batch.png")
    console.batch_button.click()  # the panel closes again
    console.qmp_button.click()


async def event_log_scene(shot: Shooter) -> None:
    """The event log of both VMs, a tray event selected with its JSON beside it."""
    await _show(shot, StatusPane)
    demo = shot.demo
    for command in ("blockdev-open-tray", "blockdev-close-tray"):
        await demo.execute(command, {"id": "cd0"})
    # The tray's opening: the second last tray event.
    await _select_entry(
        shot, lambda e: e.kind is LogKind.EVENT and e.name == "DEVICE_TRAY_MOVED", last=2
    )
    await shot.shoot(shot.window, "console/event-log.png")


async def confirm_scene(shot: Shooter) -> None:
    """Reset's question, shot alone, then answered No."""
    await _show(shot, StatusPane)
    shot.press("actionSystemReset")
    dialog = await shot.modal(ConfirmDialog, "Reset's question")
    await shot.shoot(dialog, "control/confirm.png")
    assert isinstance(dialog, ConfirmDialog)
    dialog.reject()


async def media_scene(shot: Shooter) -> None:
    """Change media for the CD-ROM, the demo's own CD image typed in, then cancelled."""
    await _show(shot, BlockPane)
    shot.press("actionChangeMedia")
    dialog = await shot.modal(MediaDialog, "the Change media dialog")
    assert isinstance(dialog, MediaDialog)
    demo = shot.window.fleet.demo
    if demo is not None and demo.media.cd is not None:
        dialog.path_box.setEditText(str(demo.media.cd))
    await shot.shoot(dialog, "control/media.png")
    dialog.reject()


async def viewer_scene(shot: Shooter) -> None:
    """The screendump viewer on the demo VM's screen (its firmware looking for a boot disk)."""
    await _show(shot, StatusPane)
    shot.press("actionScreendump")

    def viewer() -> ScreendumpViewer | None:
        found = shot.window.findChild(ScreendumpViewer, "screendumpViewer")
        return found if found is not None and found.frame is not None else None

    await shot.until(viewer, "the screendump viewer's picture")
    shown = viewer()
    assert shown is not None
    await shot.shoot(shown, "control/viewer.png")
    shown.close()


async def send_key_scene(shot: Shooter) -> None:
    """The VM menu open on the demo VM at Send key, its combinations beside it and the
    SysRq letters with what Linux does on each; every menu closed after."""
    await _show(shot, StatusPane)
    send = shot.action("actionSendKey")
    await shot.until(send.isEnabled, "Send key offered on the running demo VM")
    bar = shot.window.menuBar()
    entry = next(a for a in bar.actions() if a.text() == "&VM")
    vm_menu, keys = entry.menu(), send.menu()
    sysrq = keys.findChild(QMenu, "sendKeySysRq")
    assert vm_menu is not None and keys is not None and sysrq is not None
    # Each menu opened beside the item that leads to it, as the mouse would open them.
    vm_menu.popup(bar.mapToGlobal(bar.actionGeometry(entry).bottomLeft()))
    vm_menu.setActiveAction(send)
    keys.popup(vm_menu.mapToGlobal(vm_menu.actionGeometry(send).topRight()))
    keys.setActiveAction(sysrq.menuAction())
    sysrq.popup(keys.mapToGlobal(keys.actionGeometry(sysrq.menuAction()).topRight()))
    await shot.until(sysrq.isVisible, "the SysRq menu")
    await shot.shoot(shot.window, "control/send-key.png")
    for menu in (sysrq, keys, vm_menu):
        menu.close()


async def powerdown_scene(shot: Shooter) -> None:
    """Power down asked and confirmed: the countdown above the list, Stop waiting after."""
    await _show(shot, StatusPane)
    shot.press("actionSystemPowerdown")
    dialog = await shot.modal(ConfirmDialog, "Power down's question")
    assert isinstance(dialog, ConfirmDialog)
    dialog.accept_button.click()
    bar = shot.window.powerdown_bar
    await shot.until(lambda: bar.isVisible() and bar.rows, "the power down countdown")
    await shot.shoot(shot.window, "control/powerdown.png")
    for row in list(bar.rows):
        row.dismiss.click()


async def device_add_scene(shot: Shooter) -> None:
    """Add device: the picker narrowed to network cards, virtio-net-pci's form with a MAC
    typed, the command below it; then closed, nothing added."""
    await _show(shot, StatusPane)
    shot.press("actionDeviceAdd")

    def dialog() -> DeviceAddDialog | None:
        found = shot.window.findChild(DeviceAddDialog, "deviceAddDialog")
        return found if found is not None and found.tree.topLevelItemCount() else None

    await shot.until(dialog, "the Add device dialog's list")
    shown = dialog()
    assert shown is not None
    shown.search.setText("net")
    if not shown.select_type("virtio-net-pci"):
        raise PictureError("virtio-net-pci is not offered on the demo VM")
    await shot.until(lambda: shown.form is not None, "virtio-net-pci's form")
    assert shown.form is not None
    mac = shown.form.fields["mac"].widget
    if isinstance(mac, QLineEdit):
        mac.setText("52:54:00:12:34:57")
    await shot.shoot(shown, "control/device-add.png")
    shown.close()


async def network_scene(shot: Shooter) -> None:
    """The Network pane on the demo's two NICs: a host forward added to the virtio-net
    NIC's user networking, the e1000's link set down, the receive filter open."""
    await _show(shot, NetworkPane)
    pane = shot.window.pane(NetworkPane)
    demo = shot.demo
    with socket.socket() as probe:  # a port free now, on loopback only
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    added = await add_forward(demo, "net1", HostForward("tcp", "127.0.0.1", port, "", 22))
    if not added.ok:
        raise PictureError(f"the host forward was not added: {added.error}")
    await set_link(demo, "nic0", up=False)
    await shot.until(
        lambda: pane.model.find("nic1", "rx-filter").isValid(), "the virtio-net receive filter"
    )
    await shot.until(
        lambda: any("HOST_FORWARD" in str(r) for r in pane.model.replies.values()),
        "the host forward",
    )
    pane.view.expandAll()
    pane.view.setCurrentIndex(pane.model.find("nic1"))
    pane.view.columns.fit_to_text()
    await shot.shoot(shot.window, "panes/network.png")


def _pci_row(pane: PciPane, qdev: str) -> QModelIndex | None:
    """The PCI pane's row of the device `qdev` (a qdev id), wherever it hangs."""
    pending = [QModelIndex()]
    while pending:
        parent = pending.pop()
        for row in range(pane.model.rowCount(parent)):
            index = pane.model.index(row, 0, parent)
            node = pane.model.node(index)
            if node is not None and isinstance(node.raw, dict) and node.raw.get("qdev_id") == qdev:
                return index
            pending.append(index)
    return None


async def device_del_scene(shot: Shooter) -> None:
    """Remove device on the demo's NIC behind its bridge, asked and confirmed: the guest
    (none: the demo boots no OS) never releases it, so its unplug stays pending. Taken
    last: the NIC stays pending until the demo VM is reset."""
    await _show(shot, PciPane)
    pane = shot.window.pane(PciPane)
    await shot.until(lambda: _pci_row(pane, "nic0") is not None, "the demo's NIC in the PCI pane")
    index = _pci_row(pane, "nic0")
    assert index is not None
    pane.view.setCurrentIndex(index)
    shot.press("actionDeviceDel")
    dialog = await shot.modal(ConfirmDialog, "Remove device's question")
    assert isinstance(dialog, ConfirmDialog)
    dialog.accept_button.click()

    def pending() -> bool:
        row = _pci_row(pane, "nic0")
        node = pane.model.node(row) if row is not None else None
        return node is not None and "unplug requested" in node.cells[1]

    await shot.until(pending, "the NIC's pending unplug")
    # The bridge selected, so that the NIC's row shows in the pending tone.
    bridge = _pci_row(pane, "br1")
    if bridge is not None:
        pane.view.setCurrentIndex(bridge)
    await shot.shoot(shot.window, "control/device-del.png")


#: Every picture under docs/, by its path there, in the order they are taken.
SCENES: dict[str, Scene] = {
    "screenshot.png": main_window,
    "panes/block.png": _pane_scene(BlockPane, "panes/block.png"),
    "panes/pci.png": _pane_scene(PciPane, "panes/pci.png"),
    "panes/display.png": _pane_scene(DisplayPane, "panes/display.png"),
    "panes/machine.png": machine_scene,
    "panes/snapshots.png": snapshots_scene,
    "panes/network.png": network_scene,
    "panes/qom.png": qom_scene,
    "panes/trace.png": trace_scene,
    "panes/migration.png": migration_pane_scene,
    "panes/migration-advice.png": migration_advice_scene,
    "panes/screen.png": screen_scene,
    "places.png": places_scene,
    "vm-list-groups.png": groups_scene,
    "console/console.png": console_scene,
    "console/completion.png": completion_scene,
    "console/hmp-batch.png": hmp_batch_scene,
    "console/event-log.png": event_log_scene,
    "control/confirm.png": confirm_scene,
    "control/media.png": media_scene,
    "control/viewer.png": viewer_scene,
    "control/powerdown.png": powerdown_scene,
    "control/send-key.png": send_key_scene,
    "control/device-add.png": device_add_scene,
    "control/device-presets.png": device_presets_scene,
    "control/device-preset-tap.png": device_preset_tap_scene,
    "control/migrate.png": migrate_dialog_scene,
    "control/device-del.png": device_del_scene,
    "panes/block-graph.png": block_graph_scene,
    "panes/block-jobs.png": block_jobs_scene,
    "help/shortcuts.png": shortcuts_scene,
    "help/guide.png": guide_scene,
    # Last: it resets the demo's guest, and what it types shows on the guest's screen.
    "panes/serial.png": serial_scene,
}
