"""Typed views of QMP replies, parsed defensively.

Every parser accepts any JSON value: unknown keys are ignored, missing optional
keys become None, and a value of the wrong type is treated as missing, so the
replies of QEMU 0.12 to today all parse without an exception.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from qmpgui.qmp.schema import SchemaIndex


def as_dict(value: object) -> Mapping[str, Any]:
    """`value` when it is a JSON object (a Mapping), else an empty one; never raises."""
    return value if isinstance(value, Mapping) else {}


def opt_str(obj: Mapping[str, Any], key: str) -> str | None:
    """`obj[key]` when it is a string; None when missing or of another type."""
    value = obj.get(key)
    return value if isinstance(value, str) else None


def opt_int(obj: Mapping[str, Any], key: str) -> int | None:
    """`obj[key]` when it is an integer (not a boolean); None otherwise."""
    value = obj.get(key)
    # bool is an int subclass; a JSON true is not a number.
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def opt_bool(obj: Mapping[str, Any], key: str) -> bool | None:
    """`obj[key]` when it is a boolean; None when missing or of another type."""
    value = obj.get(key)
    return value if isinstance(value, bool) else None


def _version_part(text: str) -> int | None:
    # isdigit() is also true of "²" and "٣", which int() refuses or reads as 3; and
    # int() refuses more than 4300 digits. A version number is a few ASCII digits.
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 20 else None


@dataclass(frozen=True, slots=True)
class VersionInfo:
    """QEMU's version, from `query-version` or the greeting (qapi/control.json, VersionInfo).

    Each part is None when the server did not send it as an integer. `package` names a
    downstream build (upstream QEMU sends ""), stripped; None when empty.
    """

    major: int | None = None
    minor: int | None = None
    micro: int | None = None
    package: str | None = None

    @property
    def text(self) -> str:
        """The version as text, "MAJOR.MINOR.MICRO" (missing parts read 0), or "unknown"
        without a major."""
        if self.major is None:
            return "unknown"
        return f"{self.major}.{self.minor or 0}.{self.micro or 0}"

    @classmethod
    def parse(cls, value: object) -> VersionInfo:
        """Parse `query-version`'s reply or a greeting's `version` member; never raises.

        Takes `{"qemu": {"major", "minor", "micro"}, "package"}`, or the string form
        `{"qemu": "0.12.50"}` of 0.12 development builds (qmp-protocol.md, section 1).
        """
        obj = as_dict(value)
        package = opt_str(obj, "package")
        package = package.strip() if package else None
        qemu = obj.get("qemu")
        if isinstance(qemu, str):
            # Development builds of 0.12 sent "qemu": "0.12.50".
            parts = [_version_part(p) for p in qemu.split(".")[:3]]
            parts += [None] * (3 - len(parts))
            return cls(parts[0], parts[1], parts[2], package or None)
        q = as_dict(qemu)
        return cls(opt_int(q, "major"), opt_int(q, "minor"), opt_int(q, "micro"), package or None)


@dataclass(frozen=True, slots=True)
class Greeting:
    """The server's first message: `{"QMP": {"version", "capabilities"}}`.

    `capabilities` holds the names offered for negotiation (`("oob",)` where a 2.12+
    server offers out-of-band execution; always empty before 2.12); see qmp-protocol.md,
    section 1, and QEMU's docs/interop/qmp-spec.rst.
    """

    version: VersionInfo
    capabilities: tuple[str, ...]

    @classmethod
    def parse(cls, value: object) -> Greeting:
        """Parse a greeting object; never raises (anything else gives an unknown version)."""
        qmp = as_dict(as_dict(value).get("QMP"))
        caps = qmp.get("capabilities")
        names = tuple(c for c in caps if isinstance(c, str)) if isinstance(caps, list) else ()
        return cls(VersionInfo.parse(qmp.get("version")), names)


@dataclass(frozen=True, slots=True)
class StatusInfo:
    """`query-status`: the run state (`status`) is what users read.

    `status` is a RunState name ("running", "paused", "prelaunch", ...: qapi/run-state.json,
    qmp-protocol.md section 4). `singlestep` was deprecated in 8.1 and later removed, so it
    is None on current servers.
    """

    status: str
    running: bool | None = None
    singlestep: bool | None = None

    @classmethod
    def parse(cls, value: object) -> StatusInfo:
        """Parse `query-status`'s reply `{running, status, *singlestep}`; never raises.

        Without `status`, the state is guessed from `running` ("running" or "paused"),
        else "unknown".
        """
        obj = as_dict(value)
        status = opt_str(obj, "status")
        running = opt_bool(obj, "running")
        if status is None:
            status = "running" if running else "paused" if running is False else "unknown"
        return cls(status, running, opt_bool(obj, "singlestep"))


def parse_name(value: object) -> str | None:
    """`query-name`: {"name": "vm1"}, or {} when QEMU was started without -name.

    The name, or None when there is none (or it is empty); never raises.
    """
    name = opt_str(as_dict(value), "name")
    return name or None


#: What `query-uuid` reports for a VM started without -uuid.
NIL_UUID = "00000000-0000-0000-0000-000000000000"


def parse_uuid(value: object) -> str | None:
    """`query-uuid`: {"UUID": "..."}; the UUID text, or None; never raises.

    QEMU reports the nil UUID when none was given (qapi/machine.json, UuidInfo): that
    is no UUID.
    """
    uuid = opt_str(as_dict(value), "UUID")
    return uuid if uuid and uuid != NIL_UUID else None


#: Distinct schemas remembered with what they gave, newest first.
SCHEMAS_KEPT = 4
_SCHEMAS: list[tuple[object, Capabilities]] = []


def _same(known: object, value: object) -> bool:
    """Two schema replies are equal (a comparison in C: well under a millisecond)."""
    if not (isinstance(known, list) and isinstance(value, list) and len(known) == len(value)):
        return False
    try:
        return known == value
    except RecursionError:  # nested deeper than any schema: not worth remembering
        return False


@dataclass(frozen=True, slots=True)
class Capabilities:
    """What one server offers; discovered once per connection.

    From `query-qmp-schema` (2.5+), else `query-commands` (names only, no events);
    `source` names which ("query-qmp-schema", "query-commands", or "none" when neither
    answered). See qmp-protocol.md, section 2.
    """

    commands: frozenset[str] = field(default_factory=frozenset)
    events: frozenset[str] = field(default_factory=frozenset)
    source: str = "none"
    #: Argument names of each command; only the schema tells them (QEMU 2.5+).
    arguments: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: The schema read once per connection: types and enum values for completion
    #: (command names only from query-commands).
    schema: SchemaIndex | None = field(default=None, compare=False)

    def has(self, command: str) -> bool:
        """Whether this server lists `command` (False for every name when none answered)."""
        return command in self.commands

    def arguments_of(self, command: str) -> frozenset[str] | None:
        """The command's argument names, or None when this server did not say."""
        return self.arguments.get(command)

    def takes(self, command: str, argument: str) -> bool | None:
        """Whether `command` accepts `argument`; None when unknown (no schema)."""
        names = self.arguments_of(command)
        return None if names is None else argument in names

    @classmethod
    def from_schema(cls, value: object) -> Capabilities:
        """The capabilities `query-qmp-schema`'s reply describes; never raises.

        `value` is the reply: a list of SchemaInfo objects (qapi/introspect.json).
        VMs of one QEMU build send the same schema and share one answer (500 VMs:
        650,000 fewer objects for the garbage collector to walk, a pause of half a
        second each time it does).
        """
        for known, capabilities in _SCHEMAS:
            if _same(known, value):
                return capabilities
        capabilities = cls._read_schema(value)
        _SCHEMAS.insert(0, (value, capabilities))
        del _SCHEMAS[SCHEMAS_KEPT:]
        return capabilities

    @classmethod
    def _read_schema(cls, value: object) -> Capabilities:
        index = SchemaIndex.from_schema(value)
        arguments = {
            name: frozenset(a.name for a in info.arguments)
            for name, info in index.commands.items()
            if not info.name_only
        }
        return cls(frozenset(index.commands), index.events, "query-qmp-schema", arguments, index)

    @classmethod
    def from_commands(cls, value: object) -> Capabilities:
        """The capabilities `query-commands`' reply gives; never raises.

        `value` is a list of CommandInfo `{"name": ...}` (qapi/control.json): command
        names only, no events or arguments.
        """
        index = SchemaIndex.from_commands(value)  # names only: completion offers just those
        return cls(frozenset(index.commands), frozenset(), "query-commands", {}, index)


@dataclass(frozen=True, slots=True)
class Event:
    """One QMP event: `{"event", "data", "timestamp": {"seconds", "microseconds"}}`.

    `timestamp` is the host's wall-clock time in seconds since the epoch (float), None
    when QEMU could not read the clock (both parts -1; qmp-protocol.md, section 1).
    `data` is the event's `data` object ({} when absent); `raw` the whole message.
    """

    name: str
    data: Mapping[str, Any]
    timestamp: float | None
    raw: Mapping[str, Any]

    @classmethod
    def parse(cls, value: object) -> Event:
        """Parse one event message; never raises (a nameless one is called "?")."""
        obj = as_dict(value)
        name = opt_str(obj, "event") or "?"
        ts = as_dict(obj.get("timestamp"))
        seconds, micros = opt_int(ts, "seconds"), opt_int(ts, "microseconds")
        stamp = None
        # QMP numbers are 64-bit; a wider one would not fit a float (OverflowError).
        if (
            seconds is not None
            and 0 <= seconds < 2**64
            and micros is not None
            and 0 <= micros < 2**64
        ):
            stamp = seconds + micros / 1_000_000
        return cls(name, as_dict(obj.get("data")), stamp, obj)
