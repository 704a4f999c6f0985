"""How much a command can change: read-only ones run at once, dangerous ones ask first.

QMP has no flag for this, so it is a list: queries and QOM reads change
nothing; commands that end, reset or remove things, or move the VM away, are
dangerous; everything else changes the VM and is marked as such.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum


class Risk(Enum):
    READ_ONLY = "read-only"
    CHANGES = "changes the VM"
    DANGEROUS = "dangerous"


READ_ONLY = frozenset(
    {
        "qom-get",
        "qom-list",
        "qom-list-types",
        "qom-list-properties",
        "device-list-properties",
        "qmp_capabilities",
        "trace-event-get-state",
        "x-debug-query-block-graph",
    }
)

DANGEROUS = frozenset(
    {
        "quit",
        "system_reset",
        "system_powerdown",
        "migrate",
        "migrate-incoming",
        "device_del",
        "blockdev-del",
        "blockdev-remove-medium",
        "eject",
        "object-del",
        "netdev_del",
        "chardev-remove",
        "snapshot-load",
        "snapshot-delete",
        "blockdev-snapshot-delete-internal-sync",
        "block-job-cancel",
        "job-cancel",
        "drive-mirror",
        "blockdev-mirror",
        "block-commit",
        "x-exit-preconfig",
        "cpu-add",
        "inject-nmi",
        "dump-guest-memory",
    }
)

#: HMP commands (first word) that read only, and those that end or lose something.
HMP_READ_ONLY = frozenset({"info", "help", "?", "x", "xp", "print", "p", "i"})
HMP_DANGEROUS = frozenset(
    {
        "quit",
        "q",
        "system_reset",
        "system_powerdown",
        "loadvm",
        "delvm",
        "migrate",
        "device_del",
        "drive_del",
        "eject",
        "netdev_del",
        "chardev-remove",
        "object_del",
        "nmi",
        "dump-guest-memory",
        "commit",
        "block_job_cancel",
        "drive_mirror",
        "migrate_incoming",
        "snapshot_delete_blkdev_internal",
        "exit_preconfig",
    }
)


def classify(command: str, arguments: Mapping[str, object] | None = None) -> Risk:
    if command == "human-monitor-command":
        line = (arguments or {}).get("command-line")
        return classify_hmp(line if isinstance(line, str) else "")
    if command.startswith(("query-", "x-query-")) or command in READ_ONLY:
        return Risk.READ_ONLY
    return Risk.DANGEROUS if command in DANGEROUS else Risk.CHANGES


def classify_hmp(line: str) -> Risk:
    word = line.split(maxsplit=1)[0] if line.strip() else ""
    if word in HMP_READ_ONLY:
        return Risk.READ_ONLY
    return Risk.DANGEROUS if word in HMP_DANGEROUS else Risk.CHANGES
