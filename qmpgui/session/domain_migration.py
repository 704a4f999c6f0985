"""A libvirt domain's migrations, through libvirt's migration API (virt/migration_ops.py)
and never a QMP `migrate` behind its back: libvirt must move its definition, its
locks and its view of the domain with it.

The destination is another libvirt connection of the list (destination_uris()); the
migration's figures come from libvirt's job statistics read into the same
MigrationInfo a plain QEMU's `query-migrate` gives (virt/job_info.py), so that the
Migration pane, the VM list and the convergence advice read it alike. A change (the
bandwidth limit, the downtime limit, postcopy) and Cancel map to libvirt's calls.

While libvirt migrates a domain it lets no other job in but queries: QMP pass-through
waits for the migration (up to libvirt's 30 s), so nothing here asks QEMU.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from qmpgui.i18n import marked, translate
from qmpgui.log.entry import Level
from qmpgui.qmp import ConnectionLost, QmpFailure
from qmpgui.qmp.convergence import Advice, AdviceKind
from qmpgui.qmp.migration import MigrationInfo, parse_parameters, with_last_figures
from qmpgui.qmp.migration_options import MIB, Command, MigrateRequest, MigrationOffer
from qmpgui.session.control import Outcome, perform_libvirt
from qmpgui.session.inspection import Fetcher
from qmpgui.session.migration_outcome import progress
from qmpgui.session.tasks import TaskSet
from qmpgui.session.topic_state import MigrationState
from qmpgui.session.vm_session import VmSession
from qmpgui.virt.client import LibvirtError
from qmpgui.virt.errors import OPERATION_ABORTED
from qmpgui.virt.job_info import info_from_job_stats

#: Seconds a migration may take before its request counts as lost (a week: libvirt
#: itself has no limit; a slow link and a busy guest may take hours).
LONGEST_S = 7 * 24 * 3600.0
#: Seconds between two looks at libvirt's job while a migration is being started.
START_LOOK_S = 0.25
#: The options libvirt takes for a migration (QEMU's names; libvirt's flags and calls
#: behind them: migration_ops.migrate()). libvirt says in words when QEMU lacks one.
DOMAIN_OFFER = MigrationOffer(
    capabilities=frozenset({"auto-converge", "xbzrle", "multifd", "postcopy-ram"}),
    parameters=frozenset({"max-bandwidth", "downtime-limit"}),
)
#: The word a domain's run state has once a migration moved it away (virsh domstate).
MIGRATED_AWAY = "shut off (migrated)"


class HasUri(Protocol):
    """A libvirt connection of the list (session/libvirt_connection.py's)."""

    @property
    def uri(self) -> str:
        """Its connection URI."""
        ...


def destination_uris(session: VmSession, connections: Iterable[HasUri]) -> list[str]:
    """The connection URIs a domain's session can migrate to: those of `connections`
    (the list's libvirt connections, VmListModel.connections) but its own, in their
    order; [] for a session that is not a libvirt domain's."""
    if session.domain is None:
        return []
    own = session.domain.uri.rstrip("/")
    return [c.uri for c in connections if c.uri.rstrip("/") != own]


@dataclass(frozen=True, slots=True)
class DomainChoices:
    """What only a libvirt migration asks: keep the domain defined at the destination
    (`persist_destination`) and remove its definition here (`undefine_source`), both on
    by default as virt-manager moves a domain; `unsafe` lets libvirt migrate disks it
    cannot tell are shared; `migrate_uri` is where the destination QEMU listens
    ("tcp://ADDRESS", "" for the destination host's name)."""

    persist_destination: bool = True
    undefine_source: bool = True
    unsafe: bool = False
    migrate_uri: str = ""


def migrate_args(request: MigrateRequest, choices: DomainChoices) -> dict[str, Any]:
    """The worker's `migrate` arguments for `request` (its `uri` is the destination
    connection's; max-bandwidth in bytes/s, rounded up to whole MiB/s as libvirt takes
    it, 0 for no limit, absent to keep the domain's; downtime-limit in ms) and
    `choices`."""
    caps = request.capabilities
    bandwidth = request.parameters.get("max-bandwidth")
    return {
        "destination": request.uri,
        "migrate_uri": choices.migrate_uri,
        "bandwidth_mib": None if bandwidth is None else math.ceil(max(bandwidth, 0) / MIB),
        "max_downtime_ms": int(request.parameters.get("downtime-limit", 0)),
        "auto_converge": bool(caps.get("auto-converge")),
        "postcopy": bool(caps.get("postcopy-ram")),
        "compressed": bool(caps.get("xbzrle")),
        "parallel": bool(caps.get("multifd")),
        "persist_destination": choices.persist_destination,
        "undefine_source": choices.undefine_source,
        "unsafe": choices.unsafe,
    }


def libvirt_steps(commands: Sequence[Command]) -> list[tuple[str, dict[str, Any]]]:
    """The worker's ops that do what the QMP `commands` (a change, an Advice's) would:
    max-bandwidth -> set_migration_speed (MiB/s, rounded up), downtime-limit ->
    set_migration_downtime (ms), migrate-start-postcopy -> start_postcopy. Raises
    ValueError, in words, for one libvirt cannot change while a migration runs."""
    steps: list[tuple[str, dict[str, Any]]] = []
    for command, arguments in commands:
        if command == "migrate-start-postcopy":
            steps.append(("start_postcopy", {}))
            continue
        values = dict(arguments)
        if command in ("migrate_set_speed", "migrate_set_downtime"):
            value = _number(values.get("value"))
            values = (
                {"max-bandwidth": value}
                if command == "migrate_set_speed"
                else {"downtime-limit": value * 1000}
            )
        elif command != "migrate-set-parameters":
            raise ValueError(
                translate(
                    "domain_migration", "libvirt has no call for {command} on a running migration"
                ).format(command=command)
            )
        for key, raw in values.items():
            value = _number(raw)
            if key == "max-bandwidth":
                steps.append(("set_migration_speed", {"mib": max(1, math.ceil(value / MIB))}))
            elif key == "downtime-limit":
                steps.append(("set_migration_downtime", {"ms": round(value)}))
            else:
                raise ValueError(
                    translate(
                        "domain_migration",
                        "libvirt sets {key} only when a migration starts: cancel, and migrate again with it",
                    ).format(key=key)
                )
    return steps


def _number(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"not a number: {value!r}")
    return float(value)


async def fetch_domain(fetcher: Fetcher, state: MigrationState) -> MigrationInfo | None:
    """The domain's migration as libvirt's job statistics say it; None when libvirt
    cannot say (the domain was undefined, moved away): the last one stands. Raises
    only ConnectionLost."""
    assert fetcher.libvirt is not None
    try:
        stats = await fetcher.libvirt("job_stats")
    except ConnectionLost:
        raise
    except QmpFailure:  # not defined or not running (any more): no job holds it
        state.libvirt_job = False
        return None
    info = info_from_job_stats(stats if isinstance(stats, dict) else {})
    state.libvirt_job = info.active
    if info.status == "none" and state.info.finished:
        return None  # libvirt forgot the last one (a restart): what was said stands
    if state.info.finished and not info.active and info.status != state.info.status:
        return None  # the end came from the migration's own answer: it knows best
    return info


async def fetch_domain_settings(fetcher: Fetcher, state: MigrationState) -> None:
    """The domain's migration limits (max-bandwidth in bytes/s, downtime-limit in ms)
    into `state.parameters`; the capabilities stay as the start chose them. The caller
    marks the settings fresh before. Raises only ConnectionLost."""
    assert fetcher.libvirt is not None
    try:
        settings = await fetcher.libvirt("migration_settings")
    except ConnectionLost:
        raise
    except QmpFailure:
        return
    if isinstance(settings, dict):
        state.parameters.update(parse_parameters(settings))


#: Called once with a migration's end: its MigrationInfo and the sentence to say.
Ended = Callable[[MigrationInfo, str], None]


class DomainMigrator:
    """Starts, changes and cancels one domain's migrations through libvirt; says each
    one's end through `ended` (Migrations, session/migration.py)."""

    def __init__(self, session: VmSession, state: Callable[[], MigrationState], ended: Ended):
        self.session = session
        self._state = state
        self._ended = ended
        self._tasks = TaskSet()
        self._done = True
        self._started_at = 0.0
        self._args: dict[str, Any] = {}
        self._stop_listening: Callable[[], None] | None = None
        #: The Domain whose lifecycle is followed (watch()), None when none.
        self._watched: object = None

    def cancel_tasks(self) -> None:
        """Stop waiting for a migration's answer (the session is going away)."""
        self._tasks.cancel()
        self._listen(None)

    async def start(self, request: MigrateRequest, choices: DomainChoices) -> Outcome:
        """Start migrating the domain to the connection `request.uri`; the Outcome once
        libvirt's job runs (or libvirt refused: its sentence). Never raises."""
        domain = self.session.domain
        assert domain is not None, "not a libvirt domain's session"
        self._args = migrate_args(request, choices)
        state = self._state()
        state.capabilities = {k: bool(v) for k, v in request.capabilities.items()}
        state.last_running = MigrationInfo()  # the last migration's figures are not this one's
        self.session.say(
            Level.INFO,
            "migration",
            translate("DomainMigrator", "migration to {uri} starting through libvirt").format(
                uri=request.uri
            ),
            dict(self._args),
        )
        self._done = False
        self._started_at = time.monotonic()
        state.libvirt_ours = True  # the polls ask nothing else from now on
        call = self._tasks.spawn(domain.call("migrate", timeout=LONGEST_S, **self._args))
        self.watch()
        while not call.done():
            try:
                stats = await domain.call("job_stats")
            except QmpFailure:
                stats = {}
            started = info_from_job_stats(stats)
            # Only this domain's outgoing job counts: migrating to its own host, libvirt
            # may show the incoming side's job on the same domain before it refuses.
            if started.active and not started.incoming:
                break
            await asyncio.wait([call], timeout=START_LOOK_S)
        elapsed = time.monotonic() - self._started_at
        name, command = self.session.display_name, translate("DomainMigrator", "libvirt migrate")
        if call.done() and call.exception() is not None:
            error = str(getattr(call.exception(), "message", call.exception()))
            self._finish(call)
            return Outcome(name, "Migrate", command, elapsed, error, "LibvirtError")
        self._tasks.spawn(self._follow(call))
        return Outcome(name, "Migrate", command, elapsed)

    def watch(self) -> None:
        """Follow the domain's lifecycle while a migration runs (ours or another
        client's): its stop "migrated" is the end to say."""
        domain = self.session.domain
        if domain is not None and self._watched is not domain:
            self._listen(domain.on_lifecycle(self._lifecycle))
            self._watched = domain

    def _listen(self, stop: Callable[[], None] | None) -> None:
        if self._stop_listening is not None:
            self._stop_listening()
        self._stop_listening = stop
        self._watched = None

    def _lifecycle(self) -> None:
        # The source stops "migrated" before libvirt undefines it and the session leaves
        # the list (or, kept defined, loses its monitor and its polls): the end is said
        # now, not at an answer or a poll that may never come.
        domain = self.session.domain
        if domain is None or domain.state != MIGRATED_AWAY:
            return
        if not self._done:
            self._end(MigrationInfo(status="completed"), None)
            return
        last = self._state().info
        if last.active:  # another client's
            info = MigrationInfo(
                status="completed",
                total_time_ms=last.total_time_ms,
                ram=last.ram,
                raw={"status": "completed", "total-time": last.total_time_ms},
            )
            self._ended(info, self.outcome_sentence(info))

    async def _follow(self, call: asyncio.Task[Any]) -> None:
        await asyncio.wait([call])
        self._finish(call)

    def _finish(self, call: asyncio.Task[Any]) -> None:
        error = call.exception()
        if error is None:
            self._end(MigrationInfo(status="completed"), None)
        elif isinstance(error, LibvirtError) and error.code == OPERATION_ABORTED:
            self._end(MigrationInfo(status="cancelled"), None)
        else:
            self._end(MigrationInfo(status="failed"), str(getattr(error, "message", error)))

    def _end(self, bare: MigrationInfo, error: str | None) -> None:
        if self._done:
            return
        self._done = True
        self._state().libvirt_ours = False
        self._listen(None)
        elapsed_ms = round((time.monotonic() - self._started_at) * 1000)
        info = MigrationInfo(
            status=bare.status,
            total_time_ms=elapsed_ms,
            error_desc=error,
            raw={"status": bare.status, "total-time": elapsed_ms, **self._args},
        )
        # How far it got: the figures libvirt gave while it ran (none of a cancelled job).
        info = with_last_figures(info, self._state().last_running)
        # A cancelled call ended without a move: kept as such, not as an "ok".
        cancelled = translate(
            "DomainMigrator", "cancelled (Cancel migration): the domain keeps running here"
        )
        said = cancelled if bare.status == "cancelled" else error
        kind = "OperationAborted" if bare.status == "cancelled" else "LibvirtError"
        self.session.report_command(
            "Migrate",
            translate("DomainMigrator", "libvirt migrate"),
            self._args,
            elapsed_ms / 1000,
            error=said,
            error_class=kind if said else None,
            quiet=True,
        )
        self._ended(info, self.outcome_sentence(info))
        self._args = {}  # a later migration by another client has choices unknown

    def outcome_sentence(self, info: MigrationInfo) -> str:
        """What a domain's migration came to, in words, with its figures."""
        args = self._args
        destination = args.get("destination", "the destination")
        name = self.session.domain.name if self.session.domain else self.session.display_name
        took = (
            translate("DomainMigrator", " in {v0:.1f} s").format(v0=info.total_time_ms / 1000)
            if info.total_time_ms
            else ""
        )
        if info.status == "completed" and not args:  # another client's: its choices unknown
            return translate(
                "DomainMigrator", "migration completed{took}: {name} runs at the destination now"
            ).format(took=took, name=name)
        if info.status == "completed":
            here = (
                translate("DomainMigrator", "its definition was removed here")
                if args.get("undefine_source")
                else translate("DomainMigrator", "it stays defined here, shut off")
            )
            kept = (
                ""
                if args.get("persist_destination")
                else translate("DomainMigrator", " (not defined there: it goes when it stops)")
            )
            return translate(
                "DomainMigrator",
                "migration completed{took}: {name} runs on {destination} now{kept}; {here}",
            ).format(took=took, name=name, destination=destination, kept=kept, here=here)
        how_far = progress(info)
        if info.status == "cancelled":
            when = f" {how_far}" if how_far else ""
            return translate(
                "DomainMigrator",
                "migration cancelled{when}: {name} keeps running here; nothing stays at {destination}",
            ).format(when=when, name=name, destination=destination)
        return translate(
            "DomainMigrator",
            "migration to {destination} failed{v1}: {v2} ({name} keeps running here unless `virsh domstate {name}` says otherwise)",
        ).format(
            destination=destination,
            v1=f" {how_far}" if how_far else "",
            v2=info.error_desc or translate("DomainMigrator", "libvirt gave no reason"),
            name=name,
        )

    async def apply(self, commands: Sequence[Command]) -> Outcome:
        """The QMP `commands` of a change or an Advice, done with libvirt's calls
        (libvirt_steps()); the first refusal's Outcome, or the last one's. Never raises."""
        try:
            steps = libvirt_steps(commands)
        except ValueError as refusal:
            name = self.session.display_name
            return Outcome(
                name,
                translate("DomainMigrator", "Change migration"),
                "libvirt",
                0.0,
                str(refusal),
                "LibvirtError",
            )
        outcome = Outcome(
            self.session.display_name,
            translate("DomainMigrator", "Change migration"),
            "libvirt",
            0.0,
        )
        for op, args in steps:
            outcome = await perform_libvirt(
                self.session,
                translate("DomainMigrator", "Change migration"),
                op,
                report=False,
                look_at=translate("domain_migration", _LOOK_AT),
                **args,
            )
            if not outcome.ok:
                break
        return outcome

    async def cancel(self) -> Outcome:
        """libvirt's abortJob; the end is said when the migration's answer comes. Never
        raises."""
        return await perform_libvirt(
            self.session,
            translate("DomainMigrator", "Cancel migration"),
            "abort_job",
            report=False,
            look_at=translate("domain_migration", _LOOK_AT),
        )


_LOOK_AT = marked("domain_migration", "virsh domjobinfo shows libvirt's view of the migration")


def parameters_of(values: Mapping[str, int]) -> list[Command]:
    """`values` (QEMU's names and units) as the one migrate-set-parameters a change is."""
    return [("migrate-set-parameters", dict(values))] if values else []


#: What a domain's auto-converge cannot do while libvirt migrates it.
THROTTLE_WORDS = marked(
    "domain_migration",
    "auto-converge throttles the guest's vCPUs, but under libvirt its step cannot be changed while the migration runs (libvirt sets it only when a migration starts)",
)
AUTO_CONVERGE_WORDS = marked(
    "domain_migration",
    "auto-converge cannot be turned on while a migration runs: cancel, and migrate again with Auto-converge on",
)


def domain_advice(
    advice: Sequence[Advice], capabilities: Mapping[str, bool], *, at_most: bool = False
) -> list[Advice]:
    """`advice` (qmp/convergence.py's advise() for a domain's job figures) as libvirt can
    follow it: a harder throttle only in words (no commands: libvirt has no call for it
    while a migration runs), said where auto-converge is on and does not throttle at
    its most already (`at_most`: then nothing would help); the rest as it is, in
    libvirt's terms."""
    result: list[Advice] = []
    for item in advice:
        if item.kind is AdviceKind.THROTTLE:
            continue  # said below, once, without commands
        said = item.kind is AdviceKind.AUTO_CONVERGE
        words = translate("domain_migration", AUTO_CONVERGE_WORDS)
        result.append(Advice(item.kind, words) if said else item)
    if capabilities.get("auto-converge") and not at_most:
        at = next((i for i, a in enumerate(result) if a.kind is AdviceKind.POSTCOPY), len(result))
        result.insert(
            at, Advice(AdviceKind.THROTTLE, translate("domain_migration", THROTTLE_WORDS))
        )
    return result
