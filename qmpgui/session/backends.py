"""What a new device's backend and link properties can name now, asked of QEMU: the
free block nodes, netdevs and chardevs (qmp/backends.py reads the replies) and the
objects a link<TYPE> can take, the memory backends in use left out. Each question is a
command of its own on the session's queue.
"""

from __future__ import annotations

from qmpgui.qmp import QmpFailure
from qmpgui.qmp.backends import (
    Choices,
    free_block_nodes,
    free_chardevs,
    free_memdevs,
    free_netdevs,
)
from qmpgui.qmp.device_types import type_names
from qmpgui.qmp.network import parse_info_network
from qmpgui.session.vm_session import VmSession

#: The link target whose objects a memory device holds for itself.
MEMORY_BACKEND = "memory-backend"


async def _optional(session: VmSession, command: str, arguments: dict[str, object]) -> object:
    """The reply of a command an older or newer QEMU may not have; None when refused."""
    try:
        return await session.execute(command, arguments)
    except QmpFailure:
        return None


async def backend_choices(session: VmSession, backend: str) -> Choices | None:
    """The `backend` ("block", "netdev", "chardev") a new device can name, free and
    busy; None for a kind QEMU gives no list of; raises QmpFailure when QEMU does not
    answer the main question."""
    if backend == "block":
        block = await session.execute("query-block")
        # An unstable command, but the only one that tells a format node from its file
        # child; without it the named nodes are offered.
        graph = await _optional(session, "x-debug-query-block-graph", {})
        named = await session.execute("query-named-block-nodes", {"flat": True})
        return free_block_nodes(block, graph, named)
    if backend == "netdev":
        text = await session.execute("human-monitor-command", {"command-line": "info network"})
        return free_netdevs(parse_info_network(text if isinstance(text, str) else ""))
    if backend == "chardev":
        return free_chardevs(await session.execute("query-chardev"))
    return None


async def link_choices(session: VmSession, target: str) -> Choices:
    """The ids of the user-made objects (/objects/ID) of a type that implements
    `target`, for a `link<target>` property; for a memory backend, those the VM's RAM,
    a NUMA node or a memory device uses are left out as busy. Raises QmpFailure."""
    implementing = type_names(
        await session.execute("qom-list-types", {"implements": target, "abstract": False})
    )
    objects = await session.execute("qom-list", {"path": "/objects"})
    if not isinstance(objects, list):
        return Choices()
    wanted = {f"child<{name}>" for name in implementing}
    ids = [str(o["name"]) for o in objects if isinstance(o, dict) and o.get("type") in wanted]
    if target != MEMORY_BACKEND:
        return Choices(ids)
    ram = await _optional(session, "qom-get", {"path": "/machine", "property": "memory-backend"})
    devices = await _optional(session, "query-memory-devices", {})
    # A backend mapped into the guest's memory (a NUMA node's, also when no device or
    # machine property names it) has its memory region in a container.
    containers = {
        i: await _optional(
            session, "qom-get", {"path": f"/objects/{i}/{i}[0]", "property": "container"}
        )
        for i in ids
    }
    return free_memdevs(ids, ram, devices, containers)
