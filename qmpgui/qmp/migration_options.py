"""The options of a migration that the Migrate dialog offers, what the server takes of
them, and the commands that start a migration or change it while it runs
(qapi/migration.json: migrate-set-capabilities, migrate-set-parameters, migrate,
migrate-incoming; migrate_set_speed and migrate_set_downtime on servers before
migrate-set-parameters took max-bandwidth and downtime-limit, QEMU 2.8)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum

from qmpgui.i18n import marked, translate
from qmpgui.qmp.migration import parse_capability_states
from qmpgui.qmp.types import Capabilities

#: Bytes in a MiB: the bandwidth limit is shown in MiB/s and sent in bytes/s.
MIB = 1 << 20


class OptionKind(Enum):
    """How QEMU takes an option: a capability (on/off, set before the migration only:
    QEMU 7.2 refuses migrate-set-capabilities while one runs) or a parameter (a number,
    changeable while it runs)."""

    CAPABILITY = "capability"
    PARAMETER = "parameter"


@dataclass(frozen=True, slots=True)
class MigrateOption:
    """One option: QEMU's name, how it is set, a label, what it does in one line, and a
    parameter's unit as shown ("MiB/s", "ms")."""

    key: str
    kind: OptionKind
    label: str
    line: str
    unit: str = ""
    #: Whether the destination must have it on too (a capability of both sides).
    both_sides: bool = False


#: The options the dialog offers, in its order.
OPTIONS: tuple[MigrateOption, ...] = (
    MigrateOption(
        "max-bandwidth",
        OptionKind.PARAMETER,
        marked("migration_options", "Bandwidth limit"),
        marked(
            "migration_options",
            "the most the migration sends per second; QEMU's default is 128 MiB/s",
        ),
        marked("migration_options", "MiB/s"),
    ),
    MigrateOption(
        "downtime-limit",
        OptionKind.PARAMETER,
        marked("migration_options", "Downtime limit"),
        marked(
            "migration_options",
            "the longest pause of the guest QEMU accepts to switch over; longer lets a busy guest finish; QEMU's default is 300 ms",
        ),
        "ms",
    ),
    MigrateOption(
        "auto-converge",
        OptionKind.CAPABILITY,
        marked("migration_options", "Auto-converge"),
        marked(
            "migration_options",
            "slows the guest's vCPUs step by step while it dirties memory faster than it is sent",
        ),
    ),
    MigrateOption(
        "xbzrle",
        OptionKind.CAPABILITY,
        marked("migration_options", "XBZRLE compression"),
        marked(
            "migration_options",
            "sends only the changed bytes of pages sent before: less traffic, more CPU",
        ),
    ),
    MigrateOption(
        "multifd",
        OptionKind.CAPABILITY,
        marked("migration_options", "Multifd"),
        marked(
            "migration_options",
            "sends memory over several connections at once (the destination needs it too)",
        ),
        both_sides=True,
    ),
    MigrateOption(
        "postcopy-ram",
        OptionKind.CAPABILITY,
        marked("migration_options", "Allow postcopy"),
        marked(
            "migration_options",
            "lets a migration that does not finish switch to postcopy: the destination runs at once and fetches the rest (the guest is lost if the network fails meanwhile)",
        ),
        both_sides=True,
    ),
)

_BY_KEY = {option.key: option for option in OPTIONS}


def option(key: str) -> MigrateOption:
    """The option named `key` (QEMU's name); raises KeyError for another name."""
    return _BY_KEY[key]


@dataclass(frozen=True, slots=True)
class MigrationOffer:
    """What one server takes: its migration capabilities (query-migrate-capabilities)
    and the parameters migrate-set-parameters takes (its schema), or the old commands."""

    capabilities: frozenset[str] = frozenset()
    parameters: frozenset[str] = frozenset()
    #: Whether `migrate_set_speed` / `migrate_set_downtime` stand in for the parameters.
    legacy_speed: bool = False
    legacy_downtime: bool = False
    #: Whether `migrate-incoming` exists (QEMU 2.3+: a destination started with
    #: `-incoming defer`).
    incoming: bool = False

    def takes(self, key: str) -> bool:
        """Whether the server takes the option `key`."""
        kind = _BY_KEY[key].kind if key in _BY_KEY else None
        if kind is OptionKind.CAPABILITY:
            return key in self.capabilities
        if key == "max-bandwidth" and self.legacy_speed:
            return True
        if key == "downtime-limit" and self.legacy_downtime:
            return True
        return key in self.parameters


def read_offer(capabilities: Capabilities, reply: object) -> MigrationOffer:
    """The server's MigrationOffer from its command set (`capabilities`) and its
    `query-migrate-capabilities` reply (a list of {"capability", "state"}; anything
    else reads as none). Never raises."""
    caps = frozenset(parse_capability_states(reply))
    parameters = frozenset(
        o.key
        for o in OPTIONS
        if o.kind is OptionKind.PARAMETER and capabilities.takes("migrate-set-parameters", o.key)
    )
    return MigrationOffer(
        capabilities=caps,
        parameters=parameters,
        legacy_speed="max-bandwidth" not in parameters and capabilities.has("migrate_set_speed"),
        legacy_downtime=(
            "downtime-limit" not in parameters and capabilities.has("migrate_set_downtime")
        ),
        incoming=capabilities.has("migrate-incoming"),
    )


