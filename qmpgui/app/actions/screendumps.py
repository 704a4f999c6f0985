"""Screendump: a viewer window per VM (opened, or raised with a fresh picture), and one
summary when several VMs were asked.

The viewer's modules load when it is first used: start-up is shorter without them.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from qmpgui.app.actions.host import ActionHost
from qmpgui.app.actions.keys import Keys
from qmpgui.i18n import translate
from qmpgui.log.entry import Level
from qmpgui.qmp.actions import ACTIONS, VmAction
from qmpgui.session import VmSession
from qmpgui.session.control import Outcome, summary
from qmpgui.session.screendump import screendumper
from qmpgui.session.tasks import TaskSet
from qmpgui.ui.send_key_menu import SendKeyMenu

if TYPE_CHECKING:
    from qmpgui.ui.screendump_viewer import ScreendumpViewer

_SCREENDUMP = ACTIONS[VmAction.SCREENDUMP]


class Screendumps:
    """The open screendump viewers, one per VM (`viewers`); each has a Send key menu
    for its VM, sent through `keys`."""

    def __init__(self, host: ActionHost, keys: Keys) -> None:
        self.host = host
        self.keys = keys
        self.viewers: dict[VmSession, ScreendumpViewer] = {}
        self.tasks = TaskSet()

    def open_viewers(self, sessions: list[VmSession], skipped: dict[str, str]) -> None:
        """Show each VM's screen; a VM whose screen this host cannot get is skipped and
        said why (in a dialog when it was the only one)."""
        single = len(sessions) + len(skipped) == 1
        grabs: dict[VmSession, asyncio.Task[Outcome]] = {}
        for session in sessions:
            obstacle = screendumper(session).obstacle()
            if obstacle is not None:
                skipped[session.display_name] = obstacle
                if single:
                    self.host.say(
                        Level.ERROR,
                        translate("Screendumps", "screendump: {obstacle}").format(
                            obstacle=obstacle
                        ),
                        vm=session,
                    )
                    QMessageBox.warning(
                        self.host.parent,
                        translate("Screendumps", "Screendump not possible"),
                        f"{session.display_name}: {obstacle}",
                    )
                else:  # the VM's own entry; the summary follows
                    self.host.say(
                        Level.WARNING,
                        translate("Screendumps", "{label} skipped: {obstacle}").format(
                            label=_SCREENDUMP.label, obstacle=obstacle
                        ),
                        vm=session,
                    )
                continue
            grabs[session] = self.viewer_for(session)
        if not single:
            self.tasks.spawn(self._summarise(grabs, skipped))

    def viewer_for(self, session: VmSession) -> asyncio.Task[Outcome]:
        """Open (or raise) the session's viewer with a fresh picture; the grab's task."""
        viewer = self.viewers.get(session)
        if viewer is not None:
            viewer.show()
            viewer.raise_()
            viewer.activateWindow()
            return viewer.refresh()
        from qmpgui.ui.screendump_viewer import ScreendumpViewer  # noqa: PLC0415  (see the top)

        config = self.host.config
        viewer = ScreendumpViewer(
            session,
            self.host.parent,
            live_interval_s=config.live_interval_s,
            save_folder=config.screendump_folder,
        )
        viewer.message.connect(lambda level, text: self.host.say(level, text, vm=session))
        viewer.folderChosen.connect(self._remember_folder)
        viewer.destroyed.connect(lambda _=None, s=session: self.viewers.pop(s, None))
        menu = SendKeyMenu(viewer)
        menu.chosen.connect(lambda keys: self.keys.send([session], keys))
        menu.otherRequested.connect(lambda: self.keys.ask([session]))
        viewer.add_send_key(menu, lambda: self.keys.why_not(session))
        self.viewers[session] = viewer
        return viewer.start()

    async def _summarise(
        self, grabs: dict[VmSession, asyncio.Task[Outcome]], skipped: dict[str, str]
    ) -> None:
        results = await asyncio.gather(*grabs.values(), return_exceptions=True)
        outcomes = []
        for session, result in zip(grabs, results, strict=True):
            if isinstance(result, Outcome):
                outcomes.append(result)
                continue
            closed = translate("Screendumps", "the viewer was closed first")
            self.host.say(Level.WARNING, f"{_SCREENDUMP.label}: {closed}", vm=session)
            name = session.display_name
            outcomes.append(Outcome(name, _SCREENDUMP.label, _SCREENDUMP.command, 0.0, closed))
        text, level = summary(_SCREENDUMP.label, outcomes, skipped)
        self.host.say(level, text, banner=level is Level.ERROR)

    def _remember_folder(self, folder: str) -> None:
        self.host.config.screendump_folder = folder
        self.host.save_config()

    async def aclose(self) -> None:
        """Close every viewer (each ends its own work) and stop summarising."""
        for viewer in list(self.viewers.values()):
            viewer.close()
        await self.tasks.aclose()
