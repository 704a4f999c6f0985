"""The pane models (block, PCI, displays, machine) fed with recorded QMP replies.

No QEMU runs here: a `Fetcher` asks a fake `execute` that answers from recorded
replies (QEMU 7.2 and old 1.0-era shapes), and the models read the session it
filled. What is asserted is what a user sees in the panes: cell texts, rows,
and that a refresh changes only the rows that differ.
"""

from __future__ import annotations

import asyncio
import copy
import json
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

import qmpgui.session.inspection as inspection_module
from qmpgui.models.block_model import COLUMNS as BLOCK_COLUMNS
from qmpgui.models.block_model import BlockModel
from qmpgui.models.display_model import NOT_AVAILABLE, DisplayModel
from qmpgui.models.machine_model import MachineModel
from qmpgui.models.node_tree import RAW_ROLE, Node, NodeTreeModel, prop_node
from qmpgui.models.pci_model import COLUMNS as PCI_COLUMNS
from qmpgui.models.pci_model import PciModel
from qmpgui.qmp import CommandFailed
from qmpgui.session import VmSession
from qmpgui.session.inspection import BLOCK, BLOCKSTATS, DISPLAY, MACHINE, PCI, Fetcher, Topic
from qmpgui.session.memory import MEMORY
from tests.helpers.recorded import DATA
from tests.helpers.strategies import OLD_CPU, json_paths

DASH = "—"
MODELS: tuple[type[NodeTreeModel], ...] = (BlockModel, PciModel, DisplayModel, MachineModel)
MODEL_IDS = [cls.__name__ for cls in MODELS]
ALL_TOPICS = (BLOCK, BLOCKSTATS, PCI, DISPLAY, MACHINE, MEMORY)
MiB = 1024 * 1024
M = TypeVar("M", bound=NodeTreeModel)


# -- recorded replies ---------------------------------------------------------------


@dataclass(frozen=True)
class Failure:
    """An error reply: `execute` raises CommandFailed for it."""

    error_class: str
    desc: str = "failed in a test"


NOT_FOUND = Failure("CommandNotFound", "The command has not been found")

Replies = dict[str, object]


def _reply(path: Path) -> object:
    doc = json.loads(path.read_text())
    if "error" in doc:
        return Failure(doc["error"]["class"], doc["error"]["desc"])
    return doc["return"]


def _load(folder: str, files: Mapping[str, str]) -> Replies:
    return {command: _reply(DATA / folder / name) for command, name in files.items()}


_QEMU_72 = _load(
    "qemu-7.2",
    {
        "query-block": "query-block.json",
        "query-blockstats": "query-blockstats.json",
        "query-pci": "query-pci.json",
        "query-vnc": "query-vnc.json",
        "query-vnc-servers": "query-vnc-servers.json",
        "query-spice": "query-spice.json",
        "query-cpus-fast": "query-cpus-fast.json",
        "query-balloon": "query-balloon-no-device.json",
        "query-memory-size-summary": "query-memory-size-summary.json",
        "query-memory-devices": "query-memory-devices.json",
        "query-mice": "query-mice.json",
        "query-chardev": "query-chardev.json",
        "query-kvm": "query-kvm.json",
        "qom-get": "qom-get-machine-type.json",
        "query-target": "query-target.json",
    },
)


_LEGACY = _load(
    "legacy-replies",
    {
        "query-block": "query-block-qemu-1.0.json",
        "query-blockstats": "query-blockstats-qemu-1.0.json",
        "query-pci": "query-pci-qemu-1.0.json",
        "query-vnc": "query-vnc-qemu-1.0.json",
        "query-spice": "query-spice-qemu-1.0.json",
        "query-chardev": "query-chardev-qemu-1.0.json",
    },
)
_LEGACY["query-cpus"] = [OLD_CPU]


def qemu72() -> Replies:
    return copy.deepcopy(_QEMU_72)


def legacy() -> Replies:
    return copy.deepcopy(_LEGACY)


DATASETS = {"qemu-7.2": qemu72, "legacy": legacy, "nothing": dict, "unfetched": None}


# -- a session filled without QEMU --------------------------------------------------


class FakeQemu:
    """Answers commands from `replies`; a missing command is CommandNotFound."""

    def __init__(self, replies: Mapping[str, object]) -> None:
        self.replies = replies
        self.calls: list[str] = []

    async def execute(self, command: str, arguments: Mapping[str, object] | None) -> object:
        self.calls.append(command)
        reply = self.replies.get(command, NOT_FOUND)
        if isinstance(reply, Failure):
            raise CommandFailed(command, reply.error_class, reply.desc)
        return copy.deepcopy(reply)


def fetch(
    session: VmSession,
    replies: Mapping[str, object],
    topics: Sequence[Topic] = ALL_TOPICS,
    commands: frozenset[str] = frozenset(),
) -> FakeQemu:
    qemu = FakeQemu(replies)
    fetcher = Fetcher(qemu.execute, commands, session.inspection)

    async def run() -> None:
        for topic in topics:
            await fetcher.fetch(topic)

    asyncio.run(run())
    return qemu


def new_session() -> VmSession:
    return VmSession("vm", "unix:/nonexistent")


