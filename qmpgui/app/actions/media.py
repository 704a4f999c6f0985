"""Eject and Change media on the removable drive selected in the Block devices pane,
the only one that can act, or the one the user picks; Force eject and Force change
when the guest has locked the tray. Which drives can act (a medium inside or a tray
to open for Eject; a drive a guest device uses for Change media) and the commands
come from qmp/media.py (blockdev-change-medium, or the old `change` on servers
without it)."""

from __future__ import annotations

import os
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QInputDialog

from qmpgui.app.actions.host import ActionHost
from qmpgui.i18n import translate
from qmpgui.log.entry import Level
from qmpgui.qmp import QmpFailure
from qmpgui.qmp.action_kinds import shown
from qmpgui.qmp.actions import ACTIONS, MediaAction
from qmpgui.qmp.block import BlockDevice, parse_block
from qmpgui.qmp.media import (
    MediaCommand,
    MediaError,
    change_commands,
    changeable,
    eject_command,
    ejectable,
    media_refusal,
)
from qmpgui.qmp.reader import Problems
from qmpgui.session import VmSession
from qmpgui.session.control import Outcome, perform, perform_libvirt
from qmpgui.session.selection import DRIVE
from qmpgui.session.tasks import TaskSet
from qmpgui.store.preferences import RECENT_MEDIA
from qmpgui.ui.confirm import ConfirmDialog

# The media dialog loads when first used: start-up is shorter.
if TYPE_CHECKING:
    from qmpgui.ui.media_dialog import MediaChoice

_EJECT = ACTIONS[MediaAction.EJECT]
_CHANGE = ACTIONS[MediaAction.CHANGE_MEDIA]


