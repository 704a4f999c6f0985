"""The Add device dialog's presets as QMP: the commands a disk from an image file, a
NIC, a USB tablet, USB storage or a vCPU takes, in the order they are sent, with the
backends each step creates (removed again when a later step fails, and after the
device is unplugged); the names proposed for them (node names, a MAC address); the
free vCPU slots of `query-hotpluggable-cpus`. No I/O: what a preset needs from QEMU
and from the image file is given to it. Readers here never raise.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from qmpgui.i18n import translate
from qmpgui.qmp.ids import NODE_NAME_MAX

#: The kinds of backend a step creates: a block node (removed with blockdev-del) or
#: a network backend (netdev_del).
BackendKind = Literal["block", "netdev"]

#: The disk models a disk preset offers: virtio-blk on a PCI bus, scsi-hd on a SCSI bus.
DISK_MODELS = ("virtio-blk-pci", "scsi-hd")
#: The NIC models a NIC preset offers.
NIC_MODELS = ("e1000", "virtio-net-pci")
#: The image formats a user can name when the file cannot be looked at here.
IMAGE_FORMATS = ("qcow2", "raw", "vmdk", "vdi", "vpc", "vhdx", "qed")
#: The scripts QEMU runs for a tap backend when netdev_add names none (script=,
#: downscript=): the host's, run as QEMU's user with the tap's name.
TAP_UP_SCRIPT = "/etc/qemu-ifup"
TAP_DOWN_SCRIPT = "/etc/qemu-ifdown"
#: QEMU's word for "run no script".
NO_SCRIPT = "no"
#: QEMU's locally administered prefix for NICs (the one QEMU gives them itself).
MAC_PREFIX = "52:54:00"

#: QEMU 7.2's refusal of a format node over a file that is not of that format, by
#: format driver (vhdx says no more than a generic open error).
_NOT_FORMAT = {
    "qcow2": re.compile(r"Image is not in qcow2 format"),
    "vmdk": re.compile(r"invalid VMDK image descriptor"),
    "vdi": re.compile(r"Image not in VDI format|Unsupported VDI image size"),
    "vpc": re.compile(r"invalid VPC image"),
    "qed": re.compile(r"Image not in QED format"),
    "vhdx": re.compile(r"^Could not open '.*': Invalid argument$"),
}

_MAC = re.compile(r"^[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}$")
_MACS_IN_TEXT = re.compile(r"macaddr=([0-9a-fA-F:]{17})")
_NETDEV_LINE = re.compile(r"^[\s\\]*(?P<id>[^\s:]+): index=\d+,type=(?P<type>\w+)", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Step:
    """One command of a preset, and the backend it creates (or None)."""

    command: str
    arguments: dict[str, object]
    #: What the step creates: ("block", node-name) or ("netdev", id); None for the
    #: device itself.
    creates: tuple[BackendKind, str] | None = None


#: A vCPU slot's ids, the largest part first.
_RANKS = ("node-id", "socket-id", "die-id", "cluster-id", "core-id", "thread-id")


@dataclass(frozen=True, slots=True)
class CpuSlot:
    """A vCPU slot of `query-hotpluggable-cpus` that no vCPU fills."""

    #: The CPU type to add ("qemu64-x86_64-cpu").
    type: str
    #: Where it goes: {"socket-id": 0, "core-id": 1, "thread-id": 0} (and "node-id").
    props: dict[str, int] = field(default_factory=dict)

    @property
    def order(self) -> list[str]:
        """Its props' names, the largest part first (node, socket, die, cluster, core,
        thread)."""
        return sorted(
            self.props, key=lambda k: (_RANKS.index(k) if k in _RANKS else len(_RANKS), k)
        )

    @property
    def words(self) -> str:
        """ "socket 0, core 1, thread 0"."""
        parts = [f"{k.removesuffix('-id')} {self.props[k]}" for k in self.order]
        return ", ".join(parts) or translate("CpuSlot", "the next slot")


def free_cpu_slots(reply: object) -> list[CpuSlot]:
    """The free slots of a `query-hotpluggable-cpus` reply (those without a
    `qom-path`), in QEMU's order; never raises."""
    if not isinstance(reply, list):
        return []
    slots = []
    for entry in reply:
        if not isinstance(entry, dict) or "qom-path" in entry:
            continue
        props = entry.get("props")
        kind = entry.get("type")
        if not isinstance(kind, str) or not isinstance(props, dict):
            continue
        slots.append(CpuSlot(kind, {str(k): v for k, v in props.items() if isinstance(v, int)}))
    # QEMU lists the highest ids first: offer the lowest first.
    return sorted(slots, key=lambda s: tuple(s.props[k] for k in s.order))


