"""Machine facts: CPUs, balloon, mice, character devices, accelerator, machine type."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from qmpgui.qmp.reader import Problems, Reader, parse_each


@dataclass(frozen=True, slots=True)
class CpuInfo:
    """`query-cpus-fast` (2.12+) or the removed `query-cpus` (before 6.0)."""

    index: int | None
    thread_id: int | None = None
    qom_path: str | None = None
    target: str | None = None  # "arch" in query-cpus
    raw: Any = None
    invalid: frozenset[str] = frozenset()

    @classmethod
    def parse(cls, value: object, where: str, problems: Problems) -> CpuInfo:
        r = Reader(value, where, problems)
        index = r.number("cpu-index") if r.has("cpu-index") else r.number("CPU")
        thread = r.number("thread-id") if r.has("thread-id") else r.number("thread_id")
        qom = r.text("qom-path") if r.has("qom-path") else r.text("qom_path")
        target = r.text("target") if r.has("target") else r.text("arch")
        return cls(index, thread, qom, target, value, r.frozen_invalid())


def parse_cpus(value: object, command: str, problems: Problems) -> tuple[CpuInfo, ...]:
    return parse_each(value, command, problems, CpuInfo.parse)


@dataclass(frozen=True, slots=True)
class MouseInfo:
    index: int | None
    name: str | None = None
    current: bool | None = None
    absolute: bool | None = None
    raw: Any = None
    invalid: frozenset[str] = frozenset()

    @classmethod
    def parse(cls, value: object, where: str, problems: Problems) -> MouseInfo:
        r = Reader(value, where, problems)
        return cls(
            r.number("index"),
            r.text("name"),
            r.flag("current"),
            r.flag("absolute"),
            value,
            r.frozen_invalid(),
        )


def parse_mice(value: object, problems: Problems) -> tuple[MouseInfo, ...]:
    return parse_each(value, "query-mice", problems, MouseInfo.parse)


@dataclass(frozen=True, slots=True)
class ChardevInfo:
    label: str | None
    backend: str | None = None  # `filename`: "unix:/path,server=on", "pty:/dev/pts/3", "vc"
    frontend_open: bool | None = None  # 2.10+
    raw: Any = None
    invalid: frozenset[str] = frozenset()

    @classmethod
    def parse(cls, value: object, where: str, problems: Problems) -> ChardevInfo:
        r = Reader(value, where, problems)
        return cls(
            r.text("label"), r.text("filename"), r.flag("frontend-open"), value, r.frozen_invalid()
        )


def parse_chardevs(value: object, problems: Problems) -> tuple[ChardevInfo, ...]:
    return parse_each(value, "query-chardev", problems, ChardevInfo.parse)


@dataclass(frozen=True, slots=True)
class KvmInfo:
    enabled: bool | None = None
    present: bool | None = None
    invalid: frozenset[str] = frozenset()

    @property
    def accelerator(self) -> str | None:
        if self.enabled:
            return "KVM"
        if self.enabled is False:
            return "TCG (KVM available but not used)" if self.present else "TCG"
        return None

    @classmethod
    def parse(cls, value: object, problems: Problems) -> KvmInfo:
        r = Reader(value, "query-kvm", problems)
        return cls(r.flag("enabled"), r.flag("present"), r.frozen_invalid())


def parse_balloon(value: object, problems: Problems) -> tuple[int | None, bool]:
    """`query-balloon` or BALLOON_CHANGE data: (actual bytes, whether the value was usable)."""
    r = Reader(value, "query-balloon", problems)
    return r.number("actual"), "actual" not in r.invalid


def parse_machine_type(value: object) -> str | None:
    """`qom-get /machine type`: "pc-i440fx-7.2-machine" -> "pc-i440fx-7.2"."""
    if not isinstance(value, str) or not value:
        return None
    return value.removesuffix("-machine") or None


def parse_target(value: object, problems: Problems) -> str | None:
    return Reader(value, "query-target", problems).text("arch")
