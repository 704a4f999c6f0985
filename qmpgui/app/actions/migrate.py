"""Migrate… on the current VM: opens the dialog at once with the VMs of the list that
wait for an incoming migration, fills in what each QEMU offers and the source's
current limits as they answer, and starts the migration (session/migration.py's
Migrations.start: migrate-incoming on the chosen VM first). QEMU's refusal is said in
the dialog and the log; the dialog closes once the migration has started, and the
Migration pane follows it. A libvirt domain gets libvirt's dialog instead
(ui/domain_migrate_dialog.py): its destinations are the list's other libvirt
connections, and libvirt's migration API moves it (session/domain_migration.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from qmpgui.app.actions.host import ActionHost
from qmpgui.host.ports import free_tcp_port
from qmpgui.i18n import translate
from qmpgui.log.entry import Level
from qmpgui.qmp import QmpFailure
from qmpgui.qmp.migration_options import MigrateRequest
from qmpgui.qmp.migration_uri import UriRules
from qmpgui.session import VmSession
from qmpgui.session.domain_migration import DomainChoices, destination_uris
from qmpgui.session.migration import INCOMING_LABEL, MIGRATE_LABEL, migrations_of
from qmpgui.session.migration_yank import migration_held
from qmpgui.session.tasks import TaskSet

if TYPE_CHECKING:  # the dialogs load when one first opens: the window shows sooner
    from qmpgui.ui.domain_migrate_dialog import DomainMigrateDialog
    from qmpgui.ui.migrate_dialog import Destination, MigrateDialog


def migrate_refusal(session: VmSession) -> str | None:
    """Why `session` cannot start a migration now beyond a plain VM's run state (which
    the action table checks): a libvirt domain that is not running or paused (libvirt
    migrates a domain live), one already under way. None when it can."""
    domain = session.domain
    if domain is not None:
        if domain.active is False:
            return translate(
                "migrate",
                "the domain is {v0}: libvirt migrates a running or paused domain live (Start it first)",
            ).format(v0=domain.state or translate("migrate", "shut off"))
        if not session.connected:
            return translate("migrate", "not connected")
        status = session.run_status
        if status not in ("running", "paused"):
            return translate(
                "migrate", "only a running or paused domain can migrate (it is {v0})"
            ).format(v0=status or "unknown")
    info = migrations_of(session).state.info
    if info.active:
        return translate("migrate", "a migration of this VM is already under way ({words})").format(
            words=info.words
        )
    return None


def waiting_vms(source: VmSession, sessions: list[VmSession]) -> list[Destination]:
    """The VMs of the list a migration of `source` can go to: connected plain QMP VMs in
    run state `inmigrate`, one that listens already (started with -incoming URI, or
    told before by an attempt that failed) at its URI, one started with -incoming
    defer at a proposed URI (proposed_uri())."""
    from qmpgui.ui.migrate_dialog import Destination  # noqa: PLC0415 (loads when first opened)

    found: list[Destination] = []
    for s in sessions:
        if s is source or not s.connected or s.domain is not None:
            continue
        if s.run_status != "inmigrate":
            continue
        migrations = migrations_of(s)
        listening = migrations.listening()
        if listening:
            found.append(Destination(s, listening[0], listening=True, spent=migrations.spent()))
        else:
            found.append(Destination(s, proposed_uri(s)))
    return found


def proposed_uri(destination: VmSession) -> str:
    """Where a waiting VM on this host is told to listen: a free port on the loopback;
    "" for a VM on another host (the user says which address), or when no port was
    free."""
    endpoint = destination.endpoint
    if endpoint is None or not endpoint.is_local:
        return ""
    port = free_tcp_port()
    return f"tcp:127.0.0.1:{port}" if port is not None else ""


class Migrate:
    """Runs Migrate… on the current VM, one dialog at a time."""

    def __init__(self, host: ActionHost) -> None:
        self.host = host
        self.tasks = TaskSet()
        self.dialog: MigrateDialog | DomainMigrateDialog | None = None

    def open(self) -> None:
        """Open the dialog for the current VM, or say why it cannot migrate."""
        session = self.host.selection.current
        if session is None or not session.connected:
            return
        why = migrate_refusal(session)
        if why is not None:
            self.host.say(
                Level.WARNING, f"{translate('migration', MIGRATE_LABEL)}: {why}", vm=session
            )
            return
        if self.dialog is not None:
            self.dialog.close()
        if session.domain is not None:
            self._open_domain(session)
            return
        from qmpgui.ui.migrate_dialog import MigrateDialog  # noqa: PLC0415 (first opened)

        destinations = waiting_vms(session, self.host.sessions())
        dialog = MigrateDialog(
            self.host.parent, session.display_name, destinations, uuid=session.info.uuid
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.startRequested.connect(
            lambda request, target: self.tasks.spawn(
                self._start(session, dialog, request, target), name="migrate-start"
            )
        )
        dialog.finished.connect(lambda _=0: self._closed(dialog))
        self.dialog = dialog
        dialog.show()
        self.tasks.spawn(self._fill(session, dialog), name="migrate-offers")

    def _open_domain(self, session: VmSession) -> None:
        assert session.domain is not None
        from qmpgui.ui.domain_migrate_dialog import DomainMigrateDialog  # noqa: PLC0415

        destinations = destination_uris(session, self.host.connections())
        dialog = DomainMigrateDialog(
            self.host.parent, session.display_name, session.domain.uri, destinations
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.startRequested.connect(
            lambda request, choices: self.tasks.spawn(
                self._start_domain(session, dialog, request, choices), name="migrate-start"
            )
        )
        dialog.finished.connect(lambda _=0: self._closed(dialog))
        self.dialog = dialog
        dialog.show()
        self.tasks.spawn(self._fill_domain(session, dialog), name="migrate-offers")

    async def _fill_domain(self, session: VmSession, dialog: DomainMigrateDialog) -> None:
        offer = await migrations_of(session).ask_offer()
        settings: object = {}
        if session.domain is not None:
            try:
                settings = await session.domain.call("migration_settings")
            except QmpFailure:  # the limits stay libvirt's defaults as shown
                settings = {}
        if self.dialog is dialog:
            dialog.set_source(offer, dict(settings) if isinstance(settings, dict) else {})

    async def _start_domain(
        self,
        session: VmSession,
        dialog: DomainMigrateDialog,
        request: MigrateRequest,
        choices: DomainChoices,
    ) -> None:
        why = migrate_refusal(session)
        if why is not None:
            dialog.show_error(why)
            return
        outcome = await migrations_of(session).start(request, choices=choices)
        if outcome.ok:
            self.host.say(
                Level.INFO,
                translate("Migrate", "{MIGRATE_LABEL}: started to {uri} through libvirt").format(
                    MIGRATE_LABEL=translate("migration", MIGRATE_LABEL), uri=request.uri
                ),
                vm=session,
            )
            if self.dialog is dialog:
                dialog.accept()
            return
        # The session's log entry says libvirt's refusal already; the dialog says it too.
        if self.dialog is dialog:
            dialog.show_error(f"{translate('migration', MIGRATE_LABEL)}: {outcome.error}")

    def _closed(self, dialog: MigrateDialog | DomainMigrateDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
            task = self.tasks.get("migrate-offers")
            if task is not None:
                task.cancel()

    async def _fill(self, session: VmSession, dialog: MigrateDialog) -> None:
        offer = await migrations_of(session).ask_offer()
        try:
            parameters = await session.execute("query-migrate-parameters")
        except QmpFailure:
            parameters = {}
        rules = UriRules(file=bool(session.server_caps.takes("migrate", "channels")))
        if self.dialog is not dialog:
            return
        dialog.set_source(offer, dict(parameters) if isinstance(parameters, dict) else {}, rules)
        held = await migration_held(session)
        if held is not None and self.dialog is dialog:  # said before anything is chosen
            dialog.show_error(f"{translate('migration', MIGRATE_LABEL)}: {held}")
            dialog.start_button.setEnabled(False)
        for index, destination in enumerate(list(dialog.destinations)):
            theirs = await migrations_of(destination.session).ask_offer()
            if self.dialog is not dialog:
                return
            dialog.set_destination_offer(index, theirs)

    async def _start(
        self,
        session: VmSession,
        dialog: MigrateDialog,
        request: MigrateRequest,
        destination: VmSession | None,
    ) -> None:
        why = migrate_refusal(session)
        if why is None and not session.connected:
            why = translate("Migrate", "not connected")
        if why is not None:
            dialog.show_error(why)
            return
        outcome = await migrations_of(session).start(request, destination)
        if outcome.ok:  # the session's log entry says where to and with which options
            if self.dialog is dialog:
                dialog.accept()
            return
        # A refusal of the destination's commands is the destination's entry.
        target = destination if outcome.label == translate("migration", INCOMING_LABEL) else session
        sentence = translate("Migrate", "{label}: {command} refused: {error}").format(
            label=outcome.label, command=outcome.command, error=outcome.error
        )
        self.host.say(Level.ERROR, sentence, vm=target)
        if self.dialog is dialog:
            dialog.show_error(sentence)

    async def aclose(self) -> None:
        """End the dialog's questions and a start under way."""
        if self.dialog is not None:
            self.dialog.close()
        await self.tasks.aclose()