def filled(
    replies: Mapping[str, object] | None,
    topics: Sequence[Topic] = ALL_TOPICS,
    commands: frozenset[str] = frozenset(),
) -> VmSession:
    session = new_session()
    if replies is not None:
        fetch(session, replies, topics, commands)
    return session


def shown(cls: type[M], session: VmSession) -> M:
    model = cls()
    model.refresh(session)
    return model


class FakeTime:
    """Stands in for the `time` module of the inspection: 2 s pass between samples."""

    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        self.now += 2.0
        return self.now

    def time(self) -> float:
        return time.time()


@pytest.fixture(autouse=True)
def _clock(monkeypatch: pytest.MonkeyPatch, qapp: Any) -> FakeTime:
    """Every test needs the QApplication (VmSession is a QObject) and a steady clock."""
    clock = FakeTime()
    monkeypatch.setattr(inspection_module, "time", clock)
    return clock


# -- reading a model the way a view does ----------------------------------------------


def row(model: NodeTreeModel, *keys: object) -> dict[str, str]:
    """The cells of the row reached by `keys`, by column header."""
    index = model.find(*keys)
    assert index.isValid(), f"no row {keys}; the pane shows:\n{model.pane_text()}"
    return {
        header: model.data(index.siblingAtColumn(column))
        for column, header in enumerate(model.headers)
    }


def value(model: NodeTreeModel, *keys: object) -> str:
    """The "Value" column of a property row (display and machine panes)."""
    return row(model, *keys)["Value"]


def child_keys(model: NodeTreeModel, *keys: object) -> list[object]:
    parent = model.find(*keys) if keys else QModelIndex()
    result = []
    for n in range(model.rowCount(parent)):
        node = model.node(model.index(n, 0, parent))
        assert node is not None
        result.append(node.key)
    return result


def column(model: NodeTreeModel, header: str) -> list[str]:
    """One column of the top-level rows."""
    c = list(model.headers).index(header)
    return [model.data(model.index(n, c)) for n in range(model.rowCount())]


def tree(model: NodeTreeModel, parent: QModelIndex | None = None) -> list[Any]:
    """Everything the view can read, through the Qt API only (keys excluded)."""
    if parent is None:
        parent = QModelIndex()
    rows = []
    for n in range(model.rowCount(parent)):
        first = model.index(n, 0, parent)
        cells = [model.data(model.index(n, c, parent)) for c in range(model.columnCount(parent))]
        brush = model.data(first, Qt.ItemDataRole.ForegroundRole)
        rows.append(
            (
                cells,
                model.data(first, Qt.ItemDataRole.ToolTipRole),
                None if brush is None else brush.color().name(),
                model.data(first, RAW_ROLE),
                tree(model, first),
            )
        )
    return rows


def key_path(model: NodeTreeModel, index: QModelIndex | QPersistentModelIndex) -> tuple[Any, ...]:
    keys: list[Any] = []
    while index.isValid():
        node = model.node(index)
        keys.insert(0, node.key if node else None)
        index = index.parent()
    return tuple(keys)


class Spy:
    """Every structural and data signal of a model, as readable tuples."""

    def __init__(self, model: NodeTreeModel) -> None:
        self.model = model
        self.events: list[tuple[Any, ...]] = []
        path = self.path
        model.modelReset.connect(lambda: self.events.append(("reset",)))
        model.layoutChanged.connect(lambda *_: self.events.append(("layout",)))
        model.rowsInserted.connect(lambda p, a, b: self.events.append(("inserted", path(p), a, b)))
        model.rowsRemoved.connect(lambda p, a, b: self.events.append(("removed", path(p), a, b)))
        model.rowsMoved.connect(
            lambda p, a, b, d, r: self.events.append(("moved", path(p), a, b, path(d), r))
        )
        model.columnsInserted.connect(lambda *_: self.events.append(("columns",)))
        model.columnsRemoved.connect(lambda *_: self.events.append(("columns",)))
        model.dataChanged.connect(
            lambda top, bottom, *_: self.events.append(
                ("changed", path(top), top.column(), path(bottom), bottom.column())
            )
        )

    def path(self, index: QModelIndex) -> tuple[Any, ...]:
        return key_path(self.model, index)


def check(qtmodeltester: Any, qtlog: Any, model: NodeTreeModel) -> None:
    """pytest-qt's model tester; its complaints are Qt warnings, turned into a failure here."""
    before = len(qtlog.records)
    qtmodeltester.check(model)
    assert_no_qt_warnings(qtlog, before)


def assert_no_qt_warnings(qtlog: Any, since: int) -> None:
    bad = ("QtWarningMsg", "QtCriticalMsg", "QtFatalMsg")
    warnings = [r.message for r in qtlog.records[since:] if r.type_name in bad]
    assert not warnings, "\n".join(warnings)


# -- 1. every model is a well-behaved Qt model ----------------------------------------


@pytest.mark.parametrize("dataset", list(DATASETS))
@pytest.mark.parametrize("cls", MODELS, ids=MODEL_IDS)
def test_filled_models_pass_the_model_tester(
    qtmodeltester: Any, qtlog: Any, cls: type[NodeTreeModel], dataset: str
) -> None:
    make = DATASETS[dataset]
    model = shown(cls, filled(None if make is None else make()))
    check(qtmodeltester, qtlog, model)
    if dataset in ("qemu-7.2", "legacy") or cls in (DisplayModel, MachineModel):
        assert model.rowCount() > 0  # the tester had something to look at
    else:
        assert model.rowCount() == 0  # no block device or PCI bus without a reply


