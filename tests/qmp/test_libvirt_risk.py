"""The console's marks for a libvirt domain, written from libvirt's documentation of its
monitor pass-through (virDomainQemuMonitorCommand; `virsh qemu-monitor-command`: the
domain is tainted, and changes made behind libvirt's back leave its view of the domain
out of date): lifecycle, devices, disks and media, block jobs, migration, snapshots and
display passwords are libvirt's to change; queries are not."""

from __future__ import annotations

import pytest

from qmpgui.qmp.libvirt_risk import TAINT_NOTE, libvirt_conflict

#: Commands whose effect libvirt keeps in its own view of a domain, and the advice.
CONFUSING = {
    "stop": "Pause",
    "cont": "Resume",
    "system_reset": "Reset",
    "system_powerdown": "Power down",
    "quit": "Force off",
    "device_add": "attach-device",
    "device_del": "detach-device",
    "netdev_add": "attach-device",
    "object-add": "attach-device",
    "blockdev-add": "blockcopy",
    "blockdev-del": "blockcopy",
    "blockdev-change-medium": "Change media",
    "eject": "Eject",
    "migrate": "virsh migrate",
    "migrate-set-capabilities": "virsh migrate",
    "snapshot-save": "snapshot-create",
    "set_password": "domdisplay",
    "drive-mirror": "blockcopy",
    "block-job-cancel": "blockcopy",
}


@pytest.mark.parametrize(("command", "advice"), sorted(CONFUSING.items()))
def test_commands_libvirt_keeps_track_of_are_marked_with_what_to_use(
    command: str, advice: str
) -> None:
    said = libvirt_conflict(command)
    assert said is not None
    assert f"'{command}'" in said and "behind libvirt's back" in said and advice in said


@pytest.mark.parametrize(
    "command",
    ["query-status", "query-block", "qom-get", "query-qmp-schema", "human-monitor-command"],
)
def test_queries_are_not_marked(command: str) -> None:
    arguments = {"command-line": "info status"} if command == "human-monitor-command" else None
    assert libvirt_conflict(command, arguments) is None


@pytest.mark.parametrize(
    ("line", "marked"),
    [
        ("stop", True),
        ("c", True),
        ("device_del net0", True),
        ("savevm s1", True),
        ("migrate -d tcp:h:4444", True),
        ("eject -f ide0-1-0", True),
        ("info block", False),
        ("help", False),
    ],
)
def test_hmp_lines_are_judged_by_their_command(line: str, marked: bool) -> None:
    said = libvirt_conflict("human-monitor-command", {"command-line": line})
    assert (said is not None) is marked


def test_a_transaction_is_marked_by_an_action_that_confuses() -> None:
    actions = [
        {"type": "block-dirty-bitmap-add", "data": {}},
        {"type": "blockdev-snapshot-sync", "data": {}},
    ]
    said = libvirt_conflict("transaction", {"actions": actions})
    assert said is not None and "'blockdev-snapshot-sync'" in said
    assert libvirt_conflict("transaction", {"actions": actions[:1]}) is None


def test_the_note_names_the_taint_libvirt_records() -> None:
    assert "tainted (custom-monitor)" in TAINT_NOTE
