"""A VM's migrations: the `migration` topic (query-migrate on every tick, twice a second
while one runs, with the source's settings), starting one (to a URI, or to a VM of the
list waiting in `inmigrate`), changing it while it runs, cancelling it, and what it
came to, said in the event log (the audit trail) with its figures.

A migration started by another client (a script, another tool) is followed the same
way as soon as a poll or its MIGRATION event shows it. A libvirt domain migrates through
libvirt's API, its figures from libvirt's job statistics (session/domain_migration.py).
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QObject, Qt, Signal

from qmpgui.log.entry import Level
from qmpgui.qmp import QmpFailure
from qmpgui.qmp.convergence import Advice, sample_of, stuck
from qmpgui.qmp.migration import ACTIVE, MigrationInfo, parse_migration
from qmpgui.qmp.migration_options import (
    MIB,
    Command,
    MigrateRequest,
    MigrationOffer,
    incoming_commands,
    parameter_commands,
    read_offer,
    start_commands,
)
from qmpgui.session.control import Outcome, perform
from qmpgui.session.domain_migration import (
    DOMAIN_OFFER,
    DomainChoices,
    DomainMigrator,
    fetch_domain,
    fetch_domain_settings,
    parameters_of,
)
from qmpgui.session.inspection import Fetcher, register_topic
from qmpgui.session.topic_state import MigrationState
from qmpgui.session.vm_session import VmSession

#: Seconds between two looks at a migration under way.
FOLLOW_S = 0.5
#: The actions' names in words (the log's and the status bar's).
MIGRATE_LABEL = "Migrate"
INCOMING_LABEL = "Migrate (incoming)"
CANCEL_LABEL = "Cancel migration"
CHANGE_LABEL = "Change migration"


async def _fetch(fetcher: Fetcher) -> None:
    state = fetcher.inspection.migration
    if fetcher.libvirt is not None:  # a domain: libvirt's job, never QMP behind its back
        found = await fetch_domain(fetcher, state)
        if found is None:
            return
        info = found
    else:
        result = await fetcher.query("query-migrate")
        if not result.ok:
            return
        info = parse_migration(result.reply)
    if info.active and not state.info.active:  # a new migration: a new story
        state.samples.clear()
        state.settings_stale, state.stuck = True, False
    state.info = info
    if not info.active:  # an ended migration is not stuck: its outcome says what it came to
        state.stuck = False
    if not (info.active or (info.finished and state.samples)):
        return
    sample = sample_of(info, time.monotonic())
    if sample is not None:
        state.samples.append(sample)
    if not info.active:
        return
    if state.settings_stale:
        await _settings(fetcher, state)
    limit = state.parameters.get("downtime-limit")
    state.stuck = stuck(state.samples, limit if isinstance(limit, int) else None, state.since_s)
    fetcher.again[MIGRATION] = FOLLOW_S


async def _settings(fetcher: Fetcher, state: MigrationState) -> None:
    """The source's parameters and capabilities, asked again after each change."""
    # Marked fresh before asking: a change sent while the answers are awaited marks
    # them stale again, and the next look asks again (after, it would be lost).
    state.settings_stale = False
    if fetcher.libvirt is not None:
        await fetch_domain_settings(fetcher, state)
        return
    parameters = await fetcher.query("query-migrate-parameters")
    if parameters.ok and isinstance(parameters.reply, dict):
        state.parameters = dict(parameters.reply)
    capabilities = await fetcher.query("query-migrate-capabilities")
    if capabilities.ok and isinstance(capabilities.reply, list):
        state.capabilities = {
            str(c["capability"]): bool(c.get("state"))
            for c in capabilities.reply
            if isinstance(c, dict) and "capability" in c
        }


#: The VM's migration, either side (query-migrate); MIGRATION and MIGRATION_PASS come
#: only where the `events` capability is on. On every tick: the VM list shows it.
MIGRATION = register_topic(
    "migration", _fetch, events={"MIGRATION", "MIGRATION_PASS"}, periodic=True
)


def mib(value: float | None) -> str:
    """Bytes as MiB in words ("12.5 MiB"); "—" for None."""
    return "—" if value is None else f"{value / MIB:.1f} MiB"


