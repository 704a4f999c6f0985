"""Add device on the current VM: opens the dialog at once and fills it as QEMU answers
(the types, then the chosen type's properties, the objects its links can name and the
free backends its drive/netdev/chardev can); sends the device_add, says QEMU's refusal
in words in the dialog and the log, and closes the dialog once the device is in. A
libvirt domain's devices are libvirt's (app/actions/domain_devices.py). The dialog's
modules load when it first opens."""

from __future__ import annotations

import asyncio
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from qmpgui.app.actions.device_presets import Presets, preset_context
from qmpgui.app.actions.domain_devices import DomainDevices
from qmpgui.app.actions.host import ActionHost
from qmpgui.i18n import translate
from qmpgui.log.entry import Level
from qmpgui.qmp import QmpFailure
from qmpgui.qmp.backends import Choices
from qmpgui.qmp.device_errors import device_add_error
from qmpgui.qmp.device_props import Kind, Property
from qmpgui.qmp.device_types import pluggable_buses
from qmpgui.session import VmSession
from qmpgui.session.backends import backend_choices, link_choices
from qmpgui.session.control import failure_text
from qmpgui.session.devices import (
    ADD_LABEL,
    Catalogue,
    add_device,
    read_catalogue,
    read_properties,
)
from qmpgui.session.tasks import TaskSet

if TYPE_CHECKING:
    from qmpgui.ui.device_add_dialog import DeviceAddDialog
    from qmpgui.ui.device_form import DeviceForm

#: The name of a type's task asking what its links and backends can name, before the type.
CHOICES = "device-choices:"
#: How long a device_add that timed out is looked for, and how often (seconds).
LATE_LOOK_S = 60.0
LATE_POLL_S = 2.0


