"""The device types, buses, properties and device_add refusals, read from QEMU 7.2's
own text and replies."""

from __future__ import annotations

from pathlib import Path

from qmpgui.qmp.device_errors import device_add_error
from qmpgui.qmp.device_props import Kind, parse_properties, parse_size
from qmpgui.qmp.device_types import Bus, DeviceType, a_bus, offers, parse_device_help, parse_qtree

DATA = Path(__file__).parent.parent / "data" / "qemu-7.2"


def test_device_add_help_of_qemu_72_is_read_by_category_with_bus_and_description() -> None:
    types = parse_device_help((DATA / "device-add-help.txt").read_text())
    assert len(types) == 388
    assert types["e1000"] == DeviceType(
        "e1000", "Network", "PCI", "e1000-82540em", "Intel Gigabit Ethernet"
    )
    assert types["usb-tablet"].category == "Input"
    assert types["usb-tablet"].bus == "usb-bus"
    assert types["qemu-xhci"] == DeviceType("qemu-xhci", "USB", "PCI")
    assert types["pcie-root-port"].desc == "PCI Express Root Port"
    assert types["nvdimm"].bus is None and types["nvdimm"].desc == "DIMM memory module"
    assert types["virtio-blk-pci"].alias == "virtio-blk"
    categories = list(dict.fromkeys(t.category for t in types.values()))
    assert categories == [
        "Controller/Bridge/Hub",
        "USB",
        "Storage",
        "Network",
        "Input",
        "Display",
        "Sound",
        "Misc",
        "CPU",
        "Watchdog",
        "Uncategorized",
    ]


def test_info_qtree_gives_each_bus_its_type_and_owner() -> None:
    buses = {b.name: b for b in parse_qtree((DATA / "info-qtree-q35.txt").read_text())}
    assert buses["pcie.0"].type == "PCIE" and buses["pcie.0"].owner_id == ""
    assert buses["rp1"].type == "PCIE" and buses["rp1"].owner_type == "pcie-root-port"
    assert buses["rp1"].qom_path == "/machine/peripheral/rp1/rp1"
    assert (
        buses["xhci.0"].type == "usb-bus" and buses["xhci.0"].devices == 4
    )  # three tablets and the hub QEMU added
    assert buses["isa.0"].kind is None and buses["pcie.0"].kind == "PCI"


def test_types_without_a_hot_plug_bus_say_why() -> None:
    types = parse_device_help((DATA / "device-add-help.txt").read_text())
    buses = parse_qtree((DATA / "info-qtree-q35.txt").read_text())
    found = {
        o.type.name: o
        for o in offers(
            [types[n] for n in ("e1000", "usb-tablet", "scsi-hd", "isa-serial")],
            buses,
            {"rp1", "xhci.0"},
        )
    }
    # rp1 holds nic5 there: a PCIe port takes one device (a second would go at its slot
    # 1, which the guest never sees), so no PCI device is offered.
    assert found["e1000"].buses == ()
    assert "holds a device already (rp1; a PCIe port takes one)" in str(found["e1000"].why_not)
    assert found["usb-tablet"].buses == ("xhci.0",)
    assert found["scsi-hd"].why_not == "needs a SCSI controller (virtio-scsi-pci) first"
    assert "goes on an ISA bus, which takes no device while the VM runs" in str(
        found["isa-serial"].why_not
    )


def test_properties_get_their_kind_range_and_values() -> None:
    props = {
        p.name: p
        for p in parse_properties(
            [
                {"name": "mitigation", "type": "bool", "default-value": True},
                {"name": "queue-size", "type": "uint16", "default-value": 256},
                {"name": "write-cache", "type": "OnOffAuto", "default-value": "auto"},
                {
                    "name": "werror",
                    "type": "BlockdevOnError",
                    "description": "Error handling policy, report/ignore/enospc/stop/auto",
                },
                {"name": "iothread", "type": "link<iothread>"},
                {"name": "min_io_size", "type": "size", "default-value": 0},
                {"name": "addr", "type": "int32", "description": "Slot ..., example: 06.0 or 06"},
                {"name": "mac", "type": "str"},
            ]
        )
    }
    assert props["mitigation"].kind is Kind.BOOL
    assert (props["queue-size"].kind, props["queue-size"].high) == (Kind.INT, 65535)
    assert props["write-cache"].values == ("on", "off", "auto")
    assert props["werror"].values == ("report", "ignore", "enospc", "stop", "auto")
    assert (props["iothread"].kind, props["iothread"].target) == (Kind.LINK, "iothread")
    assert props["min_io_size"].kind is Kind.SIZE
    assert props["addr"].kind is Kind.STR and props["mac"].kind is Kind.STR
    assert parse_size("4K") == 4096 and parse_size("2 MiB") == 2 * 2**20 and parse_size("x") is None