def outcome_sentence(info: MigrationInfo, incoming: bool = False) -> str:
    """What a migration that has ended came to: for the source with its figures, for
    the destination (`incoming`) what became of this VM."""
    if incoming:
        if info.status == "completed":
            return "incoming migration completed: this VM has the guest now"
        why = f"failed: {info.error_desc}" if info.error_desc else info.status
        return f"incoming migration {why}: this QEMU exits (QEMU cannot take another)"
    ram = info.ram
    if info.status == "completed":
        took = f" in {info.total_time_ms / 1000:.1f} s" if info.total_time_ms else ""
        paused = f"; the guest paused {info.downtime_ms} ms" if info.downtime_ms is not None else ""
        sent = f"; {mib(ram.transferred)} sent" if ram and ram.transferred is not None else ""
        return (
            f"migration completed{took}{paused}{sent}. This VM is left in postmigrate: its "
            "guest runs at the destination (resuming it here would run two copies)"
        )
    if info.status == "cancelled":
        return (
            "migration cancelled: this VM keeps running; the destination QEMU exits "
            "(start it again to take another migration)"
        )
    return f"migration failed: {info.error_desc or 'QEMU gave no reason'}"


def brief(state: MigrationState) -> str | None:
    """The VM list's words for a migration under way ("migrating: pass 3, 12.5 MiB
    left"), or for a VM waiting for one; None when neither."""
    info = state.info
    if info.active and info.ram is not None:
        ram = info.ram
        passes = f"pass {ram.dirty_sync_count}, " if ram.dirty_sync_count else ""
        return f"migrating: {passes}{mib(ram.remaining)} left"
    if info.active:
        return f"migration: {info.words}"
    if info.listening:
        return f"waiting for a migration at {', '.join(info.listening)}"
    return None