@pytest.mark.parametrize("cls", MODELS, ids=MODEL_IDS)
def test_models_stay_valid_through_refreshes_that_change_everything(
    qtmodeltester: Any, qtlog: Any, cls: type[NodeTreeModel]
) -> None:
    """The tester stays attached and re-checks the model on every signal of every refresh."""
    start = len(qtlog.records)
    model = cls()
    check(qtmodeltester, qtlog, model)
    changed = qemu72()
    changed["query-block"] = list(reversed(changed["query-block"]))
    changed["query-block"][1]["tray_open"] = True
    changed["query-pci"][0]["devices"].pop(2)
    changed["query-vnc"]["host"] = "0.0.0.0"
    changed["query-spice"] = NOT_FOUND
    changed["query-balloon"] = {"actual": 64 * MiB}
    texts = []
    for replies in (qemu72(), legacy(), changed, qemu72(), {}, legacy()):
        model.refresh(filled(replies))
        texts.append(model.pane_text())
        check(qtmodeltester, qtlog, model)
    model.refresh(new_session())
    check(qtmodeltester, qtlog, model)
    assert_no_qt_warnings(qtlog, start)
    assert len(set(texts)) >= 3  # the refreshes did change what the pane shows


# -- 2. block devices -----------------------------------------------------------------


def test_block_pane_shows_qemu_72_devices() -> None:
    model = shown(BlockModel, filled(qemu72()))
    assert model.headers == BLOCK_COLUMNS
    assert column(model, "Device") == ["disk0", "cd0", "cd1"]
    disk, cd0, cd1 = row(model, "disk0"), row(model, "cd0"), row(model, "cd1")
    assert disk["qdev id"] == "vd0"  # from /machine/peripheral/vd0/virtio-backend
    assert disk["Format"] == "qcow2" and disk["Medium"] == "disk.qcow2"
    assert disk["Virtual size"] == "64 MiB" and disk["Actual size"] == "196 KiB"
    assert disk["Type"] == "fixed" and disk["Read-only"] == "no"
    assert disk["Tray"] == DASH  # a disk has no tray
    assert disk["Read"] == "512 B (1 ops)"
    assert cd0["Tray"] == "closed" and cd0["Read-only"] == "yes" and cd0["Type"] == "removable"
    assert cd0["qdev id"] == "cdrom0" and cd0["Virtual size"] == "128 KiB"
    assert cd1["Medium"] == "empty" and cd1["Format"] == DASH
    # One sample of blockstats has no rate yet.
    assert disk["Read rate"] == DASH and disk["Write rate"] == DASH
    tooltip = model.data(model.find("disk0"), Qt.ItemDataRole.ToolTipRole)
    assert "qdev path: /machine/peripheral/vd0/virtio-backend" in tooltip


def test_block_rates_need_two_samples() -> None:
    session = filled(qemu72())
    second = qemu72()
    stats = second["query-blockstats"][0]["stats"]
    stats["rd_bytes"] += 4 * MiB  # over the 2 s the fake clock lets pass
    stats["rd_operations"] += 20
    stats["wr_bytes"] += 2 * MiB
    stats["wr_operations"] += 3
    fetch(session, second, (BLOCKSTATS,))
    model = shown(BlockModel, session)
    disk = row(model, "disk0")
    assert disk["Read rate"] == "2 MiB/s (10 ops/s)"
    assert disk["Write rate"] == "1 MiB/s (1.5 ops/s)"
    assert disk["Read"] == "4 MiB (21 ops)"
    assert row(model, "cd0")["Read rate"] == "0 B/s (0 ops/s)"


def test_block_pane_shows_qemu_10_devices() -> None:
    model = shown(BlockModel, filled(legacy()))
    assert column(model, "Device") == ["ide0-hd0", "ide1-cd0", "floppy0", "sd0"]
    assert column(model, "Type") == ["hd", "cdrom", "floppy", "floppy"]
    hd, cd = row(model, "ide0-hd0"), row(model, "ide1-cd0")
    assert hd["Medium"] == "disks/test.img" and hd["Format"] == "qcow2"
    # QEMU 1.0 sends no qdev, tray, image sizes or I/O status: missing reads as a dash.
    for name in ("qdev id", "Tray", "Virtual size", "Actual size", "Backing depth", "I/O status"):
        assert hd[name] == DASH, name
    assert cd["Medium"] == "empty"
    assert hd["Read"] == "117.1 MiB (36604 ops)"
    assert hd["Written"] == "9.3 MiB (692 ops)"


