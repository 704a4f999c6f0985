"""What a user does to VMs: lifecycle actions, removable media, screendumps.

Each action is enabled only where it works, and says why not in its tooltip.
Destructive ones ask first (unless confirm_destructive is off). Modal dialogs
are opened from plain Qt callbacks, never from inside an asyncio task: a
nested event loop inside a running task would re-enter the loop.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMessageBox

from qmpgui.log.entry import Level
from qmpgui.qmp import QmpFailure
from qmpgui.qmp.block import BlockDevice, parse_block
from qmpgui.qmp.media import MediaCommand, MediaError, change_commands, eject_command, removable
from qmpgui.qmp.reader import Problems
from qmpgui.qmp.runstate import DESTRUCTIVE, MULTI_VM, VmAction, needs_warning, refusal
from qmpgui.session import VmSession
from qmpgui.session.control import ACTION_NAMES, Outcome, perform, perform_action, summary
from qmpgui.session.powerdown import PowerdownWatch, WatchState
from qmpgui.session.screendump import screendumper
from qmpgui.store.config import RECENT_MEDIA
from qmpgui.ui.confirm import ConfirmDialog

# The media dialog and the screendump viewer load when first used: start-up is shorter.
if TYPE_CHECKING:
    from qmpgui.app.main_window import MainWindow
    from qmpgui.ui.media_dialog import MediaChoice
    from qmpgui.ui.screendump_viewer import ScreendumpViewer

#: objectName, text, shortcut, tooltip of each action.
_SPECS: dict[VmAction, tuple[str, str, str, str]] = {
    VmAction.PAUSE: ("actionStop", "&Pause", "Ctrl+P", "Pause the VM's CPUs (stop)"),
    VmAction.RESUME: ("actionCont", "Res&ume", "Ctrl+R", "Resume or start the VM's CPUs (cont)"),
    VmAction.RESET: (
        "actionSystemReset",
        "Rese&t",
        "Ctrl+Shift+R",
        "Reset the VM at once (system_reset)",
    ),
    VmAction.POWERDOWN: (
        "actionSystemPowerdown",
        "Power &down",
        "Ctrl+Shift+P",
        "Press the power button: ask the guest to shut down (system_powerdown)",
    ),
    VmAction.QUIT: (
        "actionQuitVm",
        "&Quit VM",
        "Ctrl+Shift+Q",
        "End QEMU at once, like pulling the plug (quit)",
    ),
    VmAction.WAKE: ("actionSystemWakeup", "&Wake", "Ctrl+Shift+W", "Wake a suspended guest"),
    VmAction.SCREENDUMP: (
        "actionScreendump",
        "Scree&ndump",
        "Ctrl+Shift+S",
        "Show the VM's screen (screendump)",
    ),
}

_QUESTIONS = {
    VmAction.RESET: (
        "Reset",
        "Reset {these}?",
        "The guest restarts at once, as with a reset button: whatever it has not saved is lost.",
    ),
    VmAction.POWERDOWN: (
        "Power down",
        "Ask {these} to power down?",
        "Each guest decides how to shut down; qmpgui waits and then offers to force it off.",
    ),
    VmAction.QUIT: (
        "Quit VM",
        "Quit QEMU for {these}?",
        "QEMU ends at once, like pulling the plug: the guest cannot save anything.",
    ),
}


class VmActions(QObject):
    """The actions that act on the selected VMs, and what they do."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.actions: dict[VmAction, QAction] = {}
        for action, (name, text, keys, tip) in _SPECS.items():
            self.actions[action] = window._action(name, text, keys, tip)
        self.eject = window._action(
            "actionEject", "&Eject", "Ctrl+Shift+E", "Eject the medium of a removable drive"
        )
        self.change_media = window._action(
            "actionChangeMedia",
            "Change &media…",
            "Ctrl+M",
            "Insert an image into a removable drive (CD-ROM, floppy)",
        )
        for qaction in [*self.actions.values(), self.eject, self.change_media]:
            qaction.setProperty("accessibleName", qaction.text().replace("&", "").rstrip("…"))
        self.viewers: dict[VmSession, ScreendumpViewer] = {}
        self.watches: list[PowerdownWatch] = []
        self._tasks: set[asyncio.Task[Any]] = set()

    def connect_signals(self) -> None:
        for action, qaction in self.actions.items():
            qaction.triggered.connect(lambda _=False, a=action: self.run(a))
        self.eject.triggered.connect(self.eject_selected)
        self.change_media.triggered.connect(self.change_media_selected)
        self.window.powerdown_bar.forceOffRequested.connect(self.force_off)

    @property
    def lifecycle(self) -> list[QAction]:
        order = [
            VmAction.PAUSE,
            VmAction.RESUME,
            VmAction.WAKE,
            VmAction.RESET,
            VmAction.POWERDOWN,
            VmAction.QUIT,
        ]
        return [self.actions[a] for a in order]

    @property
    def screendump(self) -> QAction:
        return self.actions[VmAction.SCREENDUMP]

    # -- enabling -------------------------------------------------------------------

    @staticmethod
    def why_not(session: VmSession, action: VmAction) -> str | None:
        """Why `action` cannot be used on `session` now, or None."""
        if not session.connected:
            return "not connected"
        caps = session.capabilities
        if caps and str(action) not in caps:
            return f"this QEMU has no '{action}' command"
        return refusal(action, session.run_status or "unknown")

    def update(self, sessions: list[VmSession]) -> None:
        """Re-evaluate every action for the selection; called on every state change."""
        for action, qaction in self.actions.items():
            self.window._enable(qaction, self._reason(action, sessions))
        media = self._one_connected(sessions)
        self.window._enable(self.eject, media)
        self.window._enable(self.change_media, media)

    def _reason(self, action: VmAction, sessions: list[VmSession]) -> str | None:
        if not sessions:
            return "select a VM first"
        if len(sessions) > 1 and action not in MULTI_VM:
            return "select one VM: this acts on one VM at a time"
        reasons = [self.why_not(s, action) for s in sessions]
        if any(r is None for r in reasons):
            return None
        if len(sessions) == 1:
            return reasons[0]
        return f"none of the selected VMs can ({reasons[0]})"

    @staticmethod
    def _one_connected(sessions: list[VmSession]) -> str | None:
        if not sessions:
            return "select a VM first"
        if len(sessions) > 1:
            return "select one VM"
        return None if sessions[0].connected else "not connected"

    # -- lifecycle --------------------------------------------------------------------

    def run(self, action: VmAction) -> None:
        """Apply `action` to the selected VMs (one for single-VM actions)."""
        selected = self.window.selected_sessions()
        if action not in MULTI_VM:
            selected = selected[:1]
        eligible = [s for s in selected if self.why_not(s, action) is None]
        skipped = {s.display_name: why for s in selected if (why := self.why_not(s, action))}
        label = ACTION_NAMES[action]
        if not eligible:
            if skipped:
                self.window.show_message(
                    Level.WARNING,
                    f"{label}: " + "; ".join(f"{vm}: {why}" for vm, why in skipped.items()),
                )
            return
        if not self._confirm(action, eligible):
            return
        if action is VmAction.SCREENDUMP:
            self.open_viewers(eligible, skipped)
        elif action is VmAction.POWERDOWN:
            self._spawn(self._power_down(eligible, skipped))
        else:
            self._spawn(
                self._run_all(label, [perform_action(s, action) for s in eligible], skipped)
            )

    def _confirm(self, action: VmAction, sessions: list[VmSession]) -> bool:
        names = [f"{s.display_name} ({s.endpoint_text})" for s in sessions]
        warnings = {w for s in sessions if (w := needs_warning(action, s.run_status or ""))}
        if warnings:
            label = ACTION_NAMES[action]
            answer = ConfirmDialog.ask(
                self.window,
                label,
                f"{label} {'this VM' if len(names) == 1 else 'these VMs'}?",
                names,
                detail=" ".join(sorted(warnings)),
                accept_text=label,
                offer_dont_ask=False,
            )
            return answer.confirmed
        if action not in DESTRUCTIVE:
            return True
        title, question, detail = _QUESTIONS[action]
        these = "this VM" if len(sessions) == 1 else f"these {len(sessions)} VMs"
        return self.ask_destructive(title, question.format(these=these), names, detail, title)

    def ask_destructive(
        self, title: str, question: str, names: list[str], detail: str, accept: str
    ) -> bool:
        """The one confirmation of destructive actions, with its off-switch."""
        if not self.window.config.confirm_destructive:
            return True
        answer = ConfirmDialog.ask(
            self.window, title, question, names, detail=detail, accept_text=accept
        )
        if answer.dont_ask_again:
            self.window.config.confirm_destructive = False
            self.window.save_config()
            self.window.show_message(
                Level.INFO, "destructive actions no longer ask first (confirm_destructive: false)"
            )
        return answer.confirmed

    async def _run_all(
        self,
        label: str,
        runs: list[Coroutine[Any, Any, Outcome]],
        skipped: dict[str, str],
        *,
        done_word: str = "done",
    ) -> list[Outcome]:
        outcomes = list(await asyncio.gather(*runs))
        if len(outcomes) + len(skipped) > 1:
            text, level = summary(label, outcomes, skipped, done_word)
            self.window.show_message(level, text, banner=level is Level.ERROR)
        self.window._update_actions()
        return outcomes

    async def _power_down(self, sessions: list[VmSession], skipped: dict[str, str]) -> None:
        self.watches = [w for w in self.watches if w.active or w.state is WatchState.TIMED_OUT]
        watches = []
        for session in sessions:
            watch = PowerdownWatch(session, self.window.config.powerdown_timeout_s)
            self.window.powerdown_bar.add(watch)
            self.watches.append(watch)
            watch.start()
            watches.append(watch)

        async def asked(watch: PowerdownWatch) -> Outcome:
            await watch.asked.wait()
            return watch.outcome or Outcome(
                watch.session.display_name, "Power down", "system_powerdown", 0.0, "cancelled"
            )

        await self._run_all("Power down", [asked(w) for w in watches], skipped, done_word="asked")

    def force_off(self, watch: PowerdownWatch) -> None:
        session = watch.session
        if self.ask_destructive(
            "Force off",
            f"Force {session.display_name} off?",
            [f"{session.display_name} ({session.endpoint_text})"],
            "QEMU ends at once (quit), like pulling the plug: the guest cannot save anything.",
            "Force off",
        ):
            self._spawn(watch.force_off())

    # -- screendump --------------------------------------------------------------------

    def open_viewers(self, sessions: list[VmSession], skipped: dict[str, str]) -> None:
        single = len(sessions) + len(skipped) == 1
        grabs: dict[str, asyncio.Task[Outcome]] = {}
        for session in sessions:
            obstacle = screendumper(session).obstacle()
            if obstacle is not None:
                skipped[session.display_name] = obstacle
                continue
            grabs[session.display_name] = self.viewer_for(session)
        if single and skipped:
            name, why = next(iter(skipped.items()))
            self.window.show_message(Level.ERROR, f"{name}: screendump: {why}")
            QMessageBox.warning(self.window, "Screendump not possible", f"{name}: {why}")
        elif not single:
            self._spawn(self._summarise_viewers(grabs, skipped))

    def viewer_for(self, session: VmSession) -> asyncio.Task[Outcome]:
        """Open (or raise) the session's viewer with a fresh picture; the grab's task."""
        viewer = self.viewers.get(session)
        if viewer is not None:
            viewer.show()
            viewer.raise_()
            viewer.activateWindow()
            return viewer.refresh()
        from qmpgui.ui.screendump_viewer import ScreendumpViewer  # noqa: PLC0415

        config = self.window.config
        viewer = ScreendumpViewer(
            session,
            self.window,
            live_interval_s=config.live_interval_s,
            save_folder=config.screendump_folder,
        )
        viewer.message.connect(self.window.show_message)
        viewer.folderChosen.connect(self._remember_folder)
        viewer.destroyed.connect(lambda _=None, s=session: self.viewers.pop(s, None))
        self.viewers[session] = viewer
        return viewer.start()

    async def _summarise_viewers(
        self, grabs: dict[str, asyncio.Task[Outcome]], skipped: dict[str, str]
    ) -> None:
        results = await asyncio.gather(*grabs.values(), return_exceptions=True)
        outcomes = [
            r
            if isinstance(r, Outcome)
            else Outcome(name, "Screendump", "screendump", 0.0, "the viewer was closed first")
            for name, r in zip(grabs, results, strict=True)
        ]
        text, level = summary("Screendump", outcomes, skipped)
        self.window.show_message(level, text, banner=level is Level.ERROR)

    def _remember_folder(self, folder: str) -> None:
        self.window.config.screendump_folder = folder
        self.window.save_config()

    # -- removable media --------------------------------------------------------------

    def _selected_device_key(self, session: VmSession) -> str | None:
        pane = self.window.block_pane
        if pane.session is not session:
            return None
        node = pane.model.node(pane.view.currentIndex())
        return str(node.key) if node is not None else None

    async def _removable_devices(self, session: VmSession) -> list[BlockDevice] | None:
        try:
            reply = await session.execute("query-block")
        except QmpFailure as failure:
            self.window.show_message(Level.ERROR, f"{session.display_name}: {failure.message}")
            return None
        devices = removable(list(parse_block(reply, Problems())))
        if not devices:
            self.window.show_message(
                Level.WARNING, f"{session.display_name} has no removable drive (CD-ROM or floppy)"
            )
            return None
        return devices

    def _choose_device(
        self, session: VmSession, devices: list[BlockDevice], verb: str
    ) -> BlockDevice | None:
        key = self._selected_device_key(session)
        chosen = next((d for d in devices if d.key == key), None)
        if chosen is not None or len(devices) == 1:
            return chosen or devices[0]
        from qmpgui.ui.media_dialog import device_label  # noqa: PLC0415

        labels = [device_label(d) for d in devices]
        text, ok = QInputDialog.getItem(
            self.window, verb, f"{verb} which drive of {session.display_name}?", labels, 0, False
        )
        return devices[labels.index(text)] if ok and text in labels else None

    def _with_drives(self, then: Callable[[VmSession, list[BlockDevice]], None]) -> None:
        """Ask the current VM for its removable drives, then call `then` outside the task."""
        session = self.window.current_session()
        if session is None or not session.connected:
            return

        async def fetch() -> None:
            devices = await self._removable_devices(session)
            if devices:
                self._later(lambda: then(session, devices))

        self._spawn(fetch())

    def eject_selected(self) -> None:
        self._with_drives(self._eject_chosen)

    def _eject_chosen(self, session: VmSession, devices: list[BlockDevice]) -> None:
        device = self._choose_device(session, devices, "Eject")
        if device is None:
            return
        name = device.qdev_id or device.key
        medium = device.inserted.file if device.inserted and device.inserted.file else None
        if medium is not None and not self.ask_destructive(
            "Eject",
            f"Eject the medium of {name} in {session.display_name}?",
            [medium],
            "The guest loses access to it at once.",
            "Eject",
        ):
            return
        self._spawn(self._eject(session, device, force=False))

    async def _eject(self, session: VmSession, device: BlockDevice, *, force: bool) -> None:
        try:
            command = eject_command(device, session.server_caps, force=force)
        except MediaError as err:
            self.window.show_message(Level.ERROR, f"{session.display_name}: eject: {err}")
            return
        label = "Force eject" if force else "Eject"
        outcome = await perform(session, label, command.command, command.arguments)
        if not outcome.ok and not force and await self._locked(session, device):
            self._later(
                lambda: self._offer_force(
                    session,
                    device,
                    "QEMU asked the guest to open it; a guest that uses the medium may refuse. "
                    "Force eject takes the medium away even so.",
                    "Force eject",
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
            self.window,
            "Tray locked",
            f"The guest has locked the tray of {name} in {session.display_name}.",
            [],
            detail=detail,
            accept_text=accept_text,
            offer_dont_ask=False,
        )
        if answer.confirmed:
            self._spawn(forced())

    def change_media_selected(self) -> None:
        self._with_drives(self._change_chosen)

    def _change_chosen(self, session: VmSession, devices: list[BlockDevice]) -> None:
        key = self._selected_device_key(session)
        selected = next((d for d in devices if d.key == key), None)
        endpoint = session.endpoint
        remote = None if endpoint is None or endpoint.is_local else endpoint.host
        recent = self.window.config.recent_media
        start = os.path.dirname(recent[0]["path"]) if recent and recent[0].get("path") else ""
        from qmpgui.ui.media_dialog import MediaDialog  # noqa: PLC0415

        choice = MediaDialog.ask(
            self.window,
            session.display_name,
            devices,
            selected=selected,
            recent=recent,
            remote_host=remote,
            start_folder=start,
        )
        if choice is not None:
            self._spawn(self._change(session, choice, force=False))

    async def _change(self, session: VmSession, choice: MediaChoice, *, force: bool) -> None:
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
            self.window.show_message(Level.ERROR, f"{session.display_name}: change media: {err}")
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
                        "QEMU asked the guest to open it. Force takes the old medium away and "
                        f"inserts {choice.path} even so.",
                        "Force change",
                        lambda: self._change(session, choice, force=True),
                    )
                )
            else:
                name = choice.device.qdev_id or choice.device.key
                self.window.show_message(
                    Level.WARNING,
                    (
                        f"{session.display_name}: the guest has locked the tray of {name}, and this "
                        "QEMU cannot force a change: Eject (with Force eject) first, then Change media"
                    ),
                )
        session.request_refresh()

    async def _first_available(
        self, session: VmSession, commands: list[MediaCommand], force: bool
    ) -> Outcome:
        """Send the first command this QEMU has; the next only after CommandNotFound."""
        label = "Force change media" if force else "Change media"
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
        config = self.window.config
        others = [r for r in config.recent_media if r.get("path") != choice.path]
        config.recent_media = [entry, *others[: RECENT_MEDIA - 1]]
        self.window.save_config()

    # -- tasks ----------------------------------------------------------------------------

    @staticmethod
    def _later(callback: Callable[[], None]) -> None:
        """Run `callback` from the Qt loop, outside any task (it may open a modal dialog)."""
        QTimer.singleShot(0, callback)

    def _spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        return self.window._spawn(coro)

    async def aclose(self) -> None:
        for viewer in list(self.viewers.values()):
            viewer.close()
        for watch in self.watches:
            await watch.aclose()
