"""The guest's memory: its RAM size, its memory devices and the balloon.

Shapes from qapi/machine.json: `query-memory-size-summary` (2.11+) gives MemoryInfo
`{base-memory, *plugged-memory}` in bytes; `query-memory-devices` (2.1+) a list of
MemoryDeviceInfo `{type, data}` (a DIMM, an NVDIMM, virtio-pmem, virtio-mem, an SGX
EPC section); `query-balloon` and BALLOON_CHANGE give `actual`, the bytes the guest
keeps (RAM minus the balloon), and `balloon {value}` asks the guest's balloon driver
for a new `actual`. QEMU reports no target: it holds it only in the device's config
space, for the guest's driver to read. The parsers never raise.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from qmpgui.i18n import marked, translate
from qmpgui.qmp.reader import Problems, Reader, parse_each

MiB = 1024 * 1024

#: The command that sets the balloon's target (bytes the guest keeps).
BALLOON_COMMAND = "balloon"
#: What QEMU needs to have a balloon (on a PCI machine; virtio-balloon-ccw on s390x).
BALLOON_DEVICE = "-device virtio-balloon-pci"
#: The sentence for a VM without a balloon (query-balloon's DeviceNotActive).
NO_BALLOON = marked(
    "memory",
    "this VM has no balloon device: QEMU needs one ({BALLOON_DEVICE}) to give memory back from the guest",
)
#: The same for a libvirt domain, whose QEMU libvirt starts.
NO_BALLOON_DOMAIN = marked(
    "memory",
    "this domain has no balloon device: give it <memballoon model='virtio'/> in its XML (virsh edit), then start it again",
)
#: Why a target need not be reached: the guest's part, which QEMU cannot see.
NEEDS_DRIVER = marked(
    "memory",
    "the guest gives memory back only through its balloon driver (virtio_balloon); without one it keeps all of it",
)


@dataclass(frozen=True, slots=True)
class MemorySummary:
    """`query-memory-size-summary`: the RAM the VM started with (`base`) and the memory
    hot-plugged since (`plugged`: DIMMs, virtio-mem), in bytes; None when unknown."""

    base: int | None = None
    plugged: int | None = None
    raw: Any = None
    invalid: frozenset[str] = frozenset()

    @property
    def total(self) -> int | None:
        """All the guest's RAM in bytes (base plus plugged): the balloon's ceiling, as
        QEMU caps a target at it; None when the base is unknown."""
        if self.base is None:
            return None
        return self.base + (self.plugged or 0)

    @classmethod
    def parse(cls, value: object, problems: Problems) -> MemorySummary:
        """Parse MemoryInfo `{base-memory, *plugged-memory}`; never raises."""
        r = Reader(value, "query-memory-size-summary", problems)
        return cls(r.number("base-memory"), r.number("plugged-memory"), value, r.frozen_invalid())


@dataclass(frozen=True, slots=True)
class MemoryDevice:
    """One device of `query-memory-devices` (MemoryDeviceInfo): its `type` ("dimm",
    "nvdimm", "virtio-pmem", "virtio-mem", "sgx-epc", ...), qdev `id`, `size` in bytes,
    the backend object (`memdev`), NUMA `node`, and for virtio-mem the size asked
    (`requested-size`) and its most (`max-size`), in bytes. None when absent."""

    kind: str | None
    id: str | None = None
    size: int | None = None
    memdev: str | None = None
    node: int | None = None
    requested: int | None = None
    max_size: int | None = None
    #: Plugged while QEMU ran (device_add), for DIMMs.
    hotplugged: bool | None = None
    raw: Any = None
    invalid: frozenset[str] = frozenset()

    @classmethod
    def parse(cls, value: object, where: str, problems: Problems) -> MemoryDevice:
        """Parse one MemoryDeviceInfo `{type, data}`; `where` names it in `problems`."""
        r = Reader(value, where, problems)
        data = r.child("data")
        return cls(
            r.text("type"),
            data.text("id"),
            data.number("size"),
            data.text("memdev"),
            data.number("node") if data.has("node") else None,
            data.number("requested-size") if data.has("requested-size") else None,
            data.number("max-size") if data.has("max-size") else None,
            data.flag("hotplugged") if data.has("hotplugged") else None,
            value,
            r.frozen_invalid() | data.frozen_invalid("data."),
        )


def parse_memory_devices(value: object, problems: Problems) -> tuple[MemoryDevice, ...]:
    """`query-memory-devices`' reply, one MemoryDevice each, in its order."""
    return parse_each(value, "query-memory-devices", problems, MemoryDevice.parse)


def parse_balloon(value: object, problems: Problems) -> tuple[int | None, bool]:
    """`query-balloon` or BALLOON_CHANGE data: (actual bytes, whether the value was usable).

    `actual` is the guest's memory in bytes as the balloon leaves it (RAM minus the
    balloon; qapi/machine.json, BalloonInfo); None when missing. Never raises.
    """
    r = Reader(value, "query-balloon", problems)
    return r.number("actual"), "actual" not in r.invalid


def balloon_refusal(target_mib: int, ram_bytes: int | None) -> str | None:
    """Why a balloon target of `target_mib` MiB cannot be asked of a VM whose RAM is
    `ram_bytes` (None: unknown, so only zero is refused), as a sentence; None when it
    can. A target is what the guest keeps: at least 1 MiB (QEMU refuses 0, and nothing
    would be left), at most the RAM (a balloon gives back only what it took)."""
    if target_mib < 1:
        return translate(
            "memory",
            "a balloon target of 0 MiB would leave the guest no memory at all: QEMU refuses it; give at least 1 MiB",
        )
    if ram_bytes is not None and target_mib * MiB > ram_bytes:
        ram = ram_bytes // MiB
        return translate(
            "memory",
            "a balloon target of {target_mib} MiB is more than the VM's RAM, {ram} MiB: the balloon only gives back what it took (RAM is set when QEMU starts, or grows by hot-plugged memory)",
        ).format(target_mib=target_mib, ram=ram)
    return None


@dataclass(frozen=True, slots=True)
class DomainMemory:
    """A libvirt domain's memory as libvirt sees it (the worker's "memory" answer, from
    virDomainGetInfo and virDomainMemoryStats), in KiB: `max_kib` (virsh dominfo's Max
    memory), `current_kib` (its Used memory: the balloon's size as libvirt last heard),
    `actual_kib` (dommemstat's `actual`, None without a balloon), `rss_kib` (QEMU's
    resident size) and whether the domain's XML has a balloon (`balloon`)."""

    max_kib: int | None = None
    current_kib: int | None = None
    actual_kib: int | None = None
    rss_kib: int | None = None
    balloon: bool | None = None
    raw: Any = None

    @classmethod
    def parse(cls, value: object, problems: Problems) -> DomainMemory:
        """Parse the worker's `{max_kib, current_kib, stats: {actual, rss, ...},
        balloon}`; never raises."""
        r = Reader(value, translate("DomainMemory", "libvirt memory"), problems)
        stats = r.child("stats")
        return cls(
            r.number("max_kib"),
            r.number("current_kib"),
            stats.number("actual") if stats.has("actual") else None,
            stats.number("rss") if stats.has("rss") else None,
            r.flag("balloon"),
            value,
        )