def test_block_values_of_the_wrong_type_read_unknown() -> None:
    replies = legacy()
    hd, cd, floppy, _ = replies["query-block"]
    cd["tray_open"] = "closed"
    hd["inserted"]["ro"] = "no"
    hd["inserted"]["file"] = 42
    hd["io-status"] = 0
    floppy["type"] = 3
    session = filled(replies)
    model = shown(BlockModel, session)
    assert row(model, "ide1-cd0")["Tray"] == "unknown"
    assert row(model, "ide0-hd0")["Read-only"] == "unknown"
    assert row(model, "ide0-hd0")["Medium"] == "unknown"
    assert row(model, "ide0-hd0")["I/O status"] == "unknown"
    assert row(model, "floppy0")["Type"] == "unknown"
    assert row(model, "ide0-hd0")["Encrypted"] == "no"  # the rest of the row still reads
    assert row(model, "sd0")["Type"] == "floppy"
    assert any("tray_open" in line for line in session.inspection.problems.lines)


def test_block_pane_shows_a_qemu_23_libvirt_reply() -> None:
    replies = legacy()
    replies["query-block"] = _reply(DATA / "legacy-replies" / "query-block-qemu-2.3-libvirt.json")
    model = shown(BlockModel, filled(replies))
    assert column(model, "Device") == ["drive-ide0-0-0", "drive-ide0-0-1"]
    assert column(model, "Type") == ["fixed", "removable"]  # "unknown" type: from removable
    assert row(model, "drive-ide0-0-0")["Virtual size"] == "20 GiB"
    assert row(model, "drive-ide0-0-1")["Medium"] == "empty"


# -- 3. PCI ---------------------------------------------------------------------------


NIC = (("bus", 0), ("slot", 3), ("bus", 1), ("slot", 1))


@pytest.mark.usefixtures("no_pci_ids")
def test_pci_pane_shows_the_qemu_72_tree() -> None:
    model = shown(PciModel, filled(qemu72()))
    assert model.headers == PCI_COLUMNS
    assert child_keys(model) == [("bus", 0)]
    assert child_keys(model, ("bus", 0)) == [("slot", n) for n in (0, 1, 2, 3)]
    nic = row(model, *NIC)
    assert nic["Vendor:device"] == "8086:100e"
    assert nic["qdev id"] == "nic0"
    assert nic["Slot"] == "01.0"
    assert nic["Class"] == "Ethernet controller [0200]"
    assert "BAR6 mem32 unmapped 256 KiB" in nic["BARs"]
    assert row(model, *NIC[:3])["Slot"] == "Bus 1 (behind br1)"
    bridge = row(model, *NIC[:2])
    assert bridge["qdev id"] == "br1" and bridge["Class"] == "PCI bridge [0604]"

    group = row(model, ("bus", 0), ("slot", 1))
    assert group["Slot"] == "01"
    assert group["Class"] == "multi-function device (3 functions)"
    assert child_keys(model, ("bus", 0), ("slot", 1)) == [("function", f) for f in (0, 1, 3)]
    assert row(model, ("bus", 0), ("slot", 1), ("function", 3))["Slot"] == "01.3"
    assert row(model, ("bus", 0), ("slot", 1), ("function", 1))["Class"] == "IDE controller [0101]"
    # A single-function slot is the function itself, not a group.
    assert child_keys(model, ("bus", 0), ("slot", 2)) == []
    assert row(model, ("bus", 0), ("slot", 2))["qdev id"] == "vd0"


def test_pci_pane_shows_qemu_10_bars_and_class_codes() -> None:
    model = shown(PciModel, filled(legacy()))
    vga = row(model, ("bus", 0), ("slot", 2))
    assert vga["Class"] == "VGA controller [0300]"
    assert "[0300]" in vga["Class"]
    assert vga["BARs"].split("; ") == [
        "BAR0 mem32 prefetchable 0xf0000000 32 MiB",
        "BAR1 mem32 0xf2000000 4 KiB",
        "BAR6 mem32 unmapped 64 KiB",
    ]
    assert vga["IRQ"] == DASH  # QEMU 1.0 sent no irq for it
    assert row(model, ("bus", 0), ("slot", 4))["IRQ"] == "11"
    assert row(model, ("bus", 0), ("slot", 4))["BARs"] == "BAR0 I/O 0xc080 32 B"


@pytest.mark.usefixtures("no_pci_ids")
def test_pci_copy_text_indents_by_depth() -> None:
    model = shown(PciModel, filled(qemu72()))
    lines = model.pane_text().splitlines()
    assert lines[0] == "\t".join(PCI_COLUMNS)
    nic = next(line for line in lines if "nic0" in line)
    assert nic.startswith("      01.0\tEthernet controller [0200]\t8086:100e")
    assert json.loads(model.pane_json()) == {"query-pci": _QEMU_72["query-pci"]}


# -- 4. displays ----------------------------------------------------------------------


def test_display_pane_shows_qemu_72_vnc_and_disabled_spice() -> None:
    model = shown(DisplayModel, filled(qemu72()))
    assert child_keys(model) == ["vnc", "spice"]
    assert value(model, "vnc") == "enabled on 127.0.0.1:5977"
    assert value(model, "spice") == "disabled"
    assert value(model, "vnc", ("listener", 0)) == "127.0.0.1:5977 (ipv4, auth none)"
    assert value(model, "vnc", "clients") == "none"
    assert not model.find("vnc", "exposed").isValid()  # loopback only: no warning
    assert model.data(model.find("vnc"), Qt.ItemDataRole.ForegroundRole) is None


