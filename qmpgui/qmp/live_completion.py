"""Which of the VM's own names an argument takes, for the console's completion: after
`eject id=` the removable drives' qdev ids, after `job-id=` the jobs, after
`chardev=` the character devices, and so on. The schema types these arguments as
plain strings; what they name follows from the key and the command, as QEMU's
documentation of each command says (qapi/*.json). No Qt; nothing here raises.
"""

from __future__ import annotations

from collections.abc import Mapping

from qmpgui.i18n import marked
from qmpgui.qmp.block_graph import parse_nodes
from qmpgui.qmp.block_jobs import parse_jobs
from qmpgui.qmp.qom import qdev_id

#: The kinds of names, each a set of values of this VM: keys (compared as they are),
#: marked for the template and translated where the console's popup shows them.
REMOVABLE = marked("live_completion", "removable drive (qdev id)")
DEVICE = marked("live_completion", "device (qdev id)")
DRIVE = marked("live_completion", "drive")
REMOVABLE_DRIVE = marked("live_completion", "removable drive")
NODE = marked("live_completion", "node")
DRIVE_OR_NODE = marked("live_completion", "drive or node")
JOB = marked("live_completion", "job")
CHARDEV = marked("live_completion", "chardev")
NETDEV = marked("live_completion", "netdev")
OBJECT = marked("live_completion", "object")
QOM_TYPE = marked("live_completion", "QOM type")
QOM_PATH = marked("live_completion", "QOM path")
#: A chardev that chardev-remove takes: no monitor or device has it open (QEMU 7.2
#: refuses the others: "Chardev 'compat_monitor0' is busy").
FREE_CHARDEV = marked("live_completion", "chardev no monitor or device uses")
#: What set_link's `name` takes: a NIC's or a netdev's name (`info network`; QEMU 7.2
#: takes both, not a QOM path).
NET_CLIENT = marked("live_completion", "NIC or netdev")
#: A property of the object whose path the command names (`path=`).
QOM_PROPERTY = marked("live_completion", "QOM property")
#: A bus a device can go on (`info qtree`, as Add device reads it).
BUS = marked("live_completion", "bus")

#: The commands whose `id` is a drive's qdev id with a tray (qapi/block.json).
_TRAY_COMMANDS = frozenset(
    {
        "eject",
        "blockdev-open-tray",
        "blockdev-close-tray",
        "blockdev-remove-medium",
        "blockdev-insert-medium",
        "blockdev-change-medium",
    }
)

#: (command, key) -> kind, where the key alone does not say.
_BY_COMMAND: Mapping[tuple[str, str], str] = {
    **{(c, "id"): REMOVABLE for c in _TRAY_COMMANDS},
    **{(c, "device"): REMOVABLE_DRIVE for c in _TRAY_COMMANDS},
    ("device_del", "id"): DEVICE,
    ("block_set_io_throttle", "id"): DEVICE,
    ("netdev_del", "id"): NETDEV,
    ("chardev-remove", "id"): FREE_CHARDEV,
    ("chardev-change", "id"): CHARDEV,
    ("chardev-send-break", "id"): CHARDEV,
    ("ringbuf-read", "device"): CHARDEV,  # a chardev's name, not a drive's
    ("ringbuf-write", "device"): CHARDEV,
    ("object-del", "id"): OBJECT,
    ("set_link", "name"): NET_CLIENT,
    ("qom-get", "property"): QOM_PROPERTY,
    ("qom-set", "property"): QOM_PROPERTY,
    ("device_add", "bus"): BUS,
    ("blockdev-del", "node-name"): NODE,
    ("blockdev-add", "node-name"): "",  # a new name
    ("blockdev-mirror", "target"): NODE,
    ("blockdev-backup", "target"): NODE,
    ("block-dirty-bitmap-add", "node"): DRIVE_OR_NODE,
    ("block-dirty-bitmap-remove", "node"): DRIVE_OR_NODE,
    ("block-dirty-bitmap-clear", "node"): DRIVE_OR_NODE,
    ("block-dirty-bitmap-enable", "node"): DRIVE_OR_NODE,
    ("block-dirty-bitmap-disable", "node"): DRIVE_OR_NODE,
    ("blockdev-snapshot", "node"): NODE,
    ("blockdev-snapshot", "overlay"): NODE,
    ("x-blockdev-change", "parent"): NODE,
    ("x-blockdev-change", "node"): NODE,
}

#: key -> kind for every other command.
_BY_KEY: Mapping[str, str] = {
    "device": DRIVE_OR_NODE,
    "node-name": NODE,
    "base-node": NODE,
    "top-node": NODE,
    "job-id": JOB,
    "chardev": CHARDEV,
    "netdev": NETDEV,
    "qom-type": QOM_TYPE,
}


def value_kind(command: str, key: str) -> str | None:
    """What the value of argument `key` of `command` names (one of this module's
    kinds), or None when it is not a name of this VM (or a new one)."""
    if command.startswith(("block-job-", "job-")) and key in ("device", "id"):
        return JOB  # block-job-* name a block job by `device`, job-* any job by `id`
    if command in ("qom-list", "qom-get", "qom-set") and key == "path":
        return QOM_PATH
    found = _BY_COMMAND.get((command, key))
    if found is not None:
        return found or None
    return _BY_KEY.get(key)


def removable_drives(block_reply: object) -> list[str]:
    """The qdev ids of the drives with a tray or a removable medium in query-block's
    reply (BlockInfo's `removable`; `qdev` is an id or a QOM path, whose last part is
    the id for a device given one)."""
    found = []
    for dev in block_reply if isinstance(block_reply, list) else ():
        if isinstance(dev, dict) and dev.get("removable") is True:
            qdev = dev.get("qdev")
            if isinstance(qdev, str) and qdev:
                # A device without an id is named by its QOM path, which `id` takes too.
                found.append(qdev_id(qdev) or qdev)
    return found


def drives(block_reply: object, *, removable: bool = False) -> list[str]:
    """The backends' names of query-block's reply ("" left out: a -blockdev drive);
    `removable`: only those of drives with a removable medium."""
    return [
        dev["device"]
        for dev in (block_reply if isinstance(block_reply, list) else ())
        if isinstance(dev, dict)
        and isinstance(dev.get("device"), str)
        and dev["device"]
        and (not removable or dev.get("removable") is True)
    ]


def node_names(nodes_reply: object) -> list[str]:
    """The node names of query-named-block-nodes' reply, user-given ones first (QEMU's
    own, `#blockNNN`, change as nodes come and go)."""
    names = list(parse_nodes(nodes_reply))
    return sorted(names, key=lambda n: n.startswith("#"))


def job_ids(block_jobs: object, jobs: object = None) -> list[str]:
    """The ids of the running jobs (query-block-jobs' and query-jobs' replies)."""
    return [job.id for job in parse_jobs(block_jobs, jobs)]


def labels(reply: object, key: str) -> list[str]:
    """The `key` value of each object of a list reply (query-chardev's `label`)."""
    return [
        item[key]
        for item in (reply if isinstance(reply, list) else ())
        if isinstance(item, dict) and isinstance(item.get(key), str)
    ]


def children(qom_list: object) -> list[str]:
    """The child objects' names in a qom-list reply (`child<...>` properties)."""
    return [
        item["name"]
        for item in (qom_list if isinstance(qom_list, list) else ())
        if isinstance(item, dict)
        and isinstance(item.get("name"), str)
        and str(item.get("type", "")).startswith("child<")
    ]


def type_names(reply: object) -> list[str]:
    """The names of qom-list-types' reply (ObjectTypeInfo), sorted."""
    return sorted(labels(reply, "name"))
