"""A failed snapshot-save said in full: QEMU's error, and what it means where its words
do not say it (qmpgui/qmp/snapshot_failures.py), from facts asked at once: the VM's
migration blockers (query-migrate), and how full the filesystem holding the image of
the RAM state is (on this host only: a remote VM's files are out of reach).
"""

from __future__ import annotations

import asyncio
import os

from qmpgui.qmp import QmpFailure
from qmpgui.qmp.snapshot_failures import WRITE_FAILED, blocked_words, full_disk_words
from qmpgui.qmp.snapshots import SnapshotDisk
from qmpgui.session.vm_session import VmSession


async def explained(session: VmSession, error: str, disks: tuple[SnapshotDisk, ...]) -> str:
    """`error` (QEMU's for a failed snapshot-save of the RAM on `disks`) with its meaning
    added where it can be told; `error` as it is otherwise. Never raises QmpFailure."""
    if error.startswith(WRITE_FAILED):
        return await _full_disk(session, error, disks) or error
    try:
        reply = await session.execute("query-migrate")
    except QmpFailure:
        return error
    reasons = reply.get("blocked-reasons") if isinstance(reply, dict) else None
    if not isinstance(reasons, list):
        return error
    return blocked_words(error, [str(r) for r in reasons]) or error


async def _full_disk(session: VmSession, error: str, disks: tuple[SnapshotDisk, ...]) -> str | None:
    endpoint = session.endpoint
    # The RAM state goes on the first disk that can hold a snapshot (job_arguments()).
    state = next((d for d in disks if d.holds_snapshots and d.node_name), None)
    if endpoint is None or not endpoint.is_local or state is None or state.file is None:
        return None
    file = state.file
    try:
        found = await asyncio.to_thread(os.statvfs, file)
    except OSError:
        return None  # not a file here (a network block device, another mount namespace)
    free, total = found.f_bavail * found.f_frsize, found.f_blocks * found.f_frsize
    return full_disk_words(error, file, free, total)
