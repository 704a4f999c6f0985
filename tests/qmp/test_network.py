"""Reading the network's HMP text and query-rx-filter, and host forwarding rules: on the
text QEMU 7.2 prints (recorded from a real one), the form QEMU 1.x's net.c printed, and
HMP's refusals of hostfwd_add and hostfwd_remove."""

from __future__ import annotations

import pytest

from qmpgui.qmp.hmp import output_error
from qmpgui.qmp.network import (
    HostForward,
    forward_refusal,
    hostfwd_words,
    nics,
    parse_info_network,
    parse_rx_filters,
    parse_usernet,
)
from qmpgui.qmp.reader import Problems

#: QEMU 7.2, `-netdev user,id=n0,... -device virtio-net-pci,netdev=n0,id=nic0 -netdev
#: user,id=n1 -device e1000,netdev=n1,id=nic1,mac=...` and a netdev no NIC uses.
INFO_NETWORK_72 = (
    "nic0: index=0,type=nic,model=virtio-net-pci,macaddr=52:54:00:12:34:56\r\n"
    " \\ n0: index=0,type=user,net=10.0.2.0,restrict=off\r\n"
    "nic1: index=0,type=nic,model=e1000,macaddr=52:54:00:12:34:99\r\n"
    " \\ n1: index=0,type=user,net=10.0.2.0,restrict=off\r\n"
    "n2: index=0,type=user,net=10.0.2.0,restrict=off\r\n"
)
#: QEMU 1.x's do_info_network (net.c): `-net nic -net user` on VLAN 0 (no type on
#: those lines) and a NIC with its netdev off any VLAN.
INFO_NETWORK_1X = (
    "VLAN 0 devices:\r\n"
    "  user.0: net=10.0.2.0,restrict=off\r\n"
    "  e1000.0: model=e1000,macaddr=52:54:00:12:34:56\r\n"
    "Devices not on any VLAN:\r\n"
    "  nic0: type=nic,model=virtio-net-pci,macaddr=52:54:00:12:34:57\r\n"
    "   \\ n0: type=user,net=10.0.2.0,restrict=off\r\n"
)
#: QEMU 7.2's `info usernet` after `hostfwd_add n1 udp::22224-:53`.
INFO_USERNET_72 = (
    "Hub -1 (n0):\r\n"
    "  Protocol[State]    FD  Source Address  Port   Dest. Address  Port RecvQ SendQ\r\n"
    "  TCP[HOST_FORWARD]   8       127.0.0.1 44105       10.0.2.15    22     0     0\r\n"
    "Hub -1 (n1):\r\n"
    "  Protocol[State]    FD  Source Address  Port   Dest. Address  Port RecvQ SendQ\r\n"
    "  UDP[HOST_FORWARD]  13               * 22224       10.0.2.15    53     0     0\r\n"
    "Hub -1 (n2):\r\n"
    "  Protocol[State]    FD  Source Address  Port   Dest. Address  Port RecvQ SendQ\r\n"
)


def test_qemu_72s_info_network_gives_each_nic_with_its_netdev() -> None:
    clients = parse_info_network(INFO_NETWORK_72)
    assert [c.name for c in clients] == ["nic0", "nic1", "n2"]
    found = nics(clients)
    assert [n.name for n in found] == ["nic0", "nic1"]
    nic0 = found[0]
    assert nic0.option("model") == "virtio-net-pci"
    assert nic0.option("macaddr") == "52:54:00:12:34:56"
    assert nic0.peer is not None and (nic0.peer.name, nic0.peer.type) == ("n0", "user")
    assert nic0.peer.info == "net=10.0.2.0,restrict=off"


def test_qemu_1x_info_network_gives_its_nics_too() -> None:
    found = nics(parse_info_network(INFO_NETWORK_1X))
    assert [(n.name, n.option("model")) for n in found] == [
        ("e1000.0", "e1000"),
        ("nic0", "virtio-net-pci"),
    ]
    assert found[1].peer is not None and found[1].peer.name == "n0"


def test_info_usernet_gives_the_host_forwards_of_each_netdev() -> None:
    forwards = parse_usernet(INFO_USERNET_72)
    assert forwards["n0"] == (HostForward("tcp", "127.0.0.1", 44105, "10.0.2.15", 22),)
    [udp] = forwards["n1"]
    assert (udp.protocol, udp.host_addr, udp.host_port) == ("udp", "", 22224)
    assert udp.host_side == "udp::22224"
    assert forwards["n2"] == ()


def test_a_forwards_rule_is_what_hostfwd_add_takes() -> None:
    forward = HostForward("tcp", "127.0.0.1", 2222, "", 22)
    assert forward.rule == "tcp:127.0.0.1:2222-:22"
    assert forward.host_side == "tcp:127.0.0.1:2222"
    assert forward.text == "tcp 127.0.0.1:2222 → 10.0.2.15:22"