def test_qemu_refusals_become_sentences_that_say_what_to_choose() -> None:
    said = device_add_error("Bus 'pcie.0' does not support hotplugging", ["rp1", "rp2"])
    assert said == (
        "bus 'pcie.0' does not take devices while the VM runs (no hot-plug there): "
        "choose another bus: rp1, rp2"
    )
    assert device_add_error("Property 'e1000.nosuch' not found") == "e1000 has no property 'nosuch'"
    assert device_add_error("Duplicate device ID 'xhci'") == (
        "the id 'xhci' is in use by another device: choose another id"
    )
    assert "is in use by the device 'd1'" in device_add_error(
        "Permission conflict on node 'nb1': permissions 'write' are both required by block "
        "device 'd1' (uses node 'nb1' as 'root' child) and unshared by block device 'd2'"
    )
    assert device_add_error("Parameter 'romsize' expects uint32_t") == (
        "'romsize' takes uint32: the value given is not one"
    )
    full = "PCI: no slot/function available for e1000, all in use or reserved"
    assert device_add_error(full, ["pci.0", "br1"], "br1") == (
        "bus 'br1' is full, no free slot for e1000: choose another bus: pci.0"
    )
    assert device_add_error(full, []).startswith("the bus QEMU chose is full")


def test_memory_vcpu_and_usb_refusals_of_qemu_72_say_what_to_do() -> None:
    """QEMU 7.2's own words (device_add on -M pc), each read as a sentence with a way out."""
    assert device_add_error("can't use already busy memdev: pc.ram") == (
        "the memory backend 'pc.ram' is in use (by another memory device, or as the VM's "
        "own RAM): each memory device needs a backend of its own; make one in the console: "
        "object-add qom-type=memory-backend-ram id=mem1 size=134217728"
    )
    assert device_add_error(
        "memory devices (e.g. for memory hotplug) are not enabled, please specify the maxmem option"
    ) == ("this VM takes no memory devices: start it with -m SIZE,slots=N,maxmem=MAX")
    assert device_add_error("CPU[0] with APIC ID 0 exists").startswith(
        "that vCPU place is taken already: the vCPU preset"
    )
    assert device_add_error("Invalid CPU socket-id: 1 must be in range 0:0").startswith(
        "socket-id 1 is outside this VM's CPU topology (from 0 to 0)"
    )
    assert device_add_error("Invalid CPU type, expected cpu type: 'qemu64-x86_64-cpu'") == (
        "this VM's vCPUs are qemu64-x86_64-cpu: a vCPU added must be of the same type"
    )
    mismatch = (
        'Warning: speed mismatch trying to attach usb device "QEMU USB Tablet" (full+high '
        'speed) to bus "x0.0", port "1" (super speed)'
    )
    assert device_add_error(mismatch, ["x0.0", "x1.0"], "x0.0") == (
        "QEMU USB Tablet is a full+high speed device and bus 'x0.0' has only super speed "
        "ports free: choose another bus: x1.0"
    )
    no_port = "Error: tried to attach usb device QEMU USB Tablet to a bus with no free ports"
    assert device_add_error(no_port, ["usb.0"]) == (
        "the USB bus QEMU chose has no free port for QEMU USB Tablet: choose another bus: usb.0"
    )


def test_a_pci_type_on_a_machine_without_a_pci_bus_says_what_it_needs() -> None:
    types = parse_device_help((DATA / "device-add-help.txt").read_text())
    system = Bus("main-system-bus", "System", devices=1)
    (found,) = offers([types["e1000"]], [system], {"main-system-bus"})
    assert found.buses == ()
    assert (
        found.why_not
        == "needs a PCI bus that takes hot-plug (a pci-bridge, or a pcie-root-port on q35) first"
    )


def test_more_refusals_of_qemu_72_and_bus_types_in_words() -> None:
    """QEMU 7.2's words for types that need what the VM lacks, a USB port, a slot held
    by a device without an id, and a device on a bus of another kind."""
    assert device_add_error("nvdimm is not enabled: missing 'nvdimm' in '-M'").startswith(
        "this VM was started without NVDIMM support: QEMU takes an nvdimm only with "
        "-machine nvdimm=on"
    )
    for desc in ("'memdev' property must be set", "'memdev' property is not set"):
        assert device_add_error(desc).startswith("'memdev' must name the memory backend")
    assert device_add_error("serial property not set") == (
        "'serial' must be set: give the device a serial number (any short text)"
    )
    assert device_add_error("usb port 9 (bus x.0) not found (in use?)") == (
        "USB bus 'x.0' has no free port 9 (no such port, or it holds a device): leave port "
        "empty for a free one"
    )
    held = "PCI: slot 1 function 0 not available for e1000, in use by PIIX3,id=(null)"
    assert device_add_error(held).startswith("PCI slot 1 function 0 is in use by PIIX3: ")
    named = "PCI: slot 3 function 0 not available for e1000, in use by e1000,id=nic0"
    assert "is in use by e1000 'nic0': " in device_add_error(named)
    assert device_add_error("Device 'e1000' can't go on usb-bus bus", ["pci.0"]) == (
        "e1000 does not go on a USB bus: choose another bus: pci.0"
    )
    assert [a_bus(k) for k in ("System", "HDA", "ISA", "PCI", "usb-bus", "SD")] == [
        "a system bus",
        "an HDA bus",
        "an ISA bus",
        "a PCI bus",
        "a USB bus",
        "an SD bus",
    ]
