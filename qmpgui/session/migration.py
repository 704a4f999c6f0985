"""A VM's migrations: the `migration` topic (query-migrate on every tick, at least twice
a second while one runs, with the source's settings), starting one (to a URI, or to a VM
of the list waiting in `inmigrate`), changing it while it runs, cancelling it, and what
it came to, said in the event log (the audit trail) with its figures.

A migration started by another client (a script, another tool) is followed the same
way as soon as a poll or its MIGRATION event shows it. A libvirt domain migrates through
libvirt's API, its figures from libvirt's job statistics (session/domain_migration.py).
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from dataclasses import replace

from PySide6.QtCore import QObject, Qt, Signal

from qmpgui.i18n import marked, translate
from qmpgui.log.entry import Level
from qmpgui.qmp import QmpFailure
from qmpgui.qmp.advice_basis import advice_basis
from qmpgui.qmp.convergence import Advice, sample_of, stuck, stuck_sentence
from qmpgui.qmp.migration import (
    ACTIVE,
    MigrationInfo,
    migrate_refusal_words,
    parse_capability_states,
    parse_migration,
    parse_parameters,
    with_last_figures,
)
from qmpgui.qmp.migration_options import (
    Command,
    MigrateRequest,
    MigrationOffer,
    incoming_commands,
    parameter_commands,
    read_offer,
    request_words,
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
from qmpgui.session.migration_outcome import outcome_data, outcome_sentence
from qmpgui.session.migration_peers import PEERS, listening_at
from qmpgui.session.migration_yank import migration_held
from qmpgui.session.topic_state import MigrationState
from qmpgui.session.vm_session import VmSession

#: Seconds between the starts of two looks at a migration under way: its progress
#: shows at least twice a second, with room for answers that come late.
FOLLOW_S = 0.4
#: Seconds between two looks at its settings, which another client may change too.
SETTINGS_S = 3.0
#: The actions' names in words (the log's and the status bar's).
MIGRATE_LABEL = marked("migration", "Migrate")
INCOMING_LABEL = marked("migration", "Migrate (incoming)")
CANCEL_LABEL = marked("migration", "Cancel migration")
CHANGE_LABEL = marked("migration", "Change migration")


async def _fetch(fetcher: Fetcher) -> None:
    state = fetcher.inspection.migration
    # While one runs, its settings are asked first: the figures, asked last, are shown
    # as soon as they come (asked after them, two more answers held them back).
    if state.info.active and _settings_due(state):
        await _settings(fetcher, state)
    if fetcher.libvirt is not None:  # a domain: libvirt's job, never QMP behind its back
        found = await fetch_domain(fetcher, state)
        if found is None:
            return
        info = found
    else:
        starts = state.starts
        result = await fetcher.query("query-migrate")
        if not result.ok:
            return
        info = parse_migration(result.reply)
        state.info_starts = starts
    if info.active and not state.info.active:  # a new migration: a new story
        state.samples.clear()
        state.settings_stale, state.stuck, state.basis = True, False, None
        state.last_running = MigrationInfo()
    if info.active and info.ram is not None:
        state.last_running = info
    # Its end: the last figures are kept, also over an end said already (a domain's
    # comes first from libvirt's answer, then its job statistics, which have none).
    if info.finished and (state.info.active or state.info.status == info.status):
        state.info = with_last_figures(info, state.info)
    elif not (info.finished and info.raw == state.info.raw):  # not the same end again
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
    if _settings_due(state):  # a new migration's
        await _settings(fetcher, state)
    limit = state.parameters.get("downtime-limit")
    state.stuck = stuck(state.samples, limit if isinstance(limit, int) else None, state.since_s)
    state.basis = advice_basis(state.samples, state.since_s, state.basis)
    fetcher.again[MIGRATION] = FOLLOW_S


def _settings_due(state: MigrationState) -> bool:
    """Whether the settings are to be asked: changed by qmpgui, or not asked for a while
    (another client may change them)."""
    return state.settings_stale or time.monotonic() - state.settings_at >= SETTINGS_S


async def _settings(fetcher: Fetcher, state: MigrationState) -> None:
    """The source's parameters and capabilities, asked again after each change."""
    # Marked fresh before asking: a change sent while the answers are awaited marks
    # them stale again, and the next look asks again (after, it would be lost).
    state.settings_stale = False
    state.settings_at = time.monotonic()
    if fetcher.libvirt is not None:
        await fetch_domain_settings(fetcher, state)
        return
    parameters = await fetcher.query("query-migrate-parameters")
    if parameters.ok and isinstance(parameters.reply, dict):
        state.parameters = parse_parameters(parameters.reply)
    capabilities = await fetcher.query("query-migrate-capabilities")
    if capabilities.ok and isinstance(capabilities.reply, list):
        state.capabilities = parse_capability_states(capabilities.reply)


