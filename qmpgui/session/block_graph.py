"""The block graph's topic: the nodes (`query-named-block-nodes`, flat where QEMU
takes it) and, where QEMU has it, the debug graph of their links
(`x-debug-query-block-graph`); the drives come from the kept `block` topic."""

from __future__ import annotations

from qmpgui.qmp.block_jobs import JOB_EVENTS
from qmpgui.session.inspection import Fetcher, register_topic

#: The queries' keys in Inspection.results.
NODES_KEY = "query-named-block-nodes"
GRAPH_KEY = "x-debug-query-block-graph"


async def _fetch(fetcher: Fetcher) -> None:
    # `flat` (5.0+) leaves out each node's nested backing images, which the graph
    # shows as nodes of their own; an older QEMU refuses the argument: asked without.
    nodes = await fetcher.query(NODES_KEY, {"flat": True})
    if not nodes.ok and not nodes.unavailable and nodes.error_class == "GenericError":
        await fetcher.query(NODES_KEY)
    if fetcher.offers(GRAPH_KEY):
        await fetcher.query(GRAPH_KEY)


#: The nodes and their links; jobs insert and remove filter nodes (BLOCK_JOB_* and
#: JOB_STATUS_CHANGE), and a drive unplugged takes its nodes with it. QEMU announces no
#: node added or removed: the console's block commands refresh it (session/block_jobs.py).
BLOCK_GRAPH = register_topic("block-graph", _fetch, events=JOB_EVENTS | {"DEVICE_DELETED"})
