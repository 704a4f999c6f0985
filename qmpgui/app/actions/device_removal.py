"""Remove device on the current VM: the device selected in the pane on screen (Devices,
PCI, or the drive's device in Block devices), else the one the user picks among the
VM's devices with an id; asked first, naming the device and its type, then unplugged
and followed by session/unplug.py. A libvirt domain's device is detached through
libvirt (live, and from its definition where it is there too)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QInputDialog

from qmpgui.app.actions.host import ActionHost
from qmpgui.i18n import translate
from qmpgui.log.entry import Level
from qmpgui.qmp import QmpFailure
from qmpgui.qmp.action_kinds import shown
from qmpgui.qmp.actions import ACTIONS, DeviceAction
from qmpgui.session import VmSession
from qmpgui.session.peripherals import Peripheral, parse_peripherals
from qmpgui.session.selection import DEVICE_KINDS
from qmpgui.session.tasks import TaskSet
from qmpgui.session.unplug import DEL_LABEL, unplugs_of

_DEL = ACTIONS[DeviceAction.DEL]


def label(device: Peripheral) -> str:
    """How a device is named to the user: "'net1' (e1000)"."""
    return f"'{device.id}' ({device.type})"


async def _fixed(session: VmSession, devices: list[Peripheral]) -> set[str]:
    """The ids of `devices` that QEMU cannot unplug: their `hotpluggable` property (a
    device's own, qdev) is false (a VGA, a device on a bus without hot-plug). One that
    does not answer is left to QEMU to judge."""
    fixed = set()
    for device in devices:
        path = f"/machine/peripheral/{device.id}"
        try:
            answer = await session.execute("qom-get", {"path": path, "property": "hotpluggable"})
        except QmpFailure:
            continue
        if answer is False:
            fixed.add(device.id)
    return fixed


def _not_removable(device: Peripheral) -> str:
    return translate(
        "device_removal",
        "{v0} cannot be unplugged: QEMU does not take this device out of a running VM (its hotpluggable property is false); it goes when the VM is stopped and started without it",
    ).format(v0=label(device))


class DeviceRemoval:
    """Runs Remove device on the current VM."""

    def __init__(self, host: ActionHost) -> None:
        self.host = host
        self.tasks = TaskSet()

    def remove(self) -> None:
        """Unplug the selected device of the current VM, or the one the user picks."""
        session = self.host.selection.current
        if session is None or not session.connected:
            return
        selected = [self.host.selection.item(kind, session) for kind in DEVICE_KINDS]
        chosen = next((s for s in selected if s), None)
        self.tasks.spawn(self._look(session, chosen), name="device-del-look")

    async def _look(self, session: VmSession, chosen: str | None) -> None:
        try:
            reply = await session.execute("qom-list", {"path": "/machine/peripheral"})
        except QmpFailure as failure:
            self.host.say(
                Level.ERROR,
                translate(
                    "DeviceRemoval", "{DEL_LABEL}: QEMU did not list its devices: {message}"
                ).format(DEL_LABEL=translate("unplug", DEL_LABEL), message=failure.message),
                vm=session,
            )
            return
        devices = parse_peripherals(reply)
        fixed = await _fixed(session, devices)
        if chosen in fixed:
            device = next(d for d in devices if d.id == chosen)
            self.host.say(Level.WARNING, f"{DEL_LABEL}: {_not_removable(device)}", vm=session)
            return
        devices = [d for d in devices if d.id not in fixed]
        if not devices:
            self.host.say(
                Level.WARNING,
                translate(
                    "DeviceRemoval",
                    "{DEL_LABEL}: {display_name} has no device with an id that QEMU can unplug (it unplugs a device by its id, and not every type)",
                ).format(
                    DEL_LABEL=translate("unplug", DEL_LABEL), display_name=session.display_name
                ),
                vm=session,
            )
            return
        # Outside the task: the question is a modal dialog.
        QTimer.singleShot(0, lambda: self._chosen(session, devices, chosen))

    def _pick(self, session: VmSession, devices: list[Peripheral]) -> Peripheral | None:
        if len(devices) == 1:
            return devices[0]
        labels = [label(d) for d in devices]
        text, ok = QInputDialog.getItem(
            self.host.parent,
            translate("unplug", DEL_LABEL),
            translate("DeviceRemoval", "Remove which device of {display_name}?").format(
                display_name=session.display_name
            ),
            labels,
            0,
            False,
        )
        return devices[labels.index(text)] if ok and text in labels else None

    def _chosen(self, session: VmSession, devices: list[Peripheral], chosen: str | None) -> None:
        device = next((d for d in devices if d.id == chosen), None)
        if device is None:
            device = self._pick(session, devices)
        if device is None:
            return
        unplugs = unplugs_of(session)
        timeout_s = self.host.config.unplug_timeout_s
        # Already pending: nothing is asked, and remove() says it is not sent again.
        if device.id not in unplugs.pending:
            question = _DEL.question
            assert question is not None
            names = [f"{session.display_name} ({session.endpoint_text})"]
            text = shown(question.question).format(device=label(device), vm=session.display_name)
            # On a domain libvirt detaches it and removes what it made, not qmpgui.
            on_domain = session.domain is not None and question.domain_detail
            detail = shown(question.domain_detail if on_domain else question.detail)
            if not self.host.confirmer.ask_destructive(
                shown(question.title), text, names, detail, shown(question.title)
            ):
                return
        self.tasks.spawn(unplugs.remove(device.id, device.type, timeout_s), finish=True)

    async def aclose(self) -> None:
        """End what is under way."""
        await self.tasks.aclose()
