"""Remove a device: `device_del`, then the pending unplug until QEMU's DEVICE_DELETED,
then the backends the device used.

`device_del` only asks: QEMU answers `{}` at once, and the device goes when the guest
lets it go (ACPI PCI hot-plug on pc and q35 waits for the guest's OS; USB, SCSI and
native PCIe hot-plug need no guest), which DEVICE_DELETED announces with the device's
id in its `device` key. Events for a device's internal parts (a virtio device's
backend) carry only a `path`, so they are matched on `device` alone. A guest without
an OS never lets go; a reset (system_reset) completes the unplug. A second device_del
for a pending unplug is refused by QEMU ("already in the process of unplug"), so it
is not sent.

Backends: those qmpgui created for a device (a preset's block nodes and netdevs,
recorded with record_created()) go with it (`blockdev-del`, `netdev_del`); the others
the device used stay, and the user is told.

A libvirt domain's device is detached through libvirt (the worker's detach_device,
which sends the device_del and removes the backends it made), followed the same way.
"""

from __future__ import annotations

import asyncio
import re
import time
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QObject, Qt, Signal

from qmpgui.i18n import marked, translate
from qmpgui.log.entry import Level
from qmpgui.qmp import ConnectionLost, Event, QmpFailure
from qmpgui.session.control import Outcome, devices_hint, perform, perform_libvirt
from qmpgui.session.inspection import BLOCK, DISPLAY, PCI
from qmpgui.session.peripherals import PERIPHERALS
from qmpgui.session.tasks import TaskSet
from qmpgui.session.vm_session import VmSession

#: The Remove device action's name in words (the log's and the status bar's).
DEL_LABEL = marked("unplug", "Remove device")
#: What a device whose unplug QEMU has not finished shows beside its id.
UNPLUG_REQUESTED = marked("unplug", "unplug requested")
#: ... once the timeout passed.
NOT_RELEASED = marked("unplug", "unplug requested, not released by the guest")


class BackendKind(Enum):
    """What a device's backend is; the value is the device property that names it."""

    BLOCK = "drive"
    NETDEV = "netdev"


@dataclass(frozen=True, slots=True)
class Backend:
    """A backend of a device: a block node or BlockBackend (`drive=`) or a netdev."""

    kind: BackendKind
    #: Its node-name, drive id or netdev id.
    name: str

    @property
    def command(self) -> str:
        """The QMP command that removes it."""
        return "blockdev-del" if self.kind is BackendKind.BLOCK else "netdev_del"

    @property
    def arguments(self) -> dict[str, object]:
        """The command's arguments."""
        if self.kind is BackendKind.BLOCK:
            return {"node-name": self.name}
        return {"id": self.name}

    @property
    def words(self) -> str:
        """ "the drive node 'disk1'", "the network backend 'net0'"."""
        if self.kind is BackendKind.BLOCK:
            return translate("Backend", "the drive node '{name}'").format(name=self.name)
        return translate("Backend", "the network backend '{name}'").format(name=self.name)


@dataclass
class Pending:
    """One unplug QEMU was asked for and has not announced done."""

    device: str
    #: The device's type ("e1000"), or "" when QEMU did not say.
    what: str
    #: When device_del was sent: time.monotonic() seconds.
    since: float
    #: The backends the device used, read before it was asked to go.
    backends: tuple[Backend, ...]
    #: The timeout passed without the guest releasing it.
    overdue: bool = False

    @property
    def named(self) -> str:
        """ "'net1' (e1000)", or "'net1'" when the type is unknown."""
        return f"'{self.device}' ({self.what})" if self.what else f"'{self.device}'"