class Migrations(QObject):
    """One VM's migrations as the user sees them: get it with migrations_of(session).
    `changed` fires when the migration topic changes."""

    changed = Signal()

    def __init__(self, session: VmSession) -> None:
        super().__init__(session)
        self.session = session
        #: The last status said, to say each change once.
        self._status = "none"
        self._said_stuck = False
        #: The request of the migration qmpgui started (None for another client's).
        self.request: MigrateRequest | None = None
        #: This VM is the destination of the migration under way (or last ended).
        self.incoming = False
        #: A libvirt domain's migrations go through libvirt (unused for a QMP socket).
        self._domain = DomainMigrator(session, lambda: self.state, self._domain_ended)
        self.destroyed.connect(self._domain.cancel_tasks)
        session.topicChanged.connect(self._topic)

    @property
    def state(self) -> MigrationState:
        """The session's migration state (inspection.migration)."""
        return self.session.inspection.migration

    async def ask_offer(self) -> MigrationOffer:
        """What the VM's QEMU takes: its schema, and query-migrate-capabilities asked
        now (none known when it fails); for a libvirt domain, what libvirt takes (no
        QMP asked: it would wait for a migration under way). Never raises."""
        if self.session.domain is not None:
            return DOMAIN_OFFER
        try:
            reply = await self.session.execute("query-migrate-capabilities")
        except QmpFailure:
            reply = None
        return read_offer(self.session.server_caps, reply)

    def _topic(self, name: str) -> None:
        if name != MIGRATION.name:
            return
        info = self.state.info
        if info.listening or (info.active and self.session.run_status == "inmigrate"):
            self.incoming = True  # its query-migrate has no figures and says no side
        # The side shown, kept after the end (`incoming` is the one under way's).
        if info.incoming is not None and info.status != "none":  # libvirt names it
            self.state.incoming = info.incoming
        elif self.incoming or self.session.run_status == "inmigrate":
            self.state.incoming = True
        elif info.ram is not None:
            self.state.incoming = False
        if info.status != self._status:
            self._say_status(info)
            self._status = info.status
        if self.state.stuck and not self._said_stuck:
            self._said_stuck = True
            self.session.say(
                Level.WARNING,
                "migration",
                "the migration will not finish as it is: the guest dirties memory as fast "
                "as it is sent (the Migration pane says what would help)",
            )
        self.changed.emit()

    def _say_status(self, info: MigrationInfo) -> None:
        before = self._status
        idle = before not in ACTIVE  # no migration was under way
        if info.active and idle:
            self._said_stuck = False
            self._domain.watch()  # a domain's end may come as its stop "migrated" only
            if self.incoming:
                self.session.say(
                    Level.INFO,
                    "migration",
                    f"an incoming migration: {info.words} (the Migration pane follows it)",
                )
            elif self.request is None:
                self.session.say(
                    Level.INFO,
                    "migration",
                    f"a migration started by another client: {info.words} (the Migration "
                    "pane follows it)",
                )
        elif info.finished and (not idle or self.request is not None):
            if self.session.domain is not None:
                if self.request is not None:
                    return  # the migration's own answer says its end (_domain_ended)
                sentence = self.state.outcome = self._domain.outcome_sentence(info)
            else:
                sentence = outcome_sentence(info, self.incoming)
            level = Level.ERROR if info.status == "failed" else Level.INFO
            figures = {k: v for k, v in info.raw.items() if k != "ram"}
            self.session.say(level, "migration", sentence, figures)
            self.request = None
            self.incoming = False

    def _domain_ended(self, info: MigrationInfo, sentence: str) -> None:
        """A domain's migration that qmpgui started has ended: said with its figures."""
        self.state.info = info
        self.state.outcome = sentence
        self._status = info.status
        level = Level.ERROR if info.status == "failed" else Level.INFO
        self.session.say(level, "migration", sentence, dict(info.raw))
        self.request = None
        self.session.topicChanged.emit(MIGRATION.name)

    async def start(
        self,
        request: MigrateRequest,
        destination: VmSession | None = None,
        choices: DomainChoices | None = None,
    ) -> Outcome:
        """Start a migration of this VM as `request` says; to `destination` (a VM of the
        list in `inmigrate`) its migrate-incoming first, with the capabilities both
        sides need. Each command is logged as sent; the first refusal ends it. For a
        libvirt domain `request.uri` is the destination connection's URI
        (domain_migration.destination_uris()), `choices` libvirt's own (default: a move,
        as virt-manager's), and the Outcome comes once libvirt's job runs. Never
        raises."""
        if self.session.domain is not None:
            return await self._start_domain(request, choices or DomainChoices())
        if destination is not None:
            target = migrations_of(destination)
            commands = incoming_commands(request, await target.ask_offer())
            outcome = await _run(destination, INCOMING_LABEL, commands)
            if not outcome.ok:
                return outcome
            destination.request_refresh(frozenset({MIGRATION}))
        self.request = request
        self.state.incoming = False
        outcome = await _run(
            self.session, MIGRATE_LABEL, start_commands(request, await self.ask_offer())
        )
        if not outcome.ok:
            self.request = None
        self.state.settings_stale = True
        self.session.request_refresh(frozenset({MIGRATION}))
        return outcome

    async def _start_domain(self, request: MigrateRequest, choices: DomainChoices) -> Outcome:
        self.request = request
        outcome = await self._domain.start(request, choices)
        if not outcome.ok:
            self.request = None
        self.state.settings_stale = True
        self.session.request_refresh(frozenset({MIGRATION}))
        return outcome

    async def change(self, values: Mapping[str, int]) -> Outcome:
        """Set parameters (QEMU's units: max-bandwidth in bytes/s, downtime-limit in ms)
        while the migration runs. Never raises."""
        if self.session.domain is not None:
            return await self.apply(parameters_of(values))
        return await self.apply(parameter_commands(values, await self.ask_offer()))

    async def apply(self, commands: Sequence[Command] | Advice) -> Outcome:
        """Send `commands` (or an Advice's) in order, logged as sent; the settings are
        asked again. Never raises."""
        steps = commands.commands if isinstance(commands, Advice) else list(commands)
        if self.session.domain is not None:
            outcome = await self._domain.apply(steps)
        else:
            outcome = await _run(self.session, CHANGE_LABEL, steps)
        self.state.settings_stale = True
        # Passes made under the old settings say nothing of the new ones: judge afresh.
        self.state.since_s = time.monotonic()
        self.state.stuck = False
        self._said_stuck = False
        self.session.request_refresh(frozenset({MIGRATION}))
        return outcome

    async def cancel(self) -> Outcome:
        """migrate_cancel (libvirt's abortJob for a domain); the outcome comes with the
        next look. Never raises."""
        if self.session.domain is not None:
            outcome = await self._domain.cancel()
            self.session.request_refresh(frozenset({MIGRATION}))
            return outcome
        outcome = await perform(self.session, CANCEL_LABEL, "migrate_cancel", report=False)
        self.session.request_refresh(frozenset({MIGRATION}))
        return outcome


async def _run(session: VmSession, label: str, commands: Sequence[Command]) -> Outcome:
    """Send `commands` in order; the first refusal's Outcome, or the last one's."""
    outcome: Outcome | None = None
    for command, arguments in commands:
        outcome = await perform(session, label, command, arguments, report=False)
        if not outcome.ok:
            return outcome
    assert outcome is not None, "no command to send"
    return outcome


def migrations_of(session: VmSession) -> Migrations:
    """The session's Migrations, made at the first call (the app makes it with the
    session, so that every outcome is logged)."""
    found = session.findChild(Migrations, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return found if isinstance(found, Migrations) else Migrations(session)