def test_display_pane_tells_missing_spice_from_disabled_spice() -> None:
    replies = qemu72()
    replies["query-spice"] = NOT_FOUND
    model = shown(DisplayModel, filled(replies))
    assert value(model, "spice") == NOT_AVAILABLE == "not available on this QEMU"
    assert value(model, "vnc") == "enabled on 127.0.0.1:5977"

    # Known from query-commands: not even asked.
    offered = frozenset(set(_QEMU_72) - {"query-spice"})
    session = new_session()
    qemu = fetch(session, qemu72(), (DISPLAY,), offered)
    assert "query-spice" not in qemu.calls
    assert value(shown(DisplayModel, session), "spice") == NOT_AVAILABLE

    replies["query-spice"] = Failure("GenericError", "SPICE is broken")
    broken = value(shown(DisplayModel, filled(replies)), "spice")
    assert broken.startswith("error: ") and "SPICE is broken" in broken


def test_display_pane_warns_about_a_vnc_server_on_every_address() -> None:
    model = shown(DisplayModel, filled(legacy()))
    assert value(model, "vnc") == "enabled on 0.0.0.0:50402, 1 connected"
    warning = value(model, "vnc", "exposed")
    assert "reachable from the network" in warning and "0.0.0.0" in warning
    assert row(model, "vnc", "exposed")["Property"] == "Warning"
    for keys in (("vnc",), ("vnc", "exposed")):
        assert model.data(model.find(*keys), Qt.ItemDataRole.ForegroundRole) is not None
    assert value(model, "vnc", "clients") == "1"
    clients = model.find("vnc", "clients")
    assert model.rowCount(clients) == 1
    client = model.index(0, 0, clients)
    assert model.data(client) == "Client 1"
    assert model.data(client.siblingAtColumn(1)) == "127.0.0.1:50401 (ipv4)"
    # QEMU 1.0 SPICE on 0.0.0.0 with two channels.
    assert value(model, "spice") == "enabled on 0.0.0.0:5920, 0.0.0.0:5921 (TLS), 2 connected"
    assert value(model, "spice", "tls-port") == "5921"
    assert "reachable from the network" in value(model, "spice", "exposed")
    spice_clients = model.find("spice", "clients")
    first = model.index(0, 1, spice_clients)
    assert model.data(first) == "127.0.0.1:54924 (ipv4, channel main/0, TLS)"


def test_display_pane_on_ipv6_wildcard_and_disabled_vnc() -> None:
    replies = qemu72()
    replies["query-vnc"]["host"] = "::"
    replies["query-vnc-servers"][0]["server"][0].update(host="::", family="ipv6")
    model = shown(DisplayModel, filled(replies))
    assert value(model, "vnc") == "enabled on [::]:5977"
    assert "listens on ::" in value(model, "vnc", "exposed")

    replies = legacy()
    replies["query-vnc"] = _reply(DATA / "legacy-replies" / "query-vnc-disabled-qemu-1.0.json")
    model = shown(DisplayModel, filled(replies))
    assert value(model, "vnc") == "disabled"
    assert child_keys(model, "vnc") == []

    empty = shown(DisplayModel, new_session())
    assert [value(empty, "vnc"), value(empty, "spice")] == [DASH, DASH]


# -- 5. machine -----------------------------------------------------------------------


def test_machine_pane_shows_qemu_72_facts() -> None:
    model = shown(MachineModel, filled(qemu72()))
    assert value(model, "name") == "vm"
    assert value(model, "machine") == "pc-i440fx-7.2"
    assert value(model, "arch") == "x86_64"
    assert value(model, "accel") == "TCG (KVM available but not used)"
    # DeviceNotActive, and what adds a balloon.
    assert value(model, "memory", "balloon") == (
        "no balloon device (-device virtio-balloon-pci adds one)"
    )
    assert "target" not in child_keys(model, "memory")  # nothing to set without a balloon
    # A 64 MiB DIMM beside the 128 MiB the VM started with, and an empty virtio-mem.
    assert value(model, "memory") == "192 MiB (128 MiB at start + 64 MiB plugged)"
    dimm = row(model, "memory", ("memdev", "dimm1"))
    assert dimm == {"Property": "dimm1 (DIMM)", "Value": "64 MiB, backend mem1, node 0"}
    assert value(model, "memory", ("memdev", "vmem0")) == (
        "0 B of 256 MiB at most, 0 B requested, backend mem2, node 0"
    )
    assert value(model, "cpus") == "1"
    cpu = row(model, "cpus", ("cpu", 0))
    assert cpu["Property"] == "CPU 0"
    assert cpu["Value"] == "thread 11930, /machine/unattached/device[0], x86_64"
    assert value(model, "mice") == "1"
    assert value(model, "mice", ("mouse", 2)) == "QEMU PS/2 Mouse (relative, current)"
    assert value(model, "chardevs") == "1"
    assert value(model, "run") == DASH  # not connected


