"""Block devices: `query-block` and `query-blockstats`, every shape since QEMU 1.0.

Old servers name a device by `device` only; with -blockdev, `device` is empty
and `qdev` names it. `key` is whichever is set, and matches stats to devices.
`qdev` came to query-block in 2.10 and to query-blockstats in 3.0 (qapi/block-core.json,
BlockInfo and BlockStats). The parsers never raise: a value of the wrong type reads as
None, its name goes to `invalid` and a line to the shared Problems (qmp.reader).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from qmpgui.qmp import qom
from qmpgui.qmp.reader import Problems, Reader, parse_each


@dataclass(frozen=True, slots=True)
class BlockImage:
    """The medium inserted in a block device: query-block's `inserted`.

    A BlockDeviceInfo (qapi/block-core.json); the sizes come from its `image`
    (ImageInfo, 1.6+). `invalid` names the keys of the wrong type (`image.` prefixed).
    """

    file: str | None = None
    #: The format driver: "qcow2", "raw", ...
    drv: str | None = None
    ro: bool | None = None
    encrypted: bool | None = None
    #: The guest-visible size, in bytes.
    virtual_size: int | None = None
    #: The space the image takes on the host's disk, in bytes.
    actual_size: int | None = None
    backing_file: str | None = None
    #: Files in the backing chain (`backing_file_depth`, 1.2+).
    backing_depth: int | None = None
    invalid: frozenset[str] = frozenset()

    @classmethod
    def parse(cls, r: Reader) -> BlockImage:
        """Read the `inserted` object `r` wraps; never raises."""
        image = r.child("image")
        return cls(
            file=r.text("file"),
            drv=r.text("drv"),
            ro=r.flag("ro"),
            encrypted=r.flag("encrypted"),
            virtual_size=image.number("virtual-size"),
            actual_size=image.number("actual-size"),
            backing_file=r.text("backing_file"),
            backing_depth=r.number("backing_file_depth"),
            invalid=r.frozen_invalid() | image.frozen_invalid("image."),
        )


@dataclass(frozen=True, slots=True)
class BlockDevice:
    """One virtual block device: an item of query-block's reply, a dict shaped like
    BlockInfo (qapi/block-core.json, 0.14+).

    `raw` is the item as the server sent it; `invalid` names its keys of the wrong type.
    """

    #: The block backend's name; None when empty (a -blockdev device).
    device: str | None
    #: The qdev id, or a QOM path: the virtio backend's of a virtio device, or the
    #: device's own when it has no id (2.10+).
    qdev: str | None = None
    # "hd", "cdrom", "floppy" on old servers (1.0); BlockInfo documents "unknown" now.
    type: str | None = None
    removable: bool | None = None
    #: The guest has locked the device against removal of its medium.
    locked: bool | None = None
    #: Present only for a device with a tray.
    tray_open: bool | None = None
    #: "ok", "failed" or "nospace"; only where the device supports it and the VM is
    #: configured to stop on errors.
    io_status: str | None = None
    #: The medium; None when the drive is empty.
    inserted: BlockImage | None = None
    raw: Any = None
    invalid: frozenset[str] = frozenset()

    @property
    def key(self) -> str:
        """The name that matches this device to its stats: `device`, else `qdev`, else "?"."""
        return self.device or self.qdev or "?"

    @property
    def qdev_id(self) -> str | None:
        """The qdev id users gave (-device ...,id=X), also where QEMU reports a QOM path
        (qmp.qom.qdev_id); None for a device without one, whose `qdev` is a path."""
        return qom.qdev_id(self.qdev)

    @classmethod
    def parse(cls, value: object, where: str, problems: Problems) -> BlockDevice:
        """Parse one BlockInfo; `where` names it in `problems`. Never raises."""
        r = Reader(value, where, problems)
        inserted = BlockImage.parse(r.child("inserted")) if r.has("inserted") else None
        return cls(
            device=r.text("device") or None,
            qdev=r.text("qdev") or None,
            type=r.text("type"),
            removable=r.flag("removable"),
            locked=r.flag("locked"),
            tray_open=r.flag("tray_open"),
            io_status=r.text("io-status"),
            inserted=inserted,
            raw=value,
            invalid=r.frozen_invalid(),
        )

    def with_tray(self, tray_open: bool) -> BlockDevice:
        """A copy with `tray_open` changed (a DEVICE_TRAY_MOVED event's `tray-open`)."""
        return replace(self, tray_open=tray_open)


@dataclass(frozen=True, slots=True)
class BlockStats:
    """I/O counters of one device: an item of query-blockstats' reply, a dict shaped like
    BlockStats (qapi/block-core.json); the counters come from its `stats`
    (BlockDeviceStats), running totals that io_rates() turns into rates.
    """

    device: str | None
    #: The qdev id or QOM path (3.0+).
    qdev: str | None = None
    #: Bytes read (`rd_bytes`).
    rd_bytes: int | None = None
    #: Bytes written (`wr_bytes`).
    wr_bytes: int | None = None
    #: Read operations (`rd_operations`).
    rd_ops: int | None = None
    #: Write operations (`wr_operations`).
    wr_ops: int | None = None
    raw: Any = None
    invalid: frozenset[str] = field(default_factory=frozenset)

    @property
    def key(self) -> str:
        """The name that matches these stats to their BlockDevice (see BlockDevice.key)."""
        return self.device or self.qdev or "?"

    @classmethod
    def parse(cls, value: object, where: str, problems: Problems) -> BlockStats:
        """Parse one BlockStats; `where` names it in `problems`. Never raises."""
        r = Reader(value, where, problems)
        stats = r.child("stats")
        return cls(
            device=r.text("device") or None,
            qdev=r.text("qdev") or None,
            rd_bytes=stats.number("rd_bytes"),
            wr_bytes=stats.number("wr_bytes"),
            rd_ops=stats.number("rd_operations"),
            wr_ops=stats.number("wr_operations"),
            raw=value,
            invalid=r.frozen_invalid() | stats.frozen_invalid(),
        )


def parse_block(value: object, problems: Problems) -> tuple[BlockDevice, ...]:
    """query-block's reply (a list of BlockInfo) as BlockDevices, in its order; never raises."""
    return parse_each(value, "query-block", problems, BlockDevice.parse)


def parse_blockstats(value: object, problems: Problems) -> tuple[BlockStats, ...]:
    """query-blockstats' reply (a list of BlockStats), in its order; never raises."""
    return parse_each(value, "query-blockstats", problems, BlockStats.parse)


@dataclass(frozen=True, slots=True)
class IoRates:
    """Per-second rates between two blockstats samples; None where unknown."""

    #: Bytes read per second.
    rd_bytes: float | None = None
    #: Bytes written per second.
    wr_bytes: float | None = None
    #: Read operations per second.
    rd_ops: float | None = None
    #: Write operations per second.
    wr_ops: float | None = None

    @property
    def total_bytes(self) -> float | None:
        """Bytes read and written per second; None when neither rate is known."""
        if self.rd_bytes is None and self.wr_bytes is None:
            return None
        return (self.rd_bytes or 0.0) + (self.wr_bytes or 0.0)


def _rate(new: int | None, old: int | None, seconds: float) -> float | None:
    # A counter that went down was reset (QEMU restarted or the device was replaced).
    if new is None or old is None or new < old or seconds <= 0:
        return None
    return (new - old) / seconds


def io_rates(new: BlockStats, old: BlockStats, seconds: float) -> IoRates:
    """Rates (bytes/s, operations/s) between two samples of one device `seconds` apart.

    A rate is None when a counter is missing, went down (it was reset), or `seconds` is
    not positive. Never raises.
    """
    return IoRates(
        _rate(new.rd_bytes, old.rd_bytes, seconds),
        _rate(new.wr_bytes, old.wr_bytes, seconds),
        _rate(new.rd_ops, old.rd_ops, seconds),
        _rate(new.wr_ops, old.wr_ops, seconds),
    )
