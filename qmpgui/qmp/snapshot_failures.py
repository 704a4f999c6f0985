"""What a failed snapshot-save means where QEMU's words do not say it (QEMU 7.2,
migration/savevm.c): the VM's RAM is saved as a migration sends it, so a device that
blocks migration fails the snapshot with the blocker's own reason; and a write of the
RAM state that fails on a full disk is reported as an "Input/output error". No I/O:
the facts are gathered in qmpgui/session/snapshot_failures.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from qmpgui.i18n import translate
from qmpgui.qmp.block_jobs import mib

#: How QEMU 7.2's error begins when writing the RAM state into the image failed.
WRITE_FAILED = "Error while writing VM state"
#: Below this many bytes free, a filesystem is taken to be what failed the write.
FULL_BELOW = 1 << 20


def blocked_words(error: str, reasons: Sequence[str]) -> str | None:
    """`error` with why a migration blocker fails a snapshot of the RAM, when `error`
    is one of `reasons` (query-migrate's `blocked-reasons`, QEMU 6.0+); else None."""
    if error.strip() not in (r.strip() for r in reasons):
        return None
    return translate(
        "snapshot_failures",
        "{error} (QEMU saves the RAM as a migration sends it, and a device of this VM cannot be migrated: a snapshot of the disks only, without the RAM, can be saved)",
    ).format(error=error)


def full_disk_words(error: str, file: str, free: int, total: int) -> str | None:
    """`error` (a failed write of the RAM state, WRITE_FAILED) with what filled up, when
    the filesystem holding the image `file` has less than FULL_BELOW bytes `free` of
    `total`; else None."""
    if not error.startswith(WRITE_FAILED) or free >= FULL_BELOW:
        return None
    return translate(
        "snapshot_failures",
        "{error} (the filesystem holding {file} is full: {v2} MiB free of {v3} MiB; make room there and try again)",
    ).format(error=error, file=file, v2=mib(free), v3=mib(total))
