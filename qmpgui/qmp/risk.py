"""How much a command sent from the console or a batch can change: read-only ones run
at once, dangerous ones ask first.

QMP has no flag for this, so it is a list. The actions' own commands take their risk
from the action table (qmp/actions.py): one answer for a menu and for the console.
Queries and QOM reads change nothing; commands that end, reset or remove things, or
move the VM away, are dangerous; everything else changes the VM.
"""

from __future__ import annotations

from collections.abc import Mapping

from qmpgui.qmp.actions import ACTIONS, Risk

__all__ = ["DANGEROUS", "HMP_DANGEROUS", "READ_ONLY", "Risk", "classify", "classify_hmp"]

#: The action table's risk of each action's command (Resume and Start both send cont).
_ACTION_RISK = {facts.command: facts.risk for facts in ACTIONS.values()}
assert all(_ACTION_RISK[f.command] is f.risk for f in ACTIONS.values()), "one risk per command"
#: The actions' dangerous commands (quit, system_reset, ...), named alike in HMP.
_DANGEROUS_ACTIONS = frozenset(c for c, risk in _ACTION_RISK.items() if risk is Risk.DANGEROUS)

#: QMP commands that change nothing though their names do not start with "query-".
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

#: QMP commands that end, reset or remove something, lose data or move the VM away: the
#: actions' dangerous ones and more.
DANGEROUS = _DANGEROUS_ACTIONS | frozenset(
    {
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
#: The actions' dangerous commands have the same names in HMP.
HMP_DANGEROUS = _DANGEROUS_ACTIONS | frozenset(
    {
        "q",
        "loadvm",
        "delvm",
        "migrate",
        "device_del",
        "drive_del",
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
    """The risk of QMP `command` with `arguments`: the action table's for an action's
    command; READ_ONLY for "query-*", "x-query-*" and READ_ONLY; DANGEROUS for
    DANGEROUS; else CHANGES. A human-monitor-command is judged by its HMP command line
    (`command-line`). Never raises."""
    if command == "human-monitor-command":
        line = (arguments or {}).get("command-line")
        return classify_hmp(line if isinstance(line, str) else "")
    if command in _ACTION_RISK:
        return _ACTION_RISK[command]
    if command.startswith(("query-", "x-query-")) or command in READ_ONLY:
        return Risk.READ_ONLY
    return Risk.DANGEROUS if command in DANGEROUS else Risk.CHANGES


def classify_hmp(line: str) -> Risk:
    """The risk of an HMP command line, by its first word: HMP_READ_ONLY, HMP_DANGEROUS,
    else CHANGES (an empty line reads as CHANGES). Never raises."""
    word = line.split(maxsplit=1)[0] if line.strip() else ""
    if word in HMP_READ_ONLY:
        return Risk.READ_ONLY
    return Risk.DANGEROUS if word in HMP_DANGEROUS else Risk.CHANGES
