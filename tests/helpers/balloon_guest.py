"""A virtio balloon for real-QEMU tests, a guest that obeys it, and a way to read the
target QEMU holds through the test's own monitor.

QEMU 7.2 reports no balloon target over QMP (`query-balloon` gives only `actual`, the
memory the guest keeps; no QOM property holds it): it keeps the target in the
device's config space as `num_pages`, the pages the guest should give back, for the
guest's driver to read. The firmware (SeaBIOS) maps the device's legacy I/O BAR, so
the test reads that field through HMP's `i` (an I/O port read) on its own monitor.

A guest without a driver never moves `actual`; BALLOON_DRIVER is the smallest driver
that does: it copies `num_pages` into the config's `actual` field, which QEMU reports
as `query-balloon`'s `actual` and announces with BALLOON_CHANGE.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from tests.helpers.guest_images import boot_floppy

if TYPE_CHECKING:
    from tests.helpers.qemu_vm import QemuVm, WatchMonitor

#: The balloon's PCI slot on bus 0, where BALLOON_DRIVER looks for it.
SLOT = 5
#: The balloon device for QEMU's command line, at SLOT.
DEVICE = ["-device", f"virtio-balloon-pci,id=balloon0,addr={SLOT:#x}"]
#: Legacy virtio-pci config offsets (MSI-X off): the device's own config starts at 20;
#: virtio_balloon_config is {le32 num_pages; le32 actual}.
NUM_PAGES = 20
ACTUAL = 24
PAGE = 4096

#: Real mode: read BAR0 of bus 0 slot 5 through PCI config mechanism #1 (0xCF8/0xCFC),
#: then forever: copy num_pages (BAR0+20) to actual (BAR0+24), and halt until the next
#: timer tick. Assembled from:
#:   mov eax,0x80002810; mov dx,0xcf8; out dx,eax; mov dl,0xfc; in eax,dx; and ax,0xfffc
#:   mov bx,ax; sti; l: mov dx,bx; add dx,20; in eax,dx; add dx,4; out dx,eax; hlt; jmp l
BALLOON_DRIVER = bytes.fromhex(
    "66 B8 10 28 00 80 BA F8 0C 66 EF B2 FC 66 ED 83 E0 FC 89 C3 FB"
    "89 DA 83 C2 14 66 ED 83 C2 04 66 EF F4 EB F1"
)


def driver_floppy(folder: Path) -> list[str]:
    """QEMU's arguments for a floppy that boots BALLOON_DRIVER, and the balloon at SLOT."""
    path = boot_floppy(folder / "balloon-driver.img", BALLOON_DRIVER)
    return ["-drive", f"file={path},if=floppy,format=raw", *DEVICE]


def _io_base(watch: WatchMonitor) -> int:
    for bus in watch.execute("query-pci"):
        for device in bus["devices"]:
            if device.get("qdev_id") == "balloon0":
                io = [r for r in device["regions"] if r["type"] == "io" and r["bar"] == 0]
                assert io and io[0]["address"], f"balloon0's BAR0 is not mapped: {device}"
                return int(io[0]["address"])
    raise AssertionError("no balloon0 in query-pci")


def _port(watch: WatchMonitor, port: int) -> int:
    text = watch.execute("human-monitor-command", {"command-line": f"i /w {port:#x}"})
    match = re.search(r"=\s*0x([0-9a-f]+)", str(text))
    assert match, f"HMP i /w {port:#x}: {text!r}"
    return int(match.group(1), 16)


def target_bytes(vm: QemuVm) -> int:
    """The balloon target QEMU holds, in bytes the guest should keep: the RAM (from
    query-memory-size-summary) less `num_pages` pages, read through the test's monitor."""
    summary = vm.watch.execute("query-memory-size-summary")
    ram = summary["base-memory"] + summary.get("plugged-memory", 0)
    return int(ram - _port(vm.watch, _io_base(vm.watch) + NUM_PAGES) * PAGE)
