"""An image file QEMU would not open because something holds its lock: telling the
refusal from others, finding which of this VM's drives or block nodes use the file
(from `query-block` and `query-named-block-nodes`), and saying so with what to do.
No I/O: which file names are the same file is found out by the caller.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from qmpgui.i18n import translate

#: QEMU 7.2's refusal of an image another user holds: `Failed to get "write" lock`
#: (this opener wants to write, or to read what nobody else writes) or `Failed to get
#: shared "write" lock` (this one only reads, but another writes).
_LOCK = re.compile(r'Failed to get (?P<shared>shared )?"[\w ]+" lock')

#: The part of a drive's qdev path that is not the device (virtio-blk's backend).
_BACKEND = "/virtio-backend"
#: Where QEMU puts a device given an id (-device, device_add).
_PERIPHERAL = "/machine/peripheral/"


def lock_refusal(desc: str) -> bool | None:
    """None when QEMU's error `desc` is not a refused image lock; else whether the
    holder writes the image for sure (QEMU refused a reader a shared lock)."""
    found = _LOCK.search(desc)
    return None if found is None else found["shared"] is not None


@dataclass(frozen=True, slots=True)
class ImageUser:
    """A user of an image file in this VM: a drive, or block nodes no drive uses."""

    #: The drive's top node, or the node no drive uses.
    node: str
    #: The QOM path of the drive's device ("/machine/peripheral/disk0"), "" if none.
    device_path: str = ""
    #: The drive's -drive name ("ide0-hd0"), "" for one made with -blockdev.
    drive: str = ""
    #: Whether it only reads the image.
    read_only: bool = False

    @property
    def device_id(self) -> str:
        """The device's id when the user gave it one (a path under /machine/peripheral)."""
        head, _, rest = self.device_path.partition(_PERIPHERAL)
        return rest if not head and rest and "/" not in rest else ""


def _files(item: dict[str, object]) -> set[str]:
    image = item.get("image")
    names = {item.get("file"), image.get("filename") if isinstance(image, dict) else None}
    return {n for n in names if isinstance(n, str) and n}


def image_users(
    block: object, nodes: object, same: Collection[str], skip: Collection[str] = ()
) -> list[ImageUser]:
    """This VM's users of the file whose names are `same`, from the replies of
    `query-block` and `query-named-block-nodes` (flat): its drives, or when none, the
    block nodes over it (format nodes before file nodes), leaving out the nodes
    named in `skip`. Never raises."""
    users = []
    for entry in block if isinstance(block, list) else []:
        inserted = entry.get("inserted") if isinstance(entry, dict) else None
        if not isinstance(inserted, dict) or not _files(inserted) & set(same):
            continue
        qdev = str(entry.get("qdev") or "").removesuffix(_BACKEND)
        # query-block gives a device that has an id (scsi-hd 'disk1') by that id
        # alone, and one without (virtio-blk's backend) by its QOM path.
        if qdev and not qdev.startswith("/"):
            qdev = _PERIPHERAL + qdev
        users.append(
            ImageUser(
                str(inserted.get("node-name") or ""),
                qdev,
                str(entry.get("device") or ""),
                inserted.get("ro") is True,
            )
        )
    if users:
        return users
    over = [
        n
        for n in (nodes if isinstance(nodes, list) else [])
        if isinstance(n, dict)
        and _files(n) & set(same)
        and n.get("node-name")
        and n.get("node-name") not in skip
    ]
    tops = [n for n in over if n.get("drv") != "file"] or over
    return [ImageUser(str(n["node-name"]), read_only=n.get("ro") is True) for n in tops]


def user_words(user: ImageUser, device_type: str = "") -> str:
    """ "disk 'disk0' (virtio-blk-pci)", "drive 'ide0-hd0'", "block node 'data-format'"."""
    kind = f" ({device_type})" if device_type else ""
    if user.device_id:
        return translate("image_lock", "disk '{device_id}'{kind}").format(
            device_id=user.device_id, kind=kind
        )
    if user.drive:
        return translate("image_lock", "drive '{drive}'{kind}").format(drive=user.drive, kind=kind)
    if user.device_path:
        return translate("image_lock", "disk {device_path}{kind}").format(
            device_path=user.device_path, kind=kind
        )
    return translate("image_lock", "block node '{node}'").format(node=user.node)


def lock_words(
    path: str,
    users: list[str],
    writers: bool,
    tried_read_only: bool,
    fmt: str,
    *,
    owner: str = "this VM",
    read_only_box: str = "read-only ('the guest only reads it')",
) -> str:
    """Why `path` (of format `fmt`) could not be opened and what to do: `users` are
    the words of `owner`'s users of it ("this VM", "the domain vm1"; empty: another
    program holds it), `writers` whether one of them writes it, `tried_read_only`
    whether it was asked for read-only (then QEMU's refusal says the holder writes);
    `read_only_box` names the form's read-only choice."""
    copy = translate(
        "image_lock",
        "or give this disk a copy of {path} (cp), or an overlay over it (qemu-img create -f qcow2 -b {path} -F {fmt} NEW.qcow2) while nothing writes it",
    ).format(path=path, fmt=fmt)
    if users:
        held = translate("image_lock", "{path} is in use by {owner}'s {v2}").format(
            path=path, owner=owner, v2=" and ".join(users)
        )
        if writers:
            return translate(
                "image_lock",
                "{held}, which writes it, so QEMU will not open it again, not even read-only: remove that first, {copy}",
            ).format(held=held, copy=copy)
        return translate(
            "image_lock", "{held}, which only reads it: tick {read_only_box} to share it, {copy}"
        ).format(held=held, read_only_box=read_only_box, copy=copy)
    if tried_read_only:
        return translate(
            "image_lock",
            "another program (another QEMU?) has {path} open for writing, so QEMU will not open it, not even read-only: stop that program first, {copy}",
        ).format(path=path, copy=copy)
    return translate(
        "image_lock",
        "another program (another QEMU?) has {path} open, so QEMU will not open it for writing: if that program only reads it, tick {read_only_box} to share it; else stop it first, {copy}",
    ).format(path=path, read_only_box=read_only_box, copy=copy)
