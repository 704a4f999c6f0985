"""Snapshots of a libvirt domain through libvirt's snapshot API, never monitor
commands: savevm behind libvirt's back would leave `virsh snapshot-list` wrong.

The list comes with the drives' refresh (a BLOCK_READERS reader, as for a VM's) from
the worker's snapshot_list; create, revert and delete are the worker's
snapshot_create, snapshot_revert and snapshot_delete, each ending in one Outcome said
and logged, with its progress shown meanwhile (a snapshot with memory stops the guest
for as long as its RAM takes to write).
"""

from __future__ import annotations

import time

from qmpgui.i18n import translate
from qmpgui.log.entry import Level
from qmpgui.qmp import QmpFailure
from qmpgui.qmp.snapshots import DELETE_JOB, LOAD_JOB, SAVE_JOB
from qmpgui.session.control import Outcome
from qmpgui.session.inspection import BLOCK, BLOCK_READERS, Fetcher
from qmpgui.session.snapshots import LABELS, SNAPSHOTS, VERBS, Progress, progress_setter
from qmpgui.session.topic_state import QueryResult
from qmpgui.session.vm_session import VmSession
from qmpgui.virt.snapshots import (
    parse_domain_disks,
    parse_domain_snapshots,
    parse_domain_targets,
)

#: Seconds libvirt may take for one snapshot operation: it saves or loads the RAM of
#: the domain, which for a large one takes minutes.
SNAPSHOT_TIMEOUT_S = 600.0

#: The worker's ops by what they do, with the words said while each runs.
CREATE, REVERT, DELETE = "snapshot_create", "snapshot_revert", "snapshot_delete"
#: Each op as the VM's own snapshot job that does the same, for its words.
_JOBS = {CREATE: SAVE_JOB, REVERT: LOAD_JOB, DELETE: DELETE_JOB}


async def _read(fetcher: Fetcher, _result: QueryResult) -> None:
    domain = fetcher.domain
    if domain is None:
        return  # a VM's snapshots: session/snapshots.py reads them from query-block
    state = fetcher.inspection.snapshots
    try:
        answer = await domain.call("snapshot_list")
    except QmpFailure as failure:
        # The list stays as last known, said in the pane's header.
        state.libvirt_error = failure.message
        return
    problems = fetcher.inspection.problems
    state.disks = parse_domain_disks(answer, problems)
    fetcher.inspection.block.targets = parse_domain_targets(answer, problems)
    state.snapshots = parse_domain_snapshots(answer, problems)
    state.from_libvirt, state.from_hmp, state.known = True, False, True
    state.libvirt_error = None


BLOCK_READERS.append(_read)
assert SNAPSHOTS == BLOCK


async def run_domain_snapshot(session: VmSession, op: str, tag: str, **args: object) -> Outcome:
    """Run libvirt's snapshot op `op` (CREATE, REVERT, DELETE) for snapshot `tag` on the
    session's domain (`args`: snapshot_create's description and memory) and say how it
    went; its Outcome, whose `note` is what the op answered in words (the state after a
    revert, the children a delete kept). The progress shows in the snapshots topic
    until it ends; the list is asked again afterwards. Never raises a QmpFailure."""
    domain = session.domain
    assert domain is not None
    label, command = (
        translate("snapshots", LABELS[_JOBS[op]]),
        translate("domain_snapshots", "libvirt {op}").format(op=op),
    )
    on_progress = progress_setter(session)
    on_progress(
        Progress(
            translate("domain_snapshots", "{v0} snapshot '{tag}'").format(
                v0=translate("snapshots", VERBS[_JOBS[op]]), tag=tag
            )
        )
    )
    start = time.monotonic()
    note = ""
    try:
        answer = await domain.call(op, name=tag, timeout=SNAPSHOT_TIMEOUT_S, **args)
    except QmpFailure as failure:
        outcome = Outcome(
            session.display_name,
            label,
            command,
            time.monotonic() - start,
            failure.message,
            "LibvirtError",
        )
    else:
        if op == REVERT:
            note = translate("domain_snapshots", "the domain is {answer} now").format(answer=answer)
        elif op == DELETE and answer:
            kept = ", ".join(f"'{child}'" for child in answer)
            note = translate("domain_snapshots", "kept {kept}, now taken from its parent").format(
                kept=kept
            )
        outcome = Outcome(session.display_name, label, command, time.monotonic() - start, note=note)
    finally:
        on_progress(None)
        if session.connected:
            session.request_refresh(frozenset({SNAPSHOTS}))
    session.report_command(
        label,
        command,
        {"name": tag, **args},
        outcome.elapsed_s,
        error=outcome.error,
        error_class=outcome.error_class,
        note=outcome.note,
        quiet=True,
    )
    session.message.emit(Level.INFO if outcome.ok else Level.ERROR, outcome.text)
    return outcome
