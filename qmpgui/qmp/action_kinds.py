"""The words of the action table (qmp/actions.py): the actions' names by kind, their
groups, how much they risk, the question one asks, and each row's facts (ActionFacts).
Run states are QEMU's (query-status `status`, qapi/run-state.json RunState)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum, StrEnum

from qmpgui.i18n import translate


def shown(text: str) -> str:
    """A word of the action table (marked under the context "actions") as the user's
    language has it: what menus, tooltips and questions show."""
    return translate("actions", text)


class Risk(Enum):
    """How much a command can change: read-only ones run at once, dangerous ones ask first."""

    READ_ONLY = "read-only"
    CHANGES = "changes the VM"
    DANGEROUS = "dangerous"


class VmAction(StrEnum):
    """An action that the VM's run state allows or not (its command: ActionFacts.command)."""

    PAUSE = "pause"
    #: `cont` for a VM that ran before; never for one that was never started.
    RESUME = "resume"
    #: `cont` for a VM started with -S (prelaunch): the guest boots for the first time.
    START = "start"
    RESET = "reset"
    #: Only asks the guest; the reply does not mean it accepted (qapi/machine.json).
    POWERDOWN = "powerdown"
    #: May close the socket before it replies: that counts as done.
    QUIT = "quit"
    #: 1.1+; an error unless the guest is suspended since 4.0, nothing before
    #: (qapi/machine.json).
    WAKE = "wake"
    SCREENDUMP = "screendump"
    #: Keys pressed on the guest's keyboard (send-key; which keys: qmp/keys.py); a
    #: libvirt domain's go through libvirt's send-key.
    SEND_KEY = "send-key"
    #: A libvirt domain's pulled plug (libvirt's destroy); Quit VM's place for a domain.
    FORCE_OFF = "force-off"


class MediaAction(StrEnum):
    """An action on a removable drive, whatever the run state (its command:
    ActionFacts.command; servers before blockdev-change-medium get `change`: qmp/media.py)."""

    EJECT = "eject"
    CHANGE_MEDIA = "change-media"


class SnapshotAction(StrEnum):
    """An action on the VM's internal snapshots (its command: ActionFacts.command, the
    job; servers without the jobs get HMP savevm/loadvm/delvm: session/snapshots.py)."""

    CREATE = "snapshot-create"
    REVERT = "snapshot-revert"
    DELETE = "snapshot-delete"


class DeviceAction(StrEnum):
    """An action that plugs devices into a running VM or out of it (its command:
    ActionFacts.command)."""

    ADD = "device-add"
    #: device_del only asks: the device goes at DEVICE_DELETED (session/unplug.py).
    DEL = "device-del"


class MigrationAction(StrEnum):
    """An action that moves a running VM to another QEMU (its command:
    ActionFacts.command; the options and the destination's commands:
    qmp/migration_options.py)."""

    MIGRATE = "migrate"


#: Any action of the table.
AnyAction = VmAction | MediaAction | SnapshotAction | DeviceAction | MigrationAction


class Group(Enum):
    """Where an action sits in the menus and the toolbar."""

    LIFECYCLE = "lifecycle"
    DEVICE = "device"
    SNAPSHOT = "snapshot"
    MIGRATION = "migration"


@dataclass(frozen=True, slots=True)
class Question:
    """What a destructive action asks first. In `question`, {these} names the VMs
    ("this VM", "these 3 VMs"); Eject's names {drive} and {vm} instead."""

    #: The dialog's title.
    title: str
    #: The question asked, with {these} (or {drive} and {vm}) to fill in.
    question: str
    #: What answering yes means, in a sentence or two.
    detail: str
    #: What it means on a libvirt domain, where libvirt does the work: "" when the same.
    domain_detail: str = ""


#: Every run state QEMU reports (qapi/run-state.json, RunState, QEMU 7.2): `colo` (2.8)
#: is the newest, and the schema of 9.1 lists the same sixteen.
KNOWN_STATES = frozenset(
    {
        "running",
        "paused",
        "prelaunch",
        "shutdown",
        "internal-error",
        "guest-panicked",
        "io-error",
        "watchdog",
        "suspended",
        "inmigrate",
        "postmigrate",
        "finish-migrate",
        "save-vm",
        "restore-vm",
        "colo",
        "debug",
    }
)


@dataclass(frozen=True, slots=True)
class ActionFacts:
    """One action's facts. `text` carries the menu mnemonic ("Res&ume"); `shortcut` is
    a portable key sequence ("Ctrl+Shift+R"); `states` are the run states that offer
    it, None for an action that any connected VM offers (it acts on a device, not on
    the run state); `unknown_state`: offered in a run state newer than KNOWN_STATES."""

    action: AnyAction
    #: The QMP command the action sends.
    command: str
    #: The QAction's stable objectName ("actionStop"), which tests and scripts find.
    object_name: str
    text: str
    shortcut: str
    #: The status tip, and the tooltip's text, to which a disabled action adds why.
    tip: str
    group: Group
    #: How much the command can change (also the console's mark for it).
    risk: Risk
    states: frozenset[str] | None
    #: Applies to every selected VM at once; otherwise to one VM only.
    multi_vm: bool
    unknown_state: bool = True
    #: What it asks before it runs; None for an action that asks nothing.
    question: Question | None = None
    #: On a libvirt domain, the libvirt call made instead of `command` (the worker's op:
    #: "suspend", "create", ...), so that libvirt's view stays right; None: `command`
    #: goes through libvirt's monitor pass-through.
    libvirt: str | None = None
    #: Offered (and shown) for libvirt domains only.
    domain_only: bool = False
    #: The tip on a libvirt domain where the action does something else there than
    #: `tip` says ("" : `tip`, its command replaced by the libvirt call `libvirt`).
    domain_tip: str = ""
    #: The icon's freedesktop name ("media-playback-pause"): the desktop theme's icon of
    #: that name, else the one bundled in resources/icons (ui/icons.py).
    icon: str = ""

    @property
    def tip_on_domain(self) -> str:
        """The tip for a libvirt domain, translated: `domain_tip`, or `tip` naming
        libvirt's call."""
        if self.domain_tip or self.libvirt is None:
            return shown(self.domain_tip or self.tip)
        return re.sub(r"\(([\w-]+)\)$", f"(libvirt's {self.libvirt})", shown(self.tip))

    @property
    def label(self) -> str:
        """The action's name in words: the log's, the summaries' and the accessible name."""
        return self.text.replace("&", "").rstrip("…")
