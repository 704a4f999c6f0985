"""The PCI ID database read: vendors and their devices named, subsystems and the class
list passed over, and a missing or garbled file giving hex ids without a word."""

from __future__ import annotations

from pathlib import Path

from qmpgui.qmp.pci_ids import PciIds, load_pci_ids, parse_pci_ids, short_vendor

SAMPLE = """\
# pci.ids as lspci reads it
#\tcomments and blank lines between entries

8086  Intel Corporation
\t100e  82540EM Gigabit Ethernet Controller
\t\t8086 001e  PRO/1000 MT Desktop Adapter
\t1237  440FX - 82441FX PMC [Natoma]
1af4  Red Hat, Inc.
\t1000  Virtio network device
C 02  Network controller
\t00  Ethernet controller
"""


def test_vendors_and_devices_are_named_with_their_ids_in_hex() -> None:
    ids = parse_pci_ids(SAMPLE.splitlines(keepends=True))
    assert ids.describe(0x8086, 0x100E, "8086:100e") == (
        "Intel 82540EM Gigabit Ethernet Controller [8086:100e]"
    )
    assert ids.describe(0x1AF4, 0x1000, "1af4:1000") == (
        "Red Hat Virtio network device [1af4:1000]"
    )
    # A subsystem line is not a device of the vendor; the class list names no vendor.
    assert (0x8086, 0x8086) not in ids.devices and 0x02 not in ids.vendors
    # A device the file does not know keeps its vendor's name; an unknown vendor is hex.
    assert ids.describe(0x8086, 0x2922, "8086:2922") == "Intel [8086:2922]"
    assert ids.describe(0x1234, 0x1111, "1234:1111") == "1234:1111"


def test_a_missing_or_garbled_file_gives_hex_ids(tmp_path: Path) -> None:
    assert load_pci_ids([tmp_path / "none"]) == PciIds()
    garbled = tmp_path / "pci.ids"
    garbled.write_bytes(b"\xff\xfe\x00zz  \n\tnot a device\n\x00\x01\x02" * 100)
    ids = load_pci_ids([garbled])
    assert ids.describe(0x8086, 0x100E, "8086:100e") == "8086:100e"
    folder = tmp_path / "folder"
    folder.mkdir()
    assert load_pci_ids([folder]) == PciIds()


def test_the_first_file_that_reads_is_taken(tmp_path: Path) -> None:
    good = tmp_path / "hwdata.ids"
    good.write_text(SAMPLE)
    ids = load_pci_ids([tmp_path / "misc.ids", good])
    assert ids.vendors[0x8086] == "Intel Corporation"


def test_a_vendor_is_named_without_its_company_form() -> None:
    assert short_vendor("Intel Corporation") == "Intel"
    assert short_vendor("Red Hat, Inc.") == "Red Hat"
    assert short_vendor("Realtek Semiconductor Co., Ltd.") == "Realtek Semiconductor"
    assert (
        short_vendor("Advanced Micro Devices, Inc. [AMD]") == "Advanced Micro Devices, Inc. [AMD]"
    )
    assert short_vendor("Inc.") == "Inc."
