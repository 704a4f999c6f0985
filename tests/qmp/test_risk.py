"""Which console and batch commands ask first: every command QEMU documents as ending,
resetting, removing or moving away something, named here from QEMU's own documentation
(qapi/*.json, hmp-commands.hx) and not read from qmpgui's table, so that a command
dropped from the table fails here."""

from __future__ import annotations

import pytest

from qmpgui.qmp.risk import (
    DANGER_WORDS,
    Risk,
    classify,
    classify_hmp,
    danger_words,
    dangerous_parts,
)

#: QMP commands that end QEMU or the guest, remove a device, a node, an object or a
#: back end, drop a snapshot, a bitmap or a job's work, overwrite a disk, load another
#: state, or move the VM away (qapi/*.json): each asks first.
QMP_DANGEROUS = [
    "quit",
    "system_reset",
    "system_powerdown",
    "eject",
    "migrate",
    "migrate-incoming",
    "device_del",
    "blockdev-del",
    "blockdev-remove-medium",
    "object-del",
    "netdev_del",
    "chardev-remove",
    "snapshot-load",
    "snapshot-delete",
    "blockdev-snapshot-delete-internal-sync",
    "block-dirty-bitmap-remove",
    "block-job-cancel",
    "job-cancel",
    "drive-mirror",
    "blockdev-mirror",
    "block-commit",
    "x-exit-preconfig",
    "cpu-add",
    "inject-nmi",
    "dump-guest-memory",
]

#: The same in HMP (hmp-commands.hx), typed as a user types them, arguments and all.
HMP_DANGEROUS = [
    "quit",
    "q",
    "system_reset",
    "system_powerdown",
    "eject -f ide1-cd0",
    "loadvm snap1",
    "delvm snap1",
    "migrate -d tcp:127.0.0.1:4444",
    "device_del nic1",
    "drive_del drive1",
    "netdev_del net0",
    "chardev-remove serial1",
    "object_del mem1",
    "nmi",
    "dump-guest-memory /tmp/guest.dump",
    "commit all",
    "block_job_cancel -f drive0",
    "drive_mirror -f drive0 /tmp/copy.qcow2",
    "migrate_incoming tcp:0:4444",
    "snapshot_delete_blkdev_internal drive0 snap1",
    "exit_preconfig",
]

#: Queries and reads of QOM and of the schema change nothing: they run at once.
QMP_READ_ONLY = [
    "query-status",
    "query-block",
    "query-qmp-schema",
    "x-query-ramblock",
    "x-query-usb",
    "qom-get",
    "qom-list",
    "qom-list-types",
    "qom-list-properties",
    "device-list-properties",
    "qmp_capabilities",
    "trace-event-get-state",
    "x-debug-query-block-graph",
]

#: HMP's reading commands (hmp-commands.hx: help|?, info, x, xp, print|p, i).
HMP_READ_ONLY = [
    "info status",
    "help",
    "? info",
    "x /4x 0",
    "xp /4x 0",
    "print 1+2",
    "p $pc",
    "i 0x60",
]

#: Commands that change the VM without losing anything: marked, not asked.
QMP_CHANGES = [
    "stop",
    "cont",
    "system_wakeup",
    "screendump",
    "blockdev-change-medium",
    "qom-set",
    "device_add",
    "blockdev-add",
    "set_password",
    "snapshot-save",
    "querystatus",  # not a query: only `query-` and `x-query-` name one
    "x-queryfoo",
    "info",  # HMP's word, not a QMP command
]
HMP_CHANGES = ["stop", "cont", "c", "savevm snap1", "device_add e1000", "information", "quitting"]


@pytest.mark.parametrize("command", QMP_DANGEROUS)
def test_every_dangerous_qmp_command_asks_first(command: str) -> None:
    assert classify(command) is Risk.DANGEROUS
    assert classify(command, {"id": "x"}) is Risk.DANGEROUS
    assert dangerous_parts(command, {"id": "x"}) == [command]


@pytest.mark.parametrize("line", HMP_DANGEROUS)
def test_every_dangerous_hmp_command_asks_first(line: str) -> None:
    assert classify_hmp(line) is Risk.DANGEROUS
    assert classify_hmp(f"  {line}") is Risk.DANGEROUS
    arguments = {"command-line": line}
    assert classify("human-monitor-command", arguments) is Risk.DANGEROUS
    assert dangerous_parts("human-monitor-command", arguments) == ["human-monitor-command"]


@pytest.mark.parametrize("command", QMP_READ_ONLY)
def test_reading_qmp_commands_run_at_once(command: str) -> None:
    assert classify(command) is Risk.READ_ONLY
    assert dangerous_parts(command) == []