class Devices:
    """Runs Add device on the current VM."""

    def __init__(self, host: ActionHost) -> None:
        self.host = host
        self.tasks = TaskSet()
        self.dialog: DeviceAddDialog | None = None
        #: The VM the dialog open is for.
        self.dialog_session: VmSession | None = None
        self.catalogue: Catalogue | None = None
        self.presets = Presets(host)
        #: A libvirt domain's devices go through libvirt (its device XML).
        self.domains = DomainDevices(host)

    def add(self) -> None:
        """Open the Add device dialog for the current VM (one at a time)."""
        session = self.host.selection.current
        if session is None or not session.connected:
            return
        if session.domain is not None:
            self.domains.add(session)
            return
        if self.dialog is not None and self.dialog_session is session:
            # Asked again for the same VM: the dialog open keeps what was typed.
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        if self.dialog is not None:
            self.dialog.close()
        from qmpgui.ui.device_add_dialog import DeviceAddDialog  # noqa: PLC0415 (first opened)

        dialog = DeviceAddDialog(self.host.parent, session.display_name)
        self.dialog_session = session
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.typeChosen.connect(lambda name: self._type_chosen(session, dialog, name))
        dialog.addRequested.connect(lambda args: self._add(session, dialog, args))
        dialog.refused.connect(lambda why: self._refused(session, why))
        dialog.finished.connect(lambda _=0: self._closed(dialog))
        self.presets.attach(session, dialog, lambda: self.dialog is dialog)
        self.dialog = dialog
        self.catalogue = None
        dialog.show()
        self.tasks.spawn(self._fill(session, dialog), name="device-catalogue")

    def _closed(self, dialog: DeviceAddDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
            # A device_add under way is left to end: its outcome is still logged.
            for task in list(self.tasks):
                if task.get_name() in ("device-catalogue", "device-properties") or (
                    task.get_name().startswith(CHOICES)
                ):
                    task.cancel()

    async def _fill(self, session: VmSession, dialog: DeviceAddDialog) -> None:
        try:
            catalogue = await read_catalogue(session)
        except QmpFailure as failure:
            sentence = translate(
                "Devices", "{ADD_LABEL}: QEMU did not list its device types: {v1}"
            ).format(ADD_LABEL=translate("devices", ADD_LABEL), v1=failure_text(failure))
            self.host.say(Level.ERROR, sentence, vm=session)
            if self.dialog is dialog:
                dialog.set_failed(sentence)
            return
        if self.dialog is not dialog:
            return
        self.catalogue = catalogue
        note = catalogue.note
        if catalogue.internal:
            note = translate(
                "Devices",
                "{internal} more types are QEMU's own parts, which only QEMU creates: not listed. {note}",
            ).format(internal=catalogue.internal, note=note)
        dialog.set_catalogue(catalogue.offers, catalogue.categories, catalogue.ids, note)
        context = await preset_context(session, catalogue)
        if self.dialog is dialog:
            dialog.set_presets(context)

    def _type_chosen(self, session: VmSession, dialog: DeviceAddDialog, name: str) -> None:
        # A new choice cancels the questions about the one before.
        self.tasks.spawn(self._properties(session, dialog, name), name="device-properties")

    async def _properties(self, session: VmSession, dialog: DeviceAddDialog, name: str) -> None:
        try:
            properties = await read_properties(session, name)
        except QmpFailure as failure:
            dialog.show_error(
                translate("Devices", "QEMU did not list the properties of {name}: {v1}").format(
                    name=name, v1=failure_text(failure)
                )
            )
            return
        catalogue = self.catalogue
        offer = (
            next((o for o in catalogue.offers if o.type.name == name), None) if catalogue else None
        )
        preferred = ""
        if catalogue is not None and offer is not None and offer.buses:
            kind = [b for b in catalogue.buses if b.kind == offer.type.bus]
            # QEMU's own choice may be a bus without hot-plug (q35's pcie.0): then the
            # first one that takes it is chosen.
            if any(b.name not in catalogue.hotpluggable for b in kind):
                preferred = offer.buses[0]
        if self.dialog is not dialog:
            return
        dialog.set_properties(name, properties, preferred)
        form = dialog.form
        if form is not None:
            # Its own task: choosing another type meanwhile keeps this form (the dialog
            # shows it again), which still gets what QEMU says is free.
            self.tasks.spawn(
                self._choices(session, dialog, form, properties), name=f"{CHOICES}{name}"
            )

    async def _choices(
        self,
        session: VmSession,
        dialog: DeviceAddDialog,
        form: DeviceForm,
        properties: list[Property],
    ) -> None:
        """Offer in `form` what each link and backend property can name now."""
        for prop in properties:
            field = form.fields[prop.name]
            if not field.asks_qemu:
                continue
            try:
                if prop.kind is Kind.LINK:
                    choices: Choices | None = await link_choices(session, prop.target)
                else:
                    choices = await backend_choices(session, prop.backend)
            except QmpFailure as failure:
                if self.dialog is dialog:
                    field.choices_unknown(failure_text(failure))
                continue  # left free to type: QEMU judges the id
            if self.dialog is dialog and choices is not None:
                field.set_choices(choices)

    def _refused(self, session: VmSession, why: str) -> None:
        self.host.say(
            Level.ERROR,
            translate("Devices", "{ADD_LABEL} failed: {why}").format(
                ADD_LABEL=translate("devices", ADD_LABEL), why=why
            ),
            vm=session,
        )

    def _add(self, session: VmSession, dialog: DeviceAddDialog, args: dict[str, object]) -> None:
        self.tasks.spawn(self._send(session, dialog, args), finish=True)

    async def _send(
        self, session: VmSession, dialog: DeviceAddDialog, args: dict[str, object]
    ) -> None:
        outcome = await add_device(session, args)
        if outcome.ok:
            self.host.say(
                Level.INFO,
                translate("Devices", "{ADD_LABEL}: {v1} '{v2}' added ({short})").format(
                    ADD_LABEL=translate("devices", ADD_LABEL),
                    v1=args["driver"],
                    v2=args.get("id", ""),
                    short=outcome.short,
                ),
                vm=session,
            )
            if self.dialog is dialog:
                dialog.accept()
            return
        device_id = str(args.get("id") or "")
        if outcome.timed_out and device_id:
            # QEMU may still carry it out when it answers: looked for, not called failed.
            sentence = translate(
                "Devices",
                "QEMU did not answer within {command_timeout_s:g} s: '{device_id}' may still be added when it does; qmpgui looks for it for {LATE_LOOK_S:g} s",
            ).format(
                command_timeout_s=session.settings.command_timeout_s,
                device_id=device_id,
                LATE_LOOK_S=LATE_LOOK_S,
            )
            self.host.say(Level.WARNING, f"{ADD_LABEL}: {sentence}", vm=session)
            if self.dialog is dialog:
                dialog.show_error(sentence)
            self.tasks.spawn(self._look_late(session, dialog, device_id), name="device-late")
            return
        buses: list[str] = []
        catalogue = self.catalogue
        if catalogue is not None:
            offer = next((o for o in catalogue.offers if o.type.name == args["driver"]), None)
            kind = offer.type.bus if offer else None
            buses = pluggable_buses(kind, catalogue.buses, catalogue.hotpluggable)
        desc = outcome.error or ""
        if outcome.error_class is not None:
            desc = desc.removeprefix(f"{outcome.error_class}: ")
        sentence = device_add_error(desc, buses, str(args.get("bus", "")))
        self.host.say(
            Level.ERROR,
            translate("Devices", "{ADD_LABEL} failed: {sentence}").format(
                ADD_LABEL=translate("devices", ADD_LABEL), sentence=sentence
            ),
            vm=session,
        )
        if self.dialog is dialog:
            dialog.show_error(sentence)

    async def _look_late(self, session: VmSession, dialog: DeviceAddDialog, device_id: str) -> None:
        """Look for `device_id` every few seconds after a device_add that timed out."""
        deadline = time.monotonic() + LATE_LOOK_S
        while time.monotonic() < deadline and session.connected:
            await asyncio.sleep(LATE_POLL_S)
            path = f"/machine/peripheral/{device_id}"
            try:
                await session.execute("qom-get", {"path": path, "property": "type"})
            except QmpFailure:
                continue  # not there (yet), or QEMU still stuck
            self.host.say(
                Level.INFO,
                translate("Devices", "{ADD_LABEL}: '{device_id}' was added after all").format(
                    ADD_LABEL=translate("devices", ADD_LABEL), device_id=device_id
                ),
                vm=session,
            )
            session.request_refresh()
            if self.dialog is dialog:
                dialog.accept()
            return

    async def aclose(self) -> None:
        """Close the dialog and end what is under way."""
        if self.dialog is not None:
            self.dialog.close()
        if self.domains.dialog is not None:
            self.domains.dialog.close()
        await self.presets.aclose()
        await self.tasks.aclose()
        await self.domains.aclose()