class Media:
    """Runs Eject and Change media for the current VM."""

    def __init__(self, host: ActionHost) -> None:
        self.host = host
        self.tasks = TaskSet()

    def run(self, action: MediaAction) -> None:
        """Eject or change the medium of a drive of the current VM."""
        if action is MediaAction.EJECT:
            self._with_drives(action, self._eject_chosen)
        else:
            self._with_drives(action, self._change_chosen)

    async def _drives_for(
        self, session: VmSession, action: MediaAction
    ) -> list[BlockDevice] | None:
        """The drives `action` can act on, asked of QEMU now; None (and said why) when
        there are none or QEMU did not answer."""
        try:
            reply = await session.execute("query-block")
        except QmpFailure as failure:
            self.host.say(Level.ERROR, failure.message, vm=session)
            return None
        every = parse_block(reply, Problems())
        devices = ejectable(every) if action is MediaAction.EJECT else changeable(every)
        if not devices:
            label = ACTIONS[action].label
            why = media_refusal(action, every) or translate("Media", "no drive")
            self.host.say(Level.WARNING, f"{label}: {why}", vm=session)
            return None
        return devices

    def _choose_device(
        self, session: VmSession, devices: list[BlockDevice], verb: str
    ) -> BlockDevice | None:
        key = self.host.selection.item(DRIVE, session)
        chosen = next((d for d in devices if d.key == key), None)
        if chosen is not None or len(devices) == 1:
            return chosen or devices[0]
        from qmpgui.ui.media_dialog import device_label  # noqa: PLC0415

        targets = session.inspection.block.targets
        labels = [device_label(d, targets.get(d.qdev_id or "")) for d in devices]
        text, ok = QInputDialog.getItem(
            self.host.parent,
            verb,
            translate("Media", "{verb} which drive of {display_name}?").format(
                verb=verb, display_name=session.display_name
            ),
            labels,
            0,
            False,
        )
        return devices[labels.index(text)] if ok and text in labels else None

    def _with_drives(
        self, action: MediaAction, then: Callable[[VmSession, list[BlockDevice]], None]
    ) -> None:
        """Ask the current VM for the drives `action` can act on, then call `then` outside
        the task."""
        session = self.host.selection.current
        if session is None or not session.connected:
            return

        async def fetch() -> None:
            devices = await self._drives_for(session, action)
            if devices:
                self._later(lambda: then(session, devices))

        self.tasks.spawn(fetch())

    def _eject_chosen(self, session: VmSession, devices: list[BlockDevice]) -> None:
        device = self._choose_device(session, devices, translate("Media", "Eject"))
        if device is None:
            return
        name = device.qdev_id or device.key
        medium = device.inserted.file if device.inserted and device.inserted.file else None
        question = _EJECT.question
        assert question is not None
        if medium is not None and not self.host.confirmer.ask_destructive(
            shown(question.title),
            shown(question.question).format(drive=name, vm=session.display_name),
            [medium],
            shown(question.detail),
            shown(question.title),
        ):
            return
        self.tasks.spawn(self._eject(session, device, force=False))

    async def _eject(self, session: VmSession, device: BlockDevice, *, force: bool) -> None:
        if session.domain is not None:  # libvirt's device update: libvirt's view stays right
            await perform_libvirt(
                session, _EJECT.label, "change_media", alias=device.qdev_id or device.key
            )
            session.request_refresh()
            return
        try:
            command = eject_command(device, session.server_caps, force=force)
        except MediaError as err:
            self.host.say(
                Level.ERROR, translate("Media", "eject: {err}").format(err=err), vm=session
            )
            return
        label = (
            translate("Media", "Force {v0}").format(v0=_EJECT.label.lower())
            if force
            else _EJECT.label
        )
        outcome = await perform(session, label, command.command, command.arguments)
        if not outcome.ok and not force and await self._locked(session, device):
            self._later(
                lambda: self._offer_force(
                    session,
                    device,
                    translate(
                        "Media",
                        "QEMU asked the guest to open it; a guest that uses the medium may refuse. Force eject takes the medium away even so.",
                    ),
                    translate("Media", "Force eject"),
                    lambda: self._eject(session, device, force=True),
                )
            )
        session.request_refresh()

    async def _locked(self, session: VmSession, device: BlockDevice) -> bool:
        """Whether the guest holds the drive's tray locked (asked again, not remembered)."""
        try:
            devices = parse_block(await session.execute("query-block"), Problems())
        except QmpFailure:
            return bool(device.locked)
        now = next((d for d in devices if d.key == device.key), device)
        return bool(now.locked)

    def _offer_force(
        self,
        session: VmSession,
        device: BlockDevice,
        detail: str,
        accept_text: str,
        forced: Callable[[], Coroutine[Any, Any, None]],
    ) -> None:
        """The guest locked the tray: say so, and run `forced` if the user insists."""
        name = device.qdev_id or device.key
        answer = ConfirmDialog.ask(
            self.host.parent,
            translate("Media", "Tray locked"),
            translate("Media", "The guest has locked the tray of {name} in {display_name}.").format(
                name=name, display_name=session.display_name
            ),
            [],
            detail=detail,
            accept_text=accept_text,
            offer_dont_ask=False,
        )
        if answer.confirmed:
            self.tasks.spawn(forced())

    def _change_chosen(self, session: VmSession, devices: list[BlockDevice]) -> None:
        key = self.host.selection.item(DRIVE, session)
        selected = next((d for d in devices if d.key == key), None)
        endpoint = session.endpoint
        remote = None if endpoint is None or endpoint.is_local else endpoint.host
        recent = self.host.config.recent_media
        start = os.path.dirname(recent[0]["path"]) if recent and recent[0].get("path") else ""
        from qmpgui.ui.media_dialog import MediaDialog  # noqa: PLC0415

        choice = MediaDialog.ask(
            self.host.parent,
            session.display_name,
            devices,
            selected=selected,
            recent=recent,
            remote_host=remote,
            start_folder=start,
            targets=session.inspection.block.targets,
        )
        if choice is not None:
            self.tasks.spawn(self._change(session, choice, force=False))

    async def _change(self, session: VmSession, choice: MediaChoice, *, force: bool) -> None:
        if session.domain is not None:  # libvirt's device update: libvirt's view stays right
            outcome = await perform_libvirt(
                session,
                _CHANGE.label,
                "change_media",
                alias=choice.device.qdev_id or choice.device.key,
                path=choice.path,
                image_format=choice.image_format,
                read_only=choice.read_only == "read-only",
            )
            if outcome.ok:
                self._remember_medium(choice)
            session.request_refresh()
            return
        try:
            commands = change_commands(
                choice.device,
                session.server_caps,
                choice.path,
                image_format=choice.image_format,
                read_only=choice.read_only,
                force=force,
            )
        except MediaError as err:
            self.host.say(
                Level.ERROR, translate("Media", "change media: {err}").format(err=err), vm=session
            )
            return
        outcome = await self._first_available(session, commands, force)
        if outcome.ok:
            self._remember_medium(choice)
        elif not force and await self._locked(session, choice.device):
            if session.server_caps.takes("blockdev-change-medium", "force"):
                self._later(
                    lambda: self._offer_force(
                        session,
                        choice.device,
                        translate(
                            "Media",
                            "QEMU asked the guest to open it. Force takes the old medium away and inserts {path} even so.",
                        ).format(path=choice.path),
                        translate("Media", "Force change"),
                        lambda: self._change(session, choice, force=True),
                    )
                )
            else:
                name = choice.device.qdev_id or choice.device.key
                self.host.say(
                    Level.WARNING,
                    translate(
                        "Media",
                        "the guest has locked the tray of {name}, and this QEMU cannot force a change: Eject (with Force eject) first, then Change media",
                    ).format(name=name),
                    vm=session,
                )
        session.request_refresh()

    async def _first_available(
        self, session: VmSession, commands: list[MediaCommand], force: bool
    ) -> Outcome:
        """Send the first command this QEMU has; the next only after CommandNotFound."""
        label = (
            translate("Media", "Force {v0}").format(v0=_CHANGE.label.lower())
            if force
            else _CHANGE.label
        )
        for command in commands:
            outcome = await perform(
                session, label, command.command, command.arguments, report=False, note=command.note
            )
            if outcome.error_class != "CommandNotFound":
                break
        session.message.emit(Level.INFO if outcome.ok else Level.ERROR, outcome.text)
        return outcome

    def _remember_medium(self, choice: MediaChoice) -> None:
        entry = choice.remembered()
        config = self.host.config
        others = [r for r in config.recent_media if r.get("path") != choice.path]
        config.recent_media = [entry, *others[: RECENT_MEDIA - 1]]
        self.host.save_config()

    @staticmethod
    def _later(callback: Callable[[], None]) -> None:
        """Run `callback` from the Qt loop, outside any task (it may open a modal dialog)."""
        QTimer.singleShot(0, callback)

    async def aclose(self) -> None:
        """End what is under way."""
        await self.tasks.aclose()