#: One command: its name and arguments.
Command = tuple[str, dict[str, object]]


@dataclass(frozen=True, slots=True)
class MigrateRequest:
    """A migration as the user asked for it: the destination's URI, the capabilities
    chosen (name: on), the parameters chosen in QEMU's units (max-bandwidth in bytes/s,
    downtime-limit in ms)."""

    uri: str
    capabilities: Mapping[str, bool] = field(default_factory=dict)
    parameters: Mapping[str, int] = field(default_factory=dict)


def parameter_commands(values: Mapping[str, int], offer: MigrationOffer) -> list[Command]:
    """The commands that set `values` (QEMU's units) on a server with `offer`, while a
    migration runs or before it: migrate-set-parameters, or the old commands where
    the server has only those (migrate_set_speed in bytes/s, migrate_set_downtime in
    seconds). Values the server does not take are left out."""
    commands: list[Command] = []
    modern = {k: v for k, v in values.items() if k in offer.parameters}
    if modern:
        commands.append(("migrate-set-parameters", dict(modern)))
    if "max-bandwidth" in values and "max-bandwidth" not in modern and offer.legacy_speed:
        commands.append(("migrate_set_speed", {"value": values["max-bandwidth"]}))
    if "downtime-limit" in values and "downtime-limit" not in modern and offer.legacy_downtime:
        commands.append(("migrate_set_downtime", {"value": values["downtime-limit"] / 1000}))
    return commands


def capability_command(chosen: Mapping[str, bool], offer: MigrationOffer) -> Command | None:
    """migrate-set-capabilities for `chosen`, with `events` on where the server has it
    (MIGRATION and MIGRATION_PASS come only then); None when there is nothing to set."""
    states = [{"capability": "events", "state": True}] if "events" in offer.capabilities else []
    states += [
        {"capability": name, "state": on}
        for name, on in chosen.items()
        if name in offer.capabilities and name != "events"
    ]
    return ("migrate-set-capabilities", {"capabilities": states}) if states else None


def start_commands(request: MigrateRequest, offer: MigrationOffer) -> list[Command]:
    """The source's commands, in order: its capabilities (events on), its parameters,
    then `migrate` to the request's URI."""
    commands: list[Command] = []
    caps = capability_command(request.capabilities, offer)
    if caps is not None:
        commands.append(caps)
    commands += parameter_commands(request.parameters, offer)
    commands.append(("migrate", {"uri": request.uri}))
    return commands


def incoming_commands(
    request: MigrateRequest, offer: MigrationOffer, *, listening: bool = False
) -> list[Command]:
    """The destination's commands before the source's (a VM in `inmigrate`): the
    capabilities both sides must agree on, each set on or off as chosen (one left on by
    an attempt before would fail this one), events on, then `migrate-incoming` at the
    request's URI; not that where it already `listening` there (started with
    `-incoming URI`, or told before: QEMU 7.2 takes the capabilities while it listens,
    and refuses a second migrate-incoming)."""
    both = {k: v for k, v in request.capabilities.items() if k in _BY_KEY and option(k).both_sides}
    commands: list[Command] = []
    caps = capability_command(both, offer)
    if caps is not None:
        commands.append(caps)
    if not listening:
        commands.append(("migrate-incoming", {"uri": request.uri}))
    return commands


def multifd_problem(source_uuid: str | None, destination_uuid: str | None) -> str | None:
    """Why multifd cannot work between a source and a destination with these UUIDs
    (query-uuid; None for the nil UUID, QEMU's without -uuid), as a sentence; None
    when they are the same. QEMU sends the source's UUID on each multifd channel and
    the destination refuses a channel of another ("multifd: received uuid ... and
    expected uuid ..." on its stderr, and it keeps listening), the source failing at
    once with "Unable to write to socket: Broken pipe" or "...: Connection reset by
    peer" (tried on QEMU 7.2)."""
    if source_uuid == destination_uuid:
        return None
    wanted = (
        translate("migration_options", "-uuid {source_uuid}").format(source_uuid=source_uuid)
        if source_uuid
        else translate("migration_options", "no -uuid")
    )
    return translate(
        "migration_options",
        "multifd needs it started with {wanted} (QEMU refuses another UUID's channels)",
    ).format(wanted=wanted)


def request_words(request: MigrateRequest) -> str:
    """The options of `request` in words, as the event log says them: "bandwidth limit
    4 MiB/s, downtime limit 300 ms, XBZRLE compression and multifd on" ("no other
    option on" when no capability is)."""
    parts: list[str] = []
    bandwidth = request.parameters.get("max-bandwidth")
    if bandwidth is not None:
        parts.append(
            translate("migration_options", "bandwidth limit {v0:g} MiB/s").format(
                v0=bandwidth / MIB
            )
        )
    downtime = request.parameters.get("downtime-limit")
    if downtime is not None:
        parts.append(
            translate("migration_options", "downtime limit {downtime} ms").format(downtime=downtime)
        )
    on = [option(k).label for k, v in request.capabilities.items() if v and k in _BY_KEY]
    if on:
        names = ", ".join(on[:-1]) + " and " + on[-1] if len(on) > 1 else on[0]
        parts.append(translate("migration_options", "{names} on").format(names=names))
    else:
        parts.append(
            translate("migration_options", "no other option on")
            if parts
            else translate("migration_options", "no option on")
        )
    return ", ".join(parts)