def cpu_why_not(reply: object, slots: list[CpuSlot]) -> str | None:
    """Why a vCPU cannot be added, given `query-hotpluggable-cpus`' reply (None when
    QEMU did not answer it) and its free slots; None when one can."""
    if slots:
        return None
    if not isinstance(reply, list):
        return translate(
            "presets", "this machine does not plug in vCPUs (no query-hotpluggable-cpus)"
        )
    return translate(
        "presets",
        "every vCPU slot is in use: a VM takes more vCPUs only when started with -smp N,maxcpus=M (M greater than N)",
    )


def propose_name(stem: str, taken: Iterable[str]) -> str:
    """The first of STEM0, STEM1, ... not in `taken`."""
    used = set(taken)
    number = 0
    while f"{stem}{number}" in used:
        number += 1
    return f"{stem}{number}"


def free_name(name: str, taken: Iterable[str]) -> str:
    """`name` when not in `taken`, else the first of NAME1, NAME2, ... that is not."""
    used = set(taken)
    if name not in used:
        return name
    return propose_name(name, used | {f"{name}0"})


def macs_in(text: object) -> set[str]:
    """The MAC addresses of HMP `info network`'s text, lower case; never raises."""
    if not isinstance(text, str):
        return set()
    return {m.lower() for m in _MACS_IN_TEXT.findall(text)}


def netdev_ids(text: object) -> set[str]:
    """The ids of HMP `info network`'s text (NICs and backends); never raises."""
    if not isinstance(text, str):
        return set()
    return {m["id"] for m in _NETDEV_LINE.finditer(text)}


def propose_mac(taken: Iterable[str], seed: int = 0) -> str:
    """A MAC address 52:54:00:xx:xx:xx that none of `taken` is; `seed` (any int)
    picks where the search starts, so two VMs seldom get the same one."""
    used = {t.lower() for t in taken}
    for step in range(1 << 24):
        value = (seed + step) % (1 << 24)
        mac = f"{MAC_PREFIX}:{value >> 16:02x}:{(value >> 8) & 0xFF:02x}:{value & 0xFF:02x}"
        if mac not in used:
            return mac
    raise ValueError(
        translate("presets", "every 52:54:00 address is taken")
    )  # pragma: no cover: 16 M NICs


def mac_problem(mac: str, taken: Iterable[str]) -> str | None:
    """Why `mac` cannot be a new NIC's address (its form, a multicast address, one in
    use), or None."""
    if not _MAC.match(mac):
        return translate(
            "presets", "'{mac}' is not a MAC address (six pairs of hex digits: 52:54:00:12:34:56)"
        ).format(mac=mac)
    if int(mac[:2], 16) & 1:
        return translate(
            "presets", "'{mac}' is a multicast address: a NIC needs one whose first byte is even"
        ).format(mac=mac)
    if mac.lower() in {t.lower() for t in taken}:
        return translate(
            "presets", "the MAC address {mac} is in use by another NIC of this VM"
        ).format(mac=mac)
    return None


def node_name(stem: str, suffix: str, taken: Iterable[str]) -> str:
    """STEM+SUFFIX, numbered when in `taken` (free_name), with STEM cut short so that
    the name fits QEMU's NODE_NAME_MAX: a long id still gives node names QEMU takes."""
    used = set(taken)
    name = free_name(f"{stem}{suffix}", used)
    while len(name) > NODE_NAME_MAX and stem:
        stem = stem[:-1]
        name = free_name(f"{stem}{suffix}", used)
    return name


def image_steps(
    path: str, fmt: str, read_only: bool, nodes: Iterable[str], stem: str
) -> tuple[list[Step], str]:
    """The blockdev-add of the file node, then the format node over it (node names
    STEM-file and STEM-format, numbered when taken among `nodes`); and the format
    node's name, which the device's `drive` names. A STEM too long for a node name
    is cut short in both."""
    taken = set(nodes)
    top = node_name(stem, "-format", taken)
    bottom = node_name(stem, "-file", taken)
    file_args: dict[str, object] = {"driver": "file", "node-name": bottom, "filename": path}
    format_args: dict[str, object] = {"driver": fmt, "node-name": top, "file": bottom}
    if read_only:
        file_args["read-only"] = True
        format_args["read-only"] = True
    return [
        Step("blockdev-add", file_args, ("block", bottom)),
        Step("blockdev-add", format_args, ("block", top)),
    ], top


