"""Block devices: `query-block` and `query-blockstats`, every shape since QEMU 1.0.

Old servers name a device by `device` only; with -blockdev, `device` is empty
and `qdev` names it. `key` is whichever is set, and matches stats to devices.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from qmpgui.qmp.reader import Problems, Reader, parse_each


@dataclass(frozen=True, slots=True)
class BlockImage:
    """The medium inserted in a block device."""

    file: str | None = None
    drv: str | None = None
    ro: bool | None = None
    encrypted: bool | None = None
    virtual_size: int | None = None
    actual_size: int | None = None
    backing_file: str | None = None
    backing_depth: int | None = None
    invalid: frozenset[str] = frozenset()

    @classmethod
    def parse(cls, r: Reader) -> BlockImage:
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
    device: str | None
    qdev: str | None = None
    type: str | None = None  # "hd", "cdrom", ... on QEMU < 2.5; "unknown" later
    removable: bool | None = None
    locked: bool | None = None
    tray_open: bool | None = None
    io_status: str | None = None
    inserted: BlockImage | None = None
    raw: Any = None
    invalid: frozenset[str] = frozenset()

    @property
    def key(self) -> str:
        return self.device or self.qdev or "?"

    @property
    def qdev_id(self) -> str | None:
        """The qdev id users gave (-device ...,id=X); QEMU may report a QOM path instead."""
        qdev = self.qdev
        if qdev and qdev.startswith("/machine/peripheral/"):
            return qdev.split("/")[3] or qdev
        return qdev

    @classmethod
    def parse(cls, value: object, where: str, problems: Problems) -> BlockDevice:
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
        return replace(self, tray_open=tray_open)


@dataclass(frozen=True, slots=True)
class BlockStats:
    device: str | None
    qdev: str | None = None
    rd_bytes: int | None = None
    wr_bytes: int | None = None
    rd_ops: int | None = None
    wr_ops: int | None = None
    raw: Any = None
    invalid: frozenset[str] = field(default_factory=frozenset)

    @property
    def key(self) -> str:
        return self.device or self.qdev or "?"

    @classmethod
    def parse(cls, value: object, where: str, problems: Problems) -> BlockStats:
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
    return parse_each(value, "query-block", problems, BlockDevice.parse)


def parse_blockstats(value: object, problems: Problems) -> tuple[BlockStats, ...]:
    return parse_each(value, "query-blockstats", problems, BlockStats.parse)


@dataclass(frozen=True, slots=True)
class IoRates:
    """Per-second rates between two blockstats samples; None where unknown."""

    rd_bytes: float | None = None
    wr_bytes: float | None = None
    rd_ops: float | None = None
    wr_ops: float | None = None

    @property
    def total_bytes(self) -> float | None:
        if self.rd_bytes is None and self.wr_bytes is None:
            return None
        return (self.rd_bytes or 0.0) + (self.wr_bytes or 0.0)


def _rate(new: int | None, old: int | None, seconds: float) -> float | None:
    # A counter that went down was reset (QEMU restarted or the device was replaced).
    if new is None or old is None or new < old or seconds <= 0:
        return None
    return (new - old) / seconds


def io_rates(new: BlockStats, old: BlockStats, seconds: float) -> IoRates:
    return IoRates(
        _rate(new.rd_bytes, old.rd_bytes, seconds),
        _rate(new.wr_bytes, old.wr_bytes, seconds),
        _rate(new.rd_ops, old.rd_ops, seconds),
        _rate(new.wr_ops, old.wr_ops, seconds),
    )
