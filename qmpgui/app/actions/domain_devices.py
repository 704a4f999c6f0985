"""Add device on a libvirt domain: the domain's own dialog (a disk, a CD-ROM drive, a
NIC, a USB tablet as device XML), attached through libvirt (worker op attach_device),
live only or kept in the domain's definition too; libvirt's refusal is said in the
dialog, which keeps what the user typed, in words of its own where libvirt passes on
QEMU's (an image in use, no free USB port). An image on this host is looked at in a
worker thread for its format as its path is typed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from qmpgui.app.actions.device_presets import look_at_image
from qmpgui.app.actions.domain_refusals import refusal_words
from qmpgui.app.actions.host import ActionHost
from qmpgui.host.image_info import ImageInfo, ImageProblem
from qmpgui.i18n import translate
from qmpgui.log.entry import Level
from qmpgui.qmp import QmpFailure
from qmpgui.qmp.presets import macs_in
from qmpgui.session import VmSession
from qmpgui.session.control import devices_hint, perform_libvirt
from qmpgui.session.devices import ADD_LABEL
from qmpgui.session.tasks import TaskSet

if TYPE_CHECKING:  # loaded when first opened: it writes XML, whose module is slow to load
    from qmpgui.ui.domain_device_dialog import DomainDeviceDialog


class DomainDevices:
    """Runs Add device on a libvirt domain."""

    def __init__(self, host: ActionHost) -> None:
        self.host = host
        self.tasks = TaskSet()
        self.dialog: DomainDeviceDialog | None = None
        self.dialog_session: VmSession | None = None

    def add(self, session: VmSession) -> None:
        """Open the domain's Add device dialog (one at a time): the one open for the same
        domain comes to the front with what was typed in it; one open for another VM is
        closed, as the plain dialog is."""
        if self.dialog is not None and self.dialog_session is session:
            self.dialog.show()
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        if self.dialog is not None:
            self.dialog.close()
        targets = set(session.inspection.block.targets.values())
        endpoint = session.endpoint
        from qmpgui.ui.domain_device_dialog import DomainDeviceDialog  # noqa: PLC0415

        dialog = DomainDeviceDialog(
            self.host.parent,
            session.display_name,
            targets,
            set(),
            # The image is a file of the domain's host: browsed for only on this one.
            local=endpoint is not None and endpoint.is_local,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.attachRequested.connect(
            lambda xml, persistent: self.tasks.spawn(
                self._attach(session, dialog, xml, persistent), name="domain-attach"
            )
        )
        # A newer look cancels the older (same name): only the latest text counts.
        dialog.imageChosen.connect(
            lambda path: self.tasks.spawn(self._look(dialog, path), name="domain-image")
        )
        dialog.finished.connect(lambda _=0: self._closed(dialog))
        self.dialog, self.dialog_session = dialog, session
        dialog.show()
        self.tasks.spawn(self._networks(session, dialog), name="domain-networks")
        self.tasks.spawn(self._macs(session, dialog), name="domain-macs")

    async def _macs(self, session: VmSession, dialog: DomainDeviceDialog) -> None:
        """Tell the NIC form the domain's MACs (HMP `info network` through libvirt's
        monitor pass-through): libvirt refuses a NIC with a MAC in use."""
        try:
            text = await session.execute("human-monitor-command", {"command-line": "info network"})
        except QmpFailure:
            return  # the form's own check still refuses a malformed MAC
        if self.dialog is dialog:
            dialog.set_macs(macs_in(text))

    async def _networks(self, session: VmSession, dialog: DomainDeviceDialog) -> None:
        """Offer the host's active libvirt networks; none when libvirt does not say."""
        assert session.domain is not None
        try:
            names = await session.domain.call("networks")
        except QmpFailure:
            return  # user networking, or a name typed, still work
        if self.dialog is dialog and isinstance(names, list):
            dialog.set_networks([str(n) for n in names])

    async def _look(self, dialog: DomainDeviceDialog, path: str) -> None:
        """Read the format of the image at `path` on this host for `dialog`."""
        try:
            info: ImageInfo | None = await look_at_image(path)
            problem = ""
        except ImageProblem as error:
            info, problem = None, str(error)
        if self.dialog is dialog:
            dialog.set_info(path, info, problem)

    def _closed(self, dialog: DomainDeviceDialog) -> None:
        if self.dialog is dialog:
            self.dialog, self.dialog_session = None, None

    async def _attach(
        self, session: VmSession, dialog: DomainDeviceDialog, xml: str, persistent: bool
    ) -> None:
        target = dialog.chosen_target()
        choice = dialog.disk_choice()  # the form stays editable while libvirt works
        outcome = await perform_libvirt(
            session,
            translate("devices", ADD_LABEL),
            "attach_device",
            report=False,
            look_at=devices_hint(session),
            xml=xml,
            persistent=persistent,
        )
        if not outcome.ok:
            words = await refusal_words(session, outcome.error or "", choice)
            sentence = translate("DomainDevices", "the device was not attached: {words}").format(
                words=words
            )
            self.host.say(Level.ERROR, f"{ADD_LABEL}: {sentence}", vm=session)
            if self.dialog is dialog:
                dialog.show_error(sentence)
            return
        kept = (
            translate("DomainDevices", "kept in the domain's definition")
            if persistent
            else translate("DomainDevices", "for this run only")
        )
        self.host.say(
            Level.INFO,
            translate(
                "DomainDevices", "{ADD_LABEL} (libvirt attach_device) ok: attached, {kept}"
            ).format(ADD_LABEL=translate("devices", ADD_LABEL), kept=kept),
            vm=session,
        )
        if target:
            # Taken now: the next dialog must not propose it before the drives are read.
            session.inspection.block.targets.setdefault(f"(attached) {target}", target)
        session.request_refresh()
        if self.dialog is dialog:
            dialog.accept()

    async def aclose(self) -> None:
        """End what is under way."""
        await self.tasks.aclose()