@pytest.mark.parametrize(
    ("forward", "why"),
    [
        (HostForward("sctp", "", 2222, "", 22), "tcp or udp"),
        (HostForward("tcp", "", 0, "", 22), "host port is a number from 1 to 65535"),
        (HostForward("tcp", "", 2222, "", 70000), "guest port is a number"),
        (HostForward("tcp", "localhost", 2222, "", 22), "host address is an IPv4 address"),
        (HostForward("udp", "", 53, "10.0.2", 53), "guest address is an IPv4 address"),
    ],
)
def test_a_malformed_rule_is_refused_before_sending(forward: HostForward, why: str) -> None:
    refusal = forward_refusal(forward)
    assert refusal is not None and why in refusal


def test_a_well_formed_rule_passes() -> None:
    assert forward_refusal(HostForward("udp", "", 5353, "10.0.2.15", 53)) is None


@pytest.mark.parametrize(
    "text",
    [
        "Could not set up host forwarding rule 'tcp:127.0.0.1:22222-:22'\r\n",
        "Invalid host forwarding rule 'bogus' (No : separators)\r\n",
        "unrecognized netdev id 'nope'\r\n",
        "host forwarding rule for tcp:127.0.0.1:22222 not found\r\n",
        "invalid format\r\n",
    ],
)
def test_qemu_72s_hostfwd_refusals_are_failures(text: str) -> None:
    # QEMU 7.2 prints these with no "Error: " and still answers {"return": TEXT}.
    assert output_error(text) == text.strip()


def test_hostfwds_success_is_not_a_failure() -> None:
    assert output_error("") is None
    assert output_error("host forwarding rule for tcp:127.0.0.1:22222 removed\r\n") is None


@pytest.mark.parametrize(
    ("error", "says"),
    [
        ("HmpError: Could not set up host forwarding rule 'tcp::80-:80'", "host port is in use"),
        ("HmpError: Invalid host forwarding rule 'x' (Bad protocol name)", "Bad protocol name"),
        ("HmpError: unrecognized netdev id 'n9'", "has no netdev 'n9'"),
        ("HmpError: host forwarding rule for tcp::80 not found", "removed already"),
        ("HmpError: invalid format", "could not read the rule"),
    ],
)
def test_hostfwd_refusals_are_said_in_words(error: str, says: str) -> None:
    assert says in hostfwd_words(error, netdev="n9", rule="tcp::80-:80")


def test_query_rx_filter_is_read_by_nic_name() -> None:
    reply = [
        {
            "promiscuous": True,
            "name": "nic0",
            "main-mac": "52:54:00:12:34:56",
            "unicast": "normal",
            "vlan": "all",
            "vlan-table": list(range(4096)),
            "unicast-table": [],
            "multicast": "normal",
            "multicast-overflow": False,
            "unicast-overflow": False,
            "multicast-table": ["01:00:5e:00:00:01"],
            "broadcast-allowed": False,
        },
        "not an object",
    ]
    problems = Problems()
    filters = parse_rx_filters(reply, problems)
    assert list(filters) == ["nic0"]
    rx = filters["nic0"]
    assert rx.promiscuous is True and rx.broadcast_allowed is False
    assert rx.multicast_table == ("01:00:5e:00:00:01",)
    assert "vlan-table" not in rx.raw  # 4096 ids are no row of a pane
    assert problems.lines == ["query-rx-filter[1]: expected an object, got a string"]


#: QEMU 7.2's `info network` for `-net nic,model=e1000 -net user -nic user,model=virtio-net-pci`
#: (a plain pc's default NIC is on a hub the same way), as a real one printed it.
INFO_NETWORK_HUB = (
    "hub 0\r\n"
    " \\ hub0port1: #net242: index=0,type=user,net=10.0.2.0,restrict=off\r\n"
    " \\ hub0port0: e1000.0: index=0,type=nic,model=e1000,macaddr=52:54:00:12:34:57\r\n"
    "virtio-net-pci.0: index=0,type=nic,model=virtio-net-pci,macaddr=52:54:00:12:34:56\r\n"
    " \\ #net008: index=0,type=user,net=10.0.2.0,restrict=off\r\n"
)


def test_a_nic_on_a_hub_is_listed_with_the_hubs_backend() -> None:
    found = {n.name: n for n in nics(parse_info_network(INFO_NETWORK_HUB))}
    assert set(found) == {"e1000.0", "virtio-net-pci.0"}
    e1000 = found["e1000.0"]
    assert e1000.option("macaddr") == "52:54:00:12:34:57"
    assert e1000.peer is not None and (e1000.peer.name, e1000.peer.type) == ("#net242", "user")
    virtio = found["virtio-net-pci.0"].peer
    assert virtio is not None and virtio.name == "#net008"
