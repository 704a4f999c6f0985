"""Whether a QEMU can start a migration at all: after some failed multifd migrations
QEMU 7.2 never releases the migration.

QEMU registers a yank instance `{"type": "migration"}` at `migrate` and removes it in
the migration's clean-up. Seen on QEMU 7.2 (about half the time): a multifd migration
to a QEMU listening without multifd fails ("Unable to write to socket: Connection
reset by peer"), the destination survives, and the source's clean-up never runs:
query-yank still lists the instance 20 s later and after the destination is killed,
the `yank` command does not remove it, and every later `migrate` is refused
"duplicate yank instance", leaving query-migrate at "setup" for good (migrate_cancel
then leaves it at "cancelling"). So nothing is sent to such a QEMU: the user is told
why and what to do instead.
"""

from __future__ import annotations

import asyncio

from qmpgui.i18n import marked, translate
from qmpgui.qmp import QmpFailure
from qmpgui.qmp.migration import ACTIVE, parse_migration
from qmpgui.session.vm_session import VmSession

#: Why such a QEMU cannot migrate, and what to do.
HELD = marked(
    "migration_yank",
    'this QEMU has not let go of its last migration, which failed (its yank instance "migration" is still registered: QEMU 7.2 can leave it after a failed multifd migration), so it refuses every new one ("duplicate yank instance") and its migration state would stay at setup. The guest runs on; to migrate it, restart this VM\'s QEMU (a snapshot keeps the guest\'s state across the restart)',
)
#: A clean-up that runs comes within moments of the failure: looks before calling the
#: instance left behind, seconds apart.
LOOKS = (0.0, 0.5, 1.0)


async def _holds_migration(session: VmSession) -> bool:
    try:
        yank = await session.execute("query-yank")
        status = parse_migration(await session.execute("query-migrate")).status
    except QmpFailure:
        return False
    if status in ACTIVE or not isinstance(yank, list):
        return False  # a migration under way holds it rightly
    return any(isinstance(i, dict) and i.get("type") == "migration" for i in yank)


async def migration_held(session: VmSession) -> str | None:
    """Why `session`'s QEMU cannot start a migration: HELD when query-yank (QEMU 6.0+)
    still lists the migration instance while no migration runs (query-migrate), three
    looks over about 1.5 s; None when it can, or when the server has no query-yank.
    Never raises."""
    if "query-yank" not in session.capabilities:
        return None
    for delay in LOOKS:
        await asyncio.sleep(delay)
        if not await _holds_migration(session):
            return None
    return translate("migration_yank", HELD)
