"""What the user hears of a VM: its messages for the status bar and its entries in the
event log (the connection's story, the commands the user gave), each keyed by the VM's
endpoint."""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject, Signal

from qmpgui.i18n import translate
from qmpgui.log.entry import Level, LogEntry, LogKind, command_entry
from qmpgui.session.ending import ShutdownNotice


class SessionVoice(QObject):
    """The speaking half of a VmSession: `display_name` and `endpoint_text` are the
    session's."""

    #: (Level, str): a message for the user; the text starts with the VM's name.
    message = Signal(object, str)
    #: (LogEntry): an entry for the event log: the connection's story and the user's commands.
    logged = Signal(object)

    #: The VM's endpoint text, which keys its log entries.
    endpoint_text: str

    @property
    def display_name(self) -> str:
        """The VM's name as shown (VmSession's)."""
        raise NotImplementedError

    def say(self, level: Level, name: str, text: str, data: dict[str, Any] | None = None) -> None:
        """A message for the status bar (`message`, prefixed with the VM's name) that the
        event log keeps as a connection entry (`logged`): `name` is the entry's name
        ("connected", "lost", ...), `data` its details. Never raises."""
        self.message.emit(level, f"{self.display_name}: {text}")
        self._log(level, name, text, data)

    def say_connected(
        self, version: str, status: str | None, uuid: str | None, previous_uuid: str | None
    ) -> None:
        """Say a new connection: QEMU's `version` text, its run `status` (None when
        unknown) and `uuid`; warn when the UUID differs from `previous_uuid`, the last
        connection's (None for none)."""
        self.say(
            Level.INFO,
            "connected",
            translate("SessionVoice", "connected to QEMU {version} ({v1})").format(
                version=version, v1=status or translate("SessionVoice", "state unknown")
            ),
            {"endpoint": self.endpoint_text, "version": version, "uuid": uuid, "status": status},
        )
        if previous_uuid and uuid and previous_uuid != uuid:
            # Said last, so the status bar keeps the warning rather than the routine news.
            self.say(
                Level.WARNING,
                "uuid-changed",
                translate(
                    "SessionVoice",
                    "UUID changed from {previous_uuid} to {uuid}: a different VM now answers on this endpoint",
                ).format(previous_uuid=previous_uuid, uuid=uuid),
            )

    def say_end(self, notice: ShutdownNotice | None, reason: str) -> bool:
        """Say how a connection nobody asked to end ended (`reason`, the connection's
        words); True when QEMU announced it (`notice`, from its SHUTDOWN event): an
        orderly end, no loss and no alarm. False for a loss, said as an error."""
        if notice is None:
            self.say(Level.ERROR, "lost", reason)
            return False
        self.say(
            Level.INFO,
            "exited",
            translate("SessionVoice", "{sentence}; waiting for QEMU to come back").format(
                sentence=notice.sentence
            ),
            {"reason": notice.reason, "guest": notice.guest},
        )
        return True

    def say_waiting(self, found: str, *, libvirt: bool = False, inactive: bool = False) -> None:
        """Say once that nothing listens at the endpoint yet (`found`: what is there):
        information, not an error. What is waited for: QEMU; for a libvirt domain
        (`libvirt`) libvirtd, or the domain's Start when it is shut off (`inactive`:
        `found` says its state and that Start boots it)."""
        if inactive:
            text = translate(
                "SessionVoice", "{found}; qmpgui connects when the domain runs"
            ).format(found=found)
        elif libvirt:
            text = translate(
                "SessionVoice",
                "waiting for libvirtd: {found}; qmpgui connects once libvirtd answers",
            ).format(found=found)
        else:
            text = translate(
                "SessionVoice", "waiting for QEMU: {found}; qmpgui connects once QEMU listens there"
            ).format(found=found)
        self.say(Level.INFO, "waiting", text)

    def _log(self, level: Level, name: str, text: str, data: dict[str, Any] | None = None) -> None:
        entry = LogEntry(
            time.time(),
            self.display_name,
            LogKind.CONNECTION,
            name,
            text,
            data or {},
            level,
            self.endpoint_text,
        )
        self.logged.emit(entry)

    def report_command(
        self,
        label: str,
        command: str,
        arguments: Mapping[str, object] | None,
        elapsed_s: float,
        *,
        error: str | None = None,
        error_class: str | None = None,
        note: str = "",
        quiet: bool = False,
    ) -> None:
        """Keep a command the user gave in the log (the audit trail), its passwords masked.

        `label` names the action when it differs from the command ("Pause" for `stop`;
        "" for none), `elapsed_s` is the round trip in seconds, `error` and
        `error_class` are QEMU's `desc` and `class` (or our own sentence) when it failed,
        `note` is added to a success. `quiet`: not in the status bar, where the caller
        says it its own way. Never raises.
        """
        entry = command_entry(
            self.display_name,
            label,
            command,
            dict(arguments or {}),
            elapsed_s,
            error=error,
            error_class=error_class,
            note=note,
            endpoint=self.endpoint_text,
        )
        if not quiet:
            self.message.emit(entry.level, f"{self.display_name}: {entry.summary}")
        self.logged.emit(entry)