def test_machine_pane_on_qemu_without_query_cpus_fast() -> None:
    replies = legacy()
    replies["query-balloon"] = {"actual": 1024 * MiB}
    replies["query-kvm"] = {"enabled": True, "present": True}
    offered = frozenset({"query-cpus", "query-balloon", "query-chardev", "query-kvm"})
    session = new_session()
    qemu = fetch(session, replies, (MACHINE, MEMORY), offered)
    assert "query-cpus-fast" not in qemu.calls and "query-cpus" in qemu.calls
    model = shown(MachineModel, session)
    assert value(model, "cpus") == "1"
    cpu = row(model, "cpus", ("cpu", 0))
    assert cpu["Property"] == "CPU 0"
    assert cpu["Value"] == "thread 1234, /machine/unattached/device[0], x86"
    # No query-memory-size-summary before 2.11: the RAM is not known, the balloon's is.
    assert value(model, "memory", "balloon") == "the guest keeps 1 GiB"
    assert value(model, "memory") == "not available on this QEMU"
    assert value(model, "memory", "target") == ("not known: QEMU reports only what the guest keeps")
    assert value(model, "accel") == "KVM"
    assert value(model, "chardevs") == "3"
    assert value(model, "machine") == "not available on this QEMU"  # qom-get not offered
    assert value(model, "mice") == "not available on this QEMU"
    assert json.loads(model.pane_json())["query-cpus"] == [OLD_CPU]


def test_machine_pane_falls_back_to_query_cpus_when_commands_are_unknown() -> None:
    session = new_session()
    qemu = fetch(session, legacy(), (MACHINE, MEMORY))
    assert qemu.calls[:2] == ["query-cpus-fast", "query-cpus"]
    model = shown(MachineModel, session)
    assert value(model, "cpus", ("cpu", 0)) == "thread 1234, /machine/unattached/device[0], x86"
    # Old QEMU without a balloon command: still "no balloon device".
    assert value(model, "memory", "balloon").startswith("no balloon device")


def test_machine_pane_shows_a_balloon_error_as_an_error() -> None:
    replies = qemu72()
    replies["query-balloon"] = Failure("GenericError", "balloon stuck")
    model = shown(MachineModel, filled(replies))
    balloon = value(model, "memory", "balloon")
    assert balloon.startswith("error: ") and "balloon stuck" in balloon


# -- 6. refreshes change only what differs ---------------------------------------------


@pytest.mark.parametrize("cls", MODELS, ids=MODEL_IDS)
def test_a_refresh_with_identical_data_emits_nothing(cls: type[NodeTreeModel]) -> None:
    session = filled(qemu72())
    fetch(session, qemu72(), (BLOCKSTATS,))  # rates from two samples
    model = shown(cls, session)
    before = tree(model)
    spy = Spy(model)
    fetch(session, qemu72())
    model.refresh(session)
    model.refresh(filled(qemu72(), (*ALL_TOPICS, BLOCKSTATS)))
    assert spy.events == []
    assert tree(model) == before


def test_a_changed_value_changes_only_its_row() -> None:
    session = filled(qemu72())
    model = shown(BlockModel, session)
    spy = Spy(model)
    replies = qemu72()
    replies["query-block"][1]["tray_open"] = True
    fetch(session, replies, (BLOCK,))
    model.refresh(session)
    last = len(BLOCK_COLUMNS) - 1
    assert spy.events == [("changed", ("cd0",), 0, ("cd0",), last)]
    assert row(model, "cd0")["Tray"] == "open"
    assert row(model, "cd1")["Tray"] == "closed"


def test_a_persistent_index_follows_its_row_through_removals_and_insertions() -> None:
    session = filled(qemu72())
    model = shown(BlockModel, session)
    cd1 = QPersistentModelIndex(model.find("cd1"))
    medium = BLOCK_COLUMNS.index("Medium")
    cd0_medium = QPersistentModelIndex(model.find("cd0").siblingAtColumn(medium))
    assert cd1.row() == 2
    replies = qemu72()
    devices = replies["query-block"]
    del devices[0]
    new = copy.deepcopy(devices[1])
    new["device"], new["qdev"] = "cd2", "cdrom2"
    devices.insert(0, new)
    spy = Spy(model)
    fetch(session, replies, (BLOCK,))
    model.refresh(session)
    assert column(model, "Device") == ["cd2", "cd0", "cd1"]
    assert ("reset",) not in spy.events
    assert cd1.isValid() and key_path(model, cd1) == ("cd1",) and cd1.row() == 2
    assert model.data(cd1) == "cd1"
    assert cd0_medium.isValid() and model.data(cd0_medium) == "cd.iso"

    # Reordered: the rows move, the persistent indexes go with them.
    replies["query-block"] = list(reversed(devices))
    fetch(session, replies, (BLOCK,))
    model.refresh(session)
    assert column(model, "Device") == ["cd1", "cd0", "cd2"]
    assert model.data(cd1) == "cd1" and cd1.row() == 0
    assert model.data(cd0_medium) == "cd.iso" and cd0_medium.column() == medium
    assert ("reset",) not in spy.events


def test_a_persistent_index_inside_a_bridge_survives_a_removed_sibling() -> None:
    session = filled(qemu72())
    model = shown(PciModel, session)
    nic = QPersistentModelIndex(model.find(*NIC).siblingAtColumn(4))
    replies = qemu72()
    replies["query-pci"][0]["devices"].pop(4)  # vd0 in slot 2
    spy = Spy(model)
    fetch(session, replies, (PCI,))
    model.refresh(session)
    structural = [e for e in spy.events if e[0] != "changed"]
    assert structural == [("removed", (("bus", 0),), 2, 2)]
    # Only the bus row repaints: its raw JSON (the whole bus) changed.
    assert {e[1] for e in spy.events if e[0] == "changed"} <= {(("bus", 0),)}
    assert nic.isValid() and model.data(nic) == "nic0"
    assert key_path(model, nic) == NIC
    assert nic.parent().parent().row() == 2  # the bridge moved up one row