def device_step(
    driver: str, device_id: str, bus: str = "", props: Mapping[str, object] | None = None
) -> Step:
    """The device_add of `driver` with id `device_id`, on `bus` ("" for QEMU's
    choice), with `props`."""
    args: dict[str, object] = {"driver": driver}
    if device_id:
        args["id"] = device_id
    if bus:
        args["bus"] = bus
    args.update(props or {})
    return Step("device_add", args)


def netdev_step(kind: str, netdev_id: str, ifname: str = "", scripts: bool = False) -> Step:
    """The netdev_add of a `kind` ("user" or "tap") backend; a tap's `ifname` ("" for
    QEMU's choice) and whether QEMU runs the host's /etc/qemu-ifup and
    /etc/qemu-ifdown for it (`scripts`), always said: QEMU runs them when not told."""
    args: dict[str, object] = {"type": kind, "id": netdev_id}
    if kind == "tap":
        if ifname:
            args["ifname"] = ifname
        args["script"] = TAP_UP_SCRIPT if scripts else NO_SCRIPT
        args["downscript"] = TAP_DOWN_SCRIPT if scripts else NO_SCRIPT
    return Step("netdev_add", args, ("netdev", netdev_id))


def tap_note(ifname: str, scripts: bool) -> str:
    """What happens to a tap backend's interface, in sentences: named `ifname` ("" when
    the host names it: tap0, tap1, ...), with the host's TAP_UP_SCRIPT and
    TAP_DOWN_SCRIPT run for it (`scripts`) or none."""
    made = (
        translate(
            "presets", "QEMU makes {ifname} (or opens it, when a tap of that name exists)"
        ).format(ifname=ifname)
        if ifname
        else translate(
            "presets",
            "QEMU makes a new tap, which the host names (the first free of tap0, tap1, …)",
        )
    )
    if scripts:
        up, down = (
            (f"{TAP_UP_SCRIPT} {ifname}", f"{TAP_DOWN_SCRIPT} {ifname}")
            if ifname
            else (
                translate("presets", "{TAP_UP_SCRIPT} with the tap's name").format(
                    TAP_UP_SCRIPT=TAP_UP_SCRIPT
                ),
                translate("presets", "{TAP_DOWN_SCRIPT} with it").format(
                    TAP_DOWN_SCRIPT=TAP_DOWN_SCRIPT
                ),
            )
        )
        return translate(
            "presets",
            "{made}, then runs {up} on this VM's host as QEMU's user; {down} runs when the backend goes (netdev_del, or QEMU quits). QEMU does this when no script is named.",
        ).format(made=made, up=up, down=down)
    if ifname:
        return translate(
            "presets",
            "No script runs: {made} and leaves it as it is, so a new tap stays down. Bring it up yourself (ip link set {ifname} master BRIDGE up, BRIDGE being the host's bridge), or choose the host's scripts.",
        ).format(made=made, ifname=ifname)
    return translate(
        "presets",
        "No script runs: {made}, and leaves it down. Its name shows in the Network pane's Backend details (ifname=…): bring it up yourself (ip link set TAP master BRIDGE up, for that TAP and the host's bridge), or name the tap here, or choose the host's scripts.",
    ).format(made=made)


def format_refused(desc: str, fmt: str) -> bool:
    """Whether QEMU's error `desc` for a format node of driver `fmt` ("qcow2") says
    the file is not of that format."""
    pattern = _NOT_FORMAT.get(fmt)
    return pattern is not None and pattern.search(desc) is not None


def format_clash(path: str, chosen: str, found: str | None) -> str:
    """Why format `chosen` does not open the image at `path`, and what to choose:
    `found` is the format read from the file on this host (the form offers detection
    then), None when it could not be read here."""
    if found is not None:
        return translate(
            "presets",
            "the image is {found}, not {chosen} (as found): choose {found}, or leave the format to detection",
        ).format(found=found, chosen=chosen)
    return translate(
        "presets",
        "QEMU found that {path} is not a {chosen} image: choose the image's own format (qemu-img info {path} says which)",
    ).format(path=path, chosen=chosen)
