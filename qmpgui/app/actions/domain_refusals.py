"""libvirt's refusal of a device for a domain, in words of the domain where libvirt
passes on QEMU's or its own terse ones: an image another disk of the domain (or another
program) holds locked, a USB controller without a free port. Any other refusal is
libvirt's own sentence."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from qmpgui.host.image_info import same_files
from qmpgui.i18n import marked, translate
from qmpgui.qmp import QmpFailure
from qmpgui.qmp.image_lock import lock_refusal, lock_words
from qmpgui.session import VmSession
from qmpgui.session.control import devices_hint

if TYPE_CHECKING:
    from qmpgui.virt.device_xml import DiskChoice

#: libvirt 9.0's refusal when every port of the domain's USB controllers is taken.
NO_USB_PORT = marked("domain_refusals", "No free USB ports")


def usb_words(domain: str) -> str:
    """What to do when the domain's USB controller has no free port."""
    return translate(
        "domain_refusals",
        "the USB controller of {domain} has no free port: remove a USB device from it first (Remove device), or give the domain another USB controller or a USB hub in its definition (virsh edit {domain}), which it has from its next start",
    ).format(domain=domain)


async def refusal_words(session: VmSession, error: str, choice: DiskChoice | None) -> str:
    """The words for libvirt's refusal `error` (perform_libvirt's, with where to look)
    of the device `choice` (None: not a disk) on `session`'s domain. Never raises."""
    name = session.domain.name if session.domain is not None else session.display_name
    hint = f" ({devices_hint(session)})"
    if NO_USB_PORT in error:
        return usb_words(name) + hint
    writer = lock_refusal(error)
    if writer is None or choice is None or not choice.path:
        return error
    users, writers = await _users(session, choice.path)
    words = lock_words(
        choice.path,
        [translate("domain_refusals", "disk '{target}'").format(target=target) for target in users],
        writer or writers,
        choice.read_only or choice.cdrom,
        choice.image_format,
        owner=translate("domain_refusals", "the domain {name}").format(name=name),
        read_only_box=translate("domain_refusals", "Read-only"),
    )
    return words + hint


async def _users(session: VmSession, path: str) -> tuple[list[str], bool]:
    """The targets of the domain's disks over the file at `path` (from libvirt's live
    XML), and whether one of them writes it; none when libvirt does not say."""
    assert session.domain is not None
    try:
        disks = await session.domain.call("disk_files")
    except QmpFailure:
        return [], False
    files = {
        str(d["file"]): d
        for d in (disks if isinstance(disks, list) else [])
        if isinstance(d, dict) and d.get("file") and d.get("target")
    }
    endpoint = session.endpoint
    if endpoint is not None and endpoint.is_local:
        # The same file by another name (a link): stat() touches the disk, off the loop.
        loop = asyncio.get_running_loop()
        same = await loop.run_in_executor(None, same_files, path, list(files))
    else:
        same = {path} & set(files)  # the files are on the domain's host: names only
    users = [files[f] for f in sorted(same)]
    return [str(d["target"]) for d in users], any(not d.get("read_only") for d in users)
