"""Reading which backends are free from QEMU 7.2's replies (as a real one gave them),
and which property defaults are QEMU's "not set" markers."""

from __future__ import annotations

from qmpgui.qmp.backends import free_block_nodes, free_chardevs, free_memdevs, free_netdevs
from qmpgui.qmp.device_props import default_text, parse_properties
from qmpgui.qmp.network import parse_info_network

#: -drive if=none,id=drv0 (free), fmt1 (raw over null-co proto1, free), used1 (d0's).
BLOCK = [
    {"device": "drv0", "inserted": {"node-name": "#block045"}, "type": "unknown"},
    {
        "device": "",
        "inserted": {"node-name": "used1"},
        "qdev": "/machine/peripheral/d0/virtio-backend",
    },
]
GRAPH = {
    "edges": [
        {"name": "file", "parent": 4, "child": 3},
        {"name": "root", "parent": 1, "child": 2},
        {"name": "root", "parent": 6, "child": 5},
    ],
    "nodes": [
        {"name": "#block045", "type": "block-driver", "id": 2},
        {"name": "fmt1", "type": "block-driver", "id": 4},
        {"name": "proto1", "type": "block-driver", "id": 3},
        {"name": "drv0", "type": "block-backend", "id": 1},
        {"name": "used1", "type": "block-driver", "id": 5},
        {"name": "", "type": "block-backend", "id": 6},
    ],
}
NAMED = [{"node-name": n} for n in ("#block045", "fmt1", "proto1", "used1")]


def test_a_disk_is_offered_free_drives_and_top_nodes_not_their_files() -> None:
    found = free_block_nodes(BLOCK, GRAPH, NAMED)
    assert found.free == ["drv0", "fmt1"]
    assert found.busy == [("used1", "in use by d0")]
    # Without the (unstable) graph command, every named node no device holds.
    assert free_block_nodes(BLOCK, None, NAMED).free == ["drv0", "fmt1", "proto1"]
    # A graph of another shape is read as far as it goes.
    odd = {"nodes": [{"id": [1], "name": "x"}], "edges": [{"parent": [1], "child": {}}]}
    assert free_block_nodes([], odd, []).free == []


def test_netdevs_held_by_a_nic_are_busy() -> None:
    text = (
        "nfree: index=0,type=user,net=10.0.2.0,restrict=off\r\n"
        "nic0: index=0,type=nic,model=e1000,macaddr=52:54:00:12:34:56\r\n"
        " \\ nused: index=0,type=user,net=10.0.2.0,restrict=off\r\n"
    )
    found = free_netdevs(parse_info_network(text))
    assert (found.free, found.busy) == (["nfree"], [("nused", "in use by nic0")])


def test_chardevs_with_an_open_front_end_are_busy() -> None:
    reply = [
        {"frontend-open": False, "filename": "null", "label": "c0"},
        {"frontend-open": True, "filename": "null", "label": "c1"},
    ]
    found = free_chardevs(reply)
    assert found.free == ["c0"] and [n for n, _ in found.busy] == ["c1"]


def test_the_main_ram_and_a_dimms_memdev_are_busy() -> None:
    devices = [{"type": "dimm", "data": {"memdev": "/objects/m1", "id": "d1", "slot": 0}}]
    found = free_memdevs(["m1", "m2", "pc.ram"], "/objects/pc.ram", devices)
    assert found.free == ["m2"]
    assert found.busy == [("m1", "in use by d1"), ("pc.ram", "the VM's main RAM")]
    # A NUMA node's backend: only its memory region's container says it is in use.
    containers = {"n0": "/machine/pc.ram[0]", "m2": ""}
    found = free_memdevs(["n0", "m2"], "", [], containers)
    assert found.free == ["m2"]
    assert found.busy == [("n0", "in use: mapped into the VM's memory (/machine/pc.ram[0])")]


def test_not_set_markers_and_backends_of_qemu_7_2() -> None:
    props = {
        p.name: p
        for p in parse_properties(
            [
                {
                    "default-value": -1,
                    "name": "addr",
                    "type": "int32",
                    "description": "example: 06",
                },
                {"default-value": 4294967295, "name": "vectors", "type": "uint32"},
                {"default-value": 65535, "name": "num-queues", "type": "uint16"},
                {"default-value": 4294967295, "name": "discard_granularity", "type": "size"},
                {"default-value": 2147483647, "name": "max_io_size", "type": "uint64"},
                {"default-value": 256, "name": "x-txburst", "type": "int32"},
                {"default-value": -1, "name": "speed", "type": "int32"},
                {
                    "name": "drive",
                    "type": "str",
                    "description": "Node name or ID of a block device to use as a backend",
                },
                {
                    "name": "netdev",
                    "type": "str",
                    "description": "ID of a netdev to use as a backend",
                },
                {
                    "name": "audiodev",
                    "type": "str",
                    "description": "ID of an audiodev to use as a backend",
                },
                {"name": "memdev", "type": "link<memory-backend>"},
                {"name": "iothread", "type": "link<iothread>"},
                {"name": "serial", "type": "str"},
            ]
        )
    }
    unset = {n for n, p in props.items() if p.unset}
    assert unset == {"addr", "vectors", "num-queues", "discard_granularity", "speed"}
    assert default_text(props["vectors"]) == "" and default_text(props["x-txburst"]) == "256"
    backends = {n: p.backend for n, p in props.items() if p.backend}
    assert backends == {
        "drive": "block",
        "netdev": "netdev",
        "audiodev": "audiodev",
        "memdev": "memory-backend",
    }
