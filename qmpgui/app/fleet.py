"""Fleet: the VMs of a window. Their sessions, adding, editing and removing them, the
saved configuration and its settings (also as edited outside the window), the demo VM's
life, and the ordered shutdown of all of it.

No widget here: the window asks (dialogs, questions) and the fleet does.
"""

from __future__ import annotations

import atexit
import copy
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

import qmpgui.session.topic_modules  # noqa: F401 (every topic, before the first session)
from qmpgui.app.cli import Options
from qmpgui.app.config_file import ConfigFile, Snapshot
from qmpgui.app.connection_rows import ConnectionRows
from qmpgui.app.log_hub import LogHub
from qmpgui.app.messages import Say
from qmpgui.host.demo import DemoError, DemoVm, find_qemu
from qmpgui.i18n import PLURAL, translate
from qmpgui.log.entry import Level
from qmpgui.models import VmListModel
from qmpgui.qmp import endpoint_key
from qmpgui.qmp.libvirt_uri import is_connection_uri
from qmpgui.session import SessionSettings, VmSession
from qmpgui.session.libvirt_connection import LibvirtConnection
from qmpgui.session.migration import migrations_of
from qmpgui.session.tasks import TaskSet
from qmpgui.store.config import Config, ConnectionEntry, LoadResult, VmEntry
from qmpgui.store.config_merge import Changes, SavedVm, describe, vm_fields
from qmpgui.store.writer import FileWriter
from qmpgui.ui.vm_spec import VmSpec


