"""Fleet: the VMs of a window. Their sessions, adding, editing and removing them, the
saved configuration, the demo VM's life, and the ordered shutdown of all of it.

No widget here: the window asks (dialogs, questions) and the fleet does.
"""

from __future__ import annotations

import asyncio
import atexit
import dataclasses

from PySide6.QtCore import QObject, Signal

from qmpgui.app.cli import Options
from qmpgui.app.log_hub import LogHub
from qmpgui.app.messages import Say
from qmpgui.host.demo import DemoError, DemoVm, find_qemu
from qmpgui.log.entry import Level
from qmpgui.models import VmListModel
from qmpgui.qmp import endpoint_key
from qmpgui.session import SessionSettings, VmSession
from qmpgui.session.tasks import TaskSet
from qmpgui.store.config import Config, LoadResult, VmEntry, save_config
from qmpgui.store.writer import FileWriter
from qmpgui.ui.vm_dialog import VmSpec


class Fleet(QObject):
    """The window's VMs, in the VM list's model, and the configuration they are saved in."""

    #: A VM the window should select: one just added, the demo VM once it runs (VmSession).
    showRequested = Signal(object)
    #: A VM left the list (VmSession); it is being disconnected and then deleted.
    removed = Signal(object)

    def __init__(
        self,
        options: Options,
        loaded: LoadResult,
        writer: FileWriter,
        say: Say,
        log_hub: LogHub,
        *,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.options = options
        self.config: Config = loaded.config
        self._problems = loaded.problems
        self._config_writable = loaded.writable
        self._writer = writer
        self._say = say
        self._log_hub = log_hub
        self.settings = SessionSettings(
            poll_interval_s=self.config.poll_interval_s,
            command_timeout_s=self.config.command_timeout_s,
            greeting_timeout_s=self.config.greeting_timeout_s,
        )
        self.model = VmListModel(self)
        self.demo: DemoVm | None = None
        self.tasks = TaskSet()

    def start(self) -> None:
        """Show the saved VMs, say what was wrong with the config file, connect the VMs
        to connect at start-up and those named on the command line, start the demo VM."""
        for entry in self.config.vms:
            self._add_session(VmSpec(entry.name, entry.endpoint, entry.autoconnect), False)
        wanted = [s for s in self.model.sessions if s.autoconnect]
        wanted += [self._open_endpoint(endpoint) for endpoint in self.options.endpoints]
        for problem in self._problems:
            self._say(Level.WARNING, problem, banner=True)
        for session in dict.fromkeys(wanted):  # each once, in list order
            session.connect_vm()
        if self.options.demo:
            self.tasks.spawn(self._start_demo(), "demo")

    # -- the list ---------------------------------------------------------------------------

    def _add_session(self, spec: VmSpec, transient: bool, keep_log: bool = True) -> VmSession:
        session = VmSession(
            spec.name,
            spec.endpoint,
            autoconnect=spec.autoconnect,
            settings=self.settings,
            transient=transient,
            parent=self,
        )
        session.message.connect(lambda level, text: self._say(level, text, log=False))
        self._log_hub.watch(session, keep_file=keep_log)
        self.model.add(session)
        return session

    def _open_endpoint(self, endpoint: str) -> VmSession:
        """A command-line endpoint: a saved VM with the same endpoint, else a new row for this run."""
        key = endpoint_key(endpoint)
        for session in self.model.sessions:
            if endpoint_key(session.endpoint_text) == key:
                return session
        return self._add_session(VmSpec("", endpoint, True), transient=True)

    def endpoints(self, *, besides: VmSession | None = None) -> list[str]:
        """The endpoints in the list but `besides`'s: a new or edited VM must differ."""
        return [s.endpoint_text for s in self.model.sessions if s is not besides]

    def add(self, spec: VmSpec) -> VmSession:
        """Add a VM the user described, save the list and connect; the new session."""
        session = self._add_session(spec, transient=False)
        self.showRequested.emit(session)
        self.save_config()
        session.connect_vm()
        return session

    def edit(self, session: VmSession, spec: VmSpec) -> None:
        """Apply the user's edit (a changed endpoint reconnects) and save the list."""
        session.update(spec.name, spec.endpoint, spec.autoconnect)
        self.save_config()

    def remove(self, sessions: list[VmSession]) -> None:
        """Take VMs off the list and save it; each is disconnected (QEMU keeps running)."""
        for session in sessions:
            self.model.remove(session)
            self.removed.emit(session)
            self.tasks.spawn(self._dispose(session), finish=True)  # let go of the monitor
        self.save_config()

    async def _dispose(self, session: VmSession) -> None:
        await session.aclose()
        session.deleteLater()

    # -- the configuration ----------------------------------------------------------------

    def save_config(self) -> None:
        """Save the list and the settings (in the file writer's thread); a failure is said
        and leaves the previous file as it was."""
        path = self.options.config_path
        if not self._config_writable:
            self._say(Level.WARNING, f"not saved: {path} could not be read at start-up")
            return
        previous = {(vm.endpoint, vm.name): vm.extra for vm in self.config.vms}
        self.config.vms = [
            VmEntry(
                s.configured_name,
                s.endpoint_text,
                s.autoconnect,
                previous.get((s.endpoint_text, s.configured_name), {}),
            )
            for s in self.model.sessions
            if not s.transient
        ]
        snapshot = dataclasses.replace(self.config, vms=list(self.config.vms))
        self._writer.submit(save_config, path, snapshot).add_done_callback(self._saved)

    def _saved(self, future: asyncio.Future[None]) -> None:
        err = None if future.cancelled() else future.exception()
        if isinstance(err, OSError):
            self._say(
                Level.ERROR,
                f"could not save {self.options.config_path}: {err.strerror or err}; "
                "the previous file is unchanged",
            )

    # -- the demo VM ------------------------------------------------------------------------

    async def _start_demo(self) -> None:
        self._say(Level.INFO, "starting the demo VM (QEMU, TCG, 128 MiB)…")
        try:
            self.demo = DemoVm(find_qemu())
            atexit.register(self.demo.stop_now)
            await self.demo.start()
        except DemoError as err:
            self._say(Level.ERROR, f"demo VM: {err}", banner=True)
            return
        # Its endpoint is new each run: its log would be a file of its own for ever.
        spec = VmSpec("", self.demo.endpoint, True)
        session = self._add_session(spec, transient=True, keep_log=False)
        self.showRequested.emit(session)
        session.connect_vm()

    # -- shutdown -----------------------------------------------------------------------------

    async def aclose(self) -> None:
        """Disconnect every VM and stop the demo VM; saves are the file writer's to finish.

        What is under way ends first (the demo VM's start among it: no QEMU may start
        after the demo's stop)."""
        await self.tasks.aclose()
        for session in self.model.sessions:
            await session.aclose(quiet=True)  # the window says "qmpgui closed" once
        if self.demo is not None:
            await self.demo.stop()
            atexit.unregister(self.demo.stop_now)