class Unplugs(QObject):
    """The unplugs of one VM: the pending ones, and the backends qmpgui created per
    device. One per session (unplugs_of()); its Qt parent is the session."""

    #: (): an unplug was requested, became overdue or ended.
    changed = Signal()

    def __init__(self, session: VmSession) -> None:
        super().__init__(session)
        self.session = session
        #: By device id.
        self.pending: dict[str, Pending] = {}
        #: The backends qmpgui created for each device (by device id), in the order made.
        self.created: dict[str, list[Backend]] = {}
        self.tasks = TaskSet()
        session.eventsReceived.connect(self._on_events)
        session.stateChanged.connect(self._on_state)

    def record_created(self, device: str, backend: Backend) -> None:
        """Note that qmpgui created `backend` for the device `device` (its id): it is
        removed after the device is."""
        self.created.setdefault(device, []).append(backend)

    def words(self) -> dict[str, str]:
        """What each device whose unplug is pending shows beside its id, by id."""
        return {
            d: translate("unplug", NOT_RELEASED)
            if p.overdue
            else translate("unplug", UNPLUG_REQUESTED)
            for d, p in self.pending.items()
        }

    async def remove(self, device: str, what: str, timeout_s: float) -> Outcome | None:
        """Ask QEMU to unplug `device` (its id; `what` its type, for the sentences) and
        follow it: after `timeout_s` seconds without DEVICE_DELETED the guest is said
        not to have released it, and the wait goes on. None, said, when its unplug is
        pending already (nothing sent); else device_del's Outcome. Never raises."""
        pending = self.pending.get(device)
        if pending is not None:
            ago = time.monotonic() - pending.since
            self.session.say(
                Level.WARNING,
                "unplug",
                translate(
                    "Unplugs",
                    "{DEL_LABEL}: the unplug of {named} was requested {ago:.0f} s ago and is still pending: not sent again",
                ).format(DEL_LABEL=translate("unplug", DEL_LABEL), named=pending.named, ago=ago),
            )
            return None
        backends = await self._backends_of(device)
        # Pending before the command goes: DEVICE_DELETED may come right behind the reply.
        self.pending[device] = Pending(device, what, time.monotonic(), backends)
        self.changed.emit()
        if self.session.domain is not None:  # libvirt's definition stays right
            outcome = await perform_libvirt(
                self.session,
                translate("unplug", DEL_LABEL),
                "detach_device",
                look_at=devices_hint(self.session),
                alias=device,
            )
        else:
            outcome = await perform(
                self.session, translate("unplug", DEL_LABEL), "device_del", {"id": device}
            )
        if not outcome.ok:
            if self.pending.pop(device, None) is not None:
                self.changed.emit()
            return outcome
        if device in self.pending:
            self.tasks.spawn(self._overdue(device, timeout_s), name=f"unplug {device}")
        return outcome

    async def _backends_of(self, device: str) -> tuple[Backend, ...]:
        if self.session.domain is not None:
            return ()  # libvirt removes the backends it made with the device
        found = []
        for kind in BackendKind:
            try:
                name = await self.session.execute(
                    "qom-get", {"path": f"/machine/peripheral/{device}", "property": kind.value}
                )
            except QmpFailure:
                continue  # the type has no such property
            if isinstance(name, str) and name:
                found.append(Backend(kind, name))
        return tuple(found)

    async def _overdue(self, device: str, timeout_s: float) -> None:
        await asyncio.sleep(timeout_s)
        pending = self.pending.get(device)
        if pending is None:
            return
        pending.overdue = True
        self.changed.emit()
        # A domain is reset through libvirt (its Reset action): system_reset on its
        # monitor would go behind libvirt's back.
        reset = (
            translate("Unplugs", "Reset (libvirt's reset)")
            if self.session.domain
            else translate("Unplugs", "a reset (system_reset)")
        )
        self.session.say(
            Level.WARNING,
            "unplug",
            translate(
                "Unplugs",
                "{DEL_LABEL}: the guest has not released {named} after {timeout_s:g} s (its OS must let go of a PCI device); {reset} of the VM completes the unplug. Still waiting for it.",
            ).format(
                DEL_LABEL=translate("unplug", DEL_LABEL),
                named=pending.named,
                timeout_s=timeout_s,
                reset=reset,
            ),
        )

    def _on_events(self, batch: list[Event]) -> None:
        for event in batch:
            device = event.data.get("device") if event.name == "DEVICE_DELETED" else None
            if isinstance(device, str) and device:
                self._deleted(device)

    def _deleted(self, device: str) -> None:
        pending = self.pending.pop(device, None)
        created = self.created.pop(device, [])
        if pending is None and not created:
            return  # not one of ours: the panes follow it through their topics
        task = self.tasks.get(f"unplug {device}")
        if task is not None:
            task.cancel()
        used = pending.backends if pending is not None else ()
        if pending is not None:
            self.changed.emit()
            self.session.say(
                Level.INFO,
                "unplug",
                translate("Unplugs", "{DEL_LABEL}: {named} removed").format(
                    DEL_LABEL=translate("unplug", DEL_LABEL), named=pending.named
                ),
            )
        self.tasks.spawn(self._clean(device, used, created), finish=True)

    async def _clean(self, device: str, used: tuple[Backend, ...], created: list[Backend]) -> None:
        # The last made goes first: a format node before the file node under it.
        for backend in reversed(created):
            outcome = await perform(
                self.session,
                translate("unplug", DEL_LABEL),
                backend.command,
                backend.arguments,
                report=False,
                note=f"made for '{device}'",
            )
            if outcome.ok:
                text = translate(
                    "Unplugs", "{words}, made for '{device}', is removed ({command})"
                ).format(words=backend.words, device=device, command=backend.command)
                self.session.say(Level.INFO, "unplug", f"{DEL_LABEL}: {text}")
            else:
                self.session.say(
                    Level.WARNING,
                    "unplug",
                    translate(
                        "Unplugs",
                        "{DEL_LABEL}: {words}, made for '{device}', could not be removed: {error}",
                    ).format(
                        DEL_LABEL=translate("unplug", DEL_LABEL),
                        words=backend.words,
                        device=device,
                        error=outcome.error,
                    ),
                )
        for backend in used:
            if backend in created:
                continue
            try:
                remains = await self._exists(backend)
            except ConnectionLost:
                return
            if remains:
                self.session.say(
                    Level.INFO,
                    "unplug",
                    translate(
                        "Unplugs", "{DEL_LABEL}: {words} is left: remove it with {command}"
                    ).format(
                        DEL_LABEL=translate("unplug", DEL_LABEL),
                        words=backend.words,
                        command=backend.command,
                    ),
                )

    async def _exists(self, backend: Backend) -> bool:
        # QEMU deletes a -drive's backend with its device by itself; a -blockdev node
        # and a netdev stay. True when QEMU cannot say: better told than not.
        try:
            if backend.kind is BackendKind.BLOCK:
                nodes = await self.session.execute("query-named-block-nodes", {"flat": True})
                drives = await self.session.execute("query-block")
                listed = [*_items(nodes), *_items(drives)]
                names = {i.get("node-name") for i in listed} | {i.get("device") for i in listed}
                return backend.name in names
            text = await self.session.execute(
                "human-monitor-command", {"command-line": "info network"}
            )
        except ConnectionLost:
            raise
        except QmpFailure:
            return True
        pattern = rf"^[\s\\]*{re.escape(backend.name)}:"
        return not isinstance(text, str) or re.search(pattern, text, re.MULTILINE) is not None

    def _on_state(self) -> None:
        # A new connection may be another QEMU: nothing pending carries over.
        if not self.session.connected and self.pending:
            self.pending.clear()
            self.tasks.cancel()
            self.changed.emit()


def _items(reply: object) -> list[dict[str, object]]:
    return [i for i in reply if isinstance(i, dict)] if isinstance(reply, list) else []


def unplugs_of(session: VmSession) -> Unplugs:
    """The session's Unplugs, made at the first call; its panes follow `changed`."""
    found = session.findChild(Unplugs, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if isinstance(found, Unplugs):
        return found
    unplugs = Unplugs(session)
    for topic in (PCI, BLOCK, DISPLAY, PERIPHERALS):
        unplugs.changed.connect(lambda t=topic: session.topicChanged.emit(t.name))
    return unplugs


def unplug_words(session: VmSession) -> dict[str, str]:
    """What each device of `session` whose unplug is pending shows beside its id, by
    id: "unplug requested" ({} when there is none); never raises."""
    found = session.findChild(Unplugs, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return found.words() if isinstance(found, Unplugs) else {}
