"""The actions a user takes on VMs, one row of facts each: what the menus, the toolbar
and the context menus show, the QMP command sent, the run states that allow it, how
much it risks and what it asks first.

Every place an action appears reads this table: the window's QActions, the log's
names for commands (session/control), and the console's risk marks (qmp/risk). Run
states are QEMU's (query-status `status`, qapi/run-state.json RunState); what each
allows follows QEMU's behaviour: `cont` fails after a guest shutdown, a suspended
guest wakes with system_wakeup, an incoming migration takes nothing but `quit`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum, StrEnum


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


#: Any action of the table.
AnyAction = VmAction | MediaAction | SnapshotAction | DeviceAction


class Group(Enum):
    """Where an action sits in the menus and the toolbar."""

    LIFECYCLE = "lifecycle"
    DEVICE = "device"
    SNAPSHOT = "snapshot"


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

    @property
    def tip_on_domain(self) -> str:
        """The tip for a libvirt domain: `domain_tip`, or `tip` naming libvirt's call."""
        if self.domain_tip or self.libvirt is None:
            return self.domain_tip or self.tip
        return re.sub(r"\(([\w-]+)\)$", f"(libvirt's {self.libvirt})", self.tip)

    @property
    def label(self) -> str:
        """The action's name in words: the log's, the summaries' and the accessible name."""
        return self.text.replace("&", "").rstrip("…")


def _states(*names: str) -> frozenset[str]:
    # A misspelt run state would never match: caught when the module is imported.
    unknown = set(names) - KNOWN_STATES
    assert not unknown, f"not a run state: {unknown}"
    return frozenset(names)


#: After these, `cont` fails: Reset first (qmp-protocol.md, section 4).
_CRASHED = ("shutdown", "internal-error", "guest-panicked")
#: Quit ends QEMU in any state; it also ends an incoming migration that waits in vain.
_EVERY = KNOWN_STATES
#: A stopped, shut down or panicked guest still has a screen; an incoming one has none yet.
_HAS_SCREEN = KNOWN_STATES - {"inmigrate"}
#: A device goes into a VM whose machine exists and is not being moved or saved.
_PLUG_STATES = KNOWN_STATES - {
    "inmigrate",
    "finish-migrate",
    "save-vm",
    "postmigrate",
    "restore-vm",
}
#: Deleting a snapshot needs a VM that is not migrating or saving one.
_SNAPSHOT_STATES = KNOWN_STATES - {"inmigrate", "finish-migrate", "save-vm", "postmigrate"}