#: The VM's migration, either side (query-migrate); MIGRATION and MIGRATION_PASS come
#: only where the `events` capability is on. On every tick: the VM list shows it.
MIGRATION = register_topic(
    "migration", _fetch, events={"MIGRATION", "MIGRATION_PASS"}, periodic=True
)


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
        #: The VM of the list qmpgui's migration under way goes to (None: a URI typed).
        self.destination: VmSession | None = None
        PEERS.add(self)
        #: Why a migration qmpgui started to this VM failed once it had begun, and on
        #: which connection (info.connected_since): see spent().
        self._spent: tuple[float | None, str] | None = None
        #: Where qmpgui told this VM to listen (migrate-incoming accepted), and on which
        #: connection: see listening().
        self._told: tuple[float | None, str] | None = None
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

    def spent(self) -> str | None:
        """Why this VM, still waiting in inmigrate, cannot take a migration now: the
        reason a migration qmpgui started to it failed after it began (QEMU 7.2 takes
        one incoming migration per migrate-incoming: a destination an attempt reached
        and left listening ignores later connections, "Extra incoming migration
        connection; ignoring", and the retry fails too). None when qmpgui knows of none."""
        return self._still_waiting(self._spent)

    def listening(self) -> tuple[str, ...]:
        """The URIs this VM waits for a migration at: query-migrate's, or, before a
        reply has said it (or while an attempt that reached it is being received), the
        one qmpgui told it with migrate-incoming while it is still in `inmigrate` on the
        same connection (QEMU 7.2 takes one migrate-incoming per run)."""
        if self.state.info.listening:
            return self.state.info.listening
        told = self._still_waiting(self._told)
        return (told,) if told is not None else ()

    def _still_waiting(self, kept: tuple[float | None, str] | None) -> str | None:
        """What `kept` (the connection it was learnt on, the fact) says while this VM
        still waits in inmigrate on that connection; None after (a new QEMU, or one
        that took its migration, knows nothing of it)."""
        if kept is None or kept[0] != self.session.info.connected_since:
            return None
        return kept[1] if self.session.run_status == "inmigrate" else None

    def _topic(self, name: str) -> None:
        if name != MIGRATION.name:
            return
        info = self.state.info
        if info.listening or (info.active and self.session.run_status == "inmigrate"):
            self.incoming = True  # its query-migrate has no figures and says no side
        self._incoming_times(info)
        # The side shown, kept after the end (`incoming` is the one under way's).
        if info.incoming is not None and info.status != "none":  # libvirt names it
            self.state.incoming = info.incoming
        elif self.incoming or self.session.run_status == "inmigrate":
            self.state.incoming = True
        elif info.ram is not None:
            self.state.incoming = False
        # A reply asked before qmpgui's last start tells of the migration before it.
        if info.status != self._status and self.state.info_starts == self.state.starts:
            self._say_status(info)
            self._status = info.status
        if self.state.stuck and not self._said_stuck:
            self._said_stuck = True
            self.session.say(
                Level.WARNING,
                "migration",
                stuck_sentence(self.state.info.cpu_throttle_pct, self.state.parameters)
                + translate("Migrations", " (the Migration pane says what would help)"),
            )
        self.changed.emit()

    def _incoming_times(self, info: MigrationInfo) -> None:
        """When this VM began to listen and to receive, as first seen (the destination's
        query-migrate has no times); cleared once it does neither."""
        now, state = time.monotonic(), self.state
        if info.listening and not state.listening_at:
            state.listening_at = now
        if info.active and self.incoming and not state.receiving_at:
            state.receiving_at = now
        if not (info.active or info.listening):
            state.listening_at = state.receiving_at = 0.0

    def _say_status(self, info: MigrationInfo) -> None:
        before = self._status
        idle = before not in ACTIVE  # no migration was under way
        # An end is said when its migration was seen, or is qmpgui's, or came to this QEMU
        # listening (a fast one may fall between two looks).
        listened = self.incoming and self.session.domain is None
        if info.active and idle:
            self._said_stuck = False
            self._domain.watch()  # a domain's end may come as its stop "migrated" only
            if self.incoming:
                self.session.say(
                    Level.INFO,
                    "migration",
                    translate(
                        "Migrations",
                        "an incoming migration: {words} (the Migration pane follows it)",
                    ).format(words=info.words),
                )
            elif self.request is None:
                self.state.uri = ""
                self.state.guest_ran = self.session.run_status == "running"
                self.session.say(
                    Level.INFO,
                    "migration",
                    translate(
                        "Migrations",
                        "a migration started by another client: {words}; where to, QEMU does not tell (the Migration pane follows it)",
                    ).format(words=info.words),
                )
        # A destination that listened may see its migration only once ended: one
        # that takes less than a poll (QEMU's MIGRATION events come and go first).
        elif info.finished and (not idle or self.request is not None or listened or self.incoming):
            if self.session.domain is not None:
                if self.request is not None:
                    return  # the migration's own answer says its end (_domain_ended)
                sentence = self.state.outcome = self._domain.outcome_sentence(info)
            else:
                info = self.state.info  # with the last figures QEMU gave while it ran
                state = self.state
                sentence = outcome_sentence(
                    info, self.incoming, uri=state.uri, guest_ran=state.guest_ran
                )
            level = Level.ERROR if info.status == "failed" else Level.INFO
            uri = "" if self.incoming else self.state.uri
            self.session.say(level, "migration", sentence, outcome_data(info, uri))
            target = self.destination
            if info.status == "failed" and target is not None and self.request is not None:
                why = info.error_desc or translate("Migrations", "it failed")
                migrations_of(target)._spent = (target.info.connected_since, why)
            self.request = None
            self.destination = None
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
        list in `inmigrate`) the capabilities both sides must agree on first, then its
        migrate-incoming unless it listens at the request's URI already. Each command
        is logged as sent; the first refusal ends it; the start is logged with where to
        and the options. For a
        libvirt domain `request.uri` is the destination connection's URI
        (domain_migration.destination_uris()), `choices` libvirt's own (default: a move,
        as virt-manager's), and the Outcome comes once libvirt's job runs. Never
        raises."""
        if self.session.domain is not None:
            return await self._start_domain(request, choices or DomainChoices())
        held, label = await migration_held(self.session), translate("migration", MIGRATE_LABEL)
        if held is not None:  # sent, it would be refused and leave QEMU stuck in setup
            return Outcome(self.session.display_name, label, "migrate", 0.0, held)
        if destination is not None:
            target = migrations_of(destination)
            listening = request.uri in target.listening()
            offer = await target.ask_offer()
            commands = incoming_commands(request, offer, listening=listening)
            outcome = (
                await _run(destination, translate("migration", INCOMING_LABEL), commands)
                if commands
                else None
            )
            if outcome is not None and not outcome.ok:
                return outcome
            if not listening:
                target._told = (destination.info.connected_since, request.uri)
            destination.request_refresh(frozenset({MIGRATION}))
        self.request = request
        # A URI typed where a VM of the list listens goes to that VM all the same.
        self.destination = destination or listening_at(request.uri)
        state = self.state
        state.incoming = False
        state.uri, state.guest_ran = request.uri, self.session.run_status == "running"
        # The replies asked from now on tell of this migration (see _topic); the last
        # one's end, said already, loses its kept figures (an end alike is this one's).
        state.starts += 1
        state.info = parse_migration(state.info.raw)
        self._status = "none"
        outcome = await _run(self.session, label, start_commands(request, await self.ask_offer()))
        if not outcome.ok:
            self.request = None
            outcome = replace(outcome, error=migrate_refusal_words(outcome.error or ""))
        else:
            self._say_start(request, destination)
        self.state.settings_stale = True
        self.session.request_refresh(frozenset({MIGRATION}))
        return outcome

    def _say_start(self, request: MigrateRequest, destination: VmSession | None) -> None:
        """The start in the log: where to, and the options chosen, in words and data."""
        to = f"{destination.display_name} ({request.uri})" if destination else request.uri
        self.session.say(
            Level.INFO,
            "migration",
            translate("Migrations", "migration started to {to}: {v1}").format(
                to=to, v1=request_words(request)
            ),
            {
                "uri": request.uri,
                "destination": destination.display_name if destination else None,
                "destination-endpoint": destination.endpoint_text if destination else None,
                "capabilities": dict(request.capabilities),
                "parameters": dict(request.parameters),
            },
        )

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
            outcome = await _run(self.session, translate("migration", CHANGE_LABEL), steps)
        self.state.settings_stale = True
        # Passes made under the old settings say nothing of the new ones: judge afresh.
        self.state.since_s = time.monotonic()
        self.state.stuck, self.state.basis = False, None
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
        outcome = await perform(
            self.session, translate("migration", CANCEL_LABEL), "migrate_cancel", report=False
        )
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