def test_a_removed_block_device_removes_exactly_its_row() -> None:
    session = filled(qemu72())
    model = shown(BlockModel, session)
    spy = Spy(model)
    replies = qemu72()
    del replies["query-block"][1]
    fetch(session, replies, (BLOCK,))
    model.refresh(session)
    assert spy.events == [("removed", (), 1, 1)]
    assert column(model, "Device") == ["disk0", "cd1"]


def test_repeated_names_at_the_top_stay_distinct_rows() -> None:
    replies = qemu72()
    replies["query-block"][2]["device"] = "cd0"
    session = filled(replies)
    model = shown(BlockModel, session)
    assert column(model, "Device") == ["disk0", "cd0", "cd0"]
    spy = Spy(model)
    model.refresh(session)
    assert spy.events == []
    assert model.rowCount() == 3


def test_repeated_cpu_indexes_do_not_grow_the_cpu_list() -> None:
    """A malformed reply repeats a cpu-index; a second identical refresh changes nothing."""
    replies = qemu72()
    cpu = replies["query-cpus-fast"][0]
    replies["query-cpus-fast"] = [cpu, dict(cpu, **{"thread-id": 11931})]
    session = filled(replies)
    model = shown(MachineModel, session)
    assert value(model, "cpus") == "2" and model.rowCount(model.find("cpus")) == 2
    spy = Spy(model)
    model.refresh(session)
    assert spy.events == []
    assert model.rowCount(model.find("cpus")) == 2


def test_repeated_function_numbers_do_not_grow_a_pci_slot() -> None:
    replies = qemu72()
    replies["query-pci"][0]["devices"][3]["function"] = 1
    session = filled(replies)
    model = shown(PciModel, session)
    slot = model.find(("bus", 0), ("slot", 1))
    assert model.rowCount(slot) == 3
    model.refresh(session)
    assert model.rowCount(model.find(("bus", 0), ("slot", 1))) == 3


# -- 7. copy ---------------------------------------------------------------------------


def test_block_rows_and_pane_copy_as_json_and_text() -> None:
    model = shown(BlockModel, filled(qemu72()))
    raw = model.data(model.find("disk0"), RAW_ROLE)
    assert raw["query-block"] == _QEMU_72["query-block"][0]
    assert raw["query-blockstats"] == _QEMU_72["query-blockstats"][0]
    pane = json.loads(model.pane_json())
    assert pane["query-block"] == _QEMU_72["query-block"]
    assert pane["query-blockstats"] == _QEMU_72["query-blockstats"]
    lines = model.pane_text().splitlines()
    assert lines[0] == "\t".join(BLOCK_COLUMNS)
    assert [line.split("\t")[0] for line in lines[1:]] == ["disk0", "cd0", "cd1"]
    node = model.node(model.find("cd1"))
    assert node is not None
    assert model.row_text(node) == lines[3]
    assert model.row_text(node).split("\t")[BLOCK_COLUMNS.index("Medium")] == "empty"


def test_panes_copy_errors_and_missing_commands_as_json() -> None:
    replies = qemu72()
    replies["query-spice"] = NOT_FOUND
    session = filled(replies)
    display = json.loads(shown(DisplayModel, session).pane_json())
    assert display["query-spice"] == {"unavailable": True}
    assert display["query-vnc"] == _QEMU_72["query-vnc"]
    machine = json.loads(shown(MachineModel, session).pane_json())
    assert machine["query-balloon"]["error"]["class"] == "DeviceNotActive"
    assert machine["qom-get"] == "pc-i440fx-7.2-machine"


# -- 8. malformed replies ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("cls", "command", "path"),
    [
        (BlockModel, "query-block", (0, "inserted", "image", "virtual-size")),
        (BlockModel, "query-blockstats", (0, "stats", "rd_bytes")),
        (PciModel, "query-pci", (0, "devices", 4, "regions", 1, "size")),
        (MachineModel, "query-balloon", ("actual",)),
    ],
    ids=["virtual-size", "rd_bytes", "bar-size", "balloon-actual"],
)
def test_huge_numbers_neither_break_fetching_nor_a_refresh(
    cls: type[NodeTreeModel], command: str, path: tuple[Any, ...]
) -> None:
    """JSON numbers have no limit and Python parses 10**400 as an int: nothing may raise."""
    replies = qemu72()
    if command == "query-balloon":
        replies[command] = {"actual": 0}
    target: Any = replies[command]
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = 10**400
    session = filled(qemu72())  # a first blockstats sample: the second gives rates
    fetch(session, replies)  # "only a lost connection raises"
    model = shown(cls, session)  # a refresh never raises
    assert model.rowCount() > 0


