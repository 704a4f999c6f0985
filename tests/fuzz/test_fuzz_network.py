"""The network and the devices from any text and reply: HMP `info network` and `info
usernet`, query-rx-filter, `qom-list /machine/peripheral`, `device_add help` and
device-list-properties. Nothing raises, the Network and Devices panes show every
cell on one line of words with each NIC and device by its name, and the Add device
form's defaults read as values."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QModelIndex

from qmpgui.models.device_list_model import DeviceListModel
from qmpgui.models.network_model import NetworkModel
from qmpgui.qmp.device_props import default_text, parse_properties, parse_size
from qmpgui.qmp.device_types import parse_device_help
from qmpgui.qmp.network import forward_refusal, nics, parse_info_network, parse_usernet
from qmpgui.qmp.reader import one_line
from qmpgui.session.network import NETWORK
from qmpgui.session.peripherals import PERIPHERALS, parse_peripherals
from tests.helpers.fuzz_panes import check_model, fetched
from tests.helpers.fuzz_text import INFO_NETWORK, INFO_USERNET, hmp_text
from tests.helpers.strategies import FUZZ, assert_readable, replies_for, texts

HELP = (Path(__file__).parent.parent / "data" / "qemu-7.2" / "device-add-help.txt").read_text()
#: What the readers of `info network` and `info usernet` look for.
NETWORK_PIECES = ["nic0: ", "index=0,", "type=nic,", "type=user,", "model=e1000,", " \\ "]
NETWORK_PIECES += ["hub 0", "hub0port0: ", "macaddr=52:54:00:12:34:56", "\r\n", "\n", "VLAN 0"]
USERNET_PIECES = ["Hub -1 (n0):", "Hub 0 (#net1):", "  TCP[HOST_FORWARD]  12  ", "\r\n"]
USERNET_PIECES += ["UDP[HOST_FORWARD]", " 127.0.0.1 ", " * ", " 2222 ", " 10.0.2.15 ", " 22 "]
HELP_PIECES = ['name "e1000"', ", bus PCI", ', alias "x"', ', desc "a \\"b\\""', "Network devices:"]

#: A forward whose port has more digits than int() reads (4300).
LONG_PORT = "Hub -1 (n0):\n  TCP[HOST_FORWARD]  12  127.0.0.1 " + "9" * 5000 + "  10.0.2.15  22\n"


@pytest.fixture(autouse=True)
def _app(qapp: Any) -> None:
    """VmSession is a QObject: the QApplication comes first."""


def _first_cells(model: Any, parent: QModelIndex | None = None) -> set[str]:
    parent = parent if parent is not None else QModelIndex()
    return {model.data(model.index(row, 0, parent)) for row in range(model.rowCount(parent))}


#: What the network topic asks (an HMP command by its line), each answer drawn.
SERVERS = st.fixed_dictionaries(
    {
        "info network": hmp_text(INFO_NETWORK, NETWORK_PIECES),
        "info usernet": hmp_text(INFO_USERNET, USERNET_PIECES),
        "query-rx-filter": replies_for("query-rx-filter"),
        "qom-list": replies_for("qom-list"),
        "qom-get": texts,
    }
)


@FUZZ
@given(server=SERVERS)
@example(server={"info network": INFO_NETWORK, "info usernet": LONG_PORT})
def test_any_network_text_and_replies_give_a_readable_pane(
    qtmodeltester: Any, server: dict[str, Any]
) -> None:
    network, usernet = server["info network"], server["info usernet"]
    found = nics(parse_info_network(network))
    for nic in found:
        assert nic.name and nic.name in network
    for netdev, forwards in parse_usernet(usernet).items():
        assert netdev in usernet
        for forward in forwards:
            refusal = forward_refusal(forward)
            assert refusal is None or assert_readable(refusal, "refusal", usernet) is None
    session = fetched(server, [NETWORK])
    model = NetworkModel()
    model.refresh(session)
    check_model(qtmodeltester, model, list(server.values()))
    assert {one_line(nic.name) for nic in found} <= _first_cells(model)


@FUZZ
@given(peripherals=replies_for("qom-list"))
def test_any_peripherals_list_gives_a_readable_devices_pane(
    qtmodeltester: Any, peripherals: object
) -> None:
    session = fetched({"qom-list": peripherals}, [PERIPHERALS])
    model = DeviceListModel()
    model.refresh(session)
    check_model(qtmodeltester, model, peripherals)
    ids = {one_line(device.id) for device in parse_peripherals(peripherals)}
    assert ids == _first_cells(model)


@settings(FUZZ, max_examples=60)  # 16 KB of help text each
@given(text=hmp_text(HELP, HELP_PIECES), reply=replies_for("device-list-properties"))
@example(text=HELP, reply=[{"name": "p", "type": "str", "default-value": {"a": [1]}}])
@example(text=HELP, reply=[{"name": "p", "type": "size", "default-value": None}])
@example(text="", reply=[{"name": "p", "type": "uint64", "default-value": 10**4000}])
def test_any_device_help_and_properties_read_as_types_and_values(text: str, reply: object) -> None:
    for name, kind in parse_device_help(text).items():
        assert name == kind.name and f'name "{name}"' in text
        assert_readable(kind.desc, "description", text)
    for prop in parse_properties(reply):
        assert_readable(default_text(prop), f"default of {prop.name}", reply)


@FUZZ
@given(text=st.from_regex(r"\s*[0-9]{1,400}(\.[0-9]{1,40})?\s*[kKmMgGtTpP]?(i?[bB])?\s*"))
@example(text="9" * 400)
@example(text="9" * 310 + "P")
def test_any_typed_size_is_bytes_or_refused(text: str) -> None:
    size = parse_size(text)
    assert size is None or size >= 0
