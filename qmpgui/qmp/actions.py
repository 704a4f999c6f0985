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

from qmpgui.i18n import marked

# The table's words live in qmp/action_kinds.py; they are named here too, where every
# reader of the table has always found them.
from qmpgui.qmp.action_kinds import (
    KNOWN_STATES,
    ActionFacts,
    AnyAction,
    DeviceAction,
    Group,
    MediaAction,
    MigrationAction,
    Question,
    Risk,
    SnapshotAction,
    VmAction,
)


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
            marked("actions", "&Pause"),
            "Ctrl+P",
            marked("actions", "Pause the VM's CPUs (stop)"),
            Group.LIFECYCLE,
            Risk.CHANGES,
            _states("running"),
            icon="media-playback-pause",
            multi_vm=True,
            libvirt="suspend",
        ),
        ActionFacts(
            VmAction.RESUME,
            "cont",
            "actionCont",
            marked("actions", "Res&ume"),
            "Ctrl+R",
            marked("actions", "Resume the VM's CPUs (cont)"),
            Group.LIFECYCLE,
            Risk.CHANGES,
            # restore-vm: a failed revert leaves the VM stopped there, and `cont`
            # runs it on (QEMU 7.2, tests/app/test_snapshots.py).
            _states("paused", "io-error", "watchdog", "postmigrate", "restore-vm"),
            icon="media-playback-start",
            multi_vm=True,
            libvirt="resume",
        ),
        ActionFacts(
            VmAction.START,
            "cont",
            "actionStart",
            marked("actions", "&Start"),
            "Ctrl+Shift+B",
            marked("actions", "Start a VM that QEMU was told to hold before it booted (-S) (cont)"),
            Group.LIFECYCLE,
            Risk.CHANGES,
            _states("prelaunch"),
            icon="system-run",
            multi_vm=True,
            question=Question(
                marked("actions", "Start"),
                marked("actions", "Start {these}?"),
                marked(
                    "actions",
                    "QEMU was started with -S: it holds the guest until told to go. Starting boots the guest for the first time.",
                ),
            ),
            libvirt="create",
            domain_tip=marked(
                "actions",
                "Boot the shut-off domain through libvirt (libvirt's create, as virsh start)",
            ),
        ),
        ActionFacts(
            VmAction.WAKE,
            "system_wakeup",
            "actionSystemWakeup",
            marked("actions", "&Wake"),
            "Ctrl+Shift+W",
            marked("actions", "Wake a suspended guest"),
            Group.LIFECYCLE,
            Risk.CHANGES,
            _states("suspended"),
            icon="daytime-sunrise",
            multi_vm=False,
            unknown_state=False,  # only "suspended" can wake, whatever newer states mean
        ),
        ActionFacts(
            VmAction.RESET,
            "system_reset",
            "actionSystemReset",
            marked("actions", "Rese&t"),
            "Ctrl+Shift+R",
            marked("actions", "Reset the VM at once (system_reset)"),
            Group.LIFECYCLE,
            Risk.DANGEROUS,
            _states("running", "paused", *_CRASHED, "io-error", "watchdog", "suspended"),
            icon="system-reboot",
            multi_vm=False,
            question=Question(
                marked("actions", "Reset"),
                marked("actions", "Reset {these}?"),
                marked(
                    "actions",
                    "The guest restarts at once, as with a reset button: whatever it has not saved is lost.",
                ),
            ),
            libvirt="reset",
        ),
        ActionFacts(
            VmAction.POWERDOWN,
            "system_powerdown",
            "actionSystemPowerdown",
            marked("actions", "Power &down"),
            "Ctrl+Shift+P",
            marked(
                "actions", "Press the power button: ask the guest to shut down (system_powerdown)"
            ),
            Group.LIFECYCLE,
            Risk.DANGEROUS,
            _states("running"),
            icon="system-shutdown",
            multi_vm=True,
            question=Question(
                marked("actions", "Power down"),
                marked("actions", "Ask {these} to power down?"),
                marked(
                    "actions",
                    "Each guest decides how to shut down; qmpgui waits and then offers to force it off.",
                ),
            ),
            libvirt="shutdown",
        ),
        ActionFacts(
            VmAction.QUIT,
            "quit",
            "actionQuitVm",
            marked("actions", "&Quit VM"),
            "Ctrl+Shift+Q",
            marked("actions", "End QEMU at once, like pulling the plug (quit)"),
            Group.LIFECYCLE,
            Risk.DANGEROUS,
            _EVERY,
            icon="process-stop",
            multi_vm=False,
            question=Question(
                marked("actions", "Quit VM"),
                marked("actions", "Quit QEMU for {these}?"),
                marked(
                    "actions",
                    "QEMU ends at once, like pulling the plug: the guest cannot save anything.",
                ),
            ),
            libvirt="destroy",
        ),
        ActionFacts(
            VmAction.FORCE_OFF,
            "quit",
            "actionForceOff",
            marked("actions", "&Force off"),
            "Ctrl+Shift+F",
            marked(
                "actions",
                "End the domain's QEMU at once through libvirt, like pulling the plug (destroy)",
            ),
            Group.LIFECYCLE,
            Risk.DANGEROUS,
            _EVERY,
            icon="ac-adapter",
            multi_vm=False,
            question=Question(
                marked("actions", "Force off"),
                marked("actions", "Force {these} off?"),
                marked(
                    "actions",
                    "libvirt ends QEMU at once (destroy), like pulling the plug: the guest cannot save anything. The domain stays defined, shut off.",
                ),
            ),
            libvirt="destroy",
            domain_only=True,
            domain_tip=marked(
                "actions",
                "End the domain's QEMU at once, like pulling the plug (libvirt's destroy)",
            ),
        ),
        ActionFacts(
            VmAction.SCREENDUMP,
            "screendump",
            "actionScreendump",
            marked("actions", "Scree&ndump"),
            "Ctrl+Shift+S",
            marked("actions", "Show the VM's screen (screendump)"),
            Group.DEVICE,
            Risk.CHANGES,  # QEMU writes a file
            _HAS_SCREEN,
            icon="camera-photo",
            multi_vm=True,
            domain_tip=marked("actions", "Show the domain's screen (libvirt's screenshot)"),
        ),
        ActionFacts(
            VmAction.SEND_KEY,
            "send-key",
            "actionSendKey",
            marked("actions", "Send &key"),
            "",  # a menu of combinations, each without a key of its own
            marked(
                "actions",
                "Press keys on the guest's keyboard that the desktop would take for itself (send-key)",
            ),
            Group.DEVICE,
            Risk.CHANGES,
            # A stopped guest reads no keyboard: the keys would wait in QEMU's queue
            # and reach it at an unforeseeable later moment.
            _states("running"),
            icon="input-keyboard",
            multi_vm=True,
            libvirt="send_key",
        ),
        ActionFacts(
            MediaAction.EJECT,
            "eject",
            "actionEject",
            marked("actions", "&Eject"),
            "Ctrl+Shift+E",
            marked("actions", "Eject the medium of a removable drive"),
            Group.DEVICE,
            Risk.DANGEROUS,
            None,
            icon="media-eject",
            multi_vm=False,
            question=Question(  # asked only when a medium is in the drive
                marked("actions", "Eject"),
                marked("actions", "Eject the medium of {drive} in {vm}?"),
                marked("actions", "The guest loses access to it at once."),
            ),
            domain_tip=marked(
                "actions", "Eject the medium of a removable drive (libvirt's device update)"
            ),
        ),
        ActionFacts(
            MediaAction.CHANGE_MEDIA,
            "blockdev-change-medium",
            "actionChangeMedia",
            marked("actions", "Change &media…"),
            "Ctrl+M",
            marked("actions", "Insert an image into a removable drive (CD-ROM, floppy)"),
            Group.DEVICE,
            Risk.CHANGES,
            None,
            icon="media-optical",
            multi_vm=False,
            domain_tip=marked(
                "actions",
                "Insert an image into a removable drive (CD-ROM, floppy) (libvirt's device update)",
            ),
        ),
        ActionFacts(
            DeviceAction.ADD,
            "device_add",
            "actionDeviceAdd",
            marked("actions", "&Add device…"),
            "Ctrl+Shift+H",
            marked(
                "actions",
                "Plug a device into the running VM: any type this QEMU offers (device_add)",
            ),
            Group.DEVICE,
            Risk.CHANGES,
            _PLUG_STATES,
            icon="insert-object",
            multi_vm=False,
            unknown_state=False,
            domain_tip=marked(
                "actions",
                "Attach a disk, a CD-ROM drive, a NIC or a USB tablet through libvirt (libvirt's attach_device, as virsh attach-device)",
            ),
        ),
        ActionFacts(
            DeviceAction.DEL,
            "device_del",
            "actionDeviceDel",
            marked("actions", "&Remove device…"),
            "Ctrl+Shift+U",
            marked(
                "actions",
                "Unplug the device selected in the Devices, PCI or Block devices pane (device_del)",
            ),
            Group.DEVICE,
            Risk.DANGEROUS,
            _PLUG_STATES,
            icon="edit-delete",
            multi_vm=False,
            unknown_state=False,
            domain_tip=marked(
                "actions",
                "Detach the device selected in the Devices, PCI or Block devices pane through libvirt, from its definition too where it is there (libvirt's detach_device, as virsh detach-device)",
            ),
            question=Question(
                marked("actions", "Remove device"),
                marked("actions", "Remove {device} from {vm}?"),
                marked(
                    "actions",
                    "The guest loses the device as if it were pulled out: a disk's unsaved writes or a NIC's connections go with it. A PCI device goes once the guest lets it go; the backends qmpgui made for it go after it.",
                ),
                marked(
                    "actions",
                    "The guest loses the device as if it were pulled out: a disk's unsaved writes or a NIC's connections go with it. libvirt detaches it, from the domain's definition too where it is there, and removes what it made for it; a PCI device goes once the guest lets it go.",
                ),
            ),
        ),
        ActionFacts(
            SnapshotAction.CREATE,
            "snapshot-save",
            "actionSnapshotCreate",
            marked("actions", "&Create snapshot…"),
            "Ctrl+Shift+N",
            marked(
                "actions",
                "Save the VM's disks, and its RAM if you choose, as a snapshot (snapshot-save)",
            ),
            Group.SNAPSHOT,
            Risk.CHANGES,
            _states("running", "paused", "prelaunch", "restore-vm"),
            icon="document-save",
            libvirt="snapshot_create",
            multi_vm=False,
            unknown_state=False,
        ),
        ActionFacts(
            SnapshotAction.REVERT,
            "snapshot-load",
            "actionSnapshotRevert",
            marked("actions", "Re&vert to snapshot…"),
            "Ctrl+Shift+G",
            marked(
                "actions",
                "Bring the VM back to the snapshot selected in the Snapshots pane (snapshot-load)",
            ),
            Group.SNAPSHOT,
            Risk.DANGEROUS,
            # QEMU keeps the run state a revert finds (a paused VM stays paused), so after
            # 'shutdown' or a panic the restored guest could not run: Reset first.
            _states("running", "paused", "prelaunch", "restore-vm"),
            icon="document-revert",
            libvirt="snapshot_revert",
            multi_vm=False,
            unknown_state=False,
            question=Question(
                marked("actions", "Revert to snapshot"),
                marked("actions", "Revert {vm} to snapshot '{tag}'?"),
                marked(
                    "actions",
                    "Everything the VM did since {when} is lost: its disks and its RAM go back to the snapshot, and a running guest jumps back in time.",
                ),
            ),
        ),
        ActionFacts(
            SnapshotAction.DELETE,
            "snapshot-delete",
            "actionSnapshotDelete",
            marked("actions", "De&lete snapshot…"),
            "Ctrl+Shift+D",
            marked(
                "actions", "Delete the snapshot selected in the Snapshots pane (snapshot-delete)"
            ),
            Group.SNAPSHOT,
            Risk.DANGEROUS,
            _SNAPSHOT_STATES,
            icon="user-trash",
            libvirt="snapshot_delete",
            multi_vm=False,
            unknown_state=False,
            question=Question(
                marked("actions", "Delete snapshot"),
                marked("actions", "Delete snapshot '{tag}' of {vm}?"),
                marked(
                    "actions",
                    "The VM can no longer go back to how it was at {when}; the running VM is not changed.",
                ),
            ),
        ),
        ActionFacts(
            MigrationAction.MIGRATE,
            "migrate",
            "actionMigrate",
            marked("actions", "M&igrate…"),
            "Ctrl+Shift+I",
            marked(
                "actions",
                "Move the running VM to another QEMU: a VM of the list waiting for it, or a URI (migrate)",
            ),
            Group.MIGRATION,
            Risk.DANGEROUS,  # the guest ends up elsewhere, this QEMU in postmigrate
            _states("running", "paused"),
            icon="send-to",
            multi_vm=False,
            unknown_state=False,
            domain_tip=marked(
                "actions",
                "Move the running domain live to another libvirt connection (libvirt's migrate, as virsh migrate --live)",
            ),
        ),
    )
}


def in_group(group: Group) -> list[ActionFacts]:
    """The facts of the actions of `group`, in menu order; never raises."""
    return [facts for facts in ACTIONS.values() if facts.group is group]


__all__ = [
    "ACTIONS",
    "KNOWN_STATES",
    "ActionFacts",
    "AnyAction",
    "DeviceAction",
    "Group",
    "MediaAction",
    "MigrationAction",
    "Question",
    "Risk",
    "SnapshotAction",
    "VmAction",
    "in_group",
]
