"""How much a command sent from the console or a batch can change: read-only ones run
at once, dangerous ones ask first.

QMP has no flag for this, so it is a list. The actions' own commands take their risk
from the action table (qmp/actions.py): one answer for a menu and for the console.
Queries and QOM reads change nothing; commands that end, reset or remove things, or
move the VM away, are dangerous; everything else changes the VM. A `transaction`
is as risky as its riskiest action, each judged as the command of the same name.
"""

from __future__ import annotations

from collections.abc import Mapping

from qmpgui.i18n import marked, translate
from qmpgui.qmp.actions import ACTIONS, Risk

__all__ = [
    "DANGEROUS",
    "HMP_DANGEROUS",
    "READ_ONLY",
    "Risk",
    "classify",
    "classify_hmp",
    "danger_words",
    "dangerous_parts",
]

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

#: The commands that start a block job, each with what it writes and what completing
#: or pivoting it changes: one risk for them all (asked first), with words that fit a
#: job rather than the words of commands that end the VM or remove a device.
BLOCK_JOB_STARTERS: Mapping[str, str] = {
    "drive-mirror": marked(
        "risk",
        "It starts a mirror job that copies the drive to its target image (created, or overwritten, unless mode=existing); completing it switches the drive to the target for good.",
    ),
    "blockdev-mirror": marked(
        "risk",
        "It starts a mirror job that writes the drive's data over the target node; completing it switches the drive to the target for good.",
    ),
    "block-commit": marked(
        "risk",
        "It starts a commit job that writes the top image's data into its base image, changing the base for anything else built on it; committing the active layer switches the drive to the base once completed.",
    ),
    "block-stream": marked(
        "risk",
        "It starts a stream job that copies the backing images' data into the image above them (it grows), then drops their backing link.",
    ),
    "drive-backup": marked(
        "risk",
        "It starts a backup job that writes a copy of the drive to its target image (created, or overwritten, unless mode=existing); the drive itself is unchanged.",
    ),
    "blockdev-backup": marked(
        "risk",
        "It starts a backup job that writes a copy of the drive over the target node; the drive itself is unchanged.",
    ),
}
#: The same commands in HMP (`commit` writes at once, it is not a job).
HMP_BLOCK_JOB_STARTERS = {
    "drive_mirror": "drive-mirror",
    "drive_backup": "drive-backup",
    "block_stream": "block-stream",
}
#: What any other dangerous command can do, for its question.
DANGER_WORDS = marked("risk", "It can end the VM, lose guest state or remove a device.")

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
        "block-dirty-bitmap-remove",  # incremental backups lose what changed since
        "block-job-cancel",
        "job-cancel",
        *BLOCK_JOB_STARTERS,
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
        *HMP_BLOCK_JOB_STARTERS,
        "migrate_incoming",
        "snapshot_delete_blkdev_internal",
        "exit_preconfig",
    }
)


def classify(command: str, arguments: Mapping[str, object] | None = None) -> Risk:
    """The risk of QMP `command` with `arguments`: the action table's for an action's
    command; READ_ONLY for "query-*", "x-query-*" and READ_ONLY; DANGEROUS for
    DANGEROUS; else CHANGES. A human-monitor-command is judged by its HMP command line
    (`command-line`), a `transaction` by its riskiest action (CHANGES when its
    `actions` are not a list of actions). Never raises."""
    if command == "transaction":
        risks = [_command_risk(kind, data) for kind, data in _actions(arguments)]
        return max(risks, key=_ORDER.index) if risks else Risk.CHANGES
    return _command_risk(command, arguments)


#: Risks from the least to the most.
_ORDER = (Risk.READ_ONLY, Risk.CHANGES, Risk.DANGEROUS)


def _command_risk(command: str, arguments: Mapping[str, object] | None) -> Risk:
    if command == "human-monitor-command":
        line = (arguments or {}).get("command-line")
        return classify_hmp(line if isinstance(line, str) else "")
    if command in _ACTION_RISK:
        return _ACTION_RISK[command]
    if command.startswith(("query-", "x-query-")) or command in READ_ONLY:
        return Risk.READ_ONLY
    return Risk.DANGEROUS if command in DANGEROUS else Risk.CHANGES


def _actions(arguments: Mapping[str, object] | None) -> list[tuple[str, Mapping[str, object]]]:
    """A transaction's actions as (type, data); an action that is not `{"type": str,
    ...}` counts as a command that changes the VM."""
    actions = (arguments or {}).get("actions")
    found: list[tuple[str, Mapping[str, object]]] = []
    for action in actions if isinstance(actions, list) else ():
        kind = action.get("type") if isinstance(action, dict) else None
        data = action.get("data") if isinstance(action, dict) else None
        found.append(
            (kind if isinstance(kind, str) else "", data if isinstance(data, dict) else {})
        )
    return found


def dangerous_parts(command: str, arguments: Mapping[str, object] | None = None) -> list[str]:
    """What makes the command dangerous, for a question: [`command`] when it is, each
    dangerous action of a transaction as "transaction: TYPE", [] when nothing is.
    Never raises."""
    if command == "transaction":
        return [
            translate("risk", "transaction: {kind}").format(kind=kind)
            for kind, data in _actions(arguments)
            if _command_risk(kind, data) is Risk.DANGEROUS
        ]
    return [command] if classify(command, arguments) is Risk.DANGEROUS else []


def danger_words(command: str, arguments: Mapping[str, object] | None = None) -> str:
    """What a dangerous command (or each dangerous action of a transaction, or an HMP
    line sent with human-monitor-command) can do, in words for its question: a block
    job starter's own sentence, DANGER_WORDS for the rest. Never raises."""
    if command == "human-monitor-command":
        line = (arguments or {}).get("command-line")
        word = line.split(maxsplit=1)[0] if isinstance(line, str) and line.strip() else ""
        command = HMP_BLOCK_JOB_STARTERS.get(word, word)
    parts = (
        dangerous_parts(command, arguments)
        if command in BLOCK_JOB_STARTERS or (command == "transaction")
        else []
    )
    kinds = [p.removeprefix("transaction: ") for p in parts]
    if kinds and all(kind in BLOCK_JOB_STARTERS for kind in kinds):
        return " ".join(
            translate("risk", BLOCK_JOB_STARTERS[kind]) for kind in dict.fromkeys(kinds)
        )
    return translate("risk", DANGER_WORDS)


def classify_hmp(line: str) -> Risk:
    """The risk of an HMP command line, by its first word: HMP_READ_ONLY, HMP_DANGEROUS,
    else CHANGES (an empty line reads as CHANGES). Never raises."""
    word = line.split(maxsplit=1)[0] if line.strip() else ""
    if word in HMP_READ_ONLY:
        return Risk.READ_ONLY
    return Risk.DANGEROUS if word in HMP_DANGEROUS else Risk.CHANGES