KEYS = [
    "device",
    "qdev",
    "type",
    "removable",
    "locked",
    "tray_open",
    "inserted",
    "image",
    "file",
    "drv",
    "ro",
    "encrypted",
    "virtual-size",
    "io-status",
    "stats",
    "rd_bytes",
    "bus",
    "devices",
    "slot",
    "function",
    "class_info",
    "class",
    "id",
    "vendor",
    "regions",
    "bar",
    "address",
    "size",
    "pci_bridge",
    "secondary",
    "enabled",
    "host",
    "service",
    "port",
    "clients",
    "channels",
    "server",
    "cpu-index",
    "CPU",
    "thread-id",
    "actual",
    "index",
    "label",
    "arch",
]

_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**64), max_value=2**64)  # QMP integers are 64-bit
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8)
    | st.sampled_from(["", "0.0.0.0", "::", "io", "memory", "unknown", "ok", "-1"])
)
json_values = st.recursive(
    _scalars,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=4), inner, max_size=4)
    ),
    max_leaves=8,
)


@st.composite
def mutated(draw: st.DrawFn, reply: object) -> object:
    """`reply` with a few values replaced by arbitrary JSON, dropped or repeated."""
    reply = copy.deepcopy(reply)
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        path = draw(st.sampled_from(json_paths(reply)))
        if not path:
            reply = draw(json_values)
            continue
        parent: Any = reply
        for step in path[:-1]:
            parent = parent[step]
        action = draw(st.sampled_from(["replace", "drop", "repeat"]))
        if action == "drop":
            del parent[path[-1]]
        elif action == "repeat" and isinstance(parent, list):
            # A malformed reply may name a device, CPU or function twice.
            parent.insert(path[-1], copy.deepcopy(parent[path[-1]]))
        else:
            parent[path[-1]] = draw(json_values)
    return reply


@st.composite
def mutated_replies(draw: st.DrawFn) -> Replies:
    base = draw(st.sampled_from([_QEMU_72, _LEGACY]))
    replies: Replies = {}
    for command, reply in base.items():
        fate = draw(st.sampled_from(["keep", "mutate", "mutate", "mutate", "missing", "error"]))
        if fate == "missing":
            continue
        if fate == "error":
            replies[command] = Failure("GenericError")
        elif fate == "mutate" and not isinstance(reply, Failure):
            replies[command] = draw(mutated(reply))
        else:
            replies[command] = reply
    return replies


#: Deterministic, and without shrinking: shrinking these big replies takes a minute, and a
#: failure's message already shows the rows that differ.
FUZZ = settings(
    max_examples=30,
    deadline=None,
    derandomize=True,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
)


@FUZZ
@given(replies=mutated_replies())
def test_mutated_replies_never_break_a_model(
    qtmodeltester: Any, qtlog: Any, replies: Replies
) -> None:
    good = filled(qemu72())
    broken = filled(qemu72(), (BLOCKSTATS,))
    fetch(broken, replies)  # only a lost connection may raise
    for cls in MODELS:
        model = shown(cls, good)
        check(qtmodeltester, qtlog, model)
        before = len(qtlog.records)
        model.refresh(broken)  # the attached tester checks every signal of it
        assert_no_qt_warnings(qtlog, before)
        check(qtmodeltester, qtlog, model)
        model.refresh(good)
        check(qtmodeltester, qtlog, model)


@FUZZ
@given(first=mutated_replies(), second=mutated_replies())
def test_an_updated_model_shows_what_a_fresh_one_shows(first: Replies, second: Replies) -> None:
    one, two = filled(first), filled(second)
    for cls in MODELS:
        model = shown(cls, one)
        spy = Spy(model)
        model.refresh(one)
        assert spy.events == [], f"{cls.__name__}: the same data again changed the model"
        model.refresh(two)
        fresh = shown(cls, two)
        assert tree(model) == tree(fresh), (
            f"{cls.__name__} updated:\n{model.pane_text()}\n\nfresh:\n{fresh.pane_text()}"
        )
        spy.events.clear()
        model.refresh(two)
        assert spy.events == [], f"{cls.__name__}: the same data again changed the model"


def test_a_long_cell_shows_whole_on_hover_and_a_short_one_has_no_tooltip() -> None:
    model = NodeTreeModel()
    model.headers = ("Property", "Value")
    long_value = "unix:/tmp/qmpgui-demo-mq5km56h/qmp.sock,server=on, frontend open"
    model.sync([prop_node("chr", "compat_monitor0", long_value), prop_node("n", "Owner", "vm1")])
    tip = Qt.ItemDataRole.ToolTipRole
    assert model.data(model.index(0, 1), tip) == long_value  # cut in the view: whole here
    assert model.data(model.index(1, 1), tip) is None
    assert model.data(model.index(1, 0), tip) is None
    # A row named by a QEMU term says what it means, and where that is written.
    model.sync([prop_node("n", "UUID", "0000")])
    assert "-uuid" in model.data(model.index(0, 0), tip)
    assert "Source: QMP schema, query-uuid" in model.data(model.index(0, 0), tip)
    # A row with a tooltip of its own: the long cell first, then the row's words.
    words = "The guest gives memory back only through its balloon driver."
    asked = "96 MiB, asked at 12:37:23: not given back yet (needs the guest's driver)"
    model.sync([Node("target", ["Balloon target", asked], None, words)])
    assert model.data(model.index(0, 1), tip) == f"{asked}\n\n{words}"
    assert model.data(model.index(0, 0), tip).startswith(f"{words}\n\nThe memory size last asked")