@pytest.mark.parametrize("line", HMP_READ_ONLY)
def test_reading_hmp_commands_run_at_once(line: str) -> None:
    assert classify_hmp(line) is Risk.READ_ONLY
    assert classify("human-monitor-command", {"command-line": line}) is Risk.READ_ONLY


@pytest.mark.parametrize("command", QMP_CHANGES)
def test_other_qmp_commands_change_the_vm_without_asking(command: str) -> None:
    assert classify(command) is Risk.CHANGES
    assert dangerous_parts(command) == []


@pytest.mark.parametrize("line", HMP_CHANGES)
def test_other_hmp_commands_change_the_vm_without_asking(line: str) -> None:
    assert classify_hmp(line) is Risk.CHANGES
    assert dangerous_parts("human-monitor-command", {"command-line": line}) == []


def test_a_transaction_is_as_risky_as_its_riskiest_action() -> None:
    # qapi/transaction.json: the actions a transaction takes, each as its own command.
    snapshot = {"type": "blockdev-snapshot-sync", "data": {"device": "d0", "snapshot-file": "s"}}
    bitmap_add = {"type": "block-dirty-bitmap-add", "data": {"node": "d0", "name": "b"}}
    bitmap_remove = {"type": "block-dirty-bitmap-remove", "data": {"node": "d0", "name": "b"}}
    assert classify("transaction", {"actions": [snapshot, bitmap_add]}) is Risk.CHANGES
    both = {"actions": [snapshot, bitmap_remove, bitmap_add]}
    assert classify("transaction", both) is Risk.DANGEROUS
    assert dangerous_parts("transaction", both) == ["transaction: block-dirty-bitmap-remove"]
    twice = {"actions": [bitmap_remove, snapshot, bitmap_remove]}
    assert dangerous_parts("transaction", twice) == ["transaction: block-dirty-bitmap-remove"] * 2
    assert dangerous_parts("transaction", {"actions": [snapshot]}) == []


def test_a_transaction_of_only_reads_is_read_only() -> None:
    reads = {"actions": [{"type": "query-status"}, {"type": "qom-get", "data": {}}]}
    assert classify("transaction", reads) is Risk.READ_ONLY


def test_a_transaction_action_carrying_an_hmp_line_is_judged_by_the_line() -> None:
    hmp = {"type": "human-monitor-command", "data": {"command-line": "delvm snap1"}}
    assert classify("transaction", {"actions": [hmp]}) is Risk.DANGEROUS
    assert dangerous_parts("transaction", {"actions": [hmp]}) == [
        "transaction: human-monitor-command"
    ]


@pytest.mark.parametrize(
    "arguments",
    [
        None,
        {},
        {"actions": []},
        {"actions": "quit"},  # not a list: nothing to judge, QEMU refuses it
        {"actions": [5, "quit", None]},  # not actions: each counts as a change
        {"actions": [{"type": 5}, {"data": {}}]},
    ],
)
def test_a_transaction_without_actions_to_judge_changes_the_vm(
    arguments: dict[str, object] | None,
) -> None:
    assert classify("transaction", arguments) is Risk.CHANGES
    assert dangerous_parts("transaction", arguments) == []


def test_a_malformed_transaction_action_still_counts_by_its_type() -> None:
    # `data` that is no object does not hide a dangerous type.
    odd = {"actions": [{"type": "blockdev-del", "data": "x"}, {"type": "drive-mirror"}]}
    assert classify("transaction", odd) is Risk.DANGEROUS
    assert dangerous_parts("transaction", odd) == [
        "transaction: blockdev-del",
        "transaction: drive-mirror",
    ]
    # An HMP action whose `data` is no object has no line to read: a change, no error.
    hmp = {"actions": [{"type": "human-monitor-command", "data": "delvm s"}]}
    assert classify("transaction", hmp) is Risk.CHANGES
    assert dangerous_parts("transaction", hmp) == []


def test_every_block_job_starter_is_asked_first_with_its_own_words() -> None:
    starters = ["drive-mirror", "blockdev-mirror", "block-commit", "block-stream"]
    starters += ["drive-backup", "blockdev-backup"]
    for command in starters:
        assert classify(command) is Risk.DANGEROUS, command
        assert danger_words(command).startswith("It starts a "), command
    assert "switches the drive to the target" in danger_words("drive-mirror")
    hmp = {"command-line": "block_stream drive0"}
    assert classify("human-monitor-command", hmp) is Risk.DANGEROUS
    assert danger_words("human-monitor-command", hmp) == danger_words("block-stream")
    assert danger_words("quit") == DANGER_WORDS
    both = {"actions": [{"type": "drive-backup", "data": {}}, {"type": "blockdev-del"}]}
    assert danger_words("transaction", both) == DANGER_WORDS
