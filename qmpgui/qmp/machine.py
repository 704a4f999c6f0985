"""Machine facts: CPUs, mice, character devices, accelerator, machine type.

Shapes from qapi/machine.json, qapi/ui.json (MouseInfo) and qapi/char.json
(ChardevInfo). The parsers never raise: a value of the wrong type reads as None, its
name goes to `invalid` and a line to the shared Problems (qmp.reader).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from qmpgui.i18n import translate
from qmpgui.qmp.reader import Problems, Reader, parse_each


@dataclass(frozen=True, slots=True)
class CpuInfo:
    """`query-cpus-fast` (2.12+) or the removed `query-cpus` (before 6.0).

    CpuInfoFast's `cpu-index`, `thread-id`, `qom-path`, `target` (3.0+; `arch` before),
    or query-cpus' `CPU`, `thread_id`, `qom_path`, `arch` (qapi/machine.json;
    qmp-protocol.md, section 2).
    """

    index: int | None
    #: The host thread that runs this virtual CPU.
    thread_id: int | None = None
    qom_path: str | None = None
    #: "x86_64", "aarch64", ... (SysEmuTarget); older servers' `arch` is coarser:
    #: "x86", "ppc", ..., "other".
    target: str | None = None  # "arch" in query-cpus
    raw: Any = None
    invalid: frozenset[str] = frozenset()

    @classmethod
    def parse(cls, value: object, where: str, problems: Problems) -> CpuInfo:
        """Parse one CpuInfoFast or CpuInfo; `where` names it in `problems`."""
        r = Reader(value, where, problems)
        index = r.number("cpu-index") if r.has("cpu-index") else r.number("CPU")
        thread = r.number("thread-id") if r.has("thread-id") else r.number("thread_id")
        qom = r.text("qom-path") if r.has("qom-path") else r.text("qom_path")
        target = r.text("target") if r.has("target") else r.text("arch")
        return cls(index, thread, qom, target, value, r.frozen_invalid())


def parse_cpus(value: object, command: str, problems: Problems) -> tuple[CpuInfo, ...]:
    """The reply of `command` ("query-cpus-fast" or "query-cpus"), one CpuInfo per CPU."""
    return parse_each(value, command, problems, CpuInfo.parse)


@dataclass(frozen=True, slots=True)
class MouseInfo:
    """One mouse from `query-mice` (qapi/ui.json, MouseInfo)."""

    index: int | None
    name: str | None = None
    #: This mouse receives the mouse events now.
    current: bool | None = None
    #: It takes absolute coordinates (a tablet), not relative motion.
    absolute: bool | None = None
    raw: Any = None
    invalid: frozenset[str] = frozenset()

    @classmethod
    def parse(cls, value: object, where: str, problems: Problems) -> MouseInfo:
        """Parse one MouseInfo; `where` names it in `problems`."""
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
    """`query-mice`' reply (a list of MouseInfo), in its order."""
    return parse_each(value, "query-mice", problems, MouseInfo.parse)


@dataclass(frozen=True, slots=True)
class ChardevInfo:
    """One character device from `query-chardev` (qapi/char.json, ChardevInfo)."""

    label: str | None
    backend: str | None = None  # `filename`: "unix:/path,server=on", "pty:/dev/pts/3", "vc"
    #: The device attached to it (chardev=...) has it open (`frontend-open`, 2.1+).
    frontend_open: bool | None = None
    raw: Any = None
    invalid: frozenset[str] = frozenset()

    @classmethod
    def parse(cls, value: object, where: str, problems: Problems) -> ChardevInfo:
        """Parse one ChardevInfo; `where` names it in `problems`."""
        r = Reader(value, where, problems)
        return cls(
            r.text("label"), r.text("filename"), r.flag("frontend-open"), value, r.frozen_invalid()
        )


def parse_chardevs(value: object, problems: Problems) -> tuple[ChardevInfo, ...]:
    """`query-chardev`'s reply (a list of ChardevInfo), in its order."""
    return parse_each(value, "query-chardev", problems, ChardevInfo.parse)


@dataclass(frozen=True, slots=True)
class KvmInfo:
    """`query-kvm`: whether KVM is used (`enabled`) and available (`present`)."""

    enabled: bool | None = None
    present: bool | None = None
    invalid: frozenset[str] = frozenset()

    @property
    def accelerator(self) -> str | None:
        """The accelerator's name: "KVM", or "TCG" (saying so when KVM was available but not
        used); None when unknown."""
        if self.enabled:
            return "KVM"
        if self.enabled is False:
            return (
                translate("KvmInfo", "TCG (KVM available but not used)") if self.present else "TCG"
            )
        return None

    @classmethod
    def parse(cls, value: object, problems: Problems) -> KvmInfo:
        """Parse `query-kvm`'s reply {enabled, present}; never raises."""
        r = Reader(value, "query-kvm", problems)
        return cls(r.flag("enabled"), r.flag("present"), r.frozen_invalid())


def parse_machine_type(value: object) -> str | None:
    """`qom-get /machine type`: "pc-i440fx-7.2-machine" -> "pc-i440fx-7.2".

    None for anything but a non-empty string; never raises.
    """
    if not isinstance(value, str) or not value:
        return None
    return value.removesuffix("-machine") or None


def parse_target(value: object, problems: Problems) -> str | None:
    """`query-target`'s `arch` ("x86_64", "aarch64", ...: the emulator's target); never raises."""
    return Reader(value, "query-target", problems).text("arch")
