"""The PCI ID database for the PCI pane, read once per process in a worker thread, at
the first PCI query (the window never reads the file itself)."""

from __future__ import annotations

import asyncio

from qmpgui.qmp.pci_ids import PciIds, load_pci_ids

_ids: PciIds | None = None
_reading: asyncio.Future[PciIds] | None = None


async def pci_ids() -> PciIds:
    """The names of the system's pci.ids (empty when there is none or it does not
    read), read off the loop's thread the first time and kept; never raises."""
    global _ids, _reading
    if _ids is not None:
        return _ids
    loop = asyncio.get_running_loop()
    if _reading is None or _reading.get_loop() is not loop:
        _reading = loop.run_in_executor(None, load_pci_ids)
    # Shielded: a poll cancelled meanwhile leaves the read to finish for the next one.
    ids = await asyncio.shield(_reading)
    _ids = ids
    return ids


def forget_pci_ids() -> None:
    """Read the database again at the next pci_ids() (tests pointing it elsewhere)."""
    global _ids, _reading
    _ids, _reading = None, None
