"""Vendor and device names from the system's PCI ID database (pci.ids), the file lspci
reads: Debian's `pci.ids` package puts it at /usr/share/misc/pci.ids, other systems'
`hwdata` at /usr/share/hwdata/pci.ids.

The file is read once, in a worker thread (load_pci_ids() blocks: call it through
asyncio.to_thread), and kept for the process. A missing or garbled file gives no names,
and every id is then shown in hex alone; nothing here raises.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

_log = logging.getLogger(__name__)

#: Where the database is looked for, in order; tests point it at a file of their own.
PCI_IDS_PATHS: tuple[Path, ...] = (
    Path("/usr/share/misc/pci.ids"),
    Path("/usr/share/hwdata/pci.ids"),
)


@dataclass(frozen=True, slots=True)
class PciIds:
    """The names of a pci.ids file: `vendors` by vendor id, `devices` by (vendor id,
    device id); ids are the 16-bit numbers query-pci gives. Empty when there is no file."""

    vendors: dict[int, str] = field(default_factory=dict)
    devices: dict[tuple[int, int], str] = field(default_factory=dict)

    def describe(self, vendor: int | None, device: int | None, hex_ids: str) -> str:
        """The vendor's name without its company form ("Intel Corporation" is "Intel")
        and the device's before `hex_ids` (the ids as shown in hex): "Intel 82540EM
        Gigabit Ethernet Controller [8086:100e]"; `hex_ids` alone when the database
        names neither. Never raises."""
        if vendor is None:
            return hex_ids
        names = [short_vendor(self.vendors.get(vendor, ""))]
        if device is not None:
            names.append(self.devices.get((vendor, device), ""))
        words = " ".join(n for n in names if n)
        return f"{words} [{hex_ids}]" if words else hex_ids


#: A company's legal form at the end of its name, which a narrow column can spare.
_COMPANY_FORM = re.compile(
    r"(?:,?\s+(?:Corporation|Corp\.|Incorporated|Inc\.?|Co\.,? Ltd\.?|Ltd\.?|Limited|"
    r"GmbH|AG|LLC|S\.A\.|B\.V\.))+$"
)


def short_vendor(name: str) -> str:
    """A vendor's name without its company form: "Intel Corporation" -> "Intel",
    "Red Hat, Inc." -> "Red Hat"; the name itself when that would leave nothing."""
    return _COMPANY_FORM.sub("", name) or name


def _id_and_name(text: str) -> tuple[int, str] | None:
    # "8086  Intel Corporation": four hex digits, two spaces, the name.
    head, _, name = text.partition("  ")
    if len(head) != 4 or not name.strip():
        return None
    try:
        return int(head, 16), name.strip()
    except ValueError:
        return None


def parse_pci_ids(lines: Iterable[str]) -> PciIds:
    """The vendors and devices of pci.ids text, one line at a time (a vendor at the start
    of a line, its devices after one tab, their subsystems after two, comments after #;
    the device classes after "C " end the list). Lines that do not read are passed
    over; never raises."""
    ids = PciIds()
    vendor: int | None = None
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("C "):
            break  # the class list follows the vendors: nothing more to name here
        if line.startswith("\t\t"):
            continue  # a subsystem
        if line.startswith("\t"):
            read = _id_and_name(line[1:].rstrip("\n"))
            if read is not None and vendor is not None:
                ids.devices[(vendor, read[0])] = read[1]
            continue
        read = _id_and_name(line.rstrip("\n"))
        vendor = read[0] if read is not None else None
        if read is not None:
            ids.vendors[read[0]] = read[1]
    return ids


def load_pci_ids(paths: Iterable[Path] | None = None) -> PciIds:
    """The names of the first database of `paths` (default PCI_IDS_PATHS) that exists;
    empty PciIds when none can be read (said in the log, not to the user). Reads the
    file: blocks, so run it off the UI thread. Never raises."""
    for path in PCI_IDS_PATHS if paths is None else paths:
        try:
            with path.open(encoding="utf-8", errors="replace") as lines:
                ids = parse_pci_ids(lines)
        except OSError:
            continue
        if not ids.vendors:
            _log.info("%s names no PCI vendor: PCI ids are shown in hex", path)
        return ids
    _log.info("no PCI ID database: PCI ids are shown in hex")
    return PciIds()
