"""Telling QEMU's refused image lock from other errors and finding this VM's users of
the file in `query-block` and `query-named-block-nodes` replies as QEMU 7.2 gives
them (recorded by hand)."""

from __future__ import annotations

from qmpgui.qmp.image_lock import ImageUser, image_users, lock_refusal, user_words

PATH = "/tmp/a.qcow2"
BLOCK = [
    {"device": "ide1-cd0", "qdev": "/machine/unattached/device[23]", "removable": True},
    {
        "device": "",
        "qdev": "/machine/peripheral/data/virtio-backend",
        "inserted": {"node-name": "data-q", "file": PATH, "ro": False},
    },
    # A scsi-hd given an id: QEMU names it by the id alone.
    {
        "device": "",
        "qdev": "disk1",
        "inserted": {"node-name": "c-r", "file": "/tmp/c.raw", "ro": False},
    },
]
NODES = [
    {"node-name": "data-q", "file": PATH, "drv": "qcow2", "ro": False},
    {"node-name": "data-f", "file": PATH, "drv": "file", "ro": False},
    {"node-name": "lone-f", "file": "/tmp/b.qcow2", "drv": "file", "ro": True},
    {"node-name": "mine-f", "file": "/tmp/b.qcow2", "drv": "file", "ro": False},
]


def test_only_a_refused_lock_is_one_and_a_shared_one_says_the_holder_writes() -> None:
    assert lock_refusal('Failed to get "write" lock') is False
    assert lock_refusal('Failed to get shared "write" lock') is True
    assert lock_refusal("Could not open '/tmp/x': No such file or directory") is None


def test_a_drive_over_the_file_is_named_by_its_device_not_its_nodes() -> None:
    users = image_users(BLOCK, NODES, {PATH})
    assert users == [ImageUser("data-q", "/machine/peripheral/data", "", False)]
    assert user_words(users[0], "virtio-blk-pci") == "disk 'data' (virtio-blk-pci)"


def test_without_a_drive_the_nodes_over_the_file_are_named_leaving_out_the_new_ones() -> None:
    users = image_users(BLOCK, NODES, {"/tmp/b.qcow2"}, skip={"mine-f"})
    assert users == [ImageUser("lone-f", read_only=True)]
    assert user_words(users[0]) == "block node 'lone-f'"
    assert image_users("not a list", None, {PATH}) == []


def test_a_drive_qemu_names_by_its_id_alone_is_named_by_that_id() -> None:
    users = image_users(BLOCK, NODES, {"/tmp/c.raw"})
    assert users == [ImageUser("c-r", "/machine/peripheral/disk1", "", False)]
    assert user_words(users[0], "scsi-hd") == "disk 'disk1' (scsi-hd)"
