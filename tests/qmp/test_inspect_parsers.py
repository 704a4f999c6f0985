"""The inspection parsers read every reply shape since QEMU 1.0, and any JSON without an exception."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qmpgui.qmp.block import (
    BlockDevice,
    BlockImage,
    BlockStats,
    IoRates,
    io_rates,
    parse_block,
    parse_blockstats,
)
from qmpgui.qmp.display import (
    DisplayClient,
    DisplayServer,
    Listener,
    Transport,
    parse_vnc_servers,
)
from qmpgui.qmp.machine import (
    ChardevInfo,
    CpuInfo,
    KvmInfo,
    MouseInfo,
    parse_chardevs,
    parse_cpus,
    parse_machine_type,
    parse_mice,
    parse_target,
)
from qmpgui.qmp.memory import parse_balloon
from qmpgui.qmp.pci import MAX_BRIDGE_DEPTH, PciBar, PciBus, PciFunction, parse_pci
from qmpgui.qmp.reader import Problems
from tests.helpers.recorded import LEGACY, QEMU_72


def load(path: Path) -> Any:
    data = json.loads(path.read_text())
    return data.get("return", data) if isinstance(data, dict) else data


def legacy(name: str) -> Any:
    return load(LEGACY / name)


def q72(name: str) -> Any:
    return load(QEMU_72 / name)


def test_reference_replies_are_present() -> None:
    # Every test below would prove nothing without the recorded replies.
    assert (LEGACY / "query-pci-qemu-1.0.json").is_file(), LEGACY
    assert (QEMU_72 / "query-pci.json").is_file(), QEMU_72


# -- block ------------------------------------------------------------------------------


def test_block_of_qemu_1_0_has_types_and_no_qdev() -> None:
    problems = Problems()
    devices = parse_block(legacy("query-block-qemu-1.0.json"), problems)
    assert [d.key for d in devices] == ["ide0-hd0", "ide1-cd0", "floppy0", "sd0"]
    assert [d.type for d in devices] == ["hd", "cdrom", "floppy", "floppy"]
    assert all(d.qdev is None and d.qdev_id is None for d in devices)
    hd, cd = devices[0], devices[1]
    assert hd.removable is False and cd.removable is True
    assert hd.inserted is not None
    assert hd.inserted.file == "disks/test.img" and hd.inserted.drv == "qcow2"
    assert hd.inserted.ro is False and hd.inserted.encrypted is False
    assert hd.inserted.virtual_size is None  # 1.0 has no image info
    assert cd.inserted is None  # an empty drive
    assert problems.lines == []


def test_block_of_qemu_2_3_libvirt_has_image_sizes() -> None:
    problems = Problems()
    disk, cd = parse_block(legacy("query-block-qemu-2.3-libvirt.json"), problems)
    assert disk.key == "drive-ide0-0-0" and disk.io_status == "ok"
    assert disk.inserted is not None
    assert disk.inserted.virtual_size == 21474836480
    assert disk.inserted.actual_size == 12482580480
    assert disk.inserted.backing_depth == 0
    assert disk.inserted.backing_file is None
    assert disk.tray_open is None  # not removable: no tray reported
    assert cd.removable is True and cd.tray_open is False and cd.inserted is None
    assert problems.lines == []


def test_block_of_qemu_7_2() -> None:
    problems = Problems()
    disk, cd, empty = parse_block(q72("query-block.json"), problems)
    assert disk.key == "disk0"
    assert disk.qdev == "/machine/peripheral/vd0/virtio-backend"
    assert disk.qdev_id == "vd0"  # the id the user gave, not the QOM path
    assert disk.inserted is not None and disk.inserted.drv == "qcow2"
    assert disk.inserted.virtual_size == 67108864 and disk.inserted.actual_size == 200704
    assert cd.qdev_id == "cdrom0" and cd.inserted is not None
    assert cd.inserted.drv == "raw" and cd.inserted.ro is True
    assert cd.inserted.file == "cd.iso"
    assert empty.key == "cd1" and empty.qdev_id == "cdrom1" and empty.inserted is None
    assert empty.tray_open is False and empty.removable is True
    assert problems.lines == []


def test_block_device_named_by_qdev_only_is_keyed_by_it() -> None:
    # With -blockdev, `device` is empty; stats and devices must still match.
    problems = Problems()
    (dev,) = parse_block(
        [{"device": "", "qdev": "/machine/peripheral/vd1/virtio-backend"}], problems
    )
    (stats,) = parse_blockstats(
        [{"device": "", "qdev": "/machine/peripheral/vd1/virtio-backend", "stats": {}}], problems
    )
    assert dev.device is None
    assert dev.key == stats.key == "/machine/peripheral/vd1/virtio-backend"
    assert dev.qdev_id == "vd1"
    assert parse_block([{}], problems)[0].key == "?"


def test_block_with_wrong_types_reads_none_and_names_the_keys() -> None:
    problems = Problems()
    (dev,) = parse_block([{"device": 5, "removable": "yes", "qdev": "q"}], problems)
    assert dev.device is None and dev.removable is None
    assert dev.invalid == {"device", "removable"}
    assert dev.key == "q"  # the usable name is still used
    assert any("'device'" in line and "string" in line for line in problems.lines)
    assert any("'removable'" in line and "boolean" in line for line in problems.lines)
    assert all(line.startswith("query-block[0]") for line in problems.lines)


def test_block_image_with_wrong_types_is_marked_inside_the_image() -> None:
    problems = Problems()
    (dev,) = parse_block(
        [{"device": "d", "inserted": {"ro": "no", "image": {"virtual-size": "big"}}}], problems
    )
    assert dev.inserted is not None
    assert dev.inserted.ro is None and dev.inserted.virtual_size is None
    assert dev.inserted.invalid == {"ro", "image.virtual-size"}
    assert any("virtual-size" in line for line in problems.lines)


def test_block_reply_that_is_not_an_array_is_a_problem() -> None:
    problems = Problems()
    assert parse_block({"device": "x"}, problems) == ()
    assert parse_blockstats("nonsense", problems) == ()
    assert len(problems.lines) == 2
    assert "query-block" in problems.lines[0] and "array" in problems.lines[0]


def test_same_problem_is_reported_once() -> None:
    problems = Problems()
    parse_block([{"device": 5}], problems)
    parse_block([{"device": 5}], problems)
    assert len(problems.lines) == 1


def test_blockstats_of_qemu_1_0_and_7_2() -> None:
    problems = Problems()
    old = parse_blockstats(legacy("query-blockstats-qemu-1.0.json"), problems)
    assert [s.key for s in old] == ["ide0-hd0", "ide1-cd0", "floppy0", "sd0"]
    hd = old[0]
    # The device's own stats, not its parent's (the protocol layer).
    assert (hd.rd_bytes, hd.wr_bytes, hd.rd_ops, hd.wr_ops) == (122739200, 9786368, 36604, 692)
    new = parse_blockstats(q72("query-blockstats.json"), problems)
    assert [s.key for s in new] == ["disk0", "cd0", "cd1"]
    assert (new[1].rd_bytes, new[1].rd_ops) == (4096, 2)
    assert new[0].qdev == "/machine/peripheral/vd0/virtio-backend"
    assert problems.lines == []


def test_blockstats_with_wrong_counter_type() -> None:
    problems = Problems()
    (stats,) = parse_blockstats(
        [{"device": "d", "stats": {"rd_bytes": "many", "wr_bytes": 3}}], problems
    )
    assert stats.rd_bytes is None and stats.wr_bytes == 3
    assert "rd_bytes" in stats.invalid
    assert any("rd_bytes" in line for line in problems.lines)


def test_io_rates_per_second() -> None:
    old = BlockStats("d", rd_bytes=1000, wr_bytes=0, rd_ops=10, wr_ops=4)
    new = BlockStats("d", rd_bytes=5000, wr_bytes=2000, rd_ops=30, wr_ops=4)
    rates = io_rates(new, old, 2.0)
    assert rates == IoRates(rd_bytes=2000.0, wr_bytes=1000.0, rd_ops=10.0, wr_ops=0.0)
    assert rates.total_bytes == 3000.0


def test_io_rates_of_a_reset_counter_are_unknown() -> None:
    old = BlockStats("d", rd_bytes=5000, wr_bytes=100, rd_ops=30, wr_ops=1)
    new = BlockStats("d", rd_bytes=100, wr_bytes=300, rd_ops=None, wr_ops=1)
    rates = io_rates(new, old, 1.0)
    assert rates.rd_bytes is None  # went down: QEMU restarted or the device was replaced
    assert rates.wr_bytes == 200.0
    assert rates.rd_ops is None  # unknown now
    assert rates.wr_ops == 0.0
    assert rates.total_bytes == 200.0
    assert io_rates(new, old, 0.0) == IoRates()  # no time passed: no rate
    assert IoRates().total_bytes is None


# -- PCI --------------------------------------------------------------------------------


def all_functions(buses: tuple[PciBus, ...]) -> list[PciFunction]:
    found: list[PciFunction] = []
    stack = list(buses)
    while stack:
        bus = stack.pop()
        for fn in bus.functions:
            found.append(fn)
            if fn.secondary is not None:
                stack.append(fn.secondary)
    return found


def test_pci_of_qemu_1_0_with_unmapped_bar() -> None:
    problems = Problems()
    (bus,) = parse_pci(legacy("query-pci-qemu-1.0.json"), problems)
    assert bus.number == 0 and len(bus.functions) == 5
    vga = bus.functions[3]
    assert (vga.slot, vga.function, vga.vendor, vga.device) == (2, 0, 184, 4115)
    assert vga.description == "VGA controller"
    assert [b.index for b in vga.bars] == [0, 1, 6]
    assert vga.bars[0].prefetch is True and vga.bars[0].io is False
    assert vga.bars[0].address == 4026531840 and not vga.bars[0].unmapped
    rom = vga.bars[2]
    assert rom.address == -1 and rom.unmapped and rom.size == 65536
    ide = bus.functions[2]
    assert ide.bars[0].io is True and ide.bars[0].address == 49152
    assert bus.functions[4].irq == 11
    assert all(fn.qdev_id is None for fn in bus.functions)  # "" means no id
    assert all(fn.secondary is None for fn in bus.functions)
    assert problems.lines == []


def test_pci_of_qemu_7_2_nests_the_bridge() -> None:
    problems = Problems()
    (bus,) = parse_pci(q72("query-pci.json"), problems)
    assert bus.number == 0
    (bridge,) = [fn for fn in bus.functions if fn.slot == 3]
    assert bridge.qdev_id == "br1" and bridge.description == "PCI bridge"
    assert bridge.secondary is not None and bridge.secondary.number == 1
    (nic,) = bridge.secondary.functions
    assert (nic.bus, nic.slot, nic.vendor, nic.device) == (1, 1, 0x8086, 0x100E)
    assert nic.qdev_id == "nic0" and nic.description == "Ethernet controller"
    assert nic.subsystem_vendor == 6900 and nic.subsystem == 4352
    assert nic.bars[2].unmapped and not nic.bars[0].unmapped
    assert bridge.bars[0].mem64 is True
    vd0 = [fn for fn in bus.functions if fn.qdev_id == "vd0"]
    assert len(vd0) == 1 and vd0[0].irq == 10
    # The nic is shown once: under the bridge, not on bus 0.
    assert [fn.qdev_id for fn in all_functions((bus,))].count("nic0") == 1
    assert all(fn.secondary is None for fn in bus.functions if fn is not bridge)
    assert problems.lines == []


def test_pci_description_from_class_code_when_desc_is_missing() -> None:
    problems = Problems()
    (bus,) = parse_pci(
        [
            {
                "bus": 0,
                "devices": [
                    {"bus": 0, "slot": 1, "function": 0, "class_info": {"class": 0x0604}},
                    {"bus": 0, "slot": 2, "function": 0, "class_info": {"class": 0x0C80}},
                    {"bus": 0, "slot": 3, "function": 0, "class_info": {"class": 0xAB00}},
                    {"bus": 0, "slot": 4, "function": 0},
                ],
            }
        ],
        problems,
    )
    descriptions = [fn.description for fn in bus.functions]
    assert descriptions == ["PCI bridge", "Serial bus controller", None, None]


def bridge(bus: int, slot: int, secondary: int | None, devices: list[object]) -> dict[str, object]:
    inner: dict[str, object] = {} if secondary is None else {"secondary": secondary}
    return {
        "bus": bus,
        "slot": slot,
        "function": 0,
        "class_info": {"class": 0x0604},
        "pci_bridge": {"bus": inner, "devices": devices},
    }


def nic(bus: int, slot: int) -> dict[str, object]:
    return {"bus": bus, "slot": slot, "function": 0, "id": {"vendor": 0x8086, "device": 0x100E}}


def test_pci_bridge_to_an_already_seen_bus_is_not_descended() -> None:
    problems = Problems()
    reply = [
        {
            "bus": 0,
            "devices": [
                nic(0, 1),
                # secondary bus 0: not numbered by the firmware yet (QEMU started with -S)
                bridge(0, 2, 0, [nic(0, 1), bridge(0, 2, 0, [])]),
                bridge(0, 3, 1, [nic(1, 1)]),
                # a second bridge to bus 1
                bridge(0, 4, 1, [nic(1, 7)]),
            ],
        }
    ]
    (bus,) = parse_pci(reply, problems)
    looping, good, twin = bus.functions[1], bus.functions[2], bus.functions[3]
    assert looping.secondary is not None
    assert looping.secondary.number is None and looping.secondary.functions == ()
    assert good.secondary is not None and len(good.secondary.functions) == 1
    assert twin.secondary is not None and twin.secondary.functions == ()
    assert not any("bus 0" in line for line in problems.lines)  # normal before the BIOS runs
    assert any("bus 1" in line and "twice" in line for line in problems.lines)


def test_pci_bridge_to_its_own_secondary_bus_deeper_down_ends() -> None:
    # bus 1 behind a bridge that is itself on bus 1, several times over
    problems = Problems()
    inner = bridge(1, 1, 1, [bridge(1, 1, 1, [bridge(1, 1, 1, [])])])
    (bus,) = parse_pci([{"bus": 0, "devices": [bridge(0, 1, 1, [inner])]}], problems)
    outer = bus.functions[0]
    assert outer.secondary is not None and outer.secondary.number == 1
    (loop,) = outer.secondary.functions
    assert loop.secondary is not None and loop.secondary.functions == ()
    assert len(all_functions((bus,))) == 2
    assert problems.lines


def nested_bridges(levels: int, numbered: bool) -> dict[str, object]:
    """A chain of `levels` bridges, each behind the previous one, with a nic at the bottom."""
    devices: list[object] = [nic(levels, 1)]
    for level in range(levels, 0, -1):
        devices = [bridge(level - 1, 1, level if numbered else None, devices)]
    return {"bus": 0, "devices": devices}


@pytest.mark.parametrize("numbered", [True, False], ids=["distinct-buses", "no-bus-numbers"])
def test_pci_nesting_deeper_than_the_limit_ends_with_a_problem(numbered: bool) -> None:
    problems = Problems()
    (bus,) = parse_pci([nested_bridges(MAX_BRIDGE_DEPTH + 10, numbered)], problems)
    depth, current = 0, bus
    while current.functions and current.functions[0].secondary is not None:
        current = current.functions[0].secondary
        depth += 1
    assert depth == MAX_BRIDGE_DEPTH + 1  # the bridges shown, then one empty stub bus
    assert current.functions == ()
    assert any(str(MAX_BRIDGE_DEPTH) in line and "deeper" in line for line in problems.lines)


def test_pci_nesting_within_the_limit_is_shown_whole() -> None:
    problems = Problems()
    (bus,) = parse_pci([nested_bridges(MAX_BRIDGE_DEPTH - 1, True)], problems)
    functions = all_functions((bus,))
    assert len(functions) == MAX_BRIDGE_DEPTH  # every bridge and the nic at the bottom
    assert any(fn.vendor == 0x8086 and fn.bus == MAX_BRIDGE_DEPTH - 1 for fn in functions)
    assert problems.lines == []


def test_pci_top_level_bus_listed_twice_is_shown_once() -> None:
    problems = Problems()
    reply = q72("query-pci.json")
    buses = parse_pci([*reply, copy.deepcopy(reply[0])], problems)
    assert [b.number for b in buses] == [0]
    assert any("bus 0" in line for line in problems.lines)
    # A top-level bus already shown behind a bridge is not shown again either.
    problems = Problems()
    buses = parse_pci([*reply, {"bus": 1, "devices": [nic(1, 1)]}], problems)
    assert [b.number for b in buses] == [0]
    assert any("bus 1" in line for line in problems.lines)


def test_pci_with_wrong_types() -> None:
    problems = Problems()
    (bus,) = parse_pci(
        [
            {
                "bus": 0,
                "devices": [
                    {
                        "bus": 0,
                        "slot": "three",
                        "function": 0,
                        "id": {"vendor": "intel", "device": 1},
                        "class_info": [],
                        "regions": [{"bar": 0, "address": "0x1000", "type": 7}, 5],
                        "pci_bridge": "yes",
                    },
                    "not a device",
                ],
            }
        ],
        problems,
    )
    fn = bus.functions[0]
    assert fn.slot is None and fn.vendor is None and fn.device == 1
    assert {"slot", "id.vendor", "class_info", "pci_bridge"} <= fn.invalid
    assert fn.bars[0].address is None and fn.bars[0].io is None
    assert fn.bars[0].invalid == {"address", "type"}
    assert fn.bars[1].index is None
    assert fn.secondary is not None and fn.secondary.functions == ()
    assert bus.functions[1].slot is None
    assert any("'slot'" in line for line in problems.lines)
    assert any("expected an object" in line for line in problems.lines)


# -- displays ---------------------------------------------------------------------------


def test_vnc_of_qemu_1_0_on_every_interface() -> None:
    problems = Problems()
    vnc = DisplayServer.parse_vnc(legacy("query-vnc-qemu-1.0.json"), problems)
    assert vnc.protocol == "VNC" and vnc.enabled is True
    assert (vnc.host, vnc.port, vnc.family, vnc.auth) == ("0.0.0.0", "50402", "ipv4", "vnc")
    assert vnc.wildcard
    (client,) = vnc.clients
    assert (client.host, client.port, client.family) == ("127.0.0.1", "50401", "ipv4")
    assert client.channel is None
    assert problems.lines == []


def test_vnc_disabled_is_not_a_wildcard() -> None:
    problems = Problems()
    vnc = DisplayServer.parse_vnc(legacy("query-vnc-disabled-qemu-1.0.json"), problems)
    assert vnc.enabled is False and vnc.host is None and vnc.clients == ()
    assert not vnc.wildcard
    assert not DisplayServer("VNC", enabled=False, host="0.0.0.0").wildcard
    assert problems.lines == []


def test_vnc_of_qemu_7_2_on_loopback() -> None:
    problems = Problems()
    vnc = DisplayServer.parse_vnc(q72("query-vnc.json"), problems)
    assert (vnc.enabled, vnc.host, vnc.port, vnc.auth) == (True, "127.0.0.1", "5977", "none")
    assert vnc.clients == () and not vnc.wildcard
    (listener,) = parse_vnc_servers(q72("query-vnc-servers.json"), problems)
    assert listener.server_id == "default"
    assert (listener.host, listener.port, listener.family) == ("127.0.0.1", "5977", "ipv4")
    assert listener.auth == "none" and listener.websocket is False and not listener.wildcard
    assert problems.lines == []


def test_vnc_sockets_take_auth_from_the_server_when_they_have_none() -> None:
    problems = Problems()
    listeners = parse_vnc_servers(
        [
            {
                "id": "default",
                "auth": "vencrypt",
                "vencrypt": "x509-vnc",
                "server": [
                    {"host": "::", "service": "5900", "family": "ipv6"},
                    {"host": "::", "service": "5700", "websocket": True, "auth": "none"},
                ],
            }
        ],
        problems,
    )
    # The websocket has its own auth (2.9+): no VeNCrypt there, but TLS all the same
    # (wss), since its server has TLS credentials.
    assert [(v.port, v.auth, v.vencrypt, v.tls) for v in listeners] == [
        ("5900", "vencrypt", "x509-vnc", True),
        ("5700", "none", None, True),
    ]
    assert all(v.wildcard for v in listeners)
    assert listeners[1].websocket is True and listeners[1].transport is Transport.WEBSOCKET
    assert [v.text for v in listeners] == ["[::]:5900", "wss://[::]:5700"]


def test_listeners_of_servers_before_query_vnc_servers_and_per_socket_auth() -> None:
    problems = Problems()
    # Before 2.9 a socket has no auth of its own: a websocket of a server with TLS is wss.
    plain, web = parse_vnc_servers(
        [
            {
                "id": "default",
                "auth": "vencrypt",
                "vencrypt": "tls-none",
                "server": [
                    {"host": "127.0.0.1", "service": "5701", "family": "ipv4", "websocket": True},
                    {"host": "127.0.0.1", "service": "5901", "family": "ipv4"},
                ],
            }
        ],
        problems,
    )
    assert (plain.text, plain.tls, plain.vencrypt) == ("127.0.0.1:5901", True, "tls-none")
    assert (web.text, web.tls) == ("wss://127.0.0.1:5701", True)
    # Before 2.3, query-vnc alone: its family, and TLS in its auth ("vencrypt+x509+...").
    (unix,) = DisplayServer.parse_vnc(
        {"enabled": True, "family": "unix", "host": "", "service": "/run/vm/vnc.sock"}, problems
    ).listeners()
    assert (unix.transport, unix.path, unix.wildcard) == (Transport.UNIX, "/run/vm/vnc.sock", False)
    (tls,) = DisplayServer.parse_vnc(
        {
            "enabled": True,
            "family": "ipv4",
            "host": "0.0.0.0",
            "service": "5900",
            "auth": "vencrypt+x509+vnc",
        },
        problems,
    ).listeners()
    assert tls.tls and tls.wildcard and tls.text == "0.0.0.0:5900"
    # SPICE: its port and TLS port, or (unix=on) its socket's path as the host.
    spice = DisplayServer.parse_spice(
        {"enabled": True, "host": "127.0.0.1", "port": 5930, "tls-port": 5931}, problems
    )
    assert [(s.text, s.tls) for s in spice.listeners()] == [
        ("127.0.0.1:5930", False),
        ("127.0.0.1:5931", True),
    ]
    (socket,) = DisplayServer.parse_spice(
        {"enabled": True, "host": "/run/vm/spice.sock"}, problems
    ).listeners()
    assert (socket.text, socket.wildcard) == ("unix socket /run/vm/spice.sock", False)
    assert problems.lines == []


def test_spice_of_qemu_1_0_with_channels() -> None:
    problems = Problems()
    spice = DisplayServer.parse_spice(legacy("query-spice-qemu-1.0.json"), problems)
    assert spice.protocol == "SPICE" and spice.enabled is True
    assert spice.port == "5920" and spice.tls_port == "5921"  # numbers shown as strings
    assert spice.auth == "spice" and spice.host == "0.0.0.0" and spice.wildcard
    main, cursor = spice.clients
    assert (main.channel, main.tls, main.port, main.host) == ("main/0", True, "54924", "127.0.0.1")
    assert (cursor.channel, cursor.tls) == ("cursor/0", False)
    assert problems.lines == []


def test_spice_disabled_on_qemu_7_2() -> None:
    problems = Problems()
    spice = DisplayServer.parse_spice(q72("query-spice.json"), problems)
    assert spice.enabled is False and spice.port is None and spice.tls_port is None
    assert spice.clients == () and not spice.wildcard
    assert problems.lines == []


def test_display_with_wrong_types() -> None:
    problems = Problems()
    vnc = DisplayServer.parse_vnc(
        {"enabled": "true", "host": 0, "service": 5900, "clients": [{"host": 1}, None]}, problems
    )
    assert vnc.enabled is None and vnc.host is None and vnc.port is None
    assert vnc.invalid == {"enabled", "host", "service"}
    assert vnc.clients[0].host is None and "host" in vnc.clients[0].invalid
    assert not vnc.wildcard
    spice = DisplayServer.parse_spice({"enabled": True, "port": "5920"}, problems)
    assert spice.port is None and spice.invalid == {"port"}
    assert any("query-spice" in line and "'port'" in line for line in problems.lines)
    assert any("query-vnc" in line and "'service'" in line for line in problems.lines)


# -- machine ----------------------------------------------------------------------------


def test_cpus_fast_of_qemu_7_2() -> None:
    problems = Problems()
    (cpu,) = parse_cpus(q72("query-cpus-fast.json"), "query-cpus-fast", problems)
    assert cpu == CpuInfo(0, 11930, "/machine/unattached/device[0]", "x86_64", cpu.raw)
    assert problems.lines == []


def test_cpus_of_the_removed_query_cpus() -> None:
    problems = Problems()
    reply = [
        {
            "CPU": 0,
            "current": True,
            "halted": False,
            "qom_path": "/machine/unattached/device[0]",
            "pc": 123,
            "thread_id": 4567,
            "arch": "x86",
        },
        {"CPU": 1, "current": False, "halted": True, "thread_id": 4568, "arch": "x86"},
    ]
    first, second = parse_cpus(reply, "query-cpus", problems)
    assert (first.index, first.thread_id, first.target) == (0, 4567, "x86")
    assert first.qom_path == "/machine/unattached/device[0]"
    assert (second.index, second.thread_id, second.qom_path) == (1, 4568, None)
    assert problems.lines == []


def test_cpus_with_wrong_types_name_the_command() -> None:
    problems = Problems()
    (cpu,) = parse_cpus([{"cpu-index": "0", "thread-id": 5}], "query-cpus-fast", problems)
    assert cpu.index is None and cpu.thread_id == 5 and cpu.invalid == {"cpu-index"}
    assert problems.lines and problems.lines[0].startswith("query-cpus-fast[0]")
    assert "'cpu-index'" in problems.lines[0]


def test_mice() -> None:
    problems = Problems()
    (mouse,) = parse_mice(q72("query-mice.json"), problems)
    assert (mouse.index, mouse.name, mouse.current, mouse.absolute) == (
        2,
        "QEMU PS/2 Mouse",
        True,
        False,
    )
    (bad,) = parse_mice([{"index": 1, "absolute": 1}], problems)
    assert bad.absolute is None and bad.invalid == {"absolute"}
    assert any("'absolute'" in line for line in problems.lines)


def test_chardevs_old_and_new() -> None:
    problems = Problems()
    old = parse_chardevs(legacy("query-chardev-qemu-1.0.json"), problems)
    assert [c.label for c in old] == ["parallel0", "serial0", "compat_monitor0"]
    assert old[2].backend == "tcp:127.0.1.1:4444,server"
    assert all(c.frontend_open is None for c in old)  # 1.0 does not say
    (new,) = parse_chardevs(q72("query-chardev.json"), problems)
    assert new.label == "compat_monitor0" and new.frontend_open is True
    assert new.backend == "unix:/tmp/cap/a.sock,server=on"
    assert problems.lines == []


def test_kvm() -> None:
    problems = Problems()
    kvm = KvmInfo.parse(q72("query-kvm.json"), problems)
    assert (kvm.enabled, kvm.present) == (False, True)
    assert kvm.accelerator == "TCG (KVM available but not used)"
    assert KvmInfo.parse({"enabled": True, "present": True}, problems).accelerator == "KVM"
    assert KvmInfo.parse({"enabled": False, "present": False}, problems).accelerator == "TCG"
    assert KvmInfo.parse({}, problems).accelerator is None
    assert problems.lines == []
    odd = KvmInfo.parse({"enabled": "yes", "present": True}, problems)
    assert odd.enabled is None and odd.accelerator is None and odd.invalid == {"enabled"}
    assert problems.lines


def test_balloon() -> None:
    problems = Problems()
    assert parse_balloon({"actual": 1073741824}, problems) == (1073741824, True)
    assert parse_balloon({}, problems) == (None, True)
    assert problems.lines == []
    assert parse_balloon({"actual": "1G"}, problems) == (None, False)
    assert any("'actual'" in line for line in problems.lines)


def test_machine_type_and_target() -> None:
    assert parse_machine_type(q72("qom-get-machine-type.json")) == "pc-i440fx-7.2"
    assert parse_machine_type("q35") == "q35"
    assert parse_machine_type("") is None
    assert parse_machine_type(7) is None
    assert parse_machine_type(None) is None
    problems = Problems()
    assert parse_target(q72("query-target.json"), problems) == "x86_64"
    assert problems.lines == []
    assert parse_target({"arch": ["x86_64"]}, problems) is None
    assert any("'arch'" in line for line in problems.lines)
    assert parse_target([], problems) is None


def test_problem_lines_say_what_was_expected_and_what_came() -> None:
    # A line a user can act on: the key, the expected type and a different actual type.
    problems = Problems()
    parse_cpus([{"cpu-index": 1.5}], "query-cpus-fast", problems)
    parse_block([{"device": "d", "inserted": 3}], problems)
    assert len(problems.lines) == 2
    float_line, object_line = problems.lines
    assert "'inserted'" in object_line and "object" in object_line
    assert "'cpu-index'" in float_line
    # A JSON 1.5 where an integer belongs must not read "should be a number, not a number".
    assert "should be a number, not a number" not in float_line, float_line


# -- any JSON -----------------------------------------------------------------------------

json_leaves = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
json_values = st.recursive(
    json_leaves,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)

OPT_STR = (str, type(None))
OPT_INT = (int, type(None))
OPT_BOOL = (bool, type(None))


def check_invalid(item: Any, problems: Problems) -> None:
    assert isinstance(item.invalid, frozenset)
    assert all(isinstance(name, str) for name in item.invalid)
    if item.invalid:  # shown as "unknown": the reason must be reported
        assert problems.lines


def check_block(value: object, problems: Problems) -> None:
    devices = parse_block(value, problems)
    assert isinstance(devices, tuple)
    for dev in devices:
        assert isinstance(dev, BlockDevice)
        assert isinstance(dev.key, str) and dev.key
        assert isinstance(dev.qdev_id, OPT_STR)
        for name in ("device", "qdev", "type", "io_status"):
            assert isinstance(getattr(dev, name), OPT_STR)
        for name in ("removable", "locked", "tray_open"):
            assert isinstance(getattr(dev, name), OPT_BOOL)
        check_invalid(dev, problems)
        if dev.inserted is not None:
            image = dev.inserted
            assert isinstance(image, BlockImage)
            assert isinstance(image.file, OPT_STR) and isinstance(image.drv, OPT_STR)
            assert isinstance(image.backing_file, OPT_STR)
            assert isinstance(image.ro, OPT_BOOL) and isinstance(image.encrypted, OPT_BOOL)
            for size in (image.virtual_size, image.actual_size, image.backing_depth):
                assert isinstance(size, OPT_INT) and not isinstance(size, bool)
            check_invalid(image, problems)


def check_blockstats(value: object, problems: Problems) -> None:
    stats = parse_blockstats(value, problems)
    assert isinstance(stats, tuple)
    for s in stats:
        assert isinstance(s, BlockStats) and isinstance(s.key, str) and s.key
        counters = (s.rd_bytes, s.wr_bytes, s.rd_ops, s.wr_ops)
        assert all(isinstance(c, OPT_INT) and not isinstance(c, bool) for c in counters)
        check_invalid(s, problems)
        rates = io_rates(s, s, 1.0)
        assert all(r in (None, 0.0) for r in (rates.rd_bytes, rates.wr_bytes))


def check_bus(bus: PciBus, problems: Problems, depth: int) -> int:
    assert isinstance(bus, PciBus) and isinstance(bus.number, OPT_INT)
    assert depth <= MAX_BRIDGE_DEPTH + 1
    count = 0
    for fn in bus.functions:
        count += 1
        assert isinstance(fn, PciFunction)
        for name in ("bus", "slot", "function", "class_code", "vendor", "device", "irq"):
            value = getattr(fn, name)
            assert isinstance(value, OPT_INT) and not isinstance(value, bool)
        assert isinstance(fn.qdev_id, OPT_STR) and isinstance(fn.description, OPT_STR)
        check_invalid(fn, problems)
        for bar in fn.bars:
            assert isinstance(bar, PciBar) and isinstance(bar.unmapped, bool)
            assert isinstance(bar.io, OPT_BOOL) and isinstance(bar.address, OPT_INT)
            check_invalid(bar, problems)
        if fn.secondary is not None:
            count += check_bus(fn.secondary, problems, depth + 1)
    return count


def check_pci(value: object, problems: Problems) -> None:
    buses = parse_pci(value, problems)
    assert isinstance(buses, tuple)
    numbers = [b.number for b in buses if b.number is not None]
    assert len(numbers) == len(set(numbers))  # every bus shown once
    for bus in buses:
        check_bus(bus, problems, 0)


def check_client(client: DisplayClient, problems: Problems) -> None:
    assert isinstance(client, DisplayClient)
    for name in ("host", "port", "family", "x509_dname", "sasl_username", "channel"):
        assert isinstance(getattr(client, name), OPT_STR)
    assert isinstance(client.tls, OPT_BOOL) and isinstance(client.websocket, OPT_BOOL)
    check_invalid(client, problems)


def check_server(server: DisplayServer, problems: Problems) -> None:
    assert isinstance(server, DisplayServer) and isinstance(server.wildcard, bool)
    for listener in server.listeners():
        assert isinstance(listener.text, str) and isinstance(listener.tls, bool)
    for name in ("host", "port", "tls_port", "family", "auth"):
        assert isinstance(getattr(server, name), OPT_STR)
    assert isinstance(server.enabled, OPT_BOOL)
    check_invalid(server, problems)
    for client in server.clients:
        check_client(client, problems)


def check_vnc(value: object, problems: Problems) -> None:
    server = DisplayServer.parse_vnc(value, problems)
    assert server.protocol == "VNC"
    check_server(server, problems)


def check_spice(value: object, problems: Problems) -> None:
    server = DisplayServer.parse_spice(value, problems)
    assert server.protocol == "SPICE"
    check_server(server, problems)


def check_vnc_servers(value: object, problems: Problems) -> None:
    for listener in parse_vnc_servers(value, problems):
        assert isinstance(listener, Listener) and isinstance(listener.wildcard, bool)
        assert isinstance(listener.text, str) and isinstance(listener.tls, bool)
        for name in ("server_id", "host", "port", "family", "auth", "vencrypt"):
            assert isinstance(getattr(listener, name), OPT_STR)
        assert isinstance(listener.websocket, OPT_BOOL)
        check_invalid(listener, problems)


def check_cpus(value: object, problems: Problems) -> None:
    for command in ("query-cpus-fast", "query-cpus"):
        for cpu in parse_cpus(value, command, problems):
            assert isinstance(cpu, CpuInfo)
            assert isinstance(cpu.index, OPT_INT) and not isinstance(cpu.index, bool)
            assert isinstance(cpu.thread_id, OPT_INT) and not isinstance(cpu.thread_id, bool)
            assert isinstance(cpu.qom_path, OPT_STR) and isinstance(cpu.target, OPT_STR)
            check_invalid(cpu, problems)


def check_mice(value: object, problems: Problems) -> None:
    for mouse in parse_mice(value, problems):
        assert isinstance(mouse, MouseInfo)
        assert isinstance(mouse.index, OPT_INT) and isinstance(mouse.name, OPT_STR)
        assert isinstance(mouse.current, OPT_BOOL) and isinstance(mouse.absolute, OPT_BOOL)
        check_invalid(mouse, problems)


def check_chardevs(value: object, problems: Problems) -> None:
    for dev in parse_chardevs(value, problems):
        assert isinstance(dev, ChardevInfo)
        assert isinstance(dev.label, OPT_STR) and isinstance(dev.backend, OPT_STR)
        assert isinstance(dev.frontend_open, OPT_BOOL)
        check_invalid(dev, problems)


def check_kvm(value: object, problems: Problems) -> None:
    kvm = KvmInfo.parse(value, problems)
    assert isinstance(kvm.enabled, OPT_BOOL) and isinstance(kvm.present, OPT_BOOL)
    assert isinstance(kvm.accelerator, OPT_STR)
    check_invalid(kvm, problems)


def check_balloon(value: object, problems: Problems) -> None:
    actual, usable = parse_balloon(value, problems)
    assert isinstance(actual, OPT_INT) and not isinstance(actual, bool)
    assert isinstance(usable, bool)
    if not usable:
        assert actual is None and problems.lines


def check_machine_type(value: object, problems: Problems) -> None:
    kind = parse_machine_type(value)
    assert kind is None or (isinstance(value, str) and kind and value.startswith(kind))


def check_target(value: object, problems: Problems) -> None:
    assert isinstance(parse_target(value, problems), OPT_STR)


Check = Callable[[object, Problems], None]

#: Every parser, with the recorded replies it reads.
PARSERS: dict[str, tuple[Check, list[Any]]] = {
    "block": (
        check_block,
        [
            legacy("query-block-qemu-1.0.json"),
            legacy("query-block-qemu-2.3-libvirt.json"),
            q72("query-block.json"),
        ],
    ),
    "blockstats": (
        check_blockstats,
        [legacy("query-blockstats-qemu-1.0.json"), q72("query-blockstats.json")],
    ),
    "pci": (check_pci, [legacy("query-pci-qemu-1.0.json"), q72("query-pci.json")]),
    "vnc": (
        check_vnc,
        [
            legacy("query-vnc-qemu-1.0.json"),
            legacy("query-vnc-disabled-qemu-1.0.json"),
            q72("query-vnc.json"),
        ],
    ),
    "spice": (check_spice, [legacy("query-spice-qemu-1.0.json"), q72("query-spice.json")]),
    "vnc-servers": (check_vnc_servers, [q72("query-vnc-servers.json")]),
    "cpus": (check_cpus, [q72("query-cpus-fast.json")]),
    "mice": (check_mice, [q72("query-mice.json")]),
    "chardevs": (
        check_chardevs,
        [legacy("query-chardev-qemu-1.0.json"), q72("query-chardev.json")],
    ),
    "kvm": (check_kvm, [q72("query-kvm.json")]),
    "balloon": (check_balloon, [{"actual": 67108864}]),
    "machine-type": (check_machine_type, [q72("qom-get-machine-type.json")]),
    "target": (check_target, [q72("query-target.json")]),
}


@pytest.mark.parametrize("name", sorted(PARSERS))
def test_recorded_replies_parse_without_problems(name: str) -> None:
    check, replies = PARSERS[name]
    for reply in replies:
        problems = Problems()
        check(reply, problems)
        assert problems.lines == [], (name, problems.lines)


@st.composite
def mutated(draw: st.DrawFn, value: Any) -> Any:
    """`value` with some members replaced by random JSON and some keys dropped."""
    if draw(st.integers(0, 7)) == 0:
        return draw(json_values)
    if isinstance(value, dict):
        out = {}
        for key, member in value.items():
            if draw(st.integers(0, 7)) != 0:
                out[key] = draw(mutated(member))
        return out
    if isinstance(value, list):
        items = [draw(mutated(item)) for item in value if draw(st.integers(0, 7)) != 0]
        if items and draw(st.integers(0, 7)) == 0:
            items.append(copy.deepcopy(items[0]))  # a repeated entry
        return items
    return value


FUZZ = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@settings(FUZZ, max_examples=150)
@given(value=st.one_of(json_values, st.lists(json_values, max_size=4)))
def test_any_json_parses_without_exception(value: object) -> None:
    for check, _ in PARSERS.values():
        check(value, Problems())


@pytest.mark.parametrize("name", sorted(PARSERS))
@FUZZ
@given(data=st.data())
def test_damaged_recorded_replies_parse_without_exception(name: str, data: st.DataObject) -> None:
    check, replies = PARSERS[name]
    reply = data.draw(st.sampled_from(replies))
    check(data.draw(mutated(reply)), Problems())
