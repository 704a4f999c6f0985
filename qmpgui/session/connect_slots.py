"""How many connections are set up at once: a fleet connecting together (hundreds of
VMs at start-up) opens its monitors a few at a time.

Setting up a connection reads QEMU's schema (query-qmp-schema: about 200 KiB of JSON,
parsed on the window's thread, qmp-protocol.md section 2) and the VM's name and state.
Hundreds at once held the event loop for so long that replies waited past their
command timeout ("query-qmp-schema timed out"), and those VMs stayed in error. A
connection waiting for its turn shows as connecting; its timeouts start with its turn.
"""

from __future__ import annotations

import asyncio
import weakref

#: Connections set up at once, per event loop.
CONNECTING_AT_ONCE = 16

_SLOTS: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = (
    weakref.WeakKeyDictionary()
)


def connect_slot() -> asyncio.Semaphore:
    """The running event loop's turns to set up a connection (`async with` it around
    the greeting, the schema and the first queries). Raises RuntimeError outside a
    running loop."""
    loop = asyncio.get_running_loop()
    slots = _SLOTS.get(loop)
    if slots is None:
        slots = _SLOTS[loop] = asyncio.Semaphore(CONNECTING_AT_ONCE)
    return slots
