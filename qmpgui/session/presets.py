"""The Add device dialog's presets on a VM: what they need to know of it (the block
node names, network backends and MAC addresses in use, the free vCPU slots), and a
preset's commands sent in order. When a step fails, the backends the steps before it
created are removed again (the last made first), so that nothing is left behind;
when all went in, they are recorded with the device (Unplugs.record_created()), to be
removed after it is unplugged.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, field

from qmpgui.host.image_info import same_files
from qmpgui.i18n import translate
from qmpgui.qmp import QmpFailure
from qmpgui.qmp.device_errors import device_add_error
from qmpgui.qmp.image_lock import image_users, lock_refusal, lock_words, user_words
from qmpgui.qmp.presets import (
    CpuSlot,
    Step,
    cpu_why_not,
    format_clash,
    format_refused,
    free_cpu_slots,
    macs_in,
    netdev_ids,
)
from qmpgui.session.control import perform
from qmpgui.session.unplug import Backend, BackendKind, unplugs_of
from qmpgui.session.vm_session import VmSession

#: The words of a preset's backends kinds.
_KINDS = {"block": BackendKind.BLOCK, "netdev": BackendKind.NETDEV}


@dataclass(frozen=True, slots=True)
class PresetFacts:
    """What the presets need to know of the VM."""

    #: The node names of its block nodes, and its drives' ids.
    nodes: set[str] = field(default_factory=set)
    #: The ids of its network backends and NICs.
    netdevs: set[str] = field(default_factory=set)
    #: Its NICs' MAC addresses, lower case.
    macs: set[str] = field(default_factory=set)
    #: The free vCPU slots, lowest first.
    cpu_slots: list[CpuSlot] = field(default_factory=list)
    #: Why no vCPU can be added, or None.
    cpu_why_not: str | None = None


@dataclass(frozen=True, slots=True)
class PresetResult:
    """How a preset ended."""

    ok: bool
    #: What happened, in a sentence ("" when it worked: the caller says what was added).
    sentence: str = ""


async def _ask(session: VmSession, command: str, args: dict[str, object] | None = None) -> object:
    try:
        return await session.execute(command, args)
    except QmpFailure:
        return None


async def read_preset_facts(session: VmSession) -> PresetFacts:
    """What the presets need to know of `session`'s VM; a question QEMU does not
    answer leaves its part empty (QEMU then judges a name when it is used). Never
    raises a QmpFailure."""
    nodes: set[str] = set()
    for reply in (
        await _ask(session, "query-named-block-nodes", {"flat": True}),
        await _ask(session, "query-block"),
    ):
        for item in reply if isinstance(reply, list) else []:
            if isinstance(item, dict):
                nodes |= {str(item[k]) for k in ("node-name", "device") if item.get(k)}
    network = await _ask(session, "human-monitor-command", {"command-line": "info network"})
    cpus = await _ask(session, "query-hotpluggable-cpus")
    slots = free_cpu_slots(cpus)
    return PresetFacts(
        nodes, netdev_ids(network), macs_in(network), slots, cpu_why_not(cpus, slots)
    )


async def run_preset(session: VmSession, label: str, steps: Sequence[Step]) -> PresetResult:
    """Send `steps` in order (each logged as sent, under `label`). On a refusal, the
    backends made so far are removed again and the result says what failed, in
    words, and whether anything was left; on success the backends are recorded with
    the device (its `id`) and the panes refreshed. Never raises."""
    made: list[Backend] = []
    device_id = ""
    for step in steps:
        outcome = await perform(session, label, step.command, step.arguments, report=False)
        if not outcome.ok:
            desc = outcome.error or ""
            if outcome.error_class is not None:
                desc = desc.removeprefix(f"{outcome.error_class}: ")
            # QEMU takes an image's lock where it first needs it: a qcow2 node at its
            # blockdev-add, a raw one only once a device uses it (device_add).
            writer = lock_refusal(desc)
            fmt = str(step.arguments.get("driver", ""))
            if writer is not None:
                why = await _lock_why(session, steps, made, writer)
            elif step.command == "blockdev-add" and format_refused(desc, fmt):
                why = format_clash(_image_path(steps), fmt, None)
            else:
                why = device_add_error(desc, (), str(step.arguments.get("bus", "")))
            return PresetResult(
                False,
                translate("presets", "{command} failed: {why}; {v2}").format(
                    command=step.command, why=why, v2=await _undo(session, label, made)
                ),
            )
        if step.creates is not None:
            made.append(Backend(_KINDS[step.creates[0]], step.creates[1]))
        if step.command == "device_add":
            device_id = str(step.arguments.get("id", ""))
    if device_id:
        unplugs = unplugs_of(session)
        for backend in made:
            unplugs.record_created(device_id, backend)
    session.request_refresh()
    return PresetResult(True)


def _image_path(steps: Sequence[Step]) -> str:
    """The image file's path of `steps` (its file node's `filename`), "" if none."""
    return next((str(s.arguments["filename"]) for s in steps if "filename" in s.arguments), "")


async def _lock_why(
    session: VmSession, steps: Sequence[Step], made: list[Backend], writer: bool
) -> str:
    """Why the image of `steps` is locked, naming this VM's drive or node over the
    same file where there is one; `writer`: QEMU said the holder writes it."""
    path = _image_path(steps)
    # The format node: the blockdev-add over the file node.
    top = next((s for s in steps if s.command == "blockdev-add" and "file" in s.arguments), None)
    fmt = str(top.arguments.get("driver", "")) if top is not None else ""
    tried_read_only = any(s.arguments.get("read-only") is True for s in steps)
    block = await _ask(session, "query-block")
    nodes = await _ask(session, "query-named-block-nodes", {"flat": True})
    names = {
        str(v)
        for reply in (block, nodes)
        for item in (reply if isinstance(reply, list) else [])
        if isinstance(item, dict)
        for part in (item, item.get("inserted"), item.get("image"))
        if isinstance(part, dict)
        for v in (part.get("file"), part.get("filename"))
        if isinstance(v, str) and v
    }
    # Which names are this file: stat() and realpath() touch the disk, off the loop.
    same = await asyncio.get_running_loop().run_in_executor(None, same_files, path, names)
    users = image_users(block, nodes, same, {b.name for b in made})
    words = []
    for user in users:
        kind = ""
        if user.device_path:
            answer = await _ask(session, "qom-get", {"path": user.device_path, "property": "type"})
            kind = answer if isinstance(answer, str) else ""
        words.append(user_words(user, kind))
    writers = writer or any(not u.read_only for u in users)
    return lock_words(path, words, writers, tried_read_only, fmt)


async def _undo(session: VmSession, label: str, made: list[Backend]) -> str:
    if not made:
        return translate("presets", "nothing was created, so nothing is left behind")
    left = []
    for backend in reversed(made):
        outcome = await perform(
            session, label, backend.command, backend.arguments, report=False, note="undone"
        )
        if not outcome.ok:
            left.append(backend)
    removed = ", ".join(b.words for b in reversed(made) if b not in left)
    if not left:
        return translate(
            "presets", "what it had created ({removed}) is removed again: nothing is left behind"
        ).format(removed=removed)
    remains = "; ".join(f"{b.words} remains: remove it with {b.command}" for b in left)
    return translate("presets", "removed again: {v0}; {remains}").format(
        v0=removed or "nothing", remains=remains
    )