class Fleet(QObject):
    """The window's VMs, in the VM list's model, and the configuration they are saved in."""

    #: A VM the window should select: one just added, the demo VM once it runs (VmSession).
    showRequested = Signal(object)
    #: A VM left the list (VmSession); it is being disconnected and then deleted.
    removed = Signal(object)
    #: Preferences applied (dict: key -> value, apply_settings()'s keys and values): the
    #: parts of the window that follow a setting themselves (toolbar style, tray icon).
    settingsApplied = Signal(dict)

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
        self._say = say
        self._log_hub = log_hub
        self.settings = SessionSettings(
            poll_interval_s=self.config.poll_interval_s,
            command_timeout_s=self.config.command_timeout_s,
            greeting_timeout_s=self.config.greeting_timeout_s,
        )
        self.model = VmListModel(self)
        self.demo: DemoVm | None = None
        #: The demo VM's row once it runs; whether it was asked for (it starts once).
        self._demo_session: VmSession | None = None
        self._demo_asked = False
        self.tasks = TaskSet()
        #: The libvirt connections' rows and their domains' sessions.
        self.links = ConnectionRows(
            self.model,
            lambda name, endpoint: self._new_session(VmSpec(name, endpoint, False), False),
            self._dispose_later,
            say,
            self,
        )
        #: The endpoint of the file's entry each saved VM stands for, as last read or
        #: written (a VM added in the window has none until it is saved).
        self._origins: dict[VmSession, str] = {}
        self.config_file = ConfigFile(
            options.config_path,
            loaded,
            writer,
            say,
            snapshot=self._snapshot,
            apply=self._take_outside,
            written=self._written,
            parent=self,
        )

    def start(self) -> None:
        """Show the saved VMs, say what was wrong with the config file, connect the VMs
        to connect at start-up and those named on the command line, start the demo VM."""
        #: Repeats of an endpoint or URI, by its spelling as loaded: how many.
        repeated: dict[str, int] = {}
        listed: dict[str, str] = {}
        for entry in self.config.vms:
            # One monitor serves one client: a hand-edited file's repeat of an endpoint
            # would only show "monitor busy". Loaded once; the file is left as it is.
            key = endpoint_key(entry.endpoint)
            if key in listed:
                repeated[listed[key]] = repeated.get(listed[key], 0) + 1
                continue
            listed[key] = entry.endpoint
            session = self._add_session(
                VmSpec(entry.name, entry.endpoint, entry.autoconnect, entry.tls), False
            )
            self._origins[session] = entry.endpoint
        for saved in self.config.connections:
            if self.links.find(saved.uri) is not None:
                repeated[saved.uri] = repeated.get(saved.uri, 0) + 1
                continue
            self.links.add(saved.uri, saved.autoconnect, transient=False)
        if repeated:
            self._problems.append(repeats_sentence(self.options.config_path, repeated))
        wanted = [s for s in self.model.sessions if s.autoconnect]
        links = [c for c in self.model.connections if c.autoconnect]
        for endpoint in self.options.endpoints:
            opened = self._open_endpoint(endpoint)
            if isinstance(opened, LibvirtConnection):
                links.append(opened)
            else:
                wanted.append(opened)
        for problem in self._problems:
            self._say(Level.WARNING, problem, banner=True)
        for session in dict.fromkeys(wanted):  # each once, in list order
            session.connect_vm()
        for link in dict.fromkeys(links):
            self.links.connect(link)
        if self.options.demo:
            self.start_demo()

    # -- the list ---------------------------------------------------------------------------

    def _add_session(self, spec: VmSpec, transient: bool, keep_log: bool = True) -> VmSession:
        session = self._new_session(spec, transient, keep_log)
        self.model.add(session)
        return session

    def _new_session(self, spec: VmSpec, transient: bool, keep_log: bool = True) -> VmSession:
        session = VmSession(
            spec.name,
            spec.endpoint,
            autoconnect=spec.autoconnect,
            settings=self.settings,
            transient=transient,
            tls=spec.tls,
            parent=self,
        )
        session.message.connect(lambda level, text: self._say(level, text, log=False))
        self._log_hub.watch(session, keep_file=keep_log)
        migrations_of(session)  # every migration's outcome is logged, pane shown or not
        return session

    def _open_endpoint(self, endpoint: str) -> VmSession | LibvirtConnection:
        """A command-line endpoint: a VM of the list with the same endpoint (a domain
        under its connection too), else a new row for this run; a libvirt connection
        URI: its connection, the list's or a new one for this run."""
        if is_connection_uri(endpoint):
            return self.links.find(endpoint) or self.links.add(endpoint, True, transient=True)
        key = endpoint_key(endpoint)
        for session in self.model.all_sessions:
            if endpoint_key(session.endpoint_text) == key:
                return session
        return self._add_session(VmSpec("", endpoint, True), transient=True)

    def open_endpoints(self, endpoints: Sequence[str]) -> list[VmSession]:
        """Endpoints given on a command line after start-up (a second start of qmpgui
        hands its own over): each opens as at start-up, and connects unless it is
        connected or connecting already. The sessions, each once, in order."""
        opened = list(dict.fromkeys(self._open_endpoint(endpoint) for endpoint in endpoints))
        sessions = [s for s in opened if isinstance(s, VmSession)]
        for item in opened:
            if isinstance(item, LibvirtConnection):
                self.links.connect(item)
            elif item.can_connect:
                item.connect_vm()
        return sessions

    def endpoints(self, *, besides: VmSession | None = None) -> list[str]:
        """The endpoints in the list but `besides`'s: a new or edited VM must differ."""
        return [s.endpoint_text for s in self.model.all_sessions if s is not besides]

    def add_connection(self, uri: str, autoconnect: bool) -> LibvirtConnection:
        """Add a libvirt connection the user gave, save the list and connect; its row."""
        connection = self.links.add(uri, autoconnect, transient=False)
        self.save_config()
        self.links.connect(connection)
        return connection

    def remove_connections(self, connections: list[LibvirtConnection]) -> None:
        """Take connections and their domains off the list (libvirt keeps them), save."""
        for connection in connections:
            self.links.remove(connection)
        self.save_config()

    def add(self, spec: VmSpec) -> VmSession:
        """Add a VM the user described, save the list and connect; the new session."""
        session = self._add_session(spec, transient=False)
        self.showRequested.emit(session)
        self.save_config()
        session.connect_vm()
        return session

    def edit(self, session: VmSession, spec: VmSpec) -> None:
        """Apply the user's edit (a changed endpoint reconnects) and save the list."""
        session.update(spec.name, spec.endpoint, spec.autoconnect, spec.tls)
        self.save_config()

    def remove(self, sessions: list[VmSession]) -> None:
        """Take VMs off the list and save it; each is disconnected (QEMU keeps running)."""
        self._drop(sessions)
        self.save_config()

    def _drop(self, sessions: list[VmSession]) -> None:
        for session in sessions:
            self.model.remove(session)
            self._origins.pop(session, None)
            self._dispose_later(session)

    def _dispose_later(self, session: VmSession) -> None:
        """`session` left the list: said (its console goes), then disconnected and deleted."""
        self.removed.emit(session)
        self.tasks.spawn(self._dispose(session), finish=True)  # let go of the monitor

    async def _dispose(self, session: VmSession) -> None:
        await session.aclose()
        session.deleteLater()

    # -- the configuration ----------------------------------------------------------------

    def save_config(self) -> None:
        """Save what the window changed, merged into the file as it is now (in the file
        writer's thread); a failure is said and leaves the previous file as it was."""
        self.config_file.save()

    def apply_settings(self, values: dict[str, Any]) -> None:
        """Use these preferences (keys of the config file's DEFAULTS, values as Config
        holds them) from now on: the config, the sessions' settings, the event log's
        limit. Not saved: save_config() saves."""
        for key, value in values.items():
            setattr(self.config, key, copy.deepcopy(value))
        live = {
            key: values[key]
            for key in ("poll_interval_s", "command_timeout_s", "greeting_timeout_s")
            if key in values
        }
        if live:
            self.settings.update(**live)
        if "event_log_limit" in values:
            self._log_hub.model.set_limit(values["event_log_limit"])
        self.settingsApplied.emit(dict(values))

    def _snapshot(self) -> Snapshot:
        saved = [s for s in self.model.sessions if not s.transient]
        vms = [SavedVm(self._origins.get(s), self._entry(s)) for s in saved]
        self.config.vms = [vm.entry for vm in vms]
        self.config.connections = [
            ConnectionEntry(c.uri, c.autoconnect) for c in self.model.connections if not c.transient
        ]
        # The entries were made just now and are never changed: copied by the list, not
        # one by one (deepcopy took half a second for 500 VMs, a stall at every save).
        entries, self.config.vms = self.config.vms, []
        try:
            config = copy.deepcopy(self.config)
        finally:
            self.config.vms = entries
        config.vms = list(entries)
        return Snapshot(config, vms, list(saved))

    @staticmethod
    def _entry(session: VmSession) -> VmEntry:
        return VmEntry(
            session.configured_name, session.endpoint_text, session.autoconnect, tls=session.tls
        )

    def _written(self, snapshot: Snapshot) -> None:
        listed = set(self.model.sessions)
        for owner, vm in zip(snapshot.owners, snapshot.vms, strict=True):
            if isinstance(owner, VmSession) and owner in listed:
                self._origins[owner] = vm.entry.endpoint

    def _take_outside(self, changes: Changes, base: Config) -> list[str]:
        """Apply an edit made in the file outside the window, except where the window
        changed the same thing since `base` (its own save, on its way, wins); what was
        applied, as words for the message."""
        said: list[str] = []
        values = {
            key: value
            for key, value in changes.settings.items()
            if getattr(self.config, key) == getattr(base, key) != value
        }
        self.apply_settings(values)
        said += [describe(key, value) for key, value in values.items()]
        said += self._take_vms(changes)
        said += self._take_connections(changes)
        said += [
            translate("Fleet", "{key} (not a qmpgui setting: kept as it is)").format(key=key)
            for key in changes.other_keys
        ]
        return said

    def _take_connections(self, changes: Changes) -> list[str]:
        said: list[str] = []
        for entry in changes.connections_removed:
            found = self.links.find(entry.uri)
            if found is not None and not found.transient:
                self.remove_connections([found])
                said.append(translate("Fleet", "connection {uri} removed").format(uri=entry.uri))
        for entry in changes.connections_added:
            found = self.links.find(entry.uri)
            if found is not None:
                found.transient = False
                continue
            connection = self.links.add(entry.uri, entry.autoconnect, transient=False)
            said.append(translate("Fleet", "connection {uri} added").format(uri=entry.uri))
            if entry.autoconnect:
                self.links.connect(connection)
        return said

    def _take_vms(self, changes: Changes) -> list[str]:
        said: list[str] = []
        by_origin = {endpoint_key(o): s for s, o in self._origins.items()}
        for entry in changes.removed:
            session = by_origin.get(endpoint_key(entry.endpoint))
            if session is not None and vm_fields(self._entry(session)) == vm_fields(entry):
                self._drop([session])
                said.append(
                    translate("Fleet", "VM {display_name} removed").format(
                        display_name=session.display_name
                    )
                )
        for before, after in changes.edited:
            session = by_origin.get(endpoint_key(before.endpoint))
            if session is None:
                continue
            mine, old, new = vm_fields(self._entry(session)), vm_fields(before), vm_fields(after)
            wanted = {k: new[k] if mine[k] == old[k] else mine[k] for k in mine}
            if wanted != mine:
                name = session.display_name
                session.update(
                    wanted["name"],
                    wanted["endpoint"],
                    wanted["autoconnect"],
                    after.tls if wanted["tls"] == new["tls"] else session.tls,
                )
                said.append(_edited(name, session.display_name, mine, wanted))
            self._origins[session] = after.endpoint
        taken = {endpoint_key(s.endpoint_text): s for s in self.model.sessions}
        for entry in changes.added:
            session = taken.get(endpoint_key(entry.endpoint))
            if session is not None:  # the window has it: from the command line, or just added
                session.transient = False
                self._origins[session] = entry.endpoint
                continue
            spec = VmSpec(entry.name, entry.endpoint, entry.autoconnect, entry.tls)
            session = self._add_session(spec, transient=False)
            self._origins[session] = entry.endpoint
            said.append(
                translate("Fleet", "VM {display_name} added").format(
                    display_name=session.display_name
                )
            )
            if entry.autoconnect:
                session.connect_vm()
        return said

    # -- the demo VM ------------------------------------------------------------------------

    @property
    def demo_session(self) -> VmSession | None:
        """The demo VM's row once its QEMU runs; None before, and without one."""
        return self._demo_session

    def start_demo(self) -> None:
        """Start the demo VM, once; asked again, its row is shown (once it runs)."""
        if self._demo_asked:
            if self._demo_session is not None:
                self.showRequested.emit(self._demo_session)
            return
        self._demo_asked = True
        self.tasks.spawn(self._start_demo(), "demo")

    async def _start_demo(self) -> None:
        self._say(Level.INFO, translate("Fleet", "starting the demo VM (QEMU, TCG, 128 MiB)…"))
        try:
            self.demo = DemoVm(find_qemu())
            atexit.register(self.demo.stop_now)
            await self.demo.start()
        except DemoError as err:
            self._say(
                Level.ERROR, translate("Fleet", "demo VM: {err}").format(err=err), banner=True
            )
            return
        # Its endpoint is new each run: its log would be a file of its own for ever.
        spec = VmSpec("", self.demo.endpoint, True)
        session = self._add_session(spec, transient=True, keep_log=False)
        self._demo_session = session
        self.showRequested.emit(session)
        session.connect_vm()

    # -- shutdown -----------------------------------------------------------------------------

    def shutdown_now(self) -> list[str]:
        """Save the configuration change waiting its turn and stop the demo VM, blocking:
        for when no event loop runs any more (qmpgui ends at once), after the file
        writer has finished. The VMs' connections close with the process. What went
        wrong, as sentences for the user."""
        problem = self.config_file.save_now()
        if self.demo is not None:
            self.demo.stop_now()
        return [problem] if problem else []

    async def aclose(self) -> None:
        """Disconnect every VM and stop the demo VM; saves are the file writer's to finish.

        What is under way ends first (the demo VM's start among it: no QEMU may start
        after the demo's stop), and edits of the file are no longer taken."""
        self.config_file.close()
        await self.tasks.aclose()
        for session in self.model.all_sessions:
            await session.aclose(quiet=True)  # the window says "qmpgui closed" once
        await self.links.aclose()
        if self.demo is not None:
            await self.demo.stop()
            atexit.unregister(self.demo.stop_now)


def _edited(before: str, after: str, old: dict[str, Any], new: dict[str, Any]) -> str:
    """An edited VM as the message says it: "VM web1 renamed web2", "VM web1: endpoint
    /run/b.qmp, autoconnect false"."""
    parts = [describe(k, new[k]) for k in ("endpoint", "autoconnect", "tls") if new[k] != old[k]]
    text = (
        translate("fleet", "VM {before} renamed {after}").format(before=before, after=after)
        if new["name"] != old["name"]
        else translate("fleet", "VM {before}").format(before=before)
    )
    return f"{text}: {', '.join(parts)}" if parts else text


def repeats_sentence(path: Path, repeated: dict[str, int]) -> str:
    """What start() says of the endpoints and URIs that the config file at `path` lists
    more than once: `repeated` maps each (as loaded) to how many more times it is there."""
    each = "; ".join(
        translate(
            "fleet",
            "{name} is listed {times} times: shown once, the other (entry|%n entries) ignored",
            None,
            PLURAL,
            extra,
        ).format(name=name, times=extra + 1)
        for name, extra in repeated.items()
    )
    return translate("fleet", "{path}: {each} (the file is left as it is)").format(
        path=path, each=each
    )
