"""The Add device dialog's presets on the current VM: what the forms need to know of
it, an image file looked at on this host in a worker thread before anything is sent,
and the preset's commands run (session/presets.py), its outcome said in the dialog
and the log. The dialog's modules load when it first opens."""

from __future__ import annotations

import asyncio
import zlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from qmpgui.app.actions.host import ActionHost
from qmpgui.host.image_info import ImageInfo, ImageProblem, image_info
from qmpgui.i18n import translate
from qmpgui.log.entry import Level
from qmpgui.qmp.device_types import pluggable_buses
from qmpgui.session import VmSession
from qmpgui.session.devices import ADD_LABEL, Catalogue
from qmpgui.session.presets import read_preset_facts, run_preset
from qmpgui.session.tasks import TaskSet

if TYPE_CHECKING:
    from qmpgui.ui.device_add_dialog import DeviceAddDialog
    from qmpgui.ui.preset_forms import PresetContext


async def preset_context(session: VmSession, catalogue: Catalogue) -> PresetContext:
    """What the preset forms need to know of `session`'s VM, from its catalogue and a
    few questions of its own. Never raises a QmpFailure."""
    from qmpgui.ui.preset_forms import PresetContext  # noqa: PLC0415 (loads when first opened)

    facts = await read_preset_facts(session)
    kinds = ("PCI", "usb-bus", "SCSI")
    buses = {k: pluggable_buses(k, catalogue.buses, catalogue.hotpluggable) for k in kinds}
    why_not: dict[str, str | None] = {o.type.name: o.why_not for o in catalogue.offers}
    why_not["cpu"] = facts.cpu_why_not
    endpoint = session.endpoint
    remote = None if endpoint is None or endpoint.is_local else endpoint.host
    return PresetContext(
        ids=set(catalogue.ids),
        nodes=facts.nodes,
        netdevs=facts.netdevs,
        macs=facts.macs,
        cpu_slots=facts.cpu_slots,
        buses=buses,
        why_not=why_not,
        remote_host=remote,
        mac_seed=zlib.crc32(session.endpoint_text.encode()),
    )


async def look_at_image(path: str) -> ImageInfo:
    """image_info() in a worker thread: the window never waits for the disk or qemu-img;
    raises ImageProblem."""
    return await asyncio.get_running_loop().run_in_executor(None, image_info, path)


class Presets:
    """Runs the presets of one Add device dialog at a time."""

    def __init__(self, host: ActionHost) -> None:
        self.host = host
        self.tasks = TaskSet()

    def attach(
        self, session: VmSession, dialog: DeviceAddDialog, is_open: Callable[[], bool]
    ) -> None:
        """Answer `dialog`'s preset requests for `session`; `is_open()` says whether the
        dialog is still open (a preset under way ends and is logged after it closed)."""
        dialog.presetRequested.connect(
            lambda key: self.tasks.spawn(self._run(session, dialog, key, is_open), finish=True)
        )
        dialog.presets.imageChosen.connect(
            lambda key, path: self.tasks.spawn(
                self._look(dialog, key, path, is_open), name=f"image {key}"
            )
        )

    async def _look(
        self, dialog: DeviceAddDialog, key: str, path: str, is_open: Callable[[], bool]
    ) -> None:
        from qmpgui.ui.preset_forms import ImageForm  # noqa: PLC0415 (loads when first opened)

        form = dialog.presets.forms.get(key)
        if not isinstance(form, ImageForm) or not form.needs_look or not path:
            return
        try:
            info: ImageInfo | None = await look_at_image(path)
            problem = ""
        except ImageProblem as error:
            info, problem = None, str(error)
        if is_open():
            form.set_info(path, info, problem)

    async def _run(
        self, session: VmSession, dialog: DeviceAddDialog, key: str, is_open: Callable[[], bool]
    ) -> None:
        from qmpgui.ui.device_presets import PRESETS  # noqa: PLC0415 (loads when first opened)
        from qmpgui.ui.preset_forms import ImageForm  # noqa: PLC0415 (loads when first opened)

        name = next(n for k, n, _ in PRESETS if k == key)
        form = dialog.presets.forms[key]
        if isinstance(form, ImageForm) and form.needs_look and form.path:
            # Looked at again: the file may have changed since it was chosen.
            path = form.path
            try:
                info = await look_at_image(path)
            except ImageProblem as problem:
                if is_open():
                    form.set_info(path, None, str(problem))
                self._failed(
                    session,
                    dialog,
                    is_open,
                    translate("Presets", "{name}: {problem}; nothing was sent").format(
                        name=name, problem=problem
                    ),
                )
                return
            if not is_open():
                return  # closed meanwhile: nothing is sent
            form.set_info(path, info)
        steps, problems = form.steps()
        if problems:
            self._failed(
                session,
                dialog,
                is_open,
                translate("Presets", "{name}: {v1}; nothing was sent").format(
                    name=name, v1=problems[0]
                ),
            )
            return
        device_id = form.device_id  # the form goes with the dialog, which may close meanwhile
        result = await run_preset(session, translate("devices", ADD_LABEL), steps)
        if not result.ok:
            self._failed(session, dialog, is_open, f"{name}: {result.sentence}")
            return
        made = [s.creates[1] for s in steps if s.creates is not None]
        with_made = (
            translate("Presets", " with {v0} (removed with it)").format(v0=", ".join(made))
            if made
            else ""
        )
        self.host.say(
            Level.INFO,
            translate("Presets", "{ADD_LABEL}: {name} '{device_id}' added{with_made}").format(
                ADD_LABEL=translate("devices", ADD_LABEL),
                name=name,
                device_id=device_id,
                with_made=with_made,
            ),
            vm=session,
        )
        if is_open():
            dialog.accept()

    def _failed(
        self,
        session: VmSession,
        dialog: DeviceAddDialog,
        is_open: Callable[[], bool],
        sentence: str,
    ) -> None:
        self.host.say(
            Level.ERROR,
            translate("Presets", "{ADD_LABEL} failed: {sentence}").format(
                ADD_LABEL=translate("devices", ADD_LABEL), sentence=sentence
            ),
            vm=session,
        )
        if is_open():
            dialog.show_error(sentence)

    async def aclose(self) -> None:
        """End what is under way."""
        await self.tasks.aclose()