#: The table, in menu order within each group.
ACTIONS: dict[AnyAction, ActionFacts] = {
    facts.action: facts
    for facts in (
        ActionFacts(
            VmAction.PAUSE,
            "stop",
            "actionStop",
            "&Pause",
            "Ctrl+P",
            "Pause the VM's CPUs (stop)",
            Group.LIFECYCLE,
            Risk.CHANGES,
            _states("running"),
            multi_vm=True,
            libvirt="suspend",
        ),
        ActionFacts(
            VmAction.RESUME,
            "cont",
            "actionCont",
            "Res&ume",
            "Ctrl+R",
            "Resume the VM's CPUs (cont)",
            Group.LIFECYCLE,
            Risk.CHANGES,
            # restore-vm: a failed revert leaves the VM stopped there, and `cont`
            # runs it on (QEMU 7.2, tests/app/test_snapshots.py).
            _states("paused", "io-error", "watchdog", "postmigrate", "restore-vm"),
            multi_vm=True,
            libvirt="resume",
        ),
        ActionFacts(
            VmAction.START,
            "cont",
            "actionStart",
            "&Start",
            "Ctrl+Shift+B",
            "Start a VM that QEMU was told to hold before it booted (-S) (cont)",
            Group.LIFECYCLE,
            Risk.CHANGES,
            _states("prelaunch"),
            multi_vm=True,
            question=Question(
                "Start",
                "Start {these}?",
                "QEMU was started with -S: it holds the guest until told to go. Starting "
                "boots the guest for the first time.",
            ),
            libvirt="create",
            domain_tip="Boot the shut-off domain through libvirt (libvirt's create, as virsh start)",
        ),
        ActionFacts(
            VmAction.WAKE,
            "system_wakeup",
            "actionSystemWakeup",
            "&Wake",
            "Ctrl+Shift+W",
            "Wake a suspended guest",
            Group.LIFECYCLE,
            Risk.CHANGES,
            _states("suspended"),
            multi_vm=False,
            unknown_state=False,  # only "suspended" can wake, whatever newer states mean
        ),
        ActionFacts(
            VmAction.RESET,
            "system_reset",
            "actionSystemReset",
            "Rese&t",
            "Ctrl+Shift+R",
            "Reset the VM at once (system_reset)",
            Group.LIFECYCLE,
            Risk.DANGEROUS,
            _states("running", "paused", *_CRASHED, "io-error", "watchdog", "suspended"),
            multi_vm=False,
            question=Question(
                "Reset",
                "Reset {these}?",
                "The guest restarts at once, as with a reset button: whatever it has not "
                "saved is lost.",
            ),
            libvirt="reset",
        ),
        ActionFacts(
            VmAction.POWERDOWN,
            "system_powerdown",
            "actionSystemPowerdown",
            "Power &down",
            "Ctrl+Shift+P",
            "Press the power button: ask the guest to shut down (system_powerdown)",
            Group.LIFECYCLE,
            Risk.DANGEROUS,
            _states("running"),
            multi_vm=True,
            question=Question(
                "Power down",
                "Ask {these} to power down?",
                "Each guest decides how to shut down; qmpgui waits and then offers to "
                "force it off.",
            ),
            libvirt="shutdown",
        ),
        ActionFacts(
            VmAction.QUIT,
            "quit",
            "actionQuitVm",
            "&Quit VM",
            "Ctrl+Shift+Q",
            "End QEMU at once, like pulling the plug (quit)",
            Group.LIFECYCLE,
            Risk.DANGEROUS,
            _EVERY,
            multi_vm=False,
            question=Question(
                "Quit VM",
                "Quit QEMU for {these}?",
                "QEMU ends at once, like pulling the plug: the guest cannot save anything.",
            ),
            libvirt="destroy",
        ),
        ActionFacts(
            VmAction.FORCE_OFF,
            "quit",
            "actionForceOff",
            "&Force off",
            "Ctrl+Shift+F",
            "End the domain's QEMU at once through libvirt, like pulling the plug (destroy)",
            Group.LIFECYCLE,
            Risk.DANGEROUS,
            _EVERY,
            multi_vm=False,
            question=Question(
                "Force off",
                "Force {these} off?",
                "libvirt ends QEMU at once (destroy), like pulling the plug: the guest "
                "cannot save anything. The domain stays defined, shut off.",
            ),
            libvirt="destroy",
            domain_only=True,
            domain_tip="End the domain's QEMU at once, like pulling the plug (libvirt's destroy)",
        ),
        ActionFacts(
            VmAction.SCREENDUMP,
            "screendump",
            "actionScreendump",
            "Scree&ndump",
            "Ctrl+Shift+S",
            "Show the VM's screen (screendump)",
            Group.DEVICE,
            Risk.CHANGES,  # QEMU writes a file
            _HAS_SCREEN,
            multi_vm=True,
            domain_tip="Show the domain's screen (libvirt's screenshot)",
        ),
        ActionFacts(
            VmAction.SEND_KEY,
            "send-key",
            "actionSendKey",
            "Send &key",
            "",  # a menu of combinations, each without a key of its own
            "Press keys on the guest's keyboard that the desktop would take for itself (send-key)",
            Group.DEVICE,
            Risk.CHANGES,
            # A stopped guest reads no keyboard: the keys would wait in QEMU's queue
            # and reach it at an unforeseeable later moment.
            _states("running"),
            multi_vm=True,
            libvirt="send_key",
        ),
        ActionFacts(
            MediaAction.EJECT,
            "eject",
            "actionEject",
            "&Eject",
            "Ctrl+Shift+E",
            "Eject the medium of a removable drive",
            Group.DEVICE,
            Risk.DANGEROUS,
            None,
            multi_vm=False,
            question=Question(  # asked only when a medium is in the drive
                "Eject",
                "Eject the medium of {drive} in {vm}?",
                "The guest loses access to it at once.",
            ),
            domain_tip="Eject the medium of a removable drive (libvirt's device update)",
        ),
        ActionFacts(
            MediaAction.CHANGE_MEDIA,
            "blockdev-change-medium",
            "actionChangeMedia",
            "Change &media…",
            "Ctrl+M",
            "Insert an image into a removable drive (CD-ROM, floppy)",
            Group.DEVICE,
            Risk.CHANGES,
            None,
            multi_vm=False,
            domain_tip="Insert an image into a removable drive (CD-ROM, floppy) (libvirt's device update)",
        ),
        ActionFacts(
            DeviceAction.ADD,
            "device_add",
            "actionDeviceAdd",
            "&Add device…",
            "Ctrl+Shift+H",
            "Plug a device into the running VM: any type this QEMU offers (device_add)",
            Group.DEVICE,
            Risk.CHANGES,
            _PLUG_STATES,
            multi_vm=False,
            unknown_state=False,
        ),
        ActionFacts(
            DeviceAction.DEL,
            "device_del",
            "actionDeviceDel",
            "&Remove device…",
            "Ctrl+Shift+U",
            "Unplug the device selected in the Devices, PCI or Block devices pane (device_del)",
            Group.DEVICE,
            Risk.DANGEROUS,
            _PLUG_STATES,
            multi_vm=False,
            unknown_state=False,
            question=Question(
                "Remove device",
                "Remove {device} from {vm}?",
                "The guest loses the device as if it were pulled out: a disk's unsaved writes "
                "or a NIC's connections go with it. A PCI device goes once the guest lets it "
                "go; the backends qmpgui made for it go after it.",
            ),
        ),
        ActionFacts(
            SnapshotAction.CREATE,
            "snapshot-save",
            "actionSnapshotCreate",
            "&Create snapshot…",
            "Ctrl+Shift+N",
            "Save the VM's disks, and its RAM if you choose, as a snapshot (snapshot-save)",
            Group.SNAPSHOT,
            Risk.CHANGES,
            _states("running", "paused", "prelaunch", "restore-vm"),
            libvirt="snapshot_create",
            multi_vm=False,
            unknown_state=False,
        ),
        ActionFacts(
            SnapshotAction.REVERT,
            "snapshot-load",
            "actionSnapshotRevert",
            "Re&vert to snapshot…",
            "Ctrl+Shift+G",
            "Bring the VM back to the snapshot selected in the Snapshots pane (snapshot-load)",
            Group.SNAPSHOT,
            Risk.DANGEROUS,
            # QEMU keeps the run state a revert finds (a paused VM stays paused), so after
            # 'shutdown' or a panic the restored guest could not run: Reset first.
            _states("running", "paused", "prelaunch", "restore-vm"),
            libvirt="snapshot_revert",
            multi_vm=False,
            unknown_state=False,
            question=Question(
                "Revert to snapshot",
                "Revert {vm} to snapshot '{tag}'?",
                "Everything the VM did since {when} is lost: its disks and its RAM go back to "
                "the snapshot, and a running guest jumps back in time.",
            ),
        ),
        ActionFacts(
            SnapshotAction.DELETE,
            "snapshot-delete",
            "actionSnapshotDelete",
            "De&lete snapshot…",
            "Ctrl+Shift+D",
            "Delete the snapshot selected in the Snapshots pane (snapshot-delete)",
            Group.SNAPSHOT,
            Risk.DANGEROUS,
            _SNAPSHOT_STATES,
            libvirt="snapshot_delete",
            multi_vm=False,
            unknown_state=False,
            question=Question(
                "Delete snapshot",
                "Delete snapshot '{tag}' of {vm}?",
                "The VM can no longer go back to how it was at {when}; the running VM is not changed.",
            ),
        ),
    )
}


def in_group(group: Group) -> list[ActionFacts]:
    """The facts of the actions of `group`, in menu order; never raises."""
    return [facts for facts in ACTIONS.values() if facts.group is group]
