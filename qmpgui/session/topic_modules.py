"""Every module that registers a topic (session/inspection.py's `register_topic`) or a
reader of the replies and events (`BLOCK_READERS`, `EVENT_READERS`). The fleet imports
this before it makes any session: a VM polls and reads them all from its first
connection on, whether or not the panes that show them, and the actions that use them,
have loaded yet (they load after the window's first paint, or when first used)."""

from qmpgui.session import (
    block_graph,
    block_jobs,
    domain_snapshots,
    memory,
    migration,
    network,
    peripherals,
    serial_link,
    snapshots,
)

__all__ = [
    "block_graph",
    "block_jobs",
    "domain_snapshots",
    "memory",
    "migration",
    "network",
    "peripherals",
    "serial_link",
    "snapshots",
]
