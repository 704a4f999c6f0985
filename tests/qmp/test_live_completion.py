"""qmp.live_completion and completion's `live` argument: which of the VM's names each
argument takes, and the names offered in shorthand and JSON."""

from __future__ import annotations

from collections.abc import Mapping

from qmpgui.qmp import live_completion as lc
from qmpgui.qmp.completion import complete
from qmpgui.qmp.schema import Argument, CommandInfo, SchemaIndex


def test_kinds_by_key_and_command() -> None:
    assert lc.value_kind("eject", "id") == lc.REMOVABLE
    assert lc.value_kind("eject", "device") == lc.REMOVABLE_DRIVE
    assert lc.value_kind("device_del", "id") == lc.DEVICE
    assert lc.value_kind("block-job-pause", "device") == lc.JOB
    assert lc.value_kind("job-cancel", "id") == lc.JOB
    assert lc.value_kind("block-stream", "job-id") == lc.JOB
    assert lc.value_kind("block-stream", "device") == lc.DRIVE_OR_NODE
    assert lc.value_kind("blockdev-del", "node-name") == lc.NODE
    assert lc.value_kind("blockdev-add", "node-name") is None  # a name to make
    assert lc.value_kind("object-add", "qom-type") == lc.QOM_TYPE
    assert lc.value_kind("qom-get", "path") == lc.QOM_PATH
    assert lc.value_kind("netdev_del", "id") == lc.NETDEV
    assert lc.value_kind("object-add", "id") is None


def test_readers() -> None:
    block = [
        {"device": "cdrive", "qdev": "/machine/peripheral/cd0/x", "removable": True},
        {"device": "drive0", "qdev": "disk0", "removable": False},
        {"device": "", "qdev": "/machine/unattached/device[3]", "removable": True},
    ]
    assert lc.removable_drives(block) == ["cd0", "/machine/unattached/device[3]"]
    assert lc.drives(block) == ["cdrive", "drive0"]
    assert lc.drives(block, removable=True) == ["cdrive"]
    assert lc.node_names([{"node-name": "#block1"}, {"node-name": "top"}]) == ["top", "#block1"]
    listing = [{"name": "type", "type": "string"}, {"name": "cd0", "type": "child<ide-cd>"}]
    assert lc.children(listing) == ["cd0"]
    assert lc.type_names([{"name": "b"}, {"name": "a"}]) == ["a", "b"]
    assert lc.removable_drives("x") == [] and lc.children(None) == []


def test_completion_offers_the_live_names_in_both_forms() -> None:
    eject = CommandInfo(
        "eject", (Argument("id", "string", True), Argument("force", "boolean", True))
    )
    index = SchemaIndex(commands={"eject": eject}, source="query-qmp-schema")
    asked: list[tuple[str, str, str]] = []

    def live(command: str, key: str, prefix: str, typed: Mapping[str, str]) -> list[str]:
        asked.append((command, key, prefix))
        return ["cd0", "cd1"] if key == "id" else []

    found = complete(index, "eject id=c", live)
    assert found is not None and [i.insert for i in found.items] == ["cd0", "cd1"]
    assert found.start == len("eject id=")
    found = complete(index, '{"execute": "eject", "arguments": {"id": "cd1', live)
    assert found is not None and [i.insert for i in found.items] == ['cd1"']
    # A key without live names keeps the schema's values.
    found = complete(index, "eject force=t", live)
    assert found is not None and [i.insert for i in found.items] == ["true"]
    assert ("eject", "id", "c") in asked


def test_the_arguments_typed_before_reach_the_live_names_in_both_forms() -> None:
    """qom-get's property= depends on the path= typed before it."""
    qom_get = CommandInfo(
        "qom-get", (Argument("path", "str", False), Argument("property", "str", False))
    )
    index = SchemaIndex(commands={"qom-get": qom_get}, source="query-qmp-schema")

    def live(command: str, key: str, prefix: str, typed: Mapping[str, str]) -> list[str]:
        return ["mac", "netdev"] if key == "property" and typed.get("path") == "/n" else []

    found = complete(index, "qom-get path=/n property=m", live)
    assert found is not None and [i.insert for i in found.items] == ["mac"]
    assert complete(index, "qom-get path=/x property=m", live) is None
    json = '{"execute": "qom-get", "arguments": {"path": "/n", "property": "n'
    found = complete(index, json, live)
    assert found is not None and [i.insert for i in found.items] == ['netdev"']
    assert lc.value_kind("chardev-remove", "id") == lc.FREE_CHARDEV
    assert lc.value_kind("set_link", "name") == lc.NET_CLIENT
    assert lc.value_kind("device_add", "bus") == lc.BUS
