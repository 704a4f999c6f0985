"""The Add device dialog's words about ids and buses, and the id it proposes: the
words are marked for translation and translated where shown (context DeviceAddDialog)."""

from __future__ import annotations

from qmpgui.i18n import marked

#: The bus choice that leaves the bus to QEMU.
ANY_BUS = marked("DeviceAddDialog", "(QEMU chooses)")
ASKING = marked("DeviceAddDialog", "asking QEMU…")
#: Why a device needs an id.
NO_ID = marked(
    "DeviceAddDialog",
    "give the device an id: without one it cannot be removed later (device_del names it)",
)


def propose_id(typename: str, taken: set[str]) -> str:
    """The first of TYPE0, TYPE1, ... that no device has."""
    stem = "".join(c if c.isalnum() or c in "-_" else "-" for c in typename)
    if stem[-1:].isdigit():
        stem += "-"  # e1000-0, not e10000
    number = 0
    while f"{stem}{number}" in taken:
        number += 1
    return f"{stem}{number}"
