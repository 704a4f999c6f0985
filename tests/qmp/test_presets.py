"""The presets' names and QEMU's replies they read: free vCPU slots, MAC addresses
and network backends in `info network`, the names proposed for new nodes and NICs."""

from __future__ import annotations

from qmpgui.qmp.presets import (
    CpuSlot,
    cpu_why_not,
    free_cpu_slots,
    free_name,
    image_steps,
    mac_problem,
    macs_in,
    netdev_ids,
    node_name,
    propose_mac,
)

#: QEMU 7.2's query-hotpluggable-cpus on pc with -smp 1,maxcpus=2.
HOTPLUGGABLE = [
    {
        "props": {"core-id": 1, "thread-id": 0, "socket-id": 0},
        "vcpus-count": 1,
        "type": "qemu64-x86_64-cpu",
    },
    {
        "props": {"core-id": 0, "thread-id": 0, "socket-id": 0},
        "vcpus-count": 1,
        "qom-path": "/machine/unattached/device[0]",
        "type": "qemu64-x86_64-cpu",
    },
]

#: QEMU 7.2's HMP `info network` with a NIC on a user backend and a lone netdev.
INFO_NETWORK = (
    "nic1: index=0,type=nic,model=e1000,macaddr=52:54:00:12:34:56\r\n"
    " \\ n1: index=0,type=user,net=10.0.2.0,restrict=off\r\n"
    "lone: index=0,type=user,net=10.0.2.0,restrict=off\r\n"
)


def test_the_free_slots_are_those_without_a_vcpu_named_largest_part_first() -> None:
    slots = free_cpu_slots(HOTPLUGGABLE)
    assert slots == [CpuSlot("qemu64-x86_64-cpu", {"core-id": 1, "thread-id": 0, "socket-id": 0})]
    assert slots[0].words == "socket 0, core 1, thread 0"
    assert cpu_why_not(HOTPLUGGABLE, slots) is None


def test_no_free_slot_says_maxcpus_and_no_answer_says_the_machine_has_none() -> None:
    full = [HOTPLUGGABLE[1]]
    assert "maxcpus" in (cpu_why_not(full, free_cpu_slots(full)) or "")
    assert "does not plug in vCPUs" in (cpu_why_not(None, []) or "")
    assert free_cpu_slots({"not": "a list"}) == [] and free_cpu_slots([1, {"props": 2}]) == []


def test_info_network_gives_the_macs_and_ids_in_use() -> None:
    assert macs_in(INFO_NETWORK) == {"52:54:00:12:34:56"}
    assert netdev_ids(INFO_NETWORK) == {"nic1", "n1", "lone"}
    assert macs_in(None) == set() and netdev_ids(3) == set()


def test_a_proposed_mac_is_qemus_prefix_and_none_in_use() -> None:
    first = propose_mac(set(), seed=0x123456)
    assert first == "52:54:00:12:34:56"
    assert propose_mac({"52:54:00:12:34:56"}, seed=0x123456) == "52:54:00:12:34:57"
    assert propose_mac(set(), seed=(1 << 24) + 1) == "52:54:00:00:00:01"


def test_a_mac_is_refused_when_malformed_multicast_or_in_use() -> None:
    assert mac_problem("52:54:00:12:34:56", set()) is None
    assert "not a MAC address" in (mac_problem("52:54:00:12:34", set()) or "")
    assert "multicast" in (mac_problem("01:00:5e:00:00:01", set()) or "")
    assert "in use" in (mac_problem("52:54:00:AB:CD:EF", {"52:54:00:ab:cd:ef"}) or "")


def test_image_nodes_are_the_file_then_its_format_named_free() -> None:
    steps, top = image_steps(
        "/i/a.qcow2", "qcow2", True, {"disk0-format", "disk0-format1"}, "disk0"
    )
    assert top == "disk0-format2"
    assert [s.arguments for s in steps] == [
        {"driver": "file", "node-name": "disk0-file", "filename": "/i/a.qcow2", "read-only": True},
        {"driver": "qcow2", "node-name": "disk0-format2", "file": "disk0-file", "read-only": True},
    ]
    assert [s.creates for s in steps] == [("block", "disk0-file"), ("block", "disk0-format2")]
    assert free_name("n", {"n"}) == "n1" and free_name("n", set()) == "n"


def test_node_names_of_a_long_stem_are_cut_to_what_qemu_takes() -> None:
    stem = "d" * 40
    steps, top = image_steps("/i/a.qcow2", "qcow2", False, {"d" * 24 + "-format"}, stem)
    # "d" * 24 + "-format" is taken and numbered it would be too long: cut further.
    assert top == "d" * 23 + "-format"
    assert steps[0].arguments["node-name"] == "d" * 26 + "-file"
    assert node_name("disk0", "-file", set()) == "disk0-file"
